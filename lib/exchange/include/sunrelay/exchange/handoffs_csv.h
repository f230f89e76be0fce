#pragma once

// Handoffs as CSV, for spreadsheets and reports (File > Export Handoffs as
// CSV…).
//
// RFC 4180: a header row, then one row per handoff in the order given;
// fields with a comma, a double quote, a line break or a leading or trailing
// space are quoted, quotes doubled; fields a spreadsheet would run as a
// formula are guarded with a leading ' (csvField); rows end in CRLF, line breaks inside a
// field are LF. UTF-8 without a byte order mark. Columns:
//   from, from id, to, to id      the regions' names and ids
//   at                            when the sender stops, UTC (ISO 8601)
//   from local                    `at` on the sender's clocks: one
//                                 "2026-03-02T17:30+01:00 Europe/Berlin" per
//                                 zone of its members, joined by "; "
//   to local                      `pickup` on the receiver's clocks, the same way
//   kind                          "overlap" or "gap"
//   overlap minutes, wait minutes whole minutes (0 for the other kind)
//   pickup                        when the receiver starts, UTC
//   sync slot start, sync slot end  UTC; empty when there is none
//   tasks                         the tasks passed (routing.h): "T-3 Write
//                                 runbook", one a line
//   notes                         their notes for this handoff (numbered along
//                                 each task's route, Task::handoffNotes):
//                                 "T-3: <note>", separated by a blank line
//
// Example (one overlap handoff, EMEA Berlin -> AMER New York, 2026-03-02):
//   from,from id,to,to id,at,from local,to local,kind,overlap minutes,...
//   EMEA,emea,AMER,amer,2026-03-02T16:30:00Z,2026-03-02T17:30+01:00
//   Europe/Berlin,2026-03-02T11:30-05:00 America/New_York,overlap,150,0,...

#include "sunrelay/core/handoff.h"
#include "sunrelay/core/plan.h"
#include "sunrelay/core/routing.h"

#include <string>
#include <vector>

namespace sunrelay::exchange
{

// `handoffs` (indices into plan.regions) with the tasks `routes` pass on
// through each.
std::string writeHandoffsCsv(const Plan &plan,
                             const std::vector<Handoff> &handoffs,
                             const std::vector<TaskRoute> &routes);

// One RFC 4180 field: `text` as is, or quoted when it must be. A text that
// a spreadsheet would run as a formula (starting with = + - @, tab or CR)
// gets a single quote in front and is quoted (OWASP "CSV injection"): the
// cell then shows the text with a leading ', and never runs.
// Example: csvField("a, \"b\"") == "\"a, \"\"b\"\"\""
//          csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\""
//          csvField("-5 days") == "\"'-5 days\""
std::string csvField(const std::string &text);

} // namespace sunrelay::exchange
