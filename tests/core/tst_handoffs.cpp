// Handoffs (handoff.h, DESIGN.md "Handoff").
//
// Each row builds a plan, computes the schedule over a horizon and lists the
// expected handoffs at coverage ends inside it (a gap handoff's receiver is
// searched past the horizon, however far: the weekly patterns below recur the
// next week), worked out by hand from the coverage intervals written in
// the comments (local time minus the UTC offset in force; transition table at
// the top of tst_local_time.cpp). Members in Etc/UTC keep the arithmetic
// trivial where the row is about the rule, not the zone. Without deep work the
// sync slot is the first 15 minutes of the overlap in which a member of each
// side works throughout.

#include "plan_builder.h"

#include "sunrelay/core/handoff.h"
#include "sunrelay/core/schedule_report.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

// Expected overlap handoff, in the form describe() prints.
QString ov(const QString &fromTo, const QString &at, int overlapMinutes, const QString &slot)
{
    return QStringLiteral("%1 overlap at=%2 pickup=%2 overlap=%3min wait=0min slot=%4")
        .arg(fromTo, at)
        .arg(overlapMinutes)
        .arg(slot);
}

// Expected gap handoff.
QString gap(const QString &fromTo, const QString &at, const QString &pickup, int waitMinutes)
{
    return QStringLiteral("%1 gap at=%2 pickup=%3 overlap=0min wait=%4min slot=none")
        .arg(fromTo, at, pickup)
        .arg(waitMinutes);
}

} // namespace

class TestHandoffs : public QObject
{
    Q_OBJECT

private slots:
    void handoffs_data();
    void handoffs();
    void endAtTheHorizonIsACut();
    void gapOverAShutdownWaitsForIt();
    void nobodyEverCoversAgain();
};

