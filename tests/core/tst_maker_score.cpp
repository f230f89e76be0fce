// Maker score (maker_score.h): per local day whether it is a workday, the
// longest protected deep-work stretch, whether it reaches the policy length
// and what first cut into it; the week's protected workdays of workdays.
//
// Each row lists every day of the week as
//   "YYYY-MM-DD off" or
//   "YYYY-MM-DD workday <stretch>min protected|short [cut=<Kind>:<summary>@<start>]".
// Berlin is CET (+1) in the week of Monday 2026-03-09: 09:00 = 08:00Z.
// Sydney instants were checked with Python zoneinfo (fold=0 = the DST rule's
// first occurrence).

#include "plan_builder.h"

#include "sunrelay/core/maker_score.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

const char *cutKindName(CutKind kind)
{
    switch (kind) {
    case CutKind::Meeting:
        return "Meeting";
    case CutKind::Comms:
        return "Comms";
    case CutKind::SyncSlot:
        return "SyncSlot";
    case CutKind::Pickup:
        return "Pickup";
    }
    return "?";
}

QString dayText(LocalDate day)
{
    return QString::fromStdString(date::format("%F", day));
}

QStringList describe(const MakerScore &score)
{
    QStringList lines;
    for (const MakerDay &day : score.days) {
        if (!day.isWorkday) {
            lines << dayText(day.date) + QStringLiteral(" off");
            continue;
        }
        QString line =
            QStringLiteral("%1 workday %2 %3")
                .arg(dayText(day.date),
                     minutesText(day.longestStretch),
                     day.isProtected ? QStringLiteral("protected") : QStringLiteral("short"));
        if (day.firstCut)
            line += QStringLiteral(" cut=%1:%2@%3")
                        .arg(QLatin1String(cutKindName(day.firstCut->kind)),
                             QString::fromStdString(day.firstCut->summary),
                             iso(day.firstCut->interval.start));
        lines << line;
    }
    lines << QStringLiteral("%1 of %2").arg(score.protectedWorkdays).arg(score.workdays);
    return lines;
}

BusyTime meeting(const char *summary, const QString &from, const QString &to)
{
    return BusyTime{.interval = span(from, to), .summary = summary, .sourceUid = "uid"};
}

} // namespace

class TestMakerScore : public QObject
{
    Q_OBJECT

private slots:
    void score_data();
    void score();
};

