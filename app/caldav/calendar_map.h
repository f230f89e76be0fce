#pragma once

// Where each of a publish's calendars goes when the server does not let
// Sunrelay make its own (Google, or an account without the right to create
// collections): a map from calendar keys to existing calendars' URLs, and
// the discovery of the calendars an account has.
//
// Calendar keys name a publish's calendars independently of the server:
// "member:<id>", "region:<id>" and "handoffs" (PublishCalendar::key,
// publish_set.h). A calendar map file has one mapping a
// line, `KEY = URL`, split at the line's last " = " (an id may hold "=" or
// ":", a URL never holds " = "; a line without " = " splits at its first
// "="); blank lines and lines starting with '#' are skipped, and a UTF-8
// byte order mark before the first line too. A
// URL may be absolute or a path on the server; it must be on the publish's
// server (the password is sent to no other host), and no two keys may share
// a calendar (each publish deletes the events of its own it no longer
// plans, so two keys in one calendar would delete each other's).
//
// Example:
//   parseCalendarMap("member:anna = /dav/lead/work/\n", QUrl("https://dav.example.com/"))
//     -> {entries [{key "member:anna", url https://dav.example.com/dav/lead/work/, line 1}]}

#include "sunrelay/core/expected.h"
#include "sunrelay/core/plan.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>
#include <vector>

namespace sunrelay::caldav
{

struct CalendarMapEntry {
    QString key;
    QUrl url;
    int line = 0; // in the text it was read from; 0 when made in code
};

// What is wrong in a calendar map, apart from where: the dialog shows
// `problem` beside its row, a file's reader "line N: problem" (text()).
struct CalendarMapProblem {
    int line = 0; // 0: a map made in code
    QString problem;

    // "line N: problem" (translated); `problem` alone when line is 0.
    QString text() const;
};

struct CalendarMap {
    std::vector<CalendarMapEntry> entries;

    // The URL mapped to `key`, if any.
    std::optional<QUrl> urlFor(const QString &key) const;
    bool empty() const { return entries.empty(); }
    // The map as the text parseCalendarMap reads.
    QString toText() const;
};

// Every calendar key of the plan with the calendar's name in the app's words
// ("handoffs" first, then regions and members in plan order).
std::vector<std::pair<QString, QString>> calendarKeysOf(const Plan &plan);

// The map in `text` with relative URLs resolved against `server` and
// normalised (no default port, a trailing "/"); or the first problem.
Expected<CalendarMap, CalendarMapProblem> parseCalendarMap(const QString &text, const QUrl &server);

// A key whose member or region the plan does not have; nullopt when every
// key names one of the plan's calendars.
std::optional<CalendarMapProblem> checkCalendarMap(const CalendarMap &map, const Plan &plan);

// One calendar in the account's calendar home (listCalendars, publisher.h).
struct ServerCalendar {
    QUrl url;
    QString displayName;
    QStringList components; // supported-calendar-component-set; empty: not said (any)

    bool holdsEvents() const
    {
        return components.isEmpty() || components.contains(QStringLiteral("VEVENT"));
    }
};

// A key mapped to one of `calendars` that holds no events (tasks only, say):
// Sunrelay's events cannot go there. nullopt when none is.
std::optional<CalendarMapProblem>
checkMappedCalendarsHoldEvents(const CalendarMap &map,
                               const std::vector<ServerCalendar> &calendars);

} // namespace sunrelay::caldav
