#pragma once

// The time cursor: one instant across all rows, and what each row says at
// it: a member's local time and the tasks they hold then; a region's tasks
// waiting for it then (nobody free, or between shifts).
//
// Example (demo plan, Tue 1 Dec 2026 10:00Z):
//   Anna (Berlin):  "Tue 11:00 · T-1"
//   EMEA:           "T-5 waits"

#include "gui/text/time_format.h"
#include "gui/timeline/timeline_rows.h"

#include "sunrelay/core/routing.h"

#include <QString>

#include <vector>

namespace sunrelay::gui
{

// The tasks each member holds at `t` (by member index) and the tasks waiting
// in each region at `t` (by region index), as task indices in service order.
struct HoldersAt {
    std::vector<std::vector<std::size_t>> byMember;
    std::vector<std::vector<std::size_t>> waitingInRegion;
};
HoldersAt holdersAt(const Plan &plan, const std::vector<TaskRoute> &routes, Instant t);

// The label of `row` at `t`; empty when a region row has nothing waiting.
QString timeCursorLabel(const Plan &plan,
                        const HoldersAt &holders,
                        const TimelineRow &row,
                        Instant t,
                        ClockStyle clock);

} // namespace sunrelay::gui
