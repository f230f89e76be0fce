#pragma once

// ImportLimits: the bounds that keep reading an untrusted calendar file finite
// in time and memory. A file past a bound gets an IcalError naming it, never
// a hang or an unbounded result.
//
// Example: a 20 MiB file, or an RRULE:FREQ=SECONDLY without an end expanded
// over a year (31 million instances), is refused with TooLarge or
// TooManyInstances.

#include <cstddef>

namespace sunrelay::ical {

struct ImportLimits {
    std::size_t maxBytes = 16u << 20;        // 16 MiB
    std::size_t maxEvents = 50'000;          // VEVENT components
    std::size_t maxInstances = 100'000;      // expanded instances inside the range
    std::size_t maxIterations = 2'000'000;   // recurrence steps over the whole file
    std::size_t maxNesting = 8;              // BEGIN depth

    bool operator==(const ImportLimits &) const = default;
};

} // namespace sunrelay::ical
