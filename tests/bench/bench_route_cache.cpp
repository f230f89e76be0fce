// RouteCache benchmark (route_cache.h): the routing half of a timeline drop
// (budget: re-route and repaint in one 16 ms frame, repaint up to 8 ms, so
// routing well under 8 ms) on a plan of 200 members and 5,000 placed tasks.
// Times update() after one edit of each kind, each repeated on different
// tasks and times; reports median and max, and how many tasks were routed.
//  (a) drop a new task of the median priority (3) inside the task days
//  (b) move a placed task of priority 3 by 2 hours
//  (c) move such a task to another region
//  (d) unplace such a task
//  (e) drop a new priority-1 task (the worst case: served first)
//  (f) the first update (everything, like routePlan)
//  (g) an edit routing does not see (a title): the fixed cost of an update
// After every timed update the edit is undone (untimed), so each repetition
// starts from the same plan. Prints JSON. `--smoke` runs tiny sizes and also
// checks every result against routePlan, so ctest can check it still works;
// real figures come from a Release build (scripts/bench).

#include "synthetic_plan.h"

#include "sunrelay/core/route_cache.h"
#include "sunrelay/core/routing.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

using namespace sunrelay;

namespace
{

struct Figures {
    double medianMs = 0;
    double maxMs = 0;
    // CPU time of this process: on a machine shared with other builds the
    // wall time includes waiting for a core.
    double medianCpuMs = 0;
    double maxCpuMs = 0;
    std::size_t medianRerouted = 0;
    std::size_t maxRerouted = 0;
    int scheduleRecomputed = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

class Bench
{
public:
    Bench(Plan plan, bool check)
        : m_plan(std::move(plan))
        , m_check(check)
    {
        m_cache.update(m_plan);
    }

    // Runs `edit` then a timed update, then `undo` and an untimed update,
    // `runs` times.
    Figures measure(int runs,
                    const std::function<void(Plan &, int)> &edit,
                    const std::function<void(Plan &, int)> &undo)
    {
        std::vector<double> times;
        std::vector<double> cpuTimes;
        std::vector<double> rerouted;
        Figures figures;
        for (int run = 0; run < runs; ++run) {
            edit(m_plan, run);
            const std::clock_t cpuBegin = std::clock();
            const auto begin = std::chrono::steady_clock::now();
            m_cache.update(m_plan);
            const auto end = std::chrono::steady_clock::now();
            const std::clock_t cpuEnd = std::clock();
            times.push_back(std::chrono::duration<double, std::milli>(end - begin).count());
            cpuTimes.push_back(1000.0 * double(cpuEnd - cpuBegin) / CLOCKS_PER_SEC);
            rerouted.push_back(double(m_cache.lastRerouted()));
            figures.maxRerouted = std::max(figures.maxRerouted, m_cache.lastRerouted());
            figures.scheduleRecomputed += m_cache.lastRecomputedSchedule() ? 1 : 0;
            verify();
            undo(m_plan, run);
            m_cache.update(m_plan);
            verify();
        }
        figures.medianMs = median(times);
        figures.maxMs = *std::max_element(times.begin(), times.end());
        figures.medianCpuMs = median(cpuTimes);
        figures.maxCpuMs = *std::max_element(cpuTimes.begin(), cpuTimes.end());
        figures.medianRerouted = std::size_t(median(rerouted));
        return figures;
    }

    Plan &plan() { return m_plan; }
    bool ok() const { return m_ok; }

private:
    void verify()
    {
        if (m_check && !(m_cache.routes() == routePlan(m_plan)))
            m_ok = false;
    }

