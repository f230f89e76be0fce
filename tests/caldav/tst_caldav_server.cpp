// Publishing to a real CalDAV server, started by with_server.py (Radicale or
// Xandikos on 127.0.0.1, a temporary storage folder). The calendars read
// back from the server are checked against the engine's own instants by an
// independent reader (tests/ical/ics_instants.py: Python's icalendar and
// dateutil); requests are counted by the client.
//
// SUNRELAY_CALDAV_FULL (the Radicale run) adds what needs accounts and
// rights: a wrong password, a read-only member account, and the command
// line's import-busy --caldav.

#include "caldav_test_support.h"
#include "http_test_server.h"

#include "caldav/dav_xml.h"
#include "caldav/publisher.h"

#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule_report.h"
#include "sunrelay/exchange/plan_json.h"

#include <libical/ical.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace sunrelay;
using namespace sunrelay::caldav;
using sunrelay::caldavtest::demoPlan;

namespace
{

QString env(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set: run this test through tests/caldav/with_server.py", name);
    return value;
}

ServerAccount leadAccount()
{
    return {QUrl(env("SUNRELAY_CALDAV_URL")),
            env("SUNRELAY_CALDAV_LEAD_USER"),
            env("SUNRELAY_CALDAV_LEAD_PASSWORD")};
}

// Two weeks of the demo (Monday 2026-11-30 to Sunday 2026-12-13).
Interval demoWindow()
{
    using namespace date::literals;
    return dayWindow(date::sys_days{2026_y / 11 / 30}, date::sys_days{2026_y / 12 / 13});
}

Instant stamp()
{
    using namespace date::literals;
    return date::sys_days{2026_y / 11 / 20};
}

std::vector<PublishCalendar> calendarsOf(const Plan &plan, const PublishScope &scope = {})
{
    auto calendars = publishSet(plan, scope, demoWindow(), stamp());
    if (!calendars)
        qFatal("publishSet: %s", calendars.error().message().c_str());
    return std::move(calendars).value();
}

const CalendarSummary *findCalendar(const PublishSummary &summary, const QString &slug)
{
    for (const CalendarSummary &calendar : summary.calendars)
        if (calendar.slug == slug)
            return &calendar;
    return nullptr;
}

QString failures(const PublishSummary &summary)
{
    QStringList lines;
    for (const DavError &error : summary.errors)
        lines << describe(error);
    for (const CalendarSummary &calendar : summary.calendars) {
        for (const DavError &error : calendar.errors)
            lines << describe(error);
        for (const DavError &error : calendar.conflicts)
            lines << describe(error);
    }
    return lines.join(u'\n');
}

// The resources of a calendar as one VCALENDAR (events and the distinct
// VTIMEZONEs), for a reader that takes one calendar.
QByteArray mergedCalendar(const std::vector<QByteArray> &resources)
{
    icalcomponent *merged = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(merged, icalproperty_new_version("2.0"));
    icalcomponent_add_property(merged, icalproperty_new_prodid("-//Sunrelay tests//EN"));
    QSet<QByteArray> zones;
    for (const QByteArray &data : resources) {
        icalcomponent *one = icalparser_parse_string(data.constData());
        if (!one)
            qFatal("the server returned calendar data libical cannot read");
        for (auto kind : {ICAL_VTIMEZONE_COMPONENT, ICAL_VEVENT_COMPONENT}) {
            for (icalcomponent *c = icalcomponent_get_first_component(one, kind); c;
                 c = icalcomponent_get_next_component(one, kind)) {
                if (kind == ICAL_VTIMEZONE_COMPONENT) {
                    icalproperty *tzid = icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY);
                    const QByteArray name = icalproperty_get_tzid(tzid);
                    if (zones.contains(name))
                        continue;
                    zones.insert(name);
                }
                icalcomponent_add_component(merged, icalcomponent_new_clone(c));
            }
        }
        icalcomponent_free(one);
    }
    char *text = icalcomponent_as_ical_string_r(merged);
    QByteArray result(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(merged);
    return result;
}

QJsonArray spans(const std::vector<Interval> &intervals)
{
    QJsonArray result;
    for (const Interval &i : intervals)
        result.append(QJsonArray{qint64(i.start.time_since_epoch().count()),
                                 qint64(i.end.time_since_epoch().count())});
    return result;
}

std::vector<Interval> meeting(const IntervalSet &set, const Interval &window)
{
    std::vector<Interval> result;
    for (const Interval &i : set.intervals())
        if (i.start < window.end && window.start < i.end)
            result.push_back(i);
    return result;
}

// What a member's calendar must hold, by ics_instants.py's categories, from
// the engine: deep work, comms windows, the region's handoffs (at to
// max(pickup, at + 15 min)) and the member's task segments.
QJsonObject expectedForMember(const Plan &plan, std::size_t m)
{
    const Interval window = demoWindow();
    const ScheduleReport report = reportSchedule(plan, window);
    const Member &member = plan.members[m];
    QJsonObject expected;
    expected[QString::fromStdString("deepwork-" + member.id)] =
        spans(meeting(report.members[m].deepWork, window));
    expected[QString::fromStdString("comms-" + member.id)] =
        spans(meeting(report.members[m].comms, window));
    std::vector<Interval> handoffs;
    const auto region = plan.regionIndex(member.region);
    for (const Handoff &h : report.handoffs)
        if (h.from == *region || h.to == *region)
            handoffs.push_back({h.at, std::max(h.pickup, h.at + std::chrono::minutes{15})});
    if (!handoffs.empty())
        expected[QStringLiteral("handoff")] = spans(handoffs);
    std::vector<Interval> segments;
    const PlanRoutes routes = routePlan(plan);
    for (const TaskRoute &route : routesMeeting(plan, routes, window))
        for (const RouteSegment &segment : route.segments)
            if (segment.member == m && segment.interval.start < window.end
                && window.start < segment.interval.end)
                segments.push_back(segment.interval);
    std::sort(segments.begin(), segments.end(), [](const Interval &a, const Interval &b) {
        return a.start < b.start;
    });
    if (!segments.empty())
        expected[QStringLiteral("task-T")] = spans(segments);
    return expected;
}

#ifdef SUNRELAY_CALDAV_FULL
// "editor": an account that may not create calendars (like Google's), only
// write into the calendars named shared-* in its home (with_server.py).
ServerAccount editorAccount()
{
    return {QUrl(env("SUNRELAY_CALDAV_URL")),
            env("SUNRELAY_CALDAV_EDITOR_USER"),
            env("SUNRELAY_CALDAV_EDITOR_PASSWORD")};
}

// Someone else's meeting, in a calendar Sunrelay shares.
const QByteArray foreignEvent =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//someone else//EN\r\nBEGIN:VEVENT\r\n"
    "UID:standup@example.com\r\nDTSTAMP:20261120T000000Z\r\nSUMMARY:Stand-up\r\n"
    "DTSTART:20261202T090000Z\r\nDTEND:20261202T091500Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

// The editor's calendars made by the lead (the editor cannot): shared-anna
// with the foreign event in it, and shared-handoffs. Returns shared-anna's URL.
QUrl makeEditorCalendars()
{
    DavClient editor(editorAccount());
    const auto home = findCalendarHome(editor); // Radicale makes the editor's home here
    if (!home)
        qFatal("editor's home: %s", qPrintable(describe(home.error())));
    DavClient lead(leadAccount());
    for (const QString &name : {QStringLiteral("shared-anna"), QStringLiteral("shared-handoffs")}) {
        const QUrl url = childUrl(home.value(), name, true);
        const int status = lead.send({"MKCALENDAR", url, mkcalendarBody(name)}).status;
        if (status != 201 && status != 409) // 409: made by an earlier test
            qFatal("MKCALENDAR %s: %d", qPrintable(url.toString()), status);
    }
    const QUrl anna = childUrl(home.value(), QStringLiteral("shared-anna"), true);
    lead.send({"PUT",
               childUrl(anna, QStringLiteral("standup.ics"), false),
               foreignEvent,
               {{"Content-Type", "text/calendar"}, {"If-None-Match", "*"}}});
    return anna;
}

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(SUNRELAY_CLI), arguments);
    if (!cli.waitForFinished(120'000))
        qFatal("sunrelay-cli did not finish");
    return {cli.exitCode(),
            QString::fromUtf8(cli.readAllStandardOutput()),
            QString::fromUtf8(cli.readAllStandardError())};
}

// `sunrelay-cli publish` of Anna's calendar (two demo weeks) as the editor,
// with `extra` arguments; the password file in `dir`.
CliRun publishAnnaAsEditor(const QTemporaryDir &dir, const QStringList &extra)
{
    const QString password = dir.filePath(QStringLiteral("editor-password"));
    QFile file(password);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the password file");
    file.write(env("SUNRELAY_CALDAV_EDITOR_PASSWORD").toUtf8() + "\n");
    file.close();
    return runCli(QStringList{QStringLiteral("publish"),
                              QStringLiteral(SUNRELAY_DEMO_PLAN),
                              QStringLiteral("--server"),
                              env("SUNRELAY_CALDAV_URL"),
                              QStringLiteral("--user"),
                              env("SUNRELAY_CALDAV_EDITOR_USER"),
                              QStringLiteral("--password-file"),
                              password,
                              QStringLiteral("--member"),
                              QStringLiteral("anna"),
                              QStringLiteral("--from"),
                              QStringLiteral("2026-11-30"),
                              QStringLiteral("--to"),
                              QStringLiteral("2026-12-13")}
                  + extra);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(name));
    file.write(text);
    return file.fileName();
}

