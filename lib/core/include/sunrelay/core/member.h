#pragma once

// Member: one person of the team, with a zone and three weekly patterns
// (working hours, protected deep-work blocks, comms windows), time off as
// whole local dates, and busy times imported from the member's own calendar
// (busy_time.h), sorted by start.
//
// Example:
//   Member anna{.id = "anna", .name = "Anna Schmidt", .region = "emea",
//               .zone = *TimeZone::find("Europe/Berlin"),
//               .work = {{{Weekdays::workdays(), 9h, 17h + 30min}}}};

#include "sunrelay/core/busy_time.h"
#include "sunrelay/core/date_range.h"
#include "sunrelay/core/time_zone.h"
#include "sunrelay/core/weekly_pattern.h"

#include <string>
#include <vector>

namespace sunrelay
{

struct Member {
    std::string id;
    std::string name;
    std::string region; // id of a Region of the plan
    TimeZone zone;
    WeeklyPattern work;
    WeeklyPattern deepWork;
    WeeklyPattern comms;
    std::vector<DateRange> timeOff;
    std::vector<BusyTime> busy{}; // imported meetings; not part of the plan JSON

    bool operator==(const Member &) const = default;
};

} // namespace sunrelay
