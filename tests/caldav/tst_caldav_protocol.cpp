// The CalDAV client without a real server: the XML it writes and reads, the
// http:// rule, what a publish would send (publish_set.h), and hostile
// servers (tests/caldav/http_test_server.h) whose replies must end in a clear
// error, never a crash, a hang or unbounded memory.

#include "caldav_test_support.h"
#include "http_test_server.h"

#include "caldav/dav_xml.h"
#include "caldav/publisher.h"

#include "sunrelay/core/schedule_report.h"
#include "sunrelay/exchange/plan_json.h"

#include <QElapsedTimer>
#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

#include <set>

using namespace sunrelay;
using namespace sunrelay::caldav;
using sunrelay::caldavtest::demoPlan;

namespace
{

Interval week()
{
    using namespace date::literals;
    return dayWindow(date::sys_days{2026_y / 11 / 30}, date::sys_days{2026_y / 12 / 6});
}

QByteArray multistatus(const QByteArray &inner)
{
    return "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\" "
           "xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
        + inner + "</d:multistatus>";
}

DavError queryError(const QUrl &url, ClientLimits limits = {})
{
    DavClient client({url, QStringLiteral("lead"), QStringLiteral("pw")}, limits);
    const auto result = queryCalendar(client, url, week());
    if (result)
        qFatal("a hostile reply was accepted");
    return result.error();
}

} // namespace

class TestCalDavProtocol : public QObject
{
    Q_OBJECT

private slots:
    void readsAMultiStatus();
    void refusesBadXml_data();
    void refusesBadXml();
    void writesRequestBodies();
    void plainHttpOnlyToThisComputer_data();
    void plainHttpOnlyToThisComputer();
    void publishSetHasOneResourcePerUidWithADigest();
    void digestIgnoresStampAndFolding();
    void hugeReplyIsCutOff();
    void deepNestingIsRefused();
    void entityExpansionIsRefused();
    void silentServerTimesOut();
    void redirectsAreNotFollowed();
    void aMissingMappedCalendarIsNamedNotMade();
};

void TestCalDavProtocol::readsAMultiStatus()
{
    // Radicale's reply to a sync-collection: one event (its data with an
    // escaped "&"), one removed resource, the new token.
    const auto parsed = parseMultiStatus(multistatus(
        "<d:response><d:href>/lead/cal/a%40x.ics</d:href><d:propstat><d:prop>"
        "<d:getetag>\"e1\"</d:getetag><c:calendar-data>BEGIN:VCALENDAR\r\nSUMMARY:R&amp;D\r\n"
        "END:VCALENDAR\r\n</c:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status>"
        "</d:propstat><d:propstat><d:prop><d:displayname/></d:prop><d:status>HTTP/1.1 404 Not "
        "Found</d:status></d:propstat></d:response>"
        "<d:response><d:href>/lead/cal/gone.ics</d:href><d:status>HTTP/1.1 404 Not Found"
        "</d:status></d:response><d:sync-token>http://radicale.org/ns/sync/42</d:sync-token>"));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
    const MultiStatus &status = parsed.value();
    QCOMPARE(status.responses.size(), std::size_t{2});
    QCOMPARE(status.responses[0].href, QStringLiteral("/lead/cal/a%40x.ics"));
    QCOMPARE(status.responses[0].etag, QByteArray("\"e1\""));
    // XML turns a raw CR LF into LF (XML 1.0 2.11); iCalendar readers take both.
    QVERIFY(status.responses[0].calendarData.contains("SUMMARY:R&D\n"));
    QCOMPARE(status.responses[1].status, 404);
    QCOMPARE(status.syncToken, QStringLiteral("http://radicale.org/ns/sync/42"));

    const auto home = parseMultiStatus(
        multistatus("<d:response><d:href>/user/</d:href><d:propstat><d:prop><c:calendar-home-set>"
                    "<d:href>/user/calendars/</d:href></c:calendar-home-set></d:prop>"
                    "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"));
    QVERIFY(home);
    QCOMPARE(home.value().responses.front().calendarHomeHref, QStringLiteral("/user/calendars/"));
}

