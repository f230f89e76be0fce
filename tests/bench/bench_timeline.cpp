// Timeline painting benchmark (DESIGN.md "Performance budgets": paint the
// timeline, 200 rows, one week visible, < 8 ms a frame).
//
// A synthetic plan of 200 members in 40 zones (synthetic_plan.h) is written
// with store::PlanStore::create into a temporary folder and opened as a
// PlanDocument, the way the app opens a plan. A TimelineView of 1600 x 1000
// with one week visible paints into a QImage of that size through
// TimelineView::render():
//  - the first frame, separately: it also asks core for the week's schedule
//    (reportSchedule for 200 members over 9 days);
//  - panning: every frame shows the week moved on by 5 minutes, as when
//    dragging the background, so every row is painted afresh (the view
//    keeps painted rows only for a range it has shown before). This is the
//    frame the budget is about;
//  - repainting the same view (the now line or the focus moved): the rows
//    come from the view's row cache;
//  - scrolling one page further each frame, cycling through all 200 rows:
//    rows that come into view are painted, then cached;
//  - dropping a task (issue 10: "a drop in a plan of 200 members and 5,000
//    tasks re-routes and repaints in under 16 ms"): the plan has 5,000 placed
//    tasks starting over the 8 weeks from the shown week's Monday; each frame
//    takes one task that was just sent back to the backlog (untimed) and
//    places it in its region on the shown week, as a drop from the backlog
//    does: the edit saved to the file, the routes brought up to date
//    (RouteCache) and the timeline painted with the tasks, all timed; then
//    the same with the Backlog dock open beside it (its 5,000 rows follow).
// Panning, repainting and scrolling paint the placed tasks too. Each figure
// comes as wall time and as the process's CPU time ("...Cpu"), which a
// machine busy with other work inflates far less.
// Prints JSON. `--smoke` paints a few frames of a 20-member plan so ctest can
// check it still works; real figures come from a Release build.

#include "synthetic_plan.h"

#include "gui/document/plan_document.h"
#include "gui/tasks/backlog_panel.h"
#include "gui/timeline/timeline_view.h"

#include "sunrelay/store/plan_store.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <numeric>
#include <vector>

using namespace sunrelay;
using sunrelay::gui::TaskBar;

namespace
{

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point begin)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
}

// CPU time of the whole process (the raster engine may use helper threads):
// on a machine busy with other work, wall time says more about the load than
// about the code.
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

struct Frames {
    double meanMs = 0;
    double medianMs = 0;
    double bestMs = 0;
    double worstMs = 0;
};

Frames summarize(std::vector<double> times)
{
    Frames f;
    std::sort(times.begin(), times.end());
    f.meanMs = std::accumulate(times.begin(), times.end(), 0.0) / double(times.size());
    f.medianMs = times[times.size() / 2];
    f.bestMs = times.front();
    f.worstMs = times.back();
    return f;
}

// Pixels right of the header and below the axis that are not the
// background: proof that rows were painted.
int paintedPixels(const QImage &image, QRgb background, int left, int top)
{
    int count = 0;
    for (int y = top; y < image.height(); y += 4)
        for (int x = left; x < image.width(); x += 4)
            count += image.pixel(x, y) != background ? 1 : 0;
    return count;
}

} // namespace

