#include "gui/document/preferences.h"

#include <QLocale>
#include <QSettings>

namespace sunrelay::gui
{

namespace
{
bool localeUses24HourClock()
{
    const QString format = QLocale().timeFormat(QLocale::ShortFormat);
    return !format.contains(u'a', Qt::CaseInsensitive);
}
} // namespace

Preferences Preferences::load()
{
    QSettings settings;
    Preferences p;
    p.use24HourClock =
        settings.value(QStringLiteral("clock/24hour"), localeUses24HourClock()).toBool();
    p.firstDayOfWeek = Qt::DayOfWeek(std::clamp(
        settings.value(QStringLiteral("calendar/firstDayOfWeek"), int(QLocale().firstDayOfWeek()))
            .toInt(),
        1,
        7));
    p.referenceZone = ReferenceZoneChoice(
        std::clamp(settings.value(QStringLiteral("timeline/referenceZone"), 0).toInt(), 0, 2));
    p.otherZone =
        settings.value(QStringLiteral("timeline/otherZone"), QStringLiteral("UTC")).toString();
    p.appearance =
        Appearance(std::clamp(settings.value(QStringLiteral("appearance"), 0).toInt(), 0, 3));
    p.language = settings.value(QStringLiteral("language")).toString();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("clock/24hour"), use24HourClock);
    settings.setValue(QStringLiteral("calendar/firstDayOfWeek"), int(firstDayOfWeek));
    settings.setValue(QStringLiteral("timeline/referenceZone"), int(referenceZone));
    settings.setValue(QStringLiteral("timeline/otherZone"), otherZone);
    settings.setValue(QStringLiteral("appearance"), int(appearance));
    settings.setValue(QStringLiteral("language"), language);
}

TimeZone Preferences::timelineZone() const
{
    switch (referenceZone) {
    case ReferenceZoneChoice::Utc:
        return TimeZone::utc();
    case ReferenceZoneChoice::System:
        return TimeZone::system();
    case ReferenceZoneChoice::Other:
        break;
    }
    return TimeZone::find(otherZone.toStdString()).value_or(TimeZone::utc());
}

} // namespace sunrelay::gui
