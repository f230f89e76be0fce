#pragma once

// Three-way merge of plan interchange JSON, as a Git merge driver does it:
// BASE is the common ancestor, OURS and THEIRS the two edited versions.
//
// Regions, members and tasks are matched by id, and merged field by field: a
// field changed on one side only takes that change; changed the same way on
// both sides, it is taken once. A task's handoff notes merge note by note
// (by handoff number), so notes on different handoffs never conflict. The plan's own fields (name,
// each policy value) merge the same way. The order of each list merges too: an element added on one
// side goes after the element it follows there; a reordering on one side is kept.
//
// Conflicts, each reported (MergeConflict), the rest merged; the first three
// are written into the text between Git-style markers naming the part
// (`<<<<<<< ours: member "ana" (Ana Lima)`, see conflictLabel()):
// - a field changed differently on both sides (the member's whole block is
//   written twice, ours and theirs, each with the other merged fields);
// - deleted on one side, changed on the other;
// - added on both sides with different contents;
// - a list reordered differently on both sides (ours' order is kept);
// - a merged plan that is not valid (theirs removed a region that ours gave
//   a new member), named by the reader's message.
// A missing or empty BASE (a file added on both branches) counts as a plan
// with nothing in it.
//
// Example:
//   auto merged = mergePlanJson(base, ours, theirs);
//   merged.value().conflicts.empty() // then merged.value().text is the plan

#include "sunrelay/core/expected.h"
#include "sunrelay/exchange/input_error.h"

#include <string>
#include <string_view>
#include <vector>

namespace sunrelay::exchange
{

enum class MergeSide {
    Base,
    Ours,
    Theirs
};

enum class MergeConflictKind {
    ChangedOnBothSides, // `fields` lists each field changed differently
    DeletedByOurs, // ours deleted it, theirs changed it
    DeletedByTheirs,
    AddedOnBothSides, // with different contents
    ReorderedOnBothSides, // the list named by `part` ("regions", ...)
    InvalidResult, // `detail` is the reader's message about the merged plan
};

struct MergeConflict {
    MergeConflictKind kind = MergeConflictKind::ChangedOnBothSides;
    std::string part; // "region", "member", "task", "plan"; a list name for a reordering
    std::string id; // the element's id; empty for the plan
    std::string name; // its name (a task's title), as ours has it if ours has it
    std::vector<std::string> fields; // "zone", "policy.syncSlotMinutes"
    std::string detail;

    bool operator==(const MergeConflict &) const = default;
};

struct PlanMerge {
    std::string text; // the merged plan JSON, with markers if conflicts says so
    std::vector<MergeConflict> conflicts; // in the order they appear in the text
};

// Why an input could not be merged: which one, and the reader's error.
struct MergeInputError {
    MergeSide side = MergeSide::Base;
    InputError error;
};

// How a conflicting element is named in markers and messages: `member "ana"
// (Ana Lima)`, `task "T-7" (Migrate billing)`; "plan" for the plan's fields.
std::string conflictLabel(const MergeConflict &conflict);

Expected<PlanMerge, MergeInputError>
mergePlanJson(std::string_view base, std::string_view ours, std::string_view theirs);

} // namespace sunrelay::exchange
