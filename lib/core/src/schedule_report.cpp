#include "sunrelay/core/schedule_report.h"

namespace sunrelay
{

namespace
{
IntervalSet intersectingUnclipped(const IntervalSet &set, const Interval &window)
{
    std::vector<Interval> kept;
    for (const Interval &interval : set.intervals())
        if (interval.intersects(window))
            kept.push_back(interval);
    return IntervalSet(std::move(kept));
}
} // namespace

Interval dayWindow(date::sys_days first, date::sys_days last)
{
    return {Instant{first}, Instant{last + date::days{1}}};
}

ScheduleReport reportSchedule(const Plan &plan, const Interval &window)
{
    ScheduleReport report;
    report.window = window;
    report.schedule = computeSchedule(plan, withMargin(window));
    const TeamSchedule &schedule = report.schedule;
    for (const MemberSchedule &member : schedule.members)
        report.members.push_back({intersectingUnclipped(member.work, window),
                                  intersectingUnclipped(member.deepWork, window),
                                  intersectingUnclipped(member.comms, window)});
    for (const IntervalSet &coverage : schedule.coverage)
        report.coverage.push_back(coverage.clipped(window));
    report.gaps = gaps(schedule).clipped(window);
    for (Overlap overlap : overlaps(schedule)) {
        if (!overlap.interval.intersects(window))
            continue;
        overlap.interval = intersection(overlap.interval, window);
        report.overlaps.push_back(std::move(overlap));
    }
    for (const Handoff &handoff : computeHandoffs(plan, schedule))
        if (window.contains(handoff.at))
            report.handoffs.push_back(handoff);
    return report;
}

} // namespace sunrelay
