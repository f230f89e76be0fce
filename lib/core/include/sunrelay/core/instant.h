#pragma once

// Instants and wall-clock readings.
//
// An Instant is an absolute point in time (UTC seconds). A LocalTime is what a
// wall clock shows somewhere; it only becomes an Instant together with a zone
// (see local_time.h). The two are distinct clock types, so the compiler refuses
// to mix them.
//
// Example:
//   Instant t = date::sys_days{date::year{2026}/3/9} + std::chrono::hours{13};
//   // 2026-03-09T13:00:00Z

#include <date/date.h>

#include <chrono>

namespace sunrelay
{

using Instant = date::sys_seconds;
using LocalTime = date::local_seconds;
using LocalDate = date::local_days;
using Seconds = std::chrono::seconds;
using Minutes = std::chrono::minutes;

} // namespace sunrelay
