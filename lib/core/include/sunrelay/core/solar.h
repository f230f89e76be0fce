#pragma once

// Sunrise, sunset and civil twilight: when the sun's centre crosses a given
// altitude at a place on Earth, by the NOAA solar position algorithm (Jean
// Meeus, "Astronomical Algorithms", as in NOAA's solar calculator), good to
// about a minute between 1800 and 2100 away from the poles.
//
// Standard sunrise and sunset use an altitude of -0.833 degrees (refraction
// plus the sun's radius); civil twilight begins and ends at -6 degrees. Near
// the poles the sun may not cross the altitude at all on a day: that is an
// explicit result (AlwaysAbove = polar day, AlwaysBelow = polar night), never a
// made-up time.
//
// A "solar day" is computed for each UTC date D: the one whose mean solar noon
// (D 12:00 UTC - longitude / 15 degrees per hour) falls on D, so there is
// exactly one per UTC date, even at longitude 180. Its rise and set may lie on
// the UTC dates before or after D.
//
// Example (Berlin, 52.52 N 13.40 E, 2026-06-21):
//   auto days = solarDays({52.52, 13.40}, 2026_y/6/21, 2026_y/6/21);
//   days[0].daylight.rise  // 2026-06-21T02:43Z (04:43 CEST)
//   days[0].daylight.set   // 2026-06-21T19:33Z (21:33 CEST)
// Example (Longyearbyen, 78.22 N 15.65 E, 2026-06-21):
//   days[0].daylight.crossing == SunCrossing::AlwaysAbove  // midnight sun

#include "sunrelay/core/instant.h"
#include "sunrelay/core/interval.h"

#include <vector>

namespace sunrelay
{

struct GeoPosition {
    double latitude = 0; // degrees, north positive, [-90, 90]
    double longitude = 0; // degrees, east positive, [-180, 180]

    bool operator==(const GeoPosition &) const = default;
};

// Altitudes of the sun's centre, in degrees.
inline constexpr double sunriseAltitude = -0.833;
inline constexpr double civilTwilightAltitude = -6.0;

enum class SunCrossing {
    RisesAndSets, // rise and set are the crossings of the day
    AlwaysAbove, // the sun stays above the altitude all day (polar day)
    AlwaysBelow, // the sun stays below it all day (polar night)
};

struct SunCrossings {
    SunCrossing crossing = SunCrossing::RisesAndSets;
    Instant rise{}; // meaningful only for RisesAndSets; rise < set
    Instant set{};

    bool operator==(const SunCrossings &) const = default;
};

struct SolarDay {
    date::sys_days date{}; // the UTC date D
    Instant solarNoon{}; // the sun's highest point of the day
    SunCrossings daylight; // at sunriseAltitude
    SunCrossings civil; // at civilTwilightAltitude: dawn and dusk

    bool operator==(const SolarDay &) const = default;
};

// One SolarDay per UTC date in [first, last], in order.
std::vector<SolarDay>
solarDays(const GeoPosition &where, date::sys_days first, date::sys_days last);

// The crossings of `altitude` (degrees) on the solar day of UTC date `date`.
SunCrossings sunCrossings(const GeoPosition &where, date::sys_days date, double altitude);

// The time within `range` during which the sun is above `altitude`, as sorted,
// disjoint, non-touching intervals clipped to `range`: daylight with
// sunriseAltitude, daylight plus twilight with civilTwilightAltitude. A polar
// day covers its whole mean solar day (D 12:00 UTC - longitude / 15 h, +- 12 h).
//
// Example (Berlin, [2026-06-21T00:00Z, 2026-06-22T00:00Z)):
//   sunAbove(berlin, range, sunriseAltitude)
//       == {[2026-06-21T02:43Z, 2026-06-21T19:33Z]}
std::vector<Interval> sunAbove(const GeoPosition &where, const Interval &range, double altitude);

} // namespace sunrelay
