#pragma once

// Interval: the half-open span of instants [start, end).
//
// Example:
//   Interval work{t, t + 8h};
//   work.contains(t) == true; work.contains(t + 8h) == false

#include "sunrelay/core/instant.h"

#include <algorithm>

namespace sunrelay
{

struct Interval {
    Instant start;
    Instant end; // invariant: start <= end

    Seconds length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(Instant t) const { return start <= t && t < end; }
    bool contains(const Interval &other) const { return start <= other.start && other.end <= end; }
    // Share some time (a positive-length intersection).
    bool intersects(const Interval &other) const { return start < other.end && other.start < end; }

    bool operator==(const Interval &) const = default;
};

inline Interval intersection(const Interval &a, const Interval &b)
{
    const Instant start = std::max(a.start, b.start);
    return {start, std::max(start, std::min(a.end, b.end))};
}

} // namespace sunrelay