void TestHandoffs::handoffs_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<Interval>("horizon");
    QTest::addColumn<QStringList>("expected");

    const Interval monTue = span("2026-03-09T00:00Z", "2026-03-11T00:00Z");

    // The handoff.h example. EMEA Berlin Mon 09:00-17:30 CET = 08:00Z-16:30Z;
    // AMER New York Mon 10:00-18:00 EDT = 14:00Z-22:00Z; APAC Tokyo Tue
    // 08:00-16:00 (+9) = Mon 23:00Z-Tue 07:00Z.
    //  - 16:30Z: AMER covers; overlap 14:00Z-16:30Z = 150 min; slot 14:00Z.
    //  - 22:00Z: nobody; APAC starts first at 23:00Z: wait 60 min.
    //  - Tue 07:00Z: nobody until next Monday; EMEA first (Mon 03-16 08:00Z,
    //    before AMER 14:00Z and APAC 23:00Z): 6 d 1 h = 8700 min.
    QTest::newRow("header example: overlap, gap, gap to next week")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .region("apac")
               .member("anna", "emea", "Europe/Berlin", "mon 09:00-17:30")
               .member("nia", "amer", "America/New_York", "mon 10:00-18:00")
               .member("kenji", "apac", "Asia/Tokyo", "tue 08:00-16:00")
               .build()
        << monTue
        << QStringList{
               ov("emea->amer", "2026-03-09T16:30Z", 150, "2026-03-09T14:00Z/2026-03-09T14:15Z"),
               gap("amer->apac", "2026-03-09T22:00Z", "2026-03-09T23:00Z", 60),
               gap("apac->emea", "2026-03-10T07:00Z", "2026-03-16T08:00Z", 8700)};

    // UTC: a 08-16, b 10-18, c 12-20. At 16:00 b has worked alongside a
    // since 10:00 (360 min), c only since 12:00 (240 min): b receives,
    // although c runs longer past 16:00. At 18:00 only c covers: overlap
    // 12:00-18:00 = 360 min. At 20:00 nobody until a, Mon 03-16 08:00Z:
    // 6 d 12 h = 9360 min.
    QTest::newRow("receiver is the one that overlapped longest")
        << PlanBuilder()
               .region("a")
               .region("b")
               .region("c")
               .member("ma", "a", "Etc/UTC", "mon 08:00-16:00")
               .member("mb", "b", "Etc/UTC", "mon 10:00-18:00")
               .member("mc", "c", "Etc/UTC", "mon 12:00-20:00")
               .build()
        << monTue
        << QStringList{ov("a->b", "2026-03-09T16:00Z", 360, "2026-03-09T10:00Z/2026-03-09T10:15Z"),
                       ov("b->c", "2026-03-09T18:00Z", 360, "2026-03-09T12:00Z/2026-03-09T12:15Z"),
                       gap("c->a", "2026-03-09T20:00Z", "2026-03-16T08:00Z", 9360)};

    // a 08-16, b 12-18, c 12-20: at 16:00 b and c both overlapped a for
    // 240 min; c runs longer past 16:00 (to 20:00): c receives. At 18:00 b
    // hands to c (overlap 12:00-18:00 = 360 min). b and c both end... c at
    // 20:00: a next on Mon 03-16 08:00Z, 9360 min.
    QTest::newRow("overlap tie: the one running longest past e")
        << PlanBuilder()
               .region("a")
               .region("b")
               .region("c")
               .member("ma", "a", "Etc/UTC", "mon 08:00-16:00")
               .member("mb", "b", "Etc/UTC", "mon 12:00-18:00")
               .member("mc", "c", "Etc/UTC", "mon 12:00-20:00")
               .build()
        << monTue
        << QStringList{ov("a->c", "2026-03-09T16:00Z", 240, "2026-03-09T12:00Z/2026-03-09T12:15Z"),
                       ov("b->c", "2026-03-09T18:00Z", 360, "2026-03-09T12:00Z/2026-03-09T12:15Z"),
                       gap("c->a", "2026-03-09T20:00Z", "2026-03-16T08:00Z", 9360)};

    // a 08-16, b 12-20, c 12-20: at 16:00 both overlapped a for 240 min and
    // both run to 20:00; b is first in region order. At 20:00 b and c both
    // end and hand to a, Mon 03-16 08:00Z (9360 min), listed in sender
    // region order.
    QTest::newRow("overlap receiver tie: region order (b before c)")
        << PlanBuilder()
               .region("a")
               .region("b")
               .region("c")
               .member("ma", "a", "Etc/UTC", "mon 08:00-16:00")
               .member("mb", "b", "Etc/UTC", "mon 12:00-20:00")
               .member("mc", "c", "Etc/UTC", "mon 12:00-20:00")
               .build()
        << monTue
        << QStringList{ov("a->b", "2026-03-09T16:00Z", 240, "2026-03-09T12:00Z/2026-03-09T12:15Z"),
                       gap("b->a", "2026-03-09T20:00Z", "2026-03-16T08:00Z", 9360),
                       gap("c->a", "2026-03-09T20:00Z", "2026-03-16T08:00Z", 9360)};
    // Same members, regions ordered a, c, b: now c wins the tie.
    QTest::newRow("overlap receiver tie: region order (c before b)")
        << PlanBuilder()
               .region("a")
               .region("c")
               .region("b")
               .member("ma", "a", "Etc/UTC", "mon 08:00-16:00")
               .member("mb", "b", "Etc/UTC", "mon 12:00-20:00")
               .member("mc", "c", "Etc/UTC", "mon 12:00-20:00")
               .build()
        << monTue
        << QStringList{ov("a->c", "2026-03-09T16:00Z", 240, "2026-03-09T12:00Z/2026-03-09T12:15Z"),
                       gap("c->a", "2026-03-09T20:00Z", "2026-03-16T08:00Z", 9360),
                       gap("b->a", "2026-03-09T20:00Z", "2026-03-16T08:00Z", 9360)};

    // b 06-20 already covered when a started at 08:00: the overlap is the
    // time both covered, a's whole 08:00-16:00 = 480 min (not from 06:00).
    QTest::newRow("overlap counts only while both covered")
        << PlanBuilder()
               .region("a")
               .region("b")
               .member("ma", "a", "Etc/UTC", "mon 08:00-16:00")
               .member("mb", "b", "Etc/UTC", "mon 06:00-20:00")
               .build()
        << monTue
        << QStringList{ov("a->b", "2026-03-09T16:00Z", 480, "2026-03-09T08:00Z/2026-03-09T08:15Z")};

    // a 08-16, b 16-24: b's interval starts exactly at e = 16:00: an overlap
    // handoff with 0 overlap and no sync slot. b ends Tue 00:00Z: a next on
    // Mon 03-16 08:00Z, 6 d 8 h = 9120 min.
    QTest::newRow("interval starting exactly at e: overlap 0, no slot")
        << PlanBuilder()
               .region("a")
               .region("b")
               .member("ma", "a", "Etc/UTC", "mon 08:00-16:00")
               .member("mb", "b", "Etc/UTC", "mon 16:00-24:00")
               .build()
        << monTue
        << QStringList{ov("a->b", "2026-03-09T16:00Z", 0, "none"),
                       gap("b->a", "2026-03-10T00:00Z", "2026-03-16T08:00Z", 9120)};

    // a 08-12; b 14-18 and c 14-20 start together after the gap: b (region
    // order) picks up, wait 120 min. At 18:00 c covers: overlap 14-18 = 240.
    // At 20:00 c hands to a, Mon 03-16 08:00Z: 9360 min.
    QTest::newRow("gap receiver tie: region order (b before c)")
        << PlanBuilder()
               .region("a")
               .region("b")
               .region("c")
               .member("ma", "a", "Etc/UTC", "mon 08:00-12:00")
               .member("mb", "b", "Etc/UTC", "mon 14:00-18:00")
               .member("mc", "c", "Etc/UTC", "mon 14:00-20:00")
               .build()
        << monTue
        << QStringList{gap("a->b", "2026-03-09T12:00Z", "2026-03-09T14:00Z", 120),
                       ov("b->c", "2026-03-09T18:00Z", 240, "2026-03-09T14:00Z/2026-03-09T14:15Z"),
                       gap("c->a", "2026-03-09T20:00Z", "2026-03-16T08:00Z", 9360)};
    QTest::newRow("gap receiver tie: region order (c before b)")
        << PlanBuilder()
               .region("a")
               .region("c")
               .region("b")
               .member("ma", "a", "Etc/UTC", "mon 08:00-12:00")
               .member("mb", "b", "Etc/UTC", "mon 14:00-18:00")
               .member("mc", "c", "Etc/UTC", "mon 14:00-20:00")
               .build()
        << monTue
        << QStringList{gap("a->c", "2026-03-09T12:00Z", "2026-03-09T14:00Z", 120),
                       ov("b->c", "2026-03-09T18:00Z", 240, "2026-03-09T14:00Z/2026-03-09T14:15Z"),
                       gap("c->a", "2026-03-09T20:00Z", "2026-03-16T08:00Z", 9360)};

    // a 08-12 and 13-17, b 14-20. At 12:00 nobody covers and a itself starts
    // first again (13:00 < 14:00): a resumes, no handoff. At 17:00 b covers:
    // overlap 14:00-17:00 = 180 min. At 20:00 b hands to a, Mon 03-16
    // 08:00Z: 9360 min.
    QTest::newRow("A resumes: no handoff")
        << PlanBuilder()
               .region("a")
               .region("b")
               .member("ma", "a", "Etc/UTC", "mon 08:00-12:00; mon 13:00-17:00")
               .member("mb", "b", "Etc/UTC", "mon 14:00-20:00")
               .build()
        << monTue
        << QStringList{ov("a->b", "2026-03-09T17:00Z", 180, "2026-03-09T14:00Z/2026-03-09T14:15Z"),
                       gap("b->a", "2026-03-09T20:00Z", "2026-03-16T08:00Z", 9360)};
    // a restarts at 14:00 together with b; a is first in region order: the
    // tie goes to a, which resumes.
    QTest::newRow("A resumes on a tie when first in region order")
        << PlanBuilder()
               .region("a")
               .region("b")
               .member("ma", "a", "Etc/UTC", "mon 08:00-12:00; mon 14:00-17:00")
               .member("mb", "b", "Etc/UTC", "mon 14:00-20:00")
               .build()
        << monTue
        << QStringList{ov("a->b", "2026-03-09T17:00Z", 180, "2026-03-09T14:00Z/2026-03-09T14:15Z"),
                       gap("b->a", "2026-03-09T20:00Z", "2026-03-16T08:00Z", 9360)};

    // b 06-07, a 08-16; b is off from Tue 03-10 through 2027-03-31. At
    // 07:00 nobody covers, a starts at 08:00: gap 60 min. At 16:00 a itself
    // is next (Mon 03-16): it resumes, no handoff, however long b is away.
    QTest::newRow("a resumes while the other region is off for a year")
        << PlanBuilder()
               .region("a")
               .region("b")
               .member("ma", "a", "Etc/UTC", "mon 08:00-16:00")
               .member("mb", "b", "Etc/UTC", "mon 06:00-07:00")
               .timeOff("2026-03-10", "2027-03-31")
               .build()
        << monTue << QStringList{gap("b->a", "2026-03-09T07:00Z", "2026-03-09T08:00Z", 60)};

    // DESIGN.md's receiver rule in the week US and EU clocks disagree
    // (2027-03-15: New York on EDT since 03-14, Berlin on CET until 03-28).
    // Regions amer, emea, apac, all Mon-Fri. APAC Singapore (+8) 09:00-18:00
    // = 01:00Z-10:00Z; EMEA Berlin 08:00-17:00 CET = 07:00Z-16:00Z; AMER New
    // York 06:00-14:00 EDT = 10:00Z-18:00Z.
    //  - 10:00Z APAC ends: EMEA overlapped it 07:00Z-10:00Z (180 min), AMER
    //    starts exactly then (0 min) and runs longer (to 18:00Z): EMEA
    //    receives all the same; sync slot 07:00Z.
    //  - 16:00Z EMEA ends: AMER covers, overlap 10:00Z-16:00Z = 360 min.
    //  - 18:00Z AMER ends: APAC Tue 09:00 = Tue 01:00Z: 7 h = 420 min.
    QTest::newRow("mismatch week: APAC hands to EMEA, not to AMER starting at e")
        << PlanBuilder()
               .region("amer")
               .region("emea")
               .region("apac")
               .member("nia", "amer", "America/New_York", "mon-fri 06:00-14:00")
               .member("anna", "emea", "Europe/Berlin", "mon-fri 08:00-17:00")
               .member("wei", "apac", "Asia/Singapore", "mon-fri 09:00-18:00")
               .build()
        << span("2027-03-15T00:00Z", "2027-03-16T00:00Z")
        << QStringList{
               ov("apac->emea", "2027-03-15T10:00Z", 180, "2027-03-15T07:00Z/2027-03-15T07:15Z"),
               ov("emea->amer", "2027-03-15T16:00Z", 360, "2027-03-15T10:00Z/2027-03-15T10:15Z"),
               gap("amer->apac", "2027-03-15T18:00Z", "2027-03-16T01:00Z", 420)};

    // a nights 22-06, b days 06-22, horizon Monday only. a's coverage
    // [00:00Z, 06:00Z) and [22:00Z, 24:00Z); b [06:00Z, 22:00Z). Both
    // handoffs are 0-overlap; a's end at the horizon's end is a cut.
    QTest::newRow("end cut by the horizon is not a handoff")
        << PlanBuilder()
               .region("a")
               .region("b")
               .member("ma", "a", "Etc/UTC", "daily 22:00-06:00")
               .member("mb", "b", "Etc/UTC", "daily 06:00-22:00")
               .build()
        << span("2026-03-09T00:00Z", "2026-03-10T00:00Z")
        << QStringList{ov("a->b", "2026-03-09T06:00Z", 0, "none"),
                       ov("b->a", "2026-03-09T22:00Z", 0, "none")};

    // Regions listed c, b, a. a 08-12, b 08-12, c 10-14: at 12:00 both a and
    // b hand to c (overlap 10:00-12:00 = 120 min); same `at`, sorted by
    // sender region order: b (1) before a (2). At 14:00 c hands to b, first
    // in region order of the two starting Mon 03-16 08:00Z: 6 d 18 h = 9720.
    QTest::newRow("same instant: sorted by sender region order")
        << PlanBuilder()
               .region("c")
               .region("b")
               .region("a")
               .member("ma", "a", "Etc/UTC", "mon 08:00-12:00")
               .member("mb", "b", "Etc/UTC", "mon 08:00-12:00")
               .member("mc", "c", "Etc/UTC", "mon 10:00-14:00")
               .build()
        << monTue
        << QStringList{ov("b->c", "2026-03-09T12:00Z", 120, "2026-03-09T10:00Z/2026-03-09T10:15Z"),
                       ov("a->c", "2026-03-09T12:00Z", 120, "2026-03-09T10:00Z/2026-03-09T10:15Z"),
                       gap("c->b", "2026-03-09T14:00Z", "2026-03-16T08:00Z", 9720)};

    // One region: its gaps end with itself resuming; nobody to hand to.
    QTest::newRow("one region: no handoffs")
        << PlanBuilder()
               .region("emea")
               .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:00")
               .member("liam", "emea", "Europe/London", "mon-fri 09:00-17:00")
               .build()
        << span("2026-03-09T00:00Z", "2026-03-16T00:00Z") << QStringList{};
    QTest::newRow("empty plan: no regions, no members")
        << PlanBuilder().build() << monTue << QStringList{};
    QTest::newRow("regions without members")
        << PlanBuilder().region("a").region("b").build() << monTue << QStringList{};

    // US/EU mismatch week of 2026-03-09, Berlin and New York both Mon-Fri
    // 09:00-17:00. New York is already EDT (-4): 13:00Z-21:00Z; Berlin still
    // CET (+1): 08:00Z-16:00Z. Every day: EMEA -> AMER at 16:00Z with
    // overlap 13:00Z-16:00Z = 180 min (usually 120), slot 13:00Z; AMER ->
    // EMEA at 21:00Z waiting until 08:00Z next day = 11 h = 660 min. Friday's
    // 21:00Z: Berlin next works Mon 03-16 08:00Z, past the horizon: 2 d 11 h
    // = 3540 min.
    {
        QStringList expected;
        for (int d = 9; d <= 13; ++d) {
            const QString today = QStringLiteral("2026-03-%1T").arg(d, 2, 10, QLatin1Char('0'));
            const QString tomorrow =
                QStringLiteral("2026-03-%1T").arg(d + 1, 2, 10, QLatin1Char('0'));
            expected << ov("emea->amer",
                           today + "16:00Z",
                           180,
                           today + "13:00Z/" + today + "13:15Z");
            if (d < 13)
                expected << gap("amer->emea", today + "21:00Z", tomorrow + "08:00Z", 660);
            else
                expected << gap("amer->emea", today + "21:00Z", "2026-03-16T08:00Z", 3540);
        }
        QTest::newRow("March US/EU mismatch week (overlap 1 h longer)")
            << PlanBuilder()
                   .region("emea")
                   .region("amer")
                   .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:00")
                   .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:00")
                   .build()
            << span("2026-03-09T00:00Z", "2026-03-14T00:00Z") << expected;
    }
    // Fri 03-13 and Mon 03-16 of the same team: the weekend gap from Fri
    // 21:00Z to Mon 08:00Z = 2 d 11 h = 3540 min. Mon 21:00Z: Berlin's next
    // start, Tue 08:00Z, is past the horizon: 660 min.
    QTest::newRow("mismatch weekend gap")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:00")
               .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:00")
               .build()
        << span("2026-03-13T00:00Z", "2026-03-17T00:00Z")
        << QStringList{
               ov("emea->amer", "2026-03-13T16:00Z", 180, "2026-03-13T13:00Z/2026-03-13T13:15Z"),
               gap("amer->emea", "2026-03-13T21:00Z", "2026-03-16T08:00Z", 3540),
               ov("emea->amer", "2026-03-16T16:00Z", 180, "2026-03-16T13:00Z/2026-03-16T13:15Z"),
               gap("amer->emea", "2026-03-16T21:00Z", "2026-03-17T08:00Z", 660)};
    // Mondays only, across the season: 03-02 usual (CET 08-16Z, EST 14-22Z:
    // 120 min), 03-30 summer (CEST 07-15Z, EDT 13-21Z: 120 min), 10-26
    // October mismatch (CET 08-16Z, EDT 13-21Z: 180 min), 11-02 usual again
    // (120 min). Each evening AMER hands to EMEA a week later: 03-02 22:00Z
    // -> 03-09 08:00Z (EDT since 03-08, CET still) = 154 h = 9240 min;
    // 03-30 21:00Z -> 04-06 07:00Z (both summer) = 154 h; 10-26 21:00Z
    // (EDT) -> 11-02 08:00Z (CET) = 155 h = 9300 min; 11-02 22:00Z -> 11-09
    // 08:00Z (both winter) = 154 h.
    {
        const Plan mondays = PlanBuilder()
                                 .region("emea")
                                 .region("amer")
                                 .member("anna", "emea", "Europe/Berlin", "mon 09:00-17:00")
                                 .member("nia", "amer", "America/New_York", "mon 09:00-17:00")
                                 .build();
        QTest::newRow("usual Monday 2026-03-02 (120 min)")
            << mondays << span("2026-03-02T00:00Z", "2026-03-03T00:00Z")
            << QStringList{ov("emea->amer",
                              "2026-03-02T16:00Z",
                              120,
                              "2026-03-02T14:00Z/2026-03-02T14:15Z"),
                           gap("amer->emea", "2026-03-02T22:00Z", "2026-03-09T08:00Z", 9240)};
        QTest::newRow("summer Monday 2026-03-30 (120 min)")
            << mondays << span("2026-03-30T00:00Z", "2026-03-31T00:00Z")
            << QStringList{ov("emea->amer",
                              "2026-03-30T15:00Z",
                              120,
                              "2026-03-30T13:00Z/2026-03-30T13:15Z"),
                           gap("amer->emea", "2026-03-30T21:00Z", "2026-04-06T07:00Z", 9240)};
        QTest::newRow("October mismatch Monday 2026-10-26 (180 min)")
            << mondays << span("2026-10-26T00:00Z", "2026-10-27T00:00Z")
            << QStringList{ov("emea->amer",
                              "2026-10-26T16:00Z",
                              180,
                              "2026-10-26T13:00Z/2026-10-26T13:15Z"),
                           gap("amer->emea", "2026-10-26T21:00Z", "2026-11-02T08:00Z", 9300)};
        QTest::newRow("usual Monday 2026-11-02 (120 min)")
            << mondays << span("2026-11-02T00:00Z", "2026-11-03T00:00Z")
            << QStringList{ov("emea->amer",
                              "2026-11-02T16:00Z",
                              120,
                              "2026-11-02T14:00Z/2026-11-02T14:15Z"),
                           gap("amer->emea", "2026-11-02T22:00Z", "2026-11-09T08:00Z", 9240)};
        // Two Mondays: the wait over the week crosses the US change on
        // 03-08 but not the EU one: 03-02 22:00Z (EST end) -> 03-09 08:00Z
        // = 7 d - 14 h = 154 h = 9240 min; 03-09 21:00Z (EDT) -> 03-16
        // 08:00Z = 155 h = 9300 min.
        QTest::newRow("week-long gap across US spring-forward")
            << mondays << span("2026-03-02T00:00Z", "2026-03-10T00:00Z")
            << QStringList{ov("emea->amer",
                              "2026-03-02T16:00Z",
                              120,
                              "2026-03-02T14:00Z/2026-03-02T14:15Z"),
                           gap("amer->emea", "2026-03-02T22:00Z", "2026-03-09T08:00Z", 9240),
                           ov("emea->amer",
                              "2026-03-09T16:00Z",
                              180,
                              "2026-03-09T13:00Z/2026-03-09T13:15Z"),
                           gap("amer->emea", "2026-03-09T21:00Z", "2026-03-16T08:00Z", 9300)};
    }

    // Southern hemisphere: Sydney and Berlin Mon-Fri 09:00-17:00 around
    // Sydney's DST end (2026-04-05). Sydney Fri 04-03 AEDT (+11): 04-02
    // 22:00Z-04-03 06:00Z (clipped to start at 00:00Z); Mon 04-06 AEST
    // (+10): 04-05 23:00Z-04-06 07:00Z; Tue 04-07: 04-06 23:00Z-..., cut at
    // the horizon. Berlin CEST (+2): 07:00Z-15:00Z on Fri and Mon.
    //  - Fri 06:00Z: nobody, Berlin at 07:00Z: gap 60 min.
    //  - Fri 15:00Z: Sydney next at 04-05 23:00Z: 2 d 8 h = 3360 min.
    //  - Mon 07:00Z: Berlin starts exactly then: overlap 0 (a week earlier
    //    it would have been a 1 h gap).
    //  - Mon 15:00Z: Sydney at 23:00Z: 480 min.
    QTest::newRow("Sydney DST end: gap becomes 0-overlap")
        << PlanBuilder()
               .region("apac")
               .region("emea")
               .member("mia", "apac", "Australia/Sydney", "mon-fri 09:00-17:00")
               .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:00")
               .build()
        << span("2026-04-03T00:00Z", "2026-04-07T00:00Z")
        << QStringList{gap("apac->emea", "2026-04-03T06:00Z", "2026-04-03T07:00Z", 60),
                       gap("emea->apac", "2026-04-03T15:00Z", "2026-04-05T23:00Z", 3360),
                       ov("apac->emea", "2026-04-06T07:00Z", 0, "none"),
                       gap("emea->apac", "2026-04-06T15:00Z", "2026-04-06T23:00Z", 480)};

    // Odd offsets, Monday 03-09 09:00-17:00 each. Chatham (+13:45, DST
    // until April): 03-08 19:15Z-03-09 03:15Z. Kathmandu (+5:45): 03:15Z-
    // 11:15Z. Kolkata (+5:30): 03:30Z-11:30Z.
    //  - 03:15Z: Kathmandu starts exactly at Chatham's end (Kolkata only at
    //    03:30Z): overlap 0.
    //  - 11:15Z: Kolkata runs to 11:30Z: overlap 03:30Z-11:15Z = 465 min.
    //  - 11:30Z: nobody until Chatham's next Monday, 03-16 09:00 +13:45 =
    //    03-15 19:15Z (its DST ends 04-05): 6 d 7 h 45 min = 9105 min.
    QTest::newRow("Chatham, Kathmandu, Kolkata")
        << PlanBuilder()
               .region("nz")
               .region("np")
               .region("in")
               .member("aroha", "nz", "Pacific/Chatham", "mon 09:00-17:00")
               .member("sita", "np", "Asia/Kathmandu", "mon 09:00-17:00")
               .member("ravi", "in", "Asia/Kolkata", "mon 09:00-17:00")
               .build()
        << span("2026-03-08T00:00Z", "2026-03-10T00:00Z")
        << QStringList{
               ov("nz->np", "2026-03-09T03:15Z", 0, "none"),
               ov("np->in", "2026-03-09T11:15Z", 465, "2026-03-09T03:30Z/2026-03-09T03:45Z"),
               gap("in->nz", "2026-03-09T11:30Z", "2026-03-15T19:15Z", 9105)};

    // Lord Howe (30-minute DST) and Adelaide (1 h DST), Mondays 09:00-17:00.
    // Mon 03-30, both DST: Lord Howe +11: 03-29 22:00Z-03-30 06:00Z;
    // Adelaide +10:30: 03-29 22:30Z-03-30 06:30Z: overlap 450 min.
    // Mon 04-06, both standard: Lord Howe +10:30: 04-05 22:30Z-04-06 06:30Z;
    // Adelaide +9:30: 04-05 23:30Z-04-06 07:30Z: overlap 420 min.
    // Between: 03-30 06:30Z -> 04-05 22:30Z = 6 d 16 h = 9600 min. Then
    // 04-06 07:30Z -> Lord Howe 04-13 09:00 +10:30 = 04-12 22:30Z: 6 d 15 h
    // = 9540 min.
    QTest::newRow("Lord_Howe and Adelaide across DST end")
        << PlanBuilder()
               .region("lh")
               .region("sa")
               .member("ben", "lh", "Australia/Lord_Howe", "mon 09:00-17:00")
               .member("cat", "sa", "Australia/Adelaide", "mon 09:00-17:00")
               .build()
        << span("2026-03-29T00:00Z", "2026-04-07T00:00Z")
        << QStringList{
               ov("lh->sa", "2026-03-30T06:00Z", 450, "2026-03-29T22:30Z/2026-03-29T22:45Z"),
               gap("sa->lh", "2026-03-30T06:30Z", "2026-04-05T22:30Z", 9600),
               ov("lh->sa", "2026-04-06T06:30Z", 420, "2026-04-05T23:30Z/2026-04-05T23:45Z"),
               gap("sa->lh", "2026-04-06T07:30Z", "2026-04-12T22:30Z", 9540)};

    // Sao Paulo (-3, no DST) and New York around US fall-back. Sao Paulo
    // Mon-Fri 09:00-18:00 = 12:00Z-21:00Z always. New York Fri 10-30 EDT:
    // 13:00Z-21:00Z; Mon 11-02 EST: 14:00Z-22:00Z.
    //  - Fri 21:00Z: both end; LATAM's next start (Mon 12:00Z) comes before
    //    AMER's (14:00Z): LATAM resumes. AMER -> LATAM: Fri 21:00Z -> Mon
    //    12:00Z = 2 d 15 h = 3780 min.
    //  - Mon 21:00Z: AMER covers to 22:00Z: overlap 14:00Z-21:00Z = 420 min.
    //  - Mon 22:00Z: LATAM next on Tuesday 12:00Z (AMER 14:00Z), past the
    //    horizon: 840 min.
    QTest::newRow("Sao_Paulo and New York across US fall-back")
        << PlanBuilder()
               .region("latam")
               .region("amer")
               .member("ana", "latam", "America/Sao_Paulo", "mon-fri 09:00-18:00")
               .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:00")
               .build()
        << span("2026-10-30T00:00Z", "2026-11-03T00:00Z")
        << QStringList{
               gap("amer->latam", "2026-10-30T21:00Z", "2026-11-02T12:00Z", 3780),
               ov("latam->amer", "2026-11-02T21:00Z", 420, "2026-11-02T14:00Z/2026-11-02T14:15Z"),
               gap("amer->latam", "2026-11-02T22:00Z", "2026-11-03T12:00Z", 840)};
}

