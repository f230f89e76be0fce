#pragma once

// Region: an ordered group of members with a name and a colour, such as EMEA.
// The order of regions in a plan is the region order that breaks ties between
// handoff receivers. Its public holidays (holiday.h), sorted by date, are time
// off for each of its members.
//
// Example:
//   Region{"emea", "EMEA", "#0072B2"}

#include "sunrelay/core/holiday.h"

#include <cstddef>
#include <string>
#include <vector>

namespace sunrelay
{

struct Region {
    std::string id;
    std::string name;
    std::string color; // "#rrggbb"
    std::vector<Holiday> holidays{}; // not part of the plan JSON

    bool operator==(const Region &) const = default;
};

// The colour-blind-safe Okabe-Ito palette, in order, repeating: the colour a
// new region gets when it is the `index`-th one (0-based).
std::string defaultRegionColor(std::size_t index);

} // namespace sunrelay