// The UIDs in a calendar as the lead reads it back (calendar-query).
std::map<std::string, QByteArray> eventsIn(const QUrl &calendar)
{
    DavClient lead(leadAccount());
    const auto stored = queryCalendar(lead, calendar, demoWindow());
    if (!stored)
        qFatal("read back: %s", qPrintable(describe(stored.error())));
    std::map<std::string, QByteArray> events;
    for (const QByteArray &data : stored.value())
        events[uidOf(std::string_view(data.constData(), std::size_t(data.size())))] = data;
    return events;
}
#endif

} // namespace

class TestCalDavServer : public QObject
{
    Q_OBJECT

private slots:
    void publishesTheDemoAndReadsItBack();
    void republishingUnchangedSendsNothing();
    void changingOneMemberChangesOnlyTheirEvents();
    void aConcurrentEditIsAConflictNotOverwritten();
    void serverDownIsReported();
    void aServerErrorMidPublishIsCompletedByARerun();
#ifdef SUNRELAY_CALDAV_FULL
    void wrongPasswordIsReported();
    void aReadOnlyMemberAccountIsRefused();
    void importBusyReadsAMembersCalendar();
    void refusedCalendarCreationNamesTheCalendarToMap();
    void aMapPublishesIntoExistingCalendarsAndLeavesOthersEvents();
    void listCalendarsShowsTheAccountsCalendars();
    void aBadCalendarMapIsNamedByLine();
    void aCalendarWithoutEventsIsListedAsUnmappable();
#endif

private:
    Plan m_plan = demoPlan();
};

