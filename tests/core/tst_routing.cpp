// Routing (routing.h, DESIGN.md "Routing").
//
// Each row lists, per routed task in service order, the expected route worked
// out by hand on a timeline of the members' working intervals (written in the
// row's comment). Most rows use Etc/UTC members so the timeline is the clock;
// the DST rows use Berlin and New York (offsets at the top of
// tst_coverage.cpp). 2026-03-09 is a Monday.

#include "plan_builder.h"

#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule_report.h"

#include "route_lines.h"

#include <QTest>

#include <algorithm>
#include <limits>
#include <random>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

// Region a, Etc/UTC: m1 Mon-Fri 08:00-12:00, m2 Mon-Fri 08:00-16:00; t1
// (priority 1, 12 h) and t2 (priority 2, 10 h) both placed Mon 08:00Z.
PlanBuilder contentionPlan()
{
    return PlanBuilder()
        .region("a")
        .member("m1", "a", "Etc/UTC", "mon-fri 08:00-12:00")
        .member("m2", "a", "Etc/UTC", "mon-fri 08:00-16:00")
        .task("t1", 12, 1, "2026-03-09T08:00Z", "a")
        .task("t2", 10, 2, "2026-03-09T08:00Z", "a");
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private slots:
    void route_data();
    void route();

    void serviceOrder_data();
    void serviceOrder();

    void effort();
    void oneTaskUsesTheUnionOfCoverage();

    void memberWithTheLongestFreeTimeUnderContention();
    void routingHorizon();
    void aTaskFarFromTheOthersIsRouted();
    void aSlowTaskRunsForMonths();
    void singleRegionFinishIgnoresTheOtherTasks();
    void aReportWindowOnlyChoosesTheTasksListed();
};

