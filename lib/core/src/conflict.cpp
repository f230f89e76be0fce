#include "sunrelay/core/conflict.h"

#include "sunrelay/core/coverage.h"
#include "sunrelay/core/local_time.h"

#include <algorithm>
#include <tuple>

namespace sunrelay
{

Severity severityOf(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::SyncSlotInDeepWork:
    case ConflictKind::MeetingInDeepWork:
        return Severity::Error;
    case ConflictKind::DeepWorkOutsideHours:
        return Severity::Info;
    case ConflictKind::PickupInDeepWork:
    case ConflictKind::ShortDeepWork:
    case ConflictKind::CommsInDeepWork:
    case ConflictKind::LongGap:
        break;
    }
    return Severity::Warning;
}

namespace
{

class ConflictFinder
{
public:
    ConflictFinder(const Plan &plan, const TeamSchedule &schedule)
        : m_plan(plan)
        , m_schedule(schedule)
    {
    }

    void handoffs(const std::vector<Handoff> &handoffs);
    void memberDays(std::size_t member);
    void memberPatterns(std::size_t member);
    void longGaps();

    std::vector<Conflict> take() { return std::move(m_conflicts); }

private:
    void add(ConflictKind kind, std::optional<std::size_t> member, const Interval &interval)
    {
        m_conflicts.push_back({kind, severityOf(kind), member, interval});
    }

    const Plan &m_plan;
    const TeamSchedule &m_schedule;
    std::vector<Conflict> m_conflicts;
};

void ConflictFinder::handoffs(const std::vector<Handoff> &handoffs)
{
    for (const Handoff &handoff : handoffs) {
        if (handoff.syncSlot) {
            for (const std::size_t region : {handoff.from, handoff.to})
                for (const std::size_t m : m_schedule.regionMembers.at(region))
                    if (m_schedule.members[m].deepWork.intersects(*handoff.syncSlot))
                        add(ConflictKind::SyncSlotInDeepWork, m, *handoff.syncSlot);
        }
        // The pickup only cuts into protected time when nobody of the
        // receiving side who works then could take it outside deep work.
        std::vector<std::pair<std::size_t, Interval>> protectedReceivers;
        bool someoneUnprotected = false;
        for (const std::size_t m : m_schedule.regionMembers.at(handoff.to)) {
            const MemberSchedule &member = m_schedule.members[m];
            if (!member.work.contains(handoff.pickup))
                continue;
            if (const auto block = member.deepWork.intervalAt(handoff.pickup))
                protectedReceivers.emplace_back(m, *block);
            else
                someoneUnprotected = true;
        }
        if (!someoneUnprotected)
            for (const auto &[m, block] : protectedReceivers)
                add(ConflictKind::PickupInDeepWork, m, block);
    }
}

void ConflictFinder::memberDays(std::size_t m)
{
    // Working intervals grouped by the local date they start on: the workdays.
    const TimeZone &zone = m_plan.members[m].zone;
    const MemberSchedule &member = m_schedule.members[m];
    const auto &work = member.work.intervals();
    for (std::size_t i = 0; i < work.size();) {
        const LocalDate day = date::floor<date::days>(toLocal(zone, work[i].start));
        Interval workday = work[i];
        for (++i; i < work.size() && date::floor<date::days>(toLocal(zone, work[i].start)) == day;
             ++i)
            workday.end = work[i].end;
        const std::vector<Interval> blocks = member.deepWork.clipped(workday).intervals();
        const bool longEnough = std::any_of(blocks.begin(), blocks.end(), [&](const Interval &b) {
            return b.length() >= m_plan.policy.deepWorkMinimum;
        });
        if (!longEnough)
            add(ConflictKind::ShortDeepWork, m, workday);
    }
}

void ConflictFinder::memberPatterns(std::size_t m)
{
    const MemberSchedule &member = m_schedule.members[m];
    for (const Interval &cut : intersect(member.comms, member.deepWork).intervals())
        add(ConflictKind::CommsInDeepWork, m, cut);
    for (const Interval &outside : subtract(member.deepWork, member.work).intervals())
        add(ConflictKind::DeepWorkOutsideHours, m, outside);
    // Each imported meeting against each block it cuts into. The schedule's
    // blocks are clipped to its horizon, so the cuts are too.
    for (const BusyTime &busy : m_plan.members[m].busy)
        for (const Interval &block : member.deepWork.clipped(busy.interval).intervals())
            add(ConflictKind::MeetingInDeepWork, m, block);
}

void ConflictFinder::longGaps()
{
    for (const Interval &gap : gaps(m_schedule).intervals())
        if (gap.length() > m_plan.policy.gapLimit)
            add(ConflictKind::LongGap, std::nullopt, gap);
}

} // namespace

std::vector<Conflict> findConflicts(const Plan &plan,
                                    const TeamSchedule &schedule,
                                    const std::vector<Handoff> &handoffs,
                                    const Interval &window)
{
    ConflictFinder finder(plan, schedule);
    finder.handoffs(handoffs);
    for (std::size_t m = 0; m < plan.members.size(); ++m) {
        finder.memberDays(m);
        finder.memberPatterns(m);
    }
    finder.longGaps();

    std::vector<Conflict> conflicts = finder.take();
    std::erase_if(conflicts, [&](const Conflict &c) {
        return !c.interval.intersects(window);
    });
    const auto key = [](const Conflict &c) {
        return std::make_tuple(c.interval.start, c.kind, c.member.value_or(SIZE_MAX));
    };
    std::sort(conflicts.begin(), conflicts.end(), [&](const Conflict &a, const Conflict &b) {
        return key(a) < key(b);
    });
    conflicts.erase(std::unique(conflicts.begin(), conflicts.end()), conflicts.end());
    return conflicts;
}

} // namespace sunrelay
