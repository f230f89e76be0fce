#pragma once

// Reading an untrusted calendar file into event occurrences: the shared part
// of the busy-time and holiday imports.
//
// A lexical check first (content lines, BEGIN/END pairs, nesting, number of
// events, size, line length, parameters, list values, overrides), so libical
// never sees a file that would make it guess or take minutes; rules that
// libical would walk minute by minute, or that no date matches, are refused;
// then libical parses, and each VEVENT's recurrence set (RRULE, RDATE,
// EXDATE, RECURRENCE-ID overrides) is expanded as wall-clock readings and
// turned into instants with the engine's DST rule (zones.h). Everything is
// bounded by ImportLimits. Cancelled events and instances are left out.

#include "sunrelay/core/expected.h"
#include "sunrelay/core/interval.h"
#include "sunrelay/core/time_zone.h"
#include "sunrelay/ical/ical_error.h"
#include "sunrelay/ical/import_limits.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sunrelay::ical::detail
{

struct Occurrence {
    std::string uid;
    std::string summary;
    bool allDay = false; // DTSTART is a DATE
    bool transparent = false; // TRANSP:TRANSPARENT
    Interval interval; // all-day: the dates' midnights in the floating zone
    LocalDate firstDay{}; // all-day: [firstDay, endDay)
    LocalDate endDay{};
};

struct ReadOptions {
    Interval range;
    TimeZone floatingZone;
    ImportLimits limits;
};

// The text after a UTF-8 byte order mark (Windows editors write one).
std::string_view withoutByteOrderMark(std::string_view text);

// The lexical pre-scan of a whole calendar file, before libical sees it:
// content lines, folding, BEGIN/END pairs and nesting, size, the number of
// events, and the sizes that make libical's parser slow (line length,
// parameters, list values, RECURRENCE-ID overrides per UID, UID length).
std::optional<IcalError> checkCalendarText(std::string_view text, const ImportLimits &limits);

// Occurrences that intersect `range` (all-day ones: whose dates meet the
// range's UTC dates widened by a day), sorted by start, then UID.
Expected<std::vector<Occurrence>, IcalError> readOccurrences(std::string_view ics,
                                                             const ReadOptions &options);

} // namespace sunrelay::ical::detail