void TestCalDavServer::publishesTheDemoAndReadsItBack()
{
    DavClient client(leadAccount());
    const auto calendars = calendarsOf(m_plan);
    const PublishSummary summary = publish(client, calendars);
    QVERIFY2(summary.ok(), qPrintable(failures(summary)));
    QCOMPARE(summary.calendars.size(), m_plan.members.size() + m_plan.regions.size() + 1);
    int events = 0;
    for (const PublishCalendar &calendar : calendars)
        events += int(calendar.resources.size());
    QCOMPARE(summary.counts.put, events);
    QCOMPARE(summary.counts.del, 0);

    // Every member's calendar, as stored, read back with a REPORT and by an
    // independent reader: the engine's instants, no more, no fewer.
    QTemporaryDir dir;
    QByteArray records;
    for (std::size_t m = 0; m < m_plan.members.size(); ++m) {
        const CalendarSummary *published =
            findCalendar(summary,
                         QString::fromStdString("sunrelay-member-" + m_plan.members[m].id));
        QVERIFY(published);
        const auto stored = queryCalendar(client, published->url, demoWindow());
        QVERIFY2(stored, stored ? "" : qPrintable(describe(stored.error())));
        QCOMPARE(int(stored.value().size()), published->created);
        const QByteArray data = mergedCalendar(stored.value());
        QJsonObject header{
            {QStringLiteral("label"), published->slug},
            {QStringLiteral("from"), qint64(demoWindow().start.time_since_epoch().count())},
            {QStringLiteral("to"), qint64(demoWindow().end.time_since_epoch().count())},
            {QStringLiteral("bytes"), data.size()},
            {QStringLiteral("expected"), expectedForMember(m_plan, m)}};
        records += QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + data;
    }
    QProcess reader;
    reader.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(SUNRELAY_ICS_INSTANTS), QStringLiteral("--check")});
    QVERIFY2(reader.waitForStarted(), "cannot start /usr/bin/python3");
    reader.write(records);
    reader.closeWriteChannel();
    QVERIFY(reader.waitForFinished(120'000));
    const QByteArray output = reader.readAllStandardOutput();
    QCOMPARE(reader.exitCode(), 0);
    const QByteArray expectedOutput =
        "{\"checked\": " + QByteArray::number(qsizetype(m_plan.members.size())) + "}\n";
    QCOMPARE(output, expectedOutput);
}

void TestCalDavServer::republishingUnchangedSendsNothing()
{
    DavClient client(leadAccount());
    const PublishSummary summary = publish(client, calendarsOf(m_plan));
    QVERIFY2(summary.ok(), qPrintable(failures(summary)));
    QCOMPARE(summary.counts.put, 0);
    QCOMPARE(summary.counts.del, 0);
    QCOMPARE(summary.counts.mkcalendar, 0);
    for (const CalendarSummary &calendar : summary.calendars) {
        QCOMPARE(calendar.created + calendar.updated + calendar.deleted, 0);
        QVERIFY(calendar.unchanged > 0);
    }
}

void TestCalDavServer::changingOneMemberChangesOnlyTheirEvents()
{
    // Tom's deep work moves from 09:00 to 10:00 (New York); nothing else.
    Plan changed = m_plan;
    const auto tom = *changed.memberIndex("tom");
    changed.members[tom].deepWork.ranges.front().start += std::chrono::minutes{60};
    DavClient client(leadAccount());
    const PublishSummary summary = publish(client, calendarsOf(changed));
    QVERIFY2(summary.ok(), qPrintable(failures(summary)));
    QVERIFY(summary.counts.put > 0);
    for (const CalendarSummary &calendar : summary.calendars) {
        const int writes = calendar.created + calendar.updated + calendar.deleted;
        if (calendar.slug.startsWith(u"sunrelay-member-")
            && calendar.slug != u"sunrelay-member-tom")
            QVERIFY2(writes == 0, qPrintable(calendar.slug));
    }
    QVERIFY(findCalendar(summary, QStringLiteral("sunrelay-member-tom"))->updated > 0);
    m_plan = changed;
}

void TestCalDavServer::aConcurrentEditIsAConflictNotOverwritten()
{
    Plan changed = m_plan;
    const auto tom = *changed.memberIndex("tom");
    changed.members[tom].deepWork.ranges.front().start += std::chrono::minutes{30};
    DavClient client(leadAccount());
    DavClient someoneElse(leadAccount());
    const QByteArray edited = "edited on the server";
    QUrl editedUrl;
    PublishHooks hooks;
    // Between the publish's read and its PUT, someone else saves Tom's
    // deep-work event from another client.
    hooks.beforeWrites = [&](const QUrl &calendar) {
        if (!calendar.path().endsWith(QLatin1String("sunrelay-member-tom/")))
            return;
        editedUrl = childUrl(calendar, QStringLiteral("deepwork-tom-0@sunrelay.ics"), false);
        DavReply current = someoneElse.send({"GET", editedUrl});
        QCOMPARE(current.status, 200);
        current.body.replace("SUMMARY:", "SUMMARY:" + edited + " ");
        const DavReply put =
            someoneElse.send({"PUT", editedUrl, current.body, {{"Content-Type", "text/calendar"}}});
        QVERIFY2(put.status == 204 || put.status == 201, qPrintable(QString::number(put.status)));
    };
    const PublishSummary summary = publish(client, calendarsOf(changed), hooks);
    QVERIFY(!summary.ok());
    const CalendarSummary *calendar = findCalendar(summary, QStringLiteral("sunrelay-member-tom"));
    QVERIFY(calendar);
    QCOMPARE(calendar->conflicts.size(), std::size_t{1});
    QCOMPARE(calendar->conflicts.front().status, 412);
    const QString message = describe(calendar->conflicts.front());
    QVERIFY2(message.contains(QLatin1String("deepwork-tom-0@sunrelay.ics"))
                 && message.contains(QLatin1String("changed on the server by someone else"))
                 && message.contains(QLatin1String("not overwritten")),
             qPrintable(message));
    // The other person's edit is still there.
    const DavReply after = client.send({"GET", editedUrl});
    QVERIFY(after.body.contains(edited));
}

void TestCalDavServer::serverDownIsReported()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nobody listens there now
    ServerAccount account = leadAccount();
    account.server.setPort(port);
    DavClient client(account);
    const PublishSummary summary = publish(client, calendarsOf(m_plan));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.errors.size(), std::size_t{1});
    QCOMPARE(summary.errors.front().kind, DavErrorKind::Network);
    QVERIFY2(describe(summary.errors.front()).contains(QLatin1String("could not reach the server")),
             qPrintable(describe(summary.errors.front())));
}

