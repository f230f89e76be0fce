#pragma once

// Placed tasks over the rows: bars in each task's own colour with its id and
// title where they fit, links where it passes from one member to the next
// (dashed where it waits), the planned start as a pin on the starting
// region's row (with a dashed run to the first pickup when nobody covers the
// start), and the finish as a flag, red with the amount when the task misses
// its deadline.

#include "gui/style/task_colours.h"
#include "gui/timeline/paint_context.h"
#include "gui/timeline/task_layout.h"

#include <QStaticText>

#include <optional>
#include <string>
#include <unordered_map>

class QPainter;

namespace sunrelay::gui
{

// Task labels ready to draw, full and cut to the room a bar has: a screen
// of a big plan has over a thousand bars, and laying out and eliding their
// texts every frame would cost more than the rest of the frame. Keep one per
// view; clear() when the font or the language change. A renamed task's label
// is made afresh when next asked for.
class TaskLabels
{
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

void paintTasks(QPainter &p,
                const PaintContext &c,
                const PlanRoutes &routes,
                const TaskLayout &layout,
                const std::optional<std::string> &selectedTask,
                TaskLabels &labels);

// The marks of one task as paintTasks() draws them (also the samples in View
// > Legend): a bar (plain rectangles: a screen of a big plan has well over a
// thousand), the planned start as a pin whose tip is at `tip`, and the
// finish as a flag on a pole through `at` (`lineHeight`, the small font's).
void paintTaskBarShape(QPainter &p, const QRectF &rect, const TaskBarColours &colours);
// `pickup`: where work really starts when nobody covers the planned start
// (a dashed run to it).
void paintTaskStartPin(QPainter &p,
                       const QPointF &tip,
                       const std::optional<QPointF> &pickup,
                       const QColor &colour,
                       const QColor &outline);
void paintTaskFinishFlag(QPainter &p, const QPointF &at, double lineHeight, const QColor &colour);
// "late by 3 h" right of a late finish flag at `at`, on a backdrop.
void paintTaskLateNote(QPainter &p,
                       const QPointF &at,
                       const QString &text,
                       const QColor &colour,
                       const QFont &font,
                       const QPalette &palette);
// Where a task passes from one member to the next: a line in its edge
// colour, dashed where it waits for someone to pick it up.
enum class TaskLinkKind {
    Passed,
    Waits
};
void paintTaskLink(QPainter &p,
                   const QPointF &from,
                   const QPointF &to,
                   const QColor &colour,
                   TaskLinkKind kind,
                   double width);

// "T-3 Release 4.2 regression pass"
QString taskLabel(const Task &task);

} // namespace sunrelay::gui
