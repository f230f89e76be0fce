#pragma once

// A region's summary row: its coverage in the region colour, overlap bands
// in the colours of both regions, and gaps (nobody covers) hatched in
// translucent vermillion.

#include "gui/timeline/paint_context.h"

class QPainter;
class QRect;

namespace sunrelay::gui {

void paintRegionRow(QPainter &p, const PaintContext &c, std::size_t region, const QRect &rect);

} // namespace sunrelay::gui
