#include "sunrelay/core/routing.h"

#include "router.h"

#include <algorithm>

namespace sunrelay
{

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

std::vector<TaskRoute> routeTasks(const Plan &plan,
                                  const TeamSchedule &schedule,
                                  const std::vector<Handoff> &handoffs,
                                  std::optional<Instant> until)
{
    const detail::HandoffsBySender handoffsBySender(plan.regions.size(), handoffs);
    detail::FreeTimeSets free(schedule);
    detail::Router router(plan,
                          schedule,
                          handoffsBySender,
                          std::min(until.value_or(schedule.horizon.end), schedule.horizon.end),
                          free);
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
        const Instant end = detail::taskHorizonEnd(*task.start);
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

std::vector<TaskRoute>
routesMeeting(const Plan &plan, const PlanRoutes &routes, const Interval &window)
{
    std::vector<TaskRoute> meeting;
    for (const TaskRoute &route : routes.routes) {
        const Interval run{*plan.tasks[route.task].start,
                           route.finish.value_or(routes.horizon.end)};
        if (run.intersects(window))
            meeting.push_back(route);
    }
    return meeting;
}

} // namespace sunrelay
