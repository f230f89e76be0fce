#pragma once

// Expansion: a weekly pattern, a zone and a span of local dates become
// instants.
//
// Each range is placed on every local date of the span whose weekday it names;
// both of its wall-clock ends go through the DST rule of local_time.h, so a
// range keeps its wall-clock ends and can be 1 h shorter or longer on a DST
// night. A range belongs to the local date on which it starts: a time-off date
// removes the ranges starting on it. The result is a sorted union.
//
// Example (Europe/Berlin, Mon-Fri 09:00-17:30, dates Mon 2026-03-09 only):
//   expand(...) == {[08:00Z, 16:30Z)}

#include "sunrelay/core/date_range.h"
#include "sunrelay/core/interval_set.h"
#include "sunrelay/core/local_time.h"
#include "sunrelay/core/weekly_pattern.h"

#include <vector>

namespace sunrelay
{

// Expands ranges starting on local dates [first, last].
IntervalSet expand(const WeeklyPattern &pattern,
                   LocalTimeResolver &resolver,
                   LocalDate first,
                   LocalDate last,
                   const std::vector<DateRange> &timeOff = {});

// Every range instance in [first, last] with the DST status of its ends, for
// callers that must treat skipped or repeated readings specially (calendar
// export, tooltips).
struct ExpandedRange {
    LocalDate date; // the local date on which the instance starts
    std::size_t rangeIndex;
    LocalTimeLookup start;
    LocalTimeLookup end;

    bool operator==(const ExpandedRange &) const = default;
};
std::vector<ExpandedRange> expandInstances(const WeeklyPattern &pattern,
                                           LocalTimeResolver &resolver,
                                           LocalDate first,
                                           LocalDate last,
                                           const std::vector<DateRange> &timeOff = {});

} // namespace sunrelay
