#pragma once

// HandoffDrift: how the clock time of each region pair's handoff moves week by
// week over the next twelve months as the members' zones change to and from
// daylight saving time, for the DST drift preview.
//
// The weeks are those whose Wednesday (UTC date) lies in [start, start + one
// year): 52 or 53 of them. A week is represented by its Wednesday: for each
// pair (sender -> receiver, as computeHandoffs pairs them) the pair's first
// handoff whose `at` lies on that UTC date. A week where the pair has no
// handoff that Wednesday (a holiday, a week the receiver changes) has no
// point. The handoffs are computeHandoffs' own, from one reportSchedule over
// the whole year, so each point equals what reportSchedule gives for its
// Wednesday alone.
//
// Local times: the sender's is `at` read in the zone of the sender member
// who works until `at` (the first in member order); the receiver's is
// `pickup` read in the zone of the receiving member working at `pickup` (the
// first in member order). So the line follows the people who actually pass
// and pick up the work.
//
// Against the week before (the pair's previous point, one week earlier):
//  - dstChanged: the UTC offset of some member zone of either region differs
//    between the two handoffs' `at`;
//  - senderShift / receiverShift: how far the local clock time moved (zero
//    without a previous point);
//  - events, only when dstChanged: a member of the receiving region whose
//    deep-work block now holds `pickup` and did not, or who worked at
//    `pickup` and now does not (before or after their working day); the same
//    for the sender's members at the last second before `at` (the handoff
//    note is written then).
//
// Example (EMEA Berlin Mon-Fri 09:00-17:30, AMER New York Mon-Fri
// 09:00-17:30 with deep work 12:00-15:00; March 2027, US clocks change on
// Sunday 14 March, EU clocks on Sunday 28 March):
//   week of 8 Mar:  EMEA -> AMER at 16:30Z = 17:30 Berlin = 11:30 New York
//   week of 15 Mar: at 16:30Z = 17:30 Berlin = 12:30 New York (EDT):
//                   dstChanged, receiverShift +1 h, into Nia's deep work
//   week of 29 Mar: at 15:30Z = 17:30 Berlin (CEST) = 11:30 New York again

#include "sunrelay/core/handoff.h"

#include <optional>
#include <vector>

namespace sunrelay
{

enum class DriftSide {
    Sender,
    Receiver
};

enum class DriftEventKind {
    IntoDeepWork, // the moment now falls into the member's deep-work block
    BeforeWorkingDay, // ... before the member's working day starts
    AfterWorkingDay, // ... after it ended
};

struct DriftEvent {
    DriftSide side = DriftSide::Receiver;
    std::size_t member = 0; // index into plan.members
    DriftEventKind kind = DriftEventKind::IntoDeepWork;

    bool operator==(const DriftEvent &) const = default;
};

struct DriftPoint {
    date::sys_days week; // the week's Monday (UTC date)
    Handoff handoff; // the pair's first handoff of the week's Wednesday
    std::size_t senderMember = 0; // whose zone senderLocal is read in
    std::size_t receiverMember = 0; // whose zone receiverLocal is read in
    LocalTime senderLocal; // handoff.at
    LocalTime receiverLocal; // handoff.pickup
    bool dstChanged = false;
    Seconds senderShift{0};
    Seconds receiverShift{0};
    std::vector<DriftEvent> events;

    // A DST change moved the handoff's clock time on either side.
    bool isMoved() const
    {
        return dstChanged && (senderShift != Seconds{0} || receiverShift != Seconds{0});
    }

    bool operator==(const DriftPoint &) const = default;
};

struct DriftLine {
    std::size_t from = 0; // region indices
    std::size_t to = 0;
    std::vector<DriftPoint> points; // by week; weeks without a handoff left out

    bool operator==(const DriftLine &) const = default;
};

struct HandoffDrift {
    std::vector<date::sys_days> weeks; // each week's Monday, 52 or 53
    std::vector<DriftLine> lines; // by sender, then receiver region order

    bool operator==(const HandoffDrift &) const = default;
};

// The Wednesday (UTC date) that represents the week of Monday `week`.
date::sys_days driftWednesday(date::sys_days week);

// The twelve months of weeks from `start` (see above).
HandoffDrift handoffDrift(const Plan &plan, date::sys_days start);

// The representative handoff of one pair on one UTC date: the first of
// `handoffs` (sorted by `at`, as computeHandoffs gives them) from `from` to
// `to` whose `at` lies on `day`.
std::optional<Handoff> firstHandoffOn(const std::vector<Handoff> &handoffs,
                                      std::size_t from,
                                      std::size_t to,
                                      date::sys_days day);

} // namespace sunrelay
