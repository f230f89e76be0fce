// Imported calendar data in the engine: busy times that cut into deep work
// (MeetingInDeepWork) and region holidays as time off. Hand calculations:
// Anna, Europe/Berlin (CET +1 in winter), works Mon-Fri 09:00-17:30, deep
// work 09:00-12:00 and 14:00-17:00 local = 08:00-11:00Z and 13:00-16:00Z.

#include "plan_builder.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

Plan annaPlan()
{
    return PlanBuilder()
        .region("emea")
        .member("anna",
                "emea",
                QStringLiteral("Europe/Berlin"),
                QStringLiteral("mon-fri 09:00-17:30"),
                QStringLiteral("mon-fri 09:00-12:00; mon-fri 14:00-17:00"))
        .build();
}

Interval week()
{
    return {utc(QStringLiteral("2026-11-30T00:00Z")), utc(QStringLiteral("2026-12-07T00:00Z"))};
}

} // namespace

class TestImportedData : public QObject
{
    Q_OBJECT

private slots:
    void meetingInDeepWork_data();
    void meetingInDeepWork();
    void holidaysAreTimeOff();
};

void TestImportedData::meetingInDeepWork_data()
{
    QTest::addColumn<QStringList>("meetings"); // "start/end" instants
    QTest::addColumn<QStringList>("expected"); // the cuts
    QTest::newRow("inside a block") << QStringList{"2026-11-30T09:00Z/2026-11-30T10:00Z"}
                                    << QStringList{"2026-11-30T09:00Z/2026-11-30T10:00Z"};
    QTest::newRow("overlapping the end of a block")
        << QStringList{"2026-11-30T10:30Z/2026-11-30T11:30Z"}
        << QStringList{"2026-11-30T10:30Z/2026-11-30T11:00Z"};
    QTest::newRow("spanning two blocks: one cut each")
        << QStringList{"2026-12-01T10:00Z/2026-12-01T14:00Z"}
        << QStringList{"2026-12-01T10:00Z/2026-12-01T11:00Z",
                       "2026-12-01T13:00Z/2026-12-01T14:00Z"};
    QTest::newRow("between blocks: none")
        << QStringList{"2026-11-30T11:00Z/2026-11-30T13:00Z"} << QStringList{};
    QTest::newRow("weekend: none")
        << QStringList{"2026-12-05T09:00Z/2026-12-05T10:00Z"} << QStringList{};
}

void TestImportedData::meetingInDeepWork()
{
    QFETCH(QStringList, meetings);
    QFETCH(QStringList, expected);
    Plan plan = annaPlan();
    for (const QString &meeting : meetings) {
        const QStringList ends = meeting.split(QLatin1Char('/'));
        plan.members[0].busy.push_back({{utc(ends[0]), utc(ends[1])}, "Meeting", "m@example.com"});
    }
    const TeamSchedule schedule = computeSchedule(plan, withMargin(week()));
    QStringList actual;
    for (const Conflict &c : findConflicts(plan, schedule, computeHandoffs(plan, schedule), week()))
        if (c.kind == ConflictKind::MeetingInDeepWork) {
            QCOMPARE(c.severity, Severity::Error);
            QCOMPARE(c.member, std::optional<std::size_t>{0});
            actual << iso(c.interval);
        }
    QCOMPARE(actual, expected);
    QCOMPARE(severityOf(ConflictKind::MeetingInDeepWork), Severity::Error);
}

void TestImportedData::holidaysAreTimeOff()
{
    // A holiday on Tue 2026-12-01: Anna works Mon 08:00-16:30Z, not Tue, then
    // Wed-Fri; her deep work goes with it.
    Plan plan = annaPlan();
    plan.regions[0].holidays.push_back({day(QStringLiteral("2026-12-01")), "Holiday"});
    const Interval days{utc(QStringLiteral("2026-11-30T00:00Z")),
                        utc(QStringLiteral("2026-12-03T00:00Z"))};
    const TeamSchedule schedule = computeSchedule(plan, days);
    QCOMPARE(isoList(schedule.members[0].work),
             (QStringList{"2026-11-30T08:00Z/2026-11-30T16:30Z",
                          "2026-12-02T08:00Z/2026-12-02T16:30Z"}));
    QCOMPARE(schedule.members[0].deepWork.intervals().size(), std::size_t{4});
    QCOMPARE(effectiveTimeOff(plan, plan.members[0]),
             (std::vector<DateRange>{
                 {day(QStringLiteral("2026-12-01")), day(QStringLiteral("2026-12-01"))}}));
}

QTEST_GUILESS_MAIN(TestImportedData)
#include "tst_imported_data.moc"