void TestCalDavProtocol::refusesBadXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("problem");
    QTest::newRow("entity bomb") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
        "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><d:multistatus xmlns:d=\"DAV:\">&b;</d:multistatus>")
                                 << QStringLiteral("document type declaration");
    QTest::newRow("undeclared entity")
        << multistatus("<d:response>&xxe;</d:response>") << QStringLiteral("line 1");
    QTest::newRow("10,000 levels deep")
        << multistatus(QByteArray("<d:x>").repeated(10'000) + QByteArray("</d:x>").repeated(10'000))
        << QStringLiteral("nested deeper than 32");
    QTest::newRow("not a multistatus")
        << QByteArray("<html><body>Login</body></html>") << QStringLiteral("root element <html>");
    QTest::newRow("truncated") << QByteArray("<d:multistatus xmlns:d=\"DAV:\"><d:response>")
                               << QStringLiteral("line 1");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1");
}

void TestCalDavProtocol::refusesBadXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, problem);
    const auto parsed = parseMultiStatus(xml);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(problem), qPrintable(parsed.error()));
}

void TestCalDavProtocol::writesRequestBodies()
{
    // Read back with a namespace-aware reader: elements in the right
    // namespaces, the range in UTC basic format, text escaped.
    const QByteArray query = calendarQueryBody(week());
    QXmlStreamReader reader(query);
    QStringList seen;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        seen << reader.namespaceUri().toString() + u' ' + reader.name().toString();
        if (reader.name() == u"time-range") {
            QCOMPARE(reader.attributes().value(QStringLiteral("start")).toString(),
                     QStringLiteral("20261130T000000Z"));
            QCOMPARE(reader.attributes().value(QStringLiteral("end")).toString(),
                     QStringLiteral("20261207T000000Z"));
        }
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(seen.front(), QStringLiteral("urn:ietf:params:xml:ns:caldav calendar-query"));
    QVERIFY(seen.contains(QStringLiteral("DAV: getetag")));
    QVERIFY(seen.contains(QStringLiteral("urn:ietf:params:xml:ns:caldav calendar-data")));
    QVERIFY(mkcalendarBody(QStringLiteral("R&D <team>")).contains("R&amp;D &lt;team&gt;"));
    QVERIFY(syncCollectionBody({}).contains("sync-collection"));
}

void TestCalDavProtocol::plainHttpOnlyToThisComputer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("insist");
    QTest::addColumn<int>("refusal"); // -1: accepted
    QTest::newRow("https") << "https://dav.example.com/" << false << -1;
    QTest::newRow("http localhost") << "http://localhost:5232/" << false << -1;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:5232/" << false << -1;
    QTest::newRow("http ::1") << "http://[::1]:5232/" << false << -1;
    QTest::newRow("http remote") << "http://dav.example.com/" << false
                                 << int(DavErrorKind::InsecureUrl);
    QTest::newRow("http remote, insisted") << "http://dav.example.com/" << true << -1;
    QTest::newRow("ftp") << "ftp://dav.example.com/" << true << int(DavErrorKind::BadUrl);
    QTest::newRow("no host") << "https:///lead/" << false << int(DavErrorKind::BadUrl);
}

void TestCalDavProtocol::plainHttpOnlyToThisComputer()
{
    QFETCH(QString, url);
    QFETCH(bool, insist);
    QFETCH(int, refusal);
    const auto problem =
        checkServerUrl(QUrl(url), insist ? InsecureHttp::Allow : InsecureHttp::Refuse);
    QCOMPARE(problem ? int(problem->kind) : -1, refusal);
    if (problem && problem->kind == DavErrorKind::InsecureUrl)
        QVERIFY(describe(*problem).contains(QLatin1String("not encrypted")));
}

