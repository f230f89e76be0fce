#include "sunrelay/core/routing.h"

#include <algorithm>

namespace sunrelay {

namespace {

constexpr date::days horizonDays{366};

// 366 days after the UTC date of `start`.
Instant taskHorizonEnd(Instant start)
{
    return Instant{date::floor<date::days>(start) + horizonDays};
}

struct FreeMember {
    std::size_t member;
    Interval free;
};

class Router {
public:
    Router(const Plan &plan, const TeamSchedule &schedule, const std::vector<Handoff> &handoffs,
           Instant until)
        : m_plan(plan)
        , m_schedule(schedule)
        , m_until(until)
        , m_handoffsFrom(plan.regions.size())
    {
        m_free.reserve(schedule.members.size());
        for (const MemberSchedule &member : schedule.members)
            m_free.push_back(member.work);
        m_regionFree = schedule.coverage;
        for (const Handoff &handoff : handoffs)
            m_handoffsFrom[handoff.from].push_back(handoff);
    }

    TaskRoute route(std::size_t taskIndex);

private:
    // The free member of `region` at `t` whose free time runs longest.
    std::optional<FreeMember> pickMember(std::size_t region, Instant t) const;
    void book(std::size_t region, std::size_t member, const Interval &interval);
    const Handoff *handoffAt(std::size_t region, Instant at) const;
    std::optional<Instant> singleRegionFinish(std::size_t region, Instant start,
                                              Seconds effort) const;

    const Plan &m_plan;
    const TeamSchedule &m_schedule;
    Instant m_until; // routes are cut here
    std::vector<IntervalSet> m_free;       // per member: working time no task has taken
    std::vector<IntervalSet> m_regionFree; // per region: the union of its members' m_free
    std::vector<std::vector<Handoff>> m_handoffsFrom;
};

std::optional<FreeMember> Router::pickMember(std::size_t region, Instant t) const
{
    std::optional<FreeMember> best;
    for (const Shift &shift : m_schedule.shifts[region].candidates({t, t + Seconds{1}})) {
        if (!shift.interval.contains(t))
            continue;
        const auto free = m_free[shift.member].intervalAt(t);
        if (!free)
            continue;
        if (!best || free->end > best->free.end ||
            (free->end == best->free.end && shift.member < best->member))
            best = FreeMember{shift.member, *free};
    }
    return best;
}

void Router::book(std::size_t region, std::size_t member, const Interval &interval)
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

const Handoff *Router::handoffAt(std::size_t region, Instant at) const
{
    const auto &list = m_handoffsFrom[region];
    const auto it = std::partition_point(list.begin(), list.end(),
                                         [at](const Handoff &h) { return h.at < at; });
    return it != list.end() && it->at == at ? &*it : nullptr;
}

std::optional<Instant> Router::singleRegionFinish(std::size_t region, Instant start,
                                                  Seconds effort) const
{
    // The task's own horizon, as if it were the only task placed.
    const Instant until = std::min(taskHorizonEnd(start), m_schedule.horizon.end);
    const auto &intervals = m_schedule.coverage[region].intervals();
    auto it = std::partition_point(intervals.begin(), intervals.end(),
                                   [start](const Interval &i) { return i.end <= start; });
    for (; it != intervals.end() && it->start < until; ++it) {
        const Instant from = std::max(it->start, start);
        const Instant to = std::min(it->end, until);
        if (to - from >= effort)
            return from + effort;
        effort -= to - from;
    }
    return std::nullopt;
}

TaskRoute Router::route(std::size_t taskIndex)
{
    const Task &task = m_plan.tasks[taskIndex];
    TaskRoute route;
    route.task = taskIndex;
    const auto startRegion = m_plan.regionIndex(*task.region);
    if (!startRegion)
        return route;
    Seconds left = task.effort();
    route.singleRegionFinish = singleRegionFinish(*startRegion, *task.start, left);

    std::size_t region = *startRegion;
    Instant t = *task.start;
    while (left > Seconds{0}) {
        const auto coverage = m_schedule.coverage[region].covering(t);
        if (!coverage || coverage->start >= m_until)
            break; // the region never covers again within the horizon
        t = std::max(t, coverage->start);
        const Instant end = std::min(coverage->end, m_until);
        while (t < end && left > Seconds{0}) {
            // Skip at once over times when every member of the region is busy.
            const auto free = m_regionFree[region].covering(t);
            if (!free || free->start >= end) {
                t = end;
                break;
            }
            t = std::max(t, free->start);
            const auto picked = pickMember(region, t);
            if (!picked)
                break; // cannot happen: m_regionFree is the union of m_free
            const Instant until = std::min({picked->free.end, end, t + left});
            book(region, picked->member, {t, until});
            if (!route.segments.empty() && route.segments.back().member == picked->member &&
                route.segments.back().interval.end == t)
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
        if (const Handoff *handoff = handoffAt(region, end)) {
            route.handoffs.push_back({region, handoff->to, end});
            region = handoff->to;
        }
        t = end;
    }
    if (!route.segments.empty())
        route.start = route.segments.front().interval.start;
    return route;
}

} // namespace

std::vector<std::size_t> serviceOrder(const Plan &plan)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        if (plan.tasks[i].isPlaced())
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Task &x = plan.tasks[a];
        const Task &y = plan.tasks[b];
        if (x.priority != y.priority)
            return x.priority < y.priority;
        if (*x.start != *y.start)
            return *x.start < *y.start;
        return x.id < y.id;
    });
    return order;
}

std::vector<TaskRoute> routeTasks(const Plan &plan, const TeamSchedule &schedule,
                                  const std::vector<Handoff> &handoffs, std::optional<Instant> until)
{
    Router router(plan, schedule, handoffs,
                  std::min(until.value_or(schedule.horizon.end), schedule.horizon.end));
    std::vector<TaskRoute> routes;
    for (const std::size_t task : serviceOrder(plan))
        routes.push_back(router.route(task));
    return routes;
}

std::optional<Interval> routingHorizon(const Plan &plan)
{
    std::optional<Interval> horizon;
    for (const Task &task : plan.tasks) {
        if (!task.isPlaced())
            continue;
        const Instant first{date::floor<date::days>(*task.start)};
        const Instant end = taskHorizonEnd(*task.start);
        if (!horizon)
            horizon = Interval{first, end};
        horizon->start = std::min(horizon->start, first);
        horizon->end = std::max(horizon->end, end);
    }
    return horizon;
}

PlanRoutes routePlan(const Plan &plan)
{
    const auto horizon = routingHorizon(plan);
    if (!horizon)
        return {};
    // The margin lets coverage intervals around the horizon's ends keep their
    // true extent, which handoffs use to choose their receivers.
    const TeamSchedule schedule = computeSchedule(plan, withMargin(*horizon));
    return {*horizon, routeTasks(plan, schedule, computeHandoffs(plan, schedule), horizon->end)};
}

std::vector<TaskRoute> routesMeeting(const Plan &plan, const PlanRoutes &routes,
                                     const Interval &window)
{
    std::vector<TaskRoute> meeting;
    for (const TaskRoute &route : routes.routes) {
        const Interval run{*plan.tasks[route.task].start, route.finish.value_or(routes.horizon.end)};
        if (run.intersects(window))
            meeting.push_back(route);
    }
    return meeting;
}

} // namespace sunrelay
