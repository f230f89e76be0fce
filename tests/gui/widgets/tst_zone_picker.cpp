// ZonePicker (gui/zone_picker.h): typing highlights, and picks only a name
// that means one zone; arrows move the highlight and Enter picks it (and a
// second Enter goes on to the dialog); a click picks; the details line
// describes the highlighted zone and states the next clock change.
//
// Offsets on 2026-01-15 (tz database): UTC+05:30 is Asia/Kolkata and
// Asia/Colombo only (Asia/Kathmandu is +05:45); no zone is named "xyzzy".
//
// Clock changes, hand-checked against the tz database source (see
// tests/core/tst_zone_transition.cpp): Europe/Berlin goes 02:00 CET -> 03:00
// CEST on Sun 29 Mar 2026 (01:00Z) and 03:00 CEST -> 02:00 CET on Sun 25 Oct
// 2026; Australia/Lord_Howe goes 02:00 -> 01:30 on Sun 5 Apr 2026.

#include "gui/widgets/zone_picker.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace sunrelay;
using namespace sunrelay::gui;
using namespace Qt::StringLiterals;

namespace
{

Instant at(int year, unsigned month, unsigned day, int hour = 12)
{
    return date::sys_days{date::year{year} / month / day} + std::chrono::hours{hour};
}

} // namespace

class TestZonePicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingAnExactNamePicksIt();
    void typingOnlyHighlights();
    void aNameOnItsWayToALongerOneOnlyHighlights();
    void pickShowsTheCityAndFiltersTheList();
    void clickFiltersAfterADoubleClickInterval();
    void escapeClearsTheSearch();
    void arrowsAndEnter();
    void secondEnterReachesTheDialog();
    void clickPicks();
    void noMatchKeepsTheZone();
    void readOnlyShowsTheZone();
    void focusGoesToTheSearch();
    void setZoneKeepsLinks();
    void nextChange_data();
    void nextChange();
    void twelveHourClock();
    void detailsLine();
    void offsetText();
    void accessibleNames();
};

void TestZonePicker::initTestCase()
{
    // Day and month names in the expected texts are English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // Preferences the tests set go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Sunrelay"_s);
    QCoreApplication::setApplicationName(u"sunrelay-tst_zone_picker"_s);
    QSettings().clear();
}

void TestZonePicker::typingAnExactNamePicksIt()
{
    // A whole city name (any case, no accents needed) means one zone: no
    // Enter needed, as in "add a member in Kolkata".
    ZonePicker picker;
    picker.setZone(u"Europe/Berlin"_s);
    QSignalSpy changed(&picker, &ZonePicker::zoneChanged);
    auto *search = picker.findChild<QLineEdit *>();
    QVERIFY(search);
    QTest::keyClicks(search, u"kolkata"_s);
    QCOMPARE(picker.zone(), u"Asia/Kolkata"_s);
    // Only the last key made a name: "k" ... "kolkat" changed nothing.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toString(), u"Asia/Kolkata"_s);

    search->clear();
    QTest::keyClicks(search, u"sao paulo"_s);
    QCOMPARE(picker.zone(), u"America/Sao_Paulo"_s);
    // An old name of the city, and a zone id typed whole.
    search->clear();
    QTest::keyClicks(search, u"Calcutta"_s);
    QCOMPARE(picker.zone(), u"Asia/Kolkata"_s);
    search->clear();
    QTest::keyClicks(search, u"europe/berlin"_s);
    QCOMPARE(picker.zone(), u"Europe/Berlin"_s);
}

