#include "sunrelay/core/solar.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>

namespace sunrelay
{

namespace
{

constexpr double pi = std::numbers::pi;
double rad(double degrees)
{
    return degrees * pi / 180.0;
}
double deg(double radians)
{
    return radians * 180.0 / pi;
}

// 2000-01-01T12:00Z, the J2000.0 epoch, as a count of UTC seconds.
constexpr double j2000Seconds = 946728000.0;

struct SunPosition {
    double declination; // radians
    double equationOfTime; // minutes: apparent minus mean solar time
};

// NOAA's formulas (from Meeus) for the sun's declination and the equation of
// time at `secondsSinceEpoch` UTC. Terrestrial time is taken as UTC: the ~70 s
// difference moves the sun by far less than the algorithm's own error.
SunPosition sunPosition(double secondsSinceEpoch)
{
    const double t = (secondsSinceEpoch - j2000Seconds) / 86400.0 / 36525.0; // Julian centuries
    const double meanLongitude = std::fmod(280.46646 + t * (36000.76983 + t * 0.0003032), 360.0);
    const double meanAnomaly = 357.52911 + t * (35999.05029 - 0.0001537 * t);
    const double eccentricity = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
    const double m = rad(meanAnomaly);
    const double centre = std::sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t))
        + std::sin(2 * m) * (0.019993 - 0.000101 * t) + std::sin(3 * m) * 0.000289;
    const double trueLongitude = meanLongitude + centre;
    const double omega = rad(125.04 - 1934.136 * t);
    const double apparentLongitude = trueLongitude - 0.00569 - 0.00478 * std::sin(omega);
    const double meanObliquity =
        23.0 + (26.0 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60.0) / 60.0;
    const double obliquity = rad(meanObliquity + 0.00256 * std::cos(omega));

    const double declination = std::asin(std::sin(obliquity) * std::sin(rad(apparentLongitude)));

    const double y = std::pow(std::tan(obliquity / 2), 2);
    const double l0 = rad(meanLongitude);
    const double equationOfTime = 4.0
        * deg(y * std::sin(2 * l0) - 2 * eccentricity * std::sin(m)
              + 4 * eccentricity * y * std::sin(m) * std::cos(2 * l0)
              - 0.5 * y * y * std::sin(4 * l0)
              - 1.25 * eccentricity * eccentricity * std::sin(2 * m));
    return {declination, equationOfTime};
}

double daySeconds(date::sys_days date)
{
    return static_cast<double>(date::sys_seconds{date}.time_since_epoch().count());
}

// Solar noon (UTC seconds) near `approximate` at `longitude`.
double solarNoonNear(double approximate, double longitude)
{
    // Two rounds: the equation of time changes by under 30 s a day, so the
    // second evaluation at the first estimate is exact to well under a second.
    double noon = approximate;
    for (int round = 0; round < 2; ++round) {
        const double midnight = std::floor(noon / 86400.0) * 86400.0;
        // Solar noon in minutes after 00:00Z: 720 - 4 min/degree * lon - EoT.
        const double minutes = 720.0 - 4.0 * longitude - sunPosition(noon).equationOfTime;
        noon = midnight + minutes * 60.0;
        // Keep the estimate on the UTC day of `approximate`'s noon.
        if (noon - approximate > 43200.0)
            noon -= 86400.0;
        else if (approximate - noon > 43200.0)
            noon += 86400.0;
    }
    return noon;
}

// The hour angle (radians) at which the sun's centre is at `altitude`; +inf
// when the sun stays above it all day, -inf when it stays below.
double hourAngle(double latitude, double declination, double altitude)
{
    const double phi = rad(latitude);
    const double cosH = (std::sin(rad(altitude)) - std::sin(phi) * std::sin(declination))
        / (std::cos(phi) * std::cos(declination));
    if (cosH < -1.0)
        return std::numeric_limits<double>::infinity();
    if (cosH > 1.0)
        return -std::numeric_limits<double>::infinity();
    return std::acos(cosH);
}

Instant toInstant(double seconds)
{
    return Instant{Seconds{static_cast<Seconds::rep>(std::llround(seconds))}};
}

