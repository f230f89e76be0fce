#pragma once

// Gaps and overlaps of the team's coverage.
//
// A gap is an interval where no region has coverage; an overlap is each
// maximal interval during which the same set of two or more regions covers,
// listed in region order.
//
// Example (EMEA 08:00-16:30Z, AMER 14:00-22:00Z, one day as horizon):
//   gaps(s)     == {[00:00Z, 08:00Z), [22:00Z, 24:00Z)}
//   overlaps(s) == {{{emea, amer}, [14:00Z, 16:30Z)}}

#include "sunrelay/core/schedule.h"

#include <vector>

namespace sunrelay
{

struct Overlap {
    std::vector<std::size_t> regions; // region indices in region order, 2 or more
    Interval interval;

    bool operator==(const Overlap &) const = default;
};

// Gaps within the schedule's horizon.
IntervalSet gaps(const TeamSchedule &schedule);
std::vector<Overlap> overlaps(const TeamSchedule &schedule);

} // namespace sunrelay
