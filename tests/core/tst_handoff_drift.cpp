// The DST drift of region-pair handoffs week by week (handoff_drift.h).
//
// Hand calculations. Offsets: Berlin CET +1 until 2027-03-28, CEST +2 until
// 2027-10-31, CET again after; New York EST -5 until 2027-03-14, EDT -4 until
// 2027-11-07, EST after; Sao Paulo -3 all year (no DST since 2019).
// Wednesdays: 2027-03-10, 03-17, 03-24, 03-31; Mondays two days before.

#include "plan_builder.h"

#include "sunrelay/core/handoff_drift.h"
#include "sunrelay/core/schedule_report.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;
using namespace std::chrono_literals;

namespace
{
date::sys_days utcDay(const QString &text)
{
    return date::sys_days{day(text).time_since_epoch()};
}

const DriftLine &
lineOf(const Plan &plan, const HandoffDrift &drift, const std::string &from, const std::string &to)
{
    for (const DriftLine &line : drift.lines)
        if (plan.regions[line.from].id == from && plan.regions[line.to].id == to)
            return line;
    qFatal("no line %s -> %s", from.c_str(), to.c_str());
}

const DriftPoint &pointOf(const DriftLine &line, const QString &monday)
{
    for (const DriftPoint &point : line.points)
        if (point.week == utcDay(monday))
            return point;
    qFatal("no point in the week of %s", qPrintable(monday));
}

// "17:30" of a local reading.
QString clockOf(LocalTime local)
{
    const auto tod = local - date::floor<date::days>(local);
    return QString::asprintf("%02d:%02d", int(tod / 1h), int((tod % 1h) / 1min));
}

// EMEA anna, Berlin 09:00-17:30; AMER nia, New York 09:00-17:30 with deep
// work 12:00-15:00.
Plan berlinNewYork()
{
    return PlanBuilder()
        .region("emea")
        .region("amer")
        .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:30")
        .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:30", "mon-fri 12:00-15:00")
        .build();
}
} // namespace

class TestHandoffDrift : public QObject
{
    Q_OBJECT

private slots:
    void weeksOfTwelveMonths();
    void usEuMismatchWeeksShiftByAnHour();
    void gapHandoffKeepsBothClocks();
    void movedOutOfTheReceiversDay();
    void equalsTheCoreOnSampledWeeks();
    void noRegions();
};

void TestHandoffDrift::weeksOfTwelveMonths()
{
    // Wednesdays in [2027-03-01, 2028-03-01): 2027-03-03 + 52 weeks is
    // 2028-03-01 itself (2027-03-03 -> 2028-03-03 is 366 days, 2028 is a
    // leap year), so 52 weeks, the first Monday 2027-03-01.
    const HandoffDrift fromMonday = handoffDrift(berlinNewYork(), utcDay("2027-03-01"));
    QCOMPARE(fromMonday.weeks.size(), std::size_t{52});
    QCOMPARE(fromMonday.weeks.front(), utcDay("2027-03-01"));
    QCOMPARE(fromMonday.weeks.back(), utcDay("2028-02-21"));
    // From Wednesday 2027-03-03 the Wednesday 2028-03-01 is inside: 53.
    const HandoffDrift fromWednesday = handoffDrift(berlinNewYork(), utcDay("2027-03-03"));
    QCOMPARE(fromWednesday.weeks.size(), std::size_t{53});
    QCOMPARE(fromWednesday.weeks.back(), utcDay("2028-02-28"));
    // From Thursday 2027-03-04 the first Wednesday is 03-10.
    QCOMPARE(handoffDrift(berlinNewYork(), utcDay("2027-03-04")).weeks.front(),
             utcDay("2027-03-08"));
}

