#pragma once

// A member's row: daylight behind, time off, working hours, deep work and
// comms windows as this week's instances (the schedule given, which is the
// live preview while a block is dragged), the member's local hours and
// weekdays, and markers where their clocks change.

#include "gui/timeline/paint_context.h"

class QPainter;
class QPointF;
class QRect;

namespace sunrelay::gui
{

void paintMemberRow(QPainter &p,
                    const PaintContext &c,
                    std::size_t memberIndex,
                    const MemberSchedule &schedule,
                    const QRect &rect);

// The shades of a member row's daylight band: night, and twilight half of
// it, over the palette's base (day).
struct DaylightShades {
    QColor night;
    QColor twilight;
};
DaylightShades daylightShades(const QPalette &palette);

// The marker where a member's clocks change: a diamond 10 px tall below
// `top`, filled with the highlight where clocks go forward, hollow where
// they go back. (Also the samples in View > Legend.)
enum class ClockChange {
    Forward,
    Back
};
void paintClockChangeMarker(QPainter &p,
                            const QPointF &top,
                            ClockChange change,
                            const QPalette &palette);

} // namespace sunrelay::gui
