// Calendar maps (caldav/calendar_map.h) without a server: the KEY = URL
// file a user writes to publish into existing calendars, its errors by line,
// the keys of a plan's calendars, and the calendar list a PROPFIND of the
// calendar home returns.

#include "caldav/calendar_map.h"
#include "caldav/dav_xml.h"
#include "caldav/publish_set.h"
#include "caldav_test_support.h"

#include "sunrelay/core/schedule_report.h"
#include "sunrelay/exchange/plan_json.h"

#include <QFile>
#include <QtTest>

#include <map>
#include <set>

using namespace sunrelay;
using namespace sunrelay::caldav;
using sunrelay::caldavtest::demoPlan;

namespace
{

const QUrl server(QStringLiteral("https://dav.example.com/dav/"));

} // namespace

class TestCalendarMap : public QObject
{
    Q_OBJECT

private slots:
    void readsAMapWithCommentsAndPaths();
    void badLinesAreNamed_data();
    void badLinesAreNamed();
    void problemsKeepTheLineApart();
    void keysMustNameThePlansCalendars();
    void idsMayHoldEqualsAndColons();
    void byteOrderMarkIsSkipped();
    void oneCalendarSpelledTwoWaysIsMappedOnce();
    void calendarsWithoutEventsAreRefused();
    void publishedCalendarsCarryTheKeysTheMapOffers();
    void mapRoundTripsThroughText();
    void readsACalendarHomeListing();
};

void TestCalendarMap::readsAMapWithCommentsAndPaths()
{
    const auto map =
        parseCalendarMap(QStringLiteral("# Google refuses MKCALENDAR\n"
                                        "\n"
                                        "member:anna = /dav/lead/anna-work\n"
                                        "  region:emea=https://dav.example.com/x/emea/ \n"
                                        "handoffs = shared/handoffs/\r\n"),
                         server);
    QVERIFY2(map, map ? "" : qPrintable(map.error().text()));
    QCOMPARE(map.value().entries.size(), std::size_t{3});
    QCOMPARE(map.value().entries[0].line, 3);
    // A collection URL always ends in "/"; a relative one is on the server.
    QCOMPARE(map.value().urlFor(QStringLiteral("member:anna")),
             QUrl(QStringLiteral("https://dav.example.com/dav/lead/anna-work/")));
    QCOMPARE(map.value().urlFor(QStringLiteral("region:emea")),
             QUrl(QStringLiteral("https://dav.example.com/x/emea/")));
    QCOMPARE(map.value().urlFor(QStringLiteral("handoffs")),
             QUrl(QStringLiteral("https://dav.example.com/dav/shared/handoffs/")));
    QCOMPARE(map.value().urlFor(QStringLiteral("member:tom")), std::nullopt);
}

void TestCalendarMap::badLinesAreNamed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no equals") << QStringLiteral("# map\nmember:anna /x/\n")
                               << QStringLiteral("line 2: expected KEY = URL");
    QTest::newRow("unknown key") << QStringLiteral("membr:anna = /x/\n")
                                 << QStringLiteral("line 1: \"membr:anna\" is not a calendar key");
    QTest::newRow("empty id") << QStringLiteral("member: = /x/\n")
                              << QStringLiteral("line 1: \"member:\" is not a calendar key");
    QTest::newRow("no url") << QStringLiteral("handoffs =\n")
                            << QStringLiteral("line 1: handoffs: \"\" is not a URL");
    QTest::newRow("another host")
        << QStringLiteral("handoffs = https://evil.example.org/h/\n")
        << QStringLiteral("line 1: handoffs: https://evil.example.org/h/ is not on the server");
    QTest::newRow("plain http to the same host")
        << QStringLiteral("handoffs = http://dav.example.com/h/\n")
        << QStringLiteral("line 1: handoffs: http://dav.example.com/h/ is not on the server");
    QTest::newRow("key twice") << QStringLiteral("handoffs = /a/\nhandoffs = /b/\n")
                               << QStringLiteral("line 2: handoffs is mapped twice");
    QTest::newRow("calendar twice")
        << QStringLiteral("member:anna = /a/\nmember:tom = /a\n")
        << QStringLiteral("line 2: member:tom: https://dav.example.com/a/ is already mapped");
}

