#pragma once

// Routing: follow-the-sun execution of the placed tasks.
//
// A task is worked by one person at a time, and a person works one task at a
// time. A placed task waits until its starting region covers its start, then
// progresses while its current region has a free member working; at that
// region's handoff it passes to the handoff's receiving region (waiting there
// if all its members are busy); it ends when its effort is used up. Tasks are
// served in priority order, then earliest start, then id: each is routed
// through what the tasks before it left free. Within a region the task goes
// to the free member whose free working time from now runs longest without
// interruption (ties: member order) and stays with them until they stop
// working or are taken; then to the next such member, or it waits.
//
// Every task is routed from its own start over one horizon for the whole
// plan: from the earliest placed start's UTC date to 366 days after the
// latest placed start's UTC date (routingHorizon). A report window never
// changes a route; it only chooses which routes are listed (routesMeeting).
// A task not finished by the horizon has no finish; its segments so far are
// listed.
//
// singleRegionFinish is when the task would finish alone in its starting
// region's coverage, ignoring other tasks; the follow-the-sun gain is the
// difference to `finish`. It depends on the task alone, so it is searched
// within the task's own horizon: 366 days after its start's UTC date.
//
// Example (one 12 h task placed in EMEA Monday 08:00Z; EMEA covers
// 08:00-16:30Z, AMER 14:00-22:00Z, both Mon-Fri):
//   segments: EMEA 08:00-16:30Z, AMER 16:30-20:00Z; finish Mon 20:00Z;
//   singleRegionFinish Tue 11:30Z

#include "sunrelay/core/handoff.h"

#include <optional>
#include <vector>

namespace sunrelay
{

struct RouteSegment {
    std::size_t region = 0;
    std::size_t member = 0;
    Interval interval;

    bool operator==(const RouteSegment &) const = default;
};

struct RouteHandoff {
    std::size_t from = 0;
    std::size_t to = 0;
    Instant at;

    bool operator==(const RouteHandoff &) const = default;
};

struct TaskRoute {
    std::size_t task = 0; // index into plan.tasks
    std::optional<Instant> start; // first pickup
    std::optional<Instant> finish;
    std::optional<Instant> singleRegionFinish;
    std::vector<RouteSegment> segments;
    std::vector<RouteHandoff> handoffs;

    bool operator==(const TaskRoute &) const = default;
};

// Routes of the placed tasks over `schedule`, in service order, cut at
// `until` (at most the schedule's horizon end; by default that end). The
// schedule should reach a little past `until` (scheduleMargin) so handoffs
// near it choose their receivers as they would without the cut.
std::vector<TaskRoute> routeTasks(const Plan &plan,
                                  const TeamSchedule &schedule,
                                  const std::vector<Handoff> &handoffs,
                                  std::optional<Instant> until = std::nullopt);

// [earliest placed start's UTC date 00:00Z, latest placed start's UTC date +
// 366 days 00:00Z); nullopt when no task is placed.
// Example: starts 2026-12-01T08:00Z and 2027-02-03T23:00Z give
//   [2026-12-01T00:00Z, 2028-02-04T00:00Z)
std::optional<Interval> routingHorizon(const Plan &plan);

// Every placed task routed over routingHorizon(plan), with the schedule and
// handoffs that needs.
struct PlanRoutes {
    Interval horizon;
    std::vector<TaskRoute> routes; // service order

    bool operator==(const PlanRoutes &) const = default;
};
PlanRoutes routePlan(const Plan &plan);

// The routes whose run shares time with `window`: from the task's planned
// start to its finish, or to the horizon's end when it has none. Unclipped.
std::vector<TaskRoute>
routesMeeting(const Plan &plan, const PlanRoutes &routes, const Interval &window);

// The order tasks are served in: placed tasks only, by priority, earliest
// start, then id.
std::vector<std::size_t> serviceOrder(const Plan &plan);

} // namespace sunrelay
