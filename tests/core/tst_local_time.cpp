// The DST rule (local_time.h, DESIGN.md "Expansion"): a skipped reading is read
// with the offset before the gap, a repeated one means the first occurrence.
//
// Every expected instant is a hand calculation: local reading minus the UTC
// offset in force (the one before the transition for skipped readings).
// Transition instants of 2026 used below:
//   America/New_York    2026-03-08 02:00 EST(-5) -> 03:00 EDT(-4)  = 07:00Z
//                       2026-11-01 02:00 EDT(-4) -> 01:00 EST(-5)  = 06:00Z
//   Europe/Berlin       2026-03-29 02:00 CET(+1) -> 03:00 CEST(+2) = 01:00Z
//                       2026-10-25 03:00 CEST    -> 02:00 CET      = 01:00Z
//   Europe/London       2026-03-29 01:00 GMT     -> 02:00 BST(+1)  = 01:00Z
//   Australia/Sydney    2026-04-05 03:00 AEDT(+11) -> 02:00 AEST(+10) = 04-04 16:00Z
//                       2026-10-04 02:00 AEST -> 03:00 AEDT           = 10-03 16:00Z
//   Australia/Adelaide  2026-04-05 03:00 ACDT(+10:30) -> 02:00 ACST(+9:30) = 04-04 16:30Z
//                       2026-10-04 02:00 ACST -> 03:00 ACDT                = 10-03 16:30Z
//   Australia/Lord_Howe 2026-04-05 02:00 (+11) -> 01:30 (+10:30) = 04-04 15:00Z
//                       2026-10-04 02:00 (+10:30) -> 02:30 (+11) = 10-03 15:30Z
//   Pacific/Chatham     2026-04-05 03:45 (+13:45) -> 02:45 (+12:45) = 04-04 14:00Z
//                       2026-09-27 02:45 (+12:45) -> 03:45 (+13:45) = 09-26 14:00Z
//   Asia/Kolkata +5:30, Asia/Kathmandu +5:45, America/Sao_Paulo -3: no DST.

#include "plan_builder.h"

#include "sunrelay/core/local_time.h"

#include <QTest>

#include <random>

using namespace sunrelay;
using namespace sunrelay::test;

Q_DECLARE_METATYPE(sunrelay::LocalTimeKind)

namespace
{

QString kindName(LocalTimeKind kind)
{
    switch (kind) {
    case LocalTimeKind::Unique:
        return QStringLiteral("unique");
    case LocalTimeKind::Skipped:
        return QStringLiteral("skipped");
    case LocalTimeKind::Repeated:
        return QStringLiteral("repeated");
    }
    return QStringLiteral("?");
}

} // namespace

class TestLocalTime : public QObject
{
    Q_OBJECT

private slots:
    void findZone_data();
    void findZone();
    void defaultZoneIsUtc();

    void resolve_data();
    void resolve();
    void chooseEarliestDiffersInTheGap();

    void toLocal_data();
    void toLocal();

    void resolverMatchesResolveLocalTime_data();
    void resolverMatchesResolveLocalTime();
};

void TestLocalTime::findZone_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("found");

    QTest::newRow("canonical Europe/Berlin") << "Europe/Berlin" << true;
    QTest::newRow("link Asia/Calcutta") << "Asia/Calcutta" << true;
    QTest::newRow("Pacific/Chatham") << "Pacific/Chatham" << true;
    QTest::newRow("typo Europe/Berlim") << "Europe/Berlim" << false;
    QTest::newRow("empty name") << "" << false;
    QTest::newRow("lower case europe/berlin") << "europe/berlin" << false;
}

void TestLocalTime::findZone()
{
    QFETCH(QString, name);
    QFETCH(bool, found);
    const auto zone = TimeZone::find(name.toStdString());
    QCOMPARE(zone.has_value(), found);
    if (found) // remembered as asked for, so a link round-trips as written
        QCOMPARE(QString::fromStdString(zone->name()), name);
}