void TestCalDavServer::aServerErrorMidPublishIsCompletedByARerun()
{
    // A new member's calendar goes through a proxy that answers the 5th
    // event's PUT with 503 and drops the connection on every PUT of the 8th
    // (Qt's own resend included).
    Plan changed = m_plan;
    Member newcomer = changed.members.front();
    newcomer.id = "newcomer";
    newcomer.name = "New Comer";
    changed.members.push_back(newcomer);
    const auto calendars = calendarsOf(changed, {PublishScopeKind::Member, "newcomer"});
    const int events = int(calendars.front().resources.size());
    QVERIFY(events > 10);

    FaultProxy proxy(QUrl(env("SUNRELAY_CALDAV_URL")));
    proxy.failPut(5, FaultProxy::Fault::ServiceUnavailable);
    proxy.failPut(8, FaultProxy::Fault::DropConnection);
    ServerAccount account = leadAccount();
    account.server = proxy.url();
    DavClient broken(account);
    const PublishSummary first = publish(broken, calendars);
    QVERIFY(!first.ok());
    const CalendarSummary &partial = first.calendars.front();
    QCOMPARE(partial.errors.size(), std::size_t{2});
    QCOMPARE(partial.errors.front().kind, DavErrorKind::ServerError);
    QVERIFY(describe(partial.errors.front()).contains(QLatin1String("publish again")));
    QCOMPARE(partial.errors.back().kind, DavErrorKind::Network);
    QCOMPARE(partial.created, events - 2);

    DavClient client(leadAccount());
    const PublishSummary rerun = publish(client, calendars);
    QVERIFY2(rerun.ok(), qPrintable(failures(rerun)));
    QCOMPARE(rerun.calendars.front().created, 2);
    QCOMPARE(rerun.calendars.front().unchanged, events - 2);
    QCOMPARE(rerun.counts.put, 2);
}

