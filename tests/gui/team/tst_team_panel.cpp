// TeamPanel (gui/team_panel.h) over a real plan file made from the demo plan:
// Add region and naming it in place is one undo step and leaves the new
// region selected; selections survive the model resets every edit brings;
// region and member buttons follow the selection; the members table sorts
// stably (plan order among equal keys); a read-only plan shows its members
// in a read-only member dialog instead of one whose OK fails.
//
// The demo plan (resources/demo/demo-plan.json), by position:
//   regions: 0 apac "APAC", 1 emea "EMEA", 2 amer "AMER"
//   members: 0 sam, 1 kenji, 2 mei, 3 priya, 4 arjun (apac); 5 leila,
//            6 lars, 7 anna, 8 tom (emea); 9 diego, 10 nia, 11 maya,
//            12 lucas (amer)
//   work per week: Leila, Maya, Lucas 40 h (8 h x 5); the others 42.5 h.

#include "gui/dialogs/member_dialog.h"
#include "gui/models/members_model.h"
#include "gui/document/plan_document.h"
#include "gui/models/regions_model.h"
#include "gui/team/team_panel.h"
#include "gui/widgets/zone_picker.h"

#include "../gui_test_support.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::demoPlan;

namespace {

template <typename T> T *byName(QWidget *parent, const QString &name) {
    for (T *child : parent->findChildren<T *>())
        if (child->accessibleName() == name)
            return child;
    return nullptr;
}

QStringList names(const QAbstractItemModel &model) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, MembersModel::Name).data().toString();
    return values;
}

QString currentId(const QAbstractItemView *view, int role) {
    return view->currentIndex().data(role).toString();
}

const QStringList apac = {QStringLiteral("Sam Taylor"), QStringLiteral("Kenji Sato"),
                          QStringLiteral("Mei Chen"), QStringLiteral("Priya Raman"),
                          QStringLiteral("Arjun Mehta")};
const QStringList emea = {QStringLiteral("Leila Haddad"), QStringLiteral("Lars Nilsson"),
                          QStringLiteral("Anna Schmidt"), QStringLiteral("Tom Okafor")};
const QStringList amer = {QStringLiteral("Diego Alvarez"), QStringLiteral("Nia Johnson"),
                          QStringLiteral("Maya Patel"), QStringLiteral("Lucas Brown")};

} // namespace

class TestTeamPanel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAndNameARegionIsOneStep();
    void escapeOnANewRegionsNameTakesTheAddBack();
    void buttonsFollowTheSelection();
    void deletingARegionWithMembersAsksFirst();
    void selectionSurvivesEdits();
    void membersSortStably();
    void readOnlyPlanShowsAReadOnlyMemberDialog();
    void editMemberNamesTheStep();
    void aFilterWithoutMatchSaysSo();
    void theTeamPanelEmitsIntentions();

private:
    void openReadOnly();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<TeamPanel> m_panel;
    QListView *m_regions = nullptr;
    QTableView *m_members = nullptr;
};

void TestTeamPanel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created =
        PlanDocument::create(m_dir->filePath(QStringLiteral("plan.sunrelay")), demoPlan());
    QVERIFY(created);
    m_document = std::move(created).value();
    m_panel = std::make_unique<TeamPanel>(m_document.get());
    connectTeamPanel(*m_panel, *m_document); // as MainWindow does
    m_panel->resize(600, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_regions = byName<QListView>(m_panel.get(), QStringLiteral("Regions"));
    m_members = byName<QTableView>(m_panel.get(), QStringLiteral("Members"));
    QVERIFY(m_regions);
    QVERIFY(m_members);
}

void TestTeamPanel::cleanup() {
    m_panel.reset();
    m_document.reset();
    m_dir.reset();
}

void TestTeamPanel::openReadOnly() {
    const QString path = m_document->filePath();
    m_panel.reset();
    m_document.reset();
    auto opened = PlanDocument::open(path, store::OpenMode::ReadOnly);
    QVERIFY(opened);
    m_document = std::move(opened).value();
    QVERIFY(m_document->isReadOnly());
    m_panel = std::make_unique<TeamPanel>(m_document.get());
    connectTeamPanel(*m_panel, *m_document); // as MainWindow does
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_regions = byName<QListView>(m_panel.get(), QStringLiteral("Regions"));
    m_members = byName<QTableView>(m_panel.get(), QStringLiteral("Members"));
}

