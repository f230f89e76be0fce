// UTC-offset changes of a zone (zone_transition.h).
//
// Expected transitions are hand-checked against the tz database source
// (tzdata "europe", "australasia", "northamerica", "southamerica", "asia"):
//   Europe/Berlin       EU rule: last Sunday of March/October at 01:00 UTC
//                       2026-03-29 01:00Z CET(+1)  -> CEST(+2): 02:00 -> 03:00
//                       2026-10-25 01:00Z CEST(+2) -> CET(+1):  03:00 -> 02:00
//   America/New_York    2026-03-08 02:00 EST(-5) -> 03:00 EDT(-4) = 07:00Z
//                       2026-11-01 02:00 EDT(-4) -> 01:00 EST(-5) = 06:00Z
//   Australia/Lord_Howe 30-minute DST, abbreviations are numeric:
//                       2026-04-05 02:00 +11   -> 01:30 +1030 = 04-04 15:00Z
//                       2026-10-04 02:00 +1030 -> 02:30 +11   = 10-03 15:30Z
//   America/Sao_Paulo   last change 2019-02-17 00:00 -02 -> 2019-02-16 23:00 -03
//                       = 2019-02-17 02:00Z; no DST since.
//   Asia/Kolkata        +5:30 (IST) since 1945-10-14: nothing to report.

#include "plan_builder.h"

#include "sunrelay/core/zone_transition.h"

#include <QTest>

#include <chrono>

using namespace sunrelay;
using namespace sunrelay::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{

TimeZone zone(const char *name)
{
    const auto found = TimeZone::find(name);
    if (!found)
        qFatal("test data: unknown zone %s", name);
    return *found;
}

Interval year2026()
{
    return {utc(u"2026-01-01T00:00Z"_s), utc(u"2027-01-01T00:00Z"_s)};
}

} // namespace

class TestZoneTransition : public QObject
{
    Q_OBJECT

private slots:
    void berlin();
    void newYork();
    void lordHoweHalfHour();
    void kolkataHasNone();
    void saoPauloStoppedIn2019();
    void rangeIsHalfOpen();
    void nextIsStrictlyAfter();
    void linkNamesWork();
};

void TestZoneTransition::berlin()
{
    const auto transitions = zoneTransitions(zone("Europe/Berlin"), year2026());
    QCOMPARE(transitions.size(), std::size_t{2});
    const ZoneTransition spring{utc(u"2026-03-29T01:00Z"_s), 1h, 2h, "CET", "CEST"};
    const ZoneTransition autumn{utc(u"2026-10-25T01:00Z"_s), 2h, 1h, "CEST", "CET"};
    QVERIFY(transitions[0] == spring);
    QVERIFY(transitions[1] == autumn);

    QCOMPARE(spring.change(), Seconds{3600});
    QCOMPARE(spring.localBefore(), local(u"2026-03-29T02:00"_s));
    QCOMPARE(spring.localAfter(), local(u"2026-03-29T03:00"_s));
    QCOMPARE(autumn.change(), Seconds{-3600});
    QCOMPARE(autumn.localBefore(), local(u"2026-10-25T03:00"_s));
    QCOMPARE(autumn.localAfter(), local(u"2026-10-25T02:00"_s));
}

void TestZoneTransition::newYork()
{
    const auto transitions = zoneTransitions(zone("America/New_York"), year2026());
    QCOMPARE(transitions.size(), std::size_t{2});
    QVERIFY(
        (transitions[0] == ZoneTransition{utc(u"2026-03-08T07:00Z"_s), -5h, -4h, "EST", "EDT"}));
    QVERIFY(
        (transitions[1] == ZoneTransition{utc(u"2026-11-01T06:00Z"_s), -4h, -5h, "EDT", "EST"}));
}

void TestZoneTransition::lordHoweHalfHour()
{
    const auto transitions = zoneTransitions(zone("Australia/Lord_Howe"), year2026());
    QCOMPARE(transitions.size(), std::size_t{2});
    QVERIFY((transitions[0]
             == ZoneTransition{utc(u"2026-04-04T15:00Z"_s), 11h, 10h + 30min, "+11", "+1030"}));
    QVERIFY((transitions[1]
             == ZoneTransition{utc(u"2026-10-03T15:30Z"_s), 10h + 30min, 11h, "+1030", "+11"}));
    QCOMPARE(transitions[0].change(), Seconds{-1800});
    QCOMPARE(transitions[0].localBefore(), local(u"2026-04-05T02:00"_s));
    QCOMPARE(transitions[0].localAfter(), local(u"2026-04-05T01:30"_s));
}

void TestZoneTransition::kolkataHasNone()
{
    const TimeZone kolkata = zone("Asia/Kolkata");
    QVERIFY(zoneTransitions(kolkata, year2026()).empty());
    QVERIFY(!nextTransition(kolkata, utc(u"2026-01-01T00:00Z"_s)).has_value());
}

void TestZoneTransition::saoPauloStoppedIn2019()
{
    const TimeZone saoPaulo = zone("America/Sao_Paulo");
    const auto last = nextTransition(saoPaulo, utc(u"2019-01-01T00:00Z"_s));
    QVERIFY(last.has_value());
    QVERIFY((*last == ZoneTransition{utc(u"2019-02-17T02:00Z"_s), -2h, -3h, "-02", "-03"}));
    QVERIFY(!nextTransition(saoPaulo, last->at).has_value());
    QVERIFY(zoneTransitions(saoPaulo, year2026()).empty());
}

void TestZoneTransition::rangeIsHalfOpen()
{
    const TimeZone berlin = zone("Europe/Berlin");
    const Instant spring = utc(u"2026-03-29T01:00Z"_s);
    QCOMPARE(zoneTransitions(berlin, {spring, spring + 1h}).size(), std::size_t{1});
    QVERIFY(zoneTransitions(berlin, {spring - 1h, spring}).empty());
    QVERIFY(zoneTransitions(berlin, {spring, spring}).empty());
}

void TestZoneTransition::nextIsStrictlyAfter()
{
    const TimeZone berlin = zone("Europe/Berlin");
    const Instant spring = utc(u"2026-03-29T01:00Z"_s);
    QCOMPARE(nextTransition(berlin, spring - 1s)->at, spring);
    QCOMPARE(nextTransition(berlin, spring)->at, utc(u"2026-10-25T01:00Z"_s));
}

void TestZoneTransition::linkNamesWork()
{
    // Asia/Calcutta is a link to Asia/Kolkata; Europe/Busingen links to
    // Europe/Zurich (same EU rules as Berlin since 1981).
    QVERIFY(zoneTransitions(zone("Asia/Calcutta"), year2026()).empty());
    const auto busingen = zoneTransitions(zone("Europe/Busingen"), year2026());
    QCOMPARE(busingen.size(), std::size_t{2});
    QCOMPARE(busingen[0].at, utc(u"2026-03-29T01:00Z"_s));
}

QTEST_GUILESS_MAIN(TestZoneTransition)
#include "tst_zone_transition.moc"
