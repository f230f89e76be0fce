#include "sunrelay/core/handoff_drift.h"

#include "sunrelay/core/local_time.h"
#include "sunrelay/core/schedule_report.h"

#include <algorithm>
#include <map>
#include <utility>

namespace sunrelay
{

namespace
{

// The same month and day a year later; 29 February becomes 1 March.
date::sys_days oneYearAfter(date::sys_days day)
{
    const date::year_month_day ymd{day};
    const date::year_month_day next{ymd.year() + date::years{1}, ymd.month(), ymd.day()};
    return next.ok() ? date::sys_days{next} : date::sys_days{next.year() / date::March / 1};
}

// The first member of `members` whose working intervals hold `moment`.
std::optional<std::size_t> memberWorkingAt(const TeamSchedule &schedule,
                                           const std::vector<std::size_t> &members,
                                           Instant moment)
{
    for (const std::size_t m : members)
        if (schedule.members[m].work.contains(moment))
            return m;
    return std::nullopt;
}

// The instant a side is looked at: the receiver at pickup, the sender in the
// last second it works before `at`.
Instant sideMoment(const Handoff &handoff, DriftSide side)
{
    return side == DriftSide::Receiver ? handoff.pickup : handoff.at - Seconds{1};
}

Seconds timeOfDay(LocalTime local)
{
    return local - date::floor<date::days>(local);
}

// The change of a clock time of day from `before` to `after`, taken the short
// way round midnight: 23:30 -> 00:30 is +1 h.
Seconds clockShift(LocalTime before, LocalTime after)
{
    constexpr Seconds day = date::days{1};
    Seconds shift = timeOfDay(after) - timeOfDay(before);
    if (shift > day / 2)
        shift -= day;
    else if (shift < -day / 2)
        shift += day;
    return shift;
}

class DriftBuilder
{
public:
    DriftBuilder(const Plan &plan, const ScheduleReport &report)
        : m_plan(plan)
        , m_report(report)
    {
    }

    DriftPoint point(date::sys_days week, const Handoff &handoff) const
    {
        const TeamSchedule &schedule = m_report.schedule;
        DriftPoint point;
        point.week = week;
        point.handoff = handoff;
        // Both exist: coverage ends at `at` (someone worked until then) and
        // covers `pickup`.
        point.senderMember = memberWorkingAt(schedule,
                                             schedule.regionMembers[handoff.from],
                                             sideMoment(handoff, DriftSide::Sender))
                                 .value_or(0);
        point.receiverMember = memberWorkingAt(schedule,
                                               schedule.regionMembers[handoff.to],
                                               sideMoment(handoff, DriftSide::Receiver))
                                   .value_or(0);
        point.senderLocal = toLocal(m_plan.members[point.senderMember].zone, handoff.at);
        point.receiverLocal = toLocal(m_plan.members[point.receiverMember].zone, handoff.pickup);
        return point;
    }

    void compare(const DriftPoint &previous, DriftPoint &point) const
    {
        point.senderShift = clockShift(previous.senderLocal, point.senderLocal);
        point.receiverShift = clockShift(previous.receiverLocal, point.receiverLocal);
        point.dstChanged = offsetChanged(point.handoff, previous.handoff.at, point.handoff.at);
        if (!point.dstChanged)
            return;
        addEvents(previous.handoff, point, DriftSide::Sender);
        addEvents(previous.handoff, point, DriftSide::Receiver);
    }

private:
    bool offsetChanged(const Handoff &handoff, Instant before, Instant after) const
    {
        for (const std::size_t region : {handoff.from, handoff.to})
            for (const std::size_t m : m_report.schedule.regionMembers[region]) {
                const date::time_zone &tz = m_plan.members[m].zone.tz();
                if (tz.get_info(before).offset != tz.get_info(after).offset)
                    return true;
            }
        return false;
    }

