// Region coverage, gaps and overlaps (schedule.h, coverage.h).
//
// Expected instants are hand calculations (local time minus the UTC offset in
// force; transition table at the top of tst_local_time.cpp). Useful offsets:
// Berlin CET +1 until 2026-03-29 and again from 2026-10-25, CEST +2 between;
// New York EST -5 until 2026-03-08 and again from 2026-11-01, EDT -4 between;
// London GMT 0 until 2026-03-29; Tokyo +9; Kolkata +5:30; Kathmandu +5:45;
// Sao Paulo -3. 2026-03-09 is a Monday.

#include "plan_builder.h"

#include "sunrelay/core/coverage.h"
#include "sunrelay/core/schedule.h"
#include "sunrelay/core/schedule_report.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

class TestCoverage : public QObject
{
    Q_OBJECT

private slots:
    void coverage_data();
    void coverage();

    void memberSchedules();
    void membersOutsideAnyRegion();
    void regionShifts();
};

void TestCoverage::coverage_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<Interval>("horizon");
    QTest::addColumn<QStringList>("coverage"); // "region: interval, interval"
    QTest::addColumn<QStringList>("gaps");
    QTest::addColumn<QStringList>("overlaps");

    const Interval monday = span("2026-03-09T00:00Z", "2026-03-10T00:00Z");

    // The coverage.h example. EMEA Berlin 09:00-17:30 CET = 08:00Z-16:30Z;
    // AMER New York 10:00-18:00 EDT (already DST on 03-09) = 14:00Z-22:00Z.
    QTest::newRow("header example")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:30")
               .member("nia", "amer", "America/New_York", "mon-fri 10:00-18:00")
               .build()
        << monday
        << QStringList{"emea: 2026-03-09T08:00Z/2026-03-09T16:30Z",
                       "amer: 2026-03-09T14:00Z/2026-03-09T22:00Z"}
        << QStringList{"2026-03-09T00:00Z/2026-03-09T08:00Z", "2026-03-09T22:00Z/2026-03-10T00:00Z"}
        << QStringList{"emea+amer 2026-03-09T14:00Z/2026-03-09T16:30Z"};

    // Coverage is the union of the members: Berlin 09:00-13:00 CET = 08:00Z-12:00Z,
    // London 12:00-18:00 GMT = 12:00Z-18:00Z: touching -> 08:00Z-18:00Z.
    // Kolkata 09:00-13:00 IST = 03:30Z-07:30Z stays apart.
    QTest::newRow("union of members, touching merges")
        << PlanBuilder()
               .region("emea")
               .member("anna", "emea", "Europe/Berlin", "mon 09:00-13:00")
               .member("liam", "emea", "Europe/London", "mon 12:00-18:00")
               .member("ravi", "emea", "Asia/Kolkata", "mon 09:00-13:00")
               .build()
        << monday
        << QStringList{"emea: 2026-03-09T03:30Z/2026-03-09T07:30Z, "
                       "2026-03-09T08:00Z/2026-03-09T18:00Z"}
        << QStringList{"2026-03-09T00:00Z/2026-03-09T03:30Z", "2026-03-09T07:30Z/2026-03-09T08:00Z",
                       "2026-03-09T18:00Z/2026-03-10T00:00Z"}
        << QStringList{};

    // Time off is taken out: Anna is off on Monday, only Liam covers.
    QTest::newRow("time off leaves the region")
        << PlanBuilder()
               .region("emea")
               .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:00")
               .timeOff("2026-03-09", "2026-03-09")
               .member("liam", "emea", "Europe/London", "mon-fri 12:00-18:00")
               .build()
        << monday << QStringList{"emea: 2026-03-09T12:00Z/2026-03-09T18:00Z"}
        << QStringList{"2026-03-09T00:00Z/2026-03-09T12:00Z", "2026-03-09T18:00Z/2026-03-10T00:00Z"}
        << QStringList{};

    // Zero members: nobody covers anything; the whole horizon is a gap.
    QTest::newRow("zero members") << PlanBuilder().region("emea").region("amer").build() << monday
                                  << QStringList{"emea: ", "amer: "}
                                  << QStringList{"2026-03-09T00:00Z/2026-03-10T00:00Z"}
                                  << QStringList{};
    QTest::newRow("no regions, no members")
        << PlanBuilder().build() << monday << QStringList{}
        << QStringList{"2026-03-09T00:00Z/2026-03-10T00:00Z"} << QStringList{};

    // One region: coverage, gaps, never an overlap. Sao Paulo -3:
    // 09:00-18:00 = 12:00Z-21:00Z.
    QTest::newRow("one region (Sao_Paulo, no DST)")
        << PlanBuilder()
               .region("latam")
               .member("ana", "latam", "America/Sao_Paulo", "mon-fri 09:00-18:00")
               .member("bia", "latam", "America/Sao_Paulo", "mon-fri 10:00-19:00")
               .build()
        << monday << QStringList{"latam: 2026-03-09T12:00Z/2026-03-09T22:00Z"}
        << QStringList{"2026-03-09T00:00Z/2026-03-09T12:00Z", "2026-03-09T22:00Z/2026-03-10T00:00Z"}
        << QStringList{};

    // A member whose day crosses midnight, clipped to the horizon at both
    // ends. Kathmandu +5:45: Sun 03-08 22:00 = 16:15Z to Mon 06:00 = 00:15Z;
    // Mon 22:00 = 16:15Z to Tue 06:00 = 03-10 00:15Z. Horizon Mon 00:00Z-24:00Z.
    QTest::newRow("night shift clipped to the horizon")
        << PlanBuilder()
               .region("apac")
               .member("sita", "apac", "Asia/Kathmandu", "daily 22:00-06:00")
               .build()
        << monday
        << QStringList{"apac: 2026-03-09T00:00Z/2026-03-09T00:15Z, "
                       "2026-03-09T16:15Z/2026-03-10T00:00Z"}
        << QStringList{"2026-03-09T00:15Z/2026-03-09T16:15Z"} << QStringList{};

    // Three regions (UTC members): a 08-16, b 12-20, c 14-18 on Monday.
    // Sets: {a} 08-12, {a,b} 12-14, {a,b,c} 14-16, {b,c} 16-18, {b} 18-20.
    QTest::newRow("overlaps are maximal same-set intervals")
        << PlanBuilder()
               .region("a")
               .region("b")
               .region("c")
               .member("m1", "a", "Etc/UTC", "mon 08:00-16:00")
               .member("m2", "b", "Etc/UTC", "mon 12:00-20:00")
               .member("m3", "c", "Etc/UTC", "mon 14:00-18:00")
               .build()
        << monday
        << QStringList{"a: 2026-03-09T08:00Z/2026-03-09T16:00Z",
                       "b: 2026-03-09T12:00Z/2026-03-09T20:00Z",
                       "c: 2026-03-09T14:00Z/2026-03-09T18:00Z"}
        << QStringList{"2026-03-09T00:00Z/2026-03-09T08:00Z", "2026-03-09T20:00Z/2026-03-10T00:00Z"}
        << QStringList{"a+b 2026-03-09T12:00Z/2026-03-09T14:00Z",
                       "a+b+c 2026-03-09T14:00Z/2026-03-09T16:00Z",
                       "b+c 2026-03-09T16:00Z/2026-03-09T18:00Z"};

    // Region order, not member or time order: regions listed z, y; the
    // overlap names z first. y (UTC) 08-12, z (UTC) 10-14 -> z+y 10-12.
    QTest::newRow("overlap regions in region order")
        << PlanBuilder()
               .region("z")
               .region("y")
               .member("m1", "y", "Etc/UTC", "mon 08:00-12:00")
               .member("m2", "z", "Etc/UTC", "mon 10:00-14:00")
               .build()
        << monday
        << QStringList{"z: 2026-03-09T10:00Z/2026-03-09T14:00Z",
                       "y: 2026-03-09T08:00Z/2026-03-09T12:00Z"}
        << QStringList{"2026-03-09T00:00Z/2026-03-09T08:00Z", "2026-03-09T14:00Z/2026-03-10T00:00Z"}
        << QStringList{"z+y 2026-03-09T10:00Z/2026-03-09T12:00Z"};

    // Touching coverage of two regions is no overlap and no gap.
    QTest::newRow("touching regions: no overlap, no gap between")
        << PlanBuilder()
               .region("a")
               .region("b")
               .member("m1", "a", "Etc/UTC", "mon 08:00-16:00")
               .member("m2", "b", "Etc/UTC", "mon 16:00-24:00")
               .build()
        << monday
        << QStringList{"a: 2026-03-09T08:00Z/2026-03-09T16:00Z",
                       "b: 2026-03-09T16:00Z/2026-03-10T00:00Z"}
        << QStringList{"2026-03-09T00:00Z/2026-03-09T08:00Z"} << QStringList{};

    // US/EU mismatch weeks, Berlin 09:00-17:00 and New York 09:00-17:00 on
    // Mondays. Usual: CET 08-16Z and EST 14-22Z overlap 2 h. Week of
    // 2026-03-09: New York already EDT (13-21Z), Berlin still CET (08-16Z):
    // 3 h. Week of 2026-03-30: CEST 07-15Z and EDT 13-21Z: 2 h. Week of
    // 2026-10-26: CET 08-16Z and EDT 13-21Z: 3 h. Week of 2026-11-02: CET
    // 08-16Z, EST 14-22Z: 2 h.
    const Plan mismatch = PlanBuilder()
                              .region("emea")
                              .region("amer")
                              .member("anna", "emea", "Europe/Berlin", "mon 09:00-17:00")
                              .member("nia", "amer", "America/New_York", "mon 09:00-17:00")
                              .build();
    const auto week = [&](const char *name,
                          const QString &d,
                          const QString &next,
                          const QString &emea,
                          const QString &amer,
                          const QString &overlap) {
        // d: the Monday, next: the Tuesday; emea/amer/overlap: "HH:MMZ/HH:MMZ" on d.
        const auto whole = [&](const QString &hhmm) {
            return d + "T" + hhmm.section('/', 0, 0) + "/" + d + "T" + hhmm.section('/', 1, 1);
        };
        QTest::newRow(name) << mismatch << span(d + "T00:00Z", next + "T00:00Z")
                            << QStringList{"emea: " + whole(emea), "amer: " + whole(amer)}
                            << QStringList{d + "T00:00Z/" + d + "T" + emea.section('/', 0, 0),
                                           d + "T" + amer.section('/', 1, 1) + "/" + next
                                               + "T00:00Z"}
                            << QStringList{"emea+amer " + whole(overlap)};
    };
    week("usual week 2026-03-02 (2 h)",
         "2026-03-02",
         "2026-03-03",
         "08:00Z/16:00Z",
         "14:00Z/22:00Z",
         "14:00Z/16:00Z");
    week("March mismatch week 2026-03-09 (3 h)",
         "2026-03-09",
         "2026-03-10",
         "08:00Z/16:00Z",
         "13:00Z/21:00Z",
         "13:00Z/16:00Z");
    week("March mismatch week 2026-03-23 (3 h)",
         "2026-03-23",
         "2026-03-24",
         "08:00Z/16:00Z",
         "13:00Z/21:00Z",
         "13:00Z/16:00Z");
    week("summer week 2026-03-30 (2 h)",
         "2026-03-30",
         "2026-03-31",
         "07:00Z/15:00Z",
         "13:00Z/21:00Z",
         "13:00Z/15:00Z");
    week("October mismatch week 2026-10-26 (3 h)",
         "2026-10-26",
         "2026-10-27",
         "08:00Z/16:00Z",
         "13:00Z/21:00Z",
         "13:00Z/16:00Z");
    week("usual week 2026-11-02 (2 h)",
         "2026-11-02",
         "2026-11-03",
         "08:00Z/16:00Z",
         "14:00Z/22:00Z",
         "14:00Z/16:00Z");
}

