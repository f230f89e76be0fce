#pragma once

// Readable tables of the reports for a terminal, times in a chosen zone, with
// the local times of both sides of every handoff. For people: words, dates,
// clock times and numbers in the reader's language and patterns
// ("Mo., 30. Nov. 14:00 CET", "7,5 h"); under LANG=C, English. Scripts
// read --json, which is the same in every language:
// these words change when they read better ("conflicts: 2", never "1
// conflicts").

#include "sunrelay/core/conflict.h"
#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule_report.h"

#include <QString>

#include <vector>

namespace sunrelay::cli
{

QString scheduleText(const Plan &plan, const ScheduleReport &report, const TimeZone &zone);
// `routes` may be those of a report window; `placed` counts all placed tasks.
QString routeText(const Plan &plan,
                  const std::vector<TaskRoute> &routes,
                  std::size_t placed,
                  const TimeZone &zone);
QString
conflictsText(const Plan &plan, const std::vector<Conflict> &conflicts, const TimeZone &zone);

} // namespace sunrelay::cli
