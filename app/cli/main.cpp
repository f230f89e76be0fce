#include "cli.h"
#include "shared/app_translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>
#include <new>

int main(int argc, char *argv[])
{
    // Nothing escapes main: a failure nobody foresaw still ends in one line
    // and exit status 1, never an abort (status 134) and a core dump.
    try {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("sunrelay-cli"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SUNRELAY_VERSION));

        // The language of the environment (LANG, LC_ALL, LC_MESSAGES,
        // LANGUAGE), as for any command-line tool; the desktop app's
        // Preferences override is the desktop's.
        const QLocale locale = sunrelay::apptext::chosenLocale({});
        QLocale::setDefault(locale);
        sunrelay::apptext::AppTranslations translations; // lives as long as the app
        translations.install(locale);

        QTextStream out(stdout);
        QTextStream err(stderr);
        try {
            return sunrelay::cli::run(QCoreApplication::arguments(), out, err);
        } catch (const std::bad_alloc &) {
            //: Printed when sunrelay-cli runs out of memory and stops
            err << QCoreApplication::translate("Cli", "sunrelay-cli: out of memory\n");
        } catch (const std::exception &error) {
            //: Printed when sunrelay-cli stops on a bug; %1 is the technical message (English)
            err << QCoreApplication::translate("Cli", "sunrelay-cli: internal error: %1\n")
                       .arg(QString::fromLocal8Bit(error.what()));
        }
        return sunrelay::cli::BadInput;
    } catch (const std::exception &error) {
        // Before the application (and its translations) existed, or after.
        //: Printed when sunrelay-cli stops on a bug; %1 is the technical message (English)
        std::fprintf(
            stderr,
            "%s\n",
            qPrintable(QCoreApplication::translate("Cli", "sunrelay-cli: internal error: %1")
                           .arg(QString::fromLocal8Bit(error.what()))));
    } catch (...) {
        //: Printed when sunrelay-cli stops on a bug with no message
        std::fprintf(
            stderr,
            "%s\n",
            qPrintable(QCoreApplication::translate("Cli", "sunrelay-cli: internal error")));
    }
    return 1;
}
