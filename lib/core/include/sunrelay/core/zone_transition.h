#pragma once

// ZoneTransition: an instant at which a zone's UTC offset changes, such as the
// start or end of daylight-saving time, with the offsets and abbreviations on
// either side, as the tz database records them.
//
// Only changes of the offset count: the tz database also starts new periods
// where just the abbreviation or the rule name changes, and no clock moves
// there.
//
// The system tz database is read by date 3.0.1, which does not extend a zone's
// rules past the last transition stored in its file (2037): no transitions are
// reported after that.
//
// Example (Europe/Berlin, clocks go 02:00 CET -> 03:00 CEST):
//   nextTransition(berlin, 2026-03-01T00:00Z)
//       == ZoneTransition{2026-03-29T01:00Z, +1h, +2h, "CET", "CEST"}
// Example (Asia/Kolkata has had +5:30 since 1945):
//   zoneTransitions(kolkata, {2026-01-01T00:00Z, 2027-01-01T00:00Z}).empty()

#include "sunrelay/core/instant.h"
#include "sunrelay/core/interval.h"
#include "sunrelay/core/time_zone.h"

#include <optional>
#include <string>
#include <vector>

namespace sunrelay
{

struct ZoneTransition {
    Instant at; // the first instant with offsetAfter
    Seconds offsetBefore{0};
    Seconds offsetAfter{0};
    std::string abbreviationBefore; // "CET"; some zones use "+0530"
    std::string abbreviationAfter;

    // How far the clocks move: +1 h when they go forward.
    Seconds change() const { return offsetAfter - offsetBefore; }
    // The wall-clock reading just before the change, and the one it becomes.
    LocalTime localBefore() const { return LocalTime{at.time_since_epoch() + offsetBefore}; }
    LocalTime localAfter() const { return LocalTime{at.time_since_epoch() + offsetAfter}; }

    bool operator==(const ZoneTransition &) const = default;
};

// The transitions of `zone` with `at` in [range.start, range.end), in order.
std::vector<ZoneTransition> zoneTransitions(const TimeZone &zone, const Interval &range);

// The first transition of `zone` strictly after `after`; nullopt if the tz
// database knows none.
std::optional<ZoneTransition> nextTransition(const TimeZone &zone, Instant after);

} // namespace sunrelay
