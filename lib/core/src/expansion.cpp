#include "sunrelay/core/expansion.h"

#include <algorithm>

namespace sunrelay
{

namespace
{
bool isTimeOff(LocalDate date, const std::vector<DateRange> &timeOff)
{
    return std::any_of(timeOff.begin(), timeOff.end(), [date](const DateRange &off) {
        return off.contains(date);
    });
}

// The one loop over instances behind both expansions.
template<typename Visit>
void forEachInstance(const WeeklyPattern &pattern,
                     LocalTimeResolver &resolver,
                     LocalDate first,
                     LocalDate last,
                     const std::vector<DateRange> &timeOff,
                     Visit &&visit)
{
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
            visit(ExpandedRange{date,
                                i,
                                resolver.resolve(range.localStart(date)),
                                resolver.resolve(range.localEnd(date))});
        }
    }
}

} // namespace

std::vector<ExpandedRange> expandInstances(const WeeklyPattern &pattern,
                                           LocalTimeResolver &resolver,
                                           LocalDate first,
                                           LocalDate last,
                                           const std::vector<DateRange> &timeOff)
{
    std::vector<ExpandedRange> result;
    forEachInstance(pattern, resolver, first, last, timeOff, [&](const ExpandedRange &instance) {
        result.push_back(instance);
    });
    return result;
}

IntervalSet expand(const WeeklyPattern &pattern,
                   LocalTimeResolver &resolver,
                   LocalDate first,
                   LocalDate last,
                   const std::vector<DateRange> &timeOff)
{
    std::vector<Interval> intervals;
    forEachInstance(pattern, resolver, first, last, timeOff, [&](const ExpandedRange &instance) {
        intervals.push_back({instance.start.instant, instance.end.instant});
    });
    return IntervalSet(std::move(intervals));
}

} // namespace sunrelay
