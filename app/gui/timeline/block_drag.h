#pragma once

// Grabbing and dragging a member's working-hours or deep-work block on the
// timeline, without widgets: which block is under the pointer, which part
// (an edge or the body) it grabs, and the member as the drag leaves them.
// The view turns pointer positions into instants; this decides the edit.
//
// Example (Anna in Berlin works 09:00-17:00; the end edge dragged to the
// instant of 18:10 Berlin with a 15-minute step snapped to 18:15):
//   draggedMember(anna, hit, BlockGrip::End, pointer, {}, 15 min)
//       .work.ranges[hit.rangeIndex].end == 18:15
//
// A drag changes the whole weekly range the block comes from (every weekday
// of Mon-Fri moves), or with DragDays::ThisDayOnly the block's own local
// weekday alone: that day is split off the range (core splitOffDay) and only
// the new one-day range changes. With Anna's block on Tuesday:
//   draggedBlock(anna, hit, BlockGrip::End, pointer, {}, 15 min,
//                DragDays::ThisDayOnly)
//     .member.work == {Mon,Wed-Fri 09:00-17:00; Tue 09:00-18:15}

#include "gui/timeline/timeline_geometry.h"

#include "sunrelay/core/local_time.h"
#include "sunrelay/core/plan.h"

#include <optional>

namespace sunrelay::gui
{

enum class BlockLayer {
    Work,
    DeepWork
};
enum class BlockGrip {
    Start,
    End,
    Body
};
// Which days of the grabbed block's weekly range a drag changes.
enum class DragDays {
    WholeRange,
    ThisDayOnly
};

struct BlockHit {
    std::size_t member = 0;
    BlockLayer layer = BlockLayer::Work;
    std::size_t rangeIndex = 0; // into the layer's WeeklyPattern::ranges
    LocalDate date; // the instance's local start date
    Instant start;
    Instant end;

    bool operator==(const BlockHit &) const = default;
};

// Pixels either side of a block's edge that grab it.
inline constexpr double edgeGrip = 5;

// The block of member `member` at x (time-area coordinates, as
// TimelineGeometry::x), deep work first as it is drawn over working hours.
std::optional<BlockHit>
blockAt(const Plan &plan, std::size_t member, const TimelineGeometry &geometry, double x);

// What pressing at x grabs of `hit`: an edge within edgeGrip, else the body.
BlockGrip gripAt(const BlockHit &hit, const TimelineGeometry &geometry, double x);

// `original` with the grabbed range changed: an edge follows `pointer`
// (already snapped), staying on its day and at least 15 minutes long; the
// body moves by `travel` (the pointer's travel since the press) rounded to
// the nearest `step`, keeping its length.
Member draggedMember(const Member &original,
                     const BlockHit &hit,
                     BlockGrip grip,
                     Instant pointer,
                     Seconds travel,
                     Seconds step);

// The block's local weekday: the day its instance starts on in the member's
// zone (a Fri 22:00-Sat 06:00 night is Friday's).
date::weekday weekdayOf(const BlockHit &hit);

// A drag as draggedMember, changing `days`: the member afterwards, the range
// that changed and the weekdays that moved with it. With ThisDayOnly on a
// range of several days, `range` is the new one-day range right after the
// original (which keeps its other days). A drag that ends where it started
// splits nothing: `member` is then `original` unchanged.
struct BlockEdit {
    Member member;
    std::size_t range = 0; // into patternOf(member, hit.layer).ranges
    Weekdays days; // the days whose block changes

    bool operator==(const BlockEdit &) const = default;
};
BlockEdit draggedBlock(const Member &original,
                       const BlockHit &hit,
                       BlockGrip grip,
                       Instant pointer,
                       Seconds travel,
                       Seconds step,
                       DragDays days);

WeeklyPattern &patternOf(Member &member, BlockLayer layer);
const WeeklyPattern &patternOf(const Member &member, BlockLayer layer);

} // namespace sunrelay::gui
