#pragma once

// The JSON reports of DESIGN.md ("schedule", "route", "conflicts"), with
// instants as ISO 8601 UTC and intervals as [start, end] pairs, streamed to
// `out` as they are written (json_stream.h): the memory they need does not
// grow with the size of the report. Each returns the error if the output
// could not be written.
//
// Always the C locale, whatever LANG says: these are for scripts, and a
// German decimal comma or a Japanese date would break every reader. The
// same holds for CSV and .ics. Only the text tables (report_text.h) follow
// the reader's language.

#include "sunrelay/core/conflict.h"
#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule_report.h"

#include <QString>
#include <QTextStream>

#include <optional>
#include <vector>

namespace sunrelay::cli
{

std::optional<QString>
writeScheduleJson(QTextStream &out, const Plan &plan, const ScheduleReport &report);
std::optional<QString>
writeRouteJson(QTextStream &out, const Plan &plan, const std::vector<TaskRoute> &routes);
std::optional<QString>
writeConflictsJson(QTextStream &out, const Plan &plan, const std::vector<Conflict> &conflicts);

} // namespace sunrelay::cli
