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

    // The user's language where there is a translation, else English: its
    // file holds just the plural forms ("1 member", "13 members").
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("sunrelay"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("sunrelay_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return sunrelay::cli::run(QCoreApplication::arguments(), out, err);
}
