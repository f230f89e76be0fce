#include "sunrelay/core/handoff.h"

#include "sunrelay/core/sync_slot.h"

namespace sunrelay {

namespace {

std::optional<Handoff> handoffAt(const Plan &plan, const TeamSchedule &schedule,
                                 std::size_t sender, const Interval &ending)
{
    const Instant e = ending.end;
    // Overlap handoff: a region covering e, the longest past e wins; the
    // strict comparison keeps the first in region order on ties.
    std::optional<std::size_t> receiver;
    Interval receiving;
    for (std::size_t r = 0; r < schedule.coverage.size(); ++r) {
        if (r == sender)
            continue;
        const auto covering = schedule.coverage[r].intervalAt(e);
        if (covering && (!receiver || covering->end > receiving.end)) {
            receiver = r;
            receiving = *covering;
        }
    }
    if (receiver) {
        const Interval overlap{std::max(ending.start, receiving.start), e};
        Handoff handoff{.from = sender, .to = *receiver, .at = e, .pickup = e,
                        .kind = HandoffKind::Overlap, .overlap = overlap.length()};
        if (!overlap.isEmpty())
            handoff.syncSlot = findSyncSlot(plan, schedule, sender, *receiver, overlap);
        return handoff;
    }

    // Gap handoff: the first region to start again after e, ties in region
    // order; the sender itself included, in which case it simply resumes.
    std::optional<std::size_t> next;
    Instant nextStart;
    for (std::size_t r = 0; r < schedule.coverage.size(); ++r) {
        const auto following = schedule.coverage[r].nextStartingAt(e);
        if (following && (!next || following->start < nextStart)) {
            next = r;
            nextStart = following->start;
        }
    }
    if (!next || *next == sender)
        return std::nullopt;
    return Handoff{.from = sender, .to = *next, .at = e, .pickup = nextStart,
                   .kind = HandoffKind::Gap, .wait = nextStart - e};
}

} // namespace

std::vector<Handoff> computeHandoffs(const Plan &plan, const TeamSchedule &schedule)
{
    std::vector<Handoff> result;
    for (std::size_t sender = 0; sender < schedule.coverage.size(); ++sender)
        for (const Interval &interval : schedule.coverage[sender].intervals()) {
            if (interval.end >= schedule.horizon.end)
                continue; // cut by the horizon, not an end of coverage
            if (auto handoff = handoffAt(plan, schedule, sender, interval))
                result.push_back(*handoff);
        }
    std::stable_sort(result.begin(), result.end(), [](const Handoff &a, const Handoff &b) {
        return a.at != b.at ? a.at < b.at : a.from < b.from;
    });
    return result;
}

} // namespace sunrelay
