// MemberDialog (gui/member_dialog.h): filling in a member, inline validation
// that keeps OK disabled, member() returning what was entered, the
// read-only mode for read-only plans and the &Time zone: mnemonic; OK never
// drops a zone highlighted in the search but not chosen.
//
// UTC+05:30 is Asia/Colombo and Asia/Kolkata only, all year (neither has
// daylight saving); "Kolk" matches only Asia/Kolkata; zone1970.tab has both
// America/Bahia and America/Bahia_Banderas.

#include "gui/dialogs/member_dialog.h"
#include "gui/week/week_editor.h"
#include "gui/widgets/zone_picker.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace sunrelay;
using namespace sunrelay::gui;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{

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
        if (label->parentWidget() && label->parentWidget()->accessibleName() == u"Problems"_s
            && label->parentWidget()->isVisibleTo(&dialog))
            if (!label->text().isEmpty())
                return label->text();
    return QString();
}

QLineEdit *nameField(MemberDialog &dialog)
{
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        if (!qobject_cast<ZonePicker *>(edit->parentWidget())
            && !qobject_cast<QDateEdit *>(edit->parentWidget()))
            return edit;
    return nullptr;
}

} // namespace

class TestMemberDialog : public QObject
{
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
    void readOnlyLooksTheSameEverywhere();
    void weekInTheRegionColour();
    void okTakesAPendingZoneThatIsTheOnlyMatch();
    void okWaitsWhileSeveralZonesMatch();
    void editingShowsTheCurrentZone();
    void aSmallDialogScrollsTheWholeWeek();
    void theGridStaysPutWhenTheFirstRangeIsDrawn();
    void escapeTakesTheSearchBack();
};

void TestMemberDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMemberDialog::fillInAndAccept()
{
    MemberDialog dialog(twoRegions(), newMember());
    dialog.show();
    // No name yet: OK waits, but nothing is wrong before anything is typed
    // (the QA report: a red error greeted every new member).
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(messageText(dialog), QString());

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
    QVERIFY((member.timeOff[0]
             == DateRange{LocalDate{date::year{2026} / 12 / 24},
                          LocalDate{date::year{2026} / 12 / 31}}));
}

void TestMemberDialog::emptyNameDisablesOk()
{
    Member member = newMember();
    member.name = "Anna";
    MemberDialog dialog(twoRegions(), member);
    QVERIFY(okButton(dialog)->isEnabled());
    nameField(dialog)->selectAll();
    QTest::keyClick(nameField(dialog), Qt::Key_Backspace); // the person clears it
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(messageText(dialog), u"Enter the member’s name."_s);
}

