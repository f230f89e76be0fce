#pragma once

// Maker score: how well one member's week keeps its protected deep work.
//
// For each local date of the week (in the member's zone):
//  - it is a *workday* when some working interval of the member starts on it
//    (time off and region holidays are already out of the schedule), as for
//    the ShortDeepWork conflict (conflict.h);
//  - its *deep-work time* is the member's deep-work blocks within that day's
//    working time (from the first working interval starting that day to the
//    end of the last one), again as ShortDeepWork reads it;
//  - what *cuts* into it:
//      * Meeting: the member's busy times (imported meetings, busy_time.h);
//      * Comms: the member's comms windows;
//      * SyncSlot: the sync slot of a handoff from or to the member's region
//        (15 minutes the member is expected to talk);
//      * Pickup: a handoff's pickup into the member's region while the member
//        works in deep work and every receiving member working then is in
//        deep work too (the PickupInDeepWork rule: somebody has to break off).
//        A pickup is an instant: it splits a stretch in two and takes no time.
//        It cuts only strictly inside a stretch (a pickup right at a block's
//        start or end interrupts nothing).
//    Imported meetings, comms windows and sync slots take their time out of
//    the deep-work time wherever they share some of it.
//  - the *longest protected stretch* is the longest piece left, in exact time
//    (instants, so a stretch across a DST change is an hour longer or
//    shorter than its wall-clock reading says);
//  - the day is *protected* when it is a workday and that stretch is at least
//    the policy's deepWorkMinimum;
//  - its *first cut* is the cutting thing with the earliest start (its own
//    start, before any clipping; ties: the order of CutKind) among those
//    that cut into the day's deep-work time, protected or not.
// The week's score is protected workdays out of workdays.
//
// Example (policy minimum 3 h; Anna, Europe/Berlin, works Mon-Fri
// 09:00-17:00 with deep work 13:00-17:00; a meeting "Review" Wed 14:00-15:00):
//   Wednesday: workday, longest stretch 2 h (15:00-17:00), not protected,
//              first cut {Meeting, "Review", Wed 14:00 Berlin}
//   the other weekdays: 4 h, protected; Sat and Sun: not workdays
//   score: 4 of 5 workdays protected

#include "sunrelay/core/handoff.h"
#include "sunrelay/core/schedule.h"

#include <optional>
#include <string>
#include <vector>

namespace sunrelay
{

enum class CutKind {
    Meeting,
    Comms,
    SyncSlot,
    Pickup
};

struct DeepWorkCut {
    CutKind kind = CutKind::Meeting;
    std::string summary; // the meeting's summary; empty for the other kinds
    Interval interval; // unclipped; a pickup is empty: [pickup, pickup)

    bool operator==(const DeepWorkCut &) const = default;
};

struct MakerDay {
    LocalDate date;
    bool isWorkday = false;
    Seconds longestStretch{0};
    std::optional<Interval> longestStretchInterval{}; // the first longest one
    bool isProtected = false;
    std::optional<DeepWorkCut> firstCut{};

    bool operator==(const MakerDay &) const = default;
};

struct MakerScore {
    std::vector<MakerDay> days; // one per local date, in order
    int workdays = 0;
    int protectedWorkdays = 0;

    bool operator==(const MakerScore &) const = default;
};

// The maker score of member `member` (an index into plan.members) over the
// local dates [firstDay, firstDay + dayCount). `schedule` must cover those
// dates with scheduleMargin around them, and `handoffs` be its handoffs.
MakerScore makerScore(const Plan &plan,
                      const TeamSchedule &schedule,
                      const std::vector<Handoff> &handoffs,
                      std::size_t member,
                      LocalDate firstDay,
                      int dayCount = 7);

// Everything that cuts into `member`'s deep work within `window` by the rules
// above, sorted by start then kind: the marks a week view draws.
std::vector<DeepWorkCut> deepWorkCuts(const Plan &plan,
                                      const TeamSchedule &schedule,
                                      const std::vector<Handoff> &handoffs,
                                      std::size_t member,
                                      const Interval &window);

} // namespace sunrelay
