// Engine benchmark (DESIGN.md "Performance budgets"):
//  - expansion + coverage + handoffs: 1,000 members in 40 zones over 365 days,
//    against the floor: the bare cost of the tz look-ups that expansion needs
//    (one tz database query per wall-clock end of every range instance);
//  - routing 10,000 tasks over 200 members and 90 days.
// Prints JSON. `--smoke` runs tiny sizes so ctest can check it still works;
// real figures come from a Release build (scripts/bench).

#include "synthetic_plan.h"

#include "sunrelay/core/conflict.h"
#include "sunrelay/core/handoff.h"
#include "sunrelay/core/local_time.h"
#include "sunrelay/core/plan_limits.h"
#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

using namespace sunrelay;

namespace
{

// Best of `runs`, in milliseconds: the least disturbed run.
double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto begin = std::chrono::steady_clock::now();
        work();
        const auto end = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(end - begin).count());
    }
    return best;
}

// Keeps results observable so the optimiser cannot drop the work.
volatile std::int64_t sink = 0;

} // namespace

int main(int argc, char **argv)
{
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    // "--wide REGIONS MEMBERS_PER_REGION DAYS": only the wide plan, of that
    // shape (the core itself has no limits: 20000 1 7 is issue 14's plan).
    const bool wideOnly = argc == 5 && std::strcmp(argv[1], "--wide") == 0;
    const std::size_t members = smoke ? 40 : 1000;
    const int days = smoke ? 14 : 365;
    const std::size_t routeMembers = smoke ? 20 : 200;
    const std::size_t tasks = smoke ? 100 : 10000;
    const int routeDays = smoke ? 14 : 90;
    const int runs = smoke ? 1 : 5;

    const date::sys_days start = date::year{2026} / 1 / 5; // a Monday
    const Interval year{Instant{start}, Instant{start + date::days{days}}};
    const Plan plan = bench::syntheticPlan(members, 0, start, 1);

    // The floor: one tz query per wall-clock end of every instance, exactly
    // the readings expansion resolves (the day before the horizon included).
    std::size_t lookups = 0;
    const double floorMs = bestOf(runs, [&] {
        lookups = 0;
        std::int64_t acc = 0;
        for (const Member &member : plan.members) {
            const LocalDate first =
                date::floor<date::days>(toLocal(member.zone, year.start)) - date::days{1};
            const LocalDate last = date::floor<date::days>(toLocal(member.zone, year.end));
            for (LocalDate day = first; day <= last; day += date::days{1})
                for (const WeeklyPattern *pattern : {&member.work, &member.deepWork, &member.comms})
                    for (const WeeklyRange &range : pattern->ranges) {
                        if (!range.days.contains(date::weekday{day}))
                            continue;
                        acc += resolveLocalTime(member.zone, range.localStart(day))
                                   .instant.time_since_epoch()
                                   .count();
                        acc += resolveLocalTime(member.zone, range.localEnd(day))
                                   .instant.time_since_epoch()
                                   .count();
                        lookups += 2;
                    }
        }
        sink = acc;
    });

    std::size_t handoffCount = 0;
    double scheduleMs = 0;
    const double engineMs = bestOf(runs, [&] {
        const auto begin = std::chrono::steady_clock::now();
        const TeamSchedule schedule = computeSchedule(plan, year);
        scheduleMs =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin)
                .count();
        handoffCount = computeHandoffs(plan, schedule).size();
    });

    const date::sys_days routeStart = date::year{2026} / 3 / 2;
    const Plan taskPlan = bench::syntheticPlan(routeMembers, tasks, routeStart, routeDays * 2 / 3);
    // What `route` does: every task from its own start over the plan's
    // routing horizon (366 days after the latest start), schedule and
    // handoffs included.
    std::size_t finished = 0;
    int horizonDays = 0;
    const double routeMs = bestOf(smoke ? 1 : 3, [&] {
        const PlanRoutes routed = routePlan(taskPlan);
        horizonDays = int(date::floor<date::days>(routed.horizon.length()).count());
        finished =
            std::count_if(routed.routes.begin(), routed.routes.end(), [](const TaskRoute &r) {
                return r.finish.has_value();
            });
    });

    // The widest plan accepted (issue 14: 20,000 regions and members took
    // 106 s in `schedule`): plan_limits.h's maximum regions and members, a
    // year, schedule, handoffs and conflicts as `conflicts` computes them.
    const std::size_t wideRegions = wideOnly ? std::strtoul(argv[2], nullptr, 10)
        : smoke                              ? 10
                                             : maxRegions;
    const std::size_t widePerRegion = wideOnly ? std::strtoul(argv[3], nullptr, 10)
        : smoke                                ? 4
                                               : maxMembers / maxRegions;
    const int wideDays = wideOnly ? std::atoi(argv[4]) : smoke ? 14 : 365;
    const Plan widePlan = bench::syntheticWidePlan(wideRegions, widePerRegion, 10, start);
    const Interval wideYear{Instant{start}, Instant{start + date::days{wideDays}}};
    std::size_t wideHandoffs = 0;
    std::size_t wideConflicts = 0;
    const double wideMs = bestOf(smoke ? 1 : 2, [&] {
        const TeamSchedule schedule = computeSchedule(widePlan, wideYear);
        const std::vector<Handoff> handoffs = computeHandoffs(widePlan, schedule);
        wideHandoffs = handoffs.size();
        wideConflicts = findConflicts(widePlan, schedule, handoffs, wideYear).size();
    });
    if (wideOnly) {
        std::printf(
            "{\"wide\": {\"regions\": %zu, \"members\": %zu, \"days\": %d, \"handoffs\": %zu, "
            "\"conflicts\": %zu, \"scheduleHandoffsConflictsMs\": %.2f}}\n",
            wideRegions,
            widePlan.members.size(),
            wideDays,
            wideHandoffs,
            wideConflicts,
            wideMs);
        return 0;
    }

    std::printf(
        "{\n"
        "  \"smoke\": %s,\n"
        "  \"wide\": {\"regions\": %zu, \"members\": %zu, \"days\": %d, \"handoffs\": %zu,\n"
        "           \"conflicts\": %zu, \"scheduleHandoffsConflictsMs\": %.2f},\n"
        "  \"engine\": {\"members\": %zu, \"zones\": 40, \"days\": %d, \"handoffs\": %zu,\n"
        "             \"tzLookups\": %zu, \"floorMs\": %.2f, \"expandAndCoverageMs\": %.2f,\n"
        "             \"totalMs\": %.2f, \"ratioToFloor\": %.2f, \"targetMs\": 100,\n"
        "             \"targetRatio\": 3},\n"
        "  \"routing\": {\"members\": %zu, \"tasks\": %zu, \"startsWithinDays\": %d,\n"
        "              \"horizonDays\": %d, \"finished\": %zu,\n"
        "              \"totalMs\": %.2f, \"targetMs\": 250}\n"
        "}\n",
        smoke ? "true" : "false",
        wideRegions,
        widePlan.members.size(),
        wideDays,
        wideHandoffs,
        wideConflicts,
        wideMs,
        members,
        days,
        handoffCount,
        lookups,
        floorMs,
        scheduleMs,
        engineMs,
        engineMs / floorMs,
        routeMembers,
        tasks,
        routeDays * 2 / 3,
        horizonDays,
        finished,
        routeMs);
    return handoffCount > 0 && finished > 0 ? 0 : 1;
}
