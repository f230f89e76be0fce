#pragma once

// What hovering a task on the timeline says. Over a bar: the task, that
// stretch in the member's zone and the reference zone, the handoff that ends
// it with its note, and the finish (and how late). Over a start pin: where it
// was placed and, when nobody was free then, when it is first picked up.
// Empty anywhere else.

#include "gui/text/time_format.h"
#include "gui/timeline/task_layout.h"

#include "sunrelay/core/handoff.h"
#include "sunrelay/core/routing.h"

#include <QString>

namespace sunrelay::gui
{

QString taskTooltip(const Plan &plan,
                    const PlanRoutes &routes,
                    const std::vector<Handoff> &handoffs,
                    const TaskLayout &layout,
                    const QPointF &pos,
                    const TimeZone &reference,
                    ClockStyle clock);

} // namespace sunrelay::gui
