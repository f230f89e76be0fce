#include "sunrelay/core/time_zone.h"

#include <array>
#include <stdexcept>

namespace sunrelay
{

namespace
{

// Names that the tz database directory holds but that mean something
// different on each machine or are no zones at all: "localtime" is this
// machine's setting, "posixrules" the default rule for POSIX TZ strings,
// "Factory" a placeholder; posix/ and right/ are copies of the database
// (right/ counts leap seconds, so its instants are 27 s off).
constexpr std::array<std::string_view, 3> machineNames{"localtime", "posixrules", "Factory"};
constexpr std::array<std::string_view, 2> copyPrefixes{"posix/", "right/"};

bool isPortableSegment(std::string_view segment)
{
    if (segment.empty() || segment == "." || segment == "..")
        return false;
    for (const char c : segment)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
              || c == '-' || c == '+'))
            return false;
    return true;
}

} // namespace

bool TimeZone::isPortableName(std::string_view name)
{
    for (const std::string_view machine : machineNames)
        if (name == machine)
            return false;
    for (const std::string_view prefix : copyPrefixes)
        if (name.starts_with(prefix))
            return false;
    // Segments of letters, digits, '_', '-', '+' between single slashes: no
    // absolute paths, no "..", nothing that walks out of the database.
    std::size_t begin = 0;
    while (true) {
        const std::size_t slash = name.find('/', begin);
        if (!isPortableSegment(name.substr(begin, slash - begin)))
            return false;
        if (slash == std::string_view::npos)
            return true;
        begin = slash + 1;
    }
}

TimeZone::TimeZone()
    : TimeZone(utc())
{
}

std::optional<TimeZone> TimeZone::find(std::string_view name)
{
    if (!isPortableName(name))
        return std::nullopt;
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
