#pragma once

// Turning a wall-clock reading into an instant: the one DST rule.
//
// Sunrelay reads local times exactly as RFC 5545 §3.3.5 does, so calendar
// clients show what Sunrelay shows:
//  - a local time that does not exist (spring-forward gap) is read with the
//    UTC offset in force *before* the gap;
//  - a local time that occurs twice (fall-back) means the *first* occurrence.
// Note that date's choose::earliest differs for the gap: it returns the
// transition instant itself.
//
// Example (America/New_York, 2026-03-08, clocks go 02:00 EST -> 03:00 EDT):
//   resolveLocalTime(ny, 02:30) == {07:30Z, Skipped}   // 02:30 - (-5 h)
//                                                      // = 03:30 EDT
// Example (America/New_York, 2026-11-01, clocks go 02:00 EDT -> 01:00 EST):
//   resolveLocalTime(ny, 01:30) == {05:30Z, Repeated}  // first: 01:30 EDT

#include "sunrelay/core/instant.h"
#include "sunrelay/core/time_zone.h"

namespace sunrelay
{

enum class LocalTimeKind {
    Unique, // the wall clock shows this reading exactly once
    Skipped, // the reading falls into a spring-forward gap
    Repeated, // the reading occurs twice (fall-back)
};

struct LocalTimeLookup {
    Instant instant;
    LocalTimeKind kind = LocalTimeKind::Unique;

    bool operator==(const LocalTimeLookup &) const = default;
};

// The rule, applied to what the tz database says about `local`.
LocalTimeLookup applyDstRule(LocalTime local, const date::local_info &info);

// The one local -> instant conversion of Sunrelay.
LocalTimeLookup resolveLocalTime(const TimeZone &zone, LocalTime local);

// Same answers as resolveLocalTime(), faster for many readings in one zone:
// it remembers the last UTC offset period and only asks the tz database again
// near its ends. Not thread-safe; make one per thread.
class LocalTimeResolver
{
public:
    explicit LocalTimeResolver(const TimeZone &zone);

    LocalTimeLookup resolve(LocalTime local);
    const TimeZone &zone() const { return m_zone; }

private:
    TimeZone m_zone;
    // Readings in [m_safeBegin, m_safeEnd) are unique and have m_offset.
    LocalTime m_safeBegin{};
    LocalTime m_safeEnd{};
    Seconds m_offset{0};
};

// The local reading of an instant in a zone.
LocalTime toLocal(const TimeZone &zone, Instant instant);

} // namespace sunrelay
