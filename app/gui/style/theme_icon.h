#pragma once

// themeIcon(): the system icon theme's icon where it has one (Breeze on KDE,
// which already follows the palette), else the bundled line icon from
// resources/icons drawn in the palette's colours: window text, dimmed when
// disabled, highlighted text when selected. Drawn when painted, so icons
// follow a switch between light and dark palettes at once.
//
// Example:
//   action->setIcon(themeIcon(QStringLiteral("document-open")));

#include <QIcon>

namespace sunrelay::gui
{

QIcon themeIcon(const QString &name);

} // namespace sunrelay::gui
