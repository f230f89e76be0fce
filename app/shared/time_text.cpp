#include "shared/time_text.h"

#include <QCoreApplication>

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
        return TimeText::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return TimeText::tr("%1 h").arg(minutes / 60);
    return TimeText::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString formatLocal(Instant instant, const TimeZone &zone)
{
    const date::zoned_seconds zoned(&zone.tz(), instant);
    return QString::fromStdString(date::format("%a %d %b %H:%M %Z", zoned));
}

QString formatLocalClock(Instant instant, const TimeZone &zone)
{
    const date::zoned_seconds zoned(&zone.tz(), instant);
    return QString::fromStdString(date::format("%H:%M %Z", zoned));
}

} // namespace sunrelay::apptext
