#pragma once

// A member's row: daylight behind, time off, working hours, deep work and
// comms windows as this week's instances (the schedule given, which is the
// live preview while a block is dragged), the member's local hours and
// weekdays, and markers where their clocks change.

#include "gui/timeline/paint_context.h"

class QPainter;
class QRect;

namespace sunrelay::gui {

void paintMemberRow(QPainter &p, const PaintContext &c, std::size_t memberIndex,
                    const MemberSchedule &schedule, const QRect &rect);

} // namespace sunrelay::gui
