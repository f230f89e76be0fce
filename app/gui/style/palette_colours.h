#pragma once

// Colours derived from the palette, shared by everything that paints plan
// data (timeline rows, the week grid, task bars): tints come from palette
// roles, never from hard-coded white or black, so light and dark themes both
// work.

#include <QColor>
#include <QRect>

class QPalette;

namespace sunrelay::gui
{

QColor withAlpha(QColor color, int alpha);

// The lighter of the palette's text and base colours: marks drawn on dark
// region colours (locks, hatching, labels on bars) use it in either palette.
QColor lightEnd(const QPalette &palette);

// The one-pixel line along the bottom of `rect` that separates rows.
QRect bottomRule(const QRect &rect);

} // namespace sunrelay::gui
