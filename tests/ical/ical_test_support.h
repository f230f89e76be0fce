#pragma once

// Shared by the lib/ical tests: reading an exported calendar back with two
// parsers that are not the exporter — libical's own recurrence expansion
// (icalcomponent_foreach_recurrence) and Python's icalendar + dateutil +
// zoneinfo (ics_instants.py) — into "category -> instances" maps that tests
// compare with the engine's instants.

#include "../core/plan_builder.h"

#include <libical/ical.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace sunrelay::test {

// "deepwork-anna-0-20260308@sunrelay" -> "deepwork-anna"; "handoff-..." -> "handoff".
inline QString categoryOf(const QString &uid)
{
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

struct CalendarDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

struct Collected {
    Instances *instances;
    QString category;
    Interval window;
};

inline void collectSpan(icalcomponent *, struct icaltime_span *span, void *data)
{
    auto *collected = static_cast<Collected *>(data);
    const Interval interval{Instant{Seconds{span->start}}, Instant{Seconds{span->end}}};
    if (interval.intersects(collected->window))
        (*collected->instances)[collected->category] << iso(interval);
}

// libical: parse, expand every VEVENT over the window with a margin.
inline Instances libicalInstances(const std::string &text, const Interval &window)
{
    Instances result;
    std::unique_ptr<icalcomponent, CalendarDeleter> root(icalparser_parse_string(text.c_str()));
    if (!root)
        return result;
    const auto bound = [](Instant t) {
        return icaltime_from_timet_with_zone(t.time_since_epoch().count(), 0,
                                             icaltimezone_get_utc_timezone());
    };
    for (icalcomponent *e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
         e; e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        Collected collected{&result, categoryOf(QString::fromUtf8(icalcomponent_get_uid(e))),
                            window};
        icalcomponent_foreach_recurrence(e, bound(window.start - date::days{3}),
                                         bound(window.end + date::days{3}), collectSpan,
                                         &collected);
    }
    sortAll(result);
    return result;
}

// Python's icalendar: the parsed events as JSON (see ics_instants.py).
inline QJsonArray pythonEvents(const QString &path, const Interval &window, QString *error)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(SUNRELAY_TEST_SCRIPT_DIR "/ics_instants.py"), path,
                  QString::number(window.start.time_since_epoch().count()),
                  QString::number(window.end.time_since_epoch().count())});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object()[QLatin1String("events")]
        .toArray();
}

inline Instances pythonInstances(const QJsonArray &events)
{
    Instances result;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString category = categoryOf(event[QLatin1String("uid")].toString());
        for (const QJsonValue &pair : event[QLatin1String("instances")].toArray()) {
            const QJsonArray ends = pair.toArray();
            result[category] << iso(Interval{Instant{Seconds{ends[0].toInteger()}},
                                             Instant{Seconds{ends[1].toInteger()}}});
        }
    }
    sortAll(result);
    return result;
}

} // namespace sunrelay::test
