// MemberDialog (gui/member_dialog.h): filling in a member, inline validation
// that keeps OK disabled, member() returning what was entered, the
// read-only mode for read-only plans and the &Time zone: mnemonic.

#include "gui/member_dialog.h"
#include "gui/week_editor.h"
#include "gui/zone_picker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace sunrelay;
using namespace sunrelay::gui;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

Plan twoRegions()
{
    Plan plan;
    plan.name = "Acme";
    plan.regions = {{"emea", "EMEA", "#0072B2"}, {"apac", "APAC", "#E69F00"}};
    return plan;
}

Member newMember()
{
    Member member;
    member.id = "m-42";
    member.region = "emea";
    member.zone = *TimeZone::find("Europe/Berlin");
    member.work = {{{Weekdays::workdays(), 9h, 17h}}};
    return member;
}

QPushButton *okButton(MemberDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// The inline message's text (the label inside the message frame).
QString messageText(MemberDialog &dialog)
{
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->parentWidget() && label->parentWidget()->accessibleName() == u"Problems"_s &&
            label->parentWidget()->isVisibleTo(&dialog))
            if (!label->text().isEmpty())
                return label->text();
    return QString();
}

QLineEdit *nameField(MemberDialog &dialog)
{
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        if (!qobject_cast<ZonePicker *>(edit->parentWidget()) &&
            !qobject_cast<QDateEdit *>(edit->parentWidget()))
            return edit;
    return nullptr;
}

} // namespace

class TestMemberDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fillInAndAccept();
    void emptyNameDisablesOk();
    void invalidTimeOffIsExplained();
    void noRegion();
    void noWorkingHoursIsOnlyAWarning();
    void searchWithoutMatchKeepsTheZone();
    void zoneMnemonicFocusesTheSearch();
    void readOnlyShowsAndCloses();
};

void TestMemberDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMemberDialog::fillInAndAccept()
{
    MemberDialog dialog(twoRegions(), newMember());
    dialog.show();
    QVERIFY(!okButton(dialog)->isEnabled()); // no name yet
    QVERIFY(messageText(dialog).contains(u"name"_s));

    QTest::keyClicks(nameField(dialog), u"Priya Raman"_s);
    auto *region = dialog.findChild<QComboBox *>();
    region->setCurrentIndex(region->findText(u"APAC"_s));
    auto *picker = dialog.findChild<ZonePicker *>();
    QTest::keyClicks(picker->findChild<QLineEdit *>(), u"kolkata"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(messageText(dialog), QString());

    // One week of time off, typed into the new row's date fields.
    QPushButton *add = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == u"&Add"_s)
            add = button;
    QVERIFY(add);
    add->click();
    auto *table = dialog.findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), 1);
    qobject_cast<QDateEdit *>(table->cellWidget(0, 0))->setDate(QDate(2026, 12, 24));
    qobject_cast<QDateEdit *>(table->cellWidget(0, 1))->setDate(QDate(2026, 12, 31));
    QVERIFY(okButton(dialog)->isEnabled());

    const Member member = dialog.member();
    QCOMPARE(member.id, std::string("m-42")); // the id is kept
    QCOMPARE(member.name, std::string("Priya Raman"));
    QCOMPARE(member.region, std::string("apac"));
    QCOMPARE(member.zone.name(), std::string("Asia/Kolkata"));
    QVERIFY(member.work == newMember().work);
    QCOMPARE(member.timeOff.size(), std::size_t{1});
    QVERIFY((member.timeOff[0] == DateRange{LocalDate{date::year{2026} / 12 / 24},
                                            LocalDate{date::year{2026} / 12 / 31}}));
}

