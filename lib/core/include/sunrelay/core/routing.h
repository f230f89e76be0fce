#pragma once

// Routing: follow-the-sun execution of the placed tasks.
//
// A task is worked by one person at a time, and a person works one task at a
// time. A placed task waits until its starting region covers its start, then
// progresses while its current region has a free member working; at that
// region's handoff it passes to the handoff's receiving region (waiting there
// if all its members are busy); it ends when its effort is used up. Tasks are
// served in priority order, then earliest start, then id: each is routed
// through what the tasks before it left free. Within a region a task stays
// with the free member whose working interval runs longest (ties: member
// order).
//
// singleRegionFinish is when the task would finish alone in its starting
// region's coverage, ignoring other tasks; the follow-the-sun gain is the
// difference to `finish`. A task that does not finish within the schedule's
// horizon has no finish.
//
// Example (one 12 h task placed in EMEA Monday 08:00Z; EMEA covers
// 08:00-16:30Z, AMER 14:00-22:00Z, both Mon-Fri):
//   segments: EMEA 08:00-16:30Z, AMER 16:30-20:00Z; finish Mon 20:00Z;
//   singleRegionFinish Tue 11:30Z

#include "sunrelay/core/handoff.h"

#include <optional>
#include <vector>

namespace sunrelay {

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
    std::size_t task = 0;         // index into plan.tasks
    std::optional<Instant> start; // first pickup
    std::optional<Instant> finish;
    std::optional<Instant> singleRegionFinish;
    std::vector<RouteSegment> segments;
    std::vector<RouteHandoff> handoffs;

    bool operator==(const TaskRoute &) const = default;
};

// Routes of the placed tasks, in service order.
std::vector<TaskRoute> routeTasks(const Plan &plan, const TeamSchedule &schedule,
                                  const std::vector<Handoff> &handoffs);

// The order tasks are served in: placed tasks only, by priority, earliest
// start, then id.
std::vector<std::size_t> serviceOrder(const Plan &plan);

} // namespace sunrelay