#ifdef SUNRELAY_CALDAV_FULL
void TestCalDavServer::wrongPasswordIsReported()
{
    ServerAccount account = leadAccount();
    account.password = QStringLiteral("not the password");
    DavClient client(account);
    const PublishSummary summary = publish(client, calendarsOf(m_plan));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.counts.put, 0);
    QCOMPARE(summary.errors.size(), std::size_t{1});
    QCOMPARE(summary.errors.front().kind, DavErrorKind::Unauthorized);
    QVERIFY(describe(summary.errors.front()).contains(QLatin1String("user name or password")));
}

void TestCalDavServer::aReadOnlyMemberAccountIsRefused()
{
    ServerAccount account = leadAccount();
    account.user = env("SUNRELAY_CALDAV_MEMBER_USER");
    account.password = env("SUNRELAY_CALDAV_MEMBER_PASSWORD");
    DavClient client(account);
    const PublishSummary summary = publish(client, calendarsOf(m_plan));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.counts.put, 0);
    // No calendar can be made; each is named, with how to map it instead.
    QCOMPARE(summary.calendars.size(), m_plan.members.size() + m_plan.regions.size() + 1);
    for (const CalendarSummary &calendar : summary.calendars) {
        QCOMPARE(calendar.errors.size(), std::size_t{1});
        const DavError &error = calendar.errors.front();
        QCOMPARE(error.status, 403);
        QCOMPARE(error.kind, DavErrorKind::CalendarNotCreated);
        QVERIFY2(describe(error).contains(QLatin1String("refused to create calendar")),
                 qPrintable(describe(error)));
    }
}

