#include "dav_error.h"

#include <QCoreApplication>

namespace sunrelay::caldav
{

namespace
{

class CalDav
{
    Q_DECLARE_TR_FUNCTIONS(CalDav)
};

// The last path segment, decoded: "anna%40x.ics" -> "anna@x.ics".
QString resourceName(const QUrl &url)
{
    return url.fileName(QUrl::FullyDecoded);
}

QString requestText(const DavError &error)
{
    //: %1 is an HTTP method (PUT, REPORT), %2 a URL
    return CalDav::tr("%1 %2").arg(QString::fromLatin1(error.method),
                                   error.url.toDisplayString(QUrl::RemoveUserInfo));
}

} // namespace

QString describe(const DavError &error)
{
    const QString where =
        error.calendar.isEmpty() ? error.url.toDisplayString(QUrl::RemoveUserInfo) : error.calendar;
    switch (error.kind) {
    case DavErrorKind::InsecureUrl:
        return CalDav::tr(
                   "%1 is not encrypted (http://): the password would travel in clear "
                   "text. Use https://, or allow plain http explicitly.")
            .arg(error.url.toDisplayString(QUrl::RemoveUserInfo));
    case DavErrorKind::BadUrl:
        return CalDav::tr("\"%1\" is not an http:// or https:// server address").arg(error.detail);
    case DavErrorKind::Network:
        return CalDav::tr("could not reach the server (%1): %2")
            .arg(requestText(error), error.detail);
    case DavErrorKind::Timeout:
        return CalDav::tr("the server did not answer in time (%1)").arg(requestText(error));
    case DavErrorKind::Unauthorized:
        return CalDav::tr("the server refused the user name or password (401, %1)")
            .arg(requestText(error));
    case DavErrorKind::Forbidden:
        return CalDav::tr("this account may not change calendar %1 on the server (403, %2)")
            .arg(where, requestText(error));
    case DavErrorKind::NotFound:
        return CalDav::tr("not found on the server (404, %1)").arg(requestText(error));
    case DavErrorKind::PreconditionFailed:
        return CalDav::tr(
                   "event %1 in calendar %2 was changed on the server by someone else "
                   "since Sunrelay read it; it was not overwritten (publish again to "
                   "replace it with the plan's version)")
            .arg(resourceName(error.url), where);
    case DavErrorKind::ServerError:
        return CalDav::tr("the server failed (%1, %2); publish again to complete")
            .arg(error.status)
            .arg(requestText(error));
    case DavErrorKind::UnexpectedStatus:
        return CalDav::tr("unexpected reply %1 to %2").arg(error.status).arg(requestText(error));
    case DavErrorKind::ReplyTooLarge:
        return CalDav::tr("the server's reply to %1 is larger than %2 bytes; it was not read")
            .arg(requestText(error), error.detail);
    case DavErrorKind::BadReply:
        return CalDav::tr("the server's reply to %1 cannot be read: %2")
            .arg(requestText(error), error.detail);
    case DavErrorKind::Cancelled:
        //: Why a publish to a CalDAV server ended: the user cancelled it
        return CalDav::tr("cancelled");
    case DavErrorKind::CalendarNotCreated:
        //: %1 calendar name, %2 calendar key (member:anna), %3 HTTP status, %4 request
        return CalDav::tr(
                   "the server refused to create calendar %1 (%2; %3, %4). Create it on the "
                   "server yourself, or map %2 to an existing calendar: a line \"%2 = URL\" "
                   "in the file given to sunrelay-cli publish --calendars (--list-calendars "
                   "lists yours), or Use Existing Calendars… in the Publish dialog.")
            .arg(where, error.detail)
            .arg(error.status)
            .arg(requestText(error));
    case DavErrorKind::MappedCalendarMissing:
        //: %1 calendar name, %2 calendar key (member:anna), %3 URL
        return CalDav::tr(
                   "calendar %1 (%2) is mapped to %3, which is not a calendar on the server; "
                   "Sunrelay does not create mapped calendars: correct the mapping or create "
                   "the calendar")
            .arg(where, error.detail, error.url.toDisplayString(QUrl::RemoveUserInfo));
    }
    return {};
}

} // namespace sunrelay::caldav
