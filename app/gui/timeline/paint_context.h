#pragma once

// PaintContext: everything the timeline's painters read for one frame. The
// painters are free functions of it; the view owns the data and decides what
// is painted when (row caching, what is in view).

#include "gui/text/time_format.h"
#include "gui/timeline/timeline_geometry.h"
#include "gui/timeline/timeline_metrics.h"
#include "gui/timeline/timeline_scene.h"

#include "sunrelay/core/plan.h"

#include <QPalette>

namespace sunrelay::gui
{

struct PaintContext {
    const Plan &plan;
    const TimelineScene &scene;
    const TimelineGeometry &geometry;
    const TimelineMetrics &metrics;
    const QPalette &palette;
    const TimeZone &reference;
    ClockStyle clock = ClockStyle::TwentyFourHour;
    Instant now;
    date::weekday firstDayOfWeek = date::Monday;
    qreal devicePixelRatio = 1;

    // x of `t` in viewport coordinates (the time area starts after the header).
    double timeX(Instant t) const { return metrics.headerWidth + geometry.x(t); }
    QColor regionColour(std::size_t region) const
    {
        return QColor(QString::fromStdString(plan.regions[region].color));
    }
};

} // namespace sunrelay::gui