void TestCalendarMap::badLinesAreNamed()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto map = parseCalendarMap(text, server);
    QVERIFY(!map);
    QVERIFY2(map.error().text().startsWith(expected), qPrintable(map.error().text()));
}

void TestCalendarMap::problemsKeepTheLineApart()
{
    // The dialog shows the problem beside its row, the CLI "line N: ...":
    // the number is not part of the problem, in any language.
    const auto map = parseCalendarMap(QStringLiteral("# map\n\nmembr:anna = /x/\n"), server);
    QVERIFY(!map);
    QCOMPARE(map.error().line, 3);
    QCOMPARE(map.error().problem,
             QStringLiteral("\"membr:anna\" is not a calendar key (member:ID, region:ID or "
                            "handoffs)"));
    QCOMPARE(map.error().text(),
             QStringLiteral("line 3: \"membr:anna\" is not a calendar key (member:ID, region:ID "
                            "or handoffs)"));
    QCOMPARE((CalendarMapProblem{0, QStringLiteral("made in code")}).text(),
             QStringLiteral("made in code"));
}

void TestCalendarMap::keysMustNameThePlansCalendars()
{
    const Plan plan = demoPlan();
    const auto good =
        parseCalendarMap(QStringLiteral("member:anna = /a/\nregion:emea = /e/\nhandoffs = /h/\n"),
                         server);
    QVERIFY(good);
    QCOMPARE(checkCalendarMap(good.value(), plan), std::nullopt);
    const auto typo =
        parseCalendarMap(QStringLiteral("member:anna = /a/\nmember:ana = /b/\n"), server);
    QVERIFY(typo);
    const auto typoProblem = checkCalendarMap(typo.value(), plan);
    QVERIFY(typoProblem);
    QCOMPARE(typoProblem->text(), QStringLiteral("line 2: the plan has no member \"ana\""));
    QCOMPARE(typoProblem->line, 2);
    const auto region = parseCalendarMap(QStringLiteral("region:europe = /e/\n"), server);
    QVERIFY(region);
    const auto regionProblem = checkCalendarMap(region.value(), plan);
    QVERIFY(regionProblem);
    QCOMPARE(regionProblem->text(), QStringLiteral("line 1: the plan has no region \"europe\""));
}

void TestCalendarMap::idsMayHoldEqualsAndColons()
{
    // Plan ids need only be one line: "a=b" and "team:anna" are members.
    Plan plan = demoPlan();
    plan.members[0].id = "a=b";
    plan.members[1].id = "team:anna";
    plan.regions[0].id = "x=y:z";
    CalendarMap written;
    written.entries = {
        {QStringLiteral("member:a=b"), QUrl(QStringLiteral("https://dav.example.com/ab/")), 0},
        {QStringLiteral("member:team:anna"), QUrl(QStringLiteral("https://dav.example.com/t/")), 0},
        {QStringLiteral("region:x=y:z"), QUrl(QStringLiteral("https://dav.example.com/r/")), 0},
    };
    // As the app saves a map and reads it back.
    QCOMPARE(written.toText(),
             QStringLiteral("member:a=b = https://dav.example.com/ab/\n"
                            "member:team:anna = https://dav.example.com/t/\n"
                            "region:x=y:z = https://dav.example.com/r/\n"));
    const auto read = parseCalendarMap(written.toText(), server);
    QVERIFY2(read, read ? "" : qPrintable(read.error().text()));
    QCOMPARE(read.value().entries.size(), std::size_t{3});
    QCOMPARE(read.value().urlFor(QStringLiteral("member:a=b")),
             QUrl(QStringLiteral("https://dav.example.com/ab/")));
    QCOMPARE(read.value().urlFor(QStringLiteral("member:team:anna")),
             QUrl(QStringLiteral("https://dav.example.com/t/")));
    QCOMPARE(read.value().urlFor(QStringLiteral("region:x=y:z")),
             QUrl(QStringLiteral("https://dav.example.com/r/")));
    QCOMPARE(checkCalendarMap(read.value(), plan), std::nullopt);
    // The whole id after the prefix is looked up, not the part after a ':'.
    const auto unknown = parseCalendarMap(QStringLiteral("member:team:bob = /b/\n"), server);
    QVERIFY(unknown);
    QCOMPARE(checkCalendarMap(unknown.value(), plan)->problem,
             QStringLiteral("the plan has no member \"team:bob\""));
}

