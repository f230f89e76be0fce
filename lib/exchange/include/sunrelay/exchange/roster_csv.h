#pragma once

// Member rosters as CSV, because rosters live in spreadsheets.
//
// RFC 4180 CSV with a header row. Required columns: name, region, zone,
// work days, work start, work end. Optional: id, deep work start, deep work
// end, comms (one or more "HH:MM-HH:MM" windows separated by ';'). Day lists
// are weekday keys separated by spaces, ';' or ',' ("mon tue wed") or ranges
// ("mon-fri"); deep work and comms use the work days. Column names are matched
// case-insensitively, with '_' or '-' accepted for the space. Regions are
// created in order of first appearance with the default palette colours; an
// id left out is derived from the name ("Anna Schmidt" -> "anna-schmidt").
//
// Example:
//   name,region,zone,work days,work start,work end
//   Anna Schmidt,EMEA,Europe/Berlin,mon-fri,09:00,17:30

#include "sunrelay/core/plan.h"
#include "sunrelay/exchange/result.h"

#include <string_view>

namespace sunrelay::exchange
{

// A plan holding the roster's regions and members; `name` becomes its name.
Result<Plan> readRosterCsv(std::string_view text, std::string_view name);

} // namespace sunrelay::exchange
