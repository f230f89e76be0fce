#include "gui/text/time_format.h"

#include "gui/document/preferences.h"

#include "sunrelay/core/local_time.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <date/tz.h>

namespace sunrelay::gui
{

namespace
{
class Words
{
    Q_DECLARE_TR_FUNCTIONS(TimeFormat)
};

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
    if (style == ClockStyle::TwentyFourHour || hour == 24)
        return QStringLiteral("%1:%2")
            .arg(hour, 2, 10, QLatin1Char('0'))
            .arg(minute, 2, 10, QLatin1Char('0'));
    const int twelve = hour % 12 == 0 ? 12 : hour % 12;
    return hour < 12 ? Words::tr("%1:%2 AM").arg(twelve).arg(minute, 2, 10, QLatin1Char('0'))
                     : Words::tr("%1:%2 PM").arg(twelve).arg(minute, 2, 10, QLatin1Char('0'));
}

QString hourText(int hour, ClockStyle style)
{
    if (style == ClockStyle::TwentyFourHour)
        return QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
    const int twelve = hour % 12 == 0 ? 12 : hour % 12;
    return hour < 12 ? Words::tr("%1 AM").arg(twelve) : Words::tr("%1 PM").arg(twelve);
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
    return QLocale().toString(day, QStringLiteral("ddd d MMM"));
}

QString weekdayText(Instant instant, const TimeZone &zone)
{
    const date::weekday day{date::floor<date::days>(local(instant, zone))};
    return QLocale().dayName(int(day.iso_encoding()), QLocale::ShortFormat);
}

QString dateTimeText(Instant instant, const TimeZone &zone, ClockStyle style)
{
    return Words::tr("%1, %2 %3")
        .arg(dayText(instant, zone), clockText(instant, zone, style), zoneCity(zone));
}

QString durationText(Seconds length)
{
    const auto minutes = std::chrono::duration_cast<Minutes>(length).count();
    if (minutes < 60)
        return Words::tr("%1 min").arg(minutes);
    if (minutes >= 24 * 60) {
        const auto days = minutes / (24 * 60);
        const auto hours = (minutes % (24 * 60)) / 60;
        return hours ? Words::tr("%1 d %2 h").arg(days).arg(hours) : Words::tr("%1 d").arg(days);
    }
    if (minutes % 60 == 0)
        return Words::tr("%1 h").arg(minutes / 60);
    return Words::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace sunrelay::gui
