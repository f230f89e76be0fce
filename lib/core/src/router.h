#pragma once

// Private to lib/core: the routing walk of routing.h (DESIGN.md "Routing"),
// shared by routePlan and RouteCache so both apply exactly the same rules.
//
// The walk is written against a FreeTime policy that answers "who of this
// region is free when" and takes bookings:
//  - FreeTimeSets (here): every member's free time as an IntervalSet, as the
//    tasks routed so far left it; the fastest way to route a whole plan.
//  - RankedFreeTime (route_cache.cpp): bookings tagged with the task that made
//    them, read as left by the tasks served before the one being routed, so
//    one task can be re-routed without replaying the others.
//
// A FreeTime provides:
//   std::optional<Pick> pick(std::size_t region, Instant t, Instant end) const;
//       the first instant in [t, end) at which a member of `region` works
//       and is free, and the member free then whose free run lasts longest
//       (ties: member order), with the end of that run;
//   void book(std::size_t region, std::size_t member, const Interval &interval);

#include "sunrelay/core/routing.h"

#include <algorithm>
#include <limits>

namespace sunrelay::detail
{

inline constexpr date::days horizonDays{366};

// 366 days after the UTC date of `start`.
inline Instant taskHorizonEnd(Instant start)
{
    return Instant{date::floor<date::days>(start) + horizonDays};
}

// What a route read of the changing state (its regions' members' free time):
// for each coverage interval it entered, from when it entered to the end of
// that interval. A member's free run never reaches past the coverage interval
// of its region, so bookings outside these intervals cannot change the route.
struct RegionRead {
    std::size_t region = 0;
    Interval interval;
};

struct RouteReads {
    std::vector<RegionRead> reads;
    // The latest instant the route depends on, including where the horizon
    // cut it; Instant::max() when it ran out of coverage before the cut (a
    // later cut could give it more).
    Instant reach;
};

struct Pick {
    Instant at;
    std::size_t member = 0;
    Instant freeUntil;
};

// Whether `candidate` beats `best` for the same instant: a longer free run,
// then member order.
inline bool betterPick(const Pick &candidate, const std::optional<Pick> &best)
{
    return !best || candidate.freeUntil > best->freeUntil
        || (candidate.freeUntil == best->freeUntil && candidate.member < best->member);
}

// The handoffs of each sender region, by `at`, for "is there a handoff at
// the end of this coverage interval".
class HandoffsBySender
{
public:
    HandoffsBySender() = default;
    HandoffsBySender(std::size_t regionCount, const std::vector<Handoff> &handoffs)
        : m_from(regionCount)
    {
        for (const Handoff &handoff : handoffs)
            m_from[handoff.from].push_back(handoff);
    }

    const Handoff *at(std::size_t region, Instant at) const
    {
        const auto &list = m_from[region];
        const auto it = std::partition_point(list.begin(), list.end(), [at](const Handoff &h) {
            return h.at < at;
        });
        return it != list.end() && it->at == at ? &*it : nullptr;
    }

private:
    std::vector<std::vector<Handoff>> m_from;
};

// Every member's free time as an interval set, plus each region's union of
// them so "is anyone free" is one look-up.
class FreeTimeSets
{
public:
    explicit FreeTimeSets(const TeamSchedule &schedule)
        : m_schedule(schedule)
        , m_regionFree(schedule.coverage)
    {
        m_free.reserve(schedule.members.size());
        for (const MemberSchedule &member : schedule.members)
            m_free.push_back(member.work);
    }

    std::optional<Pick> pick(std::size_t region, Instant t, Instant end) const
    {
        // Skip at once over times when every member of the region is busy.
        const auto regionFree = m_regionFree[region].covering(t);
        if (!regionFree || regionFree->start >= end)
            return std::nullopt;
        const Instant at = std::max(t, regionFree->start);
        std::optional<Pick> best;
        for (const Shift &shift : m_schedule.shifts[region].candidates({at, at + Seconds{1}})) {
            if (!shift.interval.contains(at))
                continue;
            if (const auto free = m_free[shift.member].intervalAt(at)) {
                const Pick candidate{at, shift.member, free->end};
                if (betterPick(candidate, best))
                    best = candidate;
            }
        }
        return best; // never empty: m_regionFree is the union of m_free
    }

