#include "sunrelay/ical/busy_import.h"

#include "calendar_reader.h"

namespace sunrelay::ical
{

Expected<std::vector<BusyTime>, IcalError> importBusyTimes(std::string_view ics,
                                                           const BusyImportOptions &options)
{
    auto occurrences =
        detail::readOccurrences(ics, {options.range, options.floatingZone, options.limits});
    if (!occurrences)
        return occurrences.error();
    std::vector<BusyTime> busy;
    for (detail::Occurrence &o : occurrences.value()) {
        if (o.transparent || (o.allDay && options.allDay == AllDayEvents::Free))
            continue;
        // The reader keeps all-day dates a day either side of the range
        // (holidays are dates); busy time is instants, so only those in it.
        if (!o.interval.intersects(options.range))
            continue;
        busy.push_back({o.interval, std::move(o.summary), std::move(o.uid)});
    }
    return busy;
}

} // namespace sunrelay::ical