void TestMakerScore::score_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("firstDay");
    QTest::addColumn<QStringList>("expected");

    // The header's example: deep work 13:00-17:00 (12:00Z-16:00Z) is 240 min
    // every weekday; Wednesday's "Review" 14:00-15:00 (13:00Z-14:00Z) leaves
    // 15:00-17:00 = 120 min < 180 min, cut by the meeting at 13:00Z.
    {
        Plan plan = PlanBuilder().region("emea").member("anna",
                                                        "emea",
                                                        "Europe/Berlin",
                                                        "mon-fri 09:00-17:00",
                                                        "mon-fri 13:00-17:00");
        plan.members[0].busy = {
            meeting("Review", "2026-03-11T13:00Z", "2026-03-11T14:00Z"),
            // Touches Friday's block at its end only: cuts nothing.
            meeting("Drinks", "2026-03-13T16:00Z", "2026-03-13T17:00Z"),
        };
        QTest::newRow("meeting cuts Wednesday")
            << plan << "anna"
            << "2026-03-09"
            << QStringList{"2026-03-09 workday 240min protected",
                           "2026-03-10 workday 240min protected",
                           "2026-03-11 workday 120min short cut=Meeting:Review@2026-03-11T13:00Z",
                           "2026-03-12 workday 240min protected",
                           "2026-03-13 workday 240min protected",
                           "2026-03-14 off",
                           "2026-03-15 off",
                           "4 of 5"};
    }

    // Comms 11:00-11:30 in deep work 09:00-13:00 leaves 09:00-11:00 (120
    // min) and 11:30-13:00 (90 min). On Tuesday a meeting 12:00-12:30 comes
    // after the comms window: the first cut is still comms at 11:00 (10:00Z),
    // the longest piece still 120 min. Thursday is time off: no workday.
    {
        Plan plan = PlanBuilder()
                        .region("emea")
                        .member("anna",
                                "emea",
                                "Europe/Berlin",
                                "mon-fri 09:00-17:00",
                                "mon-fri 09:00-13:00",
                                "mon-fri 11:00-11:30")
                        .timeOff("2026-03-12", "2026-03-12")
                        .deepWorkMinimum(Minutes{120});
        plan.members[0].busy = {meeting("Standup", "2026-03-10T11:00Z", "2026-03-10T11:30Z")};
        QTest::newRow("comms window; time off")
            << plan << "anna"
            << "2026-03-09"
            << QStringList{"2026-03-09 workday 120min protected cut=Comms:@2026-03-09T10:00Z",
                           "2026-03-10 workday 120min protected cut=Comms:@2026-03-10T10:00Z",
                           "2026-03-11 workday 120min protected cut=Comms:@2026-03-11T10:00Z",
                           "2026-03-12 off",
                           "2026-03-13 workday 120min protected cut=Comms:@2026-03-13T10:00Z",
                           "2026-03-14 off",
                           "2026-03-15 off",
                           "4 of 4"};
    }

    // A meeting starting before the block (08:30-09:30 Berlin, 07:30Z) cuts
    // its first half hour: 09:30-13:00 = 210 min, still protected; the cut
    // names the meeting's own start.
    {
        Plan plan = PlanBuilder().region("emea").member("anna",
                                                        "emea",
                                                        "Europe/Berlin",
                                                        "mon 08:00-17:00",
                                                        "mon 09:00-13:00");
        plan.members[0].busy = {meeting("Early", "2026-03-09T07:30Z", "2026-03-09T08:30Z")};
        QTest::newRow("meeting overlapping the start")
            << plan << "anna"
            << "2026-03-09"
            << QStringList{
                   "2026-03-09 workday 210min protected cut=Meeting:Early@2026-03-09T07:30Z",
                   "2026-03-10 off",
                   "2026-03-11 off",
                   "2026-03-12 off",
                   "2026-03-13 off",
                   "2026-03-14 off",
                   "2026-03-15 off",
                   "1 of 1"};
    }

    // Pickups: APAC (kai, UTC) works 00:00-10:00Z and hands to EMEA at 10:00Z
    // (EMEA covers it: an overlap handoff, pickup 10:00Z). Anna's deep work
    // 09:00-13:00 Berlin = 08:00Z-12:00Z holds 10:00Z and she is EMEA's only
    // member: she breaks off, 08:00-10:00Z and 10:00-12:00Z are 120 min each.
    // (No sync slot: her deep work covers the whole overlap 08:00-10:00Z.)
    {
        Plan plan =
            PlanBuilder()
                .region("emea")
                .region("apac")
                .member("anna", "emea", "Europe/Berlin", "mon 09:00-17:00", "mon 09:00-13:00")
                .member("kai", "apac", "Etc/UTC", "mon 00:00-10:00")
                .gapLimit(Minutes{7 * 24 * 60});
        QTest::newRow("pickup splits the block")
            << plan << "anna"
            << "2026-03-09"
            << QStringList{"2026-03-09 workday 120min short cut=Pickup:@2026-03-09T10:00Z",
                           "2026-03-10 off",
                           "2026-03-11 off",
                           "2026-03-12 off",
                           "2026-03-13 off",
                           "2026-03-14 off",
                           "2026-03-15 off",
                           "0 of 1"};

        // Ben, also EMEA, works then outside deep work and takes the pickup:
        // Anna's 240 min stay whole.
        Plan withBen = plan;
        withBen.members.push_back(Member{.id = "ben",
                                         .name = "ben",
                                         .region = "emea",
                                         .zone = zone("Europe/Berlin"),
                                         .work = pattern("mon 09:00-17:00"),
                                         .deepWork = {},
                                         .comms = {},
                                         .timeOff = {}});
        QTest::newRow("pickup taken by a colleague")
            << withBen << "anna"
            << "2026-03-09"
            << QStringList{"2026-03-09 workday 240min protected",
                           "2026-03-10 off",
                           "2026-03-11 off",
                           "2026-03-12 off",
                           "2026-03-13 off",
                           "2026-03-14 off",
                           "2026-03-15 off",
                           "1 of 1"};
    }

    // DST, exact time. Sydney leaves DST on Sun 2027-04-04 at 03:00 AEDT
    // (+11) -> 02:00 AEST (+10): Saturday's deep work 23:00-03:00 is
    // 2027-04-03T12:00Z-17:00Z, 5 h by the clock's 4 h. With a 270-min
    // minimum it is protected only thanks to the extra hour.
    {
        Plan plan =
            PlanBuilder()
                .region("apac")
                .member("mia", "apac", "Australia/Sydney", "sat 22:00-08:00", "sat 23:00-03:00")
                .deepWorkMinimum(Minutes{270});
        QTest::newRow("Sydney April: 5 h night")
            << plan << "mia"
            << "2027-03-29"
            << QStringList{"2027-03-29 off",
                           "2027-03-30 off",
                           "2027-03-31 off",
                           "2027-04-01 off",
                           "2027-04-02 off",
                           "2027-04-03 workday 300min protected",
                           "2027-04-04 off",
                           "1 of 1"};
    }
    // Sydney enters DST on Sun 2027-10-03 at 02:00 AEST -> 03:00 AEDT: the
    // same block, Sat 2027-10-02 23:00 AEST (13:00Z) to 03:00 AEDT (16:00Z),
    // is 3 h: short.
    {
        Plan plan =
            PlanBuilder()
                .region("apac")
                .member("mia", "apac", "Australia/Sydney", "sat 22:00-08:00", "sat 23:00-03:00")
                .deepWorkMinimum(Minutes{270});
        QTest::newRow("Sydney October: 3 h night") << plan << "mia"
                                                   << "2027-09-27"
                                                   << QStringList{"2027-09-27 off",
                                                                  "2027-09-28 off",
                                                                  "2027-09-29 off",
                                                                  "2027-09-30 off",
                                                                  "2027-10-01 off",
                                                                  "2027-10-02 workday 180min short",
                                                                  "2027-10-03 off",
                                                                  "0 of 1"};
    }

    // A workday without any deep work: 0 min, short, nothing cut.
    {
        Plan plan =
            PlanBuilder().region("emea").member("anna", "emea", "Europe/Berlin", "wed 09:00-17:00");
        QTest::newRow("no deep work") << plan << "anna"
                                      << "2026-03-09"
                                      << QStringList{"2026-03-09 off",
                                                     "2026-03-10 off",
                                                     "2026-03-11 workday 0min short",
                                                     "2026-03-12 off",
                                                     "2026-03-13 off",
                                                     "2026-03-14 off",
                                                     "2026-03-15 off",
                                                     "0 of 1"};
    }
}

void TestMakerScore::score()
{
    QFETCH(Plan, plan);
    QFETCH(QString, member);
    QFETCH(QString, firstDay);
    QFETCH(QStringList, expected);

    const std::size_t m = plan.memberIndex(member.toStdString()).value();
    const LocalDate first = day(firstDay);
    const TimeZone &memberZone = plan.members[m].zone;
    const Interval week{resolveLocalTime(memberZone, LocalTime{first}).instant,
                        resolveLocalTime(memberZone, LocalTime{first + date::days{7}}).instant};
    const TeamSchedule schedule = computeSchedule(plan, withMargin(week));
    const std::vector<Handoff> handoffs = computeHandoffs(plan, schedule);
    QCOMPARE(describe(makerScore(plan, schedule, handoffs, m, first)), expected);
}

QTEST_GUILESS_MAIN(TestMakerScore)
#include "tst_maker_score.moc"
