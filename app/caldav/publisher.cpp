#include "publisher.h"

#include "dav_xml.h"

#include <algorithm>
#include <map>

namespace sunrelay::caldav
{

namespace
{

// An event resource on the server.
struct ServerEvent {
    QUrl url;
    QByteArray etag;
    std::string uid;
    std::string digest;
};

DavErrorKind kindOfStatus(int status)
{
    switch (status) {
    case 401:
        return DavErrorKind::Unauthorized;
    case 403:
        return DavErrorKind::Forbidden;
    case 404:
        return DavErrorKind::NotFound;
    case 412:
        return DavErrorKind::PreconditionFailed;
    default:
        return status >= 500 ? DavErrorKind::ServerError : DavErrorKind::UnexpectedStatus;
    }
}

DavError replyError(const DavRequest &request, const DavReply &reply, const QString &calendar = {})
{
    DavError error = reply.error
        ? *reply.error
        : DavError{kindOfStatus(reply.status), request.method, request.url, reply.status, {}};
    error.calendar = calendar;
    return error;
}

// Stops the whole publish: nothing later can succeed.
bool isFatal(DavErrorKind kind)
{
    return kind == DavErrorKind::Unauthorized || kind == DavErrorKind::Network
        || kind == DavErrorKind::Timeout || kind == DavErrorKind::Cancelled
        || kind == DavErrorKind::InsecureUrl || kind == DavErrorKind::BadUrl;
}

Expected<MultiStatus, DavError> multiStatusOf(const DavRequest &request, const DavReply &reply)
{
    auto parsed = parseMultiStatus(reply.body);
    if (!parsed)
        return DavError{DavErrorKind::BadReply,
                        request.method,
                        request.url,
                        reply.status,
                        parsed.error()};
    return std::move(parsed).value();
}

// The multistatus (207) the request is answered with, or why not.
Expected<MultiStatus, DavError> sendForMultiStatus(DavClient &client, const DavRequest &request)
{
    const DavReply reply = client.send(request);
    if (reply.error || reply.status != 207)
        return replyError(request, reply);
    return multiStatusOf(request, reply);
}

// PROPFIND of `body` at `url`; Depth "0" asks about the resource, "1" also
// about its members.
Expected<MultiStatus, DavError>
propfind(DavClient &client, const QUrl &url, QByteArray body, QByteArray depth)
{
    return sendForMultiStatus(
        client,
        {"PROPFIND",
         url,
         std::move(body),
         {{"Depth", std::move(depth)}, {"Content-Type", "application/xml; charset=utf-8"}}});
}

// PROPFIND Depth 0 of one property; the first response's.
Expected<DavResource, DavError> propfindOne(DavClient &client, const QUrl &url, QByteArray body)
{
    auto status = propfind(client, url, std::move(body), "0");
    if (!status)
        return status.error();
    if (status.value().responses.empty())
        return DavResource{};
    return status.value().responses.front();
}

std::vector<ServerEvent> eventsOf(const QUrl &calendar, const MultiStatus &status)
{
    std::vector<ServerEvent> events;
    for (const DavResource &resource : status.responses) {
        if (resource.status == 404 || resource.calendarData.isEmpty())
            continue;
        const std::string_view data(resource.calendarData.constData(),
                                    std::size_t(resource.calendarData.size()));
        events.push_back(
            {calendar.resolved(QUrl(resource.href)), resource.etag, uidOf(data), digestOf(data)});
    }
    return events;
}

// Servers that list etags but not calendar data in a sync-collection
// (Xandikos): the data of those resources through calendar-multiget, in
// batches.
std::optional<DavError>
fillCalendarData(DavClient &client, const QUrl &calendar, MultiStatus &status)
{
    constexpr qsizetype batch = 200;
    QStringList missing;
    for (const DavResource &resource : status.responses)
        if (resource.status != 404 && resource.calendarData.isEmpty() && !resource.etag.isEmpty())
            missing.append(resource.href);
    for (qsizetype first = 0; first < missing.size(); first += batch) {
        auto got = sendForMultiStatus(
            client,
            {"REPORT",
             calendar,
             calendarMultigetBody(missing.mid(first, batch)),
             {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}}});
        if (!got)
            return got.error();
        status.responses.insert(status.responses.end(),
                                std::make_move_iterator(got.value().responses.begin()),
                                std::make_move_iterator(got.value().responses.end()));
    }
    return std::nullopt;
}

// The calendar's events, or nullopt when the calendar does not exist.
Expected<std::optional<std::vector<ServerEvent>>, DavError> readCalendar(DavClient &client,
                                                                         const QUrl &calendar)
{
    const QByteArray xml = "application/xml; charset=utf-8";
    const DavRequest sync{"REPORT", calendar, syncCollectionBody({}), {{"Content-Type", xml}}};
    DavReply reply = client.send(sync);
    const DavRequest *sent = &sync;
    const DavRequest query{"REPORT",
                           calendar,
                           calendarQueryBody(std::nullopt),
                           {{"Depth", "1"}, {"Content-Type", xml}}};
    // A server without RFC 6578 refuses the report (403 with
    // supported-report, 400, 501): ask the plain CalDAV way.
    if (!reply.error && reply.status != 207 && reply.status != 404 && reply.status != 401
        && reply.status < 500) {
        reply = client.send(query);
        sent = &query;
    }
    if (!reply.error && reply.status == 404)
        return std::optional<std::vector<ServerEvent>>{};
    if (reply.error || reply.status != 207)
        return replyError(*sent, reply);
    auto status = multiStatusOf(*sent, reply);
    if (!status)
        return status.error();
    if (auto error = fillCalendarData(client, calendar, status.value()))
        return *error;
    return std::optional{eventsOf(calendar, status.value())};
}

// Makes the summary's calendar; a server that refuses (403, 405) is
// reported with the calendar's key, which a calendar map can give an
// existing calendar.
std::optional<DavError>
makeCalendar(DavClient &client, const CalendarSummary &summary, const QString &key)
{
    const DavRequest request{"MKCALENDAR",
                             summary.url,
                             mkcalendarBody(summary.displayName),
                             {{"Content-Type", "application/xml; charset=utf-8"}}};
    const DavReply reply = client.send(request);
    if (!reply.error && (reply.status == 201 || reply.status == 200))
        return std::nullopt;
    DavError error = replyError(request, reply, summary.displayName);
    if (error.status == 403 || error.status == 405) {
        error.kind = DavErrorKind::CalendarNotCreated;
        error.detail = key;
    }
    return error;
}

enum class WriteKind {
    Create,
    Update,
    Delete
};

struct Writes {
    std::vector<DavRequest> requests;
    std::vector<WriteKind> kinds;
};

Writes plannedWrites(const QUrl &calendar,
                     const PublishCalendar &wanted,
                     const std::vector<ServerEvent> &onServer,
                     CalendarSummary &summary)
{
    std::map<std::string, const ServerEvent *> byUid;
    for (const ServerEvent &event : onServer)
        byUid.emplace(event.uid, &event);
    Writes writes;
    const QByteArray ics = "text/calendar; charset=utf-8";
    for (const PublishResource &resource : wanted.resources) {
        const auto found = byUid.find(resource.uid);
        const QByteArray body = QByteArray::fromStdString(resource.ics);
        if (found == byUid.end()) {
            const QUrl url =
                childUrl(calendar, QString::fromStdString(resource.uid + ".ics"), false);
            writes.requests.push_back(
                {"PUT", url, body, {{"Content-Type", ics}, {"If-None-Match", "*"}}});
            writes.kinds.push_back(WriteKind::Create);
            continue;
        }
        const ServerEvent &event = *found->second;
        byUid.erase(found);
        if (event.digest == resource.digest) {
            ++summary.unchanged;
            continue;
        }
        writes.requests.push_back(
            {"PUT", event.url, body, {{"Content-Type", ics}, {"If-Match", event.etag}}});
        writes.kinds.push_back(WriteKind::Update);
    }
    for (const auto &[uid, event] : byUid) {
        if (event->digest.empty())
            continue; // not ours
        writes.requests.push_back({"DELETE", event->url, {}, {{"If-Match", event->etag}}});
        writes.kinds.push_back(WriteKind::Delete);
    }
    return writes;
}

void countReplies(const Writes &writes,
                  const std::vector<DavReply> &replies,
                  CalendarSummary &summary)
{
    for (std::size_t i = 0; i < replies.size(); ++i) {
        const DavReply &reply = replies[i];
        const bool ok = !reply.error && reply.status >= 200 && reply.status < 300;
        if (!ok) {
            DavError error = replyError(writes.requests[i], reply, summary.displayName);
            if (error.kind == DavErrorKind::PreconditionFailed)
                summary.conflicts.push_back(std::move(error));
            else
                summary.errors.push_back(std::move(error));
            continue;
        }
        switch (writes.kinds[i]) {
        case WriteKind::Create:
            ++summary.created;
            break;
        case WriteKind::Update:
            ++summary.updated;
            break;
        case WriteKind::Delete:
            ++summary.deleted;
            break;
        }
    }
}

// `mapped`: the existing calendar the calendar map gives it, if any.
CalendarSummary publishCalendar(DavClient &client,
                                const QUrl &home,
                                const PublishCalendar &wanted,
                                const std::optional<QUrl> &mapped,
                                const PublishHooks &hooks)
{
    CalendarSummary summary;
    summary.slug = QString::fromStdString(wanted.slug);
    summary.displayName = QString::fromStdString(wanted.displayName);
    summary.url = mapped.value_or(childUrl(home, summary.slug, true));
    auto onServer = readCalendar(client, summary.url);
    if (!onServer) {
        DavError error = onServer.error();
        error.calendar = summary.displayName;
        summary.errors.push_back(std::move(error));
        return summary;
    }
    if (!onServer.value()) {
        // A mapped calendar is never made: the map names one that is not there.
        const QString key = QString::fromStdString(wanted.key);
        auto error = mapped ? std::optional{DavError{DavErrorKind::MappedCalendarMissing,
                                                     "REPORT",
                                                     summary.url,
                                                     404,
                                                     key,
                                                     summary.displayName}}
                            : makeCalendar(client, summary, key);
        if (error) {
            summary.errors.push_back(std::move(*error));
            return summary;
        }
    }
    if (hooks.beforeWrites)
        hooks.beforeWrites(summary.url);
    const Writes writes = plannedWrites(summary.url,
                                        wanted,
                                        onServer.value().value_or(std::vector<ServerEvent>{}),
                                        summary);
    countReplies(writes, client.sendAll(writes.requests), summary);
    return summary;
}

} // namespace

