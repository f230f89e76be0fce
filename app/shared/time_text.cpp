#include "shared/time_text.h"

#include "shared/date_patterns.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTime>

#include <date/tz.h>

namespace sunrelay::apptext
{

namespace
{
// The translation context of this file's words.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
};
} // namespace

QString formatDuration(Seconds length)
{
    const auto minutes = std::chrono::duration_cast<Minutes>(length).count();
    if (minutes < 60)
        //: A duration in minutes: "45 min"
        return TimeText::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        //: A duration in whole hours: "3 h"
        return TimeText::tr("%1 h").arg(minutes / 60);
    //: A duration in hours and minutes: "2 h 30 min"
    return TimeText::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

namespace
{
// Under the C (POSIX) locale, the fixed English form scripts have always
// read ("Mon 09 Mar 14:00 CET"); in any other, the reader's own date and
// clock patterns ("Mo., 9. März 14:00 CET", "3月9日(月) 14:00 CET").
bool isCLocale()
{
    return QLocale().language() == QLocale::C;
}

QDate dayOf(const date::zoned_seconds &zoned)
{
    const date::year_month_day ymd{date::floor<date::days>(zoned.get_local_time())};
    return QDate(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
}

QString clockOf(const date::zoned_seconds &zoned)
{
    const auto local = zoned.get_local_time();
    const auto sinceMidnight = date::floor<Seconds>(local - date::floor<date::days>(local));
    const QTime time = QTime(0, 0).addSecs(int(sinceMidnight.count()));
    const auto hours = localeUsesTwelveHours() ? ClockHours::Twelve : ClockHours::TwentyFour;
    return QLocale().toString(time, clockPattern(hours));
}
} // namespace

QString formatLocal(Instant instant, const TimeZone &zone)
{
    const date::zoned_seconds zoned(&zone.tz(), instant);
    if (isCLocale())
        return QString::fromStdString(date::format("%a %d %b %H:%M %Z", zoned));
    return QStringLiteral("%1 %2 %3")
        .arg(dateText(dayOf(zoned), DateParts::WeekdayDayMonth),
             clockOf(zoned),
             QString::fromStdString(zoned.get_info().abbrev));
}

QString formatLocalClock(Instant instant, const TimeZone &zone)
{
    const date::zoned_seconds zoned(&zone.tz(), instant);
    if (isCLocale())
        return QString::fromStdString(date::format("%H:%M %Z", zoned));
    return QStringLiteral("%1 %2").arg(clockOf(zoned),
                                       QString::fromStdString(zoned.get_info().abbrev));
}

} // namespace sunrelay::apptext
