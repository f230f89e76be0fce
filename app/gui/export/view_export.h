#pragma once

// Pictures of the timeline: the visible range of a TimelineView, with every
// row and the placed tasks, written as PNG, SVG (text kept as text) or PDF
// (vector, one page the size of the picture). Used by View > Export
// Picture… and by `sunrelay --export-view`.
//
// Example:
//   ViewExportOptions options;
//   options.planName = QStringLiteral("Acme Platform");
//   options.width = 1600;
//   if (auto error = exportTimelinePicture(view, QStringLiteral("week.svg"), options))
//       qWarning() << *error;   // e.g. "cannot write /no/such/week.svg: ..."

#include "gui/export/picture_file.h"

#include <QString>

#include <optional>

namespace sunrelay::gui
{

class TimelineView;

struct ViewExportOptions {
    static constexpr int minimumWidth = 400;
    static constexpr int maximumWidth = 20000;
    static constexpr int defaultWidth = 1600;

    QString planName; // in the SVG's and PDF's title
    int width = defaultWidth; // in pixels (PNG) or the same in CSS px / points·96/72
};

// "Sunrelay — Acme Platform, 2026-11-30–2026-12-04 (Europe/Berlin)": the
// plan, the dates shown (the last one inclusive) in the view's reference zone.
QString pictureTitle(const TimelineView &view, const QString &planName);

// Writes the picture of `view` to `path`, its format chosen by the
// extension. The file appears whole or not at all (written beside it, then
// renamed). Returns the error text naming what and where, or nullopt.
std::optional<QString>
exportTimelinePicture(TimelineView &view, const QString &path, const ViewExportOptions &options);

} // namespace sunrelay::gui
