#pragma once

// Preferences: what the user chose in Edit > Preferences, kept in QSettings.
// Defaults come from the locale (12/24-hour clock, first day of week).

#include "sunrelay/core/time_zone.h"

#include <QString>

namespace sunrelay::gui
{

enum class ReferenceZoneChoice {
    Utc,
    System,
    Other
};
enum class Appearance {
    FollowSystem,
    Light,
    Dark,
    HighContrast // black and white, yellow focus (style/high_contrast.h)
};

struct Preferences {
    bool use24HourClock = true;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    ReferenceZoneChoice referenceZone = ReferenceZoneChoice::Utc;
    QString otherZone = QStringLiteral("UTC"); // when referenceZone == Other
    Appearance appearance = Appearance::FollowSystem;
    // The language of words and formats: empty for the system's, else an
    // apptext::appLanguages() code ("de"). Read once, at start.
    QString language;

    static Preferences load();
    void save() const;

    // The zone the timeline's axis is in.
    TimeZone timelineZone() const;

    bool operator==(const Preferences &) const = default;
};

} // namespace sunrelay::gui
