#include "gui/timeline/task_layout.h"

#include <algorithm>

namespace sunrelay::gui
{

RowPlacement placeRows(const std::vector<TimelineRow> &rows,
                       std::size_t regionCount,
                       std::size_t memberCount,
                       int axisHeight,
                       int scrollY,
                       int width)
{
    RowPlacement placement;
    placement.memberRows.resize(memberCount);
    placement.regionRows.resize(regionCount);
    for (const TimelineRow &row : rows) {
        const QRect rect(0, axisHeight + row.top - scrollY, width, row.height);
        if (row.kind == RowKind::Region)
            placement.regionRows[row.index] = rect;
        else
            placement.memberRows[row.index] = rect;
    }
    return placement;
}

namespace
{

// A bar's vertical extent on its row; the region row keeps its lower third
// for tasks, below the coverage band.
std::optional<QRectF> barBand(const RouteSegment &segment,
                              const RowPlacement &rows,
                              BarBand memberBand,
                              bool &onRegionRow)
{
    const QRect member =
        segment.member < rows.memberRows.size() ? rows.memberRows[segment.member] : QRect();
    if (!member.isNull()) {
        onRegionRow = false;
        return QRectF(0, member.top() + memberBand.top, 0, memberBand.bottom - memberBand.top);
    }
    const QRect region = rows.regionRows[segment.region];
    if (region.isNull())
        return std::nullopt;
    onRegionRow = true;
    const double height = std::max(4.0, region.height() / 3.0 - 2);
    return QRectF(0, region.bottom() - height - 1, 0, height);
}

} // namespace

TaskLayout layoutTasks(const Plan &plan,
                       const std::vector<TaskRoute> &routes,
                       const RowPlacement &rows,
                       const TimelineGeometry &geometry,
                       int headerWidth,
                       BarBand memberBand)
{
    TaskLayout layout;
    const Interval visible = geometry.visible();
    const auto x = [&](Instant t) {
        return headerWidth + geometry.x(t);
    };
    for (std::size_t r = 0; r < routes.size(); ++r) {
        const TaskRoute &route = routes[r];
        const Task &task = plan.tasks[route.task];
        const Instant runEnd = route.finish.value_or(
            route.segments.empty() ? *task.start : route.segments.back().interval.end);
        if (!Interval{*task.start, std::max(runEnd, *task.start + Seconds{1})}.intersects(visible))
            continue;
        std::optional<QRectF> previous;
        std::optional<Instant> previousEnd;
        for (std::size_t s = 0; s < route.segments.size(); ++s) {
            const RouteSegment &segment = route.segments[s];
            bool onRegionRow = false;
            const auto vertical = barBand(segment, rows, memberBand, onRegionRow);
            if (!vertical) {
                previous.reset();
                continue;
            }
            const Interval shown = intersection(segment.interval, visible);
            // Cut to the view (a few pixels beyond) so bars many screens
            // long stay cheap to paint.
            const double x0 = std::max(x(segment.interval.start), double(headerWidth) - 4);
            const double x1 =
                std::min(x(segment.interval.end), headerWidth + geometry.width() + 4.0);
            const QRectF rect(x0, vertical->top(), std::max(1.0, x1 - x0), vertical->height());
            if (!shown.isEmpty())
                layout.bars.push_back({route.task, s, segment.interval, rect, onRegionRow});
            if (previous && previousEnd) {
                const QPointF from(x(*previousEnd), previous->center().y());
                const QPointF to(x(segment.interval.start), rect.center().y());
                // Another member (or a handoff): link the bars where the
                // link crosses the view.
                if (std::max(from.x(), to.x()) >= headerWidth
                    && std::min(from.x(), to.x()) <= headerWidth + geometry.width()
                    && (std::abs(from.y() - to.y()) > 0.5 || segment.interval.start > *previousEnd))
                    layout.links.push_back(
                        {route.task, from, to, segment.interval.start > *previousEnd});
            }
            previous = rect;
            previousEnd = segment.interval.end;
        }
        // The planned start on the starting region's row.
        if (const auto region = plan.regionIndex(*task.region)) {
            const QRect row = rows.regionRows[*region];
            if (!row.isNull() && visible.contains(*task.start)) {
                TaskPin pin{route.task, QPointF(x(*task.start), row.center().y()), std::nullopt};
                if (route.start && *route.start > *task.start)
                    pin.pickup = QPointF(x(*route.start), row.center().y());
                layout.pins.push_back(pin);
            }
        }
        if (route.finish && visible.contains(*route.finish - Seconds{1}) && previous)
            layout.finishes.push_back(
                {route.task, r, QPointF(x(*route.finish), previous->center().y())});
    }
    return layout;
}

const TaskBar *taskBarAt(const TaskLayout &layout, const QPointF &pos)
{
    for (auto it = layout.bars.rbegin(); it != layout.bars.rend(); ++it)
        if (it->rect.adjusted(-1, 0, 1, 0).contains(pos))
            return &*it;
    return nullptr;
}

const TaskPin *taskPinAt(const TaskLayout &layout, const QPointF &pos)
{
    for (auto it = layout.pins.rbegin(); it != layout.pins.rend(); ++it)
        if (QRectF(it->at.x() - 6, it->at.y() - 9, 12, 11).contains(pos))
            return &*it;
    return nullptr;
}

} // namespace sunrelay::gui
