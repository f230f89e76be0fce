#include "gui/timeline/axis_painter.h"

#include "gui/style/palette_colours.h"
#include "gui/timeline/timeline_view.h"

#include "sunrelay/core/local_time.h"

#include <QPainter>

namespace sunrelay::gui
{

namespace
{
constexpr Seconds oneDay{86400};
} // namespace

namespace
{

// The times of one day, each centred on its tick, as in the rows.
void paintDayTimes(QPainter &p,
                   const PaintContext &c,
                   const QRect &rect,
                   LocalDate day,
                   int stepMinutes)
{
    const QPalette &palette = c.palette;
    const int line = c.metrics.fontHeight;
    for (int minutes = stepMinutes; minutes < 24 * 60; minutes += stepMinutes) {
        const Instant t = resolveLocalTime(c.reference, LocalTime{day} + Minutes{minutes}).instant;
        const double x = c.timeX(t);
        p.setPen(palette.color(QPalette::Mid));
        p.drawLine(QPointF(x, rect.bottom() - 4), QPointF(x, rect.bottom()));
        p.setPen(palette.color(QPalette::WindowText));
        const QString text = clockText(t, c.reference, c.clock);
        const double width = QFontMetrics(c.metrics.font).horizontalAdvance(text);
        if (x - width / 2 >= c.metrics.headerWidth + 2 && x + width / 2 <= rect.right() - 2)
            p.drawText(QPointF(x - width / 2, rect.top() + 2 * line + 2), text);
    }
}

} // namespace

void paintAxis(QPainter &p, const PaintContext &c, const QRect &rect)
{
    const QPalette &palette = c.palette;
    p.fillRect(rect, palette.color(QPalette::Window));
    p.fillRect(bottomRule(rect), palette.color(QPalette::Mid));

    p.setPen(palette.color(QPalette::WindowText));
    const QRect title(8, rect.top(), c.metrics.headerWidth - 16, rect.height());
    //: Timeline axis caption; %1 is the city of the zone the timeline is drawn in
    p.drawText(title,
               Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(c.metrics.font)
                   .elidedText(TimelineView::tr("Times in %1").arg(zoneCity(c.reference)),
                               Qt::ElideRight,
                               title.width()));

    p.save();
    p.setClipRect(QRect(c.metrics.headerWidth,
                        rect.top(),
                        rect.width() - c.metrics.headerWidth,
                        rect.height()));
    const Seconds step = c.geometry.labelStep(c.metrics.axisTimeLabelSpacing);
    // Dates on every day while they fit, else on every other day, else on
    // the first day of each week; a line marks every day regardless.
    const std::int64_t dateEvery = std::max<std::int64_t>(
        1,
        c.geometry.labelStep(c.metrics.axisDateLabelSpacing).count() / oneDay.count());
    const auto labelled = [&](LocalDate day) {
        if (dateEvery >= 7)
            return date::weekday{day} == c.firstDayOfWeek;
        return day.time_since_epoch().count() % dateEvery == 0;
    };
    const Interval visible = c.geometry.visible();
    const LocalDate firstDay = date::floor<date::days>(toLocal(c.reference, visible.start))
        - date::days{dateEvery >= 7 ? 7 : dateEvery};
    const LocalDate lastDay = date::floor<date::days>(toLocal(c.reference, visible.end));
    const int line = c.metrics.fontHeight;
    const int stepMinutes = int(std::max<std::int64_t>(15, step.count() / 60));
    const QFontMetrics bold(c.metrics.boldFont);
    for (LocalDate day = firstDay; day <= lastDay; day += date::days{1}) {
        const Instant midnight = resolveLocalTime(c.reference, LocalTime{day}).instant;
        const double dayX = c.timeX(midnight);
        p.setPen(palette.color(QPalette::Mid));
        p.drawLine(QPointF(dayX, rect.top()), QPointF(dayX, rect.bottom()));
        if (labelled(day)) {
            // A date whose day began off screen keeps its label at the left
            // edge until the next label would run into it.
            LocalDate next = day + date::days{1};
            while (!labelled(next))
                next += date::days{1};
            const QString label = dayText(midnight, c.reference);
            const double labelWidth = bold.horizontalAdvance(label) + 12;
            const double nextX = c.timeX(resolveLocalTime(c.reference, LocalTime{next}).instant);
            const double labelX =
                std::min(std::max<double>(dayX + 4, c.metrics.headerWidth + 4), nextX - labelWidth);
            const int labelY = step >= oneDay ? rect.center().y() + line / 3 : rect.top() + line;
            if (labelX + labelWidth > c.metrics.headerWidth) {
                p.save();
                p.setFont(c.metrics.boldFont);
                p.setPen(palette.color(QPalette::WindowText));
                p.drawText(QPointF(labelX, labelY), label);
                p.restore();
            }
        }
        if (step < oneDay)
            paintDayTimes(p, c, rect, day, stepMinutes);
    }
    p.restore();
}

} // namespace sunrelay::gui
