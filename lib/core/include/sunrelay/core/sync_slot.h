#pragma once

// Sync slot: inside the overlap of an overlap handoff, the earliest window of
// the policy length (default 15 min)
//  - during which at least one member of each side works throughout, and
//  - which touches (shares any time with) no deep-work block of any member of
//    either side who works at some point of the window.
// Windows that also lie inside a comms window of each side (of any of its
// members, at work in the overlap or not) are preferred over the earliest. No such window: the
// handoff is async only.
//
// Example (Anna, EMEA, works 08:00-16:30Z with deep work 13:00-15:00Z; Nia,
// AMER, works 14:00-22:00Z; overlap [14:00Z, 16:30Z), 15 min):
//   findSyncSlot(...) == [15:00Z, 15:15Z)

#include "sunrelay/core/schedule.h"

#include <optional>

namespace sunrelay
{

std::optional<Interval> findSyncSlot(const Plan &plan,
                                     const TeamSchedule &schedule,
                                     std::size_t sender,
                                     std::size_t receiver,
                                     const Interval &overlap);

} // namespace sunrelay
