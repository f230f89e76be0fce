#pragma once

// Plan validity: the checks every reader of outside data runs on the plan it
// built, in one place, so the plan file, the interchange JSON and the roster
// CSV refuse the same things with the same words: counts and text lengths
// past plan_limits.h, text that is not valid (text_validity.h) and dates
// outside the plan dates. (Structure, such as unknown regions, duplicate
// ids or reversed ranges, each reader checks as it reads.)
//
// A problem says where as parts a reader turns into its own terms: JSON
// "members[3].timeOff[1].from", plan file "time_off" row "anna 1" column
// "from_day", CSV "row 5, column name".
//
// Example: a member "anna" (members[0]) named "A\x1b[2J" gives
//   {.kind = PlanProblemKind::InvalidText, .part = PlanPart::Member, .index = 0, .id = "anna",
//   .field = "name",
//    .detail = "control character U+001B at character 2 (byte 2)"}

#include "sunrelay/core/plan.h"

#include <optional>
#include <string>

namespace sunrelay
{

enum class PlanPart {
    Plan, // the plan itself (name, counts of regions, members, tasks)
    Region, // plan.regions[index]
    Holiday, // plan.regions[index].holidays[item]
    Member, // plan.members[index]
    WeeklyRange, // plan.members[index].<field>[item]: field "work", "deepWork", "comms"
    TimeOff, // plan.members[index].timeOff[item]
    BusyTime, // plan.members[index].busy[item]
    Task, // plan.tasks[index]
    HandoffNote, // plan.tasks[index].handoffNotes, the note of handoff `item`
};

enum class PlanProblemKind {
    TooMany, // a count past its limit
    TooLong, // a text past its length limit
    InvalidText, // not UTF-8, or control characters
    OutOfRange, // a date or instant outside the plan dates
};

struct PlanProblem {
    PlanProblemKind kind = PlanProblemKind::TooMany;
    PlanPart part = PlanPart::Plan;
    std::size_t index = 0; // of the region, member or task
    std::string id; // its id, empty for PlanPart::Plan
    std::size_t item = 0; // index in the owner's list (holidays, timeOff, busy),
                          // or the handoff number of a note
    std::string field; // the JSON key: "name", "title", "notes", "from", "summary", ...
    std::string detail; // what is wrong, an English phrase

    bool operator==(const PlanProblem &) const = default;
};

// The first problem of `plan`, in plan order, or nullopt.
std::optional<PlanProblem> findPlanProblem(const Plan &plan);
// The same checks for one entity about to be added or edited at `index`.
std::optional<PlanProblem> findRegionProblem(const Region &region, std::size_t index);
std::optional<PlanProblem> findMemberProblem(const Member &member, std::size_t index);
std::optional<PlanProblem> findTaskProblem(const Task &task, std::size_t index);

// Text checks for one value, for readers that check a field before the plan
// is whole: "must be at most 200 bytes long (it is 1000)" or
// "invalid UTF-8 at character 3 (byte 5)"; nullopt if fine.
std::optional<std::string> idProblem(const std::string &id);
std::optional<std::string> nameProblem(const std::string &name);
std::optional<std::string> noteProblem(const std::string &note);

} // namespace sunrelay
