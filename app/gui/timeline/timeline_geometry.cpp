#include "gui/timeline/timeline_geometry.h"

#include <algorithm>
#include <cmath>

namespace sunrelay::gui
{

namespace
{
Interval clampSpan(const Interval &visible)
{
    const Seconds span = visible.length();
    const Seconds clamped =
        std::clamp(span, TimelineGeometry::minimumSpan, TimelineGeometry::maximumSpan);
    if (clamped == span)
        return visible;
    const Instant middle = visible.start + span / 2;
    return {middle - clamped / 2, middle - clamped / 2 + clamped};
}
} // namespace

TimelineGeometry::TimelineGeometry(const Interval &visible, double width)
    : m_visible(clampSpan(visible))
    , m_width(std::max(width, 1.0))
{
}

double TimelineGeometry::scale() const
{
    return static_cast<double>(m_visible.length().count()) / m_width;
}

double TimelineGeometry::x(Instant instant) const
{
    return static_cast<double>((instant - m_visible.start).count()) / scale();
}

Instant TimelineGeometry::instantAt(double x) const
{
    return m_visible.start + Seconds{std::llround(x * scale())};
}

TimelineGeometry TimelineGeometry::zoomed(double factor, Instant anchor) const
{
    if (factor <= 0)
        return *this;
    const double span = static_cast<double>(m_visible.length().count()) / factor;
    const double clamped = std::clamp(span,
                                      static_cast<double>(minimumSpan.count()),
                                      static_cast<double>(maximumSpan.count()));
    // Keep the anchor at the same fraction of the width.
    const double fraction =
        static_cast<double>((anchor - m_visible.start).count()) / m_visible.length().count();
    const Instant start = anchor - Seconds{std::llround(fraction * clamped)};
    return TimelineGeometry({start, start + Seconds{std::llround(clamped)}}, m_width);
}

TimelineGeometry TimelineGeometry::panned(Seconds by) const
{
    return TimelineGeometry({m_visible.start + by, m_visible.end + by}, m_width);
}

TimelineGeometry TimelineGeometry::panned(double pixels) const
{
    return panned(Seconds{std::llround(pixels * scale())});
}

TimelineGeometry TimelineGeometry::centeredOn(Instant instant) const
{
    const Seconds half = m_visible.length() / 2;
    return TimelineGeometry({instant - half, instant - half + m_visible.length()}, m_width);
}

Instant TimelineGeometry::snap(Instant instant, Seconds step)
{
    if (step <= Seconds{0})
        return instant;
    const auto count = instant.time_since_epoch().count();
    const auto unit = step.count();
    // Round half up, also for instants before the epoch.
    const auto floor = (count >= 0 ? count : count - unit + 1) / unit * unit;
    return Instant{Seconds{count - floor >= (unit + 1) / 2 ? floor + unit : floor}};
}

Seconds TimelineGeometry::labelStep(double minimumPixels) const
{
    for (const int minutes : {15, 30, 60, 120, 180, 360, 720}) {
        const Seconds step{minutes * 60};
        if (static_cast<double>(step.count()) / scale() >= minimumPixels)
            return step;
    }
    for (const int days : {1, 2, 7}) {
        const Seconds step{days * 86400};
        if (static_cast<double>(step.count()) / scale() >= minimumPixels)
            return step;
    }
    return Seconds{14 * 86400};
}

} // namespace sunrelay::gui
