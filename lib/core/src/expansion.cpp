#include "sunrelay/core/expansion.h"

#include <algorithm>

namespace sunrelay {

namespace {
bool isTimeOff(LocalDate date, const std::vector<DateRange> &timeOff)
{
    return std::any_of(timeOff.begin(), timeOff.end(),
                       [date](const DateRange &off) { return off.contains(date); });
}
} // namespace

std::vector<ExpandedRange> expandInstances(const WeeklyPattern &pattern,
                                           LocalTimeResolver &resolver, LocalDate first,
                                           LocalDate last, const std::vector<DateRange> &timeOff)
{
    std::vector<ExpandedRange> result;
    if (pattern.isEmpty() || last < first)
        return result;
    result.reserve(static_cast<std::size_t>((last - first).count() + 1) * pattern.ranges.size());
    for (LocalDate date = first; date <= last; date += date::days{1}) {
        const date::weekday weekday{date};
        bool checkedTimeOff = false;
        for (std::size_t i = 0; i < pattern.ranges.size(); ++i) {
            const WeeklyRange &range = pattern.ranges[i];
            if (!range.days.contains(weekday))
                continue;
            if (!checkedTimeOff) {
                if (isTimeOff(date, timeOff))
                    break;
                checkedTimeOff = true;
            }
            result.push_back({date, i, resolver.resolve(range.localStart(date)),
                              resolver.resolve(range.localEnd(date))});
        }
    }
    return result;
}

IntervalSet expand(const WeeklyPattern &pattern, LocalTimeResolver &resolver, LocalDate first,
                   LocalDate last, const std::vector<DateRange> &timeOff)
{
    const std::vector<ExpandedRange> instances =
        expandInstances(pattern, resolver, first, last, timeOff);
    std::vector<Interval> intervals;
    intervals.reserve(instances.size());
    for (const ExpandedRange &instance : instances)
        intervals.push_back({instance.start.instant, instance.end.instant});
    return IntervalSet(std::move(intervals));
}

} // namespace sunrelay
