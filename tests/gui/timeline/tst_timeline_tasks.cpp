// Placed tasks on the world timeline (gui/timeline/timeline_view.h), driven
// as a user would on the demo plan: dropping a backlog task onto a region's
// row, moving a placed one along the timeline and to another region,
// unplacing it, the keyboard path, and the time cursor. The view is wired to
// the document as the main window wires it; what is drawn is checked against
// core's routing (routePlan), computed independently of the view.

#include "gui/document/plan_document.h"
#include "gui/tasks/task_mime.h"
#include "gui/tasks/task_text.h"
#include "gui/timeline/time_cursor.h"
#include "gui/timeline/timeline_view.h"

#include "../gui_test_support.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::demoPlan;
using sunrelay::guitest::utc;

namespace
{

const Instant monday = utc(2026, 11, 30);
const Interval week{monday, monday + Seconds{7 * 86400}};

void sendMouse(QWidget *target,
               QEvent::Type type,
               QPoint pos,
               Qt::MouseButton button,
               Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type,
                      QPointF(pos),
                      QPointF(target->mapToGlobal(pos)),
                      button,
                      buttons,
                      modifiers);
    QApplication::sendEvent(target, &event);
}

void drag(QWidget *viewport, QPoint from, QPoint to)
{
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step)
        sendMouse(viewport,
                  QEvent::MouseMove,
                  from + (to - from) * step / 4,
                  Qt::NoButton,
                  Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

// A drag from another widget (the backlog) entering, moving over and
// dropped on the timeline at `at`.
bool dropTask(QWidget *viewport, const std::string &taskId, QPoint at)
{
    std::unique_ptr<QMimeData> mime(taskMimeData(taskId));
    QDragEnterEvent enter(at,
                          Qt::MoveAction | Qt::CopyAction,
                          mime.get(),
                          Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at,
                        Qt::MoveAction | Qt::CopyAction,
                        mime.get(),
                        Qt::LeftButton,
                        Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(at),
                    Qt::MoveAction | Qt::CopyAction,
                    mime.get(),
                    Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

} // namespace

class TestTimelineTasks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void dropOnARegionRowPlacesAndRoutes();
    void dropWhereNobodyCoversShowsTheRealStart();
    void moveAlongTheTimelineAndToAnotherRegion();
    void deleteAndKeyboardMoves();
    void timeCursorNamesWhoHoldsEachTask();

private:
    const Task &task(const std::string &id) const
    {
        for (const Task &t : m_document->plan().tasks)
            if (t.id == id)
                return t;
        qFatal("no task %s", id.c_str());
    }
    std::size_t taskIndex(const std::string &id) const
    {
        return std::size_t(&task(id) - m_document->plan().tasks.data());
    }
    std::vector<TaskBar> barsOf(const std::string &id) const
    {
        std::vector<TaskBar> bars;
        for (const TaskBar &bar : m_view->taskLayout().bars)
            if (bar.task == taskIndex(id))
                bars.push_back(bar);
        return bars;
    }
    QPoint at(const std::string &regionId, Instant t) const
    {
        return QPoint(int(std::lround(m_view->xOf(t))),
                      m_view->regionRowRect(regionId).center().y());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineTasks::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_dir = std::make_unique<QTemporaryDir>();
    auto created =
        PlanDocument::create(m_dir->filePath(QStringLiteral("demo.sunrelay")), demoPlan());
    QVERIFY(created);
    m_document = std::move(created).value();
    m_view = std::make_unique<TimelineView>(m_document.get());
    // As the main window wires them (names in UTC, the view's zone).
    PlanDocument *document = m_document.get();
    connect(m_view.get(),
            &TimelineView::taskPlaced,
            document,
            [document](const std::string &id, const std::string &region, Instant start) {
                const Plan &plan = document->plan();
                for (const Task &t : plan.tasks)
                    if (t.id == id)
                        document->placeTask(id,
                                            region,
                                            start,
                                            placeStepText(plan,
                                                          t,
                                                          region,
                                                          start,
                                                          TimeZone::utc(),
                                                          ClockStyle::TwentyFourHour));
            });
    connect(m_view.get(),
            &TimelineView::taskUnplaceRequested,
            document,
            &PlanDocument::unplaceTask);
    m_view->resize(1400, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setVisibleRange(week);
}

void TestTimelineTasks::cleanup()
{
    m_view.reset();
    m_document.reset();
    m_dir.reset();
}

void TestTimelineTasks::dropOnARegionRowPlacesAndRoutes()
{
    QVERIFY(!task("T-13").isPlaced());
    QVERIFY(barsOf("T-13").empty());
    QUndoStack *stack = m_document->undoStack();
    const int before = stack->count();
    // Tue 1 Dec 09:00Z on EMEA's row; the pointer lands within a few minutes
    // of it (a week over ~1200 px) and the drop snaps to the quarter hour.
    QVERIFY(dropTask(m_view->viewport(), "T-13", at("emea", utc(2026, 12, 1, 9))));
    QCOMPARE(task("T-13").region, std::optional<std::string>("emea"));
    QCOMPARE(task("T-13").start, std::optional<Instant>(utc(2026, 12, 1, 9)));
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Place T-13 in EMEA at Tue 09:00"));
    QCOMPARE(m_view->selectedTask(), std::optional<std::string>("T-13"));

    // What is drawn is core's route: one bar per segment in view, on the row
    // of the member who works it, spanning the segment's instants.
    const PlanRoutes routes = routePlan(m_document->plan());
    const auto route =
        std::find_if(routes.routes.begin(), routes.routes.end(), [&](const TaskRoute &r) {
            return r.task == taskIndex("T-13");
        });
    QVERIFY(route != routes.routes.end());
    QVERIFY(!route->segments.empty());
    std::size_t inView = 0;
    for (const RouteSegment &segment : route->segments)
        inView += segment.interval.intersects(week) ? 1 : 0;
    const std::vector<TaskBar> bars = barsOf("T-13");
    QCOMPARE(bars.size(), inView);
    for (const TaskBar &bar : bars) {
        const RouteSegment &segment = route->segments[bar.segment];
        QCOMPARE(bar.interval, segment.interval);
        const QRect row = m_view->memberRowRect(m_document->plan().members[segment.member].id);
        QVERIFY(row.contains(bar.rect.center().toPoint()));
        QVERIFY(std::abs(bar.rect.left()
                         - std::max(m_view->xOf(segment.interval.start),
                                    double(m_view->headerWidth()) - 4))
                < 0.5);
    }

    stack->undo();
    QVERIFY(!task("T-13").isPlaced());
    QVERIFY(barsOf("T-13").empty());
    stack->redo();
    QCOMPARE(barsOf("T-13").size(), inView);
}

void TestTimelineTasks::dropWhereNobodyCoversShowsTheRealStart()
{
    // Saturday 5 Dec 12:00Z: nobody in EMEA works weekends, so the task
    // waits for Monday; the pin keeps the planned start and runs to the
    // first pickup.
    QVERIFY(dropTask(m_view->viewport(), "T-14", at("emea", utc(2026, 12, 5, 12))));
    QCOMPARE(task("T-14").start, std::optional<Instant>(utc(2026, 12, 5, 12)));
    const TaskRoute *route = m_document->routeOf("T-14");
    QVERIFY(route && route->start);
    QVERIFY(*route->start >= utc(2026, 12, 7)); // Monday, at the earliest
    const TaskLayout layout = m_view->taskLayout();
    const auto pin = std::find_if(layout.pins.begin(), layout.pins.end(), [&](const TaskPin &p) {
        return p.task == taskIndex("T-14");
    });
    QVERIFY(pin != layout.pins.end());
    QVERIFY(pin->pickup);
    QCOMPARE(pin->pickup->x(), m_view->xOf(*route->start));
}

void TestTimelineTasks::moveAlongTheTimelineAndToAnotherRegion()
{
    // T-1 starts in EMEA Mon 30 Nov 08:00Z. Grab its first bar and drag it
    // six hours right (an hour is only ~7 px here, less than a drag needs):
    // it starts six hours later, wherever on the bar it was grabbed.
    QCOMPARE(task("T-1").start, std::optional<Instant>(utc(2026, 11, 30, 8)));
    const std::vector<TaskBar> bars = barsOf("T-1");
    QVERIFY(!bars.empty());
    const QPoint grab = bars.front().rect.center().toPoint();
    const int sixHours =
        int(std::lround(m_view->xOf(utc(2026, 11, 30, 14)) - m_view->xOf(utc(2026, 11, 30, 8))));
    drag(m_view->viewport(), grab, grab + QPoint(sixHours, 0));
    QCOMPARE(task("T-1").start, std::optional<Instant>(utc(2026, 11, 30, 14)));
    QCOMPARE(task("T-1").region, std::optional<std::string>("emea"));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Move T-1 to EMEA at Mon 14:00"));

    // Then onto AMER's row at the same time: another region, same start.
    const std::vector<TaskBar> moved = barsOf("T-1");
    const QPoint from = moved.front().rect.center().toPoint();
    drag(m_view->viewport(), from, QPoint(from.x(), m_view->regionRowRect("amer").center().y()));
    QCOMPARE(task("T-1").region, std::optional<std::string>("amer"));
    QCOMPARE(task("T-1").start, std::optional<Instant>(utc(2026, 11, 30, 14)));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(task("T-1").start, std::optional<Instant>(utc(2026, 11, 30, 8)));
    QCOMPARE(task("T-1").region, std::optional<std::string>("emea"));
}

void TestTimelineTasks::deleteAndKeyboardMoves()
{
    m_view->setFocus();
    m_view->setSelectedTask("T-1");
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(task("T-1").start, std::optional<Instant>(utc(2026, 11, 30, 8, 15)));
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(task("T-1").start, std::optional<Instant>(utc(2026, 11, 30, 8, 16)));
    // Regions in order APAC, EMEA, AMER: Ctrl+Down goes to AMER.
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(task("T-1").region, std::optional<std::string>("amer"));
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QVERIFY(!task("T-1").isPlaced());
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Unplace T-1"));
    m_document->undoStack()->undo();
    QCOMPARE(task("T-1").region, std::optional<std::string>("amer"));
    QCOMPARE(task("T-1").start, std::optional<Instant>(utc(2026, 11, 30, 8, 16)));
}

void TestTimelineTasks::timeCursorNamesWhoHoldsEachTask()
{
    const Plan &plan = m_document->plan();
    const PlanRoutes routes = routePlan(plan);
    // The middle of some task's first segment: its member holds it then, and
    // the member's row says so with their local time.
    const TaskRoute &route = routes.routes.front();
    const RouteSegment &segment = route.segments.front();
    const Instant t = segment.interval.start + segment.interval.length() / 2;
    const HoldersAt holders = holdersAt(plan, routes.routes, t);
    const auto &held = holders.byMember[segment.member];
    QVERIFY(std::find(held.begin(), held.end(), route.task) != held.end());
    const TimelineRow row{RowKind::Member, segment.member, 0, 0};
    const QString label = timeCursorLabel(plan, holders, row, t, ClockStyle::TwentyFourHour);
    QVERIFY2(label.contains(QString::fromStdString(plan.tasks[route.task].id)), qPrintable(label));
    QVERIFY2(
        label.contains(clockText(t, plan.members[segment.member].zone, ClockStyle::TwentyFourHour)),
        qPrintable(label));
    // No one else holds it then.
    for (std::size_t m = 0; m < plan.members.size(); ++m)
        if (m != segment.member)
            QVERIFY(std::find(holders.byMember[m].begin(), holders.byMember[m].end(), route.task)
                    == holders.byMember[m].end());
    // C pins the cursor; C again takes it away.
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_C);
    QVERIFY(m_view->timeCursor());
    QTest::keyClick(m_view.get(), Qt::Key_C);
    QVERIFY(!m_view->timeCursor());
}

QTEST_MAIN(TestTimelineTasks)
#include "tst_timeline_tasks.moc"
