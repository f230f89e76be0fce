#pragma once

// DavError: why a CalDAV request or a publish step failed, with what the
// message needs (the method, the URL, the HTTP status, the server's words).
// describe() gives the translated sentence both fronts show.
//
// Example: {DavErrorKind::PreconditionFailed, "PUT", url of "anna/a.ics"}
//   -> "event a.ics in calendar … was changed on the server by someone else
//       since Sunrelay read it; it was not overwritten"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sunrelay::caldav
{

enum class DavErrorKind {
    InsecureUrl, // http:// to a host other than localhost, not allowed
    BadUrl, // not an http(s) URL
    Network, // could not connect, connection dropped, TLS failed
    Timeout, // no progress within the timeout
    Unauthorized, // 401: wrong user name or password
    Forbidden, // 403: the account may not do this
    NotFound, // 404
    PreconditionFailed, // 412: changed on the server since it was read
    ServerError, // 5xx
    UnexpectedStatus, // another status the step cannot use
    ReplyTooLarge, // the reply passed the size limit
    BadReply, // a reply that is not the XML or calendar data expected
    Cancelled, // the user cancelled
    CalendarNotCreated, // MKCALENDAR refused (403, 405); detail: the calendar key
    MappedCalendarMissing, // a calendar map names a calendar that is not there; detail: the key
};

struct DavError {
    DavErrorKind kind = DavErrorKind::Network;
    QByteArray method;
    QUrl url;
    int status = 0; // HTTP status, when there was one
    QString detail{}; // the network layer's or the parser's words
    QString calendar{}; // the calendar's display name, when known

    bool operator==(const DavError &) const = default;
};

// One sentence, translated, naming the request and what went wrong.
QString describe(const DavError &error);

} // namespace sunrelay::caldav
