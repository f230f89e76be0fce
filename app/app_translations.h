#pragma once

// The translators both apps install at start: English plural forms ("1
// member", "13 members") at the bottom, the user's language on top. Qt asks
// the most recently installed translator first and falls back to earlier
// ones for what it lacks (lrelease leaves out entries without a
// translation), so a partial translation never brings back "13 member(s)".
//
// Example (in main(), after the QCoreApplication):
//   sunrelay::AppTranslations translations; // lives as long as the app
//   translations.install();

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace sunrelay
{

struct AppTranslations {
    QTranslator englishPlurals;
    QTranslator userLanguage;

    void install()
    {
        const QString folder = QStringLiteral(":/i18n");
        if (englishPlurals.load(QStringLiteral("sunrelay_en"), folder))
            QCoreApplication::installTranslator(&englishPlurals);
        if (userLanguage.load(QLocale(), QStringLiteral("sunrelay"), QStringLiteral("_"), folder)
            && userLanguage.filePath() != englishPlurals.filePath())
            QCoreApplication::installTranslator(&userLanguage);
    }
};

} // namespace sunrelay
