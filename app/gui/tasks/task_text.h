#pragma once

// Tasks in words for the backlog, its dialogs and the timeline's undo steps:
// efforts, where a task is placed, the name of a placing step, the next free
// human id, what a local reading becomes on a DST night, and the red a
// missed deadline is shown in.
//
// Example (the demo plan, reference zone UTC, 24-hour clock):
//   effortText(1.5)                                  == "1 h 30 min"
//   placementText(plan, task T-1, utc, 24 h)         == "EMEA · Mon 30 Nov, 08:00 UTC"
//   placeStepText(plan, T-13, "emea", Tue 1 Dec 09:00Z, utc, 24 h)
//                                                    == "Place T-13 in EMEA at Tue 09:00"
//   nextTaskId(plan)                                 == "T-16"

#include "gui/text/time_format.h"

#include "sunrelay/core/local_time.h"
#include "sunrelay/core/plan.h"
#include "sunrelay/core/routing.h"

#include <QColor>
#include <QString>

#include <optional>
#include <string>

class QPalette;

namespace sunrelay::gui
{

// Work, not elapsed time: hours and minutes, never days ("30 h", "1 h 30 min",
// "45 min"), rounded to the nearest minute. durationText() would say "1 d 6 h"
// for 30 h of effort, which reads as a calendar span.
QString effortText(double hours);

// "EMEA · Tue 1 Dec, 09:00 UTC" (the start in `zone`), or "Backlog".
QString placementText(const Plan &plan, const Task &task, const TimeZone &zone, ClockStyle style);

// The undo step of dropping `task` in region `regionId` at `start`, the time
// read in `zone`: "Place T-3 in EMEA at Tue 09:00" from the backlog,
// "Move T-3 to AMER at Wed 14:00" when it was placed already.
QString placeStepText(const Plan &plan,
                      const Task &task,
                      const std::string &regionId,
                      Instant start,
                      const TimeZone &zone,
                      ClockStyle style);

// "T-<n>" with n one more than the largest numeric suffix among the plan's
// "T-<digits>" ids; "T-1" when there is none. Other ids ("T-x", "migration")
// do not count.
std::string nextTaskId(const Plan &plan);

// How far past its deadline the task's route finishes; nullopt when it has
// no deadline, is not placed or finishes in time. A route without a finish
// (not done by the horizon's end) misses a deadline before that end, by an
// amount nobody knows: missesDeadline() says so, lateBy() does not.
std::optional<Seconds> lateBy(const Task &task, const TaskRoute *route);
bool missesDeadline(const Task &task, const TaskRoute *route, const Interval &horizon);

// What a wall-clock reading in `zone` becomes when DST makes it special;
// empty for an ordinary reading.
//   gap:     "02:30 does not exist on Sun 29 Mar 2026 in Berlin: the task
//             starts at 03:30."
//   overlap: "02:30 happens twice on Sun 25 Oct 2026 in Berlin: the task
//             starts at the first, 02:30 CEST (00:30 UTC)."
// `moment` says which moment the reading is; each has whole sentences of
// its own, so translators never glue a fragment into a sentence.
enum class ReadingMoment {
    TaskStart,
    Deadline
};
QString localReadingNote(const TimeZone &zone,
                         LocalTime reading,
                         const LocalTimeLookup &lookup,
                         ClockStyle style,
                         ReadingMoment moment);

// Text in this colour reads on the palette's Base (tables and fields), light
// or dark: a deep red on light backgrounds, a light red on dark ones.
QColor problemColor(const QPalette &palette);

} // namespace sunrelay::gui
