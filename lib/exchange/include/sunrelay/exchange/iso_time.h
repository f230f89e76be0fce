#pragma once

// Text forms of time used by the interchange formats.
//
// Example:
//   formatInstant(t)                 == "2026-03-09T13:00:00Z"
//   parseInstant("2026-03-09T13:00:00Z") == t
//   parseClockTime("24:00", ClockEnd::Allowed) == 1440min
//   weekdayKey(date::Monday)         == "mon"

#include "sunrelay/core/instant.h"

#include <optional>
#include <string>
#include <string_view>

namespace sunrelay::exchange
{

// Whether "24:00" is accepted (the end of a weekly range) or not (a start).
enum class ClockEnd {
    Allowed,
    NotAllowed
};

std::string formatInstant(Instant instant); // "2026-03-09T13:00:00Z"
std::optional<Instant> parseInstant(std::string_view text); // the same form only

std::string formatDate(LocalDate date); // "2026-12-24"
std::optional<LocalDate> parseDate(std::string_view text); // a valid YYYY-MM-DD

std::string formatClockTime(Minutes timeOfDay); // "09:00", "24:00"
std::optional<Minutes> parseClockTime(std::string_view text, ClockEnd end);

std::string weekdayKey(date::weekday day); // "mon" ... "sun"
std::optional<date::weekday> parseWeekdayKey(std::string_view text);

} // namespace sunrelay::exchange
