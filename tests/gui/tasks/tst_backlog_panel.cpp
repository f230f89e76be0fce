// The Backlog dock (gui/tasks/backlog_panel.h) and its model
// (tasks_model.h) over a real plan file made from task_test_plan.h, whose
// routes are worked by hand there: the columns in the reference zone, a
// missed deadline with its amount, sorting by real values, the text and
// status filters, the drag's mime data and a drop back from the timeline;
// through the main window, add, edit, delete, place-at and unplace are each
// one undo step with its name, and undo restores the plan.

#include "gui/document/plan_document.h"
#include "gui/tasks/backlog_panel.h"
#include "gui/tasks/dialog_parts.h"
#include "gui/tasks/place_task_dialog.h"
#include "gui/tasks/task_dialog.h"
#include "gui/tasks/task_mime.h"
#include "gui/tasks/task_text.h"
#include "gui/tasks/tasks_model.h"
#include "gui/window/main_window.h"

#include "task_test_plan.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::utc;
using sunrelay::tasktest::taskPlan;

namespace
{

template<typename T>
T *byName(QWidget *parent, const QString &name)
{
    for (T *child : parent->findChildren<T *>())
        if (child->accessibleName() == name)
            return child;
    return nullptr;
}

// The ids down the table as it shows them.
QStringList shownIds(const QTableView *table)
{
    QStringList ids;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(TasksModel::TaskIdRole).toString();
    return ids;
}

const Task &taskOf(const Plan &plan, const std::string &id)
{
    for (const Task &task : plan.tasks)
        if (task.id == id)
            return task;
    qFatal("no task %s", id.c_str());
}

} // namespace

class TestBacklogPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void columnsInTheReferenceZone();
    void sortsByRealValues();
    void filters();
    void dragCarriesTheTaskId();
    void dropFromTheTimelineAsksToUnplace();
    void buttonsFollowTheSelection();
    void editStepsThroughTheWindow();
    void rowsFollowEditsWithoutAReset();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<BacklogPanel> m_panel;
    QTableView *m_table = nullptr;
};

void TestBacklogPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("sunrelay-tst_backlog_panel"));
    QApplication::setOrganizationName(QStringLiteral("Sunrelay"));
    QSettings().clear();
    // Day and month names in texts are English; 24-hour clock.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestBacklogPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created =
        PlanDocument::create(m_dir->filePath(QStringLiteral("plan.sunrelay")), taskPlan());
    QVERIFY(created);
    m_document = std::move(created).value();
    m_panel = std::make_unique<BacklogPanel>(m_document.get());
    m_panel->setReferenceZone(TimeZone::utc());
    m_panel->setClockStyle(ClockStyle::TwentyFourHour);
    m_panel->resize(1200, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_table = m_panel->table();
}

void TestBacklogPanel::cleanup()
{
    m_panel.reset();
    m_document.reset();
    m_dir.reset();
}

