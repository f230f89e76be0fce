// Maker-schedule conflicts (conflict.h, DESIGN.md "Maker-schedule rules").
//
// Rows build small plans on Monday 2026-03-09 and list every expected conflict
// (kind, severity, member, interval) in the documented order: interval start,
// then kind, then member (no member last). Rows about one rule raise the gap
// limit so coverage gaps do not add LongGap conflicts, and give members a
// 3 h deep-work block where ShortDeepWork is not the point. Berlin is CET
// (+1) on that date: 09:00 = 08:00Z.

#include "plan_builder.h"

#include "sunrelay/core/conflict.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

Q_DECLARE_METATYPE(sunrelay::ConflictKind)
Q_DECLARE_METATYPE(sunrelay::Severity)

namespace
{

const char *kindName(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::SyncSlotInDeepWork:
        return "SyncSlotInDeepWork";
    case ConflictKind::PickupInDeepWork:
        return "PickupInDeepWork";
    case ConflictKind::ShortDeepWork:
        return "ShortDeepWork";
    case ConflictKind::CommsInDeepWork:
        return "CommsInDeepWork";
    case ConflictKind::DeepWorkOutsideHours:
        return "DeepWorkOutsideHours";
    case ConflictKind::LongGap:
        return "LongGap";
    case ConflictKind::MeetingInDeepWork:
        return "MeetingInDeepWork";
    }
    return "?";
}

const char *severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "?";
}

QString describe(const Plan &plan, const Conflict &c)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(QLatin1String(kindName(c.kind)),
             QLatin1String(severityName(c.severity)),
             c.member ? QString::fromStdString(plan.members.at(*c.member).id) : QStringLiteral("-"),
             iso(c.interval));
}

QString mon(const char *hhmm)
{
    return QStringLiteral("2026-03-09T") + QLatin1String(hhmm) + QLatin1Char('Z');
}

// Expected conflict on Monday: "ShortDeepWork warning anna 08:00 16:30".
QString
c(const char *kind, const char *severity, const char *member, const char *from, const char *to)
{
    return QStringLiteral("%1 %2 %3 %4/%5")
        .arg(QLatin1String(kind),
             QLatin1String(severity),
             QLatin1String(member),
             mon(from),
             mon(to));
}

constexpr Minutes noGapLimit{7 * 24 * 60};

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void severity_data();
    void severity();

    void conflicts_data();
    void conflicts();
};

void TestConflicts::severity_data()
{
    QTest::addColumn<ConflictKind>("kind");
    QTest::addColumn<Severity>("expected");

    // conflict.h: the sync slot one is an error, deep work outside hours is
    // info, the rest warnings.
    QTest::newRow("SyncSlotInDeepWork") << ConflictKind::SyncSlotInDeepWork << Severity::Error;
    QTest::newRow("PickupInDeepWork") << ConflictKind::PickupInDeepWork << Severity::Warning;
    QTest::newRow("ShortDeepWork") << ConflictKind::ShortDeepWork << Severity::Warning;
    QTest::newRow("CommsInDeepWork") << ConflictKind::CommsInDeepWork << Severity::Warning;
    QTest::newRow("DeepWorkOutsideHours") << ConflictKind::DeepWorkOutsideHours << Severity::Info;
    QTest::newRow("LongGap") << ConflictKind::LongGap << Severity::Warning;
}

void TestConflicts::severity()
{
    QFETCH(ConflictKind, kind);
    QFETCH(Severity, expected);
    QCOMPARE(severityOf(kind), expected);
}