void TestHandoffs::handoffs()
{
    QFETCH(Plan, plan);
    QFETCH(Interval, horizon);
    QFETCH(QStringList, expected);

    const TeamSchedule schedule = computeSchedule(plan, horizon);
    const std::vector<Handoff> handoffs = computeHandoffs(plan, schedule);
    QCOMPARE(describe(plan, handoffs), expected);

    // Invariants of handoff.h on every row.
    for (const Handoff &h : handoffs) {
        QVERIFY(h.from != h.to);
        QVERIFY(horizon.contains(h.at));
        if (h.kind == HandoffKind::Overlap) {
            QCOMPARE(h.pickup, h.at);
            QCOMPARE(h.wait, Seconds{0});
            QCOMPARE(h.syncSlot.has_value() && h.overlap == Seconds{0}, false);
        } else {
            QCOMPARE(h.wait, h.pickup - h.at);
            QVERIFY(!h.syncSlot);
        }
    }
}

void TestHandoffs::endAtTheHorizonIsACut()
{
    // handoff.h: "an end at the horizon's end is a cut, not an end". A
    // schedule built by hand whose region b reaches past the horizon: a's
    // coverage ending exactly at the horizon's end (24:00Z) gives no handoff
    // although b covers that instant; b's end lies outside the horizon.
    const Plan plan = PlanBuilder().region("a").region("b").build();
    TeamSchedule schedule;
    schedule.horizon = span("2026-03-09T00:00Z", "2026-03-10T00:00Z");
    schedule.coverage = {IntervalSet({span("2026-03-09T20:00Z", "2026-03-10T00:00Z")}),
                         IntervalSet({span("2026-03-09T23:00Z", "2026-03-10T06:00Z")})};
    schedule.shifts = {RegionShifts{}, RegionShifts{}};
    schedule.regionMembers = {{}, {}};
    QCOMPARE(describe(plan, computeHandoffs(plan, schedule)), QStringList{});

    // One minute earlier it is a real end: a -> b with 59 min of overlap
    // (23:00Z-23:59Z) and, without members, no sync slot.
    schedule.coverage[0] = IntervalSet({span("2026-03-09T20:00Z", "2026-03-09T23:59Z")});
    QCOMPARE(describe(plan, computeHandoffs(plan, schedule)),
             QStringList{ov("a->b", "2026-03-09T23:59Z", 59, "none")});
}

