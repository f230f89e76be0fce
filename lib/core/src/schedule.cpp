#include "sunrelay/core/schedule.h"

#include "sunrelay/core/expansion.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace sunrelay
{

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

namespace
{
std::vector<DateRange> timeOffWithHolidays(const Member &member, const Region *region)
{
    std::vector<DateRange> off = member.timeOff;
    if (region) {
        off.reserve(off.size() + region->holidays.size());
        for (const Holiday &holiday : region->holidays)
            off.push_back({holiday.date, holiday.date});
    }
    return off;
}
} // namespace

std::vector<DateRange> effectiveTimeOff(const Plan &plan, const Member &member)
{
    const auto region = plan.regionIndex(member.region);
    return timeOffWithHolidays(member, region ? &plan.regions[*region] : nullptr);
}

std::optional<Instant> nextWorkStart(const Plan &plan, const Member &member, Instant after)
{
    if (member.work.ranges.empty())
        return std::nullopt;
    std::vector<DateRange> timeOff = effectiveTimeOff(plan, member);
    std::sort(timeOff.begin(), timeOff.end(), [](const DateRange &a, const DateRange &b) {
        return a.from < b.from;
    });
    // A range starting the day before `after` starts before it, but the day
    // is where a search by local dates must begin.
    const LocalDate first = date::floor<date::days>(toLocal(member.zone, after)) - date::days{1};
    LocalDate giveUp = first;
    for (const DateRange &off : timeOff)
        giveUp = std::max(giveUp, off.to);
    // Three weeks clear of all time off without a working interval: every
    // range falls into DST gaps, so none will ever come.
    constexpr date::days week{7};
    giveUp += 3 * week;

    LocalTimeResolver resolver(member.zone);
    for (LocalDate from = first; from <= giveUp;) {
        // Sorted by start, one pass lands past every time off holding `from`.
        for (const DateRange &off : timeOff)
            if (off.contains(from))
                from = off.to + date::days{1};
        const LocalDate to = from + week - date::days{1};
        for (const Interval &interval :
             expand(member.work, resolver, from, to, timeOff).intervals())
            if (interval.start >= after)
                return interval.start;
        from = to + date::days{1};
    }
    return std::nullopt;
}

TeamSchedule computeSchedule(const Plan &plan, const Interval &horizon)
{
    TeamSchedule schedule;
    schedule.horizon = horizon;
    schedule.members.reserve(plan.members.size());
    schedule.coverage.resize(plan.regions.size());
    schedule.regionMembers.resize(plan.regions.size());

    // Regions by id, once: a lookup per member by scanning the regions made
    // 20,000 members in 20,000 regions take minutes.
    std::unordered_map<std::string_view, std::size_t> regionById;
    regionById.reserve(plan.regions.size());
    for (std::size_t r = 0; r < plan.regions.size(); ++r)
        regionById.emplace(plan.regions[r].id, r);

    std::vector<std::vector<Shift>> regionWork(plan.regions.size());
    for (const Member &member : plan.members) {
        const auto found = regionById.find(member.region);
        const std::optional<std::size_t> region =
            found == regionById.end() ? std::nullopt : std::optional<std::size_t>(found->second);
        LocalTimeResolver resolver(member.zone);
        // A range starting the local day before the horizon can reach into it
        // (night shifts); one starting on the horizon's last local date too.
        const LocalDate first =
            date::floor<date::days>(toLocal(member.zone, horizon.start)) - date::days{1};
        const LocalDate last = date::floor<date::days>(toLocal(member.zone, horizon.end));
        const std::vector<DateRange> timeOff =
            timeOffWithHolidays(member, region ? &plan.regions[*region] : nullptr);
        MemberSchedule expanded{
            expand(member.work, resolver, first, last, timeOff).clipped(horizon),
            expand(member.deepWork, resolver, first, last, timeOff).clipped(horizon),
            expand(member.comms, resolver, first, last, timeOff).clipped(horizon),
        };
        if (region) {
            for (const Interval &interval : expanded.work.intervals())
                regionWork[*region].push_back({interval, schedule.members.size()});
            schedule.regionMembers[*region].push_back(schedule.members.size());
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