void TestBacklogPanel::columnsInTheReferenceZone()
{
    TasksModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceZone(TimeZone::utc());
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(TasksModel::ColumnCount));
    // T-1 (task_test_plan.h): finish Mon 17:00Z, deadline 12:00Z: late by 5 h.
    QCOMPARE(text(0, TasksModel::Id), QStringLiteral("T-1"));
    QCOMPARE(text(0, TasksModel::Title), QStringLiteral("Migrate billing DB"));
    QCOMPARE(text(0, TasksModel::Effort), QStringLiteral("8 h"));
    QCOMPARE(text(0, TasksModel::Priority), QStringLiteral("1"));
    QCOMPARE(text(0, TasksModel::Deadline), QStringLiteral("Mon 9 Mar, 12:00 UTC"));
    QCOMPARE(text(0, TasksModel::Placement), QStringLiteral("EMEA · Mon 9 Mar, 09:00 UTC"));
    QCOMPARE(text(0, TasksModel::Finish), QStringLiteral("Mon 9 Mar, 17:00 UTC · late by 5 h"));
    QCOMPARE(model.index(0, TasksModel::Finish).data(Qt::ForegroundRole).value<QColor>(),
             problemColor(QGuiApplication::palette()));
    QCOMPARE(model.index(0, TasksModel::Title).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Dump and replay"));
    QCOMPARE(model.index(0, 0).data(TasksModel::StatusRole).toInt(),
             int(TasksModel::TaskStatus::Late));
    // T-2 waits for Anna until Tue 09:00Z: finish Tue 13:00Z, no deadline.
    QCOMPARE(text(1, TasksModel::Finish), QStringLiteral("Tue 10 Mar, 13:00 UTC"));
    QVERIFY(!model.index(1, TasksModel::Finish).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, 0).data(TasksModel::StatusRole).toInt(),
             int(TasksModel::TaskStatus::Placed));
    // T-10 is in the backlog.
    QCOMPARE(text(2, TasksModel::Effort), QStringLiteral("30 min"));
    QCOMPARE(text(2, TasksModel::Placement), QStringLiteral("Backlog"));
    QCOMPARE(text(2, TasksModel::Finish), QString());
    QCOMPARE(model.index(2, 0).data(TasksModel::StatusRole).toInt(),
             int(TasksModel::TaskStatus::Backlog));

    // In Berlin (CET, +1 on 9 Mar) on a 12-hour clock.
    model.setReferenceZone(TimeZone::find("Europe/Berlin").value());
    model.setClockStyle(ClockStyle::TwelveHour);
    QCOMPARE(text(0, TasksModel::Placement), QStringLiteral("EMEA · Mon 9 Mar, 10:00 AM Berlin"));
    QCOMPARE(text(0, TasksModel::Finish),
             QStringLiteral("Mon 9 Mar, 6:00 PM Berlin · late by 5 h"));
}

void TestBacklogPanel::sortsByRealValues()
{
    // Ids as numbers: T-10 after T-2 (as strings it would come before).
    QCOMPARE(shownIds(m_table), (QStringList{"T-1", "T-2", "T-10"}));
    m_table->sortByColumn(TasksModel::Id, Qt::DescendingOrder);
    QCOMPARE(shownIds(m_table), (QStringList{"T-10", "T-2", "T-1"}));
    // Effort in seconds: 0.5 h, 4 h, 8 h.
    m_table->sortByColumn(TasksModel::Effort, Qt::AscendingOrder);
    QCOMPARE(shownIds(m_table), (QStringList{"T-10", "T-2", "T-1"}));
    // Finish instants; none (the backlog task) last.
    m_table->sortByColumn(TasksModel::Finish, Qt::AscendingOrder);
    QCOMPARE(shownIds(m_table), (QStringList{"T-1", "T-2", "T-10"}));
    // Equal placements (T-1, T-2 both Mon 09:00Z) keep plan order.
    m_table->sortByColumn(TasksModel::Placement, Qt::AscendingOrder);
    QCOMPARE(shownIds(m_table), (QStringList{"T-1", "T-2", "T-10"}));
    m_table->sortByColumn(TasksModel::Placement, Qt::DescendingOrder);
    QCOMPARE(shownIds(m_table), (QStringList{"T-10", "T-1", "T-2"}));
    m_table->sortByColumn(TasksModel::Priority, Qt::DescendingOrder);
    QCOMPARE(shownIds(m_table), (QStringList{"T-10", "T-2", "T-1"}));
}

