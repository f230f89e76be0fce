#include "sunrelay/core/daily_coverage.h"

#include "sunrelay/core/local_time.h"
#include "sunrelay/core/schedule_report.h"

#include <algorithm>

namespace sunrelay
{

namespace
{
// The total length of `set`'s intervals inside `window`.
Seconds lengthWithin(const IntervalSet &set, const Interval &window)
{
    Seconds total{0};
    for (const Interval &interval : set.intersecting(window))
        total += intersection(interval, window).length();
    return total;
}
} // namespace

double DailyCoverage::coveredShare() const
{
    const auto length = day.length().count();
    return length > 0 ? double(covered.count()) / double(length) : 0.0;
}

Interval localDay(const TimeZone &zone, LocalDate date)
{
    return {resolveLocalTime(zone, LocalTime{date}).instant,
            resolveLocalTime(zone, LocalTime{date + date::days{1}}).instant};
}

std::vector<DailyCoverage> dailyCoverage(const Plan &plan,
                                         const TimeZone &reference,
                                         LocalDate first,
                                         LocalDate last,
                                         const std::vector<TaskRoute> &routes)
{
    std::vector<DailyCoverage> days;
    if (last < first)
        return days;
    const Interval window{localDay(reference, first).start, localDay(reference, last).end};
    const ScheduleReport report = reportSchedule(plan, window);

    // Segments sorted by start so each day only looks at the ones near it.
    std::vector<RouteSegment> segments;
    for (const TaskRoute &route : routes)
        for (const RouteSegment &segment : route.segments)
            if (segment.interval.intersects(window) && segment.region < plan.regions.size())
                segments.push_back(segment);
    std::sort(segments.begin(), segments.end(), [](const RouteSegment &a, const RouteSegment &b) {
        return a.interval.start < b.interval.start;
    });
    Seconds longestSegment{0};
    for (const RouteSegment &segment : segments)
        longestSegment = std::max(longestSegment, segment.interval.length());

    auto handoff = report.handoffs.begin(); // sorted by `at`
    auto segment = segments.begin(); // first that may reach the day
    for (LocalDate date = first; date <= last; date += date::days{1}) {
        DailyCoverage entry;
        entry.date = date;
        entry.day = localDay(reference, date);
        entry.gap = lengthWithin(report.gaps, entry.day);
        entry.covered = entry.day.length() - entry.gap;

        Seconds waits{0};
        for (; handoff != report.handoffs.end() && handoff->at < entry.day.end; ++handoff) {
            if (handoff->at < entry.day.start || handoff->kind != HandoffKind::Gap)
                continue;
            ++entry.gapHandoffs;
            waits += handoff->wait;
        }
        if (entry.gapHandoffs > 0)
            entry.averageWait = waits / static_cast<Seconds::rep>(entry.gapHandoffs);

        entry.regionLoad.assign(plan.regions.size(), Seconds{0});
        while (segment != segments.end()
               && segment->interval.start + longestSegment <= entry.day.start)
            ++segment;
        for (auto s = segment; s != segments.end() && s->interval.start < entry.day.end; ++s)
            entry.regionLoad[s->region] += intersection(s->interval, entry.day).length();
        days.push_back(std::move(entry));
    }
    return days;
}

} // namespace sunrelay
