#pragma once

// One weekday of a weekly range given a range of its own, so that it can
// change without the range's other days (the timeline's "change this day
// only" drag).
//
// `day` leaves range `index`, and a range for `day` alone with the same times
// follows it at `index + 1` (the ranges after it move up one). Nothing else is
// merged or reordered, so the pattern still expands to exactly the same
// instants. A range that has only `day` is already separate: the pattern is
// unchanged and `dayRange` is `index`. The weekday is the one the range
// *starts* on, in the member's local time: a Fri 22:00-Sat 06:00 night is
// Friday's.
//
// Example (Mon-Fri 09:00-17:00, Tuesday split off):
//   splitOffDay(pattern, 0, date::Tuesday)
//     -> pattern {Mon,Wed-Fri 09:00-17:00; Tue 09:00-17:00}, dayRange 1
// No result when `index` is out of range or the range does not start on
// `day`.

#include "sunrelay/core/weekly_pattern.h"

#include <cstddef>
#include <optional>

namespace sunrelay
{

struct DaySplit {
    WeeklyPattern pattern;
    std::size_t dayRange = 0; // the range for `day` alone in `pattern`

    bool operator==(const DaySplit &) const = default;
};

std::optional<DaySplit>
splitOffDay(const WeeklyPattern &pattern, std::size_t index, date::weekday day);

// `days` without `day`.
Weekdays withoutDay(Weekdays days, date::weekday day);

} // namespace sunrelay
