#pragma once

// Publishing calendars to a CalDAV server (RFC 4791), incrementally and
// safely:
//
//  1. The calendar home: the server URL's current-user-principal and its
//     calendar-home-set (RFC 5397, RFC 4791 §6.2.1); a server that names
//     neither gets <server>/<user>/.
//  2. Per calendar (<home>/<slug>/): what is on the server, with etags and
//     data, through sync-collection (RFC 6578) or, where the server lacks
//     it, calendar-query. A missing calendar is made with MKCALENDAR, unless
//     the calendar map (calendar_map.h) names an existing one for it.
//  3. Per event UID: same X-SUNRELAY-DIGEST on the server -> unchanged,
//     nothing sent; different -> PUT If-Match: <the etag read>; missing ->
//     PUT If-None-Match: * to <home>/<slug>/<uid>.ics. Events the server
//     holds with a digest (ours) that the plan no longer has -> DELETE
//     If-Match. Events without a digest (someone else's) are left alone.
//  4. A 412 means someone changed the event after step 2: it is reported
//     as a conflict, never retried blindly. Any failure leaves the server
//     in a state a rerun completes (each PUT is whole; a rerun re-reads).
//
// Example: publish(client, publishSet(...).value())
//   -> {calendars [{"sunrelay-member-anna", created 12, ...}], counts {put 12}}

#include "calendar_map.h"
#include "dav_client.h"
#include "publish_set.h"

#include <functional>
#include <optional>
#include <vector>

namespace sunrelay::caldav
{

struct CalendarSummary {
    QString slug;
    QString displayName;
    QUrl url;
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    std::vector<DavError> conflicts{}; // 412s
    std::vector<DavError> errors{};
};

struct PublishSummary {
    std::vector<CalendarSummary> calendars;
    std::vector<DavError> errors; // failures outside one calendar (login, network)
    RequestCounts counts;
    bool cancelled = false;

    bool ok() const;
};

struct PublishHooks {
    // After a calendar's state is read and before anything is written to it
    // (tests change the server here to provoke a 412).
    std::function<void(const QUrl &calendar)> beforeWrites{};
    // After each calendar: how many of `total` are done.
    std::function<void(int done, int total, const QString &displayName)> progress{};
};

PublishSummary publish(DavClient &client,
                       const std::vector<PublishCalendar> &calendars,
                       const PublishHooks &hooks = {});
// The same with each calendar whose key (PublishCalendar::key) `existing` maps
// written into that existing calendar: it is never made there, and one
// that is missing is an error. The others go to <home>/<slug>/ as above; a
// server that refuses to make one of them (403, 405) is reported by
// calendar key, and the publish goes on with the next calendar so that one
// run names every calendar that needs mapping. The calendar home is not
// looked up when every calendar is mapped.
PublishSummary publish(DavClient &client,
                       const std::vector<PublishCalendar> &calendars,
                       const CalendarMap &existing,
                       const PublishHooks &hooks = {});

// The calendar home of the client's account (step 1), or why not.
Expected<QUrl, DavError> findCalendarHome(DavClient &client);

// The calendars in the account's calendar home (PROPFIND Depth 1 of
// displayname, resourcetype and supported-calendar-component-set), sorted
// by URL; collections that are not calendars are left out.
Expected<std::vector<ServerCalendar>, DavError> listCalendars(DavClient &client);

// <home>/<segment>/ with the segment percent-encoded.
QUrl childUrl(const QUrl &collection, const QString &segment, bool isCollection);

// Every VEVENT resource of a calendar whose time range meets `range`
// (calendar-query), as the calendar data of each.
Expected<std::vector<QByteArray>, DavError>
queryCalendar(DavClient &client, const QUrl &calendar, const Interval &range);

} // namespace sunrelay::caldav
