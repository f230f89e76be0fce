#include "gui/timeline/handoff_painter.h"

#include "gui/style/palette_colours.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sunrelay::gui
{

QColor handoffColour(const QColor &receiver, const QPalette &palette)
{
    // Translucent, so the rows the arrow crosses stay readable; away from
    // the background's lightness, so it stands out in either palette.
    const bool darkPalette = palette.color(QPalette::Base).lightness() < 128;
    return withAlpha(darkPalette ? receiver.lighter(170) : receiver.darker(120), 190);
}

void strokeHandoffLine(QPainter &p, const QPolygonF &points, const QColor &colour, HandoffKind kind)
{
    // Line style, not just colour, tells the kinds apart. Strokes 1 px wide
    // are rasterised directly (Qt's cosmetic stroker); wider ones become a
    // polygon per dash, milliseconds a frame for a screen of dashed curves.
    // Three passes a fraction of a pixel apart have the weight of a 1.6 px
    // line at a tenth of the cost.
    QPen hairline(colour, 1.0);
    if (kind != HandoffKind::Overlap)
        hairline.setDashPattern({5, 3});
    p.setPen(hairline);
    p.setBrush(Qt::NoBrush);
    for (const QPointF shift : {QPointF(0, 0), QPointF(0.7, 0), QPointF(0, 0.7)})
        p.drawPolyline(points.translated(shift));
}

void paintHandoffHead(QPainter &p, const QPointF &to, double direction, const QColor &colour)
{
    QPolygonF head({to, to + QPointF(-5, -8 * direction), to + QPointF(5, -8 * direction)});
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(head);
}

void paintHandoffRing(QPainter &p, const QPointF &from, const QPalette &palette)
{
    p.setPen(QPen(palette.color(QPalette::Highlight), 2));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(from, 7, 7);
}

void paintHandoffs(QPainter &p,
                   const PaintContext &c,
                   const std::vector<int> &regionCentre,
                   const QRect &area,
                   const Handoff *ringed)
{
    const Interval visible = c.geometry.visible();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const Handoff &handoff : c.scene.report.handoffs) {
        if (handoff.pickup < visible.start || handoff.at > visible.end)
            continue;
        const QPointF from(c.timeX(handoff.at), regionCentre[handoff.from]);
        const QPointF to(c.timeX(handoff.pickup), regionCentre[handoff.to]);
        // Rows scrolled away can put both ends above or below the view.
        const double top = c.metrics.axisHeight();
        const double bottom = area.bottom();
        if (std::max(from.y(), to.y()) < top || std::min(from.y(), to.y()) > bottom)
            continue;
        const QColor color = handoffColour(c.regionColour(handoff.to), c.palette);
        const double dy = to.y() - from.y();
        if (std::abs(to.x() - from.x()) < 0.5) {
            // Pickup at the same instant: a straight vertical drop, as a 2 px
            // opaque rectangle over just the part in view. That is a plain
            // memory fill; stroking it, or blending a translucent colour,
            // over the thousand scanlines it can span costs more than the
            // rows it crosses (the raster engine hands tall blends to its
            // thread pool and waits for them).
            const double y0 = std::clamp(std::min(from.y(), to.y()), top - 2, bottom + 2);
            const double y1 = std::clamp(std::max(from.y(), to.y()), top - 2, bottom + 2);
            p.fillRect(QRectF(std::round(from.x()) - 1, y0, 2, y1 - y0), withAlpha(color, 255));
        } else {
            // The curve as a polyline, kept to the stretch in view: dashing a
            // path thousands of pixels long off screen costs whole frames.
            // Its y only ever moves one way, so the stretch is one run of
            // points, plus one either side to reach the edges.
            const QPointF c1 = from + QPointF(0, dy * 0.5);
            const QPointF c2 = to - QPointF(0, dy * 0.5);
            const int steps = std::clamp(int(std::abs(dy) / 16), 32, 1024);
            QPolygonF visiblePart;
            QPointF previous = from;
            for (int i = 0; i <= steps; ++i) {
                const double t = double(i) / steps;
                const double u = 1 - t;
                const QPointF point =
                    u * u * u * from + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * to;
                if (point.y() >= top && point.y() <= bottom) {
                    if (visiblePart.isEmpty() && i > 0)
                        visiblePart << previous;
                    visiblePart << point;
                } else if (!visiblePart.isEmpty()) {
                    visiblePart << point;
                    break;
                }
                previous = point;
            }
            strokeHandoffLine(p, visiblePart, color, handoff.kind);
        }
        // Arrowhead pointing into the receiving row.
        paintHandoffHead(p, to, dy >= 0 ? 1 : -1, color);
        // The handoff ] and [ showed last: a ring where it leaves.
        if (ringed && ringed->at == handoff.at && ringed->from == handoff.from
            && ringed->to == handoff.to) {
            paintHandoffRing(p, from, c.palette);
        }
    }
    p.restore();
}

} // namespace sunrelay::gui
