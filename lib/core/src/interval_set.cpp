#include "sunrelay/core/interval_set.h"

#include <algorithm>

namespace sunrelay
{

IntervalSet::IntervalSet(std::vector<Interval> intervals)
{
    std::erase_if(intervals, [](const Interval &i) {
        return i.isEmpty();
    });
    const auto byStart = [](const Interval &a, const Interval &b) {
        return a.start < b.start;
    };
    // Expansions arrive sorted; skip the sort then.
    if (!std::is_sorted(intervals.begin(), intervals.end(), byStart))
        std::sort(intervals.begin(), intervals.end(), byStart);
    m_intervals.reserve(intervals.size());
    for (const Interval &interval : intervals) {
        if (!m_intervals.empty() && interval.start <= m_intervals.back().end)
            m_intervals.back().end = std::max(m_intervals.back().end, interval.end);
        else
            m_intervals.push_back(interval);
    }
}

Seconds IntervalSet::totalLength() const
{
    Seconds total{0};
    for (const Interval &interval : m_intervals)
        total += interval.length();
    return total;
}

std::size_t IntervalSet::firstEndingAfter(Instant t) const
{
    const auto it =
        std::partition_point(m_intervals.begin(), m_intervals.end(), [t](const Interval &i) {
            return i.end <= t;
        });
    return static_cast<std::size_t>(it - m_intervals.begin());
}

bool IntervalSet::contains(Instant t) const
{
    return intervalAt(t).has_value();
}

std::optional<Interval> IntervalSet::intervalAt(Instant t) const
{
    const std::size_t i = firstEndingAfter(t);
    if (i < m_intervals.size() && m_intervals[i].start <= t)
        return m_intervals[i];
    return std::nullopt;
}

std::optional<Interval> IntervalSet::nextStartingAt(Instant t) const
{
    const auto it =
        std::partition_point(m_intervals.begin(), m_intervals.end(), [t](const Interval &i) {
            return i.start < t;
        });
    if (it == m_intervals.end())
        return std::nullopt;
    return *it;
}

std::optional<Interval> IntervalSet::covering(Instant t) const
{
    const std::size_t i = firstEndingAfter(t);
    if (i < m_intervals.size())
        return m_intervals[i];
    return std::nullopt;
}

bool IntervalSet::containsInterval(const Interval &interval) const
{
    if (interval.isEmpty())
        return true;
    const auto holder = intervalAt(interval.start);
    return holder && interval.end <= holder->end;
}

bool IntervalSet::intersects(const Interval &interval) const
{
    if (interval.isEmpty())
        return false;
    const std::size_t i = firstEndingAfter(interval.start);
    return i < m_intervals.size() && m_intervals[i].start < interval.end;
}

void IntervalSet::add(const Interval &interval)
{
    if (interval.isEmpty())
        return;
    // Merge with every interval that overlaps or touches the new one.
    auto first =
        std::partition_point(m_intervals.begin(), m_intervals.end(), [&](const Interval &i) {
            return i.end < interval.start;
        });
    auto last = std::partition_point(first, m_intervals.end(), [&](const Interval &i) {
        return i.start <= interval.end;
    });
    Interval merged = interval;
    if (first != last) {
        merged.start = std::min(merged.start, first->start);
        merged.end = std::max(merged.end, std::prev(last)->end);
    }
    const auto at = m_intervals.erase(first, last);
    m_intervals.insert(at, merged);
}

void IntervalSet::subtract(const Interval &interval)
{
    if (interval.isEmpty())
        return;
    auto first =
        std::partition_point(m_intervals.begin(), m_intervals.end(), [&](const Interval &i) {
            return i.end <= interval.start;
        });
    auto last = std::partition_point(first, m_intervals.end(), [&](const Interval &i) {
        return i.start < interval.end;
    });
    if (first == last)
        return;
    std::vector<Interval> rest;
    if (first->start < interval.start)
        rest.push_back({first->start, interval.start});
    if (interval.end < std::prev(last)->end)
        rest.push_back({interval.end, std::prev(last)->end});
    const auto at = m_intervals.erase(first, last);
    m_intervals.insert(at, rest.begin(), rest.end());
}

std::span<const Interval> IntervalSet::intersecting(const Interval &window) const
{
    if (window.isEmpty())
        return {};
    std::size_t last = firstEndingAfter(window.start);
    const std::size_t first = last;
    while (last < m_intervals.size() && m_intervals[last].start < window.end)
        ++last;
    return std::span<const Interval>(m_intervals).subspan(first, last - first);
}

IntervalSet IntervalSet::clipped(const Interval &window) const
{
    IntervalSet result;
    for (const Interval &interval : intersecting(window))
        result.m_intervals.push_back(intersection(interval, window));
    return result;
}

IntervalSet unite(const IntervalSet &a, const IntervalSet &b)
{
    std::vector<Interval> all = a.intervals();
    all.insert(all.end(), b.intervals().begin(), b.intervals().end());
    return IntervalSet(std::move(all));
}

IntervalSet intersect(const IntervalSet &a, const IntervalSet &b)
{
    std::vector<Interval> result;
    auto i = a.intervals().begin();
    auto j = b.intervals().begin();
    while (i != a.intervals().end() && j != b.intervals().end()) {
        const Interval common = intersection(*i, *j);
        if (!common.isEmpty())
            result.push_back(common);
        if (i->end < j->end)
            ++i;
        else
            ++j;
    }
    return IntervalSet(std::move(result));
}

IntervalSet subtract(const IntervalSet &a, const IntervalSet &b)
{
    std::vector<Interval> result;
    auto j = b.intervals().begin();
    for (const Interval &interval : a.intervals()) {
        Instant cursor = interval.start;
        while (j != b.intervals().end() && j->end <= cursor)
            ++j;
        for (auto k = j; k != b.intervals().end() && k->start < interval.end; ++k) {
            if (cursor < k->start)
                result.push_back({cursor, k->start});
            cursor = std::max(cursor, k->end);
        }
        if (cursor < interval.end)
            result.push_back({cursor, interval.end});
    }
    return IntervalSet(std::move(result));
}

IntervalSet complement(const IntervalSet &set, const Interval &window)
{
    return subtract(IntervalSet({window}), set);
}

} // namespace sunrelay
