// CalDAV publish benchmark: a synthetic team (synthetic_plan.h) of
// `--members` members (default 500) over `--days` days (default 91, three
// months) published to the server with_server.py started (Radicale), then
// republished unchanged, then republished after one member's deep work
// moved. Prints JSON: the time of each step and its requests by method.
//
//   tests/caldav/with_server.py radicale build/bench/tests/bench/bench_caldav
//
// `--smoke` runs 6 members over 7 days so ctest can check it still works;
// `--compute-only` times only what to publish (publishSet), without a server;
// `--parallel N` sets the client's requests in flight (default 4). Peak RSS
// is this process's (the client's) so far, after each step.
//
// Real figures: Radicale without fsync per write (with_server.py
// --no-fsync), see docs/caldav.md.

#include "synthetic_plan.h"

#include "caldav/publisher.h"

#include "sunrelay/core/schedule_report.h"

#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace sunrelay;
using namespace sunrelay::caldav;

namespace
{

ServerAccount accountFromEnvironment()
{
    const QString url = qEnvironmentVariable("SUNRELAY_CALDAV_URL");
    if (url.isEmpty()) {
        std::fprintf(stderr, "SUNRELAY_CALDAV_URL is not set: run through with_server.py\n");
        std::exit(1);
    }
    return {QUrl(url),
            qEnvironmentVariable("SUNRELAY_CALDAV_LEAD_USER"),
            qEnvironmentVariable("SUNRELAY_CALDAV_LEAD_PASSWORD")};
}

std::string countsJson(const RequestCounts &n)
{
    return "{\"total\": " + std::to_string(n.total()) + ", \"PROPFIND\": "
        + std::to_string(n.propfind) + ", \"REPORT\": " + std::to_string(n.report)
        + ", \"MKCALENDAR\": " + std::to_string(n.mkcalendar)
        + ", \"PUT\": " + std::to_string(n.put) + ", \"DELETE\": " + std::to_string(n.del) + "}";
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// What to publish for the whole plan, its events counted, and how long
// computing it took.
struct ComputedSet {
    std::vector<PublishCalendar> calendars;
    std::size_t events = 0;
    qint64 computeMs = 0;
};

// The publish set of `plan` over `window`; nullopt, after saying why on
// stderr, when it cannot be computed.
std::optional<ComputedSet> computePublishSet(const Plan &plan, const Interval &window)
{
    QElapsedTimer timer;
    timer.start();
    auto calendars = publishSet(plan, {}, window, window.start);
    if (!calendars) {
        std::fprintf(stderr, "publishSet: %s\n", calendars.error().message().c_str());
        return std::nullopt;
    }
    ComputedSet computed{std::move(calendars.value()), 0, 0};
    for (const PublishCalendar &calendar : computed.calendars)
        computed.events += calendar.resources.size();
    computed.computeMs = timer.elapsed();
    return computed;
}

// Computes what to publish and publishes it; prints one JSON member.
bool step(const char *name, const Plan &plan, const Interval &window, int parallel, bool last)
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<ComputedSet> computed = computePublishSet(plan, window);
    if (!computed)
        return false;
    ClientLimits limits;
    limits.parallel = parallel;
    DavClient client(accountFromEnvironment(), limits);
    const PublishSummary summary = publish(client, computed->calendars);
    const qint64 total = timer.elapsed();
    std::printf(
        "  \"%s\": {\"calendars\": %zu, \"events\": %zu, \"computeMs\": %lld, "
        "\"totalMs\": %lld, \"requests\": %s, \"peakRssKb\": %ld, \"ok\": %s}%s\n",
        name,
        computed->calendars.size(),
        computed->events,
        static_cast<long long>(computed->computeMs),
        static_cast<long long>(total),
        countsJson(summary.counts).c_str(),
        peakRssKb(),
        summary.ok() ? "true" : "false",
        last ? "" : ",");
    std::fflush(stdout);
    return summary.ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::size_t members = 500;
    int days = 91;
    bool computeOnly = false;
    int parallel = ClientLimits{}.parallel;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--smoke") == 0) {
            members = 6;
            days = 7;
        } else if (std::strcmp(argv[i], "--compute-only") == 0) {
            computeOnly = true;
        } else if (std::strcmp(argv[i], "--members") == 0 && i + 1 < argc) {
            members = std::stoul(argv[++i]);
        } else if (std::strcmp(argv[i], "--parallel") == 0 && i + 1 < argc) {
            parallel = std::stoi(argv[++i]);
        } else if (std::strcmp(argv[i], "--days") == 0 && i + 1 < argc) {
            days = std::stoi(argv[++i]);
        }
    }
    using namespace date::literals;
    const date::sys_days start{2026_y / 11 / 30};
    const Plan plan = bench::syntheticPlan(members, members / 5, start, days);
    const Interval window = dayWindow(start, start + date::days{days - 1});

    if (computeOnly) {
        const std::optional<ComputedSet> computed = computePublishSet(plan, window);
        if (!computed)
            return 1;
        std::printf(
            "{\"members\": %zu, \"days\": %d, \"calendars\": %zu, \"events\": %zu, "
            "\"computeMs\": %lld, \"peakRssKb\": %ld}\n",
            members,
            days,
            computed->calendars.size(),
            computed->events,
            static_cast<long long>(computed->computeMs),
            peakRssKb());
        return 0;
    }

    Plan changed = plan;
    changed.members[members / 2].deepWork.ranges.front().start += std::chrono::minutes{30};

    std::printf("{\"members\": %zu, \"days\": %d, \"parallel\": %d,\n", members, days, parallel);
    const bool ok = step("first", plan, window, parallel, false)
        && step("unchanged", plan, window, parallel, false)
        && step("oneMemberChanged", changed, window, parallel, true);
    std::printf("}\n");
    return ok ? 0 : 1;
}