void TestLocalTime::defaultZoneIsUtc()
{
    const TimeZone zone;
    QCOMPARE(zone, TimeZone::utc());
    // 2026-07-01 12:00 in UTC is 12:00Z whatever the season.
    QCOMPARE(iso(resolveLocalTime(zone, local("2026-07-01T12:00")).instant),
             QStringLiteral("2026-07-01T12:00Z"));
}

void TestLocalTime::resolve_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("reading");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<LocalTimeKind>("kind");

    const auto U = LocalTimeKind::Unique;
    const auto S = LocalTimeKind::Skipped;
    const auto R = LocalTimeKind::Repeated;

    // --- America/New_York
    // 09:00 EST (-5) = 14:00Z
    QTest::newRow("New_York winter 09:00 EST") << "America/New_York"
                                               << "2026-01-15T09:00"
                                               << "2026-01-15T14:00Z" << U;
    // 01:59 is still EST on spring-forward day: 06:59Z
    QTest::newRow("New_York 01:59 before the gap") << "America/New_York"
                                                   << "2026-03-08T01:59"
                                                   << "2026-03-08T06:59Z" << U;
    // 02:00 does not exist; read with EST: 07:00Z (= 03:00 EDT)
    QTest::newRow("New_York 02:00 first skipped reading") << "America/New_York"
                                                          << "2026-03-08T02:00"
                                                          << "2026-03-08T07:00Z" << S;
    // The DESIGN.md example: 02:30 - (-5 h) = 07:30Z = 03:30 EDT
    QTest::newRow("New_York 02:30 in the spring-forward gap") << "America/New_York"
                                                              << "2026-03-08T02:30"
                                                              << "2026-03-08T07:30Z" << S;
    // 02:59 + 5 h = 07:59Z (= 03:59 EDT)
    QTest::newRow("New_York 02:59 last skipped minute") << "America/New_York"
                                                        << "2026-03-08T02:59"
                                                        << "2026-03-08T07:59Z" << S;
    // 03:00 EDT (-4) = 07:00Z: the first reading after the gap
    QTest::newRow("New_York 03:00 after the gap") << "America/New_York"
                                                  << "2026-03-08T03:00"
                                                  << "2026-03-08T07:00Z" << U;
    // 00:59 EDT on fall-back day = 04:59Z, occurs once
    QTest::newRow("New_York 00:59 before the repeat") << "America/New_York"
                                                      << "2026-11-01T00:59"
                                                      << "2026-11-01T04:59Z" << U;
    // 01:00 occurs at 05:00Z (EDT) and 06:00Z (EST): first is 05:00Z
    QTest::newRow("New_York 01:00 first repeated reading") << "America/New_York"
                                                           << "2026-11-01T01:00"
                                                           << "2026-11-01T05:00Z" << R;
    // The DESIGN.md example: 01:30 EDT = 05:30Z (not 06:30Z)
    QTest::newRow("New_York 01:30 in the repeated hour") << "America/New_York"
                                                         << "2026-11-01T01:30"
                                                         << "2026-11-01T05:30Z" << R;
    QTest::newRow("New_York 01:59 last repeated minute") << "America/New_York"
                                                         << "2026-11-01T01:59"
                                                         << "2026-11-01T05:59Z" << R;
    // 02:00 EST (-5) = 07:00Z, once
    QTest::newRow("New_York 02:00 after the repeat") << "America/New_York"
                                                     << "2026-11-01T02:00"
                                                     << "2026-11-01T07:00Z" << U;
    // US/EU mismatch week: 09:00 EDT (-4) = 13:00Z already on 2026-03-09
    QTest::newRow("New_York mismatch week 09:00 EDT") << "America/New_York"
                                                      << "2026-03-09T09:00"
                                                      << "2026-03-09T13:00Z" << U;

    // --- Europe/Berlin
    // 09:00 CET (+1) = 08:00Z, still CET in the mismatch week
    QTest::newRow("Berlin mismatch week 09:00 CET") << "Europe/Berlin"
                                                    << "2026-03-09T09:00"
                                                    << "2026-03-09T08:00Z" << U;
    // 02:30 does not exist on 2026-03-29; CET: 01:30Z (= 03:30 CEST)
    QTest::newRow("Berlin 02:30 in the spring-forward gap") << "Europe/Berlin"
                                                            << "2026-03-29T02:30"
                                                            << "2026-03-29T01:30Z" << S;
    // 09:00 CEST (+2) = 07:00Z
    QTest::newRow("Berlin spring-forward day 09:00 CEST") << "Europe/Berlin"
                                                          << "2026-03-29T09:00"
                                                          << "2026-03-29T07:00Z" << U;
    // 02:30 occurs at 00:30Z (CEST) and 01:30Z (CET): first 00:30Z
    QTest::newRow("Berlin 02:30 in the repeated hour") << "Europe/Berlin"
                                                       << "2026-10-25T02:30"
                                                       << "2026-10-25T00:30Z" << R;
    // 03:00 CET = 02:00Z, once
    QTest::newRow("Berlin 03:00 after the repeat") << "Europe/Berlin"
                                                   << "2026-10-25T03:00"
                                                   << "2026-10-25T02:00Z" << U;
    // Oct/Nov mismatch week: Berlin back on CET, 09:00 = 08:00Z on 2026-10-26
    QTest::newRow("Berlin Oct mismatch week 09:00 CET") << "Europe/Berlin"
                                                        << "2026-10-26T09:00"
                                                        << "2026-10-26T08:00Z" << U;
    // ... while New York is still EDT: 09:00 = 13:00Z
    QTest::newRow("New_York Oct mismatch week 09:00 EDT") << "America/New_York"
                                                          << "2026-10-26T09:00"
                                                          << "2026-10-26T13:00Z" << U;

    // --- Europe/London: gap at 01:00-02:00 local, offset 0 before it
    QTest::newRow("London 01:30 in the spring-forward gap") << "Europe/London"
                                                            << "2026-03-29T01:30"
                                                            << "2026-03-29T01:30Z" << S;
    // 01:30 occurs at 00:30Z (BST) and 01:30Z (GMT)
    QTest::newRow("London 01:30 in the repeated hour") << "Europe/London"
                                                       << "2026-10-25T01:30"
                                                       << "2026-10-25T00:30Z" << R;

    // --- Australia/Sydney (southern hemisphere)
    // 09:00 AEDT (+11) on 2026-01-15 = 01-14 22:00Z
    QTest::newRow("Sydney summer 09:00 AEDT") << "Australia/Sydney"
                                              << "2026-01-15T09:00"
                                              << "2026-01-14T22:00Z" << U;
    // DST ends 2026-04-05: 02:30 occurs twice; first is AEDT: 02:30 - 11 h = 04-04 15:30Z
    QTest::newRow("Sydney 02:30 repeated when DST ends") << "Australia/Sydney"
                                                         << "2026-04-05T02:30"
                                                         << "2026-04-04T15:30Z" << R;
    // 03:00 AEST (+10) = 04-04 17:00Z
    QTest::newRow("Sydney 03:00 after the repeat") << "Australia/Sydney"
                                                   << "2026-04-05T03:00"
                                                   << "2026-04-04T17:00Z" << U;
    // 09:00 AEST (+10) on 2026-07-01 = 06-30 23:00Z
    QTest::newRow("Sydney winter 09:00 AEST") << "Australia/Sydney"
                                              << "2026-07-01T09:00"
                                              << "2026-06-30T23:00Z" << U;
    // DST starts 2026-10-04: 02:30 skipped, read with AEST: 10-03 16:30Z (= 03:30 AEDT)
    QTest::newRow("Sydney 02:30 skipped when DST starts") << "Australia/Sydney"
                                                          << "2026-10-04T02:30"
                                                          << "2026-10-03T16:30Z" << S;

    // --- Australia/Adelaide (half-hour zone with DST)
    // 02:30 twice on 2026-04-05; first ACDT (+10:30): 04-04 16:00Z
    QTest::newRow("Adelaide 02:30 repeated") << "Australia/Adelaide"
                                             << "2026-04-05T02:30"
                                             << "2026-04-04T16:00Z" << R;
    // 09:00 ACST (+9:30) = 06-30 23:30Z
    QTest::newRow("Adelaide winter 09:00 ACST") << "Australia/Adelaide"
                                                << "2026-07-01T09:00"
                                                << "2026-06-30T23:30Z" << U;
    // 02:15 skipped on 2026-10-04, read with ACST: 02:15 - 9:30 = 10-03 16:45Z
    QTest::newRow("Adelaide 02:15 skipped") << "Australia/Adelaide"
                                            << "2026-10-04T02:15"
                                            << "2026-10-03T16:45Z" << S;

    // --- Australia/Lord_Howe (30-minute DST)
    // 01:45 twice on 2026-04-05; first +11: 04-04 14:45Z
    QTest::newRow("Lord_Howe 01:45 repeated") << "Australia/Lord_Howe"
                                              << "2026-04-05T01:45"
                                              << "2026-04-04T14:45Z" << R;
    // 01:29 is before the repeated half hour: +11 -> 04-04 14:29Z
    QTest::newRow("Lord_Howe 01:29 before the repeat") << "Australia/Lord_Howe"
                                                       << "2026-04-05T01:29"
                                                       << "2026-04-04T14:29Z" << U;
    // 02:00 +10:30 = 04-04 15:30Z, once
    QTest::newRow("Lord_Howe 02:00 after the repeat") << "Australia/Lord_Howe"
                                                      << "2026-04-05T02:00"
                                                      << "2026-04-04T15:30Z" << U;
    // 02:15 skipped on 2026-10-04 (02:00 -> 02:30), read with +10:30: 10-03 15:45Z
    QTest::newRow("Lord_Howe 02:15 skipped") << "Australia/Lord_Howe"
                                             << "2026-10-04T02:15"
                                             << "2026-10-03T15:45Z" << S;
    // 02:30 +11 = 10-03 15:30Z
    QTest::newRow("Lord_Howe 02:30 after the gap") << "Australia/Lord_Howe"
                                                   << "2026-10-04T02:30"
                                                   << "2026-10-03T15:30Z" << U;

    // --- Pacific/Chatham (+12:45 / +13:45)
    // 09:00 +13:45 on 2026-01-15 = 01-14 19:15Z
    QTest::newRow("Chatham summer 09:00 +13:45") << "Pacific/Chatham"
                                                 << "2026-01-15T09:00"
                                                 << "2026-01-14T19:15Z" << U;
    // 03:00 twice on 2026-04-05 (03:45 -> 02:45); first +13:45: 04-04 13:15Z
    QTest::newRow("Chatham 03:00 repeated") << "Pacific/Chatham"
                                            << "2026-04-05T03:00"
                                            << "2026-04-04T13:15Z" << R;
    // 03:00 skipped on 2026-09-27 (02:45 -> 03:45), read with +12:45: 09-26 14:15Z
    QTest::newRow("Chatham 03:00 skipped") << "Pacific/Chatham"
                                           << "2026-09-27T03:00"
                                           << "2026-09-26T14:15Z" << S;
    // 09:00 +12:45 on 2026-07-01 = 06-30 20:15Z
    QTest::newRow("Chatham winter 09:00 +12:45") << "Pacific/Chatham"
                                                 << "2026-07-01T09:00"
                                                 << "2026-06-30T20:15Z" << U;

    // --- no DST
    // Kolkata +5:30: 09:00 = 03:30Z, also on the US and EU DST days
    QTest::newRow("Kolkata 09:00") << "Asia/Kolkata"
                                   << "2026-03-08T09:00"
                                   << "2026-03-08T03:30Z" << U;
    QTest::newRow("Kolkata 02:30 on US fall-back day") << "Asia/Kolkata"
                                                       << "2026-11-01T02:30"
                                                       << "2026-10-31T21:00Z" << U;
    // Link Asia/Calcutta is the same zone
    QTest::newRow("Calcutta link 09:00") << "Asia/Calcutta"
                                         << "2026-06-15T09:00"
                                         << "2026-06-15T03:30Z" << U;
    // Kathmandu +5:45: 09:00 = 03:15Z
    QTest::newRow("Kathmandu 09:00") << "Asia/Kathmandu"
                                     << "2026-06-15T09:00"
                                     << "2026-06-15T03:15Z" << U;
    // Sao Paulo -3 all year since 2019; its old DST started first Sunday of
    // November at 00:00: 00:30 = 03:30Z, unique
    QTest::newRow("Sao_Paulo 00:30 on former DST day") << "America/Sao_Paulo"
                                                       << "2026-11-01T00:30"
                                                       << "2026-11-01T03:30Z" << U;
    // Its old DST ended in February: 23:30 = 02-16 02:30Z, unique
    QTest::newRow("Sao_Paulo 23:30 in February") << "America/Sao_Paulo"
                                                 << "2026-02-15T23:30"
                                                 << "2026-02-16T02:30Z" << U;
}

