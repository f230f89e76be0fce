#include "zones.h"

#include <algorithm>
#include <vector>

namespace sunrelay::ical::detail
{

icaltimetype utcTime(Instant t)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(t.time_since_epoch().count()),
                                         0,
                                         icaltimezone_get_utc_timezone());
}

icaltimetype readingTime(LocalTime local)
{
    const LocalDate day = date::floor<date::days>(local);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss<Seconds> tod{local - day};
    icaltimetype t = icaltime_null_time();
    t.year = int(ymd.year());
    t.month = int(unsigned(ymd.month()));
    t.day = int(unsigned(ymd.day()));
    t.hour = int(tod.hours().count());
    t.minute = int(tod.minutes().count());
    t.second = int(tod.seconds().count());
    return t;
}

namespace
{

// One STANDARD or DAYLIGHT component: the zone's state from `at` on.
struct ZoneChange {
    Instant at;
    Seconds offsetBefore{0};
    Seconds offsetAfter{0};
    bool daylight = false;
    std::string abbreviation;
};

// DAYLIGHT is what calendar clients (Outlook turns it into a Windows zone's
// daylight bias) expect: time in DST that the clocks sprang forward into.
// The tz database also marks negative DST (Europe/Dublin's winter GMT,
// Africa/Casablanca's Ramadan +00) with a save; written as DAYLIGHT those
// would be a "daylight" time behind standard time, so they are STANDARD.
// Instants depend only on the offsets either way.
bool isDaylight(const date::sys_info &period, Seconds offsetBefore)
{
    return period.save != Minutes{0} && period.offset > offsetBefore;
}

// A new component starts where the offset or the kind of time changes; a
// change of the abbreviation alone moves no clock.
bool startsComponent(const date::sys_info &period, const date::sys_info &before)
{
    return period.offset != before.offset
        || (period.save == Minutes{0}) != (before.save == Minutes{0});
}

constexpr Instant epoch1970{};

// The changes that give every reading between span.start and span.end its
// offset: the last one at or before span.start (walking further back while
// that one is DAYLIGHT, so each VTIMEZONE has a STANDARD component, which
// Python's icalendar needs to tell DST apart), then every one up to span.end.
// A state that began before 1970 is written as starting on 1970-01-01 with
// no change, as clients only need the offset from then on.
std::vector<ZoneChange> changesFor(const date::time_zone &tz, const Interval &span)
{
    std::vector<ZoneChange> changes;
    date::sys_info period = tz.get_info(span.start);
    // Back to the first change of the state in force at span.start (and
    // before that state while it is DAYLIGHT).
    for (;;) {
        if (period.begin <= epoch1970) {
            // Read 1970-01-01T00:00 on its own clock.
            changes.push_back(
                {epoch1970 - period.offset, period.offset, period.offset, false, period.abbrev});
            break;
        }
        const date::sys_info before = tz.get_info(period.begin - Seconds{1});
        if (!startsComponent(period, before)) {
            period.begin = before.begin; // the same state, longer
            continue;
        }
        const bool daylight = isDaylight(period, before.offset);
        changes.push_back({period.begin, before.offset, period.offset, daylight, period.abbrev});
        if (!daylight)
            break;
        period = before;
    }
    std::reverse(changes.begin(), changes.end());
    period = tz.get_info(span.start);
    while (period.end <= span.end && period.end != Instant::max()) {
        const date::sys_info next = tz.get_info(period.end);
        if (next.begin <= period.begin)
            break; // defensive: the database must move forward
        if (startsComponent(next, period))
            changes.push_back({next.begin,
                               period.offset,
                               next.offset,
                               isDaylight(next, period.offset),
                               next.abbrev});
        period = next;
    }
    return changes;
}

} // namespace

ComponentPtr vtimezoneFor(const TimeZone &zone, const Interval &span)
{
    ComponentPtr vtimezone(icalcomponent_new_vtimezone());
    icalcomponent_add_property(vtimezone.get(), icalproperty_new_tzid(zone.name().c_str()));
    for (const ZoneChange &change : changesFor(zone.tz(), span)) {
        // DTSTART is the reading of the change on the clock before it.
        icalcomponent *component =
            change.daylight ? icalcomponent_new_xdaylight() : icalcomponent_new_xstandard();
        icalcomponent_add_property(component,
                                   icalproperty_new_dtstart(readingTime(LocalTime{
                                       change.at.time_since_epoch() + change.offsetBefore})));
        icalcomponent_add_property(component,
                                   icalproperty_new_tzoffsetfrom(int(change.offsetBefore.count())));
        icalcomponent_add_property(component,
                                   icalproperty_new_tzoffsetto(int(change.offsetAfter.count())));
        icalcomponent_add_property(component, icalproperty_new_tzname(change.abbreviation.c_str()));
        icalcomponent_add_component(vtimezone.get(), component);
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