void TestZonePicker::typingOnlyHighlights()
{
    // The QA reports: "+05:30" set Colombo, a stray "o" set America/Ojinaga.
    ZonePicker picker;
    // 2026-01-15T12:00Z = 17:30 in Kolkata, a Thursday.
    picker.setClock([] {
        return at(2026, 1, 15);
    });
    picker.setZone(u"Europe/Berlin"_s);
    QSignalSpy changed(&picker, &ZonePicker::zoneChanged);
    auto *search = picker.findChild<QLineEdit *>();
    auto *list = picker.findChild<QTreeWidget *>();
    QTest::keyClicks(search, u"+05:30"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(picker.zone(), u"Europe/Berlin"_s);
    QCOMPARE(picker.highlightedZone(), u"Asia/Kolkata"_s); // the big city first
    QVERIFY(changed.isEmpty());
    // The details line speaks of the highlighted zone and says it is pending.
    QCOMPARE(picker.findChild<QLabel *>(u"details"_s)->text(),
             u"Asia/Kolkata: Thu 15 Jan 17:30 (IST, UTC+05:30), not chosen yet\n"
             u"Press Enter or click it to choose it instead of Europe/Berlin."_s);

    search->clear();
    QTest::keyClicks(search, u"o"_s);
    QVERIFY(list->topLevelItemCount() > 1);
    QVERIFY(!picker.highlightedZone().isEmpty());
    QCOMPARE(picker.zone(), u"Europe/Berlin"_s);
    QVERIFY(changed.isEmpty());

    // Emptying the search goes back to the chosen zone, highlighted.
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(search->text(), QString());
    QCOMPARE(picker.highlightedZone(), u"Europe/Berlin"_s);
    QVERIFY(picker.findChild<QLabel *>(u"details"_s)
                ->text()
                .startsWith(u"Local time Thu 15 Jan 13:00"_s));
    QVERIFY(changed.isEmpty());
}

void TestZonePicker::aNameOnItsWayToALongerOneOnlyHighlights()
{
    // The QA report: "Bahia" chose America/Bahia while "Bahia Banderas" was
    // being typed. zone1970.tab has America/Bahia and America/Bahia_Banderas,
    // America/Dawson and America/Dawson_Creek.
    ZonePicker picker;
    picker.setZone(u"Europe/Berlin"_s);
    QSignalSpy changed(&picker, &ZonePicker::zoneChanged);
    QSignalSpy pending(&picker, &ZonePicker::pendingZoneChanged);
    auto *search = picker.findChild<QLineEdit *>();
    QTest::keyClicks(search, u"Bahia"_s);
    QCOMPARE(picker.zone(), u"Europe/Berlin"_s);
    QVERIFY(changed.isEmpty());
    // The exact name is the one highlighted, waiting for Enter.
    QCOMPARE(picker.highlightedZone(), u"America/Bahia"_s);
    QCOMPARE(picker.pendingZone(), u"America/Bahia"_s);
    QVERIFY(!pending.isEmpty());
    QCOMPARE(pending.last().at(0).toString(), u"America/Bahia"_s);
    QTest::keyClicks(search, u" B"_s);
    QCOMPARE(picker.zone(), u"Europe/Berlin"_s);
    QCOMPARE(picker.highlightedZone(), u"America/Bahia_Banderas"_s);
    QTest::keyClicks(search, u"anderas"_s);
    QCOMPARE(picker.zone(), u"America/Bahia_Banderas"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(picker.pendingZone(), QString());
    QCOMPARE(pending.last().at(0).toString(), QString());

    search->clear();
    QTest::keyClicks(search, u"dawson"_s);
    QCOMPARE(picker.zone(), u"America/Bahia_Banderas"_s);
    QCOMPARE(picker.pendingZone(), u"America/Dawson"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(picker.zone(), u"America/Dawson"_s);
}

void TestZonePicker::pickShowsTheCityAndFiltersTheList()
{
    // The QA report: after Enter picked a zone from "+05:30" the field said
    // its city and the list still showed the "+05:30" results.
    ZonePicker picker;
    picker.setZone(u"Europe/Berlin"_s);
    auto *search = picker.findChild<QLineEdit *>();
    auto *list = picker.findChild<QTreeWidget *>();
    QTest::keyClicks(search, u"+05:30"_s); // Kolkata, Colombo
    QCOMPARE(list->topLevelItemCount(), 2);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(picker.zone(), u"Asia/Kolkata"_s);
    QCOMPARE(search->text(), u"Kolkata"_s);
    // No other zone has a name starting with "Kolkata".
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(2), u"Asia/Kolkata"_s);
    QCOMPARE(picker.highlightedZone(), u"Asia/Kolkata"_s);
    QCOMPARE(picker.pendingZone(), QString());
}

void TestZonePicker::clickFiltersAfterADoubleClickInterval()
{
    ZonePicker picker;
    picker.setZone(u"Europe/Berlin"_s);
    picker.resize(600, 400);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *search = picker.findChild<QLineEdit *>();
    auto *list = picker.findChild<QTreeWidget *>();
    QTest::keyClicks(search, u"+05:30"_s);
    QTreeWidgetItem *second = list->topLevelItem(1);
    QCOMPARE(second->text(2), u"Asia/Colombo"_s);
    const QPoint at = list->visualItemRect(second).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(picker.zone(), u"Asia/Colombo"_s);
    QCOMPARE(search->text(), u"Colombo"_s);
    // The rows stay put for a double-click's second click ...
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->itemAt(at), second);
    // ... and then the list shows what the field says.
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(2), u"Asia/Colombo"_s);
    QCOMPARE(picker.highlightedZone(), u"Asia/Colombo"_s);
}

