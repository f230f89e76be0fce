#include "sunrelay/core/zone_transition.h"

namespace sunrelay
{

std::vector<ZoneTransition> zoneTransitions(const TimeZone &zone, const Interval &range)
{
    std::vector<ZoneTransition> result;
    if (range.isEmpty())
        return result;
    // The period in force just before the range: a transition exactly at
    // range.start belongs to the range.
    date::sys_info period = zone.tz().get_info(range.start - Seconds{1});
    // The last period of a zone ends at the end of time (date reports
    // sys_seconds::max()), so the loop stops there too.
    while (period.end < range.end && period.end != Instant::max()) {
        const date::sys_info next = zone.tz().get_info(period.end);
        if (next.begin <= period.begin)
            break; // defensive: the database must move forward
        if (next.offset != period.offset && next.begin >= range.start)
            result.push_back({next.begin, period.offset, next.offset, period.abbrev, next.abbrev});
        period = next;
    }
    return result;
}

std::optional<ZoneTransition> nextTransition(const TimeZone &zone, Instant after)
{
    date::sys_info period = zone.tz().get_info(after);
    while (period.end != Instant::max()) {
        const date::sys_info next = zone.tz().get_info(period.end);
        if (next.begin <= period.begin)
            break;
        if (next.offset != period.offset)
            return ZoneTransition{next.begin,
                                  period.offset,
                                  next.offset,
                                  period.abbrev,
                                  next.abbrev};
        period = next;
    }
    return std::nullopt;
}

} // namespace sunrelay
