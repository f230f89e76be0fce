#pragma once

// Deterministic synthetic plans for the benchmarks: members spread over 40
// real zones, grouped into regions by UTC offset, with staggered working
// hours, deep-work blocks and comms windows, and tasks with varied efforts.

#include "sunrelay/core/plan.h"

namespace sunrelay::bench
{

inline constexpr const char *benchmarkZones[] = {
    "Pacific/Auckland",    "Pacific/Chatham",    "Australia/Sydney",
    "Australia/Lord_Howe", "Australia/Adelaide", "Australia/Brisbane",
    "Australia/Perth",     "Asia/Tokyo",         "Asia/Seoul",
    "Asia/Shanghai",       "Asia/Singapore",     "Asia/Manila",
    "Asia/Jakarta",        "Asia/Bangkok",       "Asia/Dhaka",
    "Asia/Kathmandu",      "Asia/Kolkata",       "Asia/Karachi",
    "Asia/Dubai",          "Asia/Tehran",        "Europe/Moscow",
    "Europe/Istanbul",     "Europe/Kyiv",        "Africa/Cairo",
    "Africa/Johannesburg", "Europe/Berlin",      "Europe/Paris",
    "Africa/Lagos",        "Europe/London",      "Europe/Lisbon",
    "Atlantic/Azores",     "America/Sao_Paulo",  "America/Argentina/Buenos_Aires",
    "America/Halifax",     "America/New_York",   "America/Chicago",
    "America/Denver",      "America/Phoenix",    "America/Los_Angeles",
    "Pacific/Honolulu",
};

// `members` members in the 40 zones, regions APAC, EMEA, AMER; `tasks`
// placed tasks starting within the first `taskDays` days after `start`.
Plan syntheticPlan(std::size_t members, std::size_t tasks, date::sys_days start, int taskDays);

// The wide shape of issue 14: `regions` regions ("r0", "r1", ...) of
// `membersPerRegion` members each (zones cycling through benchmarkZones,
// Mon-Fri 09:00-17:00 local), each region with `holidaysPerRegion` holidays,
// one a week from two days after `start` (Wednesdays from a Monday). At plan_limits.h's maximums
// (100 regions, 10,000 members) it is the largest plan Sunrelay accepts.
Plan syntheticWidePlan(std::size_t regions,
                       std::size_t membersPerRegion,
                       std::size_t holidaysPerRegion,
                       date::sys_days start);

} // namespace sunrelay::bench
