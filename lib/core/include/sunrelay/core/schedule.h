#pragma once

// TeamSchedule: a plan expanded into instants over a horizon: each member's
// working intervals, deep-work blocks and comms windows, and each region's
// coverage (the union of its members' working intervals; time off, including
// the region's holidays, is already taken out by the expansion).
//
// Everything is clipped to the horizon, so an interval ending exactly at the
// horizon's end may go on beyond it. Callers that report a window compute the
// schedule over the window widened by scheduleMargin on both sides.
//
// Example:
//   auto s = computeSchedule(plan, {monday, monday + date::days{7}});
//   s.coverage[plan.regionIndex("emea").value()]  // EMEA's working week

#include "sunrelay/core/interval_set.h"
#include "sunrelay/core/plan.h"

#include <span>
#include <vector>

namespace sunrelay
{

struct MemberSchedule {
    IntervalSet work;
    IntervalSet deepWork;
    IntervalSet comms;

    bool operator==(const MemberSchedule &) const = default;
};

// One working interval of one member.
struct Shift {
    Interval interval;
    std::size_t member = 0; // index into plan.members

    bool operator==(const Shift &) const = default;
};

// All shifts of a region's members, sorted by start, for "who works when"
// queries that must not scan every member.
class RegionShifts
{
public:
    RegionShifts() = default;
    explicit RegionShifts(std::vector<Shift> shifts);

    const std::vector<Shift> &shifts() const { return m_shifts; }
    // Shifts sharing some time with `window`, by start.
    std::vector<Shift> intersecting(const Interval &window) const;
    // A superset of those without copying: every shift that starts late
    // enough to reach `window` and before its end. Filter with intersects().
    std::span<const Shift> candidates(const Interval &window) const;
    // The members working at some point of `window`, in member order.
    std::vector<std::size_t> membersIn(const Interval &window) const;

    bool operator==(const RegionShifts &) const = default;

private:
    std::vector<Shift> m_shifts;
    Seconds m_longest{0};
};

struct TeamSchedule {
    Interval horizon;
    std::vector<MemberSchedule> members; // plan member order
    std::vector<IntervalSet> coverage; // plan region order
    std::vector<RegionShifts> shifts; // plan region order
    // Each region's members (indices into plan.members), so a rule about
    // "every member of a side" need not scan the whole plan.
    std::vector<std::vector<std::size_t>> regionMembers; // plan region order

    bool operator==(const TeamSchedule &) const = default;
};

// Two weeks: enough for a weekly pattern to recur on both sides of a window
// and for handoffs at the window's edges to see the coverage around them.
inline constexpr date::days scheduleMargin{14};

TeamSchedule computeSchedule(const Plan &plan, const Interval &horizon);

// The local dates `member` does not work: its own time off plus one date for
// each holiday of its region (holiday.h), in that order.
// Example: time off 2026-12-24..31 and a region holiday on 2027-01-01 give
//   {{2026-12-24, 2026-12-31}, {2027-01-01, 2027-01-01}}
std::vector<DateRange> effectiveTimeOff(const Plan &plan, const Member &member);

// The window widened by scheduleMargin on both sides.
Interval withMargin(const Interval &window);

// The start of `member`'s first working interval that starts at or after
// `after`, however far ahead: time off (holidays included) is skipped over
// whole, so a shutdown of months costs no more than one of days. Nullopt when
// the member never works again (no working hours at all).
// Example: Mon-Fri 09:00-17:00 in Berlin, off 2026-12-19..2027-01-11, after
// Fri 2026-12-18T16:00Z gives Tue 2027-01-12T08:00Z.
std::optional<Instant> nextWorkStart(const Plan &plan, const Member &member, Instant after);

} // namespace sunrelay
