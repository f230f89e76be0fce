#pragma once

// Shared by the lib/ical tests: reading an exported calendar back with
// parsers that are not the exporter — libical's own recurrence expansion
// (icalcomponent_foreach_recurrence, as libical clients call it), libical's
// recurrence iterator with the file's own VTIMEZONEs only, and Python's
// icalendar + dateutil with the file's VTIMEZONEs or with zoneinfo
// (ics_instants.py) — into "category -> instances" maps that tests compare
// with the engine's instants (engineInstances).

#include "../core/plan_builder.h"

#include "sunrelay/core/expansion.h"
#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule_report.h"
#include "sunrelay/ical/calendar_export.h"

#include <libical/ical.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace sunrelay::test
{

// "deepwork-anna-0-20260308@sunrelay" -> "deepwork-anna"; "handoff-..." -> "handoff";
// "task-T-3-1@sunrelay" -> "task-T-3" (the segment index follows the last '-').
inline QString categoryOf(const QString &uid)
{
    if (uid.startsWith(QLatin1String("task-"))) {
        const QString bare = uid.section(QLatin1Char('@'), 0, 0);
        return bare.left(bare.lastIndexOf(QLatin1Char('-')));
    }
    const QStringList parts = uid.split(QLatin1Char('-'));
    if (parts.value(0) == QLatin1String("handoff"))
        return parts.value(0);
    return parts.value(0) + QLatin1Char('-') + parts.value(1);
}

using Instances = QMap<QString, QStringList>; // category -> sorted "start/end"

inline void sortAll(Instances &instances)
{
    for (QStringList &list : instances)
        list.sort();
}

// The same as instants, for the zone sweep's many comparisons.
using Spans = std::map<QString, std::vector<Interval>>; // category -> sorted

inline void sortAll(Spans &spans)
{
    for (auto &[category, list] : spans)
        std::sort(list.begin(), list.end(), [](const Interval &a, const Interval &b) {
            return std::pair{a.start, a.end} < std::pair{b.start, b.end};
        });
}

inline Instances asText(const Spans &spans)
{
    Instances result;
    for (const auto &[category, list] : spans)
        for (const Interval &interval : list)
            result[category] << iso(interval);
    sortAll(result);
    return result;
}

struct CalendarDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using CalendarPtr = std::unique_ptr<icalcomponent, CalendarDeleter>;

struct Collected {
    Spans *spans;
    QString category;
    Interval window;
};

inline void collectSpan(icalcomponent *, struct icaltime_span *span, void *data)
{
    auto *collected = static_cast<Collected *>(data);
    const Interval interval{Instant{Seconds{span->start}}, Instant{Seconds{span->end}}};
    if (interval.intersects(collected->window))
        (*collected->spans)[collected->category].push_back(interval);
}

// libical as its clients call it: every VEVENT of a parsed calendar expanded
// by icalcomponent_foreach_recurrence over the window with a margin.
inline Spans libicalSpans(icalcomponent *root, const Interval &window)
{
    Spans result;
    const auto bound = [](Instant t) {
        return icaltime_from_timet_with_zone(t.time_since_epoch().count(),
                                             0,
                                             icaltimezone_get_utc_timezone());
    };
    for (icalcomponent *e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
        Collected collected{&result,
                            categoryOf(QString::fromUtf8(icalcomponent_get_uid(e))),
                            window};
        icalcomponent_foreach_recurrence(e,
                                         bound(window.start - date::days{3}),
                                         bound(window.end + date::days{3}),
                                         collectSpan,
                                         &collected);
    }
    sortAll(result);
    return result;
}

inline Instances libicalInstances(const std::string &text, const Interval &window)
{
    CalendarPtr root(icalparser_parse_string(text.c_str()));
    return root ? asText(libicalSpans(root.get(), window)) : Instances{};
}

struct TimezoneDeleter {
    void operator()(icaltimezone *z) const { icaltimezone_free(z, 1); }
};

// The VTIMEZONEs of a parsed calendar as libical zones, by TZID: what a
// client that reads only the file (not libical's builtin zones) knows.
class FileZones
{
public:
    explicit FileZones(icalcomponent *calendar)
    {
        for (icalcomponent *c =
                 icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
             c;
             c = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
            std::unique_ptr<icaltimezone, TimezoneDeleter> zone(icaltimezone_new());
            icalcomponent *copy = icalcomponent_new_clone(c);
            if (!icaltimezone_set_component(zone.get(), copy)) { // no TZID
                icalcomponent_free(copy);
                continue;
            }
            m_zones[QString::fromUtf8(icaltimezone_get_tzid(zone.get()))] = std::move(zone);
        }
    }

    // The zone of a DATE-TIME property: UTC for "...Z", the file's VTIMEZONE
    // for a TZID; null (and `error` says why) if the file lacks it.
    icaltimezone *zoneOf(icalproperty *property, QString *error) const
    {
        icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
        if (!tzid)
            return icaltimezone_get_utc_timezone();
        const QString name = QString::fromUtf8(icalparameter_get_tzid(tzid));
        const auto found = m_zones.find(name);
        if (found == m_zones.end()) {
            *error = QStringLiteral("TZID %1 has no VTIMEZONE in the file").arg(name);
            return nullptr;
        }
        return found->second.get();
    }

private:
    std::map<QString, std::unique_ptr<icaltimezone, TimezoneDeleter>> m_zones;
};

inline Instant instantOf(icaltimetype t, icaltimezone *zone)
{
    return Instant{Seconds{icaltime_as_timet_with_zone(t, zone)}};
}

inline bool sameReading(const icaltimetype &a, const icaltimetype &b)
{
    return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour
        && a.minute == b.minute && a.second == b.second;
}

// libical as a client that knows only the file: every event's RRULE
// expanded with libical's recurrence iterator in the event's zone (the
// file's own VTIMEZONE of its TZID; libical hands the TZID to ICU, whose
// calendar does the stepping), each reading (and DTSTART, DTEND, EXDATE)
// turned into an instant by that VTIMEZONE. An instance lasts DTEND - DTSTART (RFC 5545
// §3.8.5.3). Instances intersecting the window are kept.
inline Spans libicalFileZoneSpans(icalcomponent *root, const Interval &window, QString *error)
{
    Spans result;
    const FileZones zones(root);
    for (icalcomponent *e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
        const QString category = categoryOf(QString::fromUtf8(icalcomponent_get_uid(e)));
        icalproperty *startProperty = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
        icalproperty *endProperty = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY);
        if (!startProperty || !endProperty) {
            *error = category + QStringLiteral(": an event without DTSTART or DTEND");
            return result;
        }
        icaltimezone *startZone = zones.zoneOf(startProperty, error);
        icaltimezone *endZone = zones.zoneOf(endProperty, error);
        if (!startZone || !endZone)
            return result;
        icaltimetype start = icalproperty_get_dtstart(startProperty);
        start.zone = startZone; // the iterator works in the event's zone
        const Seconds length =
            instantOf(icalproperty_get_dtend(endProperty), endZone) - instantOf(start, startZone);
        std::vector<icaltimetype> excluded;
        for (icalproperty *p = icalcomponent_get_first_property(e, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(e, ICAL_EXDATE_PROPERTY))
            excluded.push_back(icalproperty_get_exdate(p));
        const auto keep = [&](icaltimetype reading) {
            if (std::any_of(excluded.begin(), excluded.end(), [&](const icaltimetype &x) {
                    return sameReading(x, reading);
                }))
                return;
            const Instant at = instantOf(reading, startZone);
            const Interval interval{at, at + length};
            if (interval.intersects(window))
                result[category].push_back(interval);
        };
        icalproperty *rule = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY);
        if (!rule) {
            keep(start);
            continue;
        }
        std::unique_ptr<icalrecur_iterator, void (*)(icalrecur_iterator *)> it(
            icalrecur_iterator_new(icalproperty_get_rrule(rule), start),
            icalrecur_iterator_free);
        if (!it) {
            *error = category + QStringLiteral(": libical rejects the RRULE");
            return result;
        }
        for (icaltimetype reading = icalrecur_iterator_next(it.get());
             !icaltime_is_null_time(reading);
             reading = icalrecur_iterator_next(it.get()))
            keep(reading);
    }
    sortAll(result);
    return result;
}

