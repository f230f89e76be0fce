// Grabbing and dragging blocks on the timeline (gui/timeline/block_drag.h),
// without a widget: which block a press grabs and the member a drag leaves,
// for the whole weekly range or (Alt) the block's own local weekday alone,
// and the words for it (block_drag_text.h).
// Expected values are Berlin wall-clock times worked out by hand: CET is
// UTC+1, CEST (from 2026-03-29 01:00Z) UTC+2.

#include "gui/timeline/block_drag.h"
#include "gui/timeline/block_drag_text.h"

#include "../gui_test_support.h"

#include <QLocale>
#include <QTest>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::clock;
using sunrelay::guitest::utc;

namespace
{

Plan berlinPlan()
{
    Member anna;
    anna.id = "anna";
    anna.name = "Anna";
    anna.region = "emea";
    anna.zone = *TimeZone::find("Europe/Berlin");
    anna.work.ranges = {WeeklyRange{Weekdays::workdays(), clock(9), clock(17)}};
    anna.deepWork.ranges = {WeeklyRange{Weekdays::workdays(), clock(10), clock(12)}};
    Plan plan;
    plan.regions = {Region{.id = "emea", .name = "EMEA", .color = "#0072B2"}};
    plan.members = {anna};
    return plan;
}

// Monday 30 March 2026, the first workday after clocks went forward: one
// pixel a minute from 00:00Z.
TimelineGeometry mondayAfterChange()
{
    return TimelineGeometry({utc(2026, 3, 30), utc(2026, 3, 31)}, 24 * 60);
}

} // namespace

