#pragma once

// The translators both apps install at start, and the languages Sunrelay
// speaks. From the bottom up: English plural forms ("1 member", "13
// members"), Qt's own words (qtbase_XX.qm: OK, Cancel, file dialogs,
// --help's "Options:"), Sunrelay's words in the user's language. Qt asks the
// most recently installed translator first and falls back to earlier ones
// for what it lacks (lrelease leaves out entries without a translation), so
// a partial translation never brings back "13 member(s)".
//
// Sunrelay's .qm files come from the installed folder
// <prefix>/share/sunrelay/translations (found from the binary, so an
// installation anywhere works and a translator can drop in a newer file),
// else from the copies built into the binary (:/i18n), as in a build tree.
//
// Example (in main(), after the QCoreApplication):
//   const QLocale locale = sunrelay::apptext::chosenLocale(override); // "" = system
//   QLocale::setDefault(locale);
//   sunrelay::apptext::AppTranslations translations; // lives as long as the app
//   translations.install(locale);

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <vector>

namespace sunrelay::apptext
{

// A language the app is translated into: "de", called "Deutsch" in itself.
struct AppLanguage {
    QString code;
    QString nativeName;
};
// English, German, Spanish, French, Japanese, in the order of their names.
const std::vector<AppLanguage> &appLanguages();

// The locale for words and formats: the system's (LANG, LC_ALL,
// LC_MESSAGES, LANGUAGE) when `languageCode` is empty, else that language;
// in the system's own territory when it speaks that language (en_GB keeps
// day-month order when English is chosen).
QLocale chosenLocale(const QString &languageCode);

// Where the installed .qm files are: <binary>/../share/sunrelay/translations.
QString installedTranslationsFolder();

class AppTranslations
{
public:
    // Loads and installs the translators for `locale`; those not found
    // (English needs no Qt translation) are left out.
    void install(const QLocale &locale);
    // The .qm files in use, for --version and the tests.
    QStringList loadedFiles() const;

private:
    QTranslator m_englishPlurals;
    QTranslator m_qt;
    QTranslator m_userLanguage;
};

} // namespace sunrelay::apptext
