#pragma once

// TimelineGeometry: the mapping between instants and x positions on the world
// timeline, the visible range, zooming, panning, snapping and the spacing of
// hour labels. Pure arithmetic, no painting, so it is unit-tested alone.
//
// Example (one day visible over 960 px):
//   TimelineGeometry g({monday, monday + 24h}, 960);
//   g.x(monday + 12h) == 480
//   g.instantAt(240) == monday + 6h
//   g.zoomed(2, monday + 12h).visible() == {monday + 6h, monday + 18h}

#include "sunrelay/core/interval.h"

namespace sunrelay::gui
{

class TimelineGeometry
{
public:
    static constexpr Seconds minimumSpan{60 * 60}; // 1 hour
    static constexpr Seconds maximumSpan{28 * 24 * 60 * 60}; // 4 weeks

    TimelineGeometry() = default;
    // `visible` is clamped to the zoom limits around its middle.
    TimelineGeometry(const Interval &visible, double width);

    const Interval &visible() const { return m_visible; }
    double width() const { return m_width; }
    // Seconds per pixel.
    double scale() const;

    double x(Instant instant) const;
    // The instant at `x`, to the second.
    Instant instantAt(double x) const;

    // Zoomed in by `factor` (> 1 zooms in) keeping `anchor` where it is.
    TimelineGeometry zoomed(double factor, Instant anchor) const;
    TimelineGeometry panned(Seconds by) const;
    TimelineGeometry panned(double pixels) const;
    TimelineGeometry centeredOn(Instant instant) const;

    // `instant` rounded to the nearest multiple of `step` since the epoch.
    // Every UTC offset in use is a multiple of 15 minutes, so a 15-minute
    // grid in UTC is the same grid in every zone.
    static Instant snap(Instant instant, Seconds step);

    // The spacing of time labels so they stay at least `minimumPixels` apart:
    // 15 or 30 minutes, 1, 2, 3, 6 or 12 hours, or 1, 2, 7 or 14 days.
    Seconds labelStep(double minimumPixels) const;

    bool operator==(const TimelineGeometry &) const = default;

private:
    Interval m_visible{};
    double m_width = 1;
};

} // namespace sunrelay::gui
