#pragma once

// The JSON reports of DESIGN.md ("schedule", "route", "conflicts"), with
// instants as ISO 8601 UTC and intervals as [start, end] pairs.

#include "sunrelay/core/conflict.h"
#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule_report.h"

#include <string>
#include <vector>

namespace sunrelay::cli {

std::string scheduleJson(const Plan &plan, const ScheduleReport &report);
std::string routeJson(const Plan &plan, const std::vector<TaskRoute> &routes);
std::string conflictsJson(const Plan &plan, const std::vector<Conflict> &conflicts);

} // namespace sunrelay::cli
