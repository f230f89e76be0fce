#include "sunrelay/core/local_time.h"

namespace sunrelay
{

namespace
{
// Larger than any jump of a UTC offset in the tz database (Samoa skipped a whole
// day in 2011), so a reading this far from a period's ends is unambiguous.
constexpr Seconds offsetJumpBound = std::chrono::hours{26};
} // namespace

LocalTimeLookup applyDstRule(LocalTime local, const date::local_info &info)
{
    // For both nonexistent and ambiguous readings, info.first is the period
    // before the transition: its offset reads a skipped time "with the offset
    // before the gap" and picks the first of two occurrences.
    const Instant instant{local.time_since_epoch() - info.first.offset};
    switch (info.result) {
    case date::local_info::nonexistent:
        return {instant, LocalTimeKind::Skipped};
    case date::local_info::ambiguous:
        return {instant, LocalTimeKind::Repeated};
    default:
        return {instant, LocalTimeKind::Unique};
    }
}

LocalTimeLookup resolveLocalTime(const TimeZone &zone, LocalTime local)
{
    return applyDstRule(local, zone.tz().get_info(local));
}

LocalTimeResolver::LocalTimeResolver(const TimeZone &zone)
    : m_zone(zone)
{
}

LocalTimeLookup LocalTimeResolver::resolve(LocalTime local)
{
    if (m_safeBegin <= local && local < m_safeEnd)
        return {Instant{local.time_since_epoch() - m_offset}, LocalTimeKind::Unique};

    const date::local_info info = m_zone.tz().get_info(local);
    if (info.result == date::local_info::unique) {
        const date::sys_info &period = info.first;
        m_offset = period.offset;
        // Saturate near the ends of time instead of overflowing.
        const auto far = Instant::max() - offsetJumpBound - std::chrono::hours{48};
        const Instant begin = period.begin < Instant::min() + std::chrono::hours{48}
            ? Instant::min() + std::chrono::hours{48}
            : period.begin;
        const Instant end = period.end > far ? far : period.end;
        m_safeBegin = LocalTime{begin.time_since_epoch() + m_offset + offsetJumpBound};
        m_safeEnd = LocalTime{end.time_since_epoch() + m_offset - offsetJumpBound};
    }
    return applyDstRule(local, info);
}

LocalTime toLocal(const TimeZone &zone, Instant instant)
{
    return zone.tz().to_local(instant);
}

} // namespace sunrelay
