#pragma once

// A region's summary row: its coverage in the region colour, overlap bands
// in the colours of both regions, and gaps (nobody covers) hatched in
// translucent vermillion.

#include "gui/timeline/paint_context.h"

class QPainter;
class QColor;
class QRect;
class QRectF;

namespace sunrelay::gui
{

void paintRegionRow(QPainter &p, const PaintContext &c, std::size_t region, const QRect &rect);

// The parts of a region row one at a time, as paintRegionRow() draws them
// (also the samples in View > Legend): an overlap band shaded from this
// region's colour to the other's, the coverage bar, and a gap band.
void paintOverlapBand(QPainter &p, const QRectF &rect, const QColor &region, const QColor &other);
void paintCoverageBar(QPainter &p, const QRectF &rect, const QColor &region);
void paintGapBand(QPainter &p, const QRectF &rect);

} // namespace sunrelay::gui