void TestTeamPanel::addAndNameARegionIsOneStep() {
    QAbstractItemModelTester tester(m_regions->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QUndoStack *stack = m_document->undoStack();
    auto *add = byName<QToolButton>(m_panel.get(), QStringLiteral("Add region"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    // The new region's name editor is open, on "Region 4".
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY(m_regions->isAncestorOf(editor));
    QCOMPARE(editor->text(), QStringLiteral("Region 4"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("LATAM"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on a queued call

    QCOMPARE(m_document->plan().regions.size(), std::size_t(4));
    QTRY_COMPARE(m_document->plan().regions.back().name, std::string("LATAM"));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Add region LATAM"));
    // Still selected after the rename, so the region buttons act on it.
    QCOMPARE(m_regions->currentIndex().data().toString(), QStringLiteral("LATAM"));
    QVERIFY(byName<QToolButton>(m_panel.get(), QStringLiteral("Region colour…"))->isEnabled());
    QVERIFY(byName<QToolButton>(m_panel.get(), QStringLiteral("Move region up"))->isEnabled());

    stack->undo();
    QCOMPARE(m_document->plan().regions.size(), std::size_t(3));
    // Its row goes and the current row moves to the one before, as in any
    // Qt list: the region buttons act on AMER, the last one.
    QCOMPARE(currentId(m_regions, RegionsModel::RegionIdRole), QStringLiteral("amer"));
    QVERIFY(byName<QToolButton>(m_panel.get(), QStringLiteral("Region colour…"))->isEnabled());
    QVERIFY(!byName<QToolButton>(m_panel.get(), QStringLiteral("Move region down"))->isEnabled());
}

void TestTeamPanel::escapeOnANewRegionsNameTakesTheAddBack() {
    // The QA report: Add Region, then Escape, kept "Region 4" and an undo
    // step. Naming is part of adding: Escape cancels the add.
    QUndoStack *stack = m_document->undoStack();
    auto *add = byName<QToolButton>(m_panel.get(), QStringLiteral("Add region"));
    QVERIFY(add);
    m_regions->setCurrentIndex(m_regions->model()->index(1, 0)); // EMEA
    QTest::mouseClick(add, Qt::LeftButton);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY(m_regions->isAncestorOf(editor));
    QCOMPARE(m_document->plan().regions.size(), std::size_t(4));
    QTest::keyClick(editor, Qt::Key_Escape);

    QTRY_COMPARE(m_document->plan().regions.size(), std::size_t(3));
    QCOMPARE(m_regions->model()->rowCount(), 3);
    QCOMPARE(stack->count(), 0);
    QVERIFY(!stack->canUndo());
    QVERIFY(!stack->canRedo()); // no "Redo Add region Region 4" either
    // Back on the region selected before.
    QCOMPARE(m_regions->currentIndex().data().toString(), QStringLiteral("EMEA"));

    // Enter keeps the proposed name: the region is added, one step.
    QTest::mouseClick(add, Qt::LeftButton);
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(50); // the delegate's queued commit, and anything queued after it
    QCOMPARE(m_document->plan().regions.size(), std::size_t(4));
    QCOMPARE(m_document->plan().regions.back().name, std::string("Region 4"));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Add region Region 4"));

    // Escape while renaming a region that was already there only cancels
    // the rename.
    const QModelIndex apac = m_regions->model()->index(0, 0);
    m_regions->setCurrentIndex(apac);
    m_regions->edit(apac);
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("X"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTest::qWait(50);
    QCOMPARE(m_document->plan().regions.size(), std::size_t(4));
    QCOMPARE(m_document->plan().regions.front().name, std::string("APAC"));
    QCOMPARE(stack->count(), 1);
}

void TestTeamPanel::buttonsFollowTheSelection() {
    const auto button = [this](const char *name) {
        return byName<QToolButton>(m_panel.get(), QString::fromUtf8(name));
    };
    // Nothing selected (a list that takes focus makes its first row current,
    // so clear both): only the Add buttons.
    m_regions->setCurrentIndex({});
    m_members->setCurrentIndex({});
    QVERIFY(button("Add region")->isEnabled());
    QVERIFY(button("Add member…")->isEnabled());
    for (const char *name : {"Region colour…", "Move region up", "Move region down",
                             "Delete region", "Edit member…", "Delete member"})
        QVERIFY2(!button(name)->isEnabled(), name);

    m_regions->setCurrentIndex(m_regions->model()->index(0, 0)); // APAC, the first
    QVERIFY(button("Region colour…")->isEnabled());
    QVERIFY(button("Delete region")->isEnabled());
    QVERIFY(!button("Move region up")->isEnabled());
    QVERIFY(button("Move region down")->isEnabled());
    // Moving it down twice makes it the last: down is then disabled.
    QTest::mouseClick(button("Move region down"), Qt::LeftButton);
    QTest::mouseClick(button("Move region down"), Qt::LeftButton);
    QCOMPARE(m_document->plan().regions.back().id, std::string("apac"));
    QCOMPARE(currentId(m_regions, RegionsModel::RegionIdRole), QStringLiteral("apac"));
    QVERIFY(button("Move region up")->isEnabled());
    QVERIFY(!button("Move region down")->isEnabled());

    m_members->setCurrentIndex(m_members->model()->index(0, 0));
    QVERIFY(button("Edit member…")->isEnabled());
    QVERIFY(button("Delete member")->isEnabled());
}

void TestTeamPanel::deletingARegionWithMembersAsksFirst() {
    // EMEA has 4 members in the demo: the question names them and the
    // buttons are "Delete Region" and Cancel, Cancel the default.
    m_regions->setCurrentIndex(m_regions->model()->index(1, 0));
    QCOMPARE(currentId(m_regions, RegionsModel::RegionIdRole), QStringLiteral("emea"));
    QToolButton *remove = byName<QToolButton>(m_panel.get(), QStringLiteral("Delete region"));
    const auto answer = [&](bool deleteIt) {
        QString question;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            QAbstractButton *verb = nullptr;
            for (QAbstractButton *button : box->buttons())
                if (button->text() == QStringLiteral("&Delete Region"))
                    verb = button;
            if (!verb || box->defaultButton() != box->button(QMessageBox::Cancel)) {
                question = QStringLiteral("(no Delete Region button, or not Cancel by default)");
                box->reject();
                return;
            }
            (deleteIt ? verb : box->button(QMessageBox::Cancel))->click();
        });
        QTest::mouseClick(remove, Qt::LeftButton);
        return question;
    };
    // (Plural forms come from the app's English translation, not loaded here.)
    const QString question = answer(false);
    QVERIFY2(question.startsWith(QStringLiteral("Delete EMEA and its 4 member")),
             qPrintable(question));
    QCOMPARE(m_document->plan().regions.size(), std::size_t(3));
    answer(true);
    QCOMPARE(m_document->plan().regions.size(), std::size_t(2));
    QVERIFY(!m_document->plan().regionIndex("emea"));
    m_document->undoStack()->undo();
    QVERIFY(m_document->plan().regionIndex("emea"));
}

void TestTeamPanel::selectionSurvivesEdits() {
    // Anna and EMEA selected; other members and regions change, and the
    // change being undone, redone or her own edit keep them selected.
    QAbstractItemModel *members = m_members->model();
    for (int row = 0; row < members->rowCount(); ++row)
        if (members->index(row, 0).data(MembersModel::MemberIdRole).toString() ==
            QLatin1String("anna"))
            m_members->setCurrentIndex(members->index(row, 0));
    QCOMPARE(currentId(m_members, MembersModel::MemberIdRole), QStringLiteral("anna"));
    m_regions->setCurrentIndex(m_regions->model()->index(1, 0));
    QCOMPARE(currentId(m_regions, RegionsModel::RegionIdRole), QStringLiteral("emea"));

    m_document->changeRegion(Region{"amer", "Americas", demoPlan().regions[2].color});
    m_document->removeMember("tom");
    m_document->moveRegion("emea", 0);
    Member anna = m_document->plan().members[*m_document->plan().memberIndex("anna")];
    anna.name = "Anna Weber";
    m_document->changeMember(anna);
    QCOMPARE(currentId(m_members, MembersModel::MemberIdRole), QStringLiteral("anna"));
    QCOMPARE(currentId(m_regions, RegionsModel::RegionIdRole), QStringLiteral("emea"));
    QCOMPARE(m_regions->currentIndex().row(), 0);
    QVERIFY(m_members->selectionModel()->isRowSelected(m_members->currentIndex().row(), {}));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(currentId(m_members, MembersModel::MemberIdRole), QStringLiteral("anna"));
    QCOMPARE(currentId(m_regions, RegionsModel::RegionIdRole), QStringLiteral("emea"));
    QCOMPARE(m_regions->currentIndex().row(), 1);
}

void TestTeamPanel::membersSortStably() {
    QAbstractItemModel *model = m_members->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The panel opens sorted by region: plan order within each.
    QCOMPARE(names(*model), apac + emea + amer);
    // Sorting by work hours and back by region gives the same rows again,
    // not the work-hours order within regions (AMER would start with Maya).
    m_members->sortByColumn(MembersModel::WorkHours, Qt::AscendingOrder);
    QCOMPARE(names(*model).mid(0, 3), (QStringList{QStringLiteral("Leila Haddad"),
                                                   QStringLiteral("Maya Patel"),
                                                   QStringLiteral("Lucas Brown")}));
    m_members->sortByColumn(MembersModel::Region, Qt::AscendingOrder);
    QCOMPARE(names(*model), apac + emea + amer);
    // Descending: regions reversed, still plan order inside each.
    m_members->sortByColumn(MembersModel::Region, Qt::DescendingOrder);
    QCOMPARE(names(*model), amer + emea + apac);
    m_members->sortByColumn(MembersModel::WorkHours, Qt::DescendingOrder);
    QStringList byHoursDown = apac + emea.mid(1) + amer.mid(0, 2);
    byHoursDown += QStringList{QStringLiteral("Leila Haddad"), QStringLiteral("Maya Patel"),
                               QStringLiteral("Lucas Brown")};
    QCOMPARE(names(*model), byHoursDown);
    // An edit resets the model; the rows stay where they were.
    Member tom = m_document->plan().members[*m_document->plan().memberIndex("tom")];
    tom.timeOff.push_back({LocalDate{date::year{2026} / 5 / 4}, LocalDate{date::year{2026} / 5 / 8}});
    m_document->changeMember(tom);
    QCOMPARE(names(*model), byHoursDown);
}

void TestTeamPanel::readOnlyPlanShowsAReadOnlyMemberDialog() {
    openReadOnly();
    QSignalSpy failed(m_document.get(), &PlanDocument::editFailed);
    // Read-only, the edit button shows the member.
    auto *show = byName<QToolButton>(m_panel.get(), QStringLiteral("Show member…"));
    QVERIFY(show);
    QVERIFY(!show->isEnabled());

    struct Seen {
        bool dialog = false;
        bool readOnly = false;
        QString title;
        QDialogButtonBox::StandardButtons buttons;
    } seen;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<MemberDialog *>(QApplication::activeModalWidget());
        seen.dialog = dialog != nullptr;
        if (!dialog)
            return;
        seen.readOnly = dialog->isReadOnly();
        seen.title = dialog->windowTitle();
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        seen.buttons = buttons->standardButtons();
        // Escape closes it, as Close would.
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    // Enter on Anna's row, as the QA report did.
    QAbstractItemModel *members = m_members->model();
    for (int row = 0; row < members->rowCount(); ++row)
        if (members->index(row, 0).data(MembersModel::MemberIdRole).toString() ==
            QLatin1String("anna"))
            m_members->setCurrentIndex(members->index(row, 0));
    QVERIFY(show->isEnabled());
    m_members->setFocus();
    QTest::keyClick(m_members, Qt::Key_Return);

    QVERIFY(seen.dialog);
    QVERIFY(seen.readOnly);
    // The main window's title marks a read-only plan the same way.
    QCOMPARE(seen.title, QStringLiteral("Anna Schmidt [read-only]"));
    QCOMPARE(seen.buttons, QDialogButtonBox::StandardButtons(QDialogButtonBox::Close));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_document->undoStack()->count(), 0);
    // Nothing else on the panel edits a read-only plan.
    for (const char *name : {"Add region", "Add member…", "Delete member"})
        QVERIFY2(!byName<QToolButton>(m_panel.get(), QString::fromUtf8(name))->isEnabled(), name);
}

void TestTeamPanel::editMemberNamesTheStep() {
    // Through the dialog: a new zone picked by typing the city is "Change
    // time zone of Anna Schmidt", not a generic "Edit".
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<MemberDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *search = dialog->findChild<ZonePicker *>()->findChild<QLineEdit *>();
        QTest::keyClicks(search, QStringLiteral("Lisbon"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    m_panel->editMember("anna");
    QCOMPARE(m_document->plan().members[7].zone.name(), std::string("Europe/Lisbon"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change time zone of Anna Schmidt"));
}

void TestTeamPanel::aFilterWithoutMatchSaysSo() {
    // The QA report: a filter matching no member left an empty table.
    auto *filter = byName<QLineEdit>(m_panel.get(), QStringLiteral("Filter members"));
    QVERIFY(filter);
    auto *hint = m_panel->findChild<QLabel *>(QStringLiteral("emptyMembers"));
    QVERIFY(hint);
    QVERIFY(!hint->isVisibleTo(m_panel.get()));
    QTest::keyClicks(filter, QStringLiteral("xyz")); // in no name, region or zone
    QCOMPARE(m_members->model()->rowCount(), 0);
    QVERIFY(hint->isVisibleTo(m_panel.get()));
    QCOMPARE(hint->text(), QStringLiteral("No member matches “xyz”."));
    QVERIFY(m_members->viewport()->isAncestorOf(hint)); // in the table, where rows would be
    // A match again: the rows, and no hint.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("anna"));
    QCOMPARE(m_members->model()->rowCount(), 1);
    QVERIFY(!hint->isVisibleTo(m_panel.get()));
    filter->clear();
    QCOMPARE(m_members->model()->rowCount(), 13);
    QVERIFY(!hint->isVisibleTo(m_panel.get()));
}

void TestTeamPanel::theTeamPanelEmitsIntentions() {
    // A panel on its own, not connected: its buttons say what the user asked
    // for and change nothing themselves.
    m_panel.reset();
    m_panel = std::make_unique<TeamPanel>(m_document.get());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_regions = byName<QListView>(m_panel.get(), QStringLiteral("Regions"));
    m_members = byName<QTableView>(m_panel.get(), QStringLiteral("Members"));
    QSignalSpy moved(m_panel.get(), &TeamPanel::regionMoved);
    QSignalSpy memberDeleted(m_panel.get(), &TeamPanel::memberDeleted);
    QSignalSpy added(m_panel.get(), &TeamPanel::regionAdded);
    const Plan before = m_document->plan();

    m_regions->setCurrentIndex(m_regions->model()->index(2, 0)); // AMER
    QTest::mouseClick(byName<QToolButton>(m_panel.get(), QStringLiteral("Move region up")),
                      Qt::LeftButton);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).value<std::string>(), std::string("amer"));
    QCOMPARE(moved.at(0).at(1).value<std::size_t>(), std::size_t(1));
    m_members->setCurrentIndex(m_members->model()->index(0, 0));
    const std::string first = currentId(m_members, MembersModel::MemberIdRole).toStdString();
    QTest::mouseClick(byName<QToolButton>(m_panel.get(), QStringLiteral("Delete member")),
                      Qt::LeftButton);
    QCOMPARE(memberDeleted.count(), 1);
    QCOMPARE(memberDeleted.at(0).at(0).value<std::string>(), first);
    QTest::mouseClick(byName<QToolButton>(m_panel.get(), QStringLiteral("Add region")),
                      Qt::LeftButton);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).value<Region>().name, std::string("Region 4"));
    QVERIFY(m_document->plan() == before);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

QTEST_MAIN(TestTeamPanel)
#include "tst_team_panel.moc"
