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

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("sunrelay"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return sunrelay::cli::run(QCoreApplication::arguments(), out, err);
}