bool PublishSummary::ok() const
{
    if (cancelled || !errors.empty())
        return false;
    return std::all_of(calendars.begin(), calendars.end(), [](const CalendarSummary &c) {
        return c.conflicts.empty() && c.errors.empty();
    });
}

QUrl childUrl(const QUrl &collection, const QString &segment, bool isCollection)
{
    QString path = collection.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/'))
        path += u'/';
    path += QString::fromLatin1(QUrl::toPercentEncoding(segment));
    if (isCollection)
        path += u'/';
    QUrl url = collection;
    url.setPath(path, QUrl::StrictMode);
    return url;
}

Expected<QUrl, DavError> findCalendarHome(DavClient &client)
{
    const QUrl server = client.account().server;
    if (auto problem = checkServerUrl(server, client.account().insecureHttp))
        return *problem;
    const QUrl fallback = childUrl(server, client.account().user, true);
    auto principal = propfindOne(client, server, principalPropfind());
    if (!principal) {
        if (isFatal(principal.error().kind))
            return principal.error();
        return fallback;
    }
    if (principal.value().principalHref.isEmpty())
        return fallback;
    const QUrl principalUrl = server.resolved(QUrl(principal.value().principalHref));
    auto home = propfindOne(client, principalUrl, calendarHomePropfind());
    if (!home) {
        if (isFatal(home.error().kind))
            return home.error();
        return fallback;
    }
    if (home.value().calendarHomeHref.isEmpty())
        return fallback;
    return server.resolved(QUrl(home.value().calendarHomeHref));
}

