#pragma once

// The timeline in words, item by item, for screen readers
// (accessibility/painted_items.h): each row (a region, a member with their
// local time), and on it what is in view — a member's deep-work blocks and
// comms windows, a region's handoffs — then the coverage gaps and the task
// bars. The texts are the tooltips' (memberBlockText() is the one the
// tooltip over a block shows; handoffText(), taskTooltip()).
//
// Example (Anna, Europe/Berlin, deep work Mon 09:00-12:00, view in UTC):
//   memberBlockText(plan, anna, MemberBlock::DeepWork, {08:00Z, 11:00Z}, utc, h24)
//     == "Anna Schmidt: deep work, protected\n09:00 Berlin · 08:00 UTC – "
//        "12:00 Berlin · 11:00 UTC\nMon 30 Nov – 3 h\nHandoffs, sync slots and "
//        "meetings must stay out of it."

#include "gui/accessibility/painted_items.h"
#include "gui/text/time_format.h"
#include "gui/timeline/task_layout.h"
#include "gui/timeline/timeline_rows.h"

#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule_report.h"

#include <functional>
#include <vector>

namespace sunrelay::gui
{

enum class MemberBlock {
    Work,
    DeepWork,
    Comms
};

// What the tooltip over a member's block says.
QString memberBlockText(const Plan &plan,
                        std::size_t member,
                        MemberBlock kind,
                        const Interval &block,
                        const TimeZone &reference,
                        ClockStyle clock);

// What the view shows now, in the view's coordinates.
struct TimelineItemsSource {
    const Plan &plan;
    const ScheduleReport &report;
    const PlanRoutes &routes;
    const std::vector<Handoff> &routeHandoffs;
    const std::vector<TimelineRow> &rows;
    std::function<QRect(const TimelineRow &)> rowRect;
    std::function<bool(std::size_t region)> isExpanded;
    std::function<double(Instant)> x;
    Interval visible;
    TaskLayout tasks; // bars in the view's coordinates
    int left = 0; // where the time area starts
    int right = 0;
    TimeZone reference;
    ClockStyle clock = ClockStyle::TwentyFourHour;
    Instant now;
};

std::vector<PaintedItem> timelineItems(const TimelineItemsSource &source);

// The keys of a row's and of a task bar's item.
QString rowItemKey(const Plan &plan, const TimelineRow &row);
QString taskItemKey(const Plan &plan, const TaskBar &bar);

} // namespace sunrelay::gui
