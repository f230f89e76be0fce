#pragma once

// Holiday import: a region's public-holiday calendar (.ics) as holidays
// (holiday.h), time off for each member of the region.
//
// Every all-day event gives each date from DTSTART up to (not including)
// DTEND (one date without DTEND), recurrences expanded; events with a time
// of day and cancelled events are ignored. TRANSP is ignored (holiday feeds
// mark their days free). Dates inside the local dates of `range` (widened by
// a day on each side, for zones ahead of and behind UTC) are kept, sorted;
// two events on one date give one holiday named "First, Second".
//
// Example (DTSTART;VALUE=DATE:20261225, SUMMARY:Christmas Day,
// RRULE:FREQ=YEARLY), range 2026-2027:
//   {{2026-12-25, "Christmas Day"}, {2027-12-25, "Christmas Day"}}

#include "sunrelay/core/expected.h"
#include "sunrelay/core/holiday.h"
#include "sunrelay/core/interval.h"
#include "sunrelay/ical/ical_error.h"
#include "sunrelay/ical/import_limits.h"

#include <string_view>
#include <vector>

namespace sunrelay::ical
{

struct HolidayImportOptions {
    Interval range;
    ImportLimits limits{};
};

Expected<std::vector<Holiday>, IcalError> importHolidays(std::string_view ics,
                                                         const HolidayImportOptions &options);

} // namespace sunrelay::ical