PublishSummary
publish(DavClient &client, const std::vector<PublishCalendar> &calendars, const PublishHooks &hooks)
{
    return publish(client, calendars, CalendarMap{}, hooks);
}

PublishSummary publish(DavClient &client,
                       const std::vector<PublishCalendar> &calendars,
                       const CalendarMap &existing,
                       const PublishHooks &hooks)
{
    PublishSummary summary;
    const RequestCounts before = client.counts();
    std::vector<std::optional<QUrl>> mapped;
    mapped.reserve(calendars.size());
    for (const PublishCalendar &calendar : calendars)
        mapped.push_back(existing.urlFor(QString::fromStdString(calendar.key)));
    const bool allMapped = std::all_of(mapped.begin(), mapped.end(), [](const auto &url) {
        return url.has_value();
    });
    const auto home =
        allMapped ? Expected<QUrl, DavError>(client.account().server) : findCalendarHome(client);
    if (!home) {
        summary.errors.push_back(home.error());
    } else {
        int done = 0;
        for (std::size_t i = 0; i < calendars.size(); ++i) {
            const PublishCalendar &calendar = calendars[i];
            summary.calendars.push_back(
                publishCalendar(client, home.value(), calendar, mapped[i], hooks));
            const auto &errors = summary.calendars.back().errors;
            const auto fatal = std::find_if(errors.begin(), errors.end(), [](const DavError &e) {
                return isFatal(e.kind) || e.kind == DavErrorKind::Forbidden;
            });
            if (fatal != errors.end())
                break;
            if (hooks.progress)
                hooks.progress(++done,
                               int(calendars.size()),
                               QString::fromStdString(calendar.displayName));
        }
    }
    summary.cancelled = client.isCancelled();
    const RequestCounts &after = client.counts();
    summary.counts = {after.propfind - before.propfind,
                      after.report - before.report,
                      after.mkcalendar - before.mkcalendar,
                      after.put - before.put,
                      after.del - before.del,
                      after.other - before.other};
    return summary;
}

Expected<std::vector<QByteArray>, DavError>
queryCalendar(DavClient &client, const QUrl &calendar, const Interval &range)
{
    auto status =
        sendForMultiStatus(client,
                           {"REPORT",
                            calendar,
                            calendarQueryBody(range),
                            {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}}});
    if (!status)
        return status.error();
    std::vector<QByteArray> data;
    for (const DavResource &resource : status.value().responses)
        if (!resource.calendarData.isEmpty())
            data.push_back(resource.calendarData);
    return data;
}

Expected<std::vector<ServerCalendar>, DavError> listCalendars(DavClient &client)
{
    const auto home = findCalendarHome(client);
    if (!home)
        return home.error();
    const auto status = propfind(client, home.value(), calendarListPropfind(), "1");
    if (!status)
        return status.error();
    std::vector<ServerCalendar> calendars;
    for (const DavResource &resource : status.value().responses)
        if (resource.isCalendar)
            calendars.push_back({home.value().resolved(QUrl(resource.href)),
                                 resource.displayName,
                                 resource.components});
    std::sort(calendars.begin(), calendars.end(), [](const auto &a, const auto &b) {
        return a.url.toString() < b.url.toString();
    });
    return calendars;
}

} // namespace sunrelay::caldav
