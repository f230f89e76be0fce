#pragma once

// WebDAV and CalDAV XML (RFC 4918, RFC 4791, RFC 6578): the request bodies,
// written with QXmlStreamWriter, and the 207 Multi-Status replies, read with
// QXmlStreamReader under limits. A reply is untrusted input: a document
// type declaration is refused (no entity expansion), elements nest at most
// `maxDepth` deep, and anything that is not well-formed XML is an error
// naming the line.
//
// Example: parseMultiStatus(R"(<d:multistatus xmlns:d="DAV:"><d:response>
//   <d:href>/lead/cal/a.ics</d:href><d:propstat><d:prop><d:getetag>"1"
//   </d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
//   </d:response></d:multistatus>)")
//   -> {responses: [{href "/lead/cal/a.ics", etag "\"1\""}]}

#include "sunrelay/core/expected.h"
#include "sunrelay/core/interval.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sunrelay::caldav
{

// One <response> of a multistatus: the properties its 2xx propstats carry.
struct DavResource {
    QString href;
    int status = 0; // the response's own <status> (sync-collection: 404 = removed), else 0
    QByteArray etag;
    QByteArray calendarData;
    bool isCalendar = false; // resourcetype holds CALDAV:calendar
    QString principalHref; // current-user-principal
    QString calendarHomeHref; // calendar-home-set
    QString displayName; // displayname
    QStringList components; // supported-calendar-component-set: the comp names
};

struct MultiStatus {
    std::vector<DavResource> responses;
    QString syncToken;
};

inline constexpr int defaultMaxXmlDepth = 32;

Expected<MultiStatus, QString> parseMultiStatus(const QByteArray &xml,
                                                int maxDepth = defaultMaxXmlDepth);

// PROPFIND bodies.
QByteArray principalPropfind(); // current-user-principal
QByteArray calendarHomePropfind(); // calendar-home-set
// displayname, resourcetype and supported-calendar-component-set: what a
// Depth 1 PROPFIND of the calendar home needs to list its calendars.
QByteArray calendarListPropfind();
// MKCALENDAR with a display name.
QByteArray mkcalendarBody(const QString &displayName);
// REPORT calendar-query over VEVENTs: getetag and calendar-data, within
// `range` when given (RFC 4791 time-range).
QByteArray calendarQueryBody(const std::optional<Interval> &range);
// REPORT calendar-multiget (RFC 4791 7.9): getetag and calendar-data of
// the resources at `hrefs` (as the server wrote them).
QByteArray calendarMultigetBody(const QStringList &hrefs);
// REPORT sync-collection (RFC 6578) from `token` (empty: everything),
// getetag and calendar-data.
QByteArray syncCollectionBody(const QString &token);

} // namespace sunrelay::caldav
