#pragma once

// A task's route in words, for the Task details panel and the timeline's
// tooltips: who works each stretch in their own local time (and in the
// reference zone), each handoff with both sides' local times and the sync
// slot or "async only", and the finish against working alone in the
// starting region.
//
// Example (T-1 of tests/gui/tasks/tst_task_details.cpp, reference UTC,
// 24-hour clock):
//   segmentText(...)      == "Anna Schmidt · Fri 23 Oct 09:00–17:00 Berlin · 07:00–15:00 UTC"
//   routeHandoffText(...) == "EMEA → AMER · Fri 23 Oct, 15:00 UTC\n"
//                            "Anna Schmidt stops 17:00 Berlin; Nia Johnson picks up 11:00 New
//                            York\n" "Sync slot 15:00–15:15 Berlin · 09:00–09:15 New York"
//   finishText(...)       == "Finishes Mon 26 Oct, 14:00 UTC: follow-the-sun finishes 22 h "
//                            "sooner than EMEA alone (Tue 27 Oct, 12:00 UTC)."

#include "gui/text/time_format.h"

#include "sunrelay/core/handoff.h"
#include "sunrelay/core/routing.h"

#include <QString>

#include <optional>

namespace sunrelay::gui
{

QString segmentText(const Plan &plan,
                    const RouteSegment &segment,
                    const TimeZone &reference,
                    ClockStyle clock);

// The region handoff a route's handoff happens at (for its sync slot and
// kind), among `handoffs` (sorted by `at`, as PlanDocument::routeHandoffs());
// nullopt if there is none there.
std::optional<Handoff> regionHandoff(const std::vector<Handoff> &handoffs,
                                     const RouteHandoff &handoff);

// Handoff `index` of `route`: the regions, when, who stops and who picks up
// in their own zones, and the sync slot ("async only: a written note" when
// there is none). `regionSide` is regionHandoff()'s answer.
QString routeHandoffText(const Plan &plan,
                         const TaskRoute &route,
                         std::size_t index,
                         const std::optional<Handoff> &regionSide,
                         const TimeZone &reference,
                         ClockStyle clock);

// The tasks a region handoff passes on, one line each with its note for that
// handoff, the note's lines joined: "T-1 Migrate billing DB — Done: dump ·
// Next: replay shard 3". Empty when it passes none.
QString
tasksPassedText(const Plan &plan, const std::vector<TaskRoute> &routes, const Handoff &handoff);

// The note on handoff `index` (0 = the first) of the route's task, its lines
// joined with " · "; empty when there is none.
QString noteLine(const Plan &plan, const TaskRoute &route, std::size_t index);

// When it finishes against its starting region alone, or why alone would be
// sooner (tasks served first held members it needed), or that it does not
// finish within the routing horizon.
QString finishText(const Plan &plan,
                   const TaskRoute &route,
                   const Interval &horizon,
                   const TimeZone &reference,
                   ClockStyle clock);

} // namespace sunrelay::gui