void TestLocalTime::resolve()
{
    QFETCH(QString, zone);
    QFETCH(QString, reading);
    QFETCH(QString, expected);
    QFETCH(LocalTimeKind, kind);

    const TimeZone tz = sunrelay::test::zone(zone);
    const LocalTimeLookup lookup = resolveLocalTime(tz, local(reading));
    QCOMPARE(iso(lookup.instant), expected);
    QCOMPARE(kindName(lookup.kind), kindName(kind));

    // A fresh resolver gives the same answer, and so does one that has
    // already cached the period of a reading a day earlier.
    LocalTimeResolver fresh(tz);
    QCOMPARE(fresh.resolve(local(reading)), lookup);
    LocalTimeResolver warmed(tz);
    warmed.resolve(local(reading) - date::days{1});
    QCOMPARE(warmed.resolve(local(reading)), lookup);
    QCOMPARE(warmed.zone(), tz);
}

void TestLocalTime::chooseEarliestDiffersInTheGap()
{
    // local_time.h: date's choose::earliest returns the transition instant
    // itself (07:00Z) for 02:30 on 2026-03-08; the rule reads it with the
    // offset before the gap: 07:30Z.
    const TimeZone ny = zone(QStringLiteral("America/New_York"));
    const LocalTime reading = local(QStringLiteral("2026-03-08T02:30"));
    const Instant earliest = ny.tz().to_sys(reading, date::choose::earliest);
    QCOMPARE(iso(earliest), QStringLiteral("2026-03-08T07:00Z"));
    QCOMPARE(iso(resolveLocalTime(ny, reading).instant), QStringLiteral("2026-03-08T07:30Z"));
    // And applyDstRule works on any local_info the tz database gives.
    QCOMPARE(applyDstRule(reading, ny.tz().get_info(reading)),
             (LocalTimeLookup{utc(QStringLiteral("2026-03-08T07:30Z")), LocalTimeKind::Skipped}));
}

