#include "gui/timeline/region_row_painter.h"

#include "gui/style/palette_colours.h"

#include <QPainter>

#include <algorithm>

namespace sunrelay::gui {

void paintRegionRow(QPainter &p, const PaintContext &c, std::size_t region, const QRect &rect)
{
    const QPalette &palette = c.palette;
    const QColor color = c.regionColour(region);
    p.fillRect(rect, withAlpha(palette.color(QPalette::AlternateBase), 255));

    const Interval visible = c.geometry.visible();
    const QRect band = rect.adjusted(0, 3, 0, -3);
    // Overlap bands behind the coverage, in the colours of both regions.
    for (const Overlap &overlap : c.scene.report.overlaps) {
        if (!overlap.interval.intersects(visible) ||
            std::find(overlap.regions.begin(), overlap.regions.end(), region) ==
                overlap.regions.end())
            continue;
        const double x0 = c.timeX(overlap.interval.start);
        const double x1 = c.timeX(overlap.interval.end);
        QLinearGradient gradient(0, band.top(), 0, band.bottom());
        const std::size_t other = overlap.regions.front() == region ? overlap.regions.back()
                                                                       : overlap.regions.front();
        gradient.setColorAt(0, withAlpha(color, 90));
        gradient.setColorAt(1, withAlpha(QColor(QString::fromStdString(c.plan.regions[other].color)), 90));
        p.fillRect(QRectF(x0, rect.top(), x1 - x0, rect.height()), gradient);
    }
    // Coverage: the region colour, lighter than members' working hours.
    const QRect bar = rect.adjusted(0, rect.height() / 3, 0, -rect.height() / 3);
    for (const Interval &covered : c.scene.report.coverage[region].intersecting(visible)) {
        const double x0 = c.timeX(covered.start);
        const double x1 = c.timeX(covered.end);
        p.fillRect(QRectF(x0, bar.top(), x1 - x0, bar.height()), withAlpha(color, 200));
    }
    // Gaps: nobody covers; translucent vermillion on every region row, with
    // a hatch so colour is not the only sign.
    for (const Interval &gap : c.scene.report.gaps.intersecting(visible)) {
        const QRectF gapRect(c.timeX(gap.start), rect.top(), c.timeX(gap.end) - c.timeX(gap.start),
                             rect.height());
        p.fillRect(gapRect, QColor(213, 94, 0, 55));
        p.fillRect(gapRect, QBrush(QColor(213, 94, 0, 90), Qt::BDiagPattern));
    }
    p.fillRect(bottomRule(rect), withAlpha(palette.color(QPalette::Mid), 110));
}

} // namespace sunrelay::gui
