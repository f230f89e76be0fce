#pragma once

// Instants in words for the GUI: clock times in a zone (12- or 24-hour),
// dates, durations and short zone names. Always with the zone when it is not
// obvious ("09:00 Berlin · 08:00 UTC").

#include "sunrelay/core/instant.h"
#include "sunrelay/core/time_zone.h"

#include <QString>

namespace sunrelay::gui
{

enum class ClockStyle {
    TwentyFourHour,
    TwelveHour
};

// "Berlin", "New York", "UTC"
QString zoneCity(const TimeZone &zone);
// "CET", "+0530" (the tz abbreviation in force at `instant`)
QString zoneAbbreviation(const TimeZone &zone, Instant instant);
// "09:00" or "9:00 AM"
QString clockText(Instant instant, const TimeZone &zone, ClockStyle style);
// "Mon 9 Mar"
QString dayText(Instant instant, const TimeZone &zone);
// "Mon": the local weekday, short
QString weekdayText(Instant instant, const TimeZone &zone);
// "Mon 9 Mar, 09:00 Berlin"
QString dateTimeText(Instant instant, const TimeZone &zone, ClockStyle style);
// "2 h 30 min", "45 min", "3 h", "2 d 1 h"
QString durationText(Seconds length);
// "HH:MM" of minutes since midnight, 24:00 allowed
QString minutesText(Minutes timeOfDay, ClockStyle style);
// The QTime pattern of a clock time in the locale and `style` ("HH:mm",
// "h:mm AP"), for time fields that must show what the labels show.
QString clockPatternFor(ClockStyle style);
// The clock reading of a local time: "09:00" or "9:00 AM"
QString localClockText(LocalTime reading, ClockStyle style);
// A whole hour (0-23) as a compact tick label: "09", or "9 AM"
QString hourText(int hour, ClockStyle style);
// The user's choice in Preferences (the locale's default until chosen).
ClockStyle preferredClockStyle();

} // namespace sunrelay::gui
