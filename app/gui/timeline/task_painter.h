#pragma once

// Placed tasks over the rows: bars in each task's own colour with its id and
// title where they fit, links where it passes from one member to the next
// (dashed where it waits), the planned start as a pin on the starting
// region's row (with a dashed run to the first pickup when nobody covers the
// start), and the finish as a flag, red with the amount when the task misses
// its deadline.

#include "gui/timeline/paint_context.h"
#include "gui/timeline/task_layout.h"

#include <optional>
#include <string>

class QPainter;

namespace sunrelay::gui {

void paintTasks(QPainter &p, const PaintContext &c, const PlanRoutes &routes,
                const TaskLayout &layout, const std::optional<std::string> &selectedTask);

// "T-3 Release 4.2 regression pass"
QString taskLabel(const Task &task);

} // namespace sunrelay::gui
