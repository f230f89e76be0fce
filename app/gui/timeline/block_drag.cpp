#include "gui/timeline/block_drag.h"

#include "sunrelay/core/day_split.h"
#include "sunrelay/core/expansion.h"

#include <algorithm>
#include <cmath>

namespace sunrelay::gui
{

WeeklyPattern &patternOf(Member &member, BlockLayer layer)
{
    return layer == BlockLayer::Work ? member.work : member.deepWork;
}

const WeeklyPattern &patternOf(const Member &member, BlockLayer layer)
{
    return layer == BlockLayer::Work ? member.work : member.deepWork;
}

std::optional<BlockHit>
blockAt(const Plan &plan, std::size_t m, const TimelineGeometry &geometry, double x)
{
    const Member &member = plan.members[m];
    LocalTimeResolver resolver(member.zone);
    const Interval visible = geometry.visible();
    const LocalDate first =
        date::floor<date::days>(toLocal(member.zone, visible.start)) - date::days{1};
    const LocalDate last = date::floor<date::days>(toLocal(member.zone, visible.end));
    for (const BlockLayer layer : {BlockLayer::DeepWork, BlockLayer::Work}) {
        for (const ExpandedRange &instance :
             expandInstances(patternOf(member, layer), resolver, first, last, member.timeOff)) {
            const double x0 = geometry.x(instance.start.instant);
            const double x1 = geometry.x(instance.end.instant);
            if (x >= x0 - edgeGrip && x <= x1 + edgeGrip)
                return BlockHit{m,
                                layer,
                                instance.rangeIndex,
                                instance.date,
                                instance.start.instant,
                                instance.end.instant};
        }
    }
    return std::nullopt;
}

BlockGrip gripAt(const BlockHit &hit, const TimelineGeometry &geometry, double x)
{
    if (std::abs(x - geometry.x(hit.start)) <= edgeGrip)
        return BlockGrip::Start;
    if (std::abs(x - geometry.x(hit.end)) <= edgeGrip)
        return BlockGrip::End;
    return BlockGrip::Body;
}

date::weekday weekdayOf(const BlockHit &hit)
{
    return date::weekday{hit.date};
}

BlockEdit draggedBlock(const Member &original,
                       const BlockHit &hit,
                       BlockGrip grip,
                       Instant pointer,
                       Seconds travel,
                       Seconds step,
                       DragDays days)
{
    const WeeklyPattern &pattern = patternOf(original, hit.layer);
    if (days == DragDays::ThisDayOnly) {
        if (const auto split = splitOffDay(pattern, hit.rangeIndex, weekdayOf(hit))) {
            Member separated = original;
            patternOf(separated, hit.layer) = split->pattern;
            BlockHit dayHit = hit;
            dayHit.rangeIndex = split->dayRange;
            const Member edited = draggedMember(separated, dayHit, grip, pointer, travel, step);
            // An unchanged day is no edit: no split is left behind.
            const WeeklyRange &was = pattern.ranges[hit.rangeIndex];
            const WeeklyRange &is = patternOf(edited, hit.layer).ranges[split->dayRange];
            const bool moved = is.start != was.start || is.end != was.end;
            return BlockEdit{moved ? edited : original,
                             moved ? split->dayRange : hit.rangeIndex,
                             Weekdays{weekdayOf(hit)}};
        }
    }
    return BlockEdit{draggedMember(original, hit, grip, pointer, travel, step),
                     hit.rangeIndex,
                     pattern.ranges[hit.rangeIndex].days};
}

Member draggedMember(const Member &original,
                     const BlockHit &hit,
                     BlockGrip grip,
                     Instant pointer,
                     Seconds travel,
                     Seconds step)
{
    Member edited = original;
    WeeklyRange &range = patternOf(edited, hit.layer).ranges[hit.rangeIndex];
    const LocalTime dayStart{hit.date};
    // Minutes from the start of the instance's local date to `t`.
    const auto minutesAt = [&](Instant t) {
        return date::floor<Minutes>(toLocal(original.zone, t) - dayStart);
    };
    const Minutes start = range.start;
    const Minutes length =
        date::floor<Minutes>(toLocal(original.zone, hit.end) - toLocal(original.zone, hit.start));
    const Minutes minimum{15};
    const Minutes day{24 * 60};
    switch (grip) {
    case BlockGrip::Start: {
        // The start stays on its day and at least 15 minutes before the end.
        const Minutes end = start + length;
        range.start =
            std::clamp(minutesAt(pointer), Minutes{0}, std::min(end - minimum, day - Minutes{1}));
        break;
    }
    case BlockGrip::End: {
        const Minutes end = std::clamp(minutesAt(pointer), start + minimum, start + day);
        range.end = end > day ? end - day : end;
        break;
    }
    case BlockGrip::Body: {
        // The travel to the nearest step, as the edges snap to the nearest
        // grid line: 55 minutes of dragging moves the block an hour.
        const Minutes snapped = date::floor<Minutes>(
            Seconds{std::llround(double(travel.count()) / double(step.count())) * step.count()});
        const Minutes newStart = std::clamp(start + snapped, Minutes{0}, day - Minutes{1});
        range.start = newStart;
        const Minutes end = newStart + length;
        range.end = end > day ? end - day : end;
        break;
    }
    }
    return edited;
}

} // namespace sunrelay::gui
