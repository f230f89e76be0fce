#pragma once

// Where placed tasks are drawn on the timeline: each route segment as a bar
// on the row of the member who works it (on the region's row while the
// region is collapsed), the handoffs between segments as links from one bar's
// end to the next bar's start, the planned start as a pin on the starting
// region's row, and the finish. One layout serves painting, hit-testing and
// tests ("the segments drawn equal the core's routing").

#include "gui/timeline/timeline_geometry.h"
#include "gui/timeline/timeline_rows.h"

#include "sunrelay/core/routing.h"

#include <QRectF>

#include <vector>

namespace sunrelay::gui
{

struct TaskBar {
    std::size_t task = 0; // index into plan.tasks
    std::size_t segment = 0; // index into the route's segments
    Interval interval; // the segment's whole interval (the rect may be cut)
    QRectF rect; // viewport coordinates
    bool onRegionRow = false;
};

struct TaskLink {
    std::size_t task = 0;
    QPointF from; // the end of one bar
    QPointF to; // the start of the next
    bool waits = false; // the next bar starts later: the task waits between
};

struct TaskPin {
    std::size_t task = 0;
    QPointF at; // on the starting region's row, at the planned start
    std::optional<QPointF> pickup; // the first bar's start when the task waits
};

struct TaskFinish {
    std::size_t task = 0;
    std::size_t route = 0; // index into the routes laid out
    QPointF at; // the end of the last bar
};

struct TaskLayout {
    std::vector<TaskBar> bars;
    std::vector<TaskLink> links;
    std::vector<TaskPin> pins;
    std::vector<TaskFinish> finishes;
};

// Where each row is in the viewport, as the view lays them out.
struct RowPlacement {
    std::vector<QRect> memberRows; // by member index; null rect when not shown
    std::vector<QRect> regionRows; // by region index
};
RowPlacement placeRows(const std::vector<TimelineRow> &rows,
                       std::size_t regionCount,
                       std::size_t memberCount,
                       int axisHeight,
                       int scrollY,
                       int width);

// The bar of a task inside a member row: below the weekday labels, above the
// hour labels, over the working-hours bar. `barTop` and `barBottom` are what
// the member row painter uses for its working-hours bar, relative to the row.
struct BarBand {
    double top = 0;
    double bottom = 0;
};

// Only what meets `geometry.visible()` (plus the links and pins leading into
// it); x from headerWidth + geometry.x(t).
TaskLayout layoutTasks(const Plan &plan,
                       const std::vector<TaskRoute> &routes,
                       const RowPlacement &rows,
                       const TimelineGeometry &geometry,
                       int headerWidth,
                       BarBand memberBand);

// The bar under `pos`, last drawn first.
const TaskBar *taskBarAt(const TaskLayout &layout, const QPointF &pos);
// The start pin under `pos` (the marker drawn above its point).
const TaskPin *taskPinAt(const TaskLayout &layout, const QPointF &pos);

} // namespace sunrelay::gui
