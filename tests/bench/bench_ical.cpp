// Calendar-file benchmark: export one year of 1,000 members (the whole plan:
// their deep-work blocks, comms windows and the year's handoffs) and import a
// 10,000-event calendar (weekly and daily rules, single events, overrides)
// over a year. Prints JSON. `--smoke` runs tiny sizes so ctest can check it
// still works; real figures come from a Release build (scripts/bench).
//
// `--import FILE` (busy times) and `--holidays FILE` import one file over
// March 2026 (Europe/Berlin) with the default limits and print the time and
// the result or error: run under /usr/bin/time -v for the hostile files of
// issue 14.

#include "synthetic_plan.h"

#include "sunrelay/ical/busy_import.h"
#include "sunrelay/ical/calendar_export.h"
#include "sunrelay/ical/holiday_import.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>

using namespace sunrelay;

namespace
{

double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto begin = std::chrono::steady_clock::now();
        work();
        const auto end = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(end - begin).count());
    }
    return best;
}

// A calendar like a busy person's year: every 10th event weekly (52 weeks),
// every 50th daily for a month, the rest single meetings in Europe/Berlin, UTC
// or floating time.
std::string syntheticCalendar(std::size_t events)
{
    std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n";
    char line[256];
    for (std::size_t i = 0; i < events; ++i) {
        const unsigned day = 1 + unsigned(i % 28);
        const unsigned month = 1 + unsigned((i / 28) % 12);
        const unsigned hour = 7 + unsigned(i % 11);
        text += "BEGIN:VEVENT\r\n";
        std::snprintf(line,
                      sizeof line,
                      "UID:bench-%zu@example.com\r\nDTSTAMP:20260101T000000Z\r\n",
                      i);
        text += line;
        const char *zone = i % 3 == 0 ? ";TZID=Europe/Berlin" : "";
        const char *utc = i % 3 == 1 ? "Z" : "";
        std::snprintf(line,
                      sizeof line,
                      "DTSTART%s:2026%02u%02uT%02u3000%s\r\nDTEND%s:2026%02u%02uT%02u5500%s\r\n",
                      zone,
                      month,
                      day,
                      hour,
                      utc,
                      zone,
                      month,
                      day,
                      hour,
                      utc);
        text += line;
        if (i % 10 == 0)
            text += "RRULE:FREQ=WEEKLY;COUNT=52\r\n";
        else if (i % 50 == 5)
            text += "RRULE:FREQ=DAILY;UNTIL=20261231T000000Z\r\n";
        std::snprintf(line, sizeof line, "SUMMARY:Meeting %zu\\, room %zu\r\n", i, i % 40);
        text += line;
        text += "END:VEVENT\r\n";
    }
    text += "END:VCALENDAR\r\n";
    return text;
}

// One file through one import; 0 if it ended (accepted or refused).
int importOne(const char *mode, const char *path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        std::fprintf(stderr, "cannot read %s\n", path);
        return 2;
    }
    const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    const Interval march{Instant{date::sys_days{date::year{2026} / 3 / 1}},
                         Instant{date::sys_days{date::year{2026} / 4 / 1}}};
    std::string outcome;
    const double ms = bestOf(1, [&] {
        if (std::strcmp(mode, "--holidays") == 0) {
            const auto result = ical::importHolidays(text, {march});
            outcome = result ? std::to_string(result.value().size()) + " holidays"
                             : result.error().message();
        } else {
            const auto result =
                ical::importBusyTimes(text, {march, *TimeZone::find("Europe/Berlin")});
            outcome = result ? std::to_string(result.value().size()) + " busy times"
                             : result.error().message();
        }
    });
    std::printf("%s: %.1f ms: %.200s\n", path, ms, outcome.c_str());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3
        && (std::strcmp(argv[1], "--import") == 0 || std::strcmp(argv[1], "--holidays") == 0))
        return importOne(argv[1], argv[2]);
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    const std::size_t members = smoke ? 20 : 1000;
    const int days = smoke ? 14 : 365;
    const std::size_t events = smoke ? 200 : 10000;
    const int runs = smoke ? 1 : 3;

    const date::sys_days start = date::year{2026} / 1 / 5;
    const Plan plan = bench::syntheticPlan(members, 0, start, 1);
    ical::ExportRequest request;
    request.window = {Instant{start}, Instant{start + date::days{days}}};
    request.stamp = Instant{start};
    std::size_t exportBytes = 0;
    std::size_t exportEvents = 0;
    const double exportMs = bestOf(runs, [&] {
        const auto text = ical::exportCalendar(plan, request);
        exportBytes = text ? text.value().size() : 0;
        exportEvents = 0;
        if (text)
            for (std::size_t at = text.value().find("BEGIN:VEVENT"); at != std::string::npos;
                 at = text.value().find("BEGIN:VEVENT", at + 1))
                ++exportEvents;
    });

    const std::string calendar = syntheticCalendar(events);
    ical::BusyImportOptions options{request.window, *TimeZone::find("Europe/Berlin")};
    options.limits.maxInstances = 1'000'000;
    std::size_t busy = 0;
    const double importMs = bestOf(runs, [&] {
        const auto result = ical::importBusyTimes(calendar, options);
        busy = result ? result.value().size() : 0;
    });

    std::printf(
        "{\n"
        "  \"smoke\": %s,\n"
        "  \"export\": {\"members\": %zu, \"days\": %d, \"events\": %zu, \"bytes\": %zu,\n"
        "             \"totalMs\": %.1f},\n"
        "  \"import\": {\"events\": %zu, \"bytes\": %zu, \"busyTimes\": %zu,\n"
        "             \"totalMs\": %.1f}\n"
        "}\n",
        smoke ? "true" : "false",
        members,
        days,
        exportEvents,
        exportBytes,
        exportMs,
        events,
        calendar.size(),
        busy,
        importMs);
    return exportEvents > 0 && busy > 0 ? 0 : 1;
}
