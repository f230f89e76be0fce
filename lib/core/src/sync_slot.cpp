#include "sunrelay/core/sync_slot.h"

namespace sunrelay
{

namespace
{

constexpr Seconds oneSecond{1};

// Window starts are whole seconds, so the window [t, t + length) lies inside
// [s, e) and `bounds` exactly for t in [s', e' - length + 1 s), [s', e') the
// two's intersection ...
void addStartsInside(std::vector<Interval> &starts,
                     const Interval &interval,
                     Seconds length,
                     const Interval &bounds)
{
    const Interval inside = intersection(interval, bounds);
    if (inside.length() >= length)
        starts.push_back({inside.start, inside.end - length + oneSecond});
}

// ... and shares time with [s, e) exactly for t in [s - length + 1 s, e).
Interval startsTouching(const Interval &interval, Seconds length)
{
    return {interval.start - length + oneSecond, interval.end};
}

} // namespace

std::optional<Interval> findSyncSlot(const Plan &plan,
                                     const TeamSchedule &schedule,
                                     std::size_t sender,
                                     std::size_t receiver,
                                     const Interval &overlap)
{
    const Seconds length = plan.policy.syncSlot;
    if (length <= Seconds{0} || overlap.length() < length)
        return std::nullopt;
    const Interval possibleStarts{overlap.start, overlap.end - length + oneSecond};

    // Starts where someone of each side works throughout, where someone of
    // each side is in a comms window throughout, and where a window would
    // share time with the work and a deep-work block of one member.
    IntervalSet allowed(std::vector<Interval>{possibleStarts});
    IntervalSet inComms = allowed;
    std::vector<Interval> forbidden;
    for (const std::size_t side : {sender, receiver}) {
        std::vector<Interval> workStarts;
        std::vector<Interval> commsStarts;
        // A side's comms windows are those of all its members (DESIGN.md),
        // also of one who is not at work during the overlap.
        for (const std::size_t m : schedule.regionMembers[side])
            for (const Interval &window : schedule.members[m].comms.intersecting(overlap))
                addStartsInside(commsStarts, window, length, overlap);
        // Straight from the side's shifts (its members' working intervals,
        // by start): no per-member look-ups for who works in the overlap.
        for (const Shift &shift : schedule.shifts[side].candidates(overlap)) {
            const Interval &work = shift.interval;
            if (!work.intersects(overlap))
                continue; // candidates() may hold a few that end before it
            addStartsInside(workStarts, work, length, overlap);
            // A block can only share a window with this work interval if it
            // comes within a window's length of it.
            const Interval near{std::max(overlap.start, work.start - length),
                                std::min(overlap.end, work.end + length)};
            for (const Interval &block :
                 schedule.members[shift.member].deepWork.intersecting(near)) {
                const Interval both =
                    intersection(startsTouching(work, length), startsTouching(block, length));
                if (!both.isEmpty())
                    forbidden.push_back(both);
            }
        }
        allowed = intersect(allowed, IntervalSet(std::move(workStarts)));
        inComms = intersect(inComms, IntervalSet(std::move(commsStarts)));
    }
    allowed = subtract(allowed, IntervalSet(std::move(forbidden)));
    if (allowed.isEmpty())
        return std::nullopt;
    const IntervalSet preferred = intersect(allowed, inComms);
    const Instant start = preferred.isEmpty() ? allowed.intervals().front().start
                                              : preferred.intervals().front().start;
    return Interval{start, start + length};
}

} // namespace sunrelay
