// Per-day coverage in a reference zone (daily_coverage.h).
//
// Hand calculations. Offsets: Berlin CET +1 until 2027-03-28 02:00 local,
// CEST +2 after; New York EST -5 until 2027-03-14 02:00 local, EDT -4 after;
// Tokyo +9 all year. 2027-03-08 is a Monday, 2027-03-28 a Sunday.
//
// The plan: EMEA anna, Berlin Mon-Fri 09:00-17:30; AMER nia, New York Mon-Fri
// 09:00-17:00.
//   Mon 03-08: EMEA 08:00-16:30Z, AMER 14:00-22:00Z (EST).
//   Fri 03-26: EMEA 08:00-16:30Z (CET), AMER 13:00-21:00Z (EDT).
//   Mon 03-29: EMEA 07:00-15:30Z (CEST), AMER 13:00-21:00Z (EDT).

#include "plan_builder.h"

#include "sunrelay/core/daily_coverage.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;
using namespace std::chrono_literals;

namespace
{
Plan berlinNewYork()
{
    return PlanBuilder()
        .region("emea")
        .region("amer")
        .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:30")
        .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:00")
        .build();
}

const DailyCoverage &entryFor(const std::vector<DailyCoverage> &days, const QString &date)
{
    for (const DailyCoverage &d : days)
        if (d.date == day(date))
            return d;
    qFatal("no entry for %s", qPrintable(date));
}
} // namespace

class TestDailyCoverage : public QObject
{
    Q_OBJECT

private slots:
    void oneEntryPerLocalDate();
    void dayLengthFollowsDst();
    void coveredAndGapInTheReferenceDay();
    void gapHandoffWaits();
    void regionLoadFromRoutedSegments();
    void loadSplitAtTheReferenceMidnight();
    void emptyRange();
};

void TestDailyCoverage::oneEntryPerLocalDate()
{
    const auto days = dailyCoverage(berlinNewYork(),
                                    zone("Europe/Berlin"),
                                    day("2027-03-08"),
                                    day("2027-03-14"),
                                    {});
    QCOMPARE(days.size(), std::size_t{7});
    QCOMPARE(days.front().date, day("2027-03-08"));
    QCOMPARE(days.back().date, day("2027-03-14"));
}

void TestDailyCoverage::dayLengthFollowsDst()
{
    const auto days = dailyCoverage(berlinNewYork(),
                                    zone("Europe/Berlin"),
                                    day("2027-03-27"),
                                    day("2027-03-29"),
                                    {});
    // Sat 27: 00:00 CET = 26T23:00Z .. 28T00:00 CET = 27T23:00Z: 24 h.
    QCOMPARE(iso(days[0].day), QStringLiteral("2027-03-26T23:00Z/2027-03-27T23:00Z"));
    // Sun 28 (clocks go 02:00 -> 03:00): 27T23:00Z .. 29T00:00 CEST = 28T22:00Z: 23 h.
    QCOMPARE(iso(days[1].day), QStringLiteral("2027-03-27T23:00Z/2027-03-28T22:00Z"));
    QCOMPARE(days[1].day.length(), Seconds{23h});
    // Nobody works on Sunday: all 23 h are gap.
    QCOMPARE(days[1].covered, Seconds{0});
    QCOMPARE(days[1].gap, Seconds{23h});
    QCOMPARE(days[1].coveredShare(), 0.0);

    // New York's fall-back Sunday 2027-11-07 is 25 h: 04:00Z .. 05:00Z next day.
    const auto fall = dailyCoverage(berlinNewYork(),
                                    zone("America/New_York"),
                                    day("2027-11-07"),
                                    day("2027-11-07"),
                                    {});
    QCOMPARE(iso(fall[0].day), QStringLiteral("2027-11-07T04:00Z/2027-11-08T05:00Z"));
    QCOMPARE(fall[0].gap, Seconds{25h});
}

void TestDailyCoverage::coveredAndGapInTheReferenceDay()
{
    const auto days = dailyCoverage(berlinNewYork(),
                                    zone("Europe/Berlin"),
                                    day("2027-03-08"),
                                    day("2027-03-29"),
                                    {});
    // Mon 03-08, day 07T23:00Z..08T23:00Z: union 08:00-22:00Z = 14 h, gap 10 h.
    const DailyCoverage &monday = entryFor(days, "2027-03-08");
    QCOMPARE(monday.covered, Seconds{14h});
    QCOMPARE(monday.gap, Seconds{10h});
    QCOMPARE(monday.coveredShare(), 14.0 / 24.0);
    // Fri 03-26: union 08:00-21:00Z = 13 h of 24.
    QCOMPARE(entryFor(days, "2027-03-26").covered, Seconds{13h});
    // Mon 03-29, day 28T22:00Z..29T22:00Z: union 07:00-21:00Z = 14 h.
    QCOMPARE(entryFor(days, "2027-03-29").covered, Seconds{14h});
    QCOMPARE(entryFor(days, "2027-03-29").gap, Seconds{10h});
}

