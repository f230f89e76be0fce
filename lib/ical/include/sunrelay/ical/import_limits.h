#pragma once

// ImportLimits: the bounds that keep reading an untrusted calendar file finite
// in time and memory. A file past a bound gets an IcalError naming it (the
// line, or the event's UID), never a hang or an unbounded result.
//
// The lexical bounds (line length, parameters, list values, overrides) are
// checked on the text before libical parses it: libical's parser is
// quadratic in the length of one line (a 15 MB line takes minutes) and in
// the values of one list property. The recurrence bounds count the work of
// the expansion, including the days libical steps through between two
// instances of a rule whose BY parts skip most days.
//
// Example: a 20 MiB file, an RRULE:FREQ=DAILY without an end expanded over a
// century (36,500 instances in the range), or a DESCRIPTION line of 15 MB is
// refused with TooLarge or TooManyInstances.

#include <cstddef>

namespace sunrelay::ical
{

struct ImportLimits {
    std::size_t maxBytes = 16u << 20; // 16 MiB
    std::size_t maxEvents = 50'000; // VEVENT components
    std::size_t maxInstances = 100'000; // expanded instances inside the range
    std::size_t maxIterations = 2'000'000; // recurrence steps over the whole file
    std::size_t maxNesting = 8; // BEGIN depth
    std::size_t maxLineBytes = 256u << 10; // one content line, unfolded (256 KiB)
    std::size_t maxParameters = 100; // parameters of one property
    std::size_t maxListValues = 1000; // values of one EXDATE, RDATE, CATEGORIES, ...
    std::size_t maxOverrides = 1000; // RECURRENCE-ID overrides of one UID
    // Days libical steps through between instances of rules with BY parts
    // (a 29 February rule counted from 1900), over the whole file: about
    // 2-7 us each, so at most about half a second.
    std::size_t maxWalkDays = 100'000;
    std::size_t maxUidBytes = 1024; // a longer UID is refused
    std::size_t maxSummaryBytes = 1024; // a longer SUMMARY is cut, ending in "…"

    bool operator==(const ImportLimits &) const = default;
};

} // namespace sunrelay::ical
