#pragma once

// Busy-time import: a member's own calendar (.ics from Google Calendar,
// Outlook, Apple Calendar, Thunderbird) as the busy times (busy_time.h) that
// may cut into protected deep-work blocks.
//
//  - Recurrences (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) are expanded
//    over `range`; instances that intersect it are kept, unclipped.
//  - Times: TZIDs that name an IANA zone (also with a prefix such as
//    "/freeassociation.sourceforge.net/") are read with the engine's DST
//    rule (local_time.h); other TZIDs (Outlook's "W. Europe Standard Time")
//    with the file's own VTIMEZONE under the same rule; UTC as is; floating
//    times and dates in `floatingZone` (the member's zone).
//  - Not busy: TRANSP:TRANSPARENT, STATUS:CANCELLED, events without length;
//    all-day events unless `allDay` is Busy.
//  - libical 3.0's expansion shifts later instances of a daily rule by an
//    hour after one hits a spring-forward gap; instances are expanded as
//    wall-clock readings and keep the rule's time of day, so a daily 02:30
//    meeting stays 02:30 local on the days after the gap.
//  - The result is sorted by start, then UID; one busy time per UID and
//    start. Bad or hostile input gets an IcalError within `limits`.
//
// Example (Google Calendar, DTSTART;TZID=Europe/Berlin:20261201T140000,
// DTEND 15:00, RRULE:FREQ=WEEKLY;COUNT=2):
//   {{2026-12-01 13:00Z, 14:00Z}, "Review", uid}, {{2026-12-08 13:00Z, ...}}

#include "sunrelay/core/busy_time.h"
#include "sunrelay/core/expected.h"
#include "sunrelay/core/time_zone.h"
#include "sunrelay/ical/ical_error.h"
#include "sunrelay/ical/import_limits.h"

#include <string_view>
#include <vector>

namespace sunrelay::ical
{

enum class AllDayEvents {
    Free,
    Busy
};

struct BusyImportOptions {
    Interval range;
    TimeZone floatingZone;
    AllDayEvents allDay = AllDayEvents::Free;
    ImportLimits limits{};
};

Expected<std::vector<BusyTime>, IcalError> importBusyTimes(std::string_view ics,
                                                           const BusyImportOptions &options);

} // namespace sunrelay::ical
