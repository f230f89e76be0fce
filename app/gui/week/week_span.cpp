#include "gui/week/week_span.h"

#include <algorithm>

namespace sunrelay::gui::week
{

namespace
{

int floorDiv(int v, int by)
{
    return v >= 0 ? v / by : -((-v + by - 1) / by);
}

Weekdays onlyDay(int day)
{
    return Weekdays::fromBits(1u << day);
}

Weekdays withoutDay(Weekdays days, int day)
{
    return Weekdays::fromBits(days.bits() & ~(1u << day));
}

} // namespace

Weekdays rotated(Weekdays days, int by)
{
    unsigned bits = 0;
    for (int day = 0; day < 7; ++day) {
        if (containsDay(days, day))
            bits |= 1u << wrapDay(day + by);
    }
    return Weekdays::fromBits(bits);
}

Span Span::of(const WeeklyRange &range, int day)
{
    const int start = std::clamp(minutesOf(range.start), 0, kMinutesPerDay - 1);
    const int end = std::clamp(minutesOf(range.end), 0, kMinutesPerDay);
    return Span{day, start, end > start ? end : end + kMinutesPerDay};
}

WeeklyRange Span::toRange() const
{
    const int end = endAbs <= kMinutesPerDay ? endAbs : endAbs - kMinutesPerDay;
    return WeeklyRange{onlyDay(day), Minutes{start}, Minutes{end}};
}

Span Span::movedTo(int startFromDay) const
{
    const int shift = floorDiv(startFromDay, kMinutesPerDay);
    const int newStart = startFromDay - shift * kMinutesPerDay;
    return Span{wrapDay(day + shift), newStart, newStart + length()};
}

int replaceDay(WeeklyPattern &pattern, int index, int day, const Span &span)
{
    WeeklyRange &range = pattern.ranges[std::size_t(index)];
    if (range.days == onlyDay(day)) {
        range = span.toRange();
        return index;
    }
    range.days = withoutDay(range.days, day);
    pattern.ranges.insert(pattern.ranges.begin() + index + 1, span.toRange());
    return index + 1;
}

void removeDay(WeeklyPattern &pattern, int index, int day)
{
    WeeklyRange &range = pattern.ranges[std::size_t(index)];
    range.days = withoutDay(range.days, day);
    if (range.days.isEmpty())
        pattern.ranges.erase(pattern.ranges.begin() + index);
}

} // namespace sunrelay::gui::week
