#pragma once

// DateRange: whole local dates, both ends inclusive, such as time off.
//
// Example:
//   DateRange{2026_y/12/24, 2026_y/12/31}.contains(2026_y/12/31) == true

#include "sunrelay/core/instant.h"

namespace sunrelay
{

struct DateRange {
    LocalDate from;
    LocalDate to; // invariant: from <= to

    bool contains(LocalDate date) const { return from <= date && date <= to; }
    bool operator==(const DateRange &) const = default;
};

} // namespace sunrelay
