#pragma once

// IntervalSet: a sorted union of intervals. Overlapping or touching intervals
// merge, so a 3 h block directly followed by a 1 h block is one 4 h interval.
//
// Example:
//   IntervalSet s{{{9h, 12h}, {12h, 13h}, {15h, 16h}}};
//   s.intervals() == {[9h, 13h), [15h, 16h)}

#include "sunrelay/core/interval.h"

#include <optional>
#include <span>
#include <vector>

namespace sunrelay
{

class IntervalSet
{
public:
    IntervalSet() = default;
    // Accepts any intervals in any order; empties are dropped.
    explicit IntervalSet(std::vector<Interval> intervals);

    // Sorted by start, pairwise disjoint and non-touching, none empty.
    const std::vector<Interval> &intervals() const & { return m_intervals; }
    // From a temporary set, by value: `for (auto i : unite(a, b).intervals())`
    // must not iterate a destroyed vector.
    std::vector<Interval> intervals() && { return std::move(m_intervals); }
    bool isEmpty() const { return m_intervals.empty(); }
    std::size_t size() const { return m_intervals.size(); }
    Seconds totalLength() const;

    bool contains(Instant t) const;
    // The interval holding `t`, if any.
    std::optional<Interval> intervalAt(Instant t) const;
    // The first interval starting at or after `t`.
    std::optional<Interval> nextStartingAt(Instant t) const;
    // The first interval holding `t` or starting after it.
    std::optional<Interval> covering(Instant t) const;
    bool containsInterval(const Interval &interval) const;
    // The intervals sharing time with `window`, unclipped, without copying.
    std::span<const Interval> intersecting(const Interval &window) const;
    bool intersects(const Interval &interval) const;

    void add(const Interval &interval);
    void subtract(const Interval &interval);

    IntervalSet clipped(const Interval &window) const;

    bool operator==(const IntervalSet &) const = default;

private:
    // Index of the first interval whose end is after `t`.
    std::size_t firstEndingAfter(Instant t) const;

    std::vector<Interval> m_intervals;
};

IntervalSet unite(const IntervalSet &a, const IntervalSet &b);
IntervalSet intersect(const IntervalSet &a, const IntervalSet &b);
IntervalSet subtract(const IntervalSet &a, const IntervalSet &b);
// The complement within `window`.
IntervalSet complement(const IntervalSet &set, const Interval &window);

} // namespace sunrelay
