// The `sunrelay` desktop app: a thin shell around sunrelay::gui.

#include "app_translations.h"
#include "gui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sunrelay"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sunrelay"));
    QApplication::setOrganizationName(QStringLiteral("Sunrelay"));
    QApplication::setApplicationVersion(QStringLiteral(SUNRELAY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("sunrelay"));

    // The system icon theme first; where it has no icon, gui::themeIcon()
    // draws the bundled line icon in the palette's colours. (Without any
    // theme Qt looks nowhere, so name hicolor, the base theme.)
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("hicolor"));

    sunrelay::AppTranslations translations; // English plurals, the user's language on top
    translations.install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plans work that follows the sun across time zones."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"),
                                 QApplication::translate("main", "A plan file or plan JSON to open."),
                                 QStringLiteral("[plan]"));
    parser.process(app);

    sunrelay::gui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().constFirst());
    return app.exec();
}
