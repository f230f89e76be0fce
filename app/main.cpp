// The `sunrelay` desktop app: a thin shell around sunrelay::gui.

#include "gui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sunrelay"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sunrelay"));
    QApplication::setOrganizationName(QStringLiteral("Sunrelay"));
    QApplication::setApplicationVersion(QStringLiteral(SUNRELAY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("sunrelay"));

    // The system icon theme first; the bundled line icons where it has none.
    // (Without any theme Qt looks nowhere, so name hicolor, the base theme.)
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("hicolor"));
    QIcon::setFallbackSearchPaths(QIcon::fallbackSearchPaths() << QStringLiteral(":/icons"));

    // English plural forms ("1 member", "13 members") at the bottom, the
    // user's language on top: Qt asks the most recently installed translator
    // first and falls back to the earlier ones for what it lacks (lrelease
    // leaves out entries without a translation), so a partial translation
    // never brings back "13 member(s)". Both live as long as the app.
    QTranslator englishPlurals;
    if (englishPlurals.load(QStringLiteral("sunrelay_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&englishPlurals);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("sunrelay"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) &&
        translator.filePath() != englishPlurals.filePath())
        QApplication::installTranslator(&translator);

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
