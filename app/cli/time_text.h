#pragma once

// Instants and durations as people read them in a terminal.

#include "sunrelay/core/instant.h"
#include "sunrelay/core/time_zone.h"

#include <QString>

namespace sunrelay::cli {

// "2 h 30 min", "45 min", "3 h"
QString formatDuration(Seconds length);
// "Mon 09 Mar 14:00 CET"
QString formatLocal(Instant instant, const TimeZone &zone);
// "14:00 CET"
QString formatLocalClock(Instant instant, const TimeZone &zone);

} // namespace sunrelay::cli
