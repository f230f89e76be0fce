#pragma once

// Time zones between the engine and libical.
//  - Export: the VTIMEZONE of an IANA zone, written from the engine's own tz
//    database (date/tz on the system zoneinfo) with the plain IANA id as
//    TZID, never from libical's builtin zones (trimming those lost changes:
//    Asuncion 2024, Cairo, Gaza, Hebron came out an hour off).
//  - Import: a TZID of a file resolved to something that turns a wall-clock
//    reading into an instant under the engine's DST rule (local_time.h).

#include "libical_ptr.h"

#include "sunrelay/core/interval.h"
#include "sunrelay/core/local_time.h"

#include <map>
#include <optional>
#include <string>
#include <variant>

namespace sunrelay::ical::detail
{

// An instant as a UTC icaltimetype ("...Z").
icaltimetype utcTime(Instant t);
// A wall-clock reading as a floating icaltimetype (the TZID, if any, is a
// parameter of the property, so libical never applies a zone of its own).
icaltimetype readingTime(LocalTime local);

// The zone's VTIMEZONE for events from span.start to span.end: one STANDARD
// or DAYLIGHT component per change of the tz database, from the last change
// at or before span.start through the last one at or before span.end, each
// with DTSTART (the change's reading on the clock before it), TZOFFSETFROM,
// TZOFFSETTO and TZNAME. A client reading only this VTIMEZONE turns every
// reading in the span into the engine's instant.
//  - DAYLIGHT only for a DST the clocks sprang forward into; negative DST
//    (Europe/Dublin's winter, Africa/Casablanca's Ramadan) is STANDARD.
//  - If the first of them is DAYLIGHT, the change before it is written too,
//    so there is always a STANDARD component (Python's icalendar needs one).
//  - A state older than 1970 (Asia/Kolkata since 1945; UTC) is one STANDARD
//    component from 1970-01-01 with TZOFFSETFROM = TZOFFSETTO.
// Example (America/New_York, span 2026-04-01..2026-04-30):
//   STANDARD 20251102T020000 -0400 -> -0500 EST,
//   DAYLIGHT 20260308T020000 -0500 -> -0400 EDT
ComponentPtr vtimezoneFor(const TimeZone &zone, const Interval &span);

// A zone read from a file: an IANA zone of the tz database, or the file's own
// VTIMEZONE (Outlook's "W. Europe Standard Time").
class FileZone
{
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