void TestLocalTime::toLocal_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QString>("expected");

    // 07:30Z is 03:30 EDT: the reading the skipped 02:30 stands for
    QTest::newRow("New_York after the gap") << "America/New_York"
                                            << "2026-03-08T07:30Z"
                                            << "2026-03-08T03:30";
    // 05:30Z = 01:30 EDT, 06:30Z = 01:30 EST: both show 01:30
    QTest::newRow("New_York first 01:30") << "America/New_York"
                                          << "2026-11-01T05:30Z"
                                          << "2026-11-01T01:30";
    QTest::newRow("New_York second 01:30") << "America/New_York"
                                           << "2026-11-01T06:30Z"
                                           << "2026-11-01T01:30";
    // 12:00Z + 13:45 = 2026-01-16 01:45
    QTest::newRow("Chatham crosses the date") << "Pacific/Chatham"
                                              << "2026-01-15T12:00Z"
                                              << "2026-01-16T01:45";
    // 12:00Z + 5:45 = 17:45
    QTest::newRow("Kathmandu") << "Asia/Kathmandu"
                               << "2026-06-15T12:00Z"
                               << "2026-06-15T17:45";
}

void TestLocalTime::toLocal()
{
    QFETCH(QString, zone);
    QFETCH(QString, instant);
    QFETCH(QString, expected);
    QVERIFY(sunrelay::toLocal(sunrelay::test::zone(zone), utc(instant)) == local(expected));
}

