#pragma once

// Holiday: a public holiday of a region, a whole local date with a name. Each
// member of the region takes it off in the member's own zone, exactly like a
// time-off date (computeSchedule() in schedule.h applies it): the ranges
// starting on that local date are removed.
//
// Example:
//   Holiday{.date = 2026_y/12/25, .name = "Christmas Day"}

#include "sunrelay/core/instant.h"

#include <string>

namespace sunrelay
{

struct Holiday {
    LocalDate date;
    std::string name;

    bool operator==(const Holiday &) const = default;
};

} // namespace sunrelay
