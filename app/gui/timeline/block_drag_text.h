#pragma once

// The words of a block drag on the timeline: the live tooltip, which says
// which days change and how (in the member's zone and the reference zone),
// and the undo step's text. Pure functions of the drag (block_drag.h).
//
// Example (Anna Schmidt in Berlin, Mon-Fri 09:00-17:30, Tuesday's block
// moved an hour; reference zone UTC, Berlin on CET):
//   blockDragTooltip(...WholeRange...)
//     "Working hours, Mon–Fri: 09:00–17:30 → 10:00–18:30 Berlin
//      08:00–16:30 → 09:00–17:30 UTC
//      Hold Alt to change Tuesday only"
//   blockDragStepText(anna, BlockLayer::Work, BlockGrip::Body, {Tue}, Qt::Monday)
//     "Move Anna Schmidt's Tuesday working hours"
//   ... with Mon-Fri: "Move Anna Schmidt's working hours (Mon–Fri)"

#include "gui/text/time_format.h"
#include "gui/timeline/block_drag.h"

#include <QString>

namespace sunrelay::gui
{

// "Mon–Fri", "Mon, Wed", "Tue only" (one day), in the user's week order.
QString changedDaysText(Weekdays days, Qt::DayOfWeek firstDay);

// While `hit` is dragged to `edit` (asked with `asked`): the layer, the days
// that change, the range's local times before → after (just the times when
// nothing changed yet) and the same in the reference zone on the dragged
// day, then how to change one day or all of them.
QString blockDragTooltip(const Member &original,
                         const BlockHit &hit,
                         const BlockEdit &edit,
                         DragDays asked,
                         const TimeZone &reference,
                         ClockStyle clock,
                         Qt::DayOfWeek firstDay);

// The undo step: "Move Anna Schmidt's Tuesday deep work", "Resize Anna
// Schmidt's working hours (Mon–Fri)".
QString blockDragStepText(const Member &member,
                          BlockLayer layer,
                          BlockGrip grip,
                          Weekdays days,
                          Qt::DayOfWeek firstDay);

} // namespace sunrelay::gui
