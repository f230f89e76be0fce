#pragma once

// My week as a picture: PNG, SVG (text kept as <text>: the member's name,
// the dates and each block's local times) or PDF (one page), in light
// colours, painted by paintMyWeekPage(). Used by `sunrelay --export-week`.
//
// Example:
//   if (auto error = exportWeekPicture(content, QStringLiteral("mia.svg")))
//       qWarning() << *error;   // e.g. "cannot write /no/such/mia.svg: ..."

#include "gui/myweek/my_week_content.h"

#include <QString>

#include <optional>

namespace sunrelay::gui
{

inline constexpr int weekPictureWidth = 1200;

// Writes the picture to `path` (format by extension, as pictureFormatOf()),
// whole or not at all. Returns the error naming what and where, or nullopt.
std::optional<QString>
exportWeekPicture(const MyWeekContent &content, const QString &path, int width = weekPictureWidth);

} // namespace sunrelay::gui
