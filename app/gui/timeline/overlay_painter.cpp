#include "gui/timeline/overlay_painter.h"

#include "gui/style/palette_colours.h"
#include "gui/style/task_colours.h"
#include "gui/tasks/task_text.h"
#include "gui/timeline/time_cursor.h"
#include "gui/timeline/timeline_view.h"

#include <QPainter>

#include <cmath>

namespace sunrelay::gui
{

void paintDropPreview(QPainter &p,
                      const PaintContext &c,
                      const DropPreview &drop,
                      const ShownRows &rows,
                      const QRect &area)
{
    const QColor colour = taskColour(drop.task.id);
    const double x = c.timeX(drop.start);
    QPen line(c.palette.color(QPalette::Highlight), 1.5);
    line.setDashPattern({4, 3});
    p.setPen(line);
    p.drawLine(QPointF(x, c.metrics.axisHeight()), QPointF(x, area.bottom()));
    QRect regionRow;
    for (const auto &[row, rect] : rows)
        if (row.kind == RowKind::Region && row.index == drop.region)
            regionRow = rect;
    if (regionRow.isNull())
        return;
    const double y = regionRow.center().y();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // Where nobody covers the drop, the task waits for the region's next
    // coverage: a run to it, as the placed task will show.
    QString waits;
    const Region &region = c.plan.regions[drop.region];
    const auto covered = c.scene.report.coverage[drop.region].covering(drop.start);
    if (!covered || covered->start > drop.start) {
        if (covered) {
            QPen run(colour.darker(120), 2);
            run.setDashPattern({2, 3});
            p.setPen(run);
            p.drawLine(QPointF(x, y), QPointF(c.timeX(covered->start), y));
            waits = TimelineView::tr("Nobody in %1 works then: it starts %2")
                        .arg(QString::fromStdString(region.name),
                             dateTimeText(covered->start, c.reference, c.clock));
        } else {
            waits = TimelineView::tr(
                        "Nobody in %1 works in these days: it starts when someone "
                        "does")
                        .arg(QString::fromStdString(region.name));
        }
    }
    p.setPen(QPen(c.palette.color(QPalette::Text), 1));
    p.setBrush(colour);
    p.drawPolygon(QPolygonF({QPointF(x - 6, y - 9), QPointF(x + 6, y - 9), QPointF(x, y)}));
    p.restore();
    // What releasing does, in the words of the undo step it makes.
    QString text = placeStepText(c.plan, drop.task, region.id, drop.start, c.reference, c.clock);
    if (!waits.isEmpty())
        text += u'\n' + waits;
    const QFontMetrics metrics(c.metrics.font);
    const QRect textRect = metrics.boundingRect(QRect(0, 0, 480, 200), Qt::TextWordWrap, text);
    QRectF box(x + 10, regionRow.bottom() + 4, textRect.width() + 12, textRect.height() + 8);
    if (box.right() > area.right() - 4)
        box.moveRight(x - 10);
    p.fillRect(box, c.palette.color(QPalette::ToolTipBase));
    p.setPen(c.palette.color(QPalette::Mid));
    p.drawRect(box.adjusted(0, 0, -1, -1));
    p.setPen(c.palette.color(QPalette::ToolTipText));
    p.setFont(c.metrics.font);
    p.drawText(box.adjusted(6, 4, -6, -4), Qt::TextWordWrap, text);
}

void paintNowLine(QPainter &p, double x, double top, double bottom, const QPalette &palette)
{
    p.fillRect(QRectF(std::round(x) - 1, top, 2, bottom - top + 1),
               palette.color(QPalette::Highlight));
}

void paintTimeCursorLine(QPainter &p, double x, double top, double bottom, const QPalette &palette)
{
    p.fillRect(QRectF(x, top, 1, bottom - top + 1), palette.color(QPalette::Highlight));
}

void paintTimeCursorLabel(QPainter &p,
                          const QRectF &box,
                          const QString &text,
                          const QPalette &palette)
{
    p.fillRect(box, withAlpha(palette.color(QPalette::Base), 235));
    p.setPen(withAlpha(palette.color(QPalette::Highlight), 200));
    p.drawRect(box.adjusted(0, 0, -1, -1));
    p.setPen(palette.color(QPalette::Text));
    p.drawText(box, Qt::AlignCenter, text);
}

void paintTimeCursor(QPainter &p,
                     const PaintContext &c,
                     const std::vector<TaskRoute> &routes,
                     Instant at,
                     const ShownRows &rows,
                     const QRect &area)
{
    const double x = std::round(c.timeX(at));
    if (x < c.metrics.headerWidth || x > area.right())
        return;
    const int top = c.metrics.axisHeight();
    paintTimeCursorLine(p, x, top, area.bottom(), c.palette);
    const HoldersAt holders = holdersAt(c.plan, routes, at);
    p.setFont(c.metrics.smallFont);
    const QFontMetrics metrics(c.metrics.smallFont);
    for (const auto &[row, rect] : rows) {
        const QString text = timeCursorLabel(c.plan, holders, row, at, c.clock);
        if (text.isEmpty())
            continue;
        // Right of the line, or left of it near the right edge.
        QRectF box(x + 3,
                   rect.top() + 2,
                   metrics.horizontalAdvance(text) + 8,
                   metrics.height() + 2);
        if (box.right() > area.right() - 2)
            box.moveRight(x - 3);
        paintTimeCursorLabel(p, box, text, c.palette);
    }
}

void paintTimeCursorOnAxis(QPainter &p, const PaintContext &c, Instant at, int axisBottom)
{
    const double x = c.timeX(at);
    if (x < c.metrics.headerWidth)
        return;
    //: A weekday and a clock time on the time cursor: "Mon 09:00"
    const QString text = TimelineView::tr("%1 %2").arg(weekdayText(at, c.reference),
                                                       clockText(at, c.reference, c.clock));
    const QFontMetrics bold(c.metrics.boldFont);
    const QRectF box(x - bold.horizontalAdvance(text) / 2.0 - 5,
                     axisBottom - c.metrics.fontHeight - 4,
                     bold.horizontalAdvance(text) + 10,
                     c.metrics.fontHeight + 2);
    p.fillRect(box, c.palette.color(QPalette::Highlight));
    p.setFont(c.metrics.boldFont);
    p.setPen(c.palette.color(QPalette::HighlightedText));
    p.drawText(box, Qt::AlignCenter, text);
}

} // namespace sunrelay::gui
