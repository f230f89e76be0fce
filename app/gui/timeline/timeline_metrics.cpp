#include "gui/timeline/timeline_metrics.h"

#include "shared/date_patterns.h"

#include <QDate>
#include <QFontMetrics>
#include <QLocale>

#include <algorithm>

namespace sunrelay::gui
{

TimelineMetrics timelineMetrics(const QFont &font, ClockStyle clock)
{
    TimelineMetrics m;
    const QFontMetrics metrics(font);
    m.font = font;
    m.fontHeight = metrics.height();
    m.boldFont = font;
    m.boldFont.setBold(true);
    m.smallFont = font;
    m.smallFont.setPointSizeF(m.smallFont.pointSizeF() * 0.8);
    const QFontMetrics small(m.smallFont);
    m.smallLineHeight = small.height();
    int widestHour = 0;
    for (int hour = 0; hour < 24; ++hour) {
        QStaticText &label = m.hourLabels[std::size_t(hour)];
        label.setText(hourText(hour, clock));
        label.prepare(QTransform(), m.smallFont);
        widestHour = std::max(widestHour, small.horizontalAdvance(label.text()));
    }
    m.hourLabelSpacing = std::max(metrics.horizontalAdvance(QStringLiteral("00")) * 3,
                                  widestHour + metrics.horizontalAdvance(QStringLiteral("00")));
    for (int day = 0; day < 7; ++day) {
        QStaticText &label = m.weekdayLabels[std::size_t(day)];
        label.setText(QLocale().dayName(day + 1, QLocale::ShortFormat));
        label.prepare(QTransform(), m.smallFont);
        m.weekdayLabelWidth = std::max(m.weekdayLabelWidth, small.horizontalAdvance(label.text()));
    }
    m.axisTimeLabelSpacing =
        metrics.horizontalAdvance(minutesText(Minutes{12 * 60 + 45}, clock)) + metrics.height();
    // "Wed 30 Sep" is about as wide as a date gets in English; measure the
    // widest day and month names the locale has instead of trusting that.
    int widestDate = 0;
    const QFontMetrics bold(m.boldFont);
    const QLocale locale;
    const QString pattern = apptext::datePattern(apptext::DateParts::WeekdayDayMonth, locale);
    for (int month = 1; month <= 12; ++month)
        for (int day = 1; day <= 7; ++day)
            widestDate =
                std::max(widestDate,
                         bold.horizontalAdvance(
                             locale.toString(QDate(2026, month, 1).addDays(day + 21), pattern)));
    m.axisDateLabelSpacing = widestDate + 16;
    // The header fits a name and the member's local time ("12:45 PM +0545").
    const int localTime = small.horizontalAdvance(minutesText(Minutes{12 * 60 + 45}, clock)
                                                  + QStringLiteral(" +0545"));
    m.headerWidth = std::max(metrics.averageCharWidth() * 32,
                             8 + 20 + metrics.averageCharWidth() * 16 + 8 + localTime + 8);
    return m;
}

} // namespace sunrelay::gui
