#include "gui/timeline/task_tooltip.h"

#include "gui/tasks/route_text.h"
#include "gui/tasks/task_text.h"
#include "gui/timeline/task_painter.h"
#include "gui/timeline/timeline_view.h"

namespace sunrelay::gui
{

// A bar: the task, this stretch in the member's zone and the reference, the
// handoff that ends it (with its note) and the finish. A pin: where it was
// placed and, if later, when it is first picked up.
QString taskTooltip(const Plan &plan,
                    const PlanRoutes &routes,
                    const std::vector<Handoff> &handoffs,
                    const TaskLayout &layout,
                    const QPointF &pos,
                    const TimeZone &reference,
                    ClockStyle clock)
{
    const auto routeOf = [&](std::size_t task) -> const TaskRoute * {
        for (const TaskRoute &route : routes.routes)
            if (route.task == task)
                return &route;
        return nullptr;
    };
    if (const TaskBar *bar = taskBarAt(layout, pos)) {
        const Task &task = plan.tasks[bar->task];
        const TaskRoute *route = routeOf(bar->task);
        if (!route)
            return {};
        const RouteSegment &segment = route->segments[bar->segment];
        QString text = taskLabel(task) + u'\n' + segmentText(plan, segment, reference, clock);
        for (std::size_t h = 0; h < route->handoffs.size(); ++h)
            if (route->handoffs[h].at == segment.interval.end) {
                text += u'\n'
                    //: Task tooltip, last line: the handoff that ends this part of the route; %1
                    //: describes it ("EMEA → AMER at 17:00 …")
                    + TimelineView::tr("Then: %1")
                          .arg(routeHandoffText(plan,
                                                *route,
                                                h,
                                                regionHandoff(handoffs, route->handoffs[h]),
                                                reference,
                                                clock));
                if (const QString note = noteLine(plan, *route, h); !note.isEmpty())
                    //: Task tooltip line: the handoff note; %1 is its text
                    text += u'\n' + TimelineView::tr("Note: %1").arg(note);
                break;
            }
        text += u'\n' + finishText(plan, *route, routes.horizon, reference, clock);
        if (const auto late = lateBy(task, route))
            text += u'\n' + TimelineView::tr("Misses its deadline by %1.").arg(durationText(*late));
        return text;
    }
    if (const TaskPin *found = taskPinAt(layout, pos)) {
        const TaskPin &pin = *found;
        const Task &task = plan.tasks[pin.task];
        //: Tooltip of a pinned task start; %1 is the task, %2 the region it is placed in
        QString text = TimelineView::tr("%1\nPlaced in %2")
                           .arg(taskLabel(task), placementText(plan, task, reference, clock));
        if (pin.pickup) {
            const TaskRoute *route = routeOf(pin.task);
            if (route && route->start)
                text += u'\n'
                    + TimelineView::tr(
                          "Nobody is free to take it then: first picked up "
                          "%1 (waits %2)")
                          .arg(dateTimeText(*route->start, reference, clock),
                               durationText(*route->start - *task.start));
        }
        return text;
    }
    return {};
}

} // namespace sunrelay::gui
