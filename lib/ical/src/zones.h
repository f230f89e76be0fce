#pragma once

// Time zones between the engine and libical.
//  - Export: the VTIMEZONE of an IANA zone, from the system zoneinfo that
//    libical reads (the same files as the engine's tz database), with the
//    plain IANA id as TZID.
//  - Import: a TZID of a file resolved to something that turns a wall-clock
//    reading into an instant under the engine's DST rule (local_time.h).

#include "libical_ptr.h"

#include "sunrelay/core/interval.h"
#include "sunrelay/core/local_time.h"

#include <map>
#include <optional>
#include <string>
#include <variant>

namespace sunrelay::ical::detail {

// The zone's VTIMEZONE truncated to `span`; null if libical has no zoneinfo
// for it.
ComponentPtr vtimezoneFor(const TimeZone &zone, const Interval &span);

// A zone read from a file: an IANA zone of the tz database, or the file's own
// VTIMEZONE (Outlook's "W. Europe Standard Time").
class FileZone {
public:
    explicit FileZone(const TimeZone &zone)
        : m_zone(LocalTimeResolver(zone))
    {
    }
    explicit FileZone(icaltimezone *zone) // owned by the caller
        : m_zone(zone)
    {
    }

    LocalTimeLookup resolve(LocalTime local);
    // The wall-clock reading of an instant.
    LocalTime localOf(Instant t) const;

private:
    std::variant<LocalTimeResolver, icaltimezone *> m_zone;
};

// The IANA zone a TZID names: as written, or after a path prefix such as
// "/freeassociation.sourceforge.net/" or "/mozilla.org/20050126_1/".
std::optional<TimeZone> ianaZoneOf(const std::string &tzid);

// The RFC 5545 rule for a zone known only by its UTC offsets.
LocalTimeLookup resolveWithOffsets(icaltimezone *zone, LocalTime local);

} // namespace sunrelay::ical::detail