void TestCalDavProtocol::publishSetHasOneResourcePerUidWithADigest()
{
    const Plan plan = demoPlan();
    const auto set = publishSet(plan, {PublishScopeKind::Member, "anna"}, week(), {});
    QVERIFY(set);
    QCOMPARE(set.value().size(), std::size_t{1});
    const PublishCalendar &calendar = set.value().front();
    QCOMPARE(calendar.slug, std::string("sunrelay-member-anna"));
    QCOMPARE(calendar.displayName, std::string("Sunrelay: Anna Schmidt"));
    // Anna (demo): one deep-work range and two comms ranges, Mon-Fri.
    std::set<std::string> uids;
    for (const PublishResource &resource : calendar.resources) {
        const QByteArray ics = QByteArray::fromStdString(resource.ics);
        QCOMPARE(ics.count("BEGIN:VCALENDAR"), 1);
        QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
        QCOMPARE(uidOf(resource.ics), resource.uid);
        QCOMPARE(digestOf(resource.ics), resource.digest);
        QCOMPARE(resource.digest.size(), std::size_t{32});
        if (ics.contains("TZID=Europe/Berlin"))
            QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin"));
        else
            QVERIFY(!ics.contains("BEGIN:VTIMEZONE"));
        uids.insert(resource.uid);
    }
    QCOMPARE(uids.size(), calendar.resources.size());
    QVERIFY(uids.count("deepwork-anna-0@sunrelay"));
    QVERIFY(uids.count("comms-anna-0@sunrelay"));
    QVERIFY(uids.count("comms-anna-1@sunrelay"));

    const auto all = publishSet(plan, {}, week(), {});
    QVERIFY(all);
    QCOMPARE(all.value().size(), plan.members.size() + plan.regions.size() + 1);
    QCOMPARE(all.value().back().slug, std::string("sunrelay-handoffs"));
    QVERIFY(!publishSet(plan, {PublishScopeKind::Member, "nobody"}, week(), {}));
}

void TestCalDavProtocol::digestIgnoresStampAndFolding()
{
    const Plan plan = demoPlan();
    using namespace date::literals;
    const auto monday = publishSet(plan,
                                   {PublishScopeKind::Member, "anna"},
                                   week(),
                                   date::sys_days{2026_y / 11 / 23});
    const auto friday = publishSet(plan,
                                   {PublishScopeKind::Member, "anna"},
                                   week(),
                                   date::sys_days{2026_y / 11 / 27});
    QVERIFY(monday && friday);
    const PublishResource &a = monday.value().front().resources.front();
    const PublishResource &b = friday.value().front().resources.front();
    QVERIFY(a.ics != b.ics); // DTSTAMP differs
    QCOMPARE(a.digest, b.digest);
    // A server that folds lines elsewhere and uses LF: the same digest.
    std::string refolded = a.ics;
    const std::string mark = std::string(digestProperty) + ":";
    const auto at = refolded.find(mark);
    refolded.insert(at + mark.size() + 5, "\r\n ");
    QCOMPARE(digestOf(refolded), a.digest);
    QCOMPARE(digestOf("BEGIN:VEVENT\nUID:x\nEND:VEVENT\n"), std::string());
}

void TestCalDavProtocol::hugeReplyIsCutOff()
{
    // 64 MiB announced and sent; the client stops reading at 1 MiB.
    CannedServer server(httpReply(207, multistatus(QByteArray(64 << 20, ' '))));
    ClientLimits limits;
    limits.maxReplyBytes = 1 << 20;
    const DavError error = queryError(server.url(), limits);
    QCOMPARE(error.kind, DavErrorKind::ReplyTooLarge);
    QVERIFY(describe(error).contains(QLatin1String("larger than 1048576 bytes")));
}

