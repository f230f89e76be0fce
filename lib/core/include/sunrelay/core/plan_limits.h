#pragma once

// Plan limits: the largest plan Sunrelay accepts, the dates a plan may hold
// and the widest report window. Every reader of outside data (plan file,
// interchange JSON, roster CSV, command line) checks against these, so a
// plan that loads in one place loads in all, and no input can make the
// engine run for minutes or take gigabytes.
//
// The counts are far above any real team (the benchmarks use 1,000 members
// and 10,000 tasks) and low enough that the engine stays within seconds:
// every coverage end looks at every region for its receiver, so regions
// are capped hardest.
//
// Example:
//   checkCount("members", 12'000, maxMembers)
//     == "12000 members is more than the limit of 10000"
//   checkReportWindow(2026-01-01, 2026-12-31) == std::nullopt
//   checkReportWindow(1900-01-01, 2037-12-31)
//     == "the report window 1900-01-01 to 2037-12-31 spans 50404 days; "
//        "at most 1098 days (3 years) are allowed: choose a shorter --from/--to"

#include "sunrelay/core/instant.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sunrelay
{

// Counts: in a whole plan ...
inline constexpr std::size_t maxRegions = 100;
inline constexpr std::size_t maxMembers = 10'000;
inline constexpr std::size_t maxTasks = 100'000;
// ... and per entity.
inline constexpr std::size_t maxRangesPerPattern = 50; // work, deep work, comms each
inline constexpr std::size_t maxTimeOffPerMember = 1'000;
inline constexpr std::size_t maxBusyTimesPerMember = 100'000; // imported meetings
inline constexpr std::size_t maxHolidaysPerRegion = 5'000;
inline constexpr std::size_t maxHandoffNotesPerTask = 10'000;

// Text lengths, in bytes of UTF-8.
inline constexpr std::size_t maxIdBytes = 200; // region, member and task ids
inline constexpr std::size_t maxNameBytes = 2'000; // plan, region, member, holiday names; titles
inline constexpr std::size_t maxNoteBytes = 1'000'000; // task notes, each handoff note (1 MB)
inline constexpr std::size_t maxImportedTextBytes = 2'000; // busy time summaries and UIDs

// The dates a plan may hold: 1900-01-01 to 2199-12-31, the same for the plan
// file, JSON, CSV and command-line dates. Instants lie between the start of
// the first and the end of the last date (UTC), both included.
inline constexpr LocalDate earliestPlanDate{date::days{-25567}}; // 1900-01-01
inline constexpr LocalDate latestPlanDate{date::days{84005}}; // 2199-12-31
inline constexpr Instant earliestPlanInstant{Seconds{-2208988800}}; // 1900-01-01T00:00:00Z
inline constexpr Instant latestPlanInstant{Seconds{7258118400}}; // 2200-01-01T00:00:00Z

bool isPlanDate(LocalDate day);
bool isPlanInstant(Instant instant);
// The one message for a date outside the range:
// "dates must lie between 1900-01-01 and 2199-12-31".
std::string planDateRangeRule();

// The widest report (schedule, conflicts): three years of days. Wider
// windows make output and memory grow without bound.
inline constexpr int maxReportWindowDays = 3 * 366;

// What is wrong with the report window [from, to] (inclusive local dates):
// a date outside the plan dates, `to` before `from`, or more than
// maxReportWindowDays days; nullopt if it may be reported.
std::optional<std::string> checkReportWindow(LocalDate from, LocalDate to);

// "<count> <what> is more than the limit of <limit>" if count > limit,
// else nullopt. `what` is plural ("members", "holidays of region \"emea\"").
std::optional<std::string> checkCount(std::string_view what, std::size_t count, std::size_t limit);
// "<what> is <n> bytes long; the limit is <limit>" if text is longer.
std::optional<std::string>
checkLength(std::string_view what, std::string_view text, std::size_t limit);

} // namespace sunrelay