void TestCalendarMap::byteOrderMarkIsSkipped()
{
    // Windows editors save UTF-8 with a byte order mark.
    const auto map = parseCalendarMap(QString::fromUtf8("\xEF\xBB\xBFmember:anna = /a/\n"), server);
    QVERIFY2(map, map ? "" : qPrintable(map.error().text()));
    QCOMPARE(map.value().urlFor(QStringLiteral("member:anna")),
             QUrl(QStringLiteral("https://dav.example.com/a/")));
}

void TestCalendarMap::oneCalendarSpelledTwoWaysIsMappedOnce()
{
    // https's own port written out is the same calendar as without it.
    const auto map = parseCalendarMap(QStringLiteral("member:anna = https://dav.example.com:443/a\n"
                                                     "member:tom = /a/\n"),
                                      server);
    QVERIFY(!map);
    QCOMPARE(map.error().line, 2);
    QVERIFY2(map.error().problem.startsWith(
                 QStringLiteral("member:tom: https://dav.example.com/a/ is already mapped")),
             qPrintable(map.error().problem));
    const auto one =
        parseCalendarMap(QStringLiteral("handoffs = https://dav.example.com:443/h\n"), server);
    QVERIFY(one);
    QCOMPARE(one.value().toText(), QStringLiteral("handoffs = https://dav.example.com/h/\n"));
    // Another port is another server.
    const auto other =
        parseCalendarMap(QStringLiteral("handoffs = https://dav.example.com:8443/h/\n"), server);
    QVERIFY(!other);
    QVERIFY(other.error().problem.contains(QStringLiteral("is not on the server")));
}

void TestCalendarMap::calendarsWithoutEventsAreRefused()
{
    ServerCalendar tasks;
    tasks.url = QUrl(QStringLiteral("https://dav.example.com/lead/tasks/"));
    tasks.components = QStringList{QStringLiteral("VTODO")};
    ServerCalendar work;
    work.url = QUrl(QStringLiteral("https://dav.example.com/lead/work/"));
    work.components = QStringList{QStringLiteral("VEVENT"), QStringLiteral("VTODO")};
    const auto map =
        parseCalendarMap(QStringLiteral("member:anna = /lead/work/\n"
                                        "member:tom = https://dav.example.com:443/lead/tasks\n"),
                         server);
    QVERIFY(map);
    const auto problem = checkMappedCalendarsHoldEvents(map.value(), {work, tasks});
    QVERIFY(problem);
    QCOMPARE(problem->line, 2);
    QCOMPARE(problem->problem,
             QStringLiteral("member:tom: https://dav.example.com/lead/tasks/ holds no events "
                            "(VTODO), so the plan's events cannot go there"));
    QCOMPARE(checkMappedCalendarsHoldEvents(map.value(), {work}), std::nullopt);
}