void TestHandoffs::gapOverAShutdownWaitsForIt()
{
    // The Christmas shutdown of the issue: Berlin and New York Mon-Fri
    // 09:00-17:00; New York off 2026-12-18..2027-01-04, Berlin off
    // 2026-12-19..2027-01-11. Fri 12-18 only Berlin works (CET, 08:00Z-
    // 16:00Z). At 16:00Z nobody covers; New York comes back first, Tue
    // 2027-01-05 09:00 EST = 14:00Z (Berlin only on 01-12): EMEA -> AMER,
    // a wait of 18 d - 2 h = 430 h = 25,800 min. The report of that one day
    // must show it, far beyond the schedule's two-week margin.
    const Plan plan = PlanBuilder()
                          .region("emea")
                          .region("amer")
                          .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:00")
                          .timeOff("2026-12-19", "2027-01-11")
                          .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:00")
                          .timeOff("2026-12-18", "2027-01-04")
                          .build();
    const ScheduleReport report =
        reportSchedule(plan, dayWindow(date::year{2026} / 12 / 18, date::year{2026} / 12 / 18));
    QCOMPARE(describe(plan, report.handoffs),
             QStringList{gap("emea->amer", "2026-12-18T16:00Z", "2027-01-05T14:00Z", 25800)});

    // Three months away instead (New York back Mon 2027-03-22, already EDT:
    // 13:00Z): 2026-12-18 16:00Z -> 2027-03-22 13:00Z = 94 d - 3 h = 2253 h
    // = 135,180 min; Berlin's own return (2027-04-01, now off until 03-31)
    // comes later.
    Plan longer = plan;
    longer.members[0].timeOff = {DateRange{day("2026-12-19"), day("2027-03-31")}};
    longer.members[1].timeOff = {DateRange{day("2026-12-18"), day("2027-03-21")}};
    QCOMPARE(
        describe(longer,
                 reportSchedule(longer,
                                dayWindow(date::year{2026} / 12 / 18, date::year{2026} / 12 / 18))
                     .handoffs),
        QStringList{gap("emea->amer", "2026-12-18T16:00Z", "2027-03-22T13:00Z", 135180)});
}

