#pragma once

// Task: a piece of work with an effort in hours and a priority (1 is the
// highest). Dropped on the timeline it also has an earliest start and a
// starting region; without both it sits in the backlog.
//
// Example:
//   Task{.id = "T-1", .title = "Migrate billing DB", .effortHours = 30,
//        .priority = 1, .start = t, .region = "emea"}

#include "sunrelay/core/instant.h"

#include <optional>
#include <string>

namespace sunrelay {

// Efforts are whole seconds: hours x 3600, half a second rounding up.
// Example: effortSeconds(0.00125) == 5 s (4.5 s rounds up).
Seconds effortSeconds(double hours);

// A valid effort is finite, at least a minute of work (shorter is a typo, and
// a task of 0 s would finish before it starts) and at most 100,000 hours
// (which keeps every instant far from overflow). Plan JSON, plan files and
// edits refuse anything else, naming the task.
inline constexpr Seconds minimumEffort{60};
inline constexpr double maximumEffortHours = 100000;
bool isValidEffort(double hours);

struct Task {
    std::string id;
    std::string title;
    double effortHours = 0; // invariant: isValidEffort(effortHours)
    int priority = 1;
    std::optional<Instant> start;
    std::optional<std::string> region; // id of a Region of the plan
    std::optional<Instant> deadline;
    std::string notes;

    bool isPlaced() const { return start.has_value() && region.has_value(); }
    Seconds effort() const { return effortSeconds(effortHours); }

    bool operator==(const Task &) const = default;
};

} // namespace sunrelay