void TestZonePicker::escapeClearsTheSearch()
{
    ZonePicker picker;
    picker.setZone(u"Europe/Berlin"_s);
    QSignalSpy changed(&picker, &ZonePicker::zoneChanged);
    auto *search = picker.findChild<QLineEdit *>();
    QTest::keyClicks(search, u"+05:30"_s);
    QCOMPARE(picker.pendingZone(), u"Asia/Kolkata"_s);
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(search, &escape);
    QVERIFY(escape.isAccepted());
    QCOMPARE(search->text(), QString());
    QCOMPARE(picker.highlightedZone(), u"Europe/Berlin"_s);
    QCOMPARE(picker.pendingZone(), QString());
    QVERIFY(changed.isEmpty());
    // Nothing left to take back: Escape is not the picker's.
    QKeyEvent again(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(search, &again);
    QVERIFY(!again.isAccepted());
}

void TestZonePicker::arrowsAndEnter()
{
    ZonePicker picker;
    picker.setClock([] {
        return at(2026, 1, 15);
    });
    picker.setZone(u"Europe/Berlin"_s);
    QSignalSpy changed(&picker, &ZonePicker::zoneChanged);
    auto *search = picker.findChild<QLineEdit *>();
    auto *list = picker.findChild<QTreeWidget *>();
    QTest::keyClicks(search, u"+05:30"_s); // Kolkata, Colombo
    QCOMPARE(list->topLevelItemCount(), 2);
    // Arrows move the highlight only.
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(picker.highlightedZone(), u"Asia/Colombo"_s);
    QTest::keyClick(search, Qt::Key_Up);
    QCOMPARE(picker.highlightedZone(), u"Asia/Kolkata"_s);
    QCOMPARE(picker.zone(), u"Europe/Berlin"_s);
    QVERIFY(changed.isEmpty());
    // Enter picks and puts the city in the field; it is not passed on (a
    // dialog would close).
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(search, &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(picker.zone(), u"Asia/Kolkata"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(search->text(), u"Kolkata"_s);
    // 12:00Z = 17:30 IST: the details are the chosen zone's again.
    QVERIFY(picker.findChild<QLabel *>(u"details"_s)
                ->text()
                .startsWith(u"Local time Thu 15 Jan 17:30 (IST, UTC+05:30)"_s));
}

void TestZonePicker::secondEnterReachesTheDialog()
{
    QDialog dialog;
    auto *picker = new ZonePicker(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(picker);
    layout->addWidget(buttons);
    picker->setZone(u"Europe/Berlin"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);
    auto *search = picker->findChild<QLineEdit *>();
    search->setFocus();

    QTest::keyClicks(search, u"+05:30"_s); // Kolkata highlighted, Colombo
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(picker->zone(), u"Asia/Kolkata"_s);
    QVERIFY(finished.isEmpty()); // the first Enter picked
    QVERIFY(dialog.isVisible());
    // The highlighted zone is the chosen one: Enter is the dialog's.
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(picker->zone(), u"Asia/Kolkata"_s);
}

void TestZonePicker::clickPicks()
{
    ZonePicker picker;
    picker.setClock([] {
        return at(2026, 1, 15);
    });
    picker.setZone(u"Europe/Berlin"_s);
    picker.resize(600, 400);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *list = picker.findChild<QTreeWidget *>();
    QTest::keyClicks(picker.findChild<QLineEdit *>(), u"+05:30"_s);
    QTreeWidgetItem *second = list->topLevelItem(1);
    QCOMPARE(second->text(2), u"Asia/Colombo"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(second).center());
    QCOMPARE(picker.zone(), u"Asia/Colombo"_s);
}

void TestZonePicker::noMatchKeepsTheZone()
{
    ZonePicker picker;
    picker.setZone(u"Europe/Berlin"_s);
    QSignalSpy changed(&picker, &ZonePicker::zoneChanged);
    QTest::keyClicks(picker.findChild<QLineEdit *>(), u"xyzzy"_s);
    QCOMPARE(picker.zone(), u"Europe/Berlin"_s);
    QCOMPARE(picker.highlightedZone(), QString());
    QVERIFY(changed.isEmpty());
    QCOMPARE(picker.findChild<QLabel *>(u"details"_s)->text(),
             u"No time zone matches the search; the zone stays Europe/Berlin."_s);
    // Enter with nothing highlighted picks nothing.
    QTest::keyClick(picker.findChild<QLineEdit *>(), Qt::Key_Return);
    QCOMPARE(picker.zone(), u"Europe/Berlin"_s);
}

void TestZonePicker::readOnlyShowsTheZone()
{
    ZonePicker picker;
    picker.setClock([] {
        return at(2026, 3, 9, 13);
    });
    picker.setZone(u"Europe/Berlin"_s);
    picker.setReadOnly(true);
    QVERIFY(picker.isReadOnly());
    QSignalSpy changed(&picker, &ZonePicker::zoneChanged);
    auto *field = picker.findChild<QLineEdit *>();
    QVERIFY(field->isReadOnly());
    QCOMPARE(field->text(), u"Europe/Berlin"_s);
    QVERIFY(!picker.findChild<QTreeWidget *>()->isVisibleTo(&picker));
    QTest::keyClicks(field, u"kolkata"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(picker.zone(), u"Europe/Berlin"_s);
    QVERIFY(changed.isEmpty());
    QCOMPARE(picker.findChild<QLabel *>(u"details"_s)->text(),
             u"Local time Mon 9 Mar 14:00 (CET, UTC+01:00)\n"
             u"Clocks go forward 1 h on Sun 29 Mar 2026, 02:00 → 03:00"_s);
}

void TestZonePicker::focusGoesToTheSearch()
{
    // A label's buddy shortcut moves focus only to a buddy that takes focus.
    QWidget window;
    auto *other = new QLineEdit(&window);
    auto *picker = new ZonePicker(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(other);
    layout->addWidget(picker);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(picker->focusPolicy() != Qt::NoFocus);
    other->setFocus();
    picker->setFocus();
    QCOMPARE(QApplication::focusWidget(), picker->findChild<QLineEdit *>());
}

void TestZonePicker::setZoneKeepsLinks()
{
    ZonePicker picker;
    QSignalSpy changed(&picker, &ZonePicker::zoneChanged);
    picker.setZone(u"Asia/Calcutta"_s);
    QCOMPARE(picker.zone(), u"Asia/Calcutta"_s);
    // The list shows where the link leads.
    auto *list = picker.findChild<QTreeWidget *>();
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->text(2), u"Asia/Kolkata"_s);
    QVERIFY(changed.isEmpty()); // set by the program, not the user
}

void TestZonePicker::nextChange_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<Instant>("now");
    QTest::addColumn<QString>("text");
    QTest::newRow("berlin spring") << u"Europe/Berlin"_s << at(2026, 3, 1)
                                   << u"Clocks go forward 1 h on Sun 29 Mar 2026, 02:00 → 03:00"_s;
    QTest::newRow("berlin autumn") << u"Europe/Berlin"_s << at(2026, 7, 1)
                                   << u"Clocks go back 1 h on Sun 25 Oct 2026, 03:00 → 02:00"_s;
    QTest::newRow("lord howe") << u"Australia/Lord_Howe"_s << at(2026, 3, 1)
                               << u"Clocks go back 30 min on Sun 5 Apr 2026, 02:00 → 01:30"_s;
    QTest::newRow("kolkata") << u"Asia/Kolkata"_s << at(2026, 3, 1) << u"No clock changes ahead"_s;
}

void TestZonePicker::nextChange()
{
    QFETCH(QString, zone);
    QFETCH(Instant, now);
    QFETCH(QString, text);
    QCOMPARE(ZonePicker::nextChangeText(*TimeZone::find(zone.toStdString()), now), text);
}

void TestZonePicker::twelveHourClock()
{
    // The 12-hour choice in Preferences reaches the picker's clock times:
    // Berlin's 02:00 CET becomes 03:00 CEST on 2026-03-29.
    QSettings settings;
    settings.setValue(u"clock/24hour"_s, false);
    const QString text =
        ZonePicker::nextChangeText(*TimeZone::find("Europe/Berlin"), at(2026, 3, 1));
    settings.remove(u"clock/24hour"_s);
    QCOMPARE(text, u"Clocks go forward 1 h on Sun 29 Mar 2026, 2:00 AM → 3:00 AM"_s);
}

void TestZonePicker::detailsLine()
{
    ZonePicker picker;
    // 2026-03-09T13:00Z = 14:00 CET, a Monday.
    picker.setClock([] {
        return at(2026, 3, 9, 13);
    });
    picker.setZone(u"Europe/Berlin"_s);
    QCOMPARE(picker.findChild<QLabel *>(u"details"_s)->text(),
             u"Local time Mon 9 Mar 14:00 (CET, UTC+01:00)\n"
             u"Clocks go forward 1 h on Sun 29 Mar 2026, 02:00 → 03:00"_s);
    // Numeric abbreviations are not repeated.
    picker.setZone(u"Asia/Kolkata"_s);
    QCOMPARE(picker.findChild<QLabel *>(u"details"_s)->text(),
             u"Local time Mon 9 Mar 18:30 (IST, UTC+05:30)\nNo clock changes ahead"_s);
    picker.setZone(u"Australia/Lord_Howe"_s);
    QVERIFY(picker.findChild<QLabel *>(u"details"_s)
                ->text()
                .startsWith(u"Local time Tue 10 Mar 00:00 (UTC+11:00)"_s));
    // Nor is UTC's own name: "(UTC)", not "(UTC, UTC)".
    picker.setZone(u"UTC"_s);
    QVERIFY(picker.findChild<QLabel *>(u"details"_s)
                ->text()
                .startsWith(u"Local time Mon 9 Mar 13:00 (UTC)\n"_s));
}

void TestZonePicker::offsetText()
{
    QCOMPARE(ZonePicker::offsetText(Seconds{0}), u"UTC"_s);
    QCOMPARE(ZonePicker::offsetText(Seconds{5 * 3600 + 1800}), u"UTC+05:30"_s);
    QCOMPARE(ZonePicker::offsetText(Seconds{-3 * 3600}), u"UTC-03:00"_s);
    QCOMPARE(ZonePicker::offsetText(Seconds{12 * 3600 + 45 * 60}), u"UTC+12:45"_s);
}

void TestZonePicker::accessibleNames()
{
    ZonePicker picker;
    QVERIFY(!picker.findChild<QLineEdit *>()->accessibleName().isEmpty());
    QVERIFY(!picker.findChild<QTreeWidget *>()->accessibleName().isEmpty());
    QVERIFY(!picker.findChild<QLabel *>(u"details"_s)->accessibleName().isEmpty());
}

QTEST_MAIN(TestZonePicker)
#include "tst_zone_picker.moc"
