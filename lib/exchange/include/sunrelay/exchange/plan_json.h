#pragma once

// The plan interchange JSON of DESIGN.md ("sunrelayPlan": 1): the documented,
// stable text form of a whole plan. Reading checks everything a plan needs
// (types, zones, times, weekdays, unique ids, references, ranges) and names
// the JSON path of the first problem; writing and reading again gives back an
// equal Plan.
//
// Example:
//   auto plan = readPlanJson(R"({"sunrelayPlan": 1, "name": "Acme", ...})");
//   writePlanJson(plan.value()) // pretty-printed, keys in DESIGN.md order

#include "sunrelay/core/plan.h"
#include "sunrelay/exchange/result.h"

#include <string>
#include <string_view>

namespace sunrelay::exchange
{

inline constexpr int planJsonVersion = 1;

Result<Plan> readPlanJson(std::string_view text);
std::string writePlanJson(const Plan &plan);

} // namespace sunrelay::exchange