void TestMemberDialog::emptyNameDisablesOk()
{
    Member member = newMember();
    member.name = "Anna";
    MemberDialog dialog(twoRegions(), member);
    QVERIFY(okButton(dialog)->isEnabled());
    nameField(dialog)->setText(u"   "_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(messageText(dialog), u"Enter the member’s name."_s);
}

void TestMemberDialog::invalidTimeOffIsExplained()
{
    Member member = newMember();
    member.name = "Anna";
    member.timeOff = {{LocalDate{date::year{2026} / 8 / 3}, LocalDate{date::year{2026} / 8 / 7}}};
    MemberDialog dialog(twoRegions(), member);
    dialog.show();
    QVERIFY(okButton(dialog)->isEnabled());

    auto *table = dialog.findChild<QTableWidget *>();
    auto *to = qobject_cast<QDateEdit *>(table->cellWidget(0, 1));
    to->setDate(QDate(2026, 8, 1));
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(messageText(dialog),
             u"Time off 1 ends on 01/08/2026, before it starts on 03/08/2026. Change the last day."_s);

    // A one-day range (first == last) is fine again.
    to->setDate(QDate(2026, 8, 3));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.member().timeOff.front().to, (LocalDate{date::year{2026} / 8 / 3}));
}

void TestMemberDialog::noRegion()
{
    Member member = newMember();
    member.name = "Anna";
    member.region = "gone";
    MemberDialog dialog(twoRegions(), member);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(messageText(dialog), u"Choose the member’s region."_s);

    Plan empty;
    MemberDialog none(empty, member);
    QVERIFY(!okButton(none)->isEnabled());
    QVERIFY(messageText(none).startsWith(u"Add a region to the plan first"_s));
}

void TestMemberDialog::noWorkingHoursIsOnlyAWarning()
{
    Member member = newMember();
    member.name = "Anna";
    member.work = {};
    MemberDialog dialog(twoRegions(), member);
    dialog.show();
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(messageText(dialog).startsWith(u"No working hours yet"_s));
}

void TestMemberDialog::searchWithoutMatchKeepsTheZone()
{
    // Searching never empties the zone: a search with no match leaves the
    // member's zone as it was, and OK stays available.
    Member member = newMember();
    member.name = "Anna";
    MemberDialog dialog(twoRegions(), member);
    dialog.show();
    QTest::keyClicks(dialog.findChild<ZonePicker *>()->findChild<QLineEdit *>(), u"atlantis"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(messageText(dialog), QString());
    QCOMPARE(dialog.member().zone.name(), std::string("Europe/Berlin"));
}

void TestMemberDialog::zoneMnemonicFocusesTheSearch()
{
    Member member = newMember();
    member.name = "Anna";
    MemberDialog dialog(twoRegions(), member);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *zoneLabel = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text() == u"&Time zone:"_s)
            zoneLabel = label;
    QVERIFY(zoneLabel);
    QVERIFY(zoneLabel->buddy());
    QVERIFY(zoneLabel->buddy()->focusPolicy() != Qt::NoFocus);

    QLineEdit *search = dialog.findChild<ZonePicker *>()->findChild<QLineEdit *>();
    QCOMPARE(QApplication::focusWidget(), nameField(dialog)); // the dialog starts in Name
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    // The next keys search zones; the name stays as it was.
    QTest::keyClicks(QApplication::focusWidget(), u"kolkata"_s);
    QCOMPARE(nameField(dialog)->text(), u"Anna"_s);
    QCOMPARE(dialog.member().zone.name(), std::string("Asia/Kolkata"));
}