inline Instances
libicalFileZoneInstances(const std::string &text, const Interval &window, QString *error)
{
    CalendarPtr root(icalparser_parse_string(text.c_str()));
    if (!root) {
        *error = QStringLiteral("libical cannot parse the file");
        return {};
    }
    return asText(libicalFileZoneSpans(root.get(), window, error));
}

// Python's icalendar: the parsed events as JSON (see ics_instants.py).
inline QJsonArray pythonEvents(const QString &path, const Interval &window, QString *error)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(SUNRELAY_TEST_SCRIPT_DIR "/ics_instants.py"),
                  path,
                  QString::number(window.start.time_since_epoch().count()),
                  QString::number(window.end.time_since_epoch().count())});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput())
        .object()[QLatin1String("events")]
        .toArray();
}

// The instances of ics_instants.py's events: "instances" as read by the
// file's VTIMEZONEs, "named_instances" by the system zones of the TZIDs.
inline Instances pythonInstances(const QJsonArray &events,
                                 QLatin1String key = QLatin1String("instances"))
{
    Instances result;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString category = categoryOf(event[QLatin1String("uid")].toString());
        for (const QJsonValue &pair : event[key].toArray()) {
            const QJsonArray ends = pair.toArray();
            result[category] << iso(Interval{Instant{Seconds{ends[0].toInteger()}},
                                             Instant{Seconds{ends[1].toInteger()}}});
        }
    }
    sortAll(result);
    return result;
}

