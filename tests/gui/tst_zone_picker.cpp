// ZonePicker (gui/zone_picker.h): typing picks a zone, arrows and Enter move
// and pick, and the details line states the next clock change.
//
// Clock changes, hand-checked against the tz database source (see
// tests/core/tst_zone_transition.cpp): Europe/Berlin goes 02:00 CET -> 03:00
// CEST on Sun 29 Mar 2026 (01:00Z) and 03:00 CEST -> 02:00 CET on Sun 25 Oct
// 2026; Australia/Lord_Howe goes 02:00 -> 01:30 on Sun 5 Apr 2026.

#include "gui/zone_picker.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace sunrelay;
using namespace sunrelay::gui;
using namespace Qt::StringLiterals;

namespace {

Instant at(int year, unsigned month, unsigned day, int hour = 12)
{
    return date::sys_days{date::year{year} / month / day} + std::chrono::hours{hour};
}

} // namespace

class TestZonePicker : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void typingSelectsTheBestMatch();
    void arrowsAndEnter();
    void noMatchMeansNoZone();
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

void TestZonePicker::typingSelectsTheBestMatch()
{
    ZonePicker picker;
    picker.setZone(u"Europe/Berlin"_s);
    QSignalSpy changed(&picker, &ZonePicker::zoneChanged);
    auto *search = picker.findChild<QLineEdit *>();
    QVERIFY(search);
    QTest::keyClicks(search, u"kolkata"_s);
    QCOMPARE(picker.zone(), u"Asia/Kolkata"_s);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toString(), u"Asia/Kolkata"_s);

    search->clear();
    QTest::keyClicks(search, u"sao paulo"_s);
    QCOMPARE(picker.zone(), u"America/Sao_Paulo"_s);
}

void TestZonePicker::arrowsAndEnter()
{
    ZonePicker picker;
    picker.setClock([] { return at(2026, 1, 15); });
    picker.setZone(u"Europe/Berlin"_s);
    auto *search = picker.findChild<QLineEdit *>();
    auto *list = picker.findChild<QTreeWidget *>();
    QTest::keyClicks(search, u"+05:30"_s); // Colombo, Kolkata
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(picker.zone(), u"Asia/Colombo"_s);
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(picker.zone(), u"Asia/Kolkata"_s);
    QTest::keyClick(search, Qt::Key_Up);
    QCOMPARE(picker.zone(), u"Asia/Colombo"_s);
    QTest::keyClick(search, Qt::Key_Down);
    // Enter picks and puts the city in the field; it is not passed on (a
    // dialog would close).
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(search, &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(picker.zone(), u"Asia/Kolkata"_s);
    QCOMPARE(search->text(), u"Kolkata"_s);
}

void TestZonePicker::noMatchMeansNoZone()
{
    ZonePicker picker;
    picker.setZone(u"Europe/Berlin"_s);
    QTest::keyClicks(picker.findChild<QLineEdit *>(), u"xyzzy"_s);
    QCOMPARE(picker.zone(), QString());
    QCOMPARE(picker.findChild<QLabel *>(u"details"_s)->text(),
             u"No time zone matches the search."_s);
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
    QTest::newRow("kolkata") << u"Asia/Kolkata"_s << at(2026, 3, 1)
                             << u"No clock changes ahead"_s;
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
    const QString text = ZonePicker::nextChangeText(*TimeZone::find("Europe/Berlin"), at(2026, 3, 1));
    settings.remove(u"clock/24hour"_s);
    QCOMPARE(text, u"Clocks go forward 1 h on Sun 29 Mar 2026, 2:00 AM → 3:00 AM"_s);
}

void TestZonePicker::detailsLine()
{
    ZonePicker picker;
    // 2026-03-09T13:00Z = 14:00 CET, a Monday.
    picker.setClock([] { return at(2026, 3, 9, 13); });
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
