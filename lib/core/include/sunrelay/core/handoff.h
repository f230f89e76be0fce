#pragma once

// Handoff: at the end `e` of each interval of region A's coverage, work passes
// on.
//  - Overlap handoff: another region covers `e` (an interval starting exactly
//    at `e` counts, with 0 overlap). The receiver is the covering region that
//    worked alongside the sender longest before `e` (the largest overlap),
//    then the one whose covering interval runs longest past `e`, then region
//    order. The overlap is the time both covered before `e`, back to the later
//    of the two intervals' starts; pickup is `e`.
//  - Gap handoff: nobody covers `e`. The region whose coverage starts first
//    after `e` picks up (ties: region order) and the wait is the time until
//    then. If that region is A itself there is no handoff: A resumes. The
//    search has no horizon: past the schedule's horizon it goes on in the
//    plan itself (nextWorkStart), so a wait over a three-week shutdown is
//    three weeks.
//  - Nobody ever covers again: no handoff.
// An overlap handoff with overlap carries the sync slot (sync_slot.h) if one
// exists; otherwise the handoff is async only (a written note).
//
// Example (EMEA covers 08:00-16:30Z, AMER 14:00-22:00Z, APAC 23:00-07:00Z):
//   {emea -> amer, at 16:30Z, Overlap, overlap 2 h 30 min, pickup 16:30Z}
//   {amer -> apac, at 22:00Z, Gap, wait 1 h, pickup 23:00Z}
//   {apac -> emea, at 07:00Z, Gap, wait 1 h, pickup 08:00Z}
// With a second EMEA office covering 05:00-13:00Z (so EMEA covers
// 05:00-16:30Z) and AMER an on-call desk 06:30-22:00Z, APAC hands to EMEA at
// 07:00Z: EMEA overlapped it for 2 h, AMER for 30 min, although AMER runs
// longer past 07:00Z.

#include "sunrelay/core/schedule.h"

#include <optional>
#include <vector>

namespace sunrelay
{

enum class HandoffKind {
    Overlap,
    Gap
};

struct Handoff {
    std::size_t from = 0; // region indices
    std::size_t to = 0;
    Instant at; // the end of the sender's coverage interval
    Instant pickup; // `at` for an overlap handoff, the receiver's start for a gap
    HandoffKind kind = HandoffKind::Overlap;
    Seconds overlap{0}; // overlap handoffs
    Seconds wait{0}; // gap handoffs
    std::optional<Interval> syncSlot{};

    bool operator==(const Handoff &) const = default;
};

// Handoffs at every coverage end inside the schedule's horizon (an end at the
// horizon's end is a cut, not an end), sorted by `at`, then sender region order.
std::vector<Handoff> computeHandoffs(const Plan &plan, const TeamSchedule &schedule);

} // namespace sunrelay
