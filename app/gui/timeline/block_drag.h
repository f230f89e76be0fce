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

#include "gui/timeline/timeline_geometry.h"

#include "sunrelay/core/local_time.h"
#include "sunrelay/core/plan.h"

#include <optional>

namespace sunrelay::gui {

enum class BlockLayer { Work, DeepWork };
enum class BlockGrip { Start, End, Body };

struct BlockHit {
    std::size_t member = 0;
    BlockLayer layer = BlockLayer::Work;
    std::size_t rangeIndex = 0; // into the layer's WeeklyPattern::ranges
    LocalDate date;             // the instance's local start date
    Instant start;
    Instant end;

    bool operator==(const BlockHit &) const = default;
};

// Pixels either side of a block's edge that grab it.
inline constexpr double edgeGrip = 5;

// The block of member `member` at x (time-area coordinates, as
// TimelineGeometry::x), deep work first as it is drawn over working hours.
std::optional<BlockHit> blockAt(const Plan &plan, std::size_t member,
                                const TimelineGeometry &geometry, double x);

// What pressing at x grabs of `hit`: an edge within edgeGrip, else the body.
BlockGrip gripAt(const BlockHit &hit, const TimelineGeometry &geometry, double x);

// `original` with the grabbed range changed: an edge follows `pointer`
// (already snapped), staying on its day and at least 15 minutes long; the
// body moves by `travel` (the pointer's travel since the press) rounded to
// the nearest `step`, keeping its length.
Member draggedMember(const Member &original, const BlockHit &hit, BlockGrip grip, Instant pointer,
                     Seconds travel, Seconds step);

WeeklyPattern &patternOf(Member &member, BlockLayer layer);
const WeeklyPattern &patternOf(const Member &member, BlockLayer layer);

} // namespace sunrelay::gui
