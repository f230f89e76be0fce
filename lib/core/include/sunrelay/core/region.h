#pragma once

// Region: an ordered group of members with a name and a colour, such as EMEA.
// The order of regions in a plan is the region order that breaks ties between
// handoff receivers.
//
// Example:
//   Region{"emea", "EMEA", "#0072B2"}

#include <string>

namespace sunrelay {

struct Region {
    std::string id;
    std::string name;
    std::string color; // "#rrggbb"

    bool operator==(const Region &) const = default;
};

} // namespace sunrelay
