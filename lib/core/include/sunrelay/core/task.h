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

struct Task {
    std::string id;
    std::string title;
    double effortHours = 0; // invariant: > 0
    int priority = 1;
    std::optional<Instant> start;
    std::optional<std::string> region; // id of a Region of the plan
    std::optional<Instant> deadline;
    std::string notes;

    bool isPlaced() const { return start.has_value() && region.has_value(); }
    Seconds effort() const;

    bool operator==(const Task &) const = default;
};

} // namespace sunrelay
