#include "sunrelay/core/schedule.h"

#include "sunrelay/core/expansion.h"

#include <algorithm>

namespace sunrelay {

RegionShifts::RegionShifts(std::vector<Shift> shifts)
    : m_shifts(std::move(shifts))
{
    std::sort(m_shifts.begin(), m_shifts.end(), [](const Shift &a, const Shift &b) {
        return a.interval.start != b.interval.start ? a.interval.start < b.interval.start
                                                    : a.member < b.member;
    });
    for (const Shift &shift : m_shifts)
        m_longest = std::max(m_longest, shift.interval.length());
}

std::span<const Shift> RegionShifts::candidates(const Interval &window) const
{
    // A shift starting before window.start - m_longest ends before the window.
    const Instant earliest = window.start - m_longest;
    const auto first = std::partition_point(m_shifts.begin(), m_shifts.end(), [&](const Shift &s) {
        return s.interval.start < earliest;
    });
    const auto last = std::partition_point(first, m_shifts.end(), [&](const Shift &s) {
        return s.interval.start < window.end;
    });
    return {first, last};
}

std::vector<Shift> RegionShifts::intersecting(const Interval &window) const
{
    std::vector<Shift> result;
    for (const Shift &shift : candidates(window))
        if (shift.interval.intersects(window))
            result.push_back(shift);
    return result;
}

std::vector<std::size_t> RegionShifts::membersIn(const Interval &window) const
{
    std::vector<std::size_t> members;
    for (const Shift &shift : intersecting(window))
        members.push_back(shift.member);
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    return members;
}

Interval withMargin(const Interval &window)
{
    return {window.start - scheduleMargin, window.end + scheduleMargin};
}

std::vector<DateRange> effectiveTimeOff(const Plan &plan, const Member &member)
{
    std::vector<DateRange> off = member.timeOff;
    if (const auto region = plan.regionIndex(member.region))
        for (const Holiday &holiday : plan.regions[*region].holidays)
            off.push_back({holiday.date, holiday.date});
    return off;
}

TeamSchedule computeSchedule(const Plan &plan, const Interval &horizon)
{
    TeamSchedule schedule;
    schedule.horizon = horizon;
    schedule.members.reserve(plan.members.size());
    schedule.coverage.resize(plan.regions.size());

    std::vector<std::vector<Shift>> regionWork(plan.regions.size());
    for (const Member &member : plan.members) {
        LocalTimeResolver resolver(member.zone);
        // A range starting the local day before the horizon can reach into it
        // (night shifts); one starting on the horizon's last local date too.
        const LocalDate first =
            date::floor<date::days>(toLocal(member.zone, horizon.start)) - date::days{1};
        const LocalDate last = date::floor<date::days>(toLocal(member.zone, horizon.end));
        const std::vector<DateRange> timeOff = effectiveTimeOff(plan, member);
        MemberSchedule expanded{
            expand(member.work, resolver, first, last, timeOff).clipped(horizon),
            expand(member.deepWork, resolver, first, last, timeOff).clipped(horizon),
            expand(member.comms, resolver, first, last, timeOff).clipped(horizon),
        };
        if (const auto region = plan.regionIndex(member.region)) {
            for (const Interval &interval : expanded.work.intervals())
                regionWork[*region].push_back({interval, schedule.members.size()});
        }
        schedule.members.push_back(std::move(expanded));
    }
    schedule.shifts.reserve(plan.regions.size());
    for (std::size_t r = 0; r < plan.regions.size(); ++r) {
        const RegionShifts &shifts = schedule.shifts.emplace_back(std::move(regionWork[r]));
        // The shifts are sorted by start now, which spares the union a sort.
        std::vector<Interval> covered;
        covered.reserve(shifts.shifts().size());
        for (const Shift &shift : shifts.shifts())
            covered.push_back(shift.interval);
        schedule.coverage[r] = IntervalSet(std::move(covered));
    }
    return schedule;
}

} // namespace sunrelay
