#pragma once

// ScheduleReport: what Sunrelay shows for a window of instants, computed with
// scheduleMargin around it so nothing is cut at the window's edges:
//  - member intervals that intersect the window, unclipped;
//  - coverage, gaps and overlaps clipped to the window;
//  - handoffs whose `at` lies in the window.
//
// Example:
//   auto report = reportSchedule(plan, dayWindow(2026_y/3/9, 2026_y/3/15));
//   report.handoffs.front()   // the week's first handoff

#include "sunrelay/core/coverage.h"
#include "sunrelay/core/handoff.h"

#include <vector>

namespace sunrelay
{

struct ScheduleReport {
    Interval window;
    TeamSchedule schedule; // over the window with scheduleMargin around it
    std::vector<MemberSchedule> members; // plan member order
    std::vector<IntervalSet> coverage; // plan region order
    IntervalSet gaps;
    std::vector<Overlap> overlaps;
    std::vector<Handoff> handoffs;

    bool operator==(const ScheduleReport &) const = default;
};

ScheduleReport reportSchedule(const Plan &plan, const Interval &window);

// The instants [first 00:00Z, last + 1 day 00:00Z) of UTC dates first..last.
Interval dayWindow(date::sys_days first, date::sys_days last);

} // namespace sunrelay
