#pragma once

// BusyTime: an interval in which a member is busy elsewhere, such as a
// meeting imported from the member's own calendar (.ics). A busy time that
// cuts into a protected deep-work block is a MeetingInDeepWork conflict
// (conflict.h).
//
// `sourceUid` names where it came from (the calendar event's UID), so a
// re-import can replace what an earlier import of the same calendar brought.
// A recurring event gives one BusyTime per instance, all with the same UID.
//
// Example (a weekly meeting, Tuesday 14:00-15:00 Europe/Berlin in winter):
//   BusyTime{.interval = {13:00Z, 14:00Z}, .summary = "Architecture review",
//            .sourceUid = "abc123@google.com"}

#include "sunrelay/core/interval.h"

#include <string>

namespace sunrelay
{

struct BusyTime {
    Interval interval; // invariant: start < end
    std::string summary;
    std::string sourceUid;

    bool operator==(const BusyTime &) const = default;
};

} // namespace sunrelay
