// DST drift preview and coverage view benchmark (handoff_drift.h,
// daily_coverage.h) on a plan of 50 members in the benchmark zones:
//  (a) handoffDrift over twelve months (52 or 53 weeks), what the DST Drift
//      page computes on every change of the plan;
//  (b) reportSchedule over the same window alone: the floor (a) builds on,
//      so (a) / (b) is the cost of the drift bookkeeping;
//  (c) dailyCoverage for 4 weeks and (d) for 365 days with the routes of 500
//      placed tasks (routing itself is not timed: the GUI has it cached).
// Median and max of several runs, wall and CPU time (the machine is shared).
// Prints JSON. `--smoke` runs tiny sizes so ctest can check it still works;
// real figures come from a Release build.

#include "synthetic_plan.h"

#include "sunrelay/core/daily_coverage.h"
#include "sunrelay/core/handoff_drift.h"
#include "sunrelay/core/schedule_report.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <vector>

using namespace sunrelay;

namespace
{

struct Figures {
    double medianMs = 0;
    double maxMs = 0;
    double medianCpuMs = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

Figures measure(int runs, const std::function<std::size_t()> &work, std::size_t &sink)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int run = 0; run < runs; ++run) {
        const std::clock_t cpuBegin = std::clock();
        const auto begin = std::chrono::steady_clock::now();
        sink += work();
        const auto end = std::chrono::steady_clock::now();
        const std::clock_t cpuEnd = std::clock();
        wall.push_back(std::chrono::duration<double, std::milli>(end - begin).count());
        cpu.push_back(1000.0 * double(cpuEnd - cpuBegin) / CLOCKS_PER_SEC);
    }
    return {median(wall), *std::max_element(wall.begin(), wall.end()), median(cpu)};
}

void print(const char *name, const Figures &f, const char *separator)
{
    std::printf("    \"%s\": {\"medianMs\": %.3f, \"maxMs\": %.3f, \"medianCpuMs\": %.3f}%s\n",
                name,
                f.medianMs,
                f.maxMs,
                f.medianCpuMs,
                separator);
}

} // namespace

int main(int argc, char **argv)
{
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    // The synthetic plan puts members 0-17 in APAC, so smoke needs 40 to have
    // every region.
    const std::size_t members = smoke ? 40 : 50;
    const std::size_t tasks = smoke ? 20 : 500;
    const int runs = smoke ? 1 : 15;
    const date::sys_days start{date::year{2027} / 1 / 4};

    const Plan plan = bench::syntheticPlan(members, tasks, start, 28);
    const TimeZone reference = *TimeZone::find("Europe/Berlin");
    const PlanRoutes routes = routePlan(plan);
    const LocalDate first{date::year{2027} / 1 / 4};

    std::size_t sink = 0;
    std::size_t weeks = 0;
    std::size_t points = 0;
    const Figures drift = measure(
        runs,
        [&] {
            const HandoffDrift result = handoffDrift(plan, start);
            weeks = result.weeks.size();
            points = 0;
            for (const DriftLine &line : result.lines)
                points += line.points.size();
            return points;
        },
        sink);
    const date::sys_days lastWednesday =
        start + date::weeks{static_cast<int>(weeks) - 1} + date::days{2};
    const Figures floor = measure(
        runs,
        [&] {
            return reportSchedule(plan, dayWindow(start + date::days{2}, lastWednesday))
                .handoffs.size();
        },
        sink);
    const Figures month = measure(
        runs,
        [&] {
            return dailyCoverage(plan, reference, first, first + date::days{27}, routes.routes)
                .size();
        },
        sink);
    const Figures year = measure(
        runs,
        [&] {
            return dailyCoverage(plan, reference, first, first + date::days{364}, routes.routes)
                .size();
        },
        sink);

    std::printf(
        "{\n  \"smoke\": %s,\n  \"members\": %zu,\n  \"tasks\": %zu,\n  \"weeks\": %zu,\n"
        "  \"driftPoints\": %zu,\n  \"runs\": %d,\n  \"figures\": {\n",
        smoke ? "true" : "false",
        members,
        tasks,
        weeks,
        points,
        runs);
    print("a_handoffDrift12Months", drift, ",");
    print("b_reportScheduleSameWindow", floor, ",");
    print("c_dailyCoverage4Weeks", month, ",");
    print("d_dailyCoverage365Days", year, "");
    std::printf("  },\n  \"driftOverReport\": %.2f,\n  \"checksum\": %zu\n}\n",
                floor.medianMs > 0 ? drift.medianMs / floor.medianMs : 0.0,
                sink);
    return weeks >= 52 && points > 0 ? 0 : 1;
}
