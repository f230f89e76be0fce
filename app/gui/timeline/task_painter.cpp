#include "gui/timeline/task_painter.h"

#include "gui/style/high_contrast.h"
#include "gui/style/palette_colours.h"
#include "gui/style/task_colours.h"
#include "gui/tasks/task_text.h"
#include "gui/timeline/timeline_view.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace sunrelay::gui
{

QString taskLabel(const Task &task)
{
    //: A task's id and title on its bar: "T-1 Release notes"
    return TimelineView::tr("%1 %2").arg(QString::fromStdString(task.id),
                                         QString::fromStdString(task.title));
}

namespace
{

void paintBar(QPainter &p,
              const PaintContext &c,
              const TaskBar &bar,
              bool selected,
              TaskLabels &labels)
{
    // Plain rectangles, not antialiased rounded ones: a screen of a big plan
    // has well over a thousand bars.
    const Task &task = c.plan.tasks[bar.task];
    const TaskBarColours &colours = taskBarColours(task.id);
    const QRectF rect(std::round(bar.rect.left()),
                      bar.rect.top(),
                      std::max(1.0, std::round(bar.rect.width())),
                      bar.rect.height());
    paintTaskBarShape(p, rect, colours);
    if (selected) {
        const QColor highlight = c.palette.color(QPalette::Highlight);
        const qreal w = focusFrameWidth(c.palette); // thicker in high contrast
        const QRectF ring = rect.adjusted(-w, -w, w, w);
        p.fillRect(QRectF(ring.left(), ring.top(), ring.width(), w), highlight);
        p.fillRect(QRectF(ring.left(), ring.bottom() - w, ring.width(), w), highlight);
        p.fillRect(QRectF(ring.left(), ring.top(), w, ring.height()), highlight);
        p.fillRect(QRectF(ring.right() - w, ring.top(), w, ring.height()), highlight);
    }
    // The label where it fits, kept in view when the bar starts off screen.
    const double left = std::max(rect.left(), double(c.metrics.headerWidth)) + 4;
    const double room = rect.right() - 4 - left;
    if (bar.onRegionRow || room < 16 || rect.height() < c.metrics.smallLineHeight - 2)
        return;
    if (const QStaticText *label = labels.fitting(task, room, c.metrics.smallFont)) {
        p.setPen(colours.text);
        p.drawStaticText(
            QPointF(std::round(left), std::round(rect.center().y() - label->size().height() / 2)),
            *label);
    }
}

} // namespace

void paintTaskBarShape(QPainter &p, const QRectF &rect, const TaskBarColours &colours)
{
    p.fillRect(rect, colours.edge);
    if (rect.width() > 2)
        p.fillRect(rect.adjusted(1, 1, -1, -1), colours.fill);
}

void paintTaskStartPin(QPainter &p,
                       const QPointF &tip,
                       const std::optional<QPointF> &pickup,
                       const QColor &colour,
                       const QColor &outline)
{
    if (pickup) {
        // Nobody covers the planned start: the run to where it really
        // starts.
        QPen dashed(colour.darker(120), 1.4);
        dashed.setDashPattern({2, 3});
        p.setPen(dashed);
        p.drawLine(tip, *pickup);
    }
    QPolygonF marker({tip + QPointF(-5, -7), tip + QPointF(5, -7), tip});
    p.setPen(QPen(outline, 1));
    p.setBrush(colour);
    p.drawPolygon(marker);
}

void paintTaskFinishFlag(QPainter &p, const QPointF &at, double lineHeight, const QColor &colour)
{
    // A flag on a pole at the finish.
    const QPointF foot = at + QPointF(0, lineHeight * 0.6);
    const QPointF top = at - QPointF(0, lineHeight * 0.8);
    p.setPen(QPen(colour, 1.5));
    p.drawLine(foot, top);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(QPolygonF({top, top + QPointF(8, 3), top + QPointF(0, 6)}));
}

void paintTaskLateNote(QPainter &p,
                       const QPointF &at,
                       const QString &text,
                       const QColor &colour,
                       const QFont &font,
                       const QPalette &palette)
{
    p.setFont(font);
    p.setPen(colour);
    const QFontMetrics metrics(font);
    const QRectF box(at.x() + 10,
                     at.y() - metrics.height() / 2.0,
                     metrics.horizontalAdvance(text) + 6,
                     metrics.height());
    p.fillRect(box, withAlpha(palette.color(QPalette::Base), 220));
    p.drawText(box, Qt::AlignCenter, text);
}

void paintTaskLink(QPainter &p,
                   const QPointF &from,
                   const QPointF &to,
                   const QColor &colour,
                   TaskLinkKind kind,
                   double width)
{
    if (kind == TaskLinkKind::Passed && std::abs(from.x() - to.x()) < 0.5) {
        // Passed on at the same instant: a straight drop, filled as a
        // rectangle (long stroked lines are slow in the raster engine).
        const double top = std::min(from.y(), to.y());
        p.fillRect(
            QRectF(std::round(from.x()) - width / 2, top, width, std::abs(to.y() - from.y())),
            colour);
        return;
    }
    QPen pen(colour, 1);
    if (kind == TaskLinkKind::Waits)
        pen.setDashPattern({3, 3});
    p.setPen(pen);
    p.drawLine(from, to);
}

const QStaticText *TaskLabels::fitting(const Task &task, double room, const QFont &font)
{
    Entry &entry = m_entries[task.id];
    if (entry.text.isEmpty() || entry.title != task.title) {
        entry.cut.clear();
        entry.title = task.title;
        entry.text = taskLabel(task);
        entry.width = QFontMetricsF(font).horizontalAdvance(entry.text);
        entry.full.setText(entry.text);
        entry.full.setTextFormat(Qt::PlainText);
        entry.full.prepare(QTransform(), font);
    }
    if (entry.width <= room)
        return &entry.full;
    // Cut to the room rounded down to 8 px, so a bar growing pixel by pixel
    // reuses a few texts.
    const int step = int(room) / 8;
    auto it = entry.cut.find(step);
    if (it == entry.cut.end()) {
        const QFontMetrics metrics(font);
        const QString cut = metrics.elidedText(entry.text, Qt::ElideRight, step * 8);
        // Not even the id and an ellipsis: no label.
        const QString id = QString::fromStdString(task.id);
        QStaticText text(cut.size() > id.size() || cut == id ? cut : QString());
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
        it = entry.cut.emplace(step, std::move(text)).first;
    }
    return it->second.text().isEmpty() ? nullptr : &it->second;
}

void TaskLabels::clear()
{
    m_entries.clear();
}

void paintTasks(QPainter &p,
                const PaintContext &c,
                const PlanRoutes &routes,
                const TaskLayout &layout,
                const std::optional<std::string> &selectedTask,
                TaskLabels &labels)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setFont(c.metrics.smallFont);
    const auto isSelected = [&](std::size_t task) {
        return selectedTask && c.plan.tasks[task].id == *selectedTask;
    };
    for (const TaskLink &link : layout.links) {
        const QColor &colour = taskBarColours(c.plan.tasks[link.task].id).edge;
        const double width = isSelected(link.task) ? 3 : 2;
        paintTaskLink(p,
                      link.from,
                      link.to,
                      colour,
                      link.waits ? TaskLinkKind::Waits : TaskLinkKind::Passed,
                      width);
    }
    for (const TaskBar &bar : layout.bars)
        paintBar(p, c, bar, isSelected(bar.task), labels);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor outline = c.palette.color(QPalette::Text);
    for (const TaskPin &pin : layout.pins) {
        const QColor colour = taskColour(c.plan.tasks[pin.task].id);
        const QPointF tip = pin.at;
        paintTaskStartPin(p, tip, pin.pickup, colour, outline);
        if (isSelected(pin.task)) {
            p.setPen(QPen(c.palette.color(QPalette::Highlight), focusFrameWidth(c.palette)));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(tip + QPointF(0, -3), 8, 8);
        }
    }
    for (const TaskFinish &finish : layout.finishes) {
        const Task &task = c.plan.tasks[finish.task];
        const TaskRoute *route = &routes.routes[finish.route];
        const auto late = lateBy(task, route);
        const QColor colour = late ? problemColor(c.palette) : outline;
        paintTaskFinishFlag(p, finish.at, c.metrics.smallLineHeight, colour);
        //: Timeline label at a late task's finish; %1 is a duration, e.g. "3 h"
        if (late)
            paintTaskLateNote(p,
                              finish.at,
                              TimelineView::tr("late by %1").arg(durationText(*late)),
                              colour,
                              c.metrics.smallFont,
                              c.palette);
    }
    p.restore();
}

} // namespace sunrelay::gui
