#pragma once

// Between Qt's date and time widgets and core's local readings: a QDate is a
// local date, a QDate and a QTime together a wall-clock reading. Which
// instant a reading is (DST gaps and overlaps) is for core's
// resolveLocalTime() to say, never for these.

#include "sunrelay/core/local_time.h"

#include <QDate>
#include <QTime>

namespace sunrelay::gui
{

QDate toQDate(LocalDate day);
LocalDate fromQDate(const QDate &day);
// The reading `time` on `day`, to the second.
LocalTime localReading(const QDate &day, const QTime &time);

} // namespace sunrelay::gui
