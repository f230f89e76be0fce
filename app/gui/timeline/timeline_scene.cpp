#include "gui/timeline/timeline_scene.h"

#include "gui/models/zone_catalog.h"

#include "sunrelay/core/solar.h"

#include <QString>

namespace sunrelay::gui
{

TimelineScene buildScene(const Plan &plan, const Interval &visible)
{
    TimelineScene scene;
    const auto first = date::floor<date::days>(visible.start) - date::days{1};
    const auto last = date::floor<date::days>(visible.end) + date::days{1};
    scene.window = dayWindow(first, last);
    scene.report = reportSchedule(plan, scene.window);
    scene.decor.reserve(plan.members.size());
    for (const Member &member : plan.members) {
        MemberDecor &d = scene.decor.emplace_back();
        d.transitions = zoneTransitions(member.zone, scene.window);
        // Zones without coordinates (UTC, Etc/...) get no daylight band.
        if (const ZoneEntry *entry =
                ZoneCatalog::system().find(QString::fromStdString(member.zone.name()))) {
            const GeoPosition where{entry->latitude, entry->longitude};
            const IntervalSet civil(sunAbove(where, scene.window, civilTwilightAltitude));
            d.located = true;
            d.daylight = IntervalSet(sunAbove(where, scene.window, sunriseAltitude));
            d.night = complement(civil, scene.window);
            d.twilight = subtract(civil, d.daylight);
        }
    }
    return scene;
}

} // namespace sunrelay::gui
