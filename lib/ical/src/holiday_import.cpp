#include "sunrelay/ical/holiday_import.h"

#include "calendar_reader.h"

#include <map>

namespace sunrelay::ical
{

Expected<std::vector<Holiday>, IcalError> importHolidays(std::string_view ics,
                                                         const HolidayImportOptions &options)
{
    // All-day events are dates: the floating zone only places them on the
    // time line, which a holiday does not need.
    auto occurrences =
        detail::readOccurrences(ics, {options.range, TimeZone::utc(), options.limits});
    if (!occurrences)
        return occurrences.error();
    const LocalDate first =
        LocalDate{date::floor<date::days>(options.range.start).time_since_epoch()} - date::days{1};
    const LocalDate last =
        LocalDate{date::floor<date::days>(options.range.end).time_since_epoch()} + date::days{1};
    std::map<LocalDate, std::string> names;
    for (const detail::Occurrence &o : occurrences.value()) {
        if (!o.allDay)
            continue;
        for (LocalDate day = std::max(o.firstDay, first); day < o.endDay && day <= last;
             day += date::days{1}) {
            std::string &name = names[day];
            if (name.empty())
                name = o.summary;
            else if (name != o.summary && name.find(o.summary) == std::string::npos)
                name += ", " + o.summary;
        }
    }
    std::vector<Holiday> holidays;
    holidays.reserve(names.size());
    for (auto &[day, name] : names)
        holidays.push_back({day, std::move(name)});
    return holidays;
}

} // namespace sunrelay::ical