void TestBacklogPanel::filters()
{
    m_panel->setTextFilter(QStringLiteral("ROUNDING")); // title, any case
    QCOMPARE(shownIds(m_table), (QStringList{"T-2"}));
    m_panel->setTextFilter(QStringLiteral("zero-decimal")); // notes
    QCOMPARE(shownIds(m_table), (QStringList{"T-2"}));
    m_panel->setTextFilter(QStringLiteral("t-10")); // id
    QCOMPARE(shownIds(m_table), (QStringList{"T-10"}));
    m_panel->setTextFilter(QStringLiteral("nothing like this"));
    QVERIFY(shownIds(m_table).isEmpty());
    QVERIFY(m_table->findChild<QLabel *>(QStringLiteral("emptyTasks"))->isVisible());
    m_panel->setTextFilter(QString());

    m_panel->setStatusFilter(BacklogPanel::StatusFilter::Backlog);
    QCOMPARE(shownIds(m_table), (QStringList{"T-10"}));
    m_panel->setStatusFilter(BacklogPanel::StatusFilter::Placed);
    QCOMPARE(shownIds(m_table), (QStringList{"T-1", "T-2"}));
    m_panel->setStatusFilter(BacklogPanel::StatusFilter::Late);
    QCOMPARE(shownIds(m_table), (QStringList{"T-1"}));
    // Both filters at once.
    m_panel->setTextFilter(QStringLiteral("rounding"));
    QVERIFY(shownIds(m_table).isEmpty());
    m_panel->setStatusFilter(BacklogPanel::StatusFilter::All);
    QCOMPARE(shownIds(m_table), (QStringList{"T-2"}));

    // Selecting a task a filter hides shows it again.
    m_panel->selectTask("T-10");
    QCOMPARE(m_panel->selectedTask(), std::string("T-10"));
    QCOMPARE(shownIds(m_table), (QStringList{"T-1", "T-2", "T-10"}));
}

void TestBacklogPanel::dragCarriesTheTaskId()
{
    QAbstractItemModel *model = m_table->model();
    QVERIFY(model->flags(model->index(1, 0)) & Qt::ItemIsDragEnabled);
    QCOMPARE(model->mimeTypes(), QStringList{QString::fromLatin1(taskMimeType)});
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(1, TasksModel::Title)}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(QStringLiteral("application/x-sunrelay-task-id")));
    QCOMPARE(mime->data(QStringLiteral("application/x-sunrelay-task-id")), QByteArray("T-2"));
    QCOMPARE(taskIdFrom(mime.get()), std::optional<std::string>("T-2"));

    // The contract's edges: ids in UTF-8, nothing from other drags.
    std::unique_ptr<QMimeData> unicode(taskMimeData("Tâche-7"));
    QCOMPARE(taskIdFrom(unicode.get()), std::optional<std::string>("Tâche-7"));
    QCOMPARE(taskIdFrom(nullptr), std::nullopt);
    QMimeData text;
    text.setText(QStringLiteral("T-2"));
    QCOMPARE(taskIdFrom(&text), std::nullopt);
    QMimeData empty;
    empty.setData(QString::fromLatin1(taskMimeType), QByteArray());
    QCOMPARE(taskIdFrom(&empty), std::nullopt);
}

