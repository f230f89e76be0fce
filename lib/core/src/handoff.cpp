#include "sunrelay/core/handoff.h"

#include "sunrelay/core/sync_slot.h"

#include <string_view>
#include <unordered_map>

namespace sunrelay
{

namespace
{

// Where each region's coverage starts first after the schedule's horizon,
// found once and only if some gap runs past the horizon.
class CoverageBeyondHorizon
{
public:
    CoverageBeyondHorizon(const Plan &plan, const TeamSchedule &schedule)
        : m_plan(plan)
        , m_schedule(schedule)
    {
    }

    std::optional<Instant> firstStart(std::size_t region)
    {
        if (!m_starts) {
            m_starts.emplace(m_plan.regions.size());
            // Regions by id, once: a scan of the regions per member was
            // quadratic in large plans.
            std::unordered_map<std::string_view, std::size_t> regionById;
            for (std::size_t r = 0; r < m_plan.regions.size(); ++r)
                regionById.emplace(m_plan.regions[r].id, r);
            for (const Member &member : m_plan.members) {
                const auto found = regionById.find(member.region);
                if (found == regionById.end())
                    continue;
                const std::size_t r = found->second;
                const auto start = nextWorkStart(m_plan, member, m_schedule.horizon.end);
                if (start && (!(*m_starts)[r] || *start < *(*m_starts)[r]))
                    (*m_starts)[r] = start;
            }
        }
        return (*m_starts)[region];
    }

private:
    const Plan &m_plan;
    const TeamSchedule &m_schedule;
    std::optional<std::vector<std::optional<Instant>>> m_starts;
};

std::optional<Handoff> handoffAt(const Plan &plan,
                                 const TeamSchedule &schedule,
                                 CoverageBeyondHorizon &beyond,
                                 std::size_t sender,
                                 const Interval &ending)
{
    const Instant e = ending.end;
    // Overlap handoff: among the regions covering e, the one that worked
    // alongside the sender longest before e, then the one running longest
    // past e; the strict comparisons keep the first in region order on ties.
    std::optional<std::size_t> receiver;
    Interval receiving;
    Seconds longestOverlap{0};
    for (std::size_t r = 0; r < schedule.coverage.size(); ++r) {
        if (r == sender)
            continue;
        const auto covering = schedule.coverage[r].intervalAt(e);
        if (!covering)
            continue;
        const Seconds overlap = e - std::max(ending.start, covering->start);
        if (!receiver || overlap > longestOverlap
            || (overlap == longestOverlap && covering->end > receiving.end)) {
            receiver = r;
            receiving = *covering;
            longestOverlap = overlap;
        }
    }
    if (receiver) {
        const Interval overlap{std::max(ending.start, receiving.start), e};
        Handoff handoff{.from = sender,
                        .to = *receiver,
                        .at = e,
                        .pickup = e,
                        .kind = HandoffKind::Overlap,
                        .overlap = overlap.length()};
        if (!overlap.isEmpty())
            handoff.syncSlot = findSyncSlot(plan, schedule, sender, *receiver, overlap);
        return handoff;
    }

    // Gap handoff: the first region to start again after e, ties in region
    // order; the sender itself included, in which case it simply resumes.
    // When nobody starts again within the horizon the search goes on past it,
    // however long the gap.
    std::optional<std::size_t> next;
    Instant nextStart;
    for (std::size_t r = 0; r < schedule.coverage.size(); ++r) {
        const auto following = schedule.coverage[r].nextStartingAt(e);
        if (following && (!next || following->start < nextStart)) {
            next = r;
            nextStart = following->start;
        }
    }
    if (!next) {
        for (std::size_t r = 0; r < schedule.coverage.size(); ++r) {
            const auto start = beyond.firstStart(r);
            if (start && (!next || *start < nextStart)) {
                next = r;
                nextStart = *start;
            }
        }
    }
    if (!next || *next == sender)
        return std::nullopt;
    return Handoff{.from = sender,
                   .to = *next,
                   .at = e,
                   .pickup = nextStart,
                   .kind = HandoffKind::Gap,
                   .wait = nextStart - e};
}

} // namespace

std::vector<Handoff> computeHandoffs(const Plan &plan, const TeamSchedule &schedule)
{
    std::vector<Handoff> result;
    CoverageBeyondHorizon beyond(plan, schedule);
    for (std::size_t sender = 0; sender < schedule.coverage.size(); ++sender)
        for (const Interval &interval : schedule.coverage[sender].intervals()) {
            if (interval.end >= schedule.horizon.end)
                continue; // cut by the horizon, not an end of coverage
            if (auto handoff = handoffAt(plan, schedule, beyond, sender, interval))
                result.push_back(*handoff);
        }
    std::stable_sort(result.begin(), result.end(), [](const Handoff &a, const Handoff &b) {
        return a.at != b.at ? a.at < b.at : a.from < b.from;
    });
    return result;
}

} // namespace sunrelay
