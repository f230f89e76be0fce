#pragma once

// TimelineScene: what core computed for the days around the visible range,
// and per member what does not change while panning within them: night and
// twilight from the zone's coordinates, and the zone's clock changes. The
// view rebuilds it when the range leaves its window or the plan changes.

#include "sunrelay/core/interval_set.h"
#include "sunrelay/core/schedule_report.h"
#include "sunrelay/core/zone_transition.h"

#include <vector>

namespace sunrelay::gui
{

struct MemberDecor {
    bool located = false; // zones without coordinates get no shading
    IntervalSet night;
    IntervalSet twilight;
    IntervalSet daylight;
    std::vector<ZoneTransition> transitions;
};

struct TimelineScene {
    Interval window; // whole UTC days around what was visible
    ScheduleReport report;
    std::vector<MemberDecor> decor; // by member index
};

// The scene for `visible`: whole UTC days with a day to spare either side,
// so small pans reuse it.
TimelineScene buildScene(const Plan &plan, const Interval &visible);

} // namespace sunrelay::gui
