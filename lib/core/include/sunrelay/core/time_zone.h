#pragma once

// TimeZone: an IANA zone from the system tz database, remembered under the name
// it was asked for, so a link such as "Asia/Calcutta" round-trips as written.
//
// Example:
//   auto zone = TimeZone::find("Europe/Berlin");   // engaged
//   auto none = TimeZone::find("Europe/Berlim");   // std::nullopt: input error
//   auto here = TimeZone::find("localtime");       // std::nullopt: machine-dependent

#include <date/tz.h>

#include <optional>
#include <string>
#include <string_view>

namespace sunrelay
{

class TimeZone
{
public:
    // UTC.
    TimeZone();
    // Looks the name up in the system tz database; nullopt if it is unknown
    // or not portable (see isPortableName).
    static std::optional<TimeZone> find(std::string_view name);
    // False for names whose meaning depends on the machine or that are no
    // IANA zone: "localtime", "posixrules", "Factory", "posix/...",
    // "right/...", paths ("/etc/localtime", "../x", "a//b"). find() refuses
    // them even where the tz database would resolve them.
    // Example: isPortableName("Europe/Berlin") == true,
    //          isPortableName("localtime") == false
    static bool isPortableName(std::string_view name);
    static TimeZone utc();
    // The zone this computer is set to (/etc/localtime or TZ), or UTC when
    // it cannot be told.
    static TimeZone system();

    const std::string &name() const { return m_name; }
    const date::time_zone &tz() const { return *m_zone; }

    bool operator==(const TimeZone &other) const { return m_name == other.m_name; }

private:
    TimeZone(std::string name, const date::time_zone *zone)
        : m_name(std::move(name))
        , m_zone(zone)
    {
    }

    std::string m_name;
    const date::time_zone *m_zone; // never null; owned by the tz database
};

} // namespace sunrelay
