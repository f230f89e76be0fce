#pragma once

// RouteCache: the routes of a plan kept up to date across edits, reusing what
// an edit cannot have changed. After update(plan), routes() equals
// routePlan(plan) exactly, whatever the edits before.
//
// What is reused:
//  - The schedule and handoffs, while the team (regions and their holidays,
//    members' regions, zones, weekly patterns and time off; the policy) is
//    unchanged and the routing horizon stays within what the schedule covers.
//    The schedule is computed with four weeks of slack on both sides of
//    withMargin(routingHorizon(plan)), so a drop a little after the latest
//    start or before the earliest does not recompute it. Names, colours and
//    imported busy times do not matter to routes.
//  - The route of every task that neither changed (its start, starting
//    region, effort or priority) nor read member time that tasks served
//    before it now book differently. Tasks are served in service order, and
//    a route only reads the free time of its regions' members from when it
//    enters a coverage interval to that interval's end, so each task keeps
//    that list ("what it read") and an edit re-routes only the tasks whose
//    list meets the changed bookings, in service order, each through what
//    the tasks before it left free.
// Anything else (a team edit, a horizon past the schedule, duplicate task
// ids) routes the whole plan again, as routePlan does.
//
// Tasks are matched across updates by id: plan.tasks may be reordered, and
// TaskRoute::task is the index into the plan last given to update().
//
// Example (the GUI keeps one cache per plan document):
//   RouteCache cache;
//   cache.update(plan);            // first time: everything, like routePlan
//   plan.tasks[7].start = later;   // the user drags a task
//   cache.update(plan).routes;     // == routePlan(plan).routes
//   cache.lastRerouted();          // the dragged task and those it pushed

#include "sunrelay/core/handoff.h"
#include "sunrelay/core/routing.h"

#include <memory>
#include <vector>

namespace sunrelay
{

class RouteCache
{
public:
    RouteCache();
    ~RouteCache();
    RouteCache(RouteCache &&) noexcept;
    RouteCache &operator=(RouteCache &&) noexcept;
    RouteCache(const RouteCache &) = delete;
    RouteCache &operator=(const RouteCache &) = delete;

    // Brings the routes up to date with `plan`; returns routes().
    const PlanRoutes &update(const Plan &plan);
    // Equal to routePlan(plan) for the plan last given to update(); empty
    // before the first update.
    const PlanRoutes &routes() const;
    // The schedule and handoffs the routes were computed on, for drawing:
    // nullptr (and no handoffs) when no task is placed. The schedule covers
    // at least withMargin(routes().horizon), often a few weeks more, so it
    // may hold handoffs beyond what routePlan's schedule would.
    const TeamSchedule *schedule() const;
    const std::vector<Handoff> &handoffs() const;

    // How the last update went, for tests and benchmarks: the number of tasks
    // it routed (every placed task after a full update), and whether it
    // recomputed the schedule.
    std::size_t lastRerouted() const;
    bool lastRecomputedSchedule() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace sunrelay