int main(int argc, char **argv)
{
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const std::size_t members = smoke ? 20 : 200;
    const std::size_t tasks = smoke ? 100 : 5000;
    const int frames = smoke ? 3 : 200;
    const int drops = smoke ? 3 : 60;
    const date::sys_days monday = date::year{2026} / 1 / 5;
    const Interval week{Instant{monday}, Instant{monday + date::days{7}}};

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString path = dir.filePath(QStringLiteral("synthetic.sunrelay"));
    {
        auto stored = store::PlanStore::create(path.toStdString(),
                                               bench::syntheticPlan(members, tasks, monday, 56));
        if (!stored) {
            std::fprintf(stderr, "create: %s\n", stored.error().message().c_str());
            return 1;
        }
    }
    auto opened = gui::PlanDocument::open(path, store::OpenMode::ReadWrite);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", opened.error().message().c_str());
        return 1;
    }
    const std::unique_ptr<gui::PlanDocument> document = std::move(opened).value();

    const QSize size(1600, 1000);
    gui::TimelineView view(document.get());
    view.resize(size);
    view.show(); // lays out the viewport; the offscreen platform shows nothing
    QApplication::processEvents();
    view.setVisibleRange(week);
    view.setNow(Instant{monday} + std::chrono::hours{36});

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    double lastCpuMs = 0;
    const auto paintFrame = [&] {
        const auto begin = Clock::now();
        const double cpu = processCpuMs();
        QPainter painter(&image);
        view.render(painter, size);
        painter.end();
        lastCpuMs = processCpuMs() - cpu;
        return millisecondsSince(begin);
    };

    // The first frame computes the week's schedule and routes every task.
    const double firstMs = paintFrame();
    const QRgb background = view.palette().color(QPalette::Base).rgba();
    const int painted =
        paintedPixels(image, background, view.headerWidth() + 1, view.memberRowRect("m0").top());

    std::vector<double> panning;
    std::vector<double> panningCpu;
    for (int i = 1; i <= frames; ++i) {
        const Seconds moved{i * 5 * 60};
        view.setVisibleRange({week.start + moved, week.end + moved});
        panning.push_back(paintFrame());
        panningCpu.push_back(lastCpuMs);
    }
    view.setVisibleRange(week);

    std::vector<double> steady;
    std::vector<double> steadyCpu;
    for (int i = 0; i < frames; ++i) {
        steady.push_back(paintFrame());
        steadyCpu.push_back(lastCpuMs);
    }

    QScrollBar *rows = view.verticalScrollBar();
    std::vector<double> scrolling;
    std::vector<double> scrollingCpu;
    int page = 0;
    for (int i = 0; i < frames; ++i) {
        const int value =
            rows->maximum() > 0 ? (page * rows->pageStep()) % (rows->maximum() + 1) : 0;
        rows->setValue(value);
        ++page;
        scrolling.push_back(paintFrame());
        scrollingCpu.push_back(lastCpuMs);
    }

    rows->setValue(0);
    std::vector<double> dropping;
    std::vector<double> droppingCpu;
    std::vector<double> saving;
    const Plan &plan = document->plan();
    for (int i = 0; i < drops; ++i) {
        const Task task = plan.tasks[std::size_t(i) * plan.tasks.size() / std::size_t(drops)];
        document->unplaceTask(task.id);
        paintFrame();
        const Instant at = week.start + std::chrono::hours{24 + 9} + std::chrono::minutes{7 * i};
        const auto begin = Clock::now();
        const double cpu = processCpuMs();
        document->placeTask(task.id, *task.region, at, QStringLiteral("Place"));
        saving.push_back(millisecondsSince(begin));
        QPainter painter(&image);
        view.render(painter, size);
        painter.end();
        dropping.push_back(millisecondsSince(begin));
        droppingCpu.push_back(processCpuMs() - cpu);
    }
    // The same drops with the Backlog dock open, as in the window: its 5,000
    // rows follow the edit (finishes and placements may all have moved).
    std::vector<double> droppingWithBacklog;
    {
        gui::BacklogPanel backlog(document.get());
        backlog.resize(1600, 300);
        backlog.show();
        QApplication::processEvents();
        for (int i = 0; i < drops; ++i) {
            const Task task = plan.tasks[std::size_t(i) * plan.tasks.size() / std::size_t(drops)];
            document->unplaceTask(task.id);
            paintFrame();
            const Instant at =
                week.start + std::chrono::hours{24 + 10} + std::chrono::minutes{7 * i};
            const double cpu = processCpuMs();
            document->placeTask(task.id, *task.region, at, QStringLiteral("Place"));
            QPainter painter(&image);
            view.render(painter, size);
            painter.end();
            droppingWithBacklog.push_back(processCpuMs() - cpu);
        }
    }
    std::size_t placedInView = 0;
    for (const TaskBar &bar : view.taskLayout().bars)
        placedInView += bar.onRegionRow ? 0 : 1;

    const auto print = [](const char *name, const Frames &f, bool last) {
        std::printf(
            "    \"%s\": {\"msPerFrame\": %.3f, \"medianMs\": %.3f, \"bestMs\": %.3f, "
            "\"worstMs\": %.3f, \"fps\": %.1f}%s\n",
            name,
            f.meanMs,
            f.medianMs,
            f.bestMs,
            f.worstMs,
            1000.0 / f.meanMs,
            last ? "" : ",");
    };
    std::printf(
        "{\n"
        "  \"smoke\": %s,\n"
        "  \"timeline\": {\n"
        "    \"members\": %zu, \"tasks\": %zu, \"width\": %d, \"height\": %d, "
        "\"visibleDays\": 7,\n"
        "    \"framesEach\": %d, \"targetMs\": 8, \"dropTargetMs\": 16,\n"
        "    \"taskBarsInView\": %zu,\n"
        "    \"firstFrameMs\": %.2f,\n",
        smoke ? "true" : "false",
        members,
        tasks,
        size.width(),
        size.height(),
        frames,
        placedInView,
        firstMs);
    print("panning", summarize(panning), false);
    print("panningCpu", summarize(panningCpu), false);
    print("repainting", summarize(steady), false);
    print("repaintingCpu", summarize(steadyCpu), false);
    print("scrolling", summarize(scrolling), false);
    print("scrollingCpu", summarize(scrollingCpu), false);
    print("dropSavedOnly", summarize(saving), false);
    print("dropRoutedAndPainted", summarize(dropping), false);
    print("dropRoutedAndPaintedCpu", summarize(droppingCpu), false);
    print("dropWithBacklogOpenCpu", summarize(droppingWithBacklog), true);
    std::printf("  }\n}\n");
    // A blank image means nothing was painted: a broken benchmark.
    return painted > 1000 ? 0 : 1;
}
