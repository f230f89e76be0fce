#include "sunrelay/core/time_zone.h"

#include <stdexcept>

namespace sunrelay {

TimeZone::TimeZone()
    : TimeZone(utc())
{
}

std::optional<TimeZone> TimeZone::find(std::string_view name)
{
    // locate_zone reports an unknown name by throwing; keep that inside.
    try {
        return TimeZone(std::string(name), date::locate_zone(name));
    } catch (const std::runtime_error &) {
        return std::nullopt;
    }
}

TimeZone TimeZone::utc()
{
    static const date::time_zone *const zone = date::locate_zone("Etc/UTC");
    return TimeZone("UTC", zone);
}

TimeZone TimeZone::system()
{
    try {
        if (const date::time_zone *zone = date::current_zone())
            if (auto found = find(zone->name()))
                return *found;
    } catch (const std::runtime_error &) {
        // No /etc/localtime and no TZ: UTC is the honest answer.
    }
    return utc();
}

} // namespace sunrelay