void TestHandoffDrift::usEuMismatchWeeksShiftByAnHour()
{
    const Plan plan = berlinNewYork();
    const HandoffDrift drift = handoffDrift(plan, utcDay("2027-03-01"));
    const DriftLine &line = lineOf(plan, drift, "emea", "amer");

    // Wed 03-10: anna stops at 17:30 CET = 16:30Z; nia works 14:00-22:30Z
    // (EST), so an overlap handoff at 16:30Z = 11:30 New York.
    const DriftPoint &before = pointOf(line, "2027-03-08");
    QCOMPARE(iso(before.handoff.at), QStringLiteral("2027-03-10T16:30Z"));
    QCOMPARE(before.handoff.kind, HandoffKind::Overlap);
    QCOMPARE(clockOf(before.senderLocal), QStringLiteral("17:30"));
    QCOMPARE(clockOf(before.receiverLocal), QStringLiteral("11:30"));
    QCOMPARE(before.dstChanged, false);

    // Wed 03-17: New York is on EDT; 16:30Z = 12:30 EDT, inside nia's deep
    // work 12:00-15:00 for the first time.
    const DriftPoint &usChanged = pointOf(line, "2027-03-15");
    QCOMPARE(iso(usChanged.handoff.at), QStringLiteral("2027-03-17T16:30Z"));
    QCOMPARE(clockOf(usChanged.senderLocal), QStringLiteral("17:30"));
    QCOMPARE(clockOf(usChanged.receiverLocal), QStringLiteral("12:30"));
    QCOMPARE(usChanged.dstChanged, true);
    QCOMPARE(usChanged.receiverShift, Seconds{1h});
    QCOMPARE(usChanged.senderShift, Seconds{0});
    QVERIFY(usChanged.isMoved());
    const std::vector<DriftEvent> intoDeepWork{
        {DriftSide::Receiver, 1, DriftEventKind::IntoDeepWork}};
    QCOMPARE(usChanged.events, intoDeepWork);

    // Wed 03-24: the same as the week before, nothing changed.
    const DriftPoint &between = pointOf(line, "2027-03-22");
    QCOMPARE(clockOf(between.receiverLocal), QStringLiteral("12:30"));
    QCOMPARE(between.dstChanged, false);
    QVERIFY(!between.isMoved());
    QVERIFY(between.events.empty());

    // Wed 03-31: Berlin is on CEST; anna stops at 17:30 = 15:30Z = 11:30 EDT.
    // Out of deep work again: moved, but no event.
    const DriftPoint &euChanged = pointOf(line, "2027-03-29");
    QCOMPARE(iso(euChanged.handoff.at), QStringLiteral("2027-03-31T15:30Z"));
    QCOMPARE(clockOf(euChanged.receiverLocal), QStringLiteral("11:30"));
    QCOMPARE(euChanged.receiverShift, Seconds{-1h});
    QVERIFY(euChanged.isMoved());
    QVERIFY(euChanged.events.empty());

    // Autumn: EU back to CET on 10-31, US on 11-07. Wed 11-03: 16:30Z =
    // 12:30 EDT again; Wed 11-10: 16:30Z = 11:30 EST.
    QCOMPARE(clockOf(pointOf(line, "2027-10-25").receiverLocal), QStringLiteral("11:30"));
    QCOMPARE(clockOf(pointOf(line, "2027-11-01").receiverLocal), QStringLiteral("12:30"));
    QCOMPARE(pointOf(line, "2027-11-01").events, intoDeepWork);
    QCOMPARE(clockOf(pointOf(line, "2027-11-08").receiverLocal), QStringLiteral("11:30"));

    // Every week of the year has its point (no holidays here).
    QCOMPARE(line.points.size(), drift.weeks.size());
}

void TestHandoffDrift::gapHandoffKeepsBothClocks()
{
    const Plan plan = berlinNewYork();
    const HandoffDrift drift = handoffDrift(plan, utcDay("2027-03-01"));
    const DriftLine &line = lineOf(plan, drift, "amer", "emea");
    // Wed 03-10: nia stops at 17:30 EST = 22:30Z, anna starts Thu 08:00Z.
    const DriftPoint &winter = pointOf(line, "2027-03-08");
    QCOMPARE(winter.handoff.kind, HandoffKind::Gap);
    QCOMPARE(iso(winter.handoff.at), QStringLiteral("2027-03-10T22:30Z"));
    QCOMPARE(iso(winter.handoff.pickup), QStringLiteral("2027-03-11T08:00Z"));
    QCOMPARE(clockOf(winter.senderLocal), QStringLiteral("17:30"));
    QCOMPARE(clockOf(winter.receiverLocal), QStringLiteral("09:00"));
    // Wed 03-17: 21:30Z (EDT), pickup 08:00Z: a zone changed, but each side
    // keeps its own clock time, so nothing moved.
    const DriftPoint &usChanged = pointOf(line, "2027-03-15");
    QCOMPARE(iso(usChanged.handoff.at), QStringLiteral("2027-03-17T21:30Z"));
    QCOMPARE(usChanged.handoff.wait, Seconds{10h + 30min});
    QCOMPARE(usChanged.dstChanged, true);
    QVERIFY(!usChanged.isMoved());
    QVERIFY(usChanged.events.empty());
}