void TestCoverage::coverage()
{
    QFETCH(Plan, plan);
    QFETCH(Interval, horizon);
    QFETCH(QStringList, coverage);
    QFETCH(QStringList, gaps);
    QFETCH(QStringList, overlaps);

    const TeamSchedule schedule = computeSchedule(plan, horizon);
    QCOMPARE(schedule.horizon, horizon);
    QStringList gotCoverage;
    for (std::size_t r = 0; r < plan.regions.size(); ++r)
        gotCoverage << QString::fromStdString(plan.regions[r].id) + QStringLiteral(": ")
                + isoList(schedule.coverage[r]).join(QStringLiteral(", "));
    QCOMPARE(gotCoverage, coverage);
    QCOMPARE(isoList(sunrelay::gaps(schedule)), gaps);
    QCOMPARE(describe(plan, sunrelay::overlaps(schedule)), overlaps);
}

void TestCoverage::memberSchedules()
{
    // Work, deep work and comms of one member, all expanded and clipped to
    // the horizon; time off removes all three on that date.
    // Berlin CET: work 09:00-17:30 = 08:00Z-16:30Z, deep 09:00-12:00 =
    // 08:00Z-11:00Z, comms 11:00-11:30 = 10:00Z-10:30Z. Tuesday is off.
    const Plan plan = PlanBuilder()
                          .region("emea")
                          .member("anna",
                                  "emea",
                                  "Europe/Berlin",
                                  "mon-fri 09:00-17:30",
                                  "mon-fri 09:00-12:00",
                                  "mon-fri 11:00-11:30")
                          .timeOff("2026-03-10", "2026-03-10")
                          .build();
    const TeamSchedule s = computeSchedule(plan, span("2026-03-09T09:00Z", "2026-03-11T00:00Z"));
    QCOMPARE(s.members.size(), std::size_t{1});
    // Clipped at 09:00Z on Monday.
    QCOMPARE(isoList(s.members[0].work), QStringList{"2026-03-09T09:00Z/2026-03-09T16:30Z"});
    QCOMPARE(isoList(s.members[0].deepWork), QStringList{"2026-03-09T09:00Z/2026-03-09T11:00Z"});
    QCOMPARE(isoList(s.members[0].comms), QStringList{"2026-03-09T10:00Z/2026-03-09T10:30Z"});

    // withMargin: two weeks either side.
    QCOMPARE(iso(withMargin(span("2026-03-09T00:00Z", "2026-03-10T00:00Z"))),
             QStringLiteral("2026-02-23T00:00Z/2026-03-24T00:00Z"));

    // The schedule report (the DESIGN.md window rule): member intervals
    // unclipped, coverage and gaps clipped to the window. Window Mon
    // 12:00Z-24:00Z: Anna's Monday work 08:00Z-16:30Z is shown whole, her
    // coverage from 12:00Z; her comms (10:00Z-10:30Z) do not intersect.
    const ScheduleReport report =
        reportSchedule(plan, span("2026-03-09T12:00Z", "2026-03-10T00:00Z"));
    QCOMPARE(isoList(report.members.at(0).work),
             QStringList{"2026-03-09T08:00Z/2026-03-09T16:30Z"});
    QCOMPARE(isoList(report.members.at(0).comms), QStringList{});
    QCOMPARE(isoList(report.coverage.at(0)), QStringList{"2026-03-09T12:00Z/2026-03-09T16:30Z"});
    QCOMPARE(isoList(report.gaps), QStringList{"2026-03-09T16:30Z/2026-03-10T00:00Z"});
    QCOMPARE(iso(dayWindow(date::sys_days{date::year{2026} / 3 / 9},
                           date::sys_days{date::year{2026} / 3 / 15})),
             QStringLiteral("2026-03-09T00:00Z/2026-03-16T00:00Z"));
}

