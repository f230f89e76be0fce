#include "gui/timeline/member_row_painter.h"

#include "gui/style/block_painter.h"
#include "gui/style/high_contrast.h"
#include "gui/style/palette_colours.h"

#include "sunrelay/core/local_time.h"

#include <QPainter>

#include <cmath>

namespace sunrelay::gui
{

namespace
{

constexpr Seconds oneDay{86400};

void paintLocalTicks(QPainter &p, const PaintContext &c, const TimeZone &zone, const QRect &rect)
{
    const QPalette &palette = c.palette;
    const Interval visible = c.geometry.visible();
    const Seconds step = c.geometry.labelStep(c.metrics.hourLabelSpacing);
    const int stepHours = int(std::max<std::int64_t>(1, step.count() / 3600));
    const LocalDate firstDay =
        date::floor<date::days>(toLocal(zone, visible.start)) - date::days{1};
    const LocalDate lastDay = date::floor<date::days>(toLocal(zone, visible.end));
    p.save();
    p.setFont(c.metrics.smallFont);
    const int top = rect.top() + 1;
    const int bottom = rect.bottom() - 1 - c.metrics.smallLineHeight;
    const QColor dayLine = palette.color(QPalette::Mid);
    const QColor dayText = palette.color(QPalette::Text);
    // Quieter than the weekday, yet readable on the night band: light text
    // on a dark palette loses more to transparency than dark text on light.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // (High contrast: full strength.)
    const QColor hourText = quietText(palette, QPalette::Text, dark ? 200 : 150);
    // On a backdrop, as a bar may start right after midnight; left out
    // where days are too narrow for them to stay apart from the bars (the
    // axis still has the dates).
    const QColor backdrop = withAlpha(palette.color(QPalette::Base), 170);
    const bool weekdays =
        double(oneDay.count()) / c.geometry.scale() >= c.metrics.weekdayLabelWidth * 1.6 + 10;
    // Labels stay whole: none is cut by the header or the right edge.
    const double leftmost = c.metrics.headerWidth + 2;
    const double rightmost = rect.right() - 2;
    Instant midnight = resolveLocalTime(zone, LocalTime{firstDay}).instant;
    for (LocalDate day = firstDay; day <= lastDay; day += date::days{1}) {
        const Instant nextMidnight = resolveLocalTime(zone, LocalTime{day + date::days{1}}).instant;
        const double dayX = c.timeX(midnight);
        // A local date change: a line and the weekday ("Tue").
        p.setPen(dayLine);
        p.drawLine(QPointF(dayX, rect.top()), QPointF(dayX, rect.bottom()));
        // Labels on whole pixels: crisp, and the same in a cached row. A
        // day that began left of the view keeps its name at the left edge
        // while there is room before the next day.
        if (weekdays) {
            const QStaticText &label =
                c.metrics.weekdayLabels[date::weekday{day}.iso_encoding() - 1];
            const double x = std::max(std::round(dayX) + 3, std::ceil(leftmost) + 1);
            if (x + label.size().width() + 4 <= c.timeX(nextMidnight)) {
                p.fillRect(QRectF(QPointF(x - 2, top), label.size() + QSizeF(4, 0)), backdrop);
                p.setPen(dayText);
                p.drawStaticText(QPointF(x, top), label);
            }
        }
        midnight = nextMidnight;
        if (step >= oneDay)
            continue;
        p.setPen(hourText);
        for (int hour = stepHours; hour < 24; hour += stepHours) {
            const Instant t =
                resolveLocalTime(zone, LocalTime{day} + std::chrono::hours{hour}).instant;
            const QStaticText &label = c.metrics.hourLabels[std::size_t(hour)];
            const double x = std::round(c.timeX(t) - label.size().width() / 2.0);
            if (x >= leftmost && x + label.size().width() <= rightmost)
                p.drawStaticText(QPointF(x, bottom), label);
        }
    }
    p.restore();
}

void paintDaylight(QPainter &p, const PaintContext &c, std::size_t m, const QRect &rect)
{
    const MemberDecor &sun = c.scene.decor[m];
    if (!sun.located)
        return;
    const QPalette &palette = c.palette;
    // Night is a soft shade over the row, twilight half of it, day clear.
    // Opaque colours over only the stretches they cover keep this to a few
    // small fills a day.
    const QColor base = palette.color(QPalette::Base);
    const auto [night, twilight] = daylightShades(palette);
    const Interval visible = c.geometry.visible();
    const auto fill = [&](const Interval &span, const QColor &colour) {
        const Interval shown = intersection(span, visible);
        if (shown.isEmpty())
            return;
        p.fillRect(QRectF(c.timeX(shown.start),
                          rect.top(),
                          c.timeX(shown.end) - c.timeX(shown.start),
                          rect.height()),
                   colour);
    };
    for (const Interval &dark : sun.night.intersecting(visible))
        fill(dark, night);
    for (const Interval &dusk : sun.twilight.intersecting(visible))
        fill(dusk, twilight);
    // Twilight fades into day rather than stepping.
    for (const Interval &light : sun.daylight.intersecting(visible)) {
        const double x0 = c.timeX(light.start);
        const double x1 = c.timeX(light.end);
        const double fade = std::min(24.0, (x1 - x0) / 4);
        QLinearGradient in(x0, 0, x0 + fade, 0);
        in.setColorAt(0, twilight);
        in.setColorAt(1, base);
        p.fillRect(QRectF(x0, rect.top(), fade, rect.height()), in);
        QLinearGradient out(x1 - fade, 0, x1, 0);
        out.setColorAt(0, base);
        out.setColorAt(1, twilight);
        p.fillRect(QRectF(x1 - fade, rect.top(), fade, rect.height()), out);
    }
}

void paintTransitions(QPainter &p, const PaintContext &c, std::size_t m, const QRect &rect)
{
    const QPalette &palette = c.palette;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const Interval visible = c.geometry.visible();
    for (const ZoneTransition &change : c.scene.decor[m].transitions) {
        if (!visible.contains(change.at))
            continue;
        const double x = c.timeX(change.at);
        // A small diamond in the middle of the row, clear of the weekday and
        // hour labels (clocks change at night, when bars are rare).
        paintClockChangeMarker(p,
                               QPointF(x, rect.center().y() - 5),
                               change.change() > Seconds{0} ? ClockChange::Forward
                                                            : ClockChange::Back,
                               palette);
    }
    p.restore();
}

} // namespace

DaylightShades daylightShades(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const auto mix = [&](double amount) {
        return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * amount,
                                base.greenF() + (text.greenF() - base.greenF()) * amount,
                                base.blueF() + (text.blueF() - base.blueF()) * amount);
    };
    return {mix(0.085), mix(0.043)};
}

