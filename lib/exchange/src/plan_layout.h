#pragma once

// How plan JSON is laid out on the page, so that Git diffs and merges it by
// region, member and task: every element of `regions`, `members` and `tasks`
// is an object over its own lines (one key a line), never sharing a line with
// its neighbour, and each weekly range, time-off range and handoff note is one
// line inside it. An edit to one member is therefore one hunk of that member's
// lines. Internal to sunrelay_exchange (writePlanJson and the plan merge).
//
// Example (two-space steps, keys in the order given):
//   {
//     "sunrelayPlan": 1,
//     "members": [
//       {
//         "id": "anna",
//         "work": [
//           {"days": ["mon", "tue"], "start": "09:00", "end": "17:30"}
//         ],
//         "deepWork": []
//       }
//     ]
//   }

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace sunrelay::exchange::detail
{

using OrderedJson = nlohmann::ordered_json;

// Two versions of one part of a plan that a merge could not reconcile,
// written between Git-style markers naming the part:
//   <<<<<<< ours: member "ana" (Ana Lima)
//   ...ours' version...
//   =======
//   ...theirs' version...
//   >>>>>>> theirs: member "ana" (Ana Lima)
// A missing version was deleted on that side and is written as nothing.
struct ConflictVersions {
    std::string label; // `member "ana" (Ana Lima)`, `plan name`: one line
    std::optional<OrderedJson> ours;
    std::optional<OrderedJson> theirs;
};

// An element of a list, or the value of a top-level key: merged, or in conflict.
using LaidOutValue = std::variant<OrderedJson, ConflictVersions>;

// One top-level key of the plan object. `list` is set for `regions`,
// `members` and `tasks`, whose elements are laid out one by one; otherwise
// `value` is the whole value.
struct TopLevelEntry {
    std::string key;
    LaidOutValue value;
    std::optional<std::vector<LaidOutValue>> list;
};

// The text of the plan object made of `entries`, in their order, with a final
// newline. Text that is not UTF-8 is replaced (JSON must be UTF-8).
std::string layOutPlan(const std::vector<TopLevelEntry> &entries);

// The same for a whole plan document: its arrays of objects at the top level
// are laid out element by element.
std::string layOutPlan(const OrderedJson &root);

// Git's conflict marker lines, 7 characters and a space.
inline constexpr std::string_view oursMarker = "<<<<<<< ";
inline constexpr std::string_view separatorMarker = "=======";
inline constexpr std::string_view theirsMarker = ">>>>>>> ";

} // namespace sunrelay::exchange::detail