void TestCoverage::membersOutsideAnyRegion()
{
    // A member naming no region of the plan has a schedule but covers for
    // nobody.
    const Plan plan = PlanBuilder()
                          .region("emea")
                          .member("ghost", "nowhere", "Etc/UTC", "mon 08:00-16:00")
                          .build();
    const TeamSchedule s = computeSchedule(plan, span("2026-03-09T00:00Z", "2026-03-10T00:00Z"));
    QCOMPARE(isoList(s.members.at(0).work), QStringList{"2026-03-09T08:00Z/2026-03-09T16:00Z"});
    QVERIFY(s.coverage.at(0).isEmpty());
    QCOMPARE(isoList(gaps(s)), QStringList{"2026-03-09T00:00Z/2026-03-10T00:00Z"});
}

void TestCoverage::regionShifts()
{
    // Shifts are sorted by start, then member; intersecting() finds a long
    // shift that started well before the window.
    const Plan plan = PlanBuilder()
                          .region("ops")
                          .member("long", "ops", "Etc/UTC", "mon 00:00-24:00")
                          .member("early", "ops", "Etc/UTC", "mon 06:00-07:00")
                          .member("late", "ops", "Etc/UTC", "mon 20:00-21:00")
                          .build();
    const TeamSchedule s = computeSchedule(plan, span("2026-03-09T00:00Z", "2026-03-11T00:00Z"));
    const RegionShifts &shifts = s.shifts.at(0);
    QCOMPARE(shifts.shifts().size(), std::size_t{3});
    QCOMPARE(shifts.shifts()[0].member, std::size_t{0});
    QCOMPARE(shifts.shifts()[1].member, std::size_t{1});
    QCOMPARE(shifts.shifts()[2].member, std::size_t{2});

    const auto at18 = shifts.intersecting(span("2026-03-09T18:00Z", "2026-03-09T19:00Z"));
    QCOMPARE(at18.size(), std::size_t{1});
    QCOMPARE(at18[0].member, std::size_t{0});
    // [07:00Z, 20:00Z) touches "early" and "late" only at their ends.
    const auto between = shifts.intersecting(span("2026-03-09T07:00Z", "2026-03-09T20:00Z"));
    QCOMPARE(between.size(), std::size_t{1});
    QCOMPARE(shifts.membersIn(span("2026-03-09T06:30Z", "2026-03-09T20:30Z")),
             (std::vector<std::size_t>{0, 1, 2}));
    QVERIFY(shifts.intersecting(span("2026-03-10T00:00Z", "2026-03-10T12:00Z")).empty());
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
