#include "sunrelay/core/day_split.h"

namespace sunrelay
{

Weekdays withoutDay(Weekdays days, date::weekday day)
{
    // bits(): bit 0 = Monday ... bit 6 = Sunday; ISO Monday is 1.
    return Weekdays::fromBits(days.bits() & ~(1u << (day.iso_encoding() - 1)));
}

std::optional<DaySplit>
splitOffDay(const WeeklyPattern &pattern, std::size_t index, date::weekday day)
{
    if (index >= pattern.ranges.size() || !pattern.ranges[index].days.contains(day))
        return std::nullopt;
    DaySplit split{pattern, index};
    WeeklyRange &rest = split.pattern.ranges[index];
    if (rest.days == Weekdays{day})
        return split;
    WeeklyRange alone = rest;
    alone.days = Weekdays{day};
    rest.days = withoutDay(rest.days, day);
    split.pattern.ranges.insert(split.pattern.ranges.begin() + std::ptrdiff_t(index) + 1, alone);
    split.dayRange = index + 1;
    return split;
}

} // namespace sunrelay
