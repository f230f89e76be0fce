#include "zones.h"

#include <cstring>

namespace sunrelay::ical::detail {

namespace {

icaltimetype utcTime(Instant t)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(t.time_since_epoch().count()), 0,
                                         icaltimezone_get_utc_timezone());
}

icaltimezone *builtinZone(const TimeZone &zone)
{
    if (icaltimezone *found = icaltimezone_get_builtin_timezone(zone.name().c_str()))
        return found;
    // A link the zones list of libical does not know: its target.
    return icaltimezone_get_builtin_timezone(zone.tz().name().c_str());
}

} // namespace

ComponentPtr vtimezoneFor(const TimeZone &zone, const Interval &span)
{
    icaltimezone *builtin = builtinZone(zone);
    if (!builtin || builtin == icaltimezone_get_utc_timezone())
        return nullptr;
    icalcomponent *source = icaltimezone_get_component(builtin);
    if (!source)
        return nullptr;
    ComponentPtr vtimezone(icalcomponent_new_clone(source));
    // libical names its zoneinfo zones "/freeassociation.sourceforge.net/..."
    // whatever icaltimezone_set_tzid_prefix() says; calendars want the IANA id.
    if (icalproperty *tzid = icalcomponent_get_first_property(vtimezone.get(), ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, zone.name().c_str());
    icaltimezone_truncate_vtimezone(vtimezone.get(), utcTime(span.start), utcTime(span.end), 1);
    // TZUNTIL (RFC 7808) is not RFC 5545; the span is ours to know.
    while (icalproperty *until =
               icalcomponent_get_first_property(vtimezone.get(), ICAL_TZUNTIL_PROPERTY)) {
        icalcomponent_remove_property(vtimezone.get(), until);
        icalproperty_free(until);
    }
    return vtimezone;
}

std::optional<TimeZone> ianaZoneOf(const std::string &tzid)
{
    if (tzid.empty() || tzid.size() > 200)
        return std::nullopt;
    if (auto zone = TimeZone::find(tzid))
        return zone;
    if (tzid.front() != '/')
        return std::nullopt;
    // "/vendor/version/Area/City": try each suffix after a slash.
    for (std::size_t slash = tzid.find('/'); slash != std::string::npos;
         slash = tzid.find('/', slash + 1)) {
        const std::string rest = tzid.substr(slash + 1);
        if (rest.find('/') == std::string::npos && rest != "UTC")
            break; // a bare "Berlin" is no zone
        if (auto zone = TimeZone::find(rest))
            return zone;
    }
    return std::nullopt;
}

LocalTimeLookup resolveWithOffsets(icaltimezone *zone, LocalTime local)
{
    const auto offsetAt = [zone](Instant t) {
        icaltimetype tt = utcTime(t);
        return Seconds{icaltimezone_get_utc_offset_of_utc_time(zone, &tt, nullptr)};
    };
    // The offsets well before and after the reading bracket any transition
    // near it (transitions are far more than 36 h apart).
    const Instant asIfUtc{local.time_since_epoch()};
    const Seconds before = offsetAt(asIfUtc - std::chrono::hours{36});
    const Seconds after = offsetAt(asIfUtc + std::chrono::hours{36});
    const Instant withBefore = asIfUtc - before;
    const Instant withAfter = asIfUtc - after;
    const bool beforeFits = offsetAt(withBefore) == before;
    const bool afterFits = offsetAt(withAfter) == after;
    if (beforeFits && afterFits && withBefore != withAfter)
        return {std::min(withBefore, withAfter), LocalTimeKind::Repeated}; // the first
    if (beforeFits)
        return {withBefore, LocalTimeKind::Unique};
    if (afterFits)
        return {withAfter, LocalTimeKind::Unique};
    return {withBefore, LocalTimeKind::Skipped}; // the offset before the gap
}

LocalTime FileZone::localOf(Instant t) const
{
    if (const auto *resolver = std::get_if<LocalTimeResolver>(&m_zone))
        return toLocal(resolver->zone(), t);
    icaltimetype tt = utcTime(t);
    const int offset =
        icaltimezone_get_utc_offset_of_utc_time(std::get<icaltimezone *>(m_zone), &tt, nullptr);
    return LocalTime{t.time_since_epoch() + Seconds{offset}};
}

LocalTimeLookup FileZone::resolve(LocalTime local)
{
    if (auto *resolver = std::get_if<LocalTimeResolver>(&m_zone))
        return resolver->resolve(local);
    return resolveWithOffsets(std::get<icaltimezone *>(m_zone), local);
}

} // namespace sunrelay::ical::detail