void TestCalDavServer::importBusyReadsAMembersCalendar()
{
    // Anna's own calendar with one meeting, Tuesday 2026-12-01 14:00-15:00
    // Berlin (13:00-14:00Z), put there by the lead.
    DavClient client(leadAccount());
    const auto home = findCalendarHome(client);
    QVERIFY(home);
    const QUrl calendar = childUrl(home.value(), QStringLiteral("anna-own"), true);
    QCOMPARE(client.send({"MKCALENDAR", calendar, mkcalendarBody(QStringLiteral("Anna"))}).status,
             201);
    const QByteArray meeting =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:review@example.com\r\nDTSTAMP:20261120T000000Z\r\nSUMMARY:Review\r\n"
        "DTSTART:20261201T130000Z\r\nDTEND:20261201T140000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    QCOMPARE(client
                 .send({"PUT",
                        childUrl(calendar, QStringLiteral("review.ics"), false),
                        meeting,
                        {{"Content-Type", "text/calendar"}}})
                 .status,
             201);

    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("plan.sunrelay"));
    const QString password = dir.filePath(QStringLiteral("password"));
    QFile file(password);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(env("SUNRELAY_CALDAV_MEMBER_PASSWORD").toUtf8() + "\n");
    file.close();
    QProcess cli;
    cli.start(
        QStringLiteral(SUNRELAY_CLI),
        {QStringLiteral("import"), QStringLiteral(SUNRELAY_DEMO_PLAN), QStringLiteral("-o"), plan});
    QVERIFY(cli.waitForFinished(60'000));
    QCOMPARE(cli.exitCode(), 0);
    // Anna herself may read: her own account, read-only.
    cli.start(QStringLiteral(SUNRELAY_CLI),
              {QStringLiteral("import-busy"),
               plan,
               QStringLiteral("--member"),
               QStringLiteral("anna"),
               QStringLiteral("--caldav"),
               calendar.toString(),
               QStringLiteral("--user"),
               env("SUNRELAY_CALDAV_MEMBER_USER"),
               QStringLiteral("--password-file"),
               password,
               QStringLiteral("--from"),
               QStringLiteral("2026-11-30"),
               QStringLiteral("--to"),
               QStringLiteral("2026-12-06")});
    QVERIFY(cli.waitForFinished(60'000));
    QCOMPARE(cli.readAllStandardError(), QByteArray());
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(cli.readAllStandardOutput().contains(": 1 busy times for Anna Schmidt from "), "");
    // The meeting now cuts into her deep work (11:30-15:00 Berlin).
    cli.start(QStringLiteral(SUNRELAY_CLI),
              {QStringLiteral("conflicts"),
               plan,
               QStringLiteral("--from"),
               QStringLiteral("2026-12-01"),
               QStringLiteral("--to"),
               QStringLiteral("2026-12-01"),
               QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60'000));
    QVERIFY(cli.readAllStandardOutput().contains("2026-12-01T13:00:00Z"));
}

void TestCalDavServer::refusedCalendarCreationNamesTheCalendarToMap()
{
    makeEditorCalendars();
    DavClient client(editorAccount());
    const PublishSummary summary =
        publish(client, calendarsOf(m_plan, {PublishScopeKind::Region, "emea"}));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.counts.put, 0);
    // Every calendar of the scope is named, so one run says all that needs
    // mapping: emea's and its four members'.
    QCOMPARE(summary.calendars.size(), std::size_t{5});
    QCOMPARE(summary.counts.mkcalendar, 5);
    for (const CalendarSummary &calendar : summary.calendars) {
        QCOMPARE(calendar.errors.size(), std::size_t{1});
        QCOMPARE(calendar.errors.front().kind, DavErrorKind::CalendarNotCreated);
    }
    const QString message =
        describe(findCalendar(summary, QStringLiteral("sunrelay-member-anna"))->errors.front());
    QVERIFY2(message.contains(QLatin1String("refused to create calendar Sunrelay: Anna"))
                 && message.contains(QLatin1String("map member:anna to an existing calendar"))
                 && message.contains(QLatin1String("--calendars")),
             qPrintable(message));

    // The command line says the same and fails.
    QTemporaryDir dir;
    const CliRun run = publishAnnaAsEditor(dir, {});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("member:anna = URL")), qPrintable(run.err));
}

void TestCalDavServer::aMapPublishesIntoExistingCalendarsAndLeavesOthersEvents()
{
    const QUrl shared = makeEditorCalendars();
    QTemporaryDir dir;
    const QString map = writeFile(dir,
                                  QStringLiteral("calendars.txt"),
                                  "# Anna's calendar goes where the editor may write\n"
                                  "member:anna = "
                                      + shared.path(QUrl::FullyEncoded).toUtf8() + "\n");
    CliRun run = publishAnnaAsEditor(dir, {QStringLiteral("--calendars"), map});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("MKCALENDAR 0,")), qPrintable(run.out));

    // Read back: exactly the planned events, as planned, and the stand-up.
    const PublishCalendar planned = calendarsOf(m_plan, {PublishScopeKind::Member, "anna"}).front();
    auto stored = eventsIn(shared);
    QCOMPARE(stored.size(), planned.resources.size() + 1);
    QVERIFY(stored.count("standup@example.com"));
    const QByteArray standup = stored["standup@example.com"];
    QVERIFY(standup.contains("SUMMARY:Stand-up"));
    for (const PublishResource &resource : planned.resources) {
        QVERIFY2(stored.count(resource.uid), resource.uid.c_str());
        const QByteArray &data = stored[resource.uid];
        QCOMPARE(digestOf(std::string_view(data.constData(), std::size_t(data.size()))),
                 resource.digest);
    }
    QVERIFY2(run.out.contains(QStringLiteral("Sunrelay: Anna Schmidt: %1 created, 0 updated, 0 "
                                             "deleted, 0 unchanged")
                                  .arg(planned.resources.size())),
             qPrintable(run.out));

    // Unchanged republish: nothing sent, the stand-up still there.
    run = publishAnnaAsEditor(dir, {QStringLiteral("--calendars"), map});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("PUT 0, DELETE 0")), qPrintable(run.out));

    // A shorter window: Anna's second week goes (DELETE), the stand-up in
    // it stays, untouched.
    CalendarMap existing;
    existing.entries.push_back({QStringLiteral("member:anna"), shared});
    auto firstWeek = publishSet(m_plan,
                                {PublishScopeKind::Member, "anna"},
                                dayWindow(date::sys_days{date::year{2026} / 11 / 30},
                                          date::sys_days{date::year{2026} / 12 / 6}),
                                stamp());
    QVERIFY(firstWeek);
    DavClient client(editorAccount());
    const PublishSummary summary = publish(client, firstWeek.value(), existing);
    QVERIFY2(summary.ok(), qPrintable(failures(summary)));
    QVERIFY(summary.calendars.front().deleted > 0);
    QCOMPARE(summary.counts.mkcalendar, 0);
    QCOMPARE(summary.counts.propfind, 0); // every calendar mapped: no home lookup
    stored = eventsIn(shared);
    QCOMPARE(stored.size(), firstWeek.value().front().resources.size() + 1);
    QCOMPARE(stored["standup@example.com"], standup);
}