void TestConflicts::conflicts_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<Interval>("horizon");
    QTest::addColumn<Interval>("window");
    QTest::addColumn<QStringList>("expected");

    const Interval monday = span(mon("00:00"), "2026-03-10T00:00Z");

    // --- ShortDeepWork
    // The conflict.h example: 09:00-17:30 with 13:00-15:00 deep work (2 h <
    // 3 h): that day's working time 08:00Z-16:30Z.
    QTest::newRow("short deep work (header example)")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .member("anna", "emea", "Europe/Berlin", "mon 09:00-17:30", "mon 13:00-15:00")
               .build()
        << monday << monday << QStringList{c("ShortDeepWork", "warning", "anna", "08:00", "16:30")};
    QTest::newRow("deep work of exactly the minimum is enough")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .member("anna", "emea", "Europe/Berlin", "mon 09:00-17:30", "mon 09:00-12:00")
               .build()
        << monday << monday << QStringList{};
    // 1 h 30 + 1 h 30 touching = one uninterrupted 3 h block.
    QTest::newRow("touching blocks are one block")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .member("anna",
                       "emea",
                       "Europe/Berlin",
                       "mon 09:00-17:30",
                       "mon 09:00-10:30; mon 10:30-12:00")
               .build()
        << monday << monday << QStringList{};
    // 1 h 30 + 1 h 30 with a break: no single 3 h block.
    QTest::newRow("two short blocks with a break")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .member("anna",
                       "emea",
                       "Europe/Berlin",
                       "mon 09:00-17:30",
                       "mon 09:00-10:30; mon 11:00-12:30")
               .build()
        << monday << monday << QStringList{c("ShortDeepWork", "warning", "anna", "08:00", "16:30")};
    // Two working ranges on one local date are one workday: 08:00Z (09:00)
    // to 16:30Z (17:30), one conflict.
    QTest::newRow("a split day is one workday")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .member("anna",
                       "emea",
                       "Europe/Berlin",
                       "mon 09:00-12:00; mon 13:00-17:30",
                       "mon 13:00-15:00")
               .build()
        << monday << monday << QStringList{c("ShortDeepWork", "warning", "anna", "08:00", "16:30")};
    // The workday is a local date, not a UTC one. Tokyo (+9) Monday
    // 08:00-12:00 and 13:00-17:00 = Sun 23:00Z-Mon 03:00Z and 04:00Z-08:00Z:
    // two UTC dates, one workday; deep work 13:00-15:00 = 04:00Z-06:00Z (2 h).
    QTest::newRow("workday by local date (Tokyo)")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("apac")
               .member("kenji",
                       "apac",
                       "Asia/Tokyo",
                       "mon 08:00-12:00; mon 13:00-17:00",
                       "mon 13:00-15:00")
               .build()
        << span("2026-03-08T00:00Z", "2026-03-10T00:00Z")
        << span("2026-03-08T00:00Z", "2026-03-10T00:00Z")
        << QStringList{"ShortDeepWork warning kenji 2026-03-08T23:00Z/2026-03-09T08:00Z"};
    // Los Angeles (PDT, -7, since 03-08) Monday 09:00-12:00 and 17:30-20:00
    // = 16:00Z-19:00Z and Tue 00:30Z-03:00Z: the evening starts on the next
    // UTC date but the same local date: one workday 16:00Z-03:00Z; deep work
    // 09:00-11:00 (2 h) is too short.
    QTest::newRow("workday by local date (Los Angeles evening)")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("amer")
               .member("lena",
                       "amer",
                       "America/Los_Angeles",
                       "mon 09:00-12:00; mon 17:30-20:00",
                       "mon 09:00-11:00")
               .build()
        << span("2026-03-09T00:00Z", "2026-03-11T00:00Z")
        << span("2026-03-09T00:00Z", "2026-03-11T00:00Z")
        << QStringList{"ShortDeepWork warning lena 2026-03-09T16:00Z/2026-03-10T03:00Z"};
    // Only deep work inside the workday counts: 06:00-10:00 (4 h) but just
    // 09:00-10:00 within working time 09:00-17:30 (CET: 08:00Z-16:30Z). The
    // part before work, 06:00-09:00 = 05:00Z-08:00Z, is outside hours.
    QTest::newRow("deep work must lie in the workday")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .member("anna", "emea", "Europe/Berlin", "mon 09:00-17:30", "mon 06:00-10:00")
               .build()
        << monday << monday
        << QStringList{c("DeepWorkOutsideHours", "info", "anna", "05:00", "08:00"),
                       c("ShortDeepWork", "warning", "anna", "08:00", "16:30")};
    // A night shift belongs to the local date it starts on. Kolkata +5:30:
    // Mon 22:00-Tue 06:00 = Mon 16:30Z-Tue 00:30Z; deep work 23:00-01:00 =
    // 17:30Z-19:30Z (2 h): one ShortDeepWork over the whole shift.
    QTest::newRow("night shift workday (Kolkata)")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("apac")
               .member("ravi", "apac", "Asia/Kolkata", "mon 22:00-06:00", "mon 23:00-01:00")
               .build()
        << span(mon("00:00"), "2026-03-11T00:00Z") << span(mon("00:00"), "2026-03-11T00:00Z")
        << QStringList{"ShortDeepWork warning ravi 2026-03-09T16:30Z/2026-03-10T00:30Z"};
    // Policy minimum 2 h: the 2 h block is enough.
    QTest::newRow("policy minimum 2 h")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .deepWorkMinimum(Minutes{120})
               .region("emea")
               .member("anna", "emea", "Europe/Berlin", "mon 09:00-17:30", "mon 13:00-15:00")
               .build()
        << monday << monday << QStringList{};

    // --- CommsInDeepWork: the cut of comms and deep work.
    // Deep 09:00-12:00, comms 11:00-11:30 CET = 10:00Z-10:30Z.
    QTest::newRow("comms window inside deep work")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .member("anna",
                       "emea",
                       "Europe/Berlin",
                       "mon 09:00-17:30",
                       "mon 09:00-12:00",
                       "mon 11:00-11:30")
               .build()
        << monday << monday
        << QStringList{c("CommsInDeepWork", "warning", "anna", "10:00", "10:30")};
    // Comms 11:45-12:15 cuts 11:45-12:00 CET = 10:45Z-11:00Z.
    QTest::newRow("comms window cutting into deep work")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .member("anna",
                       "emea",
                       "Europe/Berlin",
                       "mon 09:00-17:30",
                       "mon 09:00-12:00",
                       "mon 11:45-12:15")
               .build()
        << monday << monday
        << QStringList{c("CommsInDeepWork", "warning", "anna", "10:45", "11:00")};
    QTest::newRow("comms window touching deep work is fine") << PlanBuilder()
                                                                    .gapLimit(noGapLimit)
                                                                    .region("emea")
                                                                    .member("anna",
                                                                            "emea",
                                                                            "Europe/Berlin",
                                                                            "mon 09:00-17:30",
                                                                            "mon 09:00-12:00",
                                                                            "mon 12:00-12:30")
                                                                    .build()
                                                             << monday << monday << QStringList{};

    // --- DeepWorkOutsideHours: deep 17:00-19:00 after work ends 17:30:
    // 17:30-19:00 CET = 16:30Z-18:00Z.
    QTest::newRow("deep work outside working hours")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .member("anna",
                       "emea",
                       "Europe/Berlin",
                       "mon 09:00-17:30",
                       "mon 09:00-12:00; mon 17:00-19:00")
               .build()
        << monday << monday
        << QStringList{c("DeepWorkOutsideHours", "info", "anna", "16:30", "18:00")};

    // --- LongGap: UTC member 08:00-16:30, horizon 06:00Z-20:30Z: gaps
    // 06:00-08:00 (exactly 2 h: not longer than the limit) and 16:30-20:30
    // (4 h).
    QTest::newRow("gap longer than the limit")
        << PlanBuilder()
               .region("emea")
               .member("anna", "emea", "Etc/UTC", "mon 08:00-16:30", "mon 08:00-11:00")
               .build()
        << span(mon("06:00"), mon("20:30")) << span(mon("06:00"), mon("20:30"))
        << QStringList{c("LongGap", "warning", "-", "16:30", "20:30")};
    QTest::newRow("zero members: the whole horizon is one long gap")
        << PlanBuilder().region("emea").build() << monday << monday
        << QStringList{"LongGap warning - 2026-03-09T00:00Z/2026-03-10T00:00Z"};
    QTest::newRow("empty plan: one long gap")
        << PlanBuilder().build() << monday << monday
        << QStringList{"LongGap warning - 2026-03-09T00:00Z/2026-03-10T00:00Z"};

    // --- PickupInDeepWork. Anna (EMEA, UTC) 08:00-16:30, deep 08:00-11:00;
    // Nia (AMER, UTC) 14:00-22:00, deep 16:00-19:00. Handoff at 16:30Z: Nia,
    // the only receiver working then, is in deep work: conflict on her block.
    // (The sync slot 14:00-14:15 touches no block.)
    QTest::newRow("overlap handoff pickup in deep work")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Etc/UTC", "mon 08:00-16:30", "mon 08:00-11:00")
               .member("nia", "amer", "Etc/UTC", "mon 14:00-22:00", "mon 16:00-19:00")
               .build()
        << monday << monday
        << QStringList{c("PickupInDeepWork", "warning", "nia", "16:00", "19:00")};
    // Omar (AMER) works then without deep work: he can take it, no conflict.
    QTest::newRow("pickup fine when another receiver is free")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Etc/UTC", "mon 08:00-16:30", "mon 08:00-11:00")
               .member("nia", "amer", "Etc/UTC", "mon 14:00-22:00", "mon 16:00-19:00")
               .member("omar", "amer", "Etc/UTC", "mon 14:00-22:00", "mon 18:00-21:00")
               .build()
        << monday << monday << QStringList{};
    // Omar (AMER) is free of deep work but only starts at 17:00: he does not
    // work at the pickup, so Nia's block is still cut. (Omar's day has no
    // deep work at all: ShortDeepWork.)
    QTest::newRow("receivers not working at the pickup do not count")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Etc/UTC", "mon 08:00-16:30", "mon 08:00-11:00")
               .member("nia", "amer", "Etc/UTC", "mon 14:00-22:00", "mon 16:00-19:00")
               .member("omar", "amer", "Etc/UTC", "mon 17:00-22:00")
               .build()
        << monday << monday
        << QStringList{c("PickupInDeepWork", "warning", "nia", "16:00", "19:00"),
                       c("ShortDeepWork", "warning", "omar", "17:00", "22:00")};
    // Both receivers in deep work at 16:30Z: one conflict per member, same
    // start 16:00Z: member order (nia before omar).
    QTest::newRow("pickup in deep work of every receiver: one per member")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Etc/UTC", "mon 08:00-16:30", "mon 08:00-11:00")
               .member("nia", "amer", "Etc/UTC", "mon 14:00-22:00", "mon 16:00-19:00")
               .member("omar", "amer", "Etc/UTC", "mon 14:00-22:00", "mon 16:00-19:00")
               .build()
        << monday << monday
        << QStringList{c("PickupInDeepWork", "warning", "nia", "16:00", "19:00"),
                       c("PickupInDeepWork", "warning", "omar", "16:00", "19:00")};
    // Gap handoff: Anna ends 12:00Z, Nia starts at 14:00Z straight into deep
    // work 14:00-17:00: the pickup (14:00Z) is in her block.
    QTest::newRow("gap handoff pickup in deep work")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Etc/UTC", "mon 08:00-12:00", "mon 08:00-11:00")
               .member("nia", "amer", "Etc/UTC", "mon 14:00-22:00", "mon 14:00-17:00")
               .build()
        << monday << monday
        << QStringList{c("PickupInDeepWork", "warning", "nia", "14:00", "17:00")};

    // --- SyncSlotInDeepWork. EMEA: Anna 08:00-16:30 (deep 08:00-11:00) and
    // Ben 06:00-14:00 (deep 06:00-09:00 and, outside his hours, 14:00-15:00).
    // AMER: Nia 14:00-22:00 (deep 18:00-21:00). Overlap 14:00-16:30; Ben does
    // not work in it, so his block does not move the slot: 14:00-14:15, which
    // lies in Ben's deep work (error). His 14:00-15:00 block is also deep work
    // outside hours (info). Same start: kind order.
    QTest::newRow("sync slot in a deep-work block")
        << PlanBuilder()
               .gapLimit(noGapLimit)
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Etc/UTC", "mon 08:00-16:30", "mon 08:00-11:00")
               .member("ben",
                       "emea",
                       "Etc/UTC",
                       "mon 06:00-14:00",
                       "mon 06:00-09:00; mon 14:00-15:00")
               .member("nia", "amer", "Etc/UTC", "mon 14:00-22:00", "mon 18:00-21:00")
               .build()
        << monday << monday
        << QStringList{c("SyncSlotInDeepWork", "error", "ben", "14:00", "14:15"),
                       c("DeepWorkOutsideHours", "info", "ben", "14:00", "15:00")};

    // --- Sorting and window filtering. Anna and Bob (UTC, in that member
    // order) both: work 08:00-16:00, deep 08:00-11:00 and 15:00-17:00, comms
    // 10:00-10:30. Default gap limit 2 h. All conflicts of the day:
    //   LongGap 00:00-08:00 | Comms anna, bob 10:00-10:30 |
    //   DeepWorkOutsideHours anna, bob 16:00-17:00 | LongGap 16:00-24:00
    // (at 16:00: kind order puts DeepWorkOutsideHours before LongGap).
    const Plan pair = PlanBuilder()
                          .region("emea")
                          .member("anna",
                                  "emea",
                                  "Etc/UTC",
                                  "mon 08:00-16:00",
                                  "mon 08:00-11:00; mon 15:00-17:00",
                                  "mon 10:00-10:30")
                          .member("bob",
                                  "emea",
                                  "Etc/UTC",
                                  "mon 08:00-16:00",
                                  "mon 08:00-11:00; mon 15:00-17:00",
                                  "mon 10:00-10:30")
                          .build();
    QTest::newRow("sorted by start, kind, member")
        << pair << monday << monday
        << QStringList{c("LongGap", "warning", "-", "00:00", "08:00"),
                       c("CommsInDeepWork", "warning", "anna", "10:00", "10:30"),
                       c("CommsInDeepWork", "warning", "bob", "10:00", "10:30"),
                       c("DeepWorkOutsideHours", "info", "anna", "16:00", "17:00"),
                       c("DeepWorkOutsideHours", "info", "bob", "16:00", "17:00"),
                       "LongGap warning - 2026-03-09T16:00Z/2026-03-10T00:00Z"};
    // Window 08:00-10:00: the gap ends and the comms cut starts exactly at
    // its edges: neither shares time with it.
    QTest::newRow("window: touching conflicts are left out")
        << pair << monday << span(mon("08:00"), mon("10:00")) << QStringList{};
    QTest::newRow("window: a minute either side")
        << pair << monday << span(mon("07:59"), mon("10:01"))
        << QStringList{c("LongGap", "warning", "-", "00:00", "08:00"),
                       c("CommsInDeepWork", "warning", "anna", "10:00", "10:30"),
                       c("CommsInDeepWork", "warning", "bob", "10:00", "10:30")};
    QTest::newRow("window: afternoon")
        << pair << monday << span(mon("16:30"), mon("17:00"))
        << QStringList{c("DeepWorkOutsideHours", "info", "anna", "16:00", "17:00"),
                       c("DeepWorkOutsideHours", "info", "bob", "16:00", "17:00"),
                       "LongGap warning - 2026-03-09T16:00Z/2026-03-10T00:00Z"};
}

void TestConflicts::conflicts()
{
    QFETCH(Plan, plan);
    QFETCH(Interval, horizon);
    QFETCH(Interval, window);
    QFETCH(QStringList, expected);

    const TeamSchedule schedule = computeSchedule(plan, horizon);
    const std::vector<Handoff> handoffs = computeHandoffs(plan, schedule);
    const std::vector<Conflict> conflicts = findConflicts(plan, schedule, handoffs, window);
    QStringList got;
    for (const Conflict &conflict : conflicts) {
        got << describe(plan, conflict);
        QCOMPARE(conflict.severity, severityOf(conflict.kind));
        QCOMPARE(conflict.member.has_value(), conflict.kind != ConflictKind::LongGap);
    }
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
