#include "sunrelay/core/maker_score.h"

#include "sunrelay/core/local_time.h"

#include <algorithm>
#include <tuple>

namespace sunrelay
{

namespace
{

// Whether the pickup of `handoff` makes member `m` break off deep work: the
// member works in a deep-work block then, and so does every other member of
// the receiving region who works then (nobody unprotected could take it).
bool pickupInterrupts(const TeamSchedule &schedule, const Handoff &handoff, std::size_t m)
{
    const MemberSchedule &member = schedule.members[m];
    if (!member.work.contains(handoff.pickup) || !member.deepWork.contains(handoff.pickup))
        return false;
    for (const std::size_t other : schedule.regionMembers[handoff.to]) {
        const MemberSchedule &side = schedule.members[other];
        if (side.work.contains(handoff.pickup) && !side.deepWork.contains(handoff.pickup))
            return false;
    }
    return true;
}

// Every meeting, comms window, sync slot and interrupting pickup of member
// `m` sharing time with `window` (a pickup: lying in it), whether or not it
// meets deep work.
std::vector<DeepWorkCut> candidateCuts(const Plan &plan,
                                       const TeamSchedule &schedule,
                                       const std::vector<Handoff> &handoffs,
                                       std::size_t m,
                                       const Interval &window)
{
    std::vector<DeepWorkCut> cuts;
    const Member &member = plan.members[m];
    for (const BusyTime &busy : member.busy)
        if (busy.interval.intersects(window))
            cuts.push_back({CutKind::Meeting, busy.summary, busy.interval});
    for (const Interval &comms : schedule.members[m].comms.intersecting(window))
        cuts.push_back({CutKind::Comms, {}, comms});
    const auto region = plan.regionIndex(member.region);
    if (!region)
        return cuts;
    for (const Handoff &handoff : handoffs) {
        if (handoff.syncSlot && (handoff.from == *region || handoff.to == *region)
            && handoff.syncSlot->intersects(window))
            cuts.push_back({CutKind::SyncSlot, {}, *handoff.syncSlot});
        if (handoff.to == *region && window.contains(handoff.pickup)
            && pickupInterrupts(schedule, handoff, m))
            cuts.push_back({CutKind::Pickup, {}, {handoff.pickup, handoff.pickup}});
    }
    return cuts;
}

bool cutsInto(const DeepWorkCut &cut, const IntervalSet &deepWork)
{
    if (cut.kind != CutKind::Pickup)
        return deepWork.intersects(cut.interval);
    const auto block = deepWork.intervalAt(cut.interval.start);
    return block && block->start < cut.interval.start;
}

void sortCuts(std::vector<DeepWorkCut> &cuts)
{
    const auto key = [](const DeepWorkCut &c) {
        return std::make_tuple(c.interval.start, c.kind, c.interval.end, c.summary);
    };
    std::sort(cuts.begin(), cuts.end(), [&](const DeepWorkCut &a, const DeepWorkCut &b) {
        return key(a) < key(b);
    });
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
}

// The pieces of `deepWork` left after the cuts: their time taken out, and
// split at pickups.
std::vector<Interval> protectedPieces(IntervalSet deepWork, const std::vector<DeepWorkCut> &cuts)
{
    std::vector<Instant> splits;
    for (const DeepWorkCut &cut : cuts) {
        if (cut.kind == CutKind::Pickup)
            splits.push_back(cut.interval.start);
        else
            deepWork.subtract(cut.interval);
    }
    std::vector<Interval> pieces;
    for (Interval piece : deepWork.intervals()) {
        for (const Instant split : splits) // sorted, as the cuts are
            if (piece.start < split && split < piece.end) {
                pieces.push_back({piece.start, split});
                piece.start = split;
            }
        pieces.push_back(piece);
    }
    return pieces;
}

} // namespace

std::vector<DeepWorkCut> deepWorkCuts(const Plan &plan,
                                      const TeamSchedule &schedule,
                                      const std::vector<Handoff> &handoffs,
                                      std::size_t member,
                                      const Interval &window)
{
    std::vector<DeepWorkCut> cuts = candidateCuts(plan, schedule, handoffs, member, window);
    const IntervalSet &deepWork = schedule.members[member].deepWork;
    std::erase_if(cuts, [&](const DeepWorkCut &cut) {
        return !cutsInto(cut, deepWork);
    });
    sortCuts(cuts);
    return cuts;
}

MakerScore makerScore(const Plan &plan,
                      const TeamSchedule &schedule,
                      const std::vector<Handoff> &handoffs,
                      std::size_t m,
                      LocalDate firstDay,
                      int dayCount)
{
    const TimeZone &zone = plan.members[m].zone;
    const MemberSchedule &member = schedule.members[m];
    MakerScore score;
    for (int i = 0; i < dayCount; ++i) {
        MakerDay day{.date = firstDay + date::days{i}};
        // The working intervals starting on this local date; the day's
        // working time runs from the first one's start to the last one's end.
        const Interval localDay{
            resolveLocalTime(zone, LocalTime{day.date}).instant,
            resolveLocalTime(zone, LocalTime{day.date + date::days{1}}).instant};
        std::optional<Interval> workday;
        for (const Interval &work : member.work.intersecting(
                 {localDay.start - date::days{1}, localDay.end + date::days{1}})) {
            if (date::floor<date::days>(toLocal(zone, work.start)) != day.date)
                continue;
            if (!workday)
                workday = work;
            workday->end = work.end;
        }
        if (workday) {
            day.isWorkday = true;
            ++score.workdays;
            const IntervalSet deepWork = member.deepWork.clipped(*workday);
            std::vector<DeepWorkCut> cuts = candidateCuts(plan, schedule, handoffs, m, *workday);
            std::erase_if(cuts, [&](const DeepWorkCut &cut) {
                return !cutsInto(cut, deepWork);
            });
            sortCuts(cuts);
            if (!cuts.empty())
                day.firstCut = cuts.front();
            for (const Interval &piece : protectedPieces(deepWork, cuts))
                if (piece.length() > day.longestStretch) {
                    day.longestStretch = piece.length();
                    day.longestStretchInterval = piece;
                }
            day.isProtected = day.longestStretch >= plan.policy.deepWorkMinimum;
            if (day.isProtected)
                ++score.protectedWorkdays;
        }
        score.days.push_back(std::move(day));
    }
    return score;
}

} // namespace sunrelay