    Plan m_plan;
    RouteCache m_cache;
    bool m_check;
    bool m_ok = true;
};

// A fixed pseudo-random sequence, so every run measures the same edits.
std::uint32_t spread(int run, std::uint32_t salt)
{
    std::uint64_t x = std::uint64_t(run) * 0x9E3779B97F4A7C15ULL + salt;
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 29;
    return std::uint32_t(x >> 32);
}

void print(const char *name, const Figures &f, bool last = false)
{
    std::printf(
        "    \"%s\": {\"medianMs\": %.3f, \"maxMs\": %.3f, \"medianCpuMs\": %.3f, "
        "\"maxCpuMs\": %.3f,\n      \"medianRerouted\": %zu, \"maxRerouted\": %zu, "
        "\"scheduleRecomputed\": %d}%s\n",
        name,
        f.medianMs,
        f.maxMs,
        f.medianCpuMs,
        f.maxCpuMs,
        f.medianRerouted,
        f.maxRerouted,
        f.scheduleRecomputed,
        last ? "" : ",");
}

} // namespace

int main(int argc, char **argv)
{
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    const std::size_t members = smoke ? 20 : 200;
    const std::size_t tasks = smoke ? 200 : 5000;
    const int taskDays = smoke ? 14 : 60;
    const int runs = smoke ? 5 : 50;
    const int fullRuns = smoke ? 2 : 10;

    const date::sys_days start = date::year{2026} / 3 / 2; // a Monday
    const Plan initial = bench::syntheticPlan(members, tasks, start, taskDays);
    Bench bench(initial, smoke);

    // The placed tasks of priority 3, to edit in turn.
    std::vector<std::size_t> middlePriority;
    for (std::size_t i = 0; i < initial.tasks.size(); ++i)
        if (initial.tasks[i].priority == 3)
            middlePriority.push_back(i);
    const auto someTask = [&](int run) {
        return middlePriority[spread(run, 1) % middlePriority.size()];
    };
    const auto someStart = [&](int run) {
        return Instant{start}
        + std::chrono::minutes{15 * (spread(run, 2) % std::uint32_t(taskDays * 24 * 4))};
    };
    const auto someRegion = [&](int run) {
        return initial.regions[spread(run, 3) % initial.regions.size()].id;
    };
    const auto drop = [&](int priority) {
        return [&, priority](Plan &plan, int run) {
            Task task;
            task.id = "drop-" + std::to_string(run);
            task.title = "Dropped";
            task.effortHours = 1 + spread(run, 4) % 16;
            task.priority = priority;
            task.start = someStart(run);
            task.region = someRegion(run);
            plan.tasks.push_back(std::move(task));
        };
    };
    const auto removeDrop = [](Plan &plan, int) {
        plan.tasks.pop_back();
    };
    const auto restore = [&](Plan &plan, int run) {
        plan.tasks[someTask(run)] = initial.tasks[someTask(run)];
    };

    const Figures dropMedian = bench.measure(runs, drop(3), removeDrop);
    const Figures move2h = bench.measure(
        runs,
        [&](Plan &plan, int run) {
            *plan.tasks[someTask(run)].start += std::chrono::hours{2};
        },
        restore);
    const Figures moveRegion = bench.measure(
        runs,
        [&](Plan &plan, int run) {
            Task &task = plan.tasks[someTask(run)];
            const auto r = *plan.regionIndex(*task.region);
            task.region = plan.regions[(r + 1 + spread(run, 5) % 2) % plan.regions.size()].id;
        },
        restore);
    const Figures unplace = bench.measure(
        runs,
        [&](Plan &plan, int run) {
            plan.tasks[someTask(run)].start.reset();
            plan.tasks[someTask(run)].region.reset();
        },
        restore);
    const Figures dropFirst = bench.measure(runs, drop(1), removeDrop);
    // The floor: an update after an edit routing does not see (a title).
    const Figures noChange = bench.measure(
        runs,
        [&](Plan &plan, int run) {
            plan.tasks[someTask(run)].title += "!";
        },
        restore);

    std::vector<double> fullTimes;
    for (int run = 0; run < fullRuns; ++run) {
        RouteCache fresh;
        const auto begin = std::chrono::steady_clock::now();
        fresh.update(initial);
        const auto end = std::chrono::steady_clock::now();
        fullTimes.push_back(std::chrono::duration<double, std::milli>(end - begin).count());
    }
    std::vector<double> routePlanTimes;
    for (int run = 0; run < (smoke ? 1 : 5); ++run) {
        const auto begin = std::chrono::steady_clock::now();
        const PlanRoutes routes = routePlan(initial);
        const auto end = std::chrono::steady_clock::now();
        routePlanTimes.push_back(std::chrono::duration<double, std::milli>(end - begin).count());
    }

    std::printf(
        "{\n"
        "  \"smoke\": %s,\n"
        "  \"plan\": {\"members\": %zu, \"tasks\": %zu, \"startsWithinDays\": %d,\n"
        "           \"runsPerEdit\": %d},\n"
        "  \"updateAfter\": {\n",
        smoke ? "true" : "false",
        members,
        tasks,
        taskDays,
        runs);
    print("a_dropMedianPriority", dropMedian);
    print("b_move2Hours", move2h);
    print("c_moveToAnotherRegion", moveRegion);
    print("d_unplace", unplace);
    print("e_dropPriority1", dropFirst);
    print("g_titleOnly", noChange);
    std::printf(
        "    \"f_firstUpdate\": {\"medianMs\": %.3f, \"maxMs\": %.3f, \"runs\": %d}\n"
        "  },\n"
        "  \"routePlanMs\": %.3f,\n"
        "  \"targetMs\": 8,\n"
        "  \"checkedAgainstRoutePlan\": %s\n"
        "}\n",
        median(fullTimes),
        *std::max_element(fullTimes.begin(), fullTimes.end()),
        fullRuns,
        median(routePlanTimes),
        smoke ? (bench.ok() ? "true" : "false") : "false");
    return bench.ok() ? 0 : 1;
}
