#include "cli.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sunrelay-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUNRELAY_VERSION));

    // English plural forms ("1 member", "13 members") at the bottom, the
    // user's language on top: Qt asks the most recently installed translator
    // first and falls back to the earlier ones for what it lacks (lrelease
    // leaves out entries without a translation), so a partial translation
    // never brings back "13 member(s)". Both live as long as the app.
    QTranslator englishPlurals;
    if (englishPlurals.load(QStringLiteral("sunrelay_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&englishPlurals);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("sunrelay"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) &&
        translator.filePath() != englishPlurals.filePath())
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return sunrelay::cli::run(QCoreApplication::arguments(), out, err);
}
