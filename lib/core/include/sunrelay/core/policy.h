#pragma once

// Policy: the plan-wide numbers behind sync slots and maker-schedule rules.
//
// Example: the defaults ask for 15-minute sync slots, a deep-work block of at
// least 3 h every workday and no coverage gap longer than 2 h.

#include "sunrelay/core/instant.h"

namespace sunrelay
{

struct Policy {
    Minutes syncSlot{15};
    Minutes deepWorkMinimum{180};
    Minutes gapLimit{120};

    bool operator==(const Policy &) const = default;
};

} // namespace sunrelay
