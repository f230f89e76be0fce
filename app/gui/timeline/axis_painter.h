#pragma once

// The time axis in the reference zone: dates (every day, every other day or
// once a week as room allows) and clock times centred on their ticks.

#include "gui/timeline/paint_context.h"

class QPainter;
class QRect;

namespace sunrelay::gui
{

void paintAxis(QPainter &p, const PaintContext &c, const QRect &rect);

} // namespace sunrelay::gui