    void addEvents(const Handoff &previous, DriftPoint &point, DriftSide side) const
    {
        const TeamSchedule &schedule = m_report.schedule;
        const Instant then = sideMoment(previous, side);
        const Instant now = sideMoment(point.handoff, side);
        const std::size_t region =
            side == DriftSide::Sender ? point.handoff.from : point.handoff.to;
        for (const std::size_t m : schedule.regionMembers[region]) {
            const MemberSchedule &member = schedule.members[m];
            if (!member.deepWork.contains(then) && member.deepWork.contains(now))
                point.events.push_back({side, m, DriftEventKind::IntoDeepWork});
            if (member.work.contains(then) && !member.work.contains(now))
                point.events.push_back({side, m, outsideKind(m, now)});
        }
    }

    // Before the member's working day when their next working interval
    // starts on the moment's local date, after it otherwise.
    DriftEventKind outsideKind(std::size_t m, Instant moment) const
    {
        const TimeZone &zone = m_plan.members[m].zone;
        const auto next = m_report.schedule.members[m].work.nextStartingAt(moment);
        const auto day = date::floor<date::days>(toLocal(zone, moment));
        if (next && date::floor<date::days>(toLocal(zone, next->start)) == day)
            return DriftEventKind::BeforeWorkingDay;
        return DriftEventKind::AfterWorkingDay;
    }

    const Plan &m_plan;
    const ScheduleReport &m_report;
};

} // namespace

date::sys_days driftWednesday(date::sys_days week)
{
    return week + date::days{2};
}

std::optional<Handoff> firstHandoffOn(const std::vector<Handoff> &handoffs,
                                      std::size_t from,
                                      std::size_t to,
                                      date::sys_days day)
{
    const Interval window = dayWindow(day, day);
    auto it = std::lower_bound(handoffs.begin(),
                               handoffs.end(),
                               window.start,
                               [](const Handoff &h, Instant t) {
                                   return h.at < t;
                               });
    for (; it != handoffs.end() && it->at < window.end; ++it)
        if (it->from == from && it->to == to)
            return *it;
    return std::nullopt;
}

HandoffDrift handoffDrift(const Plan &plan, date::sys_days start)
{
    HandoffDrift drift;
    const date::sys_days end = oneYearAfter(start);
    // The Monday of the week of the first Wednesday on or after `start`.
    const date::sys_days firstWednesday = start + (date::Wednesday - date::weekday{start});
    for (date::sys_days wednesday = firstWednesday; wednesday < end; wednesday += date::weeks{1})
        drift.weeks.push_back(wednesday - date::days{2});
    if (drift.weeks.empty() || plan.regions.empty())
        return drift;

    const ScheduleReport report =
        reportSchedule(plan, dayWindow(firstWednesday, driftWednesday(drift.weeks.back())));
    const DriftBuilder builder(plan, report);

    // Each Wednesday's handoffs in one pass over the sorted list, grouped
    // per pair in the order pairs are listed.
    std::map<std::pair<std::size_t, std::size_t>, DriftLine> lines;
    auto handoff = report.handoffs.begin();
    for (const date::sys_days week : drift.weeks) {
        const Interval wednesday = dayWindow(driftWednesday(week), driftWednesday(week));
        while (handoff != report.handoffs.end() && handoff->at < wednesday.start)
            ++handoff;
        for (; handoff != report.handoffs.end() && handoff->at < wednesday.end; ++handoff) {
            DriftLine &line = lines[{handoff->from, handoff->to}];
            line.from = handoff->from;
            line.to = handoff->to;
            if (!line.points.empty() && line.points.back().week == week)
                continue; // not the pair's first handoff that day
            DriftPoint point = builder.point(week, *handoff);
            if (!line.points.empty() && line.points.back().week + date::weeks{1} == week)
                builder.compare(line.points.back(), point);
            line.points.push_back(std::move(point));
        }
    }
    for (auto &entry : lines)
        drift.lines.push_back(std::move(entry.second));
    return drift;
}

} // namespace sunrelay
