#pragma once

// The one look of plan blocks wherever they are drawn (the world timeline,
// the week grid, member views): working hours in the region colour, deep
// work darker with a hatch and a padlock so protected reads as protected at
// a glance, comms windows as a narrow outlined band, time off grey and
// cross-hatched. Colours come from the palette's roles, so light and dark
// themes both work.

#include <QColor>
#include <QRectF>

class QPainter;
class QPalette;
class QPixmap;

namespace sunrelay::gui
{

void paintWorkBlock(QPainter &p, const QRectF &rect, const QColor &regionColour);
void paintDeepWorkBlock(QPainter &p,
                        const QRectF &rect,
                        const QColor &regionColour,
                        const QPalette &palette);
void paintCommsBand(QPainter &p, const QRectF &rect, const QPalette &palette);
void paintTimeOff(QPainter &p, const QRectF &rect, const QPalette &palette);

// A small padlock (11 x 13 logical pixels) in `colour`, drawn once per
// colour and pixel ratio and reused for every block.
const QPixmap &lockGlyph(const QColor &colour, qreal devicePixelRatio);

} // namespace sunrelay::gui
