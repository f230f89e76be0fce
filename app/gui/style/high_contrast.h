#pragma once

// The high-contrast look (Preferences > Appearance > High contrast, or a
// high-contrast theme of the desktop): pure black and white, a yellow
// highlight, no quiet grey text, and a thicker focus frame.
//
// Whether a palette is high-contrast is read from its colours, so a
// desktop's own high-contrast theme gets the thick frames too: text on its
// bases at least 7:1 (WCAG AAA) and the highlight at least 10:1 against the
// base (a plain light or dark theme's blue highlight is 3–7:1).
//
// Example:
//   isHighContrast(highContrastPalette()) == true
//   focusFrameWidth(highContrastPalette()) == 4, 2 for any other palette

#include <QColor>
#include <QPalette>

namespace sunrelay::gui
{

QPalette highContrastPalette();

// WCAG 2 contrast ratio, 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
bool isHighContrast(const QPalette &palette);

// The width of the frame around what has the keyboard focus, in the
// palette's Highlight colour.
qreal focusFrameWidth(const QPalette &palette);

// Quieter text (hour labels, a member's local time): Text at `alpha`, but
// the full Text colour in a high-contrast palette.
QColor quietText(const QPalette &palette, QPalette::ColorRole role, int alpha);

} // namespace sunrelay::gui
