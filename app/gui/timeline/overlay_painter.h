#pragma once

// What the timeline draws over everything while the user works with it: the
// preview of a task being dragged (where it would start, in the words of the
// undo step it makes, and where nobody covers then, when it really starts)
// and the time cursor (a line with every row's local time and who holds each
// task then). Never part of a picture of the timeline.

#include "gui/timeline/paint_context.h"
#include "gui/timeline/timeline_rows.h"

#include "sunrelay/core/routing.h"

#include <utility>
#include <vector>

class QPainter;
class QPalette;
class QRect;
class QRectF;
class QString;

namespace sunrelay::gui
{

// The rows in view with where they are.
using ShownRows = std::vector<std::pair<TimelineRow, QRect>>;

struct DropPreview {
    const Task &task;
    std::size_t region = 0; // the row it would be dropped on
    Instant start;
};

void paintDropPreview(QPainter &p,
                      const PaintContext &c,
                      const DropPreview &drop,
                      const ShownRows &rows,
                      const QRect &area);

void paintTimeCursor(QPainter &p,
                     const PaintContext &c,
                     const std::vector<TaskRoute> &routes,
                     Instant at,
                     const ShownRows &rows,
                     const QRect &area);
// The now line and the time cursor's line and label, from `top` to `bottom`
// at `x` (also the samples in View > Legend).
void paintNowLine(QPainter &p, double x, double top, double bottom, const QPalette &palette);
void paintTimeCursorLine(QPainter &p, double x, double top, double bottom, const QPalette &palette);
void paintTimeCursorLabel(QPainter &p,
                          const QRectF &box,
                          const QString &text,
                          const QPalette &palette);
// The cursor's instant in the reference zone, on the axis above its line.
void paintTimeCursorOnAxis(QPainter &p, const PaintContext &c, Instant at, int axisBottom);

} // namespace sunrelay::gui
