#pragma once

// The header column of a row: a region's disclosure triangle, colour and
// name; a member's name with their current local time and zone
// abbreviation ("is it working hours there?").

#include "gui/timeline/paint_context.h"
#include "gui/timeline/timeline_rows.h"

class QPainter;
class QRect;

namespace sunrelay::gui
{

void paintRowHeader(QPainter &p,
                    const PaintContext &c,
                    const TimelineRow &row,
                    const QRect &rowRect,
                    bool expanded,
                    bool focused);

} // namespace sunrelay::gui