// The map dialog offers calendarKeysOf; a publish looks each calendar up by
// PublishCalendar::key: both must name the same calendars.
void TestCalendarMap::publishedCalendarsCarryTheKeysTheMapOffers()
{
    const Plan plan = demoPlan();
    const Interval day = dayWindow(date::sys_days{date::year{2026} / 11 / 30},
                                   date::sys_days{date::year{2026} / 11 / 30});
    const auto published = publishSet(plan, {}, day, {});
    QVERIFY(published);
    std::map<std::string, std::string> keyOfSlug;
    std::set<QString> publishedKeys;
    for (const PublishCalendar &calendar : published.value()) {
        keyOfSlug[calendar.slug] = calendar.key;
        publishedKeys.insert(QString::fromStdString(calendar.key));
    }
    QCOMPARE(keyOfSlug["sunrelay-member-anna"], std::string("member:anna"));
    QCOMPARE(keyOfSlug["sunrelay-region-emea"], std::string("region:emea"));
    QCOMPARE(keyOfSlug["sunrelay-handoffs"], std::string("handoffs"));
    const auto anna = publishSet(plan, {PublishScopeKind::Member, "anna"}, day, {});
    QVERIFY(anna);
    QCOMPARE(anna.value().front().key, std::string("member:anna"));

    // The demo: 13 members, 3 regions, the handoffs.
    const auto keys = calendarKeysOf(plan);
    std::set<QString> offeredKeys;
    for (const auto &key : keys)
        offeredKeys.insert(key.first);
    QVERIFY(offeredKeys == publishedKeys);
    QCOMPARE(keys.size(), std::size_t{17});
    QCOMPARE(keys.front().first, QStringLiteral("handoffs"));
    QCOMPARE(keys[1].first, QStringLiteral("region:apac"));
    QCOMPARE(keys.back(), std::pair(QStringLiteral("member:lucas"), QStringLiteral("Lucas Brown")));
}

void TestCalendarMap::mapRoundTripsThroughText()
{
    const auto map =
        parseCalendarMap(QStringLiteral("member:anna = /dav/a%20b/\nhandoffs = /h/\n"), server);
    QVERIFY(map);
    const auto again = parseCalendarMap(map.value().toText(), server);
    QVERIFY(again);
    QCOMPARE(again.value().toText(), map.value().toText());
    QCOMPARE(again.value().urlFor(QStringLiteral("member:anna"))->path(),
             QStringLiteral("/dav/a b/"));
}

void TestCalendarMap::readsACalendarHomeListing()
{
    // Radicale's reply to calendarListPropfind() on a calendar home: the
    // home itself, a calendar for events and tasks, an address book.
    const auto parsed = parseMultiStatus(
        "<?xml version='1.0' encoding='utf-8'?>\n"
        "<multistatus xmlns=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
        "<response><href>/lead/</href><propstat><prop><resourcetype><collection/>"
        "<principal/></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat>"
        "<propstat><prop><displayname/><C:supported-calendar-component-set/></prop>"
        "<status>HTTP/1.1 404 Not Found</status></propstat></response>"
        "<response><href>/lead/work/</href><propstat><prop><displayname>Work &amp; "
        "life</displayname><resourcetype><C:calendar/><collection/></resourcetype>"
        "<C:supported-calendar-component-set><C:comp name=\"VEVENT\"/><C:comp name=\"VTODO\"/>"
        "</C:supported-calendar-component-set></prop><status>HTTP/1.1 200 OK</status></propstat>"
        "</response>"
        "<response><href>/lead/contacts/</href><propstat><prop><displayname>Contacts"
        "</displayname><resourcetype><collection/></resourcetype></prop>"
        "<status>HTTP/1.1 200 OK</status></propstat></response></multistatus>");
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
    const auto &responses = parsed.value().responses;
    QCOMPARE(responses.size(), std::size_t{3});
    QVERIFY(!responses[0].isCalendar);
    QVERIFY(responses[1].isCalendar);
    QCOMPARE(responses[1].displayName, QStringLiteral("Work & life"));
    QCOMPARE(responses[1].components, QStringList({"VEVENT", "VTODO"}));
    QVERIFY(!responses[2].isCalendar);
    QCOMPARE(responses[2].displayName, QStringLiteral("Contacts"));
    // The request asks for exactly those three properties.
    const QByteArray body = calendarListPropfind();
    QVERIFY(body.contains("displayname"));
    QVERIFY(body.contains("resourcetype"));
    QVERIFY(body.contains("supported-calendar-component-set"));
    const ServerCalendar anyComponents;
    QVERIFY(anyComponents.holdsEvents());
    ServerCalendar tasksOnly;
    tasksOnly.components = QStringList{QStringLiteral("VTODO")};
    QVERIFY(!tasksOnly.holdsEvents());
}

QTEST_GUILESS_MAIN(TestCalendarMap)
#include "tst_calendar_map.moc"
