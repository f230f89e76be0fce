#include "gui/text/time_format.h"

#include "gui/document/preferences.h"

#include "shared/date_patterns.h"

#include "sunrelay/core/local_time.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTime>

#include <date/tz.h>

namespace sunrelay::gui
{

namespace
{
class Words
{
    Q_DECLARE_TR_FUNCTIONS(TimeFormat)
};

apptext::ClockHours hoursOf(ClockStyle style)
{
    return style == ClockStyle::TwelveHour ? apptext::ClockHours::Twelve
                                           : apptext::ClockHours::TwentyFour;
}

date::local_seconds local(Instant instant, const TimeZone &zone)
{
    return toLocal(zone, instant);
}
} // namespace

QString zoneCity(const TimeZone &zone)
{
    const std::string &name = zone.name();
    const auto slash = name.rfind('/');
    QString city =
        QString::fromStdString(slash == std::string::npos ? name : name.substr(slash + 1));
    return city.replace(u'_', u' ');
}

QString zoneAbbreviation(const TimeZone &zone, Instant instant)
{
    return QString::fromStdString(zone.tz().get_info(instant).abbrev);
}

QString minutesText(Minutes timeOfDay, ClockStyle style)
{
    const auto minutes = timeOfDay.count();
    const int hour = static_cast<int>(minutes / 60);
    const int minute = static_cast<int>(minutes % 60);
    // An end at midnight is 24:00 on either clock: 12:00 AM would read as
    // the start of the day (and QTime has no 24:00).
    if (hour >= 24)
        return QStringLiteral("%1:%2")
            .arg(hour, 2, 10, QLatin1Char('0'))
            .arg(minute, 2, 10, QLatin1Char('0'));
    return QLocale().toString(QTime(hour, minute), clockPatternFor(style));
}

QString clockPatternFor(ClockStyle style)
{
    return apptext::clockPattern(hoursOf(style));
}

QString hourText(int hour, ClockStyle style)
{
    return QLocale().toString(QTime(hour % 24, 0), apptext::hourPattern(hoursOf(style)));
}

QString localClockText(LocalTime reading, ClockStyle style)
{
    return minutesText(date::floor<Minutes>(reading - date::floor<date::days>(reading)), style);
}

QString clockText(Instant instant, const TimeZone &zone, ClockStyle style)
{
    return localClockText(local(instant, zone), style);
}

ClockStyle preferredClockStyle()
{
    return Preferences::load().use24HourClock ? ClockStyle::TwentyFourHour : ClockStyle::TwelveHour;
}

QString dayText(Instant instant, const TimeZone &zone)
{
    const date::year_month_day ymd{date::floor<date::days>(local(instant, zone))};
    const QDate day(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
    return apptext::dateText(day, apptext::DateParts::WeekdayDayMonth);
}

QString weekdayText(Instant instant, const TimeZone &zone)
{
    const date::weekday day{date::floor<date::days>(local(instant, zone))};
    return QLocale().dayName(int(day.iso_encoding()), QLocale::ShortFormat);
}

QString dateTimeText(Instant instant, const TimeZone &zone, ClockStyle style)
{
    //: A day, a clock time and a city: "Mon 9 Mar, 09:00 Berlin"
    return Words::tr("%1, %2 %3")
        .arg(dayText(instant, zone), clockText(instant, zone, style), zoneCity(zone));
}

QString durationText(Seconds length)
{
    const auto minutes = std::chrono::duration_cast<Minutes>(length).count();
    if (minutes < 60)
        //: A duration in minutes: "45 min"
        return Words::tr("%1 min").arg(minutes);
    if (minutes >= 24 * 60) {
        const auto days = minutes / (24 * 60);
        const auto hours = (minutes % (24 * 60)) / 60;
        if (hours)
            //: A duration in days and hours: "2 d 1 h"
            return Words::tr("%1 d %2 h").arg(days).arg(hours);
        //: A duration in whole days: "3 d"
        return Words::tr("%1 d").arg(days);
    }
    if (minutes % 60 == 0)
        //: A duration in whole hours: "3 h"
        return Words::tr("%1 h").arg(minutes / 60);
    //: A duration in hours and minutes: "2 h 30 min"
    return Words::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace sunrelay::gui
