#pragma once

// DailyCoverage: how well the team covers each local date of one zone (the
// reference zone the user reads the plan in), for the coverage view.
//
// A day is the instants [local 00:00, next local 00:00) of its date in the
// reference zone, read with the DST rule (local_time.h), so a spring-forward
// day is 23 h long and a fall-back day 25 h. Per day:
//  - covered: the time some region covers (reportSchedule's coverage, united);
//    gap: the rest of the day (reportSchedule's gaps); covered + gap == length;
//  - the gap handoffs whose `at` lies in the day, and their average wait
//    (handoff.h: pickup - at), none when the day has no gap handoff;
//  - per region, the time routed task segments (routing.h) are worked in it
//    that day: the hours of load the placed tasks put on the region.
//
// Example (Berlin reference; EMEA Berlin Mon-Fri 09:00-17:30, AMER New York
// Mon-Fri 09:00-17:00; Monday 2027-03-08, CET +1, EST -5):
//   EMEA covers 08:00-16:30Z, AMER 14:00-22:00Z: covered 14 h of 24 h;
//   AMER -> EMEA gap handoff at 22:00Z = 23:00 Berlin, wait 10 h to 08:00Z.
// On Sunday 2027-03-28 (Berlin springs forward) the day is 23 h long.

#include "sunrelay/core/plan.h"
#include "sunrelay/core/routing.h"

#include <optional>
#include <vector>

namespace sunrelay
{

struct DailyCoverage {
    LocalDate date; // in the reference zone
    Interval day; // its instants; length 23, 24 or 25 h (or other DST steps)
    Seconds covered{0};
    Seconds gap{0};
    std::size_t gapHandoffs = 0;
    std::optional<Seconds> averageWait; // over the day's gap handoffs
    std::vector<Seconds> regionLoad; // plan region order

    // covered / day length, 0..1.
    double coveredShare() const;

    bool operator==(const DailyCoverage &) const = default;
};

// The instants of local date `date` in `zone`: [00:00, next day's 00:00),
// each midnight read with the DST rule.
Interval localDay(const TimeZone &zone, LocalDate date);

// One entry per local date first..last (inclusive) of `reference`; empty when
// last < first. `routes` are the plan's routed tasks (routePlan(plan).routes,
// or the GUI's cached routes); segments are counted wherever they fall.
std::vector<DailyCoverage> dailyCoverage(const Plan &plan,
                                         const TimeZone &reference,
                                         LocalDate first,
                                         LocalDate last,
                                         const std::vector<TaskRoute> &routes);

} // namespace sunrelay
