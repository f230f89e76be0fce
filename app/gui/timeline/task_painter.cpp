#include "gui/timeline/task_painter.h"

#include "gui/style/palette_colours.h"
#include "gui/style/task_colours.h"
#include "gui/tasks/task_text.h"
#include "gui/timeline/timeline_view.h"

#include <QPainter>
#include <QPainterPath>

namespace sunrelay::gui {

QString taskLabel(const Task &task)
{
    return TimelineView::tr("%1 %2").arg(QString::fromStdString(task.id),
                                         QString::fromStdString(task.title));
}

namespace {

void paintBar(QPainter &p, const PaintContext &c, const TaskBar &bar, bool selected)
{
    const Task &task = c.plan.tasks[bar.task];
    const QColor colour = taskColour(task.id);
    const QRectF rect = bar.rect;
    p.setPen(QPen(colour.darker(160), 1));
    p.setBrush(colour);
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    if (selected) {
        p.setPen(QPen(c.palette.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3);
    }
    // The label where it fits, kept in view when the bar starts off screen.
    const double left = std::max(rect.left(), double(c.metrics.headerWidth)) + 4;
    const double width = rect.right() - 4 - left;
    if (bar.onRegionRow || width < 24 || rect.height() < c.metrics.smallLineHeight - 2)
        return;
    p.setFont(c.metrics.smallFont);
    p.setPen(textColourOn(colour));
    const QFontMetrics metrics(c.metrics.smallFont);
    p.drawText(QRectF(left, rect.top(), width, rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
               metrics.elidedText(taskLabel(task), Qt::ElideRight, int(width)));
}

} // namespace

void paintTasks(QPainter &p, const PaintContext &c, const PlanRoutes &routes,
                const TaskLayout &layout, const std::optional<std::string> &selectedTask)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const auto isSelected = [&](std::size_t task) {
        return selectedTask && c.plan.tasks[task].id == *selectedTask;
    };
    for (const TaskLink &link : layout.links) {
        QPen pen(taskColour(c.plan.tasks[link.task].id).darker(120), isSelected(link.task) ? 2 : 1.4);
        if (link.waits)
            pen.setDashPattern({3, 3});
        p.setPen(pen);
        p.drawLine(link.from, link.to);
    }
    for (const TaskBar &bar : layout.bars)
        paintBar(p, c, bar, isSelected(bar.task));
    const QColor outline = c.palette.color(QPalette::Text);
    for (const TaskPin &pin : layout.pins) {
        const QColor colour = taskColour(c.plan.tasks[pin.task].id);
        if (pin.pickup) {
            // Nobody covers the planned start: the run to where it really
            // starts.
            QPen dashed(colour.darker(120), 1.4);
            dashed.setDashPattern({2, 3});
            p.setPen(dashed);
            p.drawLine(pin.at, *pin.pickup);
        }
        const QPointF tip = pin.at;
        QPolygonF marker({tip + QPointF(-5, -7), tip + QPointF(5, -7), tip});
        p.setPen(QPen(outline, 1));
        p.setBrush(colour);
        p.drawPolygon(marker);
        if (isSelected(pin.task)) {
            p.setPen(QPen(c.palette.color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(tip + QPointF(0, -3), 8, 8);
        }
    }
    for (const TaskFinish &finish : layout.finishes) {
        const Task &task = c.plan.tasks[finish.task];
        const TaskRoute *route = &routes.routes[finish.route];
        const auto late = lateBy(task, route);
        const QColor colour = late ? problemColor(c.palette) : outline;
        // A flag on a pole at the finish.
        const QPointF foot = finish.at + QPointF(0, c.metrics.smallLineHeight * 0.6);
        const QPointF top = finish.at - QPointF(0, c.metrics.smallLineHeight * 0.8);
        p.setPen(QPen(colour, 1.5));
        p.drawLine(foot, top);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPolygon(QPolygonF({top, top + QPointF(8, 3), top + QPointF(0, 6)}));
        if (late) {
            p.setFont(c.metrics.smallFont);
            p.setPen(colour);
            const QString text = TimelineView::tr("late by %1").arg(durationText(*late));
            const QFontMetrics metrics(c.metrics.smallFont);
            const QRectF box(finish.at.x() + 10, finish.at.y() - metrics.height() / 2.0,
                             metrics.horizontalAdvance(text) + 6, metrics.height());
            p.fillRect(box, withAlpha(c.palette.color(QPalette::Base), 220));
            p.drawText(box, Qt::AlignCenter, text);
        }
    }
    p.restore();
}

} // namespace sunrelay::gui
