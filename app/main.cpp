// The `sunrelay` desktop app: a thin shell around sunrelay::gui.

#include "gui/document/preferences.h"
#include "gui/export/view_export_command.h"
#include "gui/export/week_export_command.h"
#include "gui/style/framed_fields_style.h"
#include "gui/window/main_window.h"
#include "gui/window/plan_beacon.h"

#include "shared/app_translations.h"
#include "shared/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <exception>
#include <new>

#include <sys/socket.h>
#include <unistd.h>

namespace
{

int terminationPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    // Only async-signal-safe work here: wake the event loop.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(terminationPipe[1], &byte, 1);
}

// SIGTERM (shutdown, logout, `kill`) and SIGINT close the window as Quit
// does: the open plan is closed properly, its write-ahead log folded back
// into the file, and the window layout saved. Edits need no saving: each
// one is committed to the plan file when made. Also under a modal dialog:
// the dialog runs its own event loop, which would wait for its OK.
void closeOnTerminationSignals(QWidget &window)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, terminationPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(terminationPipe[0],
                                         QSocketNotifier::Read,
                                         QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, &window, [&window] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(terminationPipe[0], &byte, 1);
        qCInfo(sunrelay::lcWindow) << "termination signal: closing the window";
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (widget != &window && widget->isModal() && widget->isVisible())
                widget->close();
        window.close();
        // exit(), not quit(): it ends every running event loop, the dialogs'
        // too, and cannot be refused.
        QCoreApplication::exit(0);
    });
    struct sigaction action {
    };
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

int runApp(int argc, char *argv[])
{
    // A picture of the timeline needs no display (reports built on a server).
    if (sunrelay::gui::argumentsAskForViewExport(argc, argv)
        || sunrelay::gui::argumentsAskForWeekExport(argc, argv))
        sunrelay::gui::useOffscreenPlatformWithoutDisplay();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sunrelay"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sunrelay"));
    QApplication::setOrganizationName(QStringLiteral("Sunrelay"));
    QApplication::setApplicationVersion(QStringLiteral(SUNRELAY_VERSION));
    // The application id: names the desktop entry, the AppStream component and
    // the icon, and is the Wayland app id that ties the window to them.
    QApplication::setDesktopFileName(QStringLiteral("io.github.sunrelay.Sunrelay"));

    // The system icon theme first; where it has no icon, gui::themeIcon()
    // draws the bundled line icon in the palette's colours. (Without any
    // theme Qt looks nowhere, so name hicolor, the base theme.)
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("hicolor"));
    // Text fields keep a visible frame in a high-contrast palette, around
    // the style in use (the desktop's, or -style / QT_STYLE_OVERRIDE).
    QApplication::setStyle(new sunrelay::gui::FramedFieldsStyle(QApplication::style()->name()));

    // The system's language unless Preferences chose another; the same
    // locale formats dates and numbers.
    const QLocale locale =
        sunrelay::apptext::chosenLocale(sunrelay::gui::Preferences::load().language);
    QLocale::setDefault(locale);
    sunrelay::apptext::AppTranslations translations; // lives as long as the app
    translations.install(locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plans work that follows the sun across time zones."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("plan"),
        QApplication::translate("main", "A plan file or plan JSON to open."),
        QStringLiteral("[plan]"));
    parser.addOptions(sunrelay::gui::viewExportOptions());
    parser.addOptions(sunrelay::gui::weekExportOptions());
    parser.process(app);
    if (const auto exitCode = sunrelay::gui::runWeekExportIfAsked(parser))
        return *exitCode;
    if (const auto exitCode = sunrelay::gui::runViewExportIfAsked(parser))
        return *exitCode;

    // A plan open in a running Sunrelay already: that window comes to the
    // front, and this process is not needed.
    if (!parser.positionalArguments().isEmpty()
        && sunrelay::gui::raiseWindowShowingPlan(parser.positionalArguments().constFirst()))
        return 0;

    sunrelay::gui::MainWindow window;
    closeOnTerminationSignals(window);
    window.show();
    // Opened from the event loop, so that a signal can end the error dialog
    // a file that cannot be opened brings up.
    if (!parser.positionalArguments().isEmpty())
        QTimer::singleShot(0, &window, [&window, path = parser.positionalArguments().constFirst()] {
            window.openPath(path);
        });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Nothing escapes main: one line and exit status 1, never an abort.
    try {
        return runApp(argc, argv);
    } catch (const std::bad_alloc &) {
        //: Printed on the terminal when Sunrelay runs out of memory and stops
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(QApplication::translate("main", "sunrelay: out of memory")));
    } catch (const std::exception &error) {
        //: Printed on the terminal when Sunrelay stops on a bug; %1 is the technical message
        //: (English)
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(QApplication::translate("main", "sunrelay: internal error: %1")
                                    .arg(QString::fromLocal8Bit(error.what()))));
    } catch (...) {
        //: Printed on the terminal when Sunrelay stops on a bug with no message
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(QApplication::translate("main", "sunrelay: internal error")));
    }
    return 1;
}
