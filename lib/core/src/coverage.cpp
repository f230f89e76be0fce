#include "sunrelay/core/coverage.h"

#include <algorithm>

namespace sunrelay
{

IntervalSet gaps(const TeamSchedule &schedule)
{
    std::vector<Interval> covered;
    for (const IntervalSet &coverage : schedule.coverage)
        covered.insert(covered.end(), coverage.intervals().begin(), coverage.intervals().end());
    return complement(IntervalSet(std::move(covered)), schedule.horizon);
}

std::vector<Overlap> overlaps(const TeamSchedule &schedule)
{
    // Sweep over every coverage boundary; between two boundaries the set of
    // covering regions is constant.
    std::vector<Instant> boundaries;
    for (const IntervalSet &coverage : schedule.coverage)
        for (const Interval &interval : coverage.intervals()) {
            boundaries.push_back(interval.start);
            boundaries.push_back(interval.end);
        }
    std::sort(boundaries.begin(), boundaries.end());
    boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());

    std::vector<Overlap> result;
    std::vector<std::size_t> cursor(schedule.coverage.size(), 0);
    for (std::size_t b = 0; b + 1 < boundaries.size(); ++b) {
        const Interval piece{boundaries[b], boundaries[b + 1]};
        std::vector<std::size_t> covering;
        for (std::size_t r = 0; r < schedule.coverage.size(); ++r) {
            const auto &intervals = schedule.coverage[r].intervals();
            while (cursor[r] < intervals.size() && intervals[cursor[r]].end <= piece.start)
                ++cursor[r];
            if (cursor[r] < intervals.size() && intervals[cursor[r]].start <= piece.start)
                covering.push_back(r);
        }
        if (covering.size() < 2)
            continue;
        if (!result.empty() && result.back().interval.end == piece.start
            && result.back().regions == covering)
            result.back().interval.end = piece.end;
        else
            result.push_back({std::move(covering), piece});
    }
    return result;
}

} // namespace sunrelay