void TestMemberDialog::editingShowsTheCurrentZone()
{
    // The QA report: editing a member showed an empty zone search over all
    // zones, as if the member had none.
    Member member = newMember();
    member.name = "Anna";
    member.zone = *TimeZone::find("Europe/Berlin");
    MemberDialog dialog(twoRegions(), member);
    auto *picker = dialog.findChild<ZonePicker *>();
    auto *search = picker->findChild<QLineEdit *>();
    QCOMPARE(search->text(), u"Berlin"_s);
    auto *list = picker->findChild<QTreeWidget *>();
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->text(2), u"Europe/Berlin"_s);
    // Typing searches anew, replacing the city.
    QTest::keyClicks(search, u"tokyo"_s);
    QCOMPARE(search->text(), u"tokyo"_s);
    QCOMPARE(picker->highlightedZone(), u"Asia/Tokyo"_s);
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
    QCOMPARE(
        messageText(dialog),
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
    QCOMPARE(buttons->standardButtons(),
             QDialogButtonBox::StandardButtons(QDialogButtonBox::Close));
    QVERIFY(!okButton(dialog));
    QCOMPARE(messageText(dialog),
             u"This plan is open read-only, so this member cannot be changed here."_s);

    // Nothing takes input.
    QLineEdit *name = nameField(dialog);
    QVERIFY(name->isReadOnly());
    QTest::keyClicks(name, u"X"_s);
    QCOMPARE(name->text(), u"Anna"_s);
    QVERIFY(!dialog.findChild<QComboBox *>()->isVisibleTo(&dialog)); // shown as text instead
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
        if (button->text() == u"&Add"_s || button->text() == u"Re&move"_s
            || button->text() == u"&Add range"_s || button->text() == u"&Remove range"_s)
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

// The colour a field's background is painted in.
QColor baseOf(const QWidget *field)
{
    return field->palette().color(QPalette::Active, QPalette::Base);
}

QColor windowOf(const QWidget *widget)
{
    return widget->palette().color(QPalette::Active, QPalette::Window);
}

void TestMemberDialog::readOnlyLooksTheSameEverywhere()
{
    // The QA report: name and zone looked editable (white base) while the
    // region was greyed out as disabled; the Week page offered painting
    // layers; an empty time-off list said nothing; the title marker differed
    // from the main window's.
    Member member = newMember();
    member.name = "Anna";
    MemberDialog editable(twoRegions(), member);
    QVERIFY(baseOf(nameField(editable)) != windowOf(&editable)); // a field one types into

    MemberDialog dialog(twoRegions(), member);
    dialog.setReadOnly(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Every field on the General page: enabled (not greyed), read-only, on
    // the window's colour.
    QLineEdit *name = nameField(dialog);
    QLineEdit *region = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text() == u"&Region:"_s)
            region = qobject_cast<QLineEdit *>(label->buddy());
    QVERIFY2(region, "the Region label names a read-only text field");
    QLineEdit *zone = dialog.findChild<ZonePicker *>()->findChild<QLineEdit *>();
    for (QLineEdit *field : {name, region, zone}) {
        QVERIFY(field->isVisibleTo(&dialog));
        QVERIFY(field->isEnabled());
        QVERIFY(field->isReadOnly());
        QCOMPARE(baseOf(field), windowOf(&dialog));
        QVERIFY(!field->hasSelectedText());
    }
    QCOMPARE(region->text(), u"EMEA"_s);
    QCOMPARE(zone->text(), u"Europe/Berlin"_s);
    QVERIFY(!dialog.findChild<QComboBox *>()->isVisibleTo(&dialog));
    QVERIFY(!name->hasFocus());

    // No painting layers on the Week page; the grid is still there.
    auto *week = dialog.findChild<WeekEditor *>();
    for (const char *layer : {"workLayerButton", "deepWorkLayerButton", "commsLayerButton"}) {
        auto *button = week->findChild<QToolButton *>(QString::fromLatin1(layer));
        QVERIFY2(button, layer);
        QVERIFY2(button->isHidden(), layer);
    }
    // Editable again, they are back.
    week->setReadOnly(false);
    QVERIFY(!week->findChild<QToolButton *>(u"deepWorkLayerButton"_s)->isHidden());
    week->setReadOnly(true);

    // An empty time-off list says so.
    auto *noTimeOff = dialog.findChild<QLabel *>(u"noTimeOff"_s);
    QVERIFY(noTimeOff);
    QCOMPARE(noTimeOff->text(), u"No time off"_s);
    QVERIFY(noTimeOff->isVisibleTo(dialog.findChild<QTableWidget *>()));
}

void TestMemberDialog::okTakesAPendingZoneThatIsTheOnlyMatch()
{
    // The QA report: "Kolk" left Kolkata highlighted, OK closed the dialog and
    // the zone stayed as it was, without a word.
    Member member = newMember();
    member.name = "Anna";
    MemberDialog dialog(twoRegions(), member);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *picker = dialog.findChild<ZonePicker *>();
    QTest::keyClicks(picker->findChild<QLineEdit *>(), u"Kolk"_s);
    QCOMPARE(picker->zone(), u"Europe/Berlin"_s);
    QCOMPARE(picker->pendingZone(), u"Asia/Kolkata"_s);
    QVERIFY(picker->pendingIsOnlyMatch());
    QVERIFY(okButton(dialog)->isEnabled());
    // Said before OK is pressed.
    QCOMPARE(messageText(dialog),
             u"OK chooses Asia/Kolkata, the only zone that matches the search."_s);

    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(dialog.member().zone.name(), std::string("Asia/Kolkata"));
}

void TestMemberDialog::okWaitsWhileSeveralZonesMatch()
{
    Member member = newMember();
    member.name = "Anna";
    MemberDialog dialog(twoRegions(), member);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *picker = dialog.findChild<ZonePicker *>();
    auto *search = picker->findChild<QLineEdit *>();
    search->setFocus();
    QSignalSpy finished(&dialog, &QDialog::finished);

    QTest::keyClicks(search, u"+05:30"_s); // Kolkata (highlighted, the big city), Colombo
    QCOMPARE(picker->pendingZone(), u"Asia/Kolkata"_s);
    QVERIFY(!picker->pendingIsOnlyMatch());
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(messageText(dialog),
             u"Asia/Kolkata is highlighted but not chosen. Press Enter or click a zone to choose "
             u"it, or press Esc in the search to keep Europe/Berlin."_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(finished.isEmpty());
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(picker->pendingZone(), u"Asia/Colombo"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(messageText(dialog).startsWith(u"Asia/Colombo is highlighted but not chosen."_s));

    // Enter picks it: OK is back and the message gone; the dialog stays.
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(finished.isEmpty());
    QCOMPARE(picker->zone(), u"Asia/Colombo"_s);
    QCOMPARE(picker->pendingZone(), QString());
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(messageText(dialog), QString());

    // A name on its way to a longer one is not chosen while typing.
    search->selectAll();
    QTest::keyClicks(search, u"Bahia"_s);
    QCOMPARE(picker->zone(), u"Asia/Colombo"_s);
    QCOMPARE(picker->pendingZone(), u"America/Bahia"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(search, u" Banderas"_s);
    QCOMPARE(picker->zone(), u"America/Bahia_Banderas"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(dialog.member().zone.name(), std::string("America/Bahia_Banderas"));
}

void TestMemberDialog::escapeTakesTheSearchBack()
{
    Member member = newMember();
    member.name = "Anna";
    MemberDialog dialog(twoRegions(), member);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *picker = dialog.findChild<ZonePicker *>();
    auto *search = picker->findChild<QLineEdit *>();
    search->setFocus();
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::keyClicks(search, u"+05:30"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    // The first Escape empties the search and keeps the zone; the dialog stays.
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(finished.isEmpty());
    QCOMPARE(search->text(), QString());
    QCOMPARE(picker->zone(), u"Europe/Berlin"_s);
    QCOMPARE(picker->highlightedZone(), u"Europe/Berlin"_s);
    QCOMPARE(picker->pendingZone(), QString());
    QVERIFY(okButton(dialog)->isEnabled());
    // With nothing to take back, Escape is the dialog's Cancel.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Rejected));
}

// The week page paints the member's blocks in their region's colour, as the
// timeline shows the member, and follows a change of region.
void TestMemberDialog::weekInTheRegionColour()
{
    MemberDialog dialog(twoRegions(), newMember());
    auto *week = dialog.findChild<WeekEditor *>();
    QVERIFY(week);
    QCOMPARE(week->blockColour(), QColor(0x00, 0x72, 0xB2)); // EMEA, #0072B2
    auto *region = dialog.findChild<QComboBox *>();
    QVERIFY(region);
    region->setCurrentIndex(1);
    QCOMPARE(week->blockColour(), QColor(0xE6, 0x9F, 0x00)); // APAC, #E69F00
}

namespace
{
QWidget *weekGridOf(QWidget &dialog)
{
    for (QWidget *child : dialog.findChildren<QWidget *>())
        if (child->accessibleName() == u"Week"_s)
            return child;
    return nullptr;
}
} // namespace

void TestMemberDialog::aSmallDialogScrollsTheWholeWeek()
{
    // The QA report: in a small dialog (a 1024 x 600 laptop) the week grid
    // lost Saturday and Sunday below the buttons.
    MemberDialog dialog(twoRegions(), newMember());
    dialog.findChild<QTabWidget *>()->setCurrentIndex(1); // Week
    dialog.resize(520, 360);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.height() <= 400, "the dialog can be made small");
    QWidget *grid = weekGridOf(dialog);
    QVERIFY(grid);
    // All seven days keep their height: nothing is squeezed away ...
    QCOMPARE(grid->height(), grid->minimumSizeHint().height());
    // ... and scrolling brings Sunday (the last row) into view.
    auto *scroll = dialog.findChild<QScrollArea *>(u"weekScroll"_s);
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(grid, 0, 0);
    const QRect gridInViewport(grid->mapTo(scroll->viewport(), QPoint(0, 0)), grid->size());
    QVERIFY(scroll->viewport()->rect().contains(
        QPoint(gridInViewport.center().x(), gridInViewport.bottom() - 2)));
}

void TestMemberDialog::theGridStaysPutWhenTheFirstRangeIsDrawn()
{
    // No working hours: the dialog says so; drawing the first range ends
    // that message, and the grid under the pointer must not move.
    Member member = newMember();
    member.name = "Anna";
    member.work = {};
    MemberDialog dialog(twoRegions(), member);
    dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
    dialog.resize(900, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(messageText(dialog).startsWith(u"No working hours yet"_s));
    QWidget *grid = weekGridOf(dialog);
    QVERIFY(grid);
    const QPoint before = grid->mapTo(&dialog, QPoint(0, 0));
    const QPoint start(grid->width() / 3, grid->height() / 2);
    const QPoint end = start + QPoint(grid->width() / 4, 0);
    QTest::mousePress(grid, Qt::LeftButton, {}, start);
    QTest::mouseMove(grid, end);
    QTest::mouseRelease(grid, Qt::LeftButton, {}, end);
    QVERIFY(!dialog.member().work.ranges.empty());
    QCOMPARE(messageText(dialog), QString());
    QCoreApplication::sendPostedEvents(); // the layouts settle
    QCOMPARE(grid->mapTo(&dialog, QPoint(0, 0)), before);
}

QTEST_MAIN(TestMemberDialog)
#include "tst_member_dialog.moc"
