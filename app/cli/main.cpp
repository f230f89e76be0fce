#include "../app_translations.h"
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sunrelay-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUNRELAY_VERSION));

    sunrelay::AppTranslations translations; // English plurals, the user's language on top
    translations.install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    return sunrelay::cli::run(QCoreApplication::arguments(), out, err);
}