void TestCalDavServer::listCalendarsShowsTheAccountsCalendars()
{
    const QUrl shared = makeEditorCalendars();
    DavClient client(editorAccount());
    const auto calendars = listCalendars(client);
    QVERIFY2(calendars, calendars ? "" : qPrintable(describe(calendars.error())));
    QCOMPARE(calendars.value().size(), std::size_t{2});
    QCOMPARE(calendars.value()[0].url, shared);
    QCOMPARE(calendars.value()[0].displayName, QStringLiteral("shared-anna"));
    QCOMPARE(calendars.value()[0].components, QStringList{QStringLiteral("VEVENT")});
    QVERIFY(calendars.value()[1].url.path().endsWith(QLatin1String("/shared-handoffs/")));

    QTemporaryDir dir;
    const CliRun run = publishAnnaAsEditor(dir, {QStringLiteral("--list-calendars")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(shared.toString() + QStringLiteral("\t\"shared-anna\"\tVEVENT\n")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("\n2 calendar")), qPrintable(run.out));

    // Listing reads no plan and no dates: PLAN may be left out, and a --from
    // that is no date does not stop it.
    const CliRun noPlan = runCli({QStringLiteral("publish"),
                                  QStringLiteral("--list-calendars"),
                                  QStringLiteral("--server"),
                                  env("SUNRELAY_CALDAV_URL"),
                                  QStringLiteral("--user"),
                                  env("SUNRELAY_CALDAV_EDITOR_USER"),
                                  QStringLiteral("--password-file"),
                                  dir.filePath(QStringLiteral("editor-password")),
                                  QStringLiteral("--from"),
                                  QStringLiteral("not-a-date")});
    QVERIFY2(noPlan.exitCode == 0, qPrintable(noPlan.err));
    QCOMPARE(noPlan.out, run.out);
}

void TestCalDavServer::aBadCalendarMapIsNamedByLine()
{
    QTemporaryDir dir;
    const QString map = writeFile(dir,
                                  QStringLiteral("calendars.txt"),
                                  "handoffs = /editor/shared-handoffs/\n"
                                  "member:annna = /editor/shared-anna/\n");
    const CliRun run = publishAnnaAsEditor(dir, {QStringLiteral("--calendars"), map});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, map + QStringLiteral(": line 2: the plan has no member \"annna\"\n"));
    const QString elsewhere = writeFile(dir,
                                        QStringLiteral("elsewhere.txt"),
                                        "member:anna = https://calendar.example.org/anna/\n");
    const CliRun other = publishAnnaAsEditor(dir, {QStringLiteral("--calendars"), elsewhere});
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(QLatin1String("line 1: member:anna: "
                                              "https://calendar.example.org/anna/ is not on the "
                                              "server")),
             qPrintable(other.err));
}
// A tasks-only calendar (RFC 4791 supported-calendar-component-set VTODO)
// cannot take the plan's events: --list-calendars says so on its line. The
// calendar is removed again, so the other tests see the account as before.
void TestCalDavServer::aCalendarWithoutEventsIsListedAsUnmappable()
{
    makeEditorCalendars();
    DavClient editor(editorAccount());
    const auto home = findCalendarHome(editor);
    QVERIFY2(home, home ? "" : qPrintable(describe(home.error())));
    const QUrl tasks = childUrl(home.value(), QStringLiteral("shared-tasks"), true);
    const QByteArray body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<C:mkcalendar xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><D:set><D:prop>"
        "<D:displayname>shared-tasks</D:displayname><C:supported-calendar-component-set>"
        "<C:comp name=\"VTODO\"/></C:supported-calendar-component-set></D:prop></D:set>"
        "</C:mkcalendar>";
    DavClient lead(leadAccount());
    QCOMPARE(lead.send({"MKCALENDAR", tasks, body}).status, 201);

    QTemporaryDir dir;
    const CliRun run = publishAnnaAsEditor(dir, {QStringLiteral("--list-calendars")});
    const int deleted = lead.send({"DELETE", tasks}).status;
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(tasks.toString()
                              + QStringLiteral("\t\"shared-tasks\"\tVTODO (holds no events: "
                                               "cannot be mapped)\n")),
             qPrintable(run.out));
    // The event calendars keep the plain line.
    QVERIFY2(run.out.contains(QStringLiteral("\t\"shared-anna\"\tVEVENT\n")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("\n3 calendar")), qPrintable(run.out));
    QVERIFY2(deleted == 200 || deleted == 204, qPrintable(QString::number(deleted)));
}
#endif

QTEST_GUILESS_MAIN(TestCalDavServer)
#include "tst_caldav_server.moc"
