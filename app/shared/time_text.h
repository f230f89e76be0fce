#pragma once

// Instants and durations as the CLI prints them and conflict messages say
// them (translation context "TimeText").

#include "sunrelay/core/instant.h"
#include "sunrelay/core/time_zone.h"

#include <QString>

namespace sunrelay::apptext
{

// "2 h 30 min", "45 min", "3 h"
QString formatDuration(Seconds length);
// "Mon 09 Mar 14:00 CET" under the C locale; else in the locale's own
// patterns: "Mo., 9. März 14:00 CET", "3月9日(月) 14:00 CET".
QString formatLocal(Instant instant, const TimeZone &zone);
// "14:00 CET"
QString formatLocalClock(Instant instant, const TimeZone &zone);

} // namespace sunrelay::apptext