SunCrossings crossingsAround(const GeoPosition &where, double noon, double altitude)
{
    // The declination and equation of time move during the day; NOAA's own
    // calculator re-evaluates them at the event. Three rounds converge to well
    // under a second.
    const double latitude = std::clamp(where.latitude, -89.999, 89.999);
    const SunPosition atNoon = sunPosition(noon);
    auto event = [&](double sign) -> std::optional<double> {
        double at = noon;
        for (int round = 0; round < 3; ++round) {
            const SunPosition sun = sunPosition(at);
            const double h = hourAngle(latitude, sun.declination, altitude);
            if (!std::isfinite(h))
                return std::nullopt;
            // Noon as the equation of time at the event would put it, then
            // 4 minutes of time per degree of hour angle.
            at = noon + (atNoon.equationOfTime - sun.equationOfTime) * 60.0 + sign * deg(h) * 240.0;
        }
        return at;
    };

    const double h = hourAngle(latitude, atNoon.declination, altitude);
    const std::optional<double> rise = event(-1);
    const std::optional<double> set = event(+1);
    if (rise && set && *rise < *set)
        return {SunCrossing::RisesAndSets, toInstant(*rise), toInstant(*set)};
    // No crossing: decide by where the sun is at noon (the day's highest point).
    if (h == -std::numeric_limits<double>::infinity())
        return {SunCrossing::AlwaysBelow, {}, {}};
    if (h == std::numeric_limits<double>::infinity())
        return {SunCrossing::AlwaysAbove, {}, {}};
    // A crossing exists at noon but not at one end of the day (the first or
    // last day of a polar season): the sun is up around noon, so call it the
    // side it is on at noon and keep the one crossing that exists.
    if (!rise && set)
        return {SunCrossing::RisesAndSets, toInstant(noon - 43200.0), toInstant(*set)};
    if (rise && !set)
        return {SunCrossing::RisesAndSets, toInstant(*rise), toInstant(noon + 43200.0)};
    return {SunCrossing::AlwaysBelow, {}, {}};
}

double meanNoon(date::sys_days date, double longitude)
{
    return daySeconds(date) + 43200.0 - longitude * 240.0;
}

} // namespace

SunCrossings sunCrossings(const GeoPosition &where, date::sys_days date, double altitude)
{
    const double noon = solarNoonNear(meanNoon(date, where.longitude), where.longitude);
    return crossingsAround(where, noon, altitude);
}

std::vector<SolarDay> solarDays(const GeoPosition &where, date::sys_days first, date::sys_days last)
{
    std::vector<SolarDay> days;
    for (date::sys_days date = first; date <= last; date += date::days{1}) {
        const double noon = solarNoonNear(meanNoon(date, where.longitude), where.longitude);
        days.push_back({date,
                        toInstant(noon),
                        crossingsAround(where, noon, sunriseAltitude),
                        crossingsAround(where, noon, civilTwilightAltitude)});
    }
    return days;
}

std::vector<Interval> sunAbove(const GeoPosition &where, const Interval &range, double altitude)
{
    std::vector<Interval> result;
    if (range.isEmpty())
        return result;
    // Every solar day whose noon +- 12 h can touch the range.
    const auto first = date::floor<date::days>(range.start) - date::days{1};
    const auto last = date::floor<date::days>(range.end) + date::days{1};
    for (date::sys_days date = first; date <= last; date += date::days{1}) {
        const double noon = solarNoonNear(meanNoon(date, where.longitude), where.longitude);
        const SunCrossings day = crossingsAround(where, noon, altitude);
        Interval up;
        switch (day.crossing) {
        case SunCrossing::AlwaysBelow:
            continue;
        case SunCrossing::AlwaysAbove: {
            // The mean solar day: consecutive ones tile exactly, where true
            // solar noons drift by seconds and would leave slivers between.
            const double mean = meanNoon(date, where.longitude);
            up = {toInstant(mean - 43200.0), toInstant(mean + 43200.0)};
            break;
        }
        case SunCrossing::RisesAndSets:
            up = {day.rise, day.set};
            break;
        }
        const Interval clipped = intersection(up, range);
        if (clipped.isEmpty())
            continue;
        // Neighbouring polar days touch or overlap by the drift of solar noon.
        if (!result.empty() && clipped.start <= result.back().end)
            result.back().end = std::max(result.back().end, clipped.end);
        else
            result.push_back(clipped);
    }
    return result;
}

} // namespace sunrelay