void TestMemberDialog::readOnlyShowsAndCloses()
{
    Member member = newMember();
    member.name = "Anna";
    member.timeOff = {{LocalDate{date::year{2026} / 8 / 3}, LocalDate{date::year{2026} / 8 / 7}}};
    MemberDialog dialog(twoRegions(), member);
    dialog.setReadOnly(true);
    QVERIFY(dialog.isReadOnly());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Only Close; the message line says why.
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->standardButtons(), QDialogButtonBox::StandardButtons(QDialogButtonBox::Close));
    QVERIFY(!okButton(dialog));
    QCOMPARE(messageText(dialog),
             u"This plan is open read-only, so this member cannot be changed here."_s);

    // Nothing takes input.
    QLineEdit *name = nameField(dialog);
    QVERIFY(name->isReadOnly());
    QTest::keyClicks(name, u"X"_s);
    QCOMPARE(name->text(), u"Anna"_s);
    QVERIFY(!dialog.findChild<QComboBox *>()->isEnabled());
    auto *picker = dialog.findChild<ZonePicker *>();
    QVERIFY(picker->isReadOnly());
    QTest::keyClicks(picker->findChild<QLineEdit *>(), u"kolkata"_s);
    QCOMPARE(picker->zone(), u"Europe/Berlin"_s);
    auto *week = dialog.findChild<WeekEditor *>();
    QVERIFY(week->isReadOnly());
    QCOMPARE(week->findChild<QTableView *>(u"rangeTable"_s)->editTriggers(),
             QAbstractItemView::EditTriggers(QAbstractItemView::NoEditTriggers));
    auto *table = dialog.findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(qobject_cast<QDateEdit *>(table->cellWidget(0, 0))->isReadOnly());
    QVERIFY(qobject_cast<QDateEdit *>(table->cellWidget(0, 1))->isReadOnly());
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == u"&Add"_s || button->text() == u"Re&move"_s ||
            button->text() == u"&Add range"_s || button->text() == u"&Remove range"_s)
            QVERIFY2(!button->isVisibleTo(&dialog), qPrintable(button->text()));

    // The week grid takes no drags: a drag along a day adds nothing.
    dialog.findChild<QTabWidget *>()->setCurrentIndex(1); // Week
    QWidget *grid = nullptr;
    for (QWidget *child : week->findChildren<QWidget *>())
        if (child->accessibleName() == u"Week"_s)
            grid = child;
    QVERIFY(grid);
    const QPoint from(grid->width() / 3, grid->height() / 2);
    QTest::mousePress(grid, Qt::LeftButton, {}, from);
    QTest::mouseMove(grid, from + QPoint(grid->width() / 4, 0));
    QTest::mouseRelease(grid, Qt::LeftButton, {}, from + QPoint(grid->width() / 4, 0));
    QTest::keyClick(grid, Qt::Key_Delete);
    QVERIFY(dialog.member() == member);
    {
        // The same drag on an editable dialog does add a range.
        MemberDialog editable(twoRegions(), member);
        editable.resize(dialog.size());
        editable.findChild<QTabWidget *>()->setCurrentIndex(1);
        editable.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editable));
        WeekEditor *editableWeek = editable.findChild<WeekEditor *>();
        QWidget *editableGrid = nullptr;
        for (QWidget *child : editableWeek->findChildren<QWidget *>())
            if (child->accessibleName() == u"Week"_s)
                editableGrid = child;
        QVERIFY(editableGrid);
        editableWeek->setCurrentLayer(WeekLayer::Comms); // empty in `member`
        const QPoint start(editableGrid->width() / 3, editableGrid->height() / 2);
        const QPoint end = start + QPoint(editableGrid->width() / 4, 0);
        QTest::mousePress(editableGrid, Qt::LeftButton, {}, start);
        QTest::mouseMove(editableGrid, end);
        QTest::mouseRelease(editableGrid, Qt::LeftButton, {}, end);
        QVERIFY(!editable.member().comms.ranges.empty());
    }
    week->setCurrentLayer(WeekLayer::Comms);
    QTest::mousePress(grid, Qt::LeftButton, {}, from);
    QTest::mouseMove(grid, from + QPoint(grid->width() / 4, 0));
    QTest::mouseRelease(grid, Qt::LeftButton, {}, from + QPoint(grid->width() / 4, 0));
    QVERIFY(dialog.member().comms.ranges.empty());

    // Close closes, as Rejected: nothing to save.
    QSignalSpy finished(&dialog, &QDialog::finished);
    buttons->button(QDialogButtonBox::Close)->click();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Rejected));
    QVERIFY(dialog.member() == member);
}

QTEST_MAIN(TestMemberDialog)
#include "tst_member_dialog.moc"
