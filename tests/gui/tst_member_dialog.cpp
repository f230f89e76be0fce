// MemberDialog (gui/member_dialog.h): filling in a member, inline validation
// that keeps OK disabled, and member() returning what was entered.

#include "gui/member_dialog.h"
#include "gui/week_editor.h"
#include "gui/zone_picker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

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
    void unknownZone();
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

void TestMemberDialog::unknownZone()
{
    Member member = newMember();
    member.name = "Anna";
    MemberDialog dialog(twoRegions(), member);
    dialog.show();
    QTest::keyClicks(dialog.findChild<ZonePicker *>()->findChild<QLineEdit *>(), u"atlantis"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(messageText(dialog), u"Choose a time zone: no zone matches the search."_s);
    // member() keeps the zone it had.
    QCOMPARE(dialog.member().zone.name(), std::string("Europe/Berlin"));
}

QTEST_MAIN(TestMemberDialog)
#include "tst_member_dialog.moc"
