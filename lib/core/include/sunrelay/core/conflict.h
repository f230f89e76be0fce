#pragma once

// Conflicts with the maker schedule, each with a severity and a place (member
// and interval) to jump to.
//
//  - SyncSlotInDeepWork (error): a sync slot inside a member's deep-work block.
//  - PickupInDeepWork (warning): a handoff's pickup falls inside the deep-work
//    block of every receiving member working then; one conflict per member.
//  - ShortDeepWork (warning): a workday (a local date on which the member's
//    working time starts) without a deep-work block of at least the policy
//    length; the interval is that day's working time.
//  - CommsInDeepWork (warning): a comms window cuts into a deep-work block.
//  - DeepWorkOutsideHours (info): deep work where the member does not work.
//  - LongGap (warning): a coverage gap longer than the policy limit; no member.
//  - MeetingInDeepWork (error): a busy time of the member (busy_time.h, an
//    imported meeting) cuts into a deep-work block; the interval is the cut,
//    one conflict per block and meeting.
//
// Example (policy minimum 3 h, Anna works 09:00-17:30, deep work 13:00-15:00):
//   {ShortDeepWork, Warning, anna, that day's 09:00-17:30}
// Example (same Anna, a meeting 14:30-16:00 imported from her calendar):
//   {MeetingInDeepWork, Error, anna, that day's 14:30-15:00}

#include "sunrelay/core/handoff.h"

#include <optional>
#include <vector>

namespace sunrelay
{

enum class ConflictKind {
    SyncSlotInDeepWork,
    PickupInDeepWork,
    ShortDeepWork,
    CommsInDeepWork,
    DeepWorkOutsideHours,
    LongGap,
    MeetingInDeepWork,
};

enum class Severity {
    Info,
    Warning,
    Error
};

struct Conflict {
    ConflictKind kind = ConflictKind::LongGap;
    Severity severity = Severity::Warning;
    std::optional<std::size_t> member; // index into plan.members
    Interval interval;

    bool operator==(const Conflict &) const = default;
};

Severity severityOf(ConflictKind kind);

// Conflicts whose interval intersects `window`, sorted by interval start, then
// kind, then member. `schedule` and `handoffs` should cover the window with
// scheduleMargin around it so nothing is cut at the edges.
std::vector<Conflict> findConflicts(const Plan &plan,
                                    const TeamSchedule &schedule,
                                    const std::vector<Handoff> &handoffs,
                                    const Interval &window);

} // namespace sunrelay