void TestHandoffs::nobodyEverCoversAgain()
{
    // A schedule built by hand: a covers Monday 08:00Z-16:00Z, and the plan
    // has no member with working hours: after 16:00Z nobody ever covers
    // again, so there is no handoff (and the search ends).
    Plan plan = PlanBuilder().region("a").region("b").member("mb", "b", "Etc/UTC", "").build();
    TeamSchedule schedule;
    schedule.horizon = span("2026-03-09T00:00Z", "2026-03-10T00:00Z");
    schedule.coverage = {IntervalSet({span("2026-03-09T08:00Z", "2026-03-09T16:00Z")}),
                         IntervalSet{}};
    schedule.shifts = {RegionShifts{}, RegionShifts{}};
    schedule.regionMembers = {{}, {}};
    QCOMPARE(describe(plan, computeHandoffs(plan, schedule)), QStringList{});

    // Give b Tuesdays 10:00-12:00 UTC: the search past the horizon finds
    // them, 18 h after 16:00Z.
    plan.members[0].work = pattern(QStringLiteral("tue 10:00-12:00"));
    QCOMPARE(describe(plan, computeHandoffs(plan, schedule)),
             QStringList{gap("a->b", "2026-03-09T16:00Z", "2026-03-10T10:00Z", 1080)});
}

QTEST_GUILESS_MAIN(TestHandoffs)
#include "tst_handoffs.moc"
