#pragma once

// Task: a piece of work with an effort in hours and a priority (1 is the
// highest). Dropped on the timeline it also has an earliest start and a
// starting region; without both it sits in the backlog.
//
// Its handoff notes are what the team writes for the next region at each
// handoff of the task: keyed by handoff number, 1 being the task's first
// handoff in its route (TaskRoute::handoffs[0], routing.h), 2 the second, and
// so on. A number, not the handoff's instant: moving the task moves every
// handoff, and the notes must stay with them. The text is the user's (the
// app offers its done / next / blockers / links template); the core only
// keeps it.
//
// Example:
//   Task{.id = "T-1", .title = "Migrate billing DB", .effortHours = 30,
//        .priority = 1, .start = t, .region = "emea",
//        .handoffNotes = {{1, "Done: dump\nNext: replay shard 3"}}}
//   handoffNote(task, 1) == "Done: dump\nNext: replay shard 3"
//   handoffNote(task, 2) == ""

#include "sunrelay/core/instant.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace sunrelay
{

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
    // invariant: hasValidHandoffNotes(*this): numbers from 1, no empty text
    // (an empty note is no note). `{}` keeps older positional initialisers
    // free of missing-initialiser warnings.
    std::map<int, std::string> handoffNotes{};

    bool isPlaced() const { return start.has_value() && region.has_value(); }
    Seconds effort() const { return effortSeconds(effortHours); }

    bool operator==(const Task &) const = default;
};

// The note on the task's handoff `number` (1 = first), "" when it has none.
std::string_view handoffNote(const Task &task, int number);
// Sets the note on handoff `number` (>= 1); an empty text removes it.
void setHandoffNote(Task &task, int number, std::string text);
// Every handoff number is at least 1 and every note has text. Plan JSON,
// plan files and edits refuse anything else, naming the task.
bool hasValidHandoffNotes(const Task &task);

} // namespace sunrelay
