// Sync slots (sync_slot.h, DESIGN.md "Sync slot").
//
// Members work in Etc/UTC on Monday 2026-03-09 so every window is plain
// clock arithmetic; the overlap passed in is the one the handoff would have
// (written by hand per row). Rules checked: the earliest window of the policy
// length inside the overlap during which one member of each side works
// throughout, sharing no time with a deep-work block of any member (of either
// side) who works at some point of the window; windows inside a comms window
// of both sides (of any member) are preferred; none -> nullopt (async only).

#include "plan_builder.h"

#include "sunrelay/core/sync_slot.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

// "14:00" on Monday 2026-03-09 as an ISO instant string.
QString mon(const char *hhmm)
{
    return QStringLiteral("2026-03-09T") + QLatin1String(hhmm) + QLatin1Char('Z');
}

QString slot(const char *from, const char *to)
{
    return mon(from) + QLatin1Char('/') + mon(to);
}

} // namespace

class TestSyncSlot : public QObject
{
    Q_OBJECT

private slots:
    void syncSlot_data();
    void syncSlot();
    void slotOfOverlapHandoffsInZones();
};

void TestSyncSlot::syncSlot_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QString>("overlap"); // "HH:MM-HH:MM" on Monday
    QTest::addColumn<QString>("expected");

    // Regions: emea (sender, index 0), amer (receiver, index 1).
    const auto team = [](const QString &annaWork,
                         const QString &annaDeep,
                         const QString &annaComms,
                         const QString &niaWork,
                         const QString &niaDeep,
                         const QString &niaComms) {
        return PlanBuilder()
            .region("emea")
            .region("amer")
            .member("anna", "emea", "Etc/UTC", annaWork, annaDeep, annaComms)
            .member("nia", "amer", "Etc/UTC", niaWork, niaDeep, niaComms);
    };

    // The sync_slot.h example: Anna 08:00-16:30 with deep work 13:00-15:00,
    // Nia 14:00-22:00; overlap 14:00-16:30: windows starting before 15:00
    // touch Anna's block: [15:00, 15:15).
    QTest::newRow("header example: after the sender's deep work")
        << team("mon 08:00-16:30", "mon 13:00-15:00", "", "mon 14:00-22:00", "", "").build()
        << "14:00-16:30" << slot("15:00", "15:15");
    QTest::newRow("no deep work: the start of the overlap")
        << team("mon 08:00-16:30", "", "", "mon 14:00-22:00", "", "").build() << "14:00-16:30"
        << slot("14:00", "14:15");
    // Nia's block 15:00-15:30 too: the first free window starts at 15:30.
    QTest::newRow("deep work of both sides")
        << team("mon 08:00-16:30", "mon 13:00-15:00", "", "mon 14:00-22:00", "mon 15:00-15:30", "")
               .build()
        << "14:00-16:30" << slot("15:30", "15:45");
    // Half-open: a block ending at 14:20 leaves [14:20, 14:35) untouched.
    QTest::newRow("window right after a block ending inside the overlap")
        << team("mon 08:00-16:30", "mon 13:00-14:20", "", "mon 14:00-22:00", "", "").build()
        << "14:00-16:30" << slot("14:20", "14:35");
    // A block starting at 14:15 leaves [14:00, 14:15) untouched.
    QTest::newRow("window right before a block")
        << team("mon 08:00-16:30", "", "", "mon 14:00-22:00", "mon 14:15-17:00", "").build()
        << "14:00-16:30" << slot("14:00", "14:15");
    // Blocks 14:10-14:20 (Anna) and 14:30-14:40 (Nia): the gaps are 10 min
    // each; the first 15-minute window clear of both starts at 14:40.
    QTest::newRow("short gaps between blocks are skipped")
        << team("mon 08:00-16:30", "mon 14:10-14:20", "", "mon 14:00-22:00", "mon 14:30-14:40", "")
               .build()
        << "14:00-16:30" << slot("14:40", "14:55");
    // Comms preferred: Anna's 15:30-16:00 and Nia's 15:45-16:15 share
    // 15:45-16:00, exactly 15 minutes: chosen over the earlier 14:00.
    QTest::newRow("comms windows of both sides preferred")
        << team("mon 08:00-16:30", "", "mon 15:30-16:00", "mon 14:00-22:00", "", "mon 15:45-16:15")
               .build()
        << "14:00-16:30" << slot("15:45", "16:00");
    // DESIGN.md: a comms window "of both sides", whoever of the side keeps
    // it: Ben (AMER) works 06:00-13:00, not in the overlap, but his comms
    // window 15:45-16:15 and Anna's 15:30-16:00 share 15:45-16:00.
    QTest::newRow("comms of a member not at work in the overlap count")
        << team("mon 08:00-16:30", "", "mon 15:30-16:00", "mon 14:00-22:00", "", "")
               .member("ben", "amer", "Etc/UTC", "mon 06:00-13:00", "", "mon 15:45-16:15")
               .build()
        << "14:00-16:30" << slot("15:45", "16:00");
    // Only one side has a comms window in the overlap: nothing preferred.
    QTest::newRow("comms of one side only: the earliest")
        << team("mon 08:00-16:30", "", "mon 15:30-16:00", "mon 14:00-22:00", "", "").build()
        << "14:00-16:30" << slot("14:00", "14:15");
    // Comms windows sharing only 10 minutes (15:50-16:00): too short to be
    // preferred; the earliest wins.
    QTest::newRow("comms overlap shorter than the slot: the earliest")
        << team("mon 08:00-16:30", "", "mon 15:30-16:00", "mon 14:00-22:00", "", "mon 15:50-16:30")
               .build()
        << "14:00-16:30" << slot("14:00", "14:15");
    // Both comms windows 14:00-14:30 but Anna's deep work 14:00-15:00 covers
    // them: never a window in deep work, even a preferred one: 15:00.
    QTest::newRow("comms inside deep work are not allowed")
        << team("mon 08:00-16:30",
                "mon 14:00-15:00",
                "mon 14:00-14:30",
                "mon 14:00-22:00",
                "",
                "mon 14:00-14:30")
               .build()
        << "14:00-16:30" << slot("15:00", "15:15");
    // Overlap exactly 15 minutes: the whole overlap.
    QTest::newRow("overlap exactly the slot length")
        << team("mon 08:00-14:15", "", "", "mon 14:00-22:00", "", "").build() << "14:00-14:15"
        << slot("14:00", "14:15");
    QTest::newRow("overlap shorter than the slot: async only")
        << team("mon 08:00-14:10", "", "", "mon 14:00-22:00", "", "").build() << "14:00-14:10"
        << "none";
    QTest::newRow("deep work over the whole overlap: async only")
        << team("mon 08:00-16:30", "mon 12:00-17:00", "", "mon 14:00-22:00", "", "").build()
        << "14:00-16:30"
        << "none";
    // Only 16:10-16:30 is free of deep work: 20 min >= 15: [16:10, 16:25).
    QTest::newRow("the last free minutes")
        << team("mon 08:00-16:30", "mon 12:00-16:10", "", "mon 14:00-22:00", "", "").build()
        << "14:00-16:30" << slot("16:10", "16:25");
    // Policy of 30 minutes: Anna's block 13:00-14:20; [14:20, 14:50).
    QTest::newRow("policy length 30 min")
        << team("mon 08:00-16:30", "mon 13:00-14:20", "", "mon 14:00-22:00", "", "")
               .syncSlot(Minutes{30})
               .build()
        << "14:00-16:30" << slot("14:20", "14:50");
    // 30-minute policy, only 20 minutes free: async only.
    QTest::newRow("policy length 30 min, 20 free")
        << team("mon 08:00-16:30", "mon 12:00-16:10", "", "mon 14:00-22:00", "", "")
               .syncSlot(Minutes{30})
               .build()
        << "14:00-16:30"
        << "none";

    // One member of each side working THROUGHOUT: EMEA's Xavier 08:00-14:55
    // and Yara 14:55-16:30 cover the overlap together, but before 14:55 no
    // EMEA member can stay 15 minutes. AMER from 14:45: overlap 14:45-16:30.
    QTest::newRow("one member of a side throughout, not a relay")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .member("xavier", "emea", "Etc/UTC", "mon 08:00-14:55")
               .member("yara", "emea", "Etc/UTC", "mon 14:55-16:30")
               .member("nia", "amer", "Etc/UTC", "mon 14:45-22:00")
               .build()
        << "14:45-16:30" << slot("14:55", "15:10");

    // Deep work of a member who does not work then does not count: Ben
    // works 06:00-14:00 with (outside-hours) deep work 14:00-17:00.
    QTest::newRow("deep work of someone not working then is ignored")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Etc/UTC", "mon 08:00-16:30")
               .member("ben", "emea", "Etc/UTC", "mon 06:00-14:00", "mon 14:00-17:00")
               .member("nia", "amer", "Etc/UTC", "mon 14:00-22:00")
               .build()
        << "14:00-16:30" << slot("14:00", "14:15");
    // ... but it counts for windows during which the member works at some
    // point: Ben works until 14:10 with deep work from 14:05: windows
    // starting before 14:10 share time with his work and his block. The
    // first window clear of that: 14:10.
    QTest::newRow("deep work of someone working part of the window counts")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Etc/UTC", "mon 08:00-16:30")
               .member("ben", "emea", "Etc/UTC", "mon 06:00-14:10", "mon 14:05-17:00")
               .member("nia", "amer", "Etc/UTC", "mon 14:00-22:00")
               .build()
        << "14:00-16:30" << slot("14:10", "14:25");
    // A receiving member's deep work blocks the window even though another
    // receiving member is free: "no deep-work block of any member".
    QTest::newRow("deep work of any working member of the receiver")
        << PlanBuilder()
               .region("emea")
               .region("amer")
               .member("anna", "emea", "Etc/UTC", "mon 08:00-16:30")
               .member("nia", "amer", "Etc/UTC", "mon 14:00-22:00")
               .member("omar", "amer", "Etc/UTC", "mon 14:00-22:00", "mon 14:00-15:30")
               .build()
        << "14:00-16:30" << slot("15:30", "15:45");
}

