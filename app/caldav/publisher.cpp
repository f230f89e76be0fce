#include "publisher.h"

#include "dav_xml.h"

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

// PROPFIND Depth 0 of one property; the first response's.
Expected<DavResource, DavError> propfindOne(DavClient &client, const QUrl &url, QByteArray body)
{
    const DavRequest request{"PROPFIND",
                             url,
                             std::move(body),
                             {{"Depth", "0"}, {"Content-Type", "application/xml; charset=utf-8"}}};
    const DavReply reply = client.send(request);
    if (reply.error || reply.status != 207)
        return replyError(request, reply);
    auto status = multiStatusOf(request, reply);
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
        const DavRequest request{
            "REPORT",
            calendar,
            calendarMultigetBody(missing.mid(first, batch)),
            {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}}};
        const DavReply reply = client.send(request);
        if (reply.error || reply.status != 207)
            return replyError(request, reply);
        auto got = multiStatusOf(request, reply);
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

std::optional<DavError> makeCalendar(DavClient &client, const QUrl &url, const QString &name)
{
    const DavRequest request{"MKCALENDAR",
                             url,
                             mkcalendarBody(name),
                             {{"Content-Type", "application/xml; charset=utf-8"}}};
    const DavReply reply = client.send(request);
    if (!reply.error && (reply.status == 201 || reply.status == 200))
        return std::nullopt;
    return replyError(request, reply, name);
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

// Why a calendar cannot be written where it was meant to go: a mapped
// calendar that is not there, or one the server refuses to make.
std::optional<DavError>
ensureCalendar(DavClient &client, const CalendarSummary &summary, bool mapped)
{
    const QString key = calendarKey(summary.slug.toStdString());
    if (mapped)
        return DavError{DavErrorKind::MappedCalendarMissing,
                        "REPORT",
                        summary.url,
                        404,
                        key,
                        summary.displayName};
    auto error = makeCalendar(client, summary.url, summary.displayName);
    if (error && (error->status == 403 || error->status == 405)) {
        error->kind = DavErrorKind::CalendarNotCreated;
        error->detail = key;
    }
    return error;
}

CalendarSummary publishCalendar(DavClient &client,
                                const QUrl &home,
                                const PublishCalendar &wanted,
                                const CalendarMap &existing,
                                const PublishHooks &hooks)
{
    CalendarSummary summary;
    summary.slug = QString::fromStdString(wanted.slug);
    summary.displayName = QString::fromStdString(wanted.displayName);
    const auto mapped = existing.urlFor(calendarKey(wanted.slug));
    summary.url = mapped.value_or(childUrl(home, summary.slug, true));
    auto onServer = readCalendar(client, summary.url);
    if (!onServer) {
        DavError error = onServer.error();
        error.calendar = summary.displayName;
        summary.errors.push_back(std::move(error));
        return summary;
    }
    if (!onServer.value()) {
        if (auto error = ensureCalendar(client, summary, mapped.has_value())) {
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
    const bool allMapped =
        std::all_of(calendars.begin(), calendars.end(), [&existing](const PublishCalendar &c) {
            return existing.urlFor(calendarKey(c.slug)).has_value();
        });
    const auto home =
        allMapped ? Expected<QUrl, DavError>(client.account().server) : findCalendarHome(client);
    if (!home) {
        summary.errors.push_back(home.error());
    } else {
        int done = 0;
        for (const PublishCalendar &calendar : calendars) {
            summary.calendars.push_back(
                publishCalendar(client, home.value(), calendar, existing, hooks));
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
    const DavRequest request{"REPORT",
                             calendar,
                             calendarQueryBody(range),
                             {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}}};
    const DavReply reply = client.send(request);
    if (reply.error || reply.status != 207)
        return replyError(request, reply);
    auto status = multiStatusOf(request, reply);
    if (!status)
        return status.error();
    std::vector<QByteArray> data;
    for (const DavResource &resource : status.value().responses)
        if (!resource.calendarData.isEmpty())
            data.push_back(resource.calendarData);
    return data;
}

DavError errorOfReply(const DavRequest &request, const DavReply &reply)
{
    return replyError(request, reply);
}

} // namespace sunrelay::caldav