void TestBacklogPanel::dropFromTheTimelineAsksToUnplace()
{
    QSignalSpy unplace(m_panel.get(), &BacklogPanel::unplaceRequested);
    const QPointF inside(m_panel->width() / 2.0, m_panel->height() / 2.0);
    const auto drop = [&](const std::string &id) {
        std::unique_ptr<QMimeData> mime(taskMimeData(id));
        QDragEnterEvent enter(inside.toPoint(),
                              Qt::MoveAction,
                              mime.get(),
                              Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(m_panel.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(inside, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_panel.get(), &dropped);
        return dropped.isAccepted();
    };
    QVERIFY(drop("T-2"));
    QCOMPARE(unplace.count(), 1);
    QCOMPARE(unplace.at(0).at(0).value<std::string>(), std::string("T-2"));
    QCOMPARE(m_panel->selectedTask(), std::string("T-2"));
    // A backlog task and an unknown id are refused.
    QVERIFY(!drop("T-10"));
    QVERIFY(!drop("T-404"));
    QCOMPARE(unplace.count(), 1);
    // The panel asked; the plan is unchanged until the window acts on it.
    QVERIFY(m_document->plan().tasks[1].isPlaced());
}

void TestBacklogPanel::buttonsFollowTheSelection()
{
    auto *edit = byName<QToolButton>(m_panel.get(), QStringLiteral("Edit…"));
    auto *remove = byName<QToolButton>(m_panel.get(), QStringLiteral("Delete"));
    auto *place = byName<QToolButton>(m_panel.get(), QStringLiteral("Place at…"));
    auto *unplace = byName<QToolButton>(m_panel.get(), QStringLiteral("Unplace"));
    QVERIFY(edit && remove && place && unplace);
    QVERIFY(!edit->isEnabled() && !remove->isEnabled() && !place->isEnabled());
    QSignalSpy selected(m_panel.get(), &BacklogPanel::selectedTaskChanged);
    m_panel->selectTask("T-10");
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).value<std::string>(), std::string("T-10"));
    QVERIFY(edit->isEnabled() && remove->isEnabled() && place->isEnabled());
    QVERIFY(!unplace->isEnabled()); // in the backlog already
    QTest::mouseClick(m_table->viewport(),
                      Qt::LeftButton,
                      {},
                      m_table->visualRect(m_table->model()->index(0, 1)).center());
    QCOMPARE(m_panel->selectedTask(), std::string("T-1"));
    QVERIFY(unplace->isEnabled());
    // The Delete key asks to delete the selected task.
    QSignalSpy deleted(m_panel.get(), &BacklogPanel::taskDeleted);
    QTest::keyClick(m_table, Qt::Key_Delete);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.at(0).at(0).value<std::string>(), std::string("T-1"));
}

void TestBacklogPanel::editStepsThroughTheWindow()
{
    const QString path = m_document->filePath();
    m_panel.reset();
    m_document.reset();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // shortcuts need an active window
    QVERIFY(window.openPath(path));
    auto *backlog = window.findChild<BacklogPanel *>(QStringLiteral("backlog"));
    QVERIFY(backlog);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("backlogDock"));
    QVERIFY(dock && dock->isVisible());
    QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    PlanDocument *document = window.document();
    QUndoStack *stack = document->undoStack();
    const Plan original = document->plan();

    // Add: Plan > New Task… opens the dialog with the next id.
    QAction *newTask = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("New &Task…"))
            newTask = action;
    QVERIFY(newTask);
    QTimer::singleShot(0, &window, [] {
        auto *dialog = qobject_cast<TaskDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        byName<QLineEdit>(dialog, QStringLiteral("Title"))
            ->setText(QStringLiteral("Draft the drill"));
        byName<QLineEdit>(dialog, QStringLiteral("Effort in hours"))->setText(QStringLiteral("2"));
        dialog->accept();
    });
    newTask->trigger();
    QCOMPARE(document->plan().tasks.size(), std::size_t(4));
    QCOMPARE(document->plan().tasks.back().id, std::string("T-11"));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Add task Draft the drill"));
    QCOMPARE(backlog->selectedTask(), std::string("T-11"));
    stack->undo();
    QCOMPARE(document->plan(), original);

    // Edit.
    backlog->selectTask("T-2");
    QTimer::singleShot(0, &window, [] {
        auto *dialog = qobject_cast<TaskDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        byName<QLineEdit>(dialog, QStringLiteral("Title"))
            ->setText(QStringLiteral("Fix JPY rounding"));
        dialog->accept();
    });
    backlog->editSelectedTask();
    QCOMPARE(taskOf(document->plan(), "T-2").title, std::string("Fix JPY rounding"));
    QCOMPARE(stack->undoText(), QStringLiteral("Edit T-2"));
    stack->undo();
    QCOMPARE(document->plan(), original);

    // Delete, with the Delete key; undo puts it back in its place.
    backlog->selectTask("T-2");
    window.activateWindow(); // offscreen, closed dialogs do not hand activation back
    QVERIFY(QTest::qWaitForWindowActive(&window));
    backlog->table()->setFocus();
    QTest::keyClick(backlog->table(), Qt::Key_Delete);
    QCOMPARE(document->plan().tasks.size(), std::size_t(2));
    QCOMPARE(stack->undoText(), QStringLiteral("Delete task Fix invoice rounding"));
    stack->undo();
    QCOMPARE(document->plan(), original);

    // Place at…: T-10 in EMEA, Tue 10 Mar 2026 09:00 in the reference zone
    // (UTC by default) = 09:00Z.
    backlog->selectTask("T-10");
    QTimer::singleShot(0, &window, [] {
        auto *dialog = qobject_cast<PlaceTaskDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        byName<QDateEdit>(dialog, QStringLiteral("Start date"))->setDate(QDate(2026, 3, 10));
        byName<QTimeEdit>(dialog, QStringLiteral("Start time"))->setTime(QTime(9, 0));
        dialog->accept();
    });
    backlog->placeSelectedTask();
    const Task &placed = taskOf(document->plan(), "T-10");
    QCOMPARE(placed.region, std::optional<std::string>("emea"));
    QCOMPARE(placed.start, std::optional<Instant>(utc(2026, 3, 10, 9)));
    QCOMPARE(stack->undoText(), QStringLiteral("Place T-10 in EMEA at Tue 09:00"));
    // Routed at once: Anna is free Tue from 13:00Z (T-2 holds her 09-13),
    // 0.5 h: finish 13:30Z.
    QCOMPARE(backlog->table()->model()->index(2, TasksModel::Finish).data().toString(),
             QStringLiteral("Tue 10 Mar, 13:30 UTC"));
    stack->undo();
    QCOMPARE(document->plan(), original);

    // Unplace.
    backlog->selectTask("T-1");
    backlog->unplaceSelectedTask();
    QVERIFY(!taskOf(document->plan(), "T-1").isPlaced());
    // PlanDocument names the step by the title.
    QCOMPARE(stack->undoText(), QStringLiteral("Unplace T-1"));
    stack->undo();
    QCOMPARE(document->plan(), original);
    QVERIFY(!stack->canUndo()); // each step was one: undoing it left nothing before
}