// The engine's instances for an export request, by category, as the
// exporter must write them: each member's deep-work and comms ranges
// (expansion.h, time off removed, empty ones dropped as the schedule drops
// them) that intersect the window, the handoffs of the scope and the route
// segments (routing.h) its members work, as far as request.include names them.
inline Instances engineInstances(const Plan &plan, const ical::ExportRequest &request)
{
    const ical::ExportContents &include = request.include;
    Instances result;
    std::vector<std::size_t> members;
    std::set<std::size_t> regions;
    for (std::size_t m = 0; m < plan.members.size(); ++m) {
        const Member &member = plan.members[m];
        const bool inScope = request.scope == ical::ExportScope::Plan
            || (request.scope == ical::ExportScope::Member && member.id == request.id)
            || (request.scope == ical::ExportScope::Region && member.region == request.id);
        if (!inScope)
            continue;
        members.push_back(m);
        regions.insert(*plan.regionIndex(member.region));
    }
    if (request.scope == ical::ExportScope::Plan)
        for (std::size_t r = 0; r < plan.regions.size(); ++r)
            regions.insert(r);
    for (const std::size_t m : members) {
        const Member &member = plan.members[m];
        LocalTimeResolver resolver(member.zone);
        const LocalDate first =
            date::floor<date::days>(toLocal(member.zone, request.window.start)) - date::days{1};
        const LocalDate last = date::floor<date::days>(toLocal(member.zone, request.window.end));
        for (const auto &[kind, pattern] :
             {std::pair{"deepwork-", &member.deepWork}, std::pair{"comms-", &member.comms}}) {
            if (!(kind == std::string_view("deepwork-") ? include.deepWork : include.comms))
                continue;
            for (const ExpandedRange &instance :
                 expandInstances(*pattern, resolver, first, last, effectiveTimeOff(plan, member))) {
                const Interval interval{instance.start.instant, instance.end.instant};
                if (!interval.isEmpty() && interval.intersects(request.window))
                    result[QLatin1String(kind) + QString::fromStdString(member.id)]
                        << iso(interval);
            }
        }
    }
    if (include.handoffs)
        for (const Handoff &h : reportSchedule(plan, request.window).handoffs)
            if (regions.count(h.from) || regions.count(h.to))
                result[QStringLiteral("handoff")]
                    << iso(Interval{h.at, std::max(h.pickup, h.at + Minutes{15})});
    if (include.taskSegments)
        for (const TaskRoute &route : routePlan(plan).routes)
            for (const RouteSegment &segment : route.segments)
                if (std::count(members.begin(), members.end(), segment.member)
                    && segment.interval.intersects(request.window))
                    result[QStringLiteral("task-")
                           + QString::fromStdString(plan.tasks[route.task].id)]
                        << iso(segment.interval);
    sortAll(result);
    return result;
}

} // namespace sunrelay::test