void TestHandoffDrift::movedOutOfTheReceiversDay()
{
    // EMEA anna, Berlin 09:00-15:00; AMER nia, New York 09:30-17:30, and
    // diego, Sao Paulo 10:00-18:00 (13:00-21:00Z all year).
    // Wed 03-24: anna stops at 15:00 CET = 14:00Z; nia (EDT) works from
    // 13:30Z, so she picks up at 10:00 New York.
    // Wed 03-31: anna stops at 15:00 CEST = 13:00Z = 09:00 EDT, before nia's
    // 09:30 start; diego covers from 13:00Z (an interval starting exactly at
    // the end counts), so AMER still receives, at 10:00 Sao Paulo.
    const Plan plan = PlanBuilder()
                          .region("emea")
                          .region("amer")
                          .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-15:00")
                          .member("nia", "amer", "America/New_York", "mon-fri 09:30-17:30")
                          .member("diego", "amer", "America/Sao_Paulo", "mon-fri 10:00-18:00")
                          .build();
    const HandoffDrift drift = handoffDrift(plan, utcDay("2027-03-01"));
    const DriftLine &line = lineOf(plan, drift, "emea", "amer");

    const DriftPoint &before = pointOf(line, "2027-03-22");
    QCOMPARE(iso(before.handoff.pickup), QStringLiteral("2027-03-24T14:00Z"));
    QCOMPARE(before.receiverMember, std::size_t{1}); // nia, first in member order
    QCOMPARE(clockOf(before.receiverLocal), QStringLiteral("10:00"));

    const DriftPoint &after = pointOf(line, "2027-03-29");
    QCOMPARE(iso(after.handoff.pickup), QStringLiteral("2027-03-31T13:00Z"));
    QCOMPARE(after.receiverMember, std::size_t{2}); // diego
    QCOMPARE(clockOf(after.receiverLocal), QStringLiteral("10:00"));
    QCOMPARE(after.dstChanged, true);
    const std::vector<DriftEvent> beforeNiasDay{
        {DriftSide::Receiver, 1, DriftEventKind::BeforeWorkingDay}};
    QCOMPARE(after.events, beforeNiasDay);
}

void TestHandoffDrift::equalsTheCoreOnSampledWeeks()
{
    // Each sampled week's point is the pair's first handoff that Wednesday
    // as reportSchedule computes it for that one day alone, and every pair
    // handing off that day has its point. A plan with a member in each of
    // the interesting zones.
    const Plan plan =
        PlanBuilder()
            .region("apac")
            .region("emea")
            .region("amer")
            .member("sam", "apac", "Australia/Sydney", "mon-fri 10:00-18:30", "mon-fri 11:30-15:00")
            .member("priya", "apac", "Asia/Kolkata", "mon-fri 09:30-18:00")
            .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:30", "mon-fri 09:00-12:00")
            .member("tom", "emea", "Europe/London", "mon-fri 08:30-17:00")
            .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:30", "mon-fri 11:30-15:00")
            .member("lucas", "amer", "America/Los_Angeles", "mon-fri 06:30-14:30")
            .timeOff("2027-12-24", "2027-12-31")
            .build();
    const HandoffDrift drift = handoffDrift(plan, utcDay("2027-01-04"));
    QCOMPARE(drift.weeks.size(), std::size_t{52});
    // Weeks around the US (03-14) and EU (03-28) spring changes, Sydney's
    // (04-04), summer, the autumn changes and Christmas.
    for (const std::size_t index : {0, 9, 10, 11, 12, 13, 26, 38, 42, 43, 44, 50, 51}) {
        const date::sys_days wednesday = driftWednesday(drift.weeks[index]);
        const std::vector<Handoff> core =
            reportSchedule(plan, dayWindow(wednesday, wednesday)).handoffs;
        std::size_t pairsThatDay = 0;
        for (std::size_t from = 0; from < plan.regions.size(); ++from)
            for (std::size_t to = 0; to < plan.regions.size(); ++to) {
                const std::optional<Handoff> expected = firstHandoffOn(core, from, to, wednesday);
                const DriftPoint *found = nullptr;
                for (const DriftLine &line : drift.lines)
                    if (line.from == from && line.to == to)
                        for (const DriftPoint &point : line.points)
                            if (point.week == drift.weeks[index])
                                found = &point;
                QCOMPARE(found != nullptr, expected.has_value());
                if (!expected)
                    continue;
                ++pairsThatDay;
                QCOMPARE(describe(plan, found->handoff), describe(plan, *expected));
                // The local times read the handoff's own instants.
                QCOMPARE(found->senderLocal,
                         toLocal(plan.members[found->senderMember].zone, expected->at));
                QCOMPARE(found->receiverLocal,
                         toLocal(plan.members[found->receiverMember].zone, expected->pickup));
            }
        // At least three pairs hand off on a working Wednesday; in the
        // Christmas week (index 51, 2027-12-27) lucas is off.
        QVERIFY2(pairsThatDay >= (index == 51 ? 1u : 3u), qPrintable(QString::number(index)));
    }
}

void TestHandoffDrift::noRegions()
{
    const HandoffDrift drift = handoffDrift(Plan{}, utcDay("2027-01-04"));
    QCOMPARE(drift.weeks.size(), std::size_t{52});
    QVERIFY(drift.lines.empty());
}

QTEST_GUILESS_MAIN(TestHandoffDrift)
#include "tst_handoff_drift.moc"