    void book(std::size_t region, std::size_t member, const Interval &interval)
    {
        m_free[member].subtract(interval);
        // The region stays free where another of its members still is.
        IntervalSet &regionFree = m_regionFree[region];
        regionFree.subtract(interval);
        for (const Shift &shift : m_schedule.shifts[region].candidates(interval))
            if (shift.interval.intersects(interval))
                for (const Interval &free : m_free[shift.member].intersecting(interval))
                    regionFree.add(intersection(free, interval));
    }

private:
    const TeamSchedule &m_schedule;
    std::vector<IntervalSet> m_free; // per member: working time no task has taken
    std::vector<IntervalSet> m_regionFree; // per region: the union of its members' m_free
};

// When the task would finish alone in `region`'s coverage: within its own
// horizon (366 days after its start's date), ignoring every other task.
inline std::optional<Instant>
singleRegionFinish(const TeamSchedule &schedule, std::size_t region, Instant start, Seconds effort)
{
    const Instant until = std::min(taskHorizonEnd(start), schedule.horizon.end);
    const auto &intervals = schedule.coverage[region].intervals();
    auto it = std::partition_point(intervals.begin(), intervals.end(), [start](const Interval &i) {
        return i.end <= start;
    });
    for (; it != intervals.end() && it->start < until; ++it) {
        const Instant from = std::max(it->start, start);
        const Instant to = std::min(it->end, until);
        if (to - from >= effort)
            return from + effort;
        effort -= to - from;
    }
    return std::nullopt;
}

template<class FreeTime>
class Router
{
public:
    Router(const Plan &plan,
           const TeamSchedule &schedule,
           const HandoffsBySender &handoffs,
           Instant until,
           FreeTime &free)
        : m_plan(plan)
        , m_schedule(schedule)
        , m_handoffs(handoffs)
        , m_until(until)
        , m_free(free)
    {
    }

    // Routes plan.tasks[taskIndex] (a placed task) through the free time
    // left by the tasks routed before it; records what it read in `reads`.
    TaskRoute route(std::size_t taskIndex, RouteReads *reads = nullptr);

private:
    const Plan &m_plan;
    const TeamSchedule &m_schedule;
    const HandoffsBySender &m_handoffs;
    Instant m_until; // routes are cut here
    FreeTime &m_free;
};

template<class FreeTime>
TaskRoute Router<FreeTime>::route(std::size_t taskIndex, RouteReads *reads)
{
    const Task &task = m_plan.tasks[taskIndex];
    TaskRoute route;
    route.task = taskIndex;
    if (reads) {
        reads->reads.clear();
        reads->reach = *task.start;
    }
    const auto startRegion = m_plan.regionIndex(*task.region);
    if (!startRegion)
        return route;
    Seconds left = task.effort();
    route.singleRegionFinish = singleRegionFinish(m_schedule, *startRegion, *task.start, left);

    std::size_t region = *startRegion;
    Instant t = *task.start;
    while (left > Seconds{0}) {
        const auto coverage = m_schedule.coverage[region].covering(t);
        if (!coverage || coverage->start >= m_until) {
            // The region never covers again within the horizon.
            if (reads)
                reads->reach = Instant::max();
            break;
        }
        t = std::max(t, coverage->start);
        const Instant end = std::min(coverage->end, m_until);
        if (reads) {
            reads->reads.push_back({region, {t, coverage->end}});
            reads->reach = std::max(reads->reach, coverage->end);
        }
        while (t < end && left > Seconds{0}) {
            const auto picked = m_free.pick(region, t, end);
            if (!picked) {
                t = end; // nobody free until the end of the coverage interval
                break;
            }
            t = picked->at;
            const Instant until = std::min({picked->freeUntil, end, t + left});
            m_free.book(region, picked->member, {t, until});
            if (!route.segments.empty() && route.segments.back().member == picked->member
                && route.segments.back().interval.end == t)
                route.segments.back().interval.end = until;
            else
                route.segments.push_back({region, picked->member, {t, until}});
            left -= until - t;
            t = until;
        }
        if (left <= Seconds{0}) {
            route.finish = t;
            break;
        }
        if (end >= m_until)
            break; // cut by the horizon
        if (const Handoff *handoff = m_handoffs.at(region, end)) {
            route.handoffs.push_back({region, handoff->to, end});
            region = handoff->to;
        }
        t = end;
    }
    if (!route.segments.empty())
        route.start = route.segments.front().interval.start;
    return route;
}

} // namespace sunrelay::detail