void TestDailyCoverage::gapHandoffWaits()
{
    const auto days = dailyCoverage(berlinNewYork(),
                                    zone("Europe/Berlin"),
                                    day("2027-03-08"),
                                    day("2027-03-29"),
                                    {});
    // Mon 03-08: EMEA -> AMER at 16:30Z is an overlap handoff (not counted);
    // AMER -> EMEA at 22:00Z (23:00 Berlin, still Monday) waits until Tue
    // 08:00Z: 10 h.
    const DailyCoverage &monday = entryFor(days, "2027-03-08");
    QCOMPARE(monday.gapHandoffs, std::size_t{1});
    QCOMPARE(monday.averageWait, std::optional<Seconds>{10h});
    // Fri 03-26: AMER -> EMEA at 21:00Z, EMEA picks up Mon 03-29 07:00Z
    // (CEST): 3 days less 14 h = 58 h.
    QCOMPARE(entryFor(days, "2027-03-26").averageWait, std::optional<Seconds>{58h});
    // Saturday: no handoff, no average.
    QCOMPARE(entryFor(days, "2027-03-27").gapHandoffs, std::size_t{0});
    QCOMPARE(entryFor(days, "2027-03-27").averageWait, std::nullopt);
}

void TestDailyCoverage::regionLoadFromRoutedSegments()
{
    // A 10 h task placed in EMEA Mon 03-08 08:00Z: anna 08:00-16:30Z (8 h
    // 30 min), handoff to AMER at 16:30Z, nia 16:30-18:00Z (1 h 30 min).
    const Plan plan = PlanBuilder()
                          .region("emea")
                          .region("amer")
                          .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:30")
                          .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:00")
                          .task("T-1", 10, 1, "2027-03-08T08:00Z", "emea")
                          .build();
    const auto days = dailyCoverage(plan,
                                    zone("Europe/Berlin"),
                                    day("2027-03-08"),
                                    day("2027-03-09"),
                                    routePlan(plan).routes);
    QCOMPARE(days[0].regionLoad, (std::vector<Seconds>{8h + 30min, 1h + 30min}));
    QCOMPARE(days[1].regionLoad, (std::vector<Seconds>{0s, 0s}));
}

void TestDailyCoverage::loadSplitAtTheReferenceMidnight()
{
    // A 16 h task from Mon 03-08 08:00Z: anna 08:00-16:30Z (8 h 30 min), nia
    // 16:30-22:00Z (5 h 30 min), anna Tue 08:00-10:00Z (2 h).
    // In Tokyo (+9) Monday ends at 15:00Z: Mon gets anna 08:00-15:00Z = 7 h;
    // Tue (Mon 15:00Z .. Tue 15:00Z) gets anna 1 h 30 min + 2 h = 3 h 30 min
    // and nia 5 h 30 min.
    const Plan plan = PlanBuilder()
                          .region("emea")
                          .region("amer")
                          .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:30")
                          .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:00")
                          .task("T-1", 16, 1, "2027-03-08T08:00Z", "emea")
                          .build();
    const auto days = dailyCoverage(plan,
                                    zone("Asia/Tokyo"),
                                    day("2027-03-08"),
                                    day("2027-03-10"),
                                    routePlan(plan).routes);
    QCOMPARE(days[0].regionLoad, (std::vector<Seconds>{7h, 0s}));
    QCOMPARE(days[1].regionLoad, (std::vector<Seconds>{3h + 30min, 5h + 30min}));
    QCOMPARE(days[2].regionLoad, (std::vector<Seconds>{0s, 0s}));
}

void TestDailyCoverage::emptyRange()
{
    QVERIFY(dailyCoverage(berlinNewYork(),
                          zone("Europe/Berlin"),
                          day("2027-03-09"),
                          day("2027-03-08"),
                          {})
                .empty());
}

QTEST_GUILESS_MAIN(TestDailyCoverage)
#include "tst_daily_coverage.moc"
