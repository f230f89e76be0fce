#pragma once

// A small square of a region's colour with a border that shows on light and
// dark palettes, for region pickers and lists.

#include <QIcon>

class QPalette;
class QString;

namespace sunrelay::gui
{

QIcon regionSwatch(const QString &colour, const QPalette &palette);

} // namespace sunrelay::gui