void TestRouting::route_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<Interval>("horizon");
    QTest::addColumn<QStringList>("expected");

    const Interval week = span("2026-03-09T00:00Z", "2026-03-16T00:00Z");

    // The routing.h example. Berlin 09:00-17:30 CET = 08:00Z-16:30Z; New York
    // 10:00-18:00 EDT = 14:00Z-22:00Z. 12 h from Mon 08:00Z: EMEA 8.5 h to
    // 16:30Z, handoff to AMER, 3.5 h more: 20:00Z. Alone in EMEA: 8.5 h on
    // Monday, 3.5 h from Tue 08:00Z: 11:30Z.
    QTest::newRow("header example")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:30")
               .member("nia", "amer", "America/New_York", "mon-fri 10:00-18:00")
               .task("T-1", 12, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << week
        << task("T-1",
                "2026-03-09T08:00Z",
                "2026-03-09T20:00Z",
                "2026-03-10T11:30Z",
                {"emea/anna 2026-03-09T08:00Z/2026-03-09T16:30Z",
                 "amer/nia 2026-03-09T16:30Z/2026-03-09T20:00Z",
                 "emea->amer at 2026-03-09T16:30Z"});

    // One task, no contention: progress over the union of all coverage from
    // the first pickup. EMEA 08-16Z, AMER 14-22Z, APAC Tokyo 08:00-16:00 JST
    // = 23:00Z-07:00Z (Mon-Fri JST). 30 h from Mon 08:00Z:
    //   EMEA 08-16 (8) | AMER 16-22 (6) = 14 | wait 22-23 | APAC 23-07 (8) =
    //   22 | wait 07-08 | EMEA Tue 08-16 (8) = 30: finish Tue 16:00Z.
    // Alone in EMEA: 8 h a day: Mon, Tue, Wed = 24, Thu 08:00 + 6 h = 14:00Z.
    QTest::newRow("one task over the union of three regions")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .region("apac")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .member("ana", "amer", "Etc/UTC", "mon-fri 14:00-22:00")
               .member("kenji", "apac", "Asia/Tokyo", "mon-fri 08:00-16:00")
               .task("T-30", 30, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << week
        << task("T-30",
                "2026-03-09T08:00Z",
                "2026-03-10T16:00Z",
                "2026-03-12T14:00Z",
                {"emea/erik 2026-03-09T08:00Z/2026-03-09T16:00Z",
                 "amer/ana 2026-03-09T16:00Z/2026-03-09T22:00Z",
                 "apac/kenji 2026-03-09T23:00Z/2026-03-10T07:00Z",
                 "emea/erik 2026-03-10T08:00Z/2026-03-10T16:00Z",
                 "emea->amer at 2026-03-09T16:00Z",
                 "amer->apac at 2026-03-09T22:00Z",
                 "apac->emea at 2026-03-10T07:00Z"});

    // Placed at Mon 18:00Z in EMEA while only AMER covers: it waits for EMEA
    // (Tue 08:00Z); 4 h: 12:00Z.
    QTest::newRow("waits until its starting region covers its start")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .member("ana", "amer", "Etc/UTC", "mon-fri 14:00-22:00")
               .task("T-1", 4, 1, "2026-03-09T18:00Z", "emea")
               .build()
        << week
        << task("T-1",
                "2026-03-10T08:00Z",
                "2026-03-10T12:00Z",
                "2026-03-10T12:00Z",
                {"emea/erik 2026-03-10T08:00Z/2026-03-10T12:00Z"});

    // Finishing exactly at the end of EMEA's coverage: no handoff is gone
    // through. 8 h from 08:00Z = 16:00Z.
    QTest::newRow("finishing at a handoff instant passes nothing on")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .member("ana", "amer", "Etc/UTC", "mon-fri 14:00-22:00")
               .task("T", 8, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << week
        << task("T",
                "2026-03-09T08:00Z",
                "2026-03-09T16:00Z",
                "2026-03-09T16:00Z",
                {"emea/erik 2026-03-09T08:00Z/2026-03-09T16:00Z"});

    // Placed mid-interval: starts right away.
    QTest::newRow("placed inside coverage starts at once")
        << PlanBuilder()
               .region("emea")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .task("T-1", 2.5, 1, "2026-03-09T10:30Z", "emea")
               .build()
        << week
        << task("T-1",
                "2026-03-09T10:30Z",
                "2026-03-09T13:00Z",
                "2026-03-09T13:00Z",
                {"emea/erik 2026-03-09T10:30Z/2026-03-09T13:00Z"});

    // One member, two tasks of 4 h placed Mon 08:00Z: A (priority 1) takes
    // 08-12, B waits and takes 12-16. B alone would have finished at 12:00Z.
    QTest::newRow("contention: one member, the second task waits")
        << PlanBuilder()
               .region("emea")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .task("B", 4, 2, "2026-03-09T08:00Z", "emea")
               .task("A", 4, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << week
        << task("A",
                "2026-03-09T08:00Z",
                "2026-03-09T12:00Z",
                "2026-03-09T12:00Z",
                {"emea/erik 2026-03-09T08:00Z/2026-03-09T12:00Z"})
            + task("B",
                   "2026-03-09T12:00Z",
                   "2026-03-09T16:00Z",
                   "2026-03-09T12:00Z",
                   {"emea/erik 2026-03-09T12:00Z/2026-03-09T16:00Z"});

    // Priority before start: "late" (priority 1, from 10:00Z) is served
    // first and takes 10-14. "early" (priority 2, from 08:00Z) gets 08-10,
    // then waits, then 14-16: two segments, finish 16:00Z (alone: 12:00Z).
    QTest::newRow("priority order: an earlier task works around a higher one")
        << PlanBuilder()
               .region("emea")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .task("early", 4, 2, "2026-03-09T08:00Z", "emea")
               .task("late", 4, 1, "2026-03-09T10:00Z", "emea")
               .build()
        << week
        << task("late",
                "2026-03-09T10:00Z",
                "2026-03-09T14:00Z",
                "2026-03-09T14:00Z",
                {"emea/erik 2026-03-09T10:00Z/2026-03-09T14:00Z"})
            + task("early",
                   "2026-03-09T08:00Z",
                   "2026-03-09T16:00Z",
                   "2026-03-09T12:00Z",
                   {"emea/erik 2026-03-09T08:00Z/2026-03-09T10:00Z",
                    "emea/erik 2026-03-09T14:00Z/2026-03-09T16:00Z"});

    // Two members with the same hours: A takes the first in member order
    // (tie), B the other; both run in parallel.
    QTest::newRow("two members, two tasks in parallel")
        << PlanBuilder()
               .region("emea")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .member("frida", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .task("A", 4, 1, "2026-03-09T08:00Z", "emea")
               .task("B", 4, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << week
        << task("A",
                "2026-03-09T08:00Z",
                "2026-03-09T12:00Z",
                "2026-03-09T12:00Z",
                {"emea/erik 2026-03-09T08:00Z/2026-03-09T12:00Z"})
            + task("B",
                   "2026-03-09T08:00Z",
                   "2026-03-09T12:00Z",
                   "2026-03-09T12:00Z",
                   {"emea/frida 2026-03-09T08:00Z/2026-03-09T12:00Z"});

    // The member whose working interval runs longest: Xavier 08-12, Yara
    // 08-16 (Xavier first in member order): Yara takes the 6 h task.
    QTest::newRow("member running longest takes it")
        << PlanBuilder()
               .region("emea")
               .member("xavier", "emea", "Etc/UTC", "mon-fri 08:00-12:00")
               .member("yara", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .task("T", 6, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << week
        << task("T",
                "2026-03-09T08:00Z",
                "2026-03-09T14:00Z",
                "2026-03-09T14:00Z",
                {"emea/yara 2026-03-09T08:00Z/2026-03-09T14:00Z"});
    // Xavier 08-16 is the only one working at 08:00; Yara (10-18) arrives
    // later and would run longer, but the task stays with Xavier.
    QTest::newRow("the task stays with its member")
        << PlanBuilder()
               .region("emea")
               .member("xavier", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .member("yara", "emea", "Etc/UTC", "mon-fri 10:00-18:00")
               .task("T", 6, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << week
        << task("T",
                "2026-03-09T08:00Z",
                "2026-03-09T14:00Z",
                "2026-03-09T14:00Z",
                {"emea/xavier 2026-03-09T08:00Z/2026-03-09T14:00Z"});
    // 10 h: Xavier 08-16 (8 h), then Yara 16-18 (2 h) within EMEA's
    // coverage 08-18: finish 18:00Z.
    QTest::newRow("within a region the next member takes over")
        << PlanBuilder()
               .region("emea")
               .member("xavier", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .member("yara", "emea", "Etc/UTC", "mon-fri 10:00-18:00")
               .task("T", 10, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << week
        << task("T",
                "2026-03-09T08:00Z",
                "2026-03-09T18:00Z",
                "2026-03-09T18:00Z",
                {"emea/xavier 2026-03-09T08:00Z/2026-03-09T16:00Z",
                 "emea/yara 2026-03-09T16:00Z/2026-03-09T18:00Z"});

    // Handoff into a busy region. EMEA Erik 08-16, AMER Ana 14-22. H
    // (priority 1, 4 h, AMER from 14:00Z) takes Ana 14-18. L (priority 2,
    // 12 h, EMEA from 08:00Z): Erik 08-16 (8 h), handoff to AMER at 16:00Z,
    // waits for Ana until 18:00Z, then 18-22 (4 h): finish 22:00Z. Alone in
    // EMEA: Mon 8 h + Tue 08:00 + 4 h = Tue 12:00Z.
    QTest::newRow("handoff into a busy region waits there")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .member("ana", "amer", "Etc/UTC", "mon-fri 14:00-22:00")
               .task("L", 12, 2, "2026-03-09T08:00Z", "emea")
               .task("H", 4, 1, "2026-03-09T14:00Z", "amer")
               .build()
        << week
        << task("H",
                "2026-03-09T14:00Z",
                "2026-03-09T18:00Z",
                "2026-03-09T18:00Z",
                {"amer/ana 2026-03-09T14:00Z/2026-03-09T18:00Z"})
            + task("L",
                   "2026-03-09T08:00Z",
                   "2026-03-09T22:00Z",
                   "2026-03-10T12:00Z",
                   {"emea/erik 2026-03-09T08:00Z/2026-03-09T16:00Z",
                    "amer/ana 2026-03-09T18:00Z/2026-03-09T22:00Z",
                    "emea->amer at 2026-03-09T16:00Z"});
    // H takes Ana's whole day (8 h): L waits in AMER in vain, passes back to
    // EMEA at AMER's end (gap handoff at 22:00Z) and finishes Tue 08-12.
    QTest::newRow("busy receiving region passes it on at its own handoff")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .member("ana", "amer", "Etc/UTC", "mon-fri 14:00-22:00")
               .task("L", 12, 2, "2026-03-09T08:00Z", "emea")
               .task("H", 8, 1, "2026-03-09T14:00Z", "amer")
               .build()
        << week
        << task("H",
                "2026-03-09T14:00Z",
                "2026-03-09T22:00Z",
                "2026-03-09T22:00Z",
                {"amer/ana 2026-03-09T14:00Z/2026-03-09T22:00Z"})
            + task("L",
                   "2026-03-09T08:00Z",
                   "2026-03-10T12:00Z",
                   "2026-03-10T12:00Z",
                   {"emea/erik 2026-03-09T08:00Z/2026-03-09T16:00Z",
                    "emea/erik 2026-03-10T08:00Z/2026-03-10T12:00Z",
                    "emea->amer at 2026-03-09T16:00Z",
                    "amer->emea at 2026-03-09T22:00Z"});

    // A resumes after its own gap (no handoff): 08-12, 13-17, Tue 08-10.
    QTest::newRow("one region with a break: resumes after it")
        << PlanBuilder()
               .region("emea")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-12:00; mon-fri 13:00-17:00")
               .task("T", 10, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << week
        << task("T",
                "2026-03-09T08:00Z",
                "2026-03-10T10:00Z",
                "2026-03-10T10:00Z",
                {"emea/erik 2026-03-09T08:00Z/2026-03-09T12:00Z",
                 "emea/erik 2026-03-09T13:00Z/2026-03-09T17:00Z",
                 "emea/erik 2026-03-10T08:00Z/2026-03-10T10:00Z"});

    // Longer than the horizon (Mon-Tue): 8 h + 8 h < 20 h: no finish, and no
    // single-region finish either.
    QTest::newRow("longer than the horizon: no finish")
        << PlanBuilder()
               .region("emea")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .task("T", 20, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << span("2026-03-09T00:00Z", "2026-03-11T00:00Z")
        << task("T",
                "2026-03-09T08:00Z",
                "none",
                "none",
                {"emea/erik 2026-03-09T08:00Z/2026-03-09T16:00Z",
                 "emea/erik 2026-03-10T08:00Z/2026-03-10T16:00Z"});
    // The horizon cuts Tuesday's interval at 12:00Z: 8 + 4 < 14 h.
    QTest::newRow("cut by the horizon inside a working interval")
        << PlanBuilder()
               .region("emea")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .task("T", 14, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << span("2026-03-09T00:00Z", "2026-03-10T12:00Z")
        << task("T",
                "2026-03-09T08:00Z",
                "none",
                "none",
                {"emea/erik 2026-03-09T08:00Z/2026-03-09T16:00Z",
                 "emea/erik 2026-03-10T08:00Z/2026-03-10T12:00Z"});
    // ... and finishing exactly at the cut is a finish: 8 + 4 = 12 h.
    QTest::newRow("finishing exactly at the horizon's end")
        << PlanBuilder()
               .region("emea")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .task("T", 12, 1, "2026-03-09T08:00Z", "emea")
               .build()
        << span("2026-03-09T00:00Z", "2026-03-10T12:00Z")
        << task("T",
                "2026-03-09T08:00Z",
                "2026-03-10T12:00Z",
                "2026-03-10T12:00Z",
                {"emea/erik 2026-03-09T08:00Z/2026-03-09T16:00Z",
                 "emea/erik 2026-03-10T08:00Z/2026-03-10T12:00Z"});

    // A starting region nobody works in: the task never starts; and a task
    // naming no region of the plan is routed nowhere. Both are listed.
    QTest::newRow("starting region without coverage or unknown")
        << PlanBuilder()
               .region("emea")
               .region("empty")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .task("in-empty", 4, 1, "2026-03-09T08:00Z", "empty")
               .task("in-nowhere", 4, 2, "2026-03-09T08:00Z", "nowhere")
               .build()
        << week
        << task("in-empty", "none", "none", "none", {})
            + task("in-nowhere", "none", "none", "none", {});

    // Backlog tasks (no start or no region) are not routed.
    QTest::newRow("backlog tasks are not routed")
        << PlanBuilder()
               .region("emea")
               .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-16:00")
               .task("no-start", 4, 1, "", "emea")
               .task("no-region", 4, 1, "2026-03-09T08:00Z", "")
               .build()
        << week << QStringList{};

    // US/EU mismatch: Berlin and New York 09:00-17:00, 14 h from Mon 08:00Z.
    // Week of 03-09: Berlin CET 08-16Z, New York EDT 13-21Z: 8 h + 16-21Z
    // (5 h) = 13 h, then back to Berlin Tue 08:00Z for 1 h: Tue 09:00Z.
    // Alone in EMEA: Mon 8 + Tue 6 h: Tue 14:00Z.
    const Plan mismatch = PlanBuilder()
                              .region("emea")
                              .region("amer")
                              .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:00")
                              .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:00")
                              .build();
    Plan mismatchWeek = mismatch;
    mismatchWeek.tasks = PlanBuilder().task("T", 14, 1, "2026-03-09T08:00Z", "emea").build().tasks;
    QTest::newRow("US/EU mismatch week: AMER ends an hour earlier in UTC")
        << mismatchWeek << week
        << task("T",
                "2026-03-09T08:00Z",
                "2026-03-10T09:00Z",
                "2026-03-10T14:00Z",
                {"emea/anna 2026-03-09T08:00Z/2026-03-09T16:00Z",
                 "amer/nia 2026-03-09T16:00Z/2026-03-09T21:00Z",
                 "emea/anna 2026-03-10T08:00Z/2026-03-10T09:00Z",
                 "emea->amer at 2026-03-09T16:00Z",
                 "amer->emea at 2026-03-09T21:00Z"});
    // Week of 03-02: New York still EST 14-22Z: 8 h + 16-22Z (6 h) = 14 h
    // on Monday: finish 22:00Z.
    Plan usualWeek = mismatch;
    usualWeek.tasks = PlanBuilder().task("T", 14, 1, "2026-03-02T08:00Z", "emea").build().tasks;
    QTest::newRow("usual week: AMER until 22:00Z")
        << usualWeek << span("2026-03-02T00:00Z", "2026-03-09T00:00Z")
        << task("T",
                "2026-03-02T08:00Z",
                "2026-03-02T22:00Z",
                "2026-03-03T14:00Z",
                {"emea/anna 2026-03-02T08:00Z/2026-03-02T16:00Z",
                 "amer/nia 2026-03-02T16:00Z/2026-03-02T22:00Z",
                 "emea->amer at 2026-03-02T16:00Z"});
}

void TestRouting::route()
{
    QFETCH(Plan, plan);
    QFETCH(Interval, horizon);
    QFETCH(QStringList, expected);

    const TeamSchedule schedule = computeSchedule(plan, horizon);
    const std::vector<Handoff> handoffs = computeHandoffs(plan, schedule);
    const std::vector<TaskRoute> routes = routeTasks(plan, schedule, handoffs);
    QStringList got;
    for (const TaskRoute &r : routes)
        got << describe(plan, r);
    QCOMPARE(got, expected);

    // Invariants: the work done is the effort for finished tasks, no member
    // works two tasks at once, segments are in time order.
    std::vector<std::vector<Interval>> busy(plan.members.size());
    for (const TaskRoute &r : routes) {
        Seconds worked{0};
        for (std::size_t i = 0; i < r.segments.size(); ++i) {
            const RouteSegment &s = r.segments[i];
            worked += s.interval.length();
            if (i > 0)
                QVERIFY(r.segments[i - 1].interval.end <= s.interval.start);
            QVERIFY(schedule.members[s.member].work.containsInterval(s.interval));
            for (const Interval &other : busy[s.member])
                QVERIFY(!other.intersects(s.interval));
            busy[s.member].push_back(s.interval);
        }
        if (r.finish)
            QCOMPARE(worked, plan.tasks[r.task].effort());
        else
            QVERIFY(worked < plan.tasks[r.task].effort());
    }
}

void TestRouting::serviceOrder_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QStringList>("expected");

    // Priority first, then earliest start, then id; backlog left out.
    QTest::newRow("priority, start, id") << PlanBuilder()
                                                .task("b", 1, 1, "2026-03-09T08:00Z", "emea")
                                                .task("d", 1, 2, "2026-03-09T06:00Z", "emea")
                                                .task("a", 1, 1, "2026-03-09T08:00Z", "emea")
                                                .task("c", 1, 1, "2026-03-09T07:00Z", "emea")
                                                .task("backlog", 1, 1, "", "")
                                                .task("z", 1, 3, "2026-03-01T00:00Z", "emea")
                                                .build()
                                         << QStringList{"c", "a", "b", "d", "z"};
    QTest::newRow("nothing placed")
        << PlanBuilder().task("x", 1, 1, "", "emea").build() << QStringList{};
}

void TestRouting::serviceOrder()
{
    QFETCH(Plan, plan);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const std::size_t i : sunrelay::serviceOrder(plan))
        got << QString::fromStdString(plan.tasks.at(i).id);
    QCOMPARE(got, expected);
}

void TestRouting::effort()
{
    // Hours to seconds, rounded: 2.5 h = 9000 s; 1/3 h = 1200 s.
    Task t;
    t.effortHours = 2.5;
    QCOMPARE(t.effort(), Seconds{9000});
    t.effortHours = 1.0 / 3.0;
    QCOMPARE(t.effort(), Seconds{1200});
    // 1.13 h = 67.8 min = 4068 s; in binary floating point 1.13 * 3600 is a
    // hair below 4068, so the conversion must round, not truncate.
    t.effortHours = 1.13;
    QCOMPARE(t.effort(), Seconds{4068});
    // Half a second rounds up: 0.00125 h = 4.5 s -> 5 s (in binary 0.00125 *
    // 3600 is a hair below 4.5); 0.000125 h = 0.45 s -> 0 s; 1/7200 h = 0.5 s.
    QCOMPARE(effortSeconds(0.00125), Seconds{5});
    QCOMPARE(effortSeconds(0.000125), Seconds{0});
    QCOMPARE(effortSeconds(1.0 / 7200.0), Seconds{1});
    // Valid: at least a minute once rounded, at most 100,000 h, finite.
    QVERIFY(!isValidEffort(0.0001)); // 0.36 s
    QVERIFY(!isValidEffort(0.0165)); // 59.4 s -> 59 s
    QVERIFY(isValidEffort(0.01653)); // 59.508 s -> 60 s
    QVERIFY(isValidEffort(1.0 / 60.0)); // 60 s
    QVERIFY(isValidEffort(100000));
    QVERIFY(!isValidEffort(100000.01));
    QVERIFY(!isValidEffort(0));
    QVERIFY(!isValidEffort(-1));
    QVERIFY(!isValidEffort(std::numeric_limits<double>::infinity()));
    QVERIFY(!isValidEffort(std::numeric_limits<double>::quiet_NaN()));
    QVERIFY(!t.isPlaced());
    t.start = utc(QStringLiteral("2026-03-09T08:00Z"));
    QVERIFY(!t.isPlaced());
    t.region = "emea";
    QVERIFY(t.isPlaced());
}

void TestRouting::oneTaskUsesTheUnionOfCoverage()
{
    // DESIGN.md: "With one task and no contention, progress accrues over the
    // union of all regions' coverage from the first pickup on." Checked on
    // random plans of Etc/UTC members (whole half hours, night shifts
    // included) against an independent minute-by-minute model: a bitmap of
    // who works when, built straight from the weekly ranges.
    std::mt19937 random(20260309u);
    const auto pick = [&](int from, int to) {
        return std::uniform_int_distribution<int>(from, to)(random);
    };
    const Instant monday = utc(QStringLiteral("2026-03-09T00:00Z"));
    const int days = 7;
    const int minutes = days * 24 * 60;
    const Interval horizon{monday, monday + date::days{days}};

    for (int round = 0; round < 150; ++round) {
        Plan plan;
        const int regionCount = pick(1, 3);
        for (int r = 0; r < regionCount; ++r)
            plan.regions.push_back(
                Region{.id = "r" + std::to_string(r), .name = {}, .color = "#000000"});
        // coverage[r][m]: region r covers minute m of the horizon.
        std::vector<std::vector<bool>> coverage(regionCount, std::vector<bool>(minutes, false));
        const int memberCount = pick(1, 4);
        for (int m = 0; m < memberCount; ++m) {
            const int r = pick(0, regionCount - 1);
            WeeklyPattern work;
            for (int k = pick(1, 3); k > 0; --k) {
                Weekdays weekdays;
                for (unsigned d = 0; d < 7; ++d)
                    if (pick(0, 2) > 0)
                        weekdays.insert(date::weekday{d});
                const int start = pick(0, 47) * 30;
                const int end = pick(0, 48) * 30; // <= start: past midnight
                work.ranges.push_back(
                    WeeklyRange{.days = weekdays, .start = Minutes{start}, .end = Minutes{end}});
                // The model: every day from the Sunday before the horizon.
                for (int day = -1; day < days; ++day) {
                    const unsigned weekday = static_cast<unsigned>((day + 1 + 7) % 7); // 0 = Sunday
                    if (!weekdays.contains(date::weekday{weekday}))
                        continue;
                    const int from = day * 1440 + start;
                    const int to = day * 1440 + end + (end <= start ? 1440 : 0);
                    for (int minute = std::max(from, 0); minute < std::min(to, minutes); ++minute)
                        coverage[r][minute] = true;
                }
            }
            plan.members.push_back(Member{.id = "m" + std::to_string(m),
                                          .name = {},
                                          .region = plan.regions[r].id,
                                          .zone = TimeZone::utc(),
                                          .work = work,
                                          .deepWork = {},
                                          .comms = {},
                                          .timeOff = {}});
        }
        const int startMinute = pick(0, minutes - 1);
        const int startRegion = pick(0, regionCount - 1);
        const int effortMinutes = pick(1, 60) * 30;
        plan.tasks.push_back(Task{.id = "T",
                                  .title = {},
                                  .effortHours = effortMinutes / 60.0,
                                  .priority = 1,
                                  .start = monday + Minutes{startMinute},
                                  .region = plan.regions[startRegion].id,
                                  .deadline = std::nullopt,
                                  .notes = {}});

        // The model's answers.
        std::optional<int> pickup;
        std::optional<int> finish;
        std::optional<int> single;
        int done = 0;
        int doneAlone = 0;
        for (int minute = startMinute; minute < minutes; ++minute) {
            if (!single && coverage[startRegion][minute] && ++doneAlone == effortMinutes)
                single = minute + 1;
            if (!pickup && coverage[startRegion][minute])
                pickup = minute;
            if (!pickup || finish)
                continue;
            bool anyone = false;
            for (int r = 0; r < regionCount; ++r)
                anyone = anyone || coverage[r][minute];
            if (anyone && ++done == effortMinutes)
                finish = minute + 1;
        }
        const auto asInstant = [&](std::optional<int> minute) -> std::optional<Instant> {
            if (!minute)
                return std::nullopt;
            return monday + Minutes{*minute};
        };

        const TeamSchedule schedule = computeSchedule(plan, horizon);
        const auto routes = routeTasks(plan, schedule, computeHandoffs(plan, schedule));
        QCOMPARE(routes.size(), std::size_t{1});
        const QString context = QStringLiteral("round %1: %2")
                                    .arg(round)
                                    .arg(describe(plan, routes.front()).join(QLatin1Char('\n')));
        QVERIFY2(iso(routes.front().start) == iso(asInstant(pickup)), qPrintable(context));
        QVERIFY2(iso(routes.front().finish) == iso(asInstant(finish)), qPrintable(context));
        QVERIFY2(iso(routes.front().singleRegionFinish) == iso(asInstant(single)),
                 qPrintable(context));
    }
}

void TestRouting::memberWithTheLongestFreeTimeUnderContention()
{
    // Region a, Etc/UTC: m1 Mon-Fri 08:00-12:00, m2 Mon-Fri 08:00-16:00. t1
    // (priority 1, 12 h) and t2 (priority 2, 10 h) both from Mon 08:00Z.
    //  - t1 first: at 08:00 m2's free time runs to 16:00, m1's to 12:00: m2,
    //    though m1 comes first in member order. Mon 08-16 (8 h), Tue 08-12
    //    (4 h): finishes Tue 12:00Z.
    //  - t2: Mon 08:00 only m1 is free: 08-12 (4 h); m1 stops, m2 is taken:
    //    wait. Tue 08:00 m2 is taken until 12:00, m1 free: 08-12 (8 h); at
    //    12:00 m1 stops, m2 is free: 12-14 (10 h). Finish Tue 14:00Z.
    //  - Alone in a, t2 would use a's coverage Mon 08-16 and Tue 08-10:
    //    Tue 10:00Z, earlier than its finish: the contention shows.
    const Plan plan = contentionPlan().build();
    QStringList got;
    for (const TaskRoute &r : routePlan(plan).routes)
        got << describe(plan, r);
    QCOMPARE(got,
             task("t1",
                  "2026-03-09T08:00Z",
                  "2026-03-10T12:00Z",
                  "2026-03-10T12:00Z",
                  {"a/m2 2026-03-09T08:00Z/2026-03-09T16:00Z",
                   "a/m2 2026-03-10T08:00Z/2026-03-10T12:00Z"})
                 + task("t2",
                        "2026-03-09T08:00Z",
                        "2026-03-10T14:00Z",
                        "2026-03-10T10:00Z",
                        {"a/m1 2026-03-09T08:00Z/2026-03-09T12:00Z",
                         "a/m1 2026-03-10T08:00Z/2026-03-10T12:00Z",
                         "a/m2 2026-03-10T12:00Z/2026-03-10T14:00Z"}));
}

void TestRouting::routingHorizon()
{
    // From the earliest start's UTC date to 366 days after the latest one's:
    // 2026-12-07 + 366 d = 2027-12-08 (2027 has 365 days). The backlog task
    // does not count.
    const Plan plan = PlanBuilder()
                          .region("a")
                          .task("early", 1, 1, "2026-03-09T23:30Z", "a")
                          .task("late", 1, 1, "2026-12-07T08:00Z", "a")
                          .task("backlog", 1, 1, "", "")
                          .build();
    QCOMPARE(iso(sunrelay::routingHorizon(plan)), "2026-03-09T00:00Z/2027-12-08T00:00Z");
    QVERIFY(!sunrelay::routingHorizon(PlanBuilder().region("a").build()));
    QVERIFY(routePlan(PlanBuilder().region("a").build()).routes.empty());
}

void TestRouting::aTaskFarFromTheOthersIsRouted()
{
    // Nine months apart, each 8 h in a's Mon-Fri 08:00-16:00 UTC: each
    // finishes at 16:00Z on its own day. (A horizon counted from the
    // earliest task alone used to leave the late one unrouted.)
    const Plan plan = PlanBuilder()
                          .region("a")
                          .member("m", "a", "Etc/UTC", "mon-fri 08:00-16:00")
                          .task("t1", 8, 1, "2026-03-09T08:00Z", "a")
                          .task("t2", 8, 1, "2026-12-07T08:00Z", "a")
                          .build();
    QStringList got;
    for (const TaskRoute &r : routePlan(plan).routes)
        got << describe(plan, r);
    QCOMPARE(got,
             task("t1",
                  "2026-03-09T08:00Z",
                  "2026-03-09T16:00Z",
                  "2026-03-09T16:00Z",
                  {"a/m 2026-03-09T08:00Z/2026-03-09T16:00Z"})
                 + task("t2",
                        "2026-12-07T08:00Z",
                        "2026-12-07T16:00Z",
                        "2026-12-07T16:00Z",
                        {"a/m 2026-12-07T08:00Z/2026-12-07T16:00Z"}));
}

void TestRouting::aSlowTaskRunsForMonths()
{
    // One hour a week (Mondays 09:00-10:00 UTC) and 30 h of work from Mon
    // 2026-03-09: the 30th hour is worked 29 weeks = 203 days later, Mon
    // 2026-09-28 09:00-10:00Z. Alone or not, it finishes then.
    const Plan plan = PlanBuilder()
                          .region("a")
                          .member("m", "a", "Etc/UTC", "mon 09:00-10:00")
                          .task("slow", 30, 1, "2026-03-09T00:00Z", "a")
                          .build();
    const TaskRoute route = routePlan(plan).routes.at(0);
    QCOMPARE(iso(route.start), "2026-03-09T09:00Z");
    QCOMPARE(iso(route.finish), "2026-09-28T10:00Z");
    QCOMPARE(iso(route.singleRegionFinish), "2026-09-28T10:00Z");
    QCOMPARE(route.segments.size(), std::size_t{30});
}

void TestRouting::singleRegionFinishIgnoresTheOtherTasks()
{
    // 60 h at one hour a week needs 60 Mondays: past its own horizon (366
    // days from 2026-03-09 is 2027-03-10), so neither finish exists alone.
    Plan plan = PlanBuilder()
                    .region("a")
                    .member("m", "a", "Etc/UTC", "mon 09:00-10:00")
                    .task("slow", 60, 1, "2026-03-09T00:00Z", "a")
                    .build();
    TaskRoute alone = routePlan(plan).routes.at(0);
    QCOMPARE(iso(alone.finish), "none");
    QCOMPARE(iso(alone.singleRegionFinish), "none");
    // 53 Mondays fall in the horizon, 2026-03-09 to 2027-03-08 (364 days
    // on): 53 h worked.
    Seconds worked{0};
    for (const RouteSegment &segment : alone.segments)
        worked += segment.interval.length();
    QCOMPARE(worked, Seconds{53 * 3600});

    // A second task placed on 2027-03-01 stretches the routing horizon to
    // 2028-03-02: "slow" now finishes on its 60th Monday, 59 weeks = 413
    // days on, 2027-04-26 10:00Z. Its one-region finish must not move: it
    // depends on the task alone. "later" (priority 2) gets the hour only
    // after "slow" is done: Mon 2027-05-03 09:00-10:00Z; alone it would have
    // had Mon 2027-03-01's.
    plan.tasks.push_back(
        PlanBuilder().task("later", 1, 2, "2027-03-01T00:00Z", "a").build().tasks[0]);
    const auto routes = routePlan(plan).routes;
    QCOMPARE(iso(routes.at(0).finish), "2027-04-26T10:00Z");
    QCOMPARE(iso(routes.at(0).singleRegionFinish), "none");
    QCOMPARE(iso(routes.at(1).start), "2027-05-03T09:00Z");
    QCOMPARE(iso(routes.at(1).finish), "2027-05-03T10:00Z");
    QCOMPARE(iso(routes.at(1).singleRegionFinish), "2027-03-01T10:00Z");
}

void TestRouting::aReportWindowOnlyChoosesTheTasksListed()
{
    // contentionPlan(), routed in memberWithTheLongestFreeTime...: t1 runs
    // Mon 08:00Z-Tue 12:00Z, t2 Mon 08:00Z-Tue 14:00Z; plus t3 (1 h) placed Wed
    // 2026-03-11 10:00Z, worked 10-11 by m2 (free longest).
    const Plan plan = contentionPlan().task("t3", 1, 1, "2026-03-11T10:00Z", "a").build();
    const PlanRoutes all = routePlan(plan);
    const auto ids = [&](const Interval &window) {
        QStringList listed;
        for (const TaskRoute &route : routesMeeting(plan, all, window)) {
            listed << QString::fromStdString(plan.tasks.at(route.task).id);
            // Listed routes are the routes, whole: not re-run, not clipped.
            const auto same =
                std::find_if(all.routes.begin(), all.routes.end(), [&](const TaskRoute &r) {
                    return r.task == route.task;
                });
            if (!(same != all.routes.end() && *same == route))
                listed << QStringLiteral("(changed)");
        }
        return listed;
    };
    using date::year;
    // Tuesday alone: t1 and t2 still run then, each with its Monday work.
    QCOMPARE(ids(dayWindow(year{2026} / 3 / 10, year{2026} / 3 / 10)), (QStringList{"t1", "t2"}));
    QCOMPARE(ids(dayWindow(year{2026} / 3 / 11, year{2026} / 3 / 11)), QStringList{"t3"});
    QCOMPARE(ids(dayWindow(year{2026} / 3 / 12, year{2026} / 3 / 20)), QStringList{});
    // Service order, whatever the window: t1, t3 (priority 1), then t2.
    QCOMPARE(ids(dayWindow(year{2026} / 3 / 1, year{2026} / 3 / 31)),
             (QStringList{"t1", "t3", "t2"}));
    // t2 ends Tue 14:00Z: a window from then on does not meet it; a window
    // ending just before t3's planned start does not meet t3.
    QCOMPARE(ids({utc("2026-03-10T14:00Z"), utc("2026-03-11T10:00Z")}), QStringList{});
    QCOMPARE(ids({utc("2026-03-10T13:59Z"), utc("2026-03-11T10:01Z")}), (QStringList{"t3", "t2"}));
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