void TestBacklogPanel::rowsFollowEditsWithoutAReset()
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_table->model());
    QVERIFY(proxy);
    QAbstractItemModel *model = proxy->sourceModel();
    // Qt's own checker of the model contract, on every change that follows.
    QAbstractItemModelTester sourceTester(model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    m_panel->selectTask("T-2");
    QCOMPARE(m_panel->selectedTask(), std::string("T-2"));

    // Placing T-10 (priority 3, after T-2 in service order) changes no
    // other finish: no reset, the selection stays.
    m_document->placeTask("T-10", "emea", utc(2026, 3, 10, 9), QStringLiteral("Place"));
    QCOMPARE(m_panel->selectedTask(), std::string("T-2"));
    // Deleting T-1 frees Anna on Monday: T-2 finishes sooner, and its row
    // says so; undo puts T-1 back in its row.
    m_document->removeTask("T-1");
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(m_panel->selectedTask(), std::string("T-2"));
    const auto finishOf = [&](const std::string &id) {
        const int row = static_cast<TasksModel *>(model)->rowOf(id);
        return model->index(row, TasksModel::Finish).data().toString();
    };
    // T-2 alone: Anna from Mon 09:00Z, 4 h: Mon 13:00Z.
    QVERIFY2(finishOf("T-2").contains(QStringLiteral("Mon 9 Mar, 13:00")),
             qPrintable(finishOf("T-2")));
    m_document->undoStack()->undo();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(static_cast<TasksModel *>(model)->rowOf("T-1"), 0);
    // Behind T-1 again: Tue 10 Mar 13:00Z.
    QVERIFY2(finishOf("T-2").contains(QStringLiteral("Tue 10 Mar, 13:00")),
             qPrintable(finishOf("T-2")));
    QCOMPARE(m_panel->selectedTask(), std::string("T-2"));
    QCOMPARE(resets.count(), 0);
}

QTEST_MAIN(TestBacklogPanel)
#include "tst_backlog_panel.moc"
