#pragma once

// Placed tasks over the rows: bars in each task's own colour with its id and
// title where they fit, links where it passes from one member to the next
// (dashed where it waits), the planned start as a pin on the starting
// region's row (with a dashed run to the first pickup when nobody covers the
// start), and the finish as a flag, red with the amount when the task misses
// its deadline.

#include "gui/timeline/paint_context.h"
#include "gui/timeline/task_layout.h"

#include <QStaticText>

#include <optional>
#include <string>
#include <unordered_map>

class QPainter;

namespace sunrelay::gui {

// Task labels ready to draw, full and cut to the room a bar has: a screen
// of a big plan has over a thousand bars, and laying out and eliding their
// texts every frame would cost more than the rest of the frame. Keep one per
// view; clear() when the font or the language change. A renamed task's label
// is made afresh when next asked for.
class TaskLabels {
public:
    // The label of `task` cut to `room` pixels (with an ellipsis), in `font`;
    // nullptr when not even the id fits.
    const QStaticText *fitting(const Task &task, double room, const QFont &font);
    void clear();
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        std::string title; // the title the label was made from
        QString text;
        double width = 0;
        QStaticText full;
        std::unordered_map<int, QStaticText> cut; // by room in steps of 8 px
    };
    std::unordered_map<std::string, Entry> m_entries;
};

void paintTasks(QPainter &p, const PaintContext &c, const PlanRoutes &routes,
                const TaskLayout &layout, const std::optional<std::string> &selectedTask,
                TaskLabels &labels);

// "T-3 Release 4.2 regression pass"
QString taskLabel(const Task &task);

} // namespace sunrelay::gui
