#include "gui/timeline/row_header_painter.h"

#include "gui/style/high_contrast.h"
#include "gui/style/palette_colours.h"

#include <QPainter>
#include <QPainterPath>

namespace sunrelay::gui
{

void paintRowHeader(QPainter &p,
                    const PaintContext &c,
                    const TimelineRow &row,
                    const QRect &rowRect,
                    bool expanded,
                    bool focused)
{
    const QPalette &palette = c.palette;
    const QRect rect(0, rowRect.top(), c.metrics.headerWidth - 1, rowRect.height());
    p.fillRect(rect,
               focused ? palette.color(QPalette::Highlight) : palette.color(QPalette::Window));
    p.setPen(focused ? palette.color(QPalette::HighlightedText)
                     : palette.color(QPalette::WindowText));
    const int pad = 8;
    if (row.kind == RowKind::Region) {
        const Region &region = c.plan.regions[row.index];
        // Disclosure triangle, colour dot, name.
        QPainterPath triangle;
        const QPointF tip(pad + 5, rect.center().y() + 0.5);
        if (expanded)
            triangle.addPolygon(
                QPolygonF({tip + QPointF(-4, -2), tip + QPointF(4, -2), tip + QPointF(0, 3)}));
        else
            triangle.addPolygon(
                QPolygonF({tip + QPointF(-2, -4), tip + QPointF(3, 0), tip + QPointF(-2, 4)}));
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.fillPath(triangle, p.pen().color());
        p.setBrush(QColor(QString::fromStdString(region.color)));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(pad + 20, rect.center().y() + 0.5), 5, 5);
        p.restore();
        p.save();
        p.setFont(c.metrics.boldFont);
        const QRect text = rect.adjusted(pad + 32, 0, -pad, 0);
        p.drawText(text,
                   Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(QString::fromStdString(region.name),
                                              Qt::ElideRight,
                                              text.width()));
        p.restore();
    } else {
        const Member &member = c.plan.members[row.index];
        const QRect text = rect.adjusted(pad + 20, 2, -pad, -2);
        // Name, and the member's current local time with the zone's
        // abbreviation, as a team lead checks "is it working hours there?".
        const QString local =
            clockText(c.now, member.zone, c.clock) + u' ' + zoneAbbreviation(member.zone, c.now);
        const int localWidth = QFontMetrics(c.metrics.smallFont).horizontalAdvance(local);
        p.drawText(text.adjusted(0, 0, -localWidth - 8, 0),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(QString::fromStdString(member.name),
                                              Qt::ElideRight,
                                              text.width() - localWidth - 8));
        QColor dim = p.pen().color();
        if (!isHighContrast(palette))
            dim.setAlpha(170);
        p.save();
        p.setFont(c.metrics.smallFont);
        p.setPen(dim);
        p.drawText(text, Qt::AlignVCenter | Qt::AlignRight, local);
        p.restore();
    }
    p.fillRect(bottomRule(rect), withAlpha(palette.color(QPalette::Mid), 110));
}

} // namespace sunrelay::gui