void paintClockChangeMarker(QPainter &p,
                            const QPointF &top,
                            ClockChange change,
                            const QPalette &palette)
{
    QPolygonF marker({top, top + QPointF(5, 5), top + QPointF(0, 10), top + QPointF(-5, 5)});
    p.setPen(QPen(palette.color(QPalette::Text), 1));
    p.setBrush(change == ClockChange::Forward ? palette.color(QPalette::Highlight)
                                              : palette.color(QPalette::Base));
    p.drawPolygon(marker);
}

void paintMemberRow(QPainter &p,
                    const PaintContext &c,
                    std::size_t memberIndex,
                    const MemberSchedule &schedule,
                    const QRect &rect)
{
    const QPalette &palette = c.palette;
    const Member &member = c.plan.members[memberIndex];
    const auto region = c.plan.regionIndex(member.region);
    const QColor color(region ? QString::fromStdString(c.plan.regions[*region].color)
                              : QStringLiteral("#808080"));
    const Interval visible = c.geometry.visible();

    paintDaylight(p, c, memberIndex, rect);

    // Time off: whole local dates, grey with a light cross-hatch.
    for (const DateRange &off : member.timeOff) {
        const Instant from = resolveLocalTime(member.zone, LocalTime{off.from}).instant;
        const Instant to = resolveLocalTime(member.zone, LocalTime{off.to + date::days{1}}).instant;
        if (!Interval{from, to}.intersects(visible))
            continue;
        paintTimeOff(p,
                     QRectF(c.timeX(from), rect.top(), c.timeX(to) - c.timeX(from), rect.height()),
                     palette);
    }

    // The bar between the weekday labels above and the hour labels below.
    const double barTop = rect.top() + c.metrics.fontHeight * 0.55;
    const double barBottom = rect.bottom() - c.metrics.smallLineHeight - 1;
    const QRectF bar(rect.left(), barTop, rect.width(), barBottom - barTop);
    for (const Interval &work : schedule.work.intersecting(visible)) {
        paintWorkBlock(p,
                       QRectF(c.timeX(work.start),
                              bar.top(),
                              c.timeX(work.end) - c.timeX(work.start),
                              bar.height()),
                       color);
    }
    for (const Interval &block : schedule.deepWork.intersecting(visible))
        paintDeepWorkBlock(p,
                           QRectF(c.timeX(block.start),
                                  bar.top(),
                                  c.timeX(block.end) - c.timeX(block.start),
                                  bar.height()),
                           color,
                           palette);
    // Comms windows: a narrow band just above the bar.
    for (const Interval &window : schedule.comms.intersecting(visible))
        paintCommsBand(p,
                       QRectF(c.timeX(window.start),
                              bar.top() - 5,
                              c.timeX(window.end) - c.timeX(window.start),
                              5),
                       palette);
    paintLocalTicks(p, c, member.zone, rect);
    paintTransitions(p, c, memberIndex, rect);
    p.fillRect(bottomRule(rect), withAlpha(palette.color(QPalette::Mid), 110));
}

} // namespace sunrelay::gui
