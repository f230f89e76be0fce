#include "sunrelay/core/sync_slot.h"

#include <algorithm>

namespace sunrelay {

namespace {

constexpr Seconds oneSecond{1};

// Window starts are whole seconds, so the window [t, t + length) lies inside
// [s, e) exactly for t in [s, e - length + 1 s).
void addStartsInside(std::vector<Interval> &starts, const IntervalSet &set, Seconds length,
                     const Interval &bounds)
{
    for (const Interval &interval : set.clipped(bounds).intervals())
        if (interval.length() >= length)
            starts.push_back({interval.start, interval.end - length + oneSecond});
}

// ... and shares time with [s, e) exactly for t in [s - length + 1 s, e).
IntervalSet startsTouching(const IntervalSet &set, Seconds length, const Interval &bounds)
{
    std::vector<Interval> starts;
    for (const Interval &interval : set.clipped(bounds).intervals())
        starts.push_back({interval.start - length + oneSecond, interval.end});
    return IntervalSet(std::move(starts));
}

} // namespace

std::optional<Interval> findSyncSlot(const Plan &plan, const TeamSchedule &schedule,
                                     std::size_t sender, std::size_t receiver,
                                     const Interval &overlap)
{
    const Seconds length = plan.policy.syncSlot;
    if (length <= Seconds{0} || overlap.length() < length)
        return std::nullopt;
    const Interval possibleStarts{overlap.start, overlap.end - length + oneSecond};

    // Starts where someone of each side works throughout, and where someone of
    // each side is in a comms window throughout.
    IntervalSet allowed(std::vector<Interval>{possibleStarts});
    IntervalSet inComms = allowed;
    IntervalSet forbidden;
    for (const std::size_t side : {sender, receiver}) {
        std::vector<Interval> workStarts;
        std::vector<Interval> commsStarts;
        for (const std::size_t m : schedule.shifts[side].membersIn(overlap)) {
            const MemberSchedule &member = schedule.members[m];
            addStartsInside(workStarts, member.work, length, overlap);
            addStartsInside(commsStarts, member.comms, length, overlap);
            // Windows that share time with this member's work and with one of
            // their deep-work blocks.
            forbidden = unite(forbidden, intersect(startsTouching(member.work, length, overlap),
                                                   startsTouching(member.deepWork, length,
                                                                  overlap)));
        }
        allowed = intersect(allowed, IntervalSet(std::move(workStarts)));
        inComms = intersect(inComms, IntervalSet(std::move(commsStarts)));
    }
    allowed = subtract(allowed, forbidden);
    if (allowed.isEmpty())
        return std::nullopt;
    const IntervalSet preferred = intersect(allowed, inComms);
    const Instant start =
        preferred.isEmpty() ? allowed.intervals().front().start : preferred.intervals().front().start;
    return Interval{start, start + length};
}

} // namespace sunrelay
