#include "gui/timeline/time_cursor.h"

#include "gui/timeline/timeline_view.h"

#include <QStringList>

namespace sunrelay::gui
{

HoldersAt holdersAt(const Plan &plan, const std::vector<TaskRoute> &routes, Instant t)
{
    HoldersAt holders;
    holders.byMember.resize(plan.members.size());
    holders.waitingInRegion.resize(plan.regions.size());
    for (const TaskRoute &route : routes) {
        const Task &task = plan.tasks[route.task];
        if (t < *task.start || (route.finish && t >= *route.finish))
            continue;
        bool held = false;
        std::optional<std::size_t> waitingFor;
        for (const RouteSegment &segment : route.segments) {
            if (segment.interval.contains(t)) {
                holders.byMember[segment.member].push_back(route.task);
                held = true;
                break;
            }
            if (segment.interval.start > t) {
                waitingFor = segment.region; // the next region to work it
                break;
            }
        }
        if (held)
            continue;
        // Not yet picked up, or between segments, or past the last one of a
        // route the horizon cut: it waits in the region that works it next,
        // else where it started.
        if (!waitingFor && route.segments.empty())
            waitingFor = plan.regionIndex(*task.region);
        if (!waitingFor && !route.segments.empty() && !route.finish)
            waitingFor =
                route.handoffs.empty() ? route.segments.back().region : route.handoffs.back().to;
        if (waitingFor)
            holders.waitingInRegion[*waitingFor].push_back(route.task);
    }
    return holders;
}

QString timeCursorLabel(const Plan &plan,
                        const HoldersAt &holders,
                        const TimelineRow &row,
                        Instant t,
                        ClockStyle clock)
{
    QStringList ids;
    const auto &tasks = row.kind == RowKind::Member ? holders.byMember[row.index]
                                                    : holders.waitingInRegion[row.index];
    for (const std::size_t task : tasks)
        ids << QString::fromStdString(plan.tasks[task].id);
    if (row.kind == RowKind::Region && ids.isEmpty())
        return {};
    if (row.kind == RowKind::Region)
        //: Time cursor, on a region's row: the tasks waiting in the region at that moment, held
        //: by no member; %1 lists their ids ("T-12, T-14")
        return TimelineView::tr("%1 waits", "", int(ids.size()))
            .arg(ids.join(QStringLiteral(", ")));
    const TimeZone &zone = plan.members[row.index].zone;
    const QString local =
        //: A weekday and a clock time: "Mon 09:00"
        TimelineView::tr("%1 %2").arg(weekdayText(t, zone), clockText(t, zone, clock));
    return ids.isEmpty() ? local
                         //: A member's local time and the tasks waiting: "Mon 09:00 · T-1, T-2
                         //: waits"
                         : TimelineView::tr("%1 · %2").arg(local, ids.join(QStringLiteral(", ")));
}

} // namespace sunrelay::gui
