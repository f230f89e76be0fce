#include "gui/timeline/region_row_painter.h"

#include "gui/style/palette_colours.h"

#include <QPainter>

#include <algorithm>

namespace sunrelay::gui
{

void paintOverlapBand(QPainter &p, const QRectF &rect, const QColor &region, const QColor &other)
{
    // The full height of the row, shaded between 3 px margins (to the last
    // pixel row above the bottom margin, as a QRect's bottom()).
    QLinearGradient gradient(0, rect.top() + 3, 0, rect.bottom() - 4);
    gradient.setColorAt(0, withAlpha(region, 90));
    gradient.setColorAt(1, withAlpha(other, 90));
    p.fillRect(rect, gradient);
}

void paintCoverageBar(QPainter &p, const QRectF &rect, const QColor &region)
{
    p.fillRect(rect, withAlpha(region, 200));
}

void paintGapBand(QPainter &p, const QRectF &rect)
{
    p.fillRect(rect, QColor(213, 94, 0, 55));
    p.fillRect(rect, QBrush(QColor(213, 94, 0, 90), Qt::BDiagPattern));
}

void paintRegionRow(QPainter &p, const PaintContext &c, std::size_t region, const QRect &rect)
{
    const QPalette &palette = c.palette;
    const QColor color = c.regionColour(region);
    p.fillRect(rect, withAlpha(palette.color(QPalette::AlternateBase), 255));

    const Interval visible = c.geometry.visible();
    // Overlap bands behind the coverage, in the colours of both regions.
    for (const Overlap &overlap : c.scene.report.overlaps) {
        if (!overlap.interval.intersects(visible)
            || std::find(overlap.regions.begin(), overlap.regions.end(), region)
                == overlap.regions.end())
            continue;
        const double x0 = c.timeX(overlap.interval.start);
        const double x1 = c.timeX(overlap.interval.end);
        const std::size_t other =
            overlap.regions.front() == region ? overlap.regions.back() : overlap.regions.front();
        paintOverlapBand(p,
                         QRectF(x0, rect.top(), x1 - x0, rect.height()),
                         color,
                         c.regionColour(other));
    }
    // Coverage: the region colour, lighter than members' working hours.
    const QRect bar = rect.adjusted(0, rect.height() / 3, 0, -rect.height() / 3);
    for (const Interval &covered : c.scene.report.coverage[region].intersecting(visible)) {
        const double x0 = c.timeX(covered.start);
        const double x1 = c.timeX(covered.end);
        paintCoverageBar(p, QRectF(x0, bar.top(), x1 - x0, bar.height()), color);
    }
    // Gaps: nobody covers; translucent vermillion on every region row, with
    // a hatch so colour is not the only sign.
    for (const Interval &gap : c.scene.report.gaps.intersecting(visible)) {
        const QRectF gapRect(c.timeX(gap.start),
                             rect.top(),
                             c.timeX(gap.end) - c.timeX(gap.start),
                             rect.height());
        paintGapBand(p, gapRect);
    }
    p.fillRect(bottomRule(rect), withAlpha(palette.color(QPalette::Mid), 110));
}

} // namespace sunrelay::gui