void TestSyncSlot::syncSlot()
{
    QFETCH(Plan, plan);
    QFETCH(QString, overlap);
    QFETCH(QString, expected);

    const TeamSchedule schedule = computeSchedule(plan, span(mon("00:00"), "2026-03-10T00:00Z"));
    const QStringList ends = overlap.split(QLatin1Char('-'));
    const Interval o{utc(mon(qPrintable(ends[0]))), utc(mon(qPrintable(ends[1])))};
    QCOMPARE(iso(findSyncSlot(plan, schedule, 0, 1, o)), expected);
}

void TestSyncSlot::slotOfOverlapHandoffsInZones()
{
    // Through computeHandoffs, in real zones during the March mismatch week.
    // Berlin 09:00-17:00 CET = 08:00Z-16:00Z, deep work 14:00-16:00 CET =
    // 13:00Z-15:00Z, comms 16:30-17:00 CET = 15:30Z-16:00Z. New York
    // 09:00-17:00 EDT = 13:00Z-21:00Z, comms 11:30-12:00 EDT = 15:30Z-16:00Z.
    // Overlap 13:00Z-16:00Z; Anna's deep work rules out starts before 15:00Z;
    // both comms windows hold 15:30Z-15:45Z: preferred over 15:00Z. (At
    // 21:00Z AMER hands back to EMEA for next Monday 08:00Z: no slot in a
    // gap handoff.)
    const Plan plan =
        PlanBuilder()
            .region("emea")
            .region("amer")
            .member("anna",
                    "emea",
                    "Europe/Berlin",
                    "mon 09:00-17:00",
                    "mon 14:00-16:00",
                    "mon 16:30-17:00")
            .member("nia", "amer", "America/New_York", "mon 09:00-17:00", "", "mon 11:30-12:00")
            .build();
    const TeamSchedule schedule =
        computeSchedule(plan, span("2026-03-09T00:00Z", "2026-03-10T00:00Z"));
    const auto handoffs = computeHandoffs(plan, schedule);
    QCOMPARE(describe(plan, handoffs),
             (QStringList{"emea->amer overlap at=2026-03-09T16:00Z pickup=2026-03-09T16:00Z "
                          "overlap=180min wait=0min slot=2026-03-09T15:30Z/2026-03-09T15:45Z",
                          "amer->emea gap at=2026-03-09T21:00Z pickup=2026-03-16T08:00Z "
                          "overlap=0min wait=9300min slot=none"}));
}

QTEST_GUILESS_MAIN(TestSyncSlot)
#include "tst_sync_slot.moc"