class TestBlockDrag : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // Monday 30 March, the first workday on CEST: the end edge dragged to
    // 16:15Z = 18:15 CEST changes Monday alone.
    void thisDayOnlySplitsTheDayOff()
    {
        const Plan plan = berlinPlan();
        const TimelineGeometry geometry = mondayAfterChange();
        const auto work = blockAt(plan, 0, geometry, geometry.x(utc(2026, 3, 30, 12)));
        QVERIFY(work);
        QCOMPARE(weekdayOf(*work), date::Monday);
        const BlockEdit edit = draggedBlock(plan.members[0],
                                            *work,
                                            BlockGrip::End,
                                            utc(2026, 3, 30, 16, 15),
                                            {},
                                            Minutes{15},
                                            DragDays::ThisDayOnly);
        const std::vector<WeeklyRange> expected{
            WeeklyRange{Weekdays::fromBits(0b11110), clock(9), clock(17)}, // Tue-Fri
            WeeklyRange{Weekdays{date::Monday}, clock(9), clock(18, 15)}};
        QCOMPARE(edit.member.work.ranges, expected);
        QCOMPARE(edit.range, std::size_t{1});
        QCOMPARE(edit.days, Weekdays{date::Monday});
        QCOMPARE(edit.member.deepWork, plan.members[0].deepWork);
        // The same drag for the whole range: Mon-Fri.
        const BlockEdit all = draggedBlock(plan.members[0],
                                           *work,
                                           BlockGrip::End,
                                           utc(2026, 3, 30, 16, 15),
                                           {},
                                           Minutes{15},
                                           DragDays::WholeRange);
        QCOMPARE(all.member.work.ranges,
                 (std::vector<WeeklyRange>{{Weekdays::workdays(), clock(9), clock(18, 15)}}));
        QCOMPARE(all.days, Weekdays::workdays());
        QCOMPARE(all.range, std::size_t{0});
        // No change, no split.
        const BlockEdit still = draggedBlock(plan.members[0],
                                             *work,
                                             BlockGrip::End,
                                             utc(2026, 3, 30, 15),
                                             {},
                                             Minutes{15},
                                             DragDays::ThisDayOnly);
        QCOMPARE(still.member, plan.members[0]);
    }

    // A night shift across Berlin's spring-forward night: Sat 28 March
    // 22:00 CET (21:00Z) to Sun 29 March 06:00 CEST (04:00Z). Grabbed at
    // 01:00Z, already Sunday in Berlin (02:00 does not exist; 01:00Z is
    // 03:00 CEST), the block is still Saturday's: it started on Saturday.
    // Moved an hour with Saturday alone, it keeps its 8 wall-clock hours:
    // 23:00-07:00.
    void thisDayIsTheLocalDayTheBlockStarts()
    {
        Plan plan = berlinPlan();
        Member &anna = plan.members[0];
        anna.work.ranges = {WeeklyRange{Weekdays::fromBits(0x7f), clock(22), clock(6)}}; // daily
        anna.deepWork.ranges.clear();
        const TimelineGeometry geometry({utc(2026, 3, 28, 12), utc(2026, 3, 29, 12)}, 24 * 60);
        const auto night = blockAt(plan, 0, geometry, geometry.x(utc(2026, 3, 29, 1)));
        QVERIFY(night);
        QCOMPARE(night->start, utc(2026, 3, 28, 21));
        QCOMPARE(night->end, utc(2026, 3, 29, 4));
        QCOMPARE(weekdayOf(*night), date::Saturday);
        const BlockEdit edit = draggedBlock(anna,
                                            *night,
                                            BlockGrip::Body,
                                            {},
                                            Minutes{60},
                                            Minutes{15},
                                            DragDays::ThisDayOnly);
        const std::vector<WeeklyRange> expected{
            WeeklyRange{Weekdays::fromBits(0b1011111), clock(22), clock(6)}, // all but Saturday
            WeeklyRange{Weekdays{date::Saturday}, clock(23), clock(7)}};
        QCOMPARE(edit.member.work.ranges, expected);
        QCOMPARE(edit.days, Weekdays{date::Saturday});
        QCOMPARE(blockDragStepText(edit.member,
                                   BlockLayer::Work,
                                   BlockGrip::Body,
                                   edit.days,
                                   Qt::Monday),
                 QStringLiteral("Move Anna's Saturday working hours"));
    }

    void stepTextNamesTheDays()
    {
        const Member anna = berlinPlan().members[0];
        QCOMPARE(blockDragStepText(anna,
                                   BlockLayer::DeepWork,
                                   BlockGrip::End,
                                   Weekdays::workdays(),
                                   Qt::Monday),
                 QStringLiteral("Resize Anna's deep work (Mon–Fri)"));
        QCOMPARE(blockDragStepText(anna,
                                   BlockLayer::Work,
                                   BlockGrip::Start,
                                   Weekdays{date::Tuesday},
                                   Qt::Monday),
                 QStringLiteral("Resize Anna's Tuesday working hours"));
        QCOMPARE(blockDragStepText(anna,
                                   BlockLayer::Work,
                                   BlockGrip::Body,
                                   Weekdays::fromBits(0b1100001),
                                   Qt::Monday),
                 QStringLiteral("Move Anna's working hours (Mon, Sat, Sun)"));
        // In a week starting on Sunday, Sun-Tue is a run.
        QCOMPARE(changedDaysText(Weekdays::fromBits(0b1000011), Qt::Sunday),
                 QStringLiteral("Sun–Tue"));
        QCOMPARE(changedDaysText(Weekdays{date::Friday}, Qt::Monday), QStringLiteral("Fri only"));
    }

    void deepWorkIsGrabbedBeforeWork()
    {
        const Plan plan = berlinPlan();
        const TimelineGeometry geometry = mondayAfterChange();
        // 10:30 CEST = 08:30Z, inside deep work 10:00-12:00.
        const auto deep = blockAt(plan, 0, geometry, geometry.x(utc(2026, 3, 30, 8, 30)));
        QVERIFY(deep);
        QCOMPARE(deep->layer, BlockLayer::DeepWork);
        QCOMPARE(deep->start, utc(2026, 3, 30, 8));
        QCOMPARE(deep->end, utc(2026, 3, 30, 10));
        // 14:00 CEST = 12:00Z: working hours 09:00-17:00 = 07:00Z-15:00Z.
        const auto work = blockAt(plan, 0, geometry, geometry.x(utc(2026, 3, 30, 12)));
        QVERIFY(work);
        QCOMPARE(work->layer, BlockLayer::Work);
        QCOMPARE(work->start, utc(2026, 3, 30, 7));
        QCOMPARE(work->end, utc(2026, 3, 30, 15));
        // 20:00 CEST: nothing.
        QVERIFY(!blockAt(plan, 0, geometry, geometry.x(utc(2026, 3, 30, 18))));
    }

    void edgesWithinTheGripElseTheBody()
    {
        const Plan plan = berlinPlan();
        const TimelineGeometry geometry = mondayAfterChange();
        const auto work = blockAt(plan, 0, geometry, geometry.x(utc(2026, 3, 30, 12)));
        QVERIFY(work);
        const double end = geometry.x(work->end);
        QCOMPARE(gripAt(*work, geometry, end - 4), BlockGrip::End);
        QCOMPARE(gripAt(*work, geometry, end + 5), BlockGrip::End);
        QCOMPARE(gripAt(*work, geometry, end - 6), BlockGrip::Body);
        QCOMPARE(gripAt(*work, geometry, geometry.x(work->start) + 2), BlockGrip::Start);
    }

    void endFollowsThePointerInLocalTime()
    {
        const Plan plan = berlinPlan();
        const TimelineGeometry geometry = mondayAfterChange();
        const auto work = blockAt(plan, 0, geometry, geometry.x(utc(2026, 3, 30, 12)));
        // 16:15Z is 18:15 CEST: the weekly range now ends 18:15.
        const Member dragged = draggedMember(plan.members[0],
                                             *work,
                                             BlockGrip::End,
                                             utc(2026, 3, 30, 16, 15),
                                             {},
                                             Minutes{15});
        QCOMPARE(dragged.work.ranges[0].end, clock(18, 15));
        QCOMPARE(dragged.work.ranges[0].start, clock(9));
        // The start cannot pass 15 minutes before the end: 17:00 - 15 min.
        const Member squeezed = draggedMember(plan.members[0],
                                              *work,
                                              BlockGrip::Start,
                                              utc(2026, 3, 30, 20),
                                              {},
                                              Minutes{15});
        QCOMPARE(squeezed.work.ranges[0].start, clock(16, 45));
    }

    void bodyMovesByTheTravelRoundedToTheStep()
    {
        const Plan plan = berlinPlan();
        const TimelineGeometry geometry = mondayAfterChange();
        const auto deep = blockAt(plan, 0, geometry, geometry.x(utc(2026, 3, 30, 8, 30)));
        // 53 minutes of travel is 7 from an hour and 8 from 45 minutes.
        const Member moved =
            draggedMember(plan.members[0], *deep, BlockGrip::Body, {}, Minutes{53}, Minutes{15});
        QCOMPARE(moved.deepWork.ranges[0].start, clock(11));
        // 52 minutes is 7 from 45 minutes and 8 from an hour.
        const Member less =
            draggedMember(plan.members[0], *deep, BlockGrip::Body, {}, Minutes{52}, Minutes{15});
        QCOMPARE(less.deepWork.ranges[0].start, clock(10, 45));
        QCOMPARE(moved.deepWork.ranges[0].start, clock(11));
        QCOMPARE(moved.deepWork.ranges[0].end, clock(13));
        // With a one-minute step it moves 52 minutes exactly.
        const Member fine =
            draggedMember(plan.members[0], *deep, BlockGrip::Body, {}, Minutes{52}, Minutes{1});
        QCOMPARE(fine.deepWork.ranges[0].start, clock(10, 52));
    }
};

QTEST_GUILESS_MAIN(TestBlockDrag)
#include "tst_block_drag.moc"
