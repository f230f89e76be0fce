#include "synthetic_plan.h"

#include <cstdint>
#include <iterator>

namespace sunrelay::bench
{

namespace
{
// A small fixed LCG: the same plan on every machine and run.
class Sequence
{
public:
    std::uint32_t next(std::uint32_t bound)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(m_state >> 33) % bound;
    }

private:
    std::uint64_t m_state = 0x5eed;
};

WeeklyPattern workdays(Minutes start, Minutes end)
{
    return WeeklyPattern{{WeeklyRange{Weekdays::workdays(), start, end}}};
}
} // namespace

Plan syntheticPlan(std::size_t memberCount,
                   std::size_t taskCount,
                   date::sys_days start,
                   int taskDays)
{
    using std::chrono::hours;
    using std::chrono::minutes;
    Plan plan;
    plan.name = "Synthetic";
    plan.regions = {{"apac", "APAC", defaultRegionColor(0)},
                    {"emea", "EMEA", defaultRegionColor(1)},
                    {"amer", "AMER", defaultRegionColor(2)}};
    constexpr std::size_t zoneCount = std::size(benchmarkZones);
    Sequence random;
    for (std::size_t i = 0; i < memberCount; ++i) {
        const std::size_t z = i % zoneCount;
        Member member;
        member.id = "m" + std::to_string(i);
        member.name = "Member " + std::to_string(i);
        member.region = z < 18 ? "apac" : (z < 31 ? "emea" : "amer");
        member.zone = TimeZone::find(benchmarkZones[z]).value();
        const Minutes begin = hours{8} + minutes{15 * static_cast<int>(random.next(8))};
        member.work = workdays(begin, begin + hours{8} + minutes{30});
        member.deepWork = workdays(begin + hours{1}, begin + hours{4});
        member.comms =
            WeeklyPattern{{WeeklyRange{Weekdays::workdays(), hours{11}, hours{11} + minutes{30}},
                           WeeklyRange{Weekdays::workdays(), hours{15}, hours{15} + minutes{30}}}};
        plan.members.push_back(std::move(member));
    }
    for (std::size_t i = 0; i < taskCount; ++i) {
        Task task;
        task.id = "T-" + std::to_string(i);
        task.title = "Task " + std::to_string(i);
        task.effortHours = 1 + random.next(16);
        task.priority = 1 + static_cast<int>(random.next(5));
        task.start = Instant{start} + hours{random.next(static_cast<std::uint32_t>(taskDays) * 24)};
        task.region = plan.regions[random.next(3)].id;
        plan.tasks.push_back(std::move(task));
    }
    return plan;
}

Plan syntheticWidePlan(std::size_t regionCount,
                       std::size_t membersPerRegion,
                       std::size_t holidaysPerRegion,
                       date::sys_days start)
{
    using std::chrono::hours;
    Plan plan;
    plan.name = "Synthetic wide";
    constexpr std::size_t zoneCount = std::size(benchmarkZones);
    for (std::size_t r = 0; r < regionCount; ++r) {
        Region region{"r" + std::to_string(r),
                      "Region " + std::to_string(r),
                      defaultRegionColor(r)};
        for (std::size_t h = 0; h < holidaysPerRegion; ++h)
            region.holidays.push_back(
                {LocalDate{start.time_since_epoch()} + date::days{2 + 7 * static_cast<int>(h)},
                 "Holiday " + std::to_string(h)});
        plan.regions.push_back(std::move(region));
    }
    for (std::size_t r = 0; r < regionCount; ++r)
        for (std::size_t k = 0; k < membersPerRegion; ++k) {
            const std::size_t i = r * membersPerRegion + k;
            Member member;
            member.id = "m" + std::to_string(i);
            member.name = "Member " + std::to_string(i);
            member.region = plan.regions[r].id;
            member.zone = TimeZone::find(benchmarkZones[(r + k) % zoneCount]).value();
            member.work = workdays(hours{9}, hours{17});
            plan.members.push_back(std::move(member));
        }
    return plan;
}

} // namespace sunrelay::bench
