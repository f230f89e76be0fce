// Conflicts dock benchmark (issue 11: the dock recomputes on every edit and
// "must stay fast with the bench plan").
//
// Synthetic plans (synthetic_plan.h) of 200 and 1,000 members in 40 zones are
// written with store::PlanStore::create and opened as a PlanDocument, the way
// the app opens a plan. The Conflicts dock (ConflictsPanel: model, sorting
// proxy and table view, shown offscreen at 1100 x 300) lists the conflicts of
// a window, and each figure is one recompute as the app makes it: core's
// schedule, handoffs and findConflicts over the window with its margin, the
// rows that went or came applied to the model, the proxy re-sorting and the
// view laying out and painting (the event loop run until idle):
//  - edit: a member's comms window moved into their deep work (untimed, as
//    the document's undo step), then the recompute, timed; its undo likewise;
//  - pan: the timeline moved on by one day, so the window is new days and
//    most rows go and come;
// each for the visible week (Visible days) and for four weeks (Next 4
// weeks). Each figure is wall time and the process's CPU time ("...Cpu"),
// which a machine busy with other work inflates far less; "coreOnly" is
// core's share (schedule, handoffs, findConflicts for the same window).
// Prints JSON. `--smoke` runs a 20-member plan a few times so ctest keeps
// it working; real figures come from a Release build.

#include "synthetic_plan.h"

#include "gui/conflicts/conflicts_model.h"
#include "gui/conflicts/conflicts_panel.h"
#include "gui/document/plan_document.h"

#include "sunrelay/core/conflict.h"
#include "sunrelay/core/schedule.h"
#include "sunrelay/store/plan_store.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <numeric>
#include <string>
#include <vector>

using namespace sunrelay;

namespace
{

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point begin)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
}

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

struct Timing {
    std::vector<double> wall;
    std::vector<double> cpu;
};

double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times.empty() ? 0 : times[times.size() / 2];
}

double worst(const std::vector<double> &times)
{
    return times.empty() ? 0 : *std::max_element(times.begin(), times.end());
}

struct Result {
    std::size_t members = 0;
    const char *span = "";
    int conflicts = 0;
    Timing edit;
    Timing pan;
    Timing core; // core's part alone: schedule, handoffs, findConflicts
};

// One recompute through the panel, as the event loop makes it.
void timeRecompute(gui::ConflictsPanel &panel, Timing &timing)
{
    const auto begin = Clock::now();
    const double cpu = processCpuMs();
    panel.model()->recomputeNow();
    QApplication::processEvents(); // the view's layout and paint
    timing.wall.push_back(millisecondsSince(begin));
    timing.cpu.push_back(processCpuMs() - cpu);
}

Result run(std::size_t members, gui::ConflictsPanel::Span span, int repeats)
{
    const date::sys_days monday = date::year{2026} / 1 / 5;
    const Interval week{Instant{monday}, Instant{monday + date::days{7}}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("synthetic.sunrelay"));
    {
        auto stored = store::PlanStore::create(path.toStdString(),
                                               bench::syntheticPlan(members, 0, monday, 1));
        if (!stored) {
            std::fprintf(stderr, "create: %s\n", stored.error().message().c_str());
            std::exit(1);
        }
    }
    auto opened = gui::PlanDocument::open(path, store::OpenMode::ReadWrite);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", opened.error().message().c_str());
        std::exit(1);
    }
    const std::unique_ptr<gui::PlanDocument> document = std::move(opened).value();

    gui::ConflictsPanel panel(document.get());
    panel.resize(1100, 300);
    panel.show();
    panel.setNow(Instant{monday} + std::chrono::hours{12});
    panel.setSpan(span);
    panel.setVisibleRange(week);
    panel.model()->recomputeNow();
    QApplication::processEvents();

    Result result;
    result.members = members;
    result.span = span == gui::ConflictsPanel::Span::VisibleDays ? "visibleWeek" : "nextFourWeeks";
    result.conflicts = panel.count();

    const Plan &plan = document->plan();
    for (int i = 0; i < repeats; ++i) {
        // A member's comms window dragged into the middle of their deep work.
        Member member = plan.members[std::size_t(i) * plan.members.size() / std::size_t(repeats)];
        if (member.deepWork.ranges.empty())
            continue;
        const WeeklyRange block = member.deepWork.ranges.front();
        const auto clockAfter = [&](int minutes) {
            return Minutes{(block.start.count() + minutes) % (24 * 60)};
        };
        member.comms = WeeklyPattern{{WeeklyRange{block.days, clockAfter(30), clockAfter(60)}}};
        document->changeMember(member, QStringLiteral("Move comms window"));
        timeRecompute(panel, result.edit);
        document->undoStack()->undo();
        timeRecompute(panel, result.edit);
    }
    for (int i = 0; i < repeats; ++i) {
        const Interval window = panel.window();
        const auto begin = Clock::now();
        const double cpu = processCpuMs();
        const TeamSchedule schedule = computeSchedule(plan, withMargin(window));
        const auto conflicts =
            findConflicts(plan, schedule, computeHandoffs(plan, schedule), window);
        result.core.wall.push_back(millisecondsSince(begin));
        result.core.cpu.push_back(processCpuMs() - cpu);
        if (int(conflicts.size()) != panel.count())
            std::fprintf(stderr,
                         "the dock shows %d conflicts, core finds %zu\n",
                         panel.count(),
                         conflicts.size());
    }
    for (int i = 1; i <= repeats; ++i) {
        const date::days by{i % 7};
        panel.setVisibleRange({week.start + by, week.end + by});
        if (span == gui::ConflictsPanel::Span::NextFourWeeks)
            panel.setNow(Instant{monday} + by + std::chrono::hours{12});
        timeRecompute(panel, result.pan);
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sunrelay-bench_conflicts"));

    const std::vector<std::size_t> sizes =
        smoke ? std::vector<std::size_t>{20} : std::vector<std::size_t>{200, 1000};
    const int repeats = smoke ? 2 : 20;
    std::vector<Result> results;
    for (const std::size_t members : sizes)
        for (const auto span :
             {gui::ConflictsPanel::Span::VisibleDays, gui::ConflictsPanel::Span::NextFourWeeks})
            results.push_back(run(members, span, repeats));

    std::printf("{\n  \"benchmark\": \"conflicts dock recompute\",\n  \"runs\": [\n");
    for (std::size_t i = 0; i < results.size(); ++i) {
        const Result &r = results[i];
        std::printf(
            "    {\"members\": %zu, \"window\": \"%s\", \"conflicts\": %d,\n"
            "     \"editMedianMs\": %.2f, \"editWorstMs\": %.2f, \"editMedianCpuMs\": %.2f,\n"
            "     \"panMedianMs\": %.2f, \"panWorstMs\": %.2f, \"panMedianCpuMs\": %.2f,\n"
            "     \"coreOnlyMedianMs\": %.2f, \"coreOnlyMedianCpuMs\": %.2f}%s\n",
            r.members,
            r.span,
            r.conflicts,
            median(r.edit.wall),
            worst(r.edit.wall),
            median(r.edit.cpu),
            median(r.pan.wall),
            worst(r.pan.wall),
            median(r.pan.cpu),
            median(r.core.wall),
            median(r.core.cpu),
            i + 1 < results.size() ? "," : "");
    }
    std::printf("  ]\n}\n");
    for (const Result &r : results)
        if (r.conflicts <= 0) {
            std::fprintf(stderr, "no conflicts found in the %zu-member plan\n", r.members);
            return 1;
        }
    return 0;
}