void TestLocalTime::resolverMatchesResolveLocalTime_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("year");

    for (const char *name : {"Australia/Lord_Howe",
                             "Pacific/Chatham",
                             "Australia/Sydney",
                             "America/New_York",
                             "Europe/Berlin",
                             "Asia/Kathmandu",
                             "Australia/Adelaide",
                             "Asia/Kolkata",
                             "America/Sao_Paulo",
                             "Europe/London",
                             "America/St_Johns",
                             "Pacific/Auckland"})
        QTest::newRow(name) << name << 2026;
    // Samoa skipped the whole of 2011-12-30: a jump of 24 h for the cache.
    QTest::newRow("Pacific/Apia 2011 (skipped day)") << "Pacific/Apia" << 2011;
    // Sao Paulo still had DST in 2018 (gap at 00:00 in November).
    QTest::newRow("America/Sao_Paulo 2018 (last DST)") << "America/Sao_Paulo" << 2018;
}

void TestLocalTime::resolverMatchesResolveLocalTime()
{
    QFETCH(QString, zone);
    QFETCH(int, year);
    const TimeZone tz = sunrelay::test::zone(zone);

    // Every 15 minutes of local time in the year (and a day either side), in
    // order: the resolver's cache is exercised across every transition.
    const LocalTime first = LocalTime{LocalDate{date::year{year} / 1 / 1}} - date::days{1};
    const LocalTime last = LocalTime{LocalDate{date::year{year + 1} / 1 / 1}} + date::days{1};
    std::vector<LocalTime> readings;
    for (LocalTime t = first; t < last; t += Minutes{15})
        readings.push_back(t);

    int skipped = 0;
    int repeated = 0;
    LocalTimeResolver inOrder(tz);
    for (const LocalTime t : readings) {
        const LocalTimeLookup expected = resolveLocalTime(tz, t);
        const LocalTimeLookup got = inOrder.resolve(t);
        if (got != expected)
            QFAIL(qPrintable(QStringLiteral("%1: reading %2 min since epoch: resolver %3 (%4), "
                                            "resolveLocalTime %5 (%6)")
                                 .arg(zone)
                                 .arg(date::floor<Minutes>(t.time_since_epoch()).count())
                                 .arg(iso(got.instant),
                                      kindName(got.kind),
                                      iso(expected.instant),
                                      kindName(expected.kind))));
        skipped += expected.kind == LocalTimeKind::Skipped;
        repeated += expected.kind == LocalTimeKind::Repeated;
    }

    // Backwards and in a shuffled order too: the cache must not assume order.
    LocalTimeResolver backwards(tz);
    for (auto it = readings.rbegin(); it != readings.rend(); ++it)
        QCOMPARE(backwards.resolve(*it), resolveLocalTime(tz, *it));
    std::mt19937 random(20260308u);
    std::shuffle(readings.begin(), readings.end(), random);
    LocalTimeResolver shuffled(tz);
    for (const LocalTime t : readings)
        QCOMPARE(shuffled.resolve(t), resolveLocalTime(tz, t));

    // Sanity of the sweep itself: a zone with DST has a gap and a repeat.
    // (Lord_Howe: 2 quarter hours each; Chatham and the others: 4; Apia 2011:
    // a whole skipped day of 96, plus its DST changes.)
    const bool hasDst = zone != QLatin1String("Asia/Kathmandu")
        && zone != QLatin1String("Asia/Kolkata")
        && !(zone == QLatin1String("America/Sao_Paulo") && year == 2026);
    if (hasDst) {
        QVERIFY(skipped >= 2);
        QVERIFY(repeated >= 2);
    } else {
        QCOMPARE(skipped, 0);
        QCOMPARE(repeated, 0);
    }
    if (zone == QLatin1String("Australia/Lord_Howe")) {
        QCOMPARE(skipped, 2); // 02:00, 02:15 on 2026-10-04
        QCOMPARE(repeated, 2); // 01:30, 01:45 on 2026-04-05
    }
}

QTEST_GUILESS_MAIN(TestLocalTime)
#include "tst_local_time.moc"