void TestCalDavProtocol::deepNestingIsRefused()
{
    CannedServer server(httpReply(207,
                                  multistatus(QByteArray("<d:response>").repeated(100'000)
                                              + QByteArray("</d:response>").repeated(100'000))));
    const DavError error = queryError(server.url());
    QCOMPARE(error.kind, DavErrorKind::BadReply);
    QVERIFY2(describe(error).contains(QLatin1String("nested deeper")), qPrintable(describe(error)));
}

void TestCalDavProtocol::entityExpansionIsRefused()
{
    QByteArray entities;
    entities += "<!ENTITY a0 \"lollollollollollollollollollol\">";
    for (int i = 1; i < 10; ++i)
        entities += "<!ENTITY a" + QByteArray::number(i) + " \""
            + QByteArray("&a" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
    CannedServer server(httpReply(
        207,
        "<?xml version=\"1.0\"?><!DOCTYPE d:multistatus [" + entities
            + "]><d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>&a9;</d:href></d:response>"
              "</d:multistatus>"));
    const DavError error = queryError(server.url());
    QCOMPARE(error.kind, DavErrorKind::BadReply);
    QVERIFY2(describe(error).contains(QLatin1String("document type declaration")),
             qPrintable(describe(error)));
}

void TestCalDavProtocol::silentServerTimesOut()
{
    CannedServer server({}); // reads the request, never answers
    ClientLimits limits;
    limits.stallTimeoutMs = 500;
    QElapsedTimer timer;
    timer.start();
    const DavError error = queryError(server.url(), limits);
    QCOMPARE(error.kind, DavErrorKind::Timeout);
    QVERIFY(timer.elapsed() < 10'000);
    QCOMPARE(server.requests(), 1);
}

void TestCalDavProtocol::redirectsAreNotFollowed()
{
    // The password must not follow a redirect to another host.
    CannedServer server(httpReply(301, {}, "Location: http://evil.example.com/\r\n"));
    const DavError error = queryError(server.url());
    QCOMPARE(error.kind, DavErrorKind::UnexpectedStatus);
    QCOMPARE(error.status, 301);
}

// A calendar map names a calendar the server does not have (every request
// answered 404): the publish says which key is mapped wrong and never makes
// a calendar there; with every calendar mapped, no calendar home lookup.
void TestCalDavProtocol::aMissingMappedCalendarIsNamedNotMade()
{
    CannedServer server(httpReply(404, {}));
    const QUrl mappedUrl = server.url().resolved(QUrl(QStringLiteral("/dav/lead/work/")));
    CalendarMap existing;
    existing.entries.push_back({QStringLiteral("member:anna"), mappedUrl});
    const auto calendars = publishSet(demoPlan(), {PublishScopeKind::Member, "anna"}, week(), {});
    QVERIFY(calendars);
    DavClient client({server.url(), QStringLiteral("lead"), QStringLiteral("pw")});
    const PublishSummary summary = publish(client, calendars.value(), existing);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.calendars.size(), std::size_t{1});
    const CalendarSummary &anna = summary.calendars.front();
    QCOMPARE(anna.url, mappedUrl);
    QCOMPARE(anna.errors.size(), std::size_t{1});
    const DavError &error = anna.errors.front();
    QCOMPARE(error.kind, DavErrorKind::MappedCalendarMissing);
    QCOMPARE(error.detail, QStringLiteral("member:anna"));
    QCOMPARE(error.url, mappedUrl);
    QVERIFY2(describe(error).contains(QLatin1String("(member:anna) is mapped to")),
             qPrintable(describe(error)));
    QCOMPARE(summary.counts.propfind, 0);
    QCOMPARE(summary.counts.report, 1);
    QCOMPARE(summary.counts.mkcalendar, 0);
    QCOMPARE(summary.counts.total(), 1);
    QCOMPARE(server.requests(), 1);
}

QTEST_GUILESS_MAIN(TestCalDavProtocol)
#include "tst_caldav_protocol.moc"
