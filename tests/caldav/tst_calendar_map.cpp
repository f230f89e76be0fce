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
    void keysMustNameThePlansCalendars();
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
    QVERIFY2(map, map ? "" : qPrintable(map.error()));
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
    QVERIFY2(map.error().startsWith(expected), qPrintable(map.error()));
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
    QCOMPARE(checkCalendarMap(typo.value(), plan),
             QStringLiteral("line 2: the plan has no member \"ana\""));
    const auto region = parseCalendarMap(QStringLiteral("region:europe = /e/\n"), server);
    QVERIFY(region);
    QCOMPARE(checkCalendarMap(region.value(), plan),
             QStringLiteral("line 1: the plan has no region \"europe\""));
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
