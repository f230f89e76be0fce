// Cold start benchmark (DESIGN.md "Performance budgets": cold start to first
// painted window, demo plan, < 500 ms).
//
// Does what `sunrelay` does when started on the demo plan: constructs the
// QApplication, the MainWindow, shows it and opens the demo plan (imported
// from the bundled JSON into a plan file, as on a first start), then runs the
// event loop until the world timeline's viewport has painted once. Times are
// taken from main() (before the QApplication exists) and, where the kernel
// tells, from the process start (so loading the program and its libraries
// counts too; /proc's clock ticks make that one 10 ms coarse).
//
// Each run is a fresh process, so "cold" means nothing of Qt, fontconfig or
// the plan is loaded yet; the operating system's file cache may well be warm.
// QStandardPaths' test mode keeps it away from the real data folder, which
// is emptied first so every run imports the demo JSON (the slower path).
// Prints JSON. `--smoke` does the same (it is quick) so ctest keeps it working.

#include "gui/document/plan_document.h"
#include "gui/timeline/timeline_view.h"
#include "gui/window/main_window.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <optional>
#include <unistd.h>

namespace
{

using Clock = std::chrono::steady_clock;

double millisecondsBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

// Milliseconds since this process started, from /proc/self/stat's start time
// (clock ticks after boot) and CLOCK_BOOTTIME; nullopt where that is missing.
std::optional<double> millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    // Field 22 (starttime) counts from after the command name's closing ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return std::nullopt;
    bool ok = false;
    const double ticks = fields[19].toDouble(&ok); // field 22 is the 20th after ')'
    const long hertz = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || hertz <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return std::nullopt;
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - ticks * 1000.0 / double(hertz);
}

// Notes the first paint of the timeline's viewport.
class FirstPaint : public QObject
{
public:
    std::optional<Clock::time_point> began;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !began) {
            began = Clock::now();
            // Once this paint is done and the event loop is back: stop.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv)
{
    const auto start = Clock::now();
    const std::optional<double> loadedMs = millisecondsSinceProcessStart();
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    const auto appReady = Clock::now();
    QApplication::setApplicationName(QStringLiteral("sunrelay-bench-startup"));
    QApplication::setOrganizationName(QStringLiteral("Sunrelay"));
    QStandardPaths::setTestModeEnabled(true);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.contains(QLatin1String("/.qttest/")))
        return 1;
    QDir(data).removeRecursively();

    int result = 1;
    {
        sunrelay::gui::MainWindow window;
        window.show();
        const auto windowReady = Clock::now();
        if (!window.openDemoPlan())
            return 1;
        const auto planOpen = Clock::now();
        auto *timeline =
            window.findChild<sunrelay::gui::TimelineView *>(QStringLiteral("timeline"));
        if (!timeline)
            return 1;
        FirstPaint firstPaint;
        timeline->viewport()->installEventFilter(&firstPaint);
        QTimer::singleShot(10000, &app, [] {
            QCoreApplication::exit(2);
        }); // never painted
        const int status = app.exec();
        const auto painted = Clock::now();
        const std::optional<double> sinceProcessStart = millisecondsSinceProcessStart();
        if (status != 0 || !firstPaint.began)
            return 1;

        const std::size_t members = window.document()->plan().members.size();
        std::printf(
            "{\n"
            "  \"smoke\": %s,\n"
            "  \"startup\": {\"plan\": \"demo\", \"members\": %zu,\n"
            "              \"beforeMainMs\": %.1f, \"qapplicationMs\": %.2f,\n"
            "              \"mainWindowMs\": %.2f, \"openDemoMs\": %.2f,\n"
            "              \"firstPaintBeganMs\": %.2f, \"firstPaintDoneMs\": %.2f,\n"
            "              \"sinceProcessStartMs\": %.1f, \"targetMs\": 500}\n"
            "}\n",
            smoke ? "true" : "false",
            members,
            loadedMs.value_or(-1),
            millisecondsBetween(start, appReady),
            millisecondsBetween(appReady, windowReady),
            millisecondsBetween(windowReady, planOpen),
            millisecondsBetween(start, *firstPaint.began),
            millisecondsBetween(start, painted),
            sinceProcessStart.value_or(-1));
        // Hidden before it is destroyed: ~MainWindow deletes the plan before
        // its child views (see tests/gui/tst_main_window.cpp, ClosePlanFirst).
        window.close();
        result = members > 0 ? 0 : 1;
    }
    QDir(data).removeRecursively();
    return result;
}
