// Arbitrary bytes as a calendar file for the busy-time and holiday imports:
// never a crash, a hang, unbounded memory or a sanitizer report. Accepted
// results keep their invariants (sorted, positive length, inside the range).
// Seeds in corpus/ical_import/ are the producer-shaped files of
// tests/ical/data/ics/ plus short hostile ones: the shapes of issue 14
// (rules libical walks minute by minute or that never occur, a SECONDLY
// VTIMEZONE, long lines, many parameters, list values and overrides, a
// byte order mark, sparse rules counted from 1900), in small sizes.

#include "sunrelay/ical/busy_import.h"
#include "sunrelay/ical/holiday_import.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace sunrelay;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const Interval range{Instant{date::sys_days{date::year{2026} / 3 / 1}},
                         Instant{date::sys_days{date::year{2026} / 4 / 1}}};
    // Smaller bounds than the defaults keep each input fast under libFuzzer.
    ical::ImportLimits limits;
    limits.maxInstances = 5000;
    limits.maxIterations = 50000;
    limits.maxWalkDays = 20000;
    // Lexical caps small enough for inputs of a few kB to reach them
    // (corpus: long-line, many-parameters, exdate-list, recurrence-ids).
    limits.maxLineBytes = 2048;
    limits.maxParameters = 20;
    limits.maxListValues = 100;
    limits.maxOverrides = 3;
    limits.maxSummaryBytes = 64;
    static const TimeZone berlin = *TimeZone::find("Europe/Berlin");
    const auto busy =
        ical::importBusyTimes(text, {range, berlin, ical::AllDayEvents::Busy, limits});
    if (busy) {
        for (std::size_t i = 0; i < busy.value().size(); ++i) {
            const BusyTime &b = busy.value()[i];
            if (!(b.interval.start < b.interval.end) || !b.interval.intersects(range))
                std::abort();
            if (i > 0 && b.interval.start < busy.value()[i - 1].interval.start)
                std::abort();
        }
    } else if (busy.error().message().empty()) {
        std::abort();
    }
    const auto holidays = ical::importHolidays(text, {range, limits});
    if (holidays)
        for (std::size_t i = 1; i < holidays.value().size(); ++i)
            if (!(holidays.value()[i - 1].date < holidays.value()[i].date))
                std::abort();
    return 0;
}
