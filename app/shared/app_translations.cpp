#include "shared/app_translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace sunrelay::apptext
{

namespace
{

const QString embeddedFolder = QStringLiteral(":/i18n");
const QString baseName = QStringLiteral("sunrelay");

// Sunrelay's `locale` translation from the installed folder, else the
// embedded one.
bool loadSunrelay(QTranslator &translator, const QLocale &locale)
{
    const QString prefix = QStringLiteral("_");
    return translator.load(locale, baseName, prefix, installedTranslationsFolder())
        || translator.load(locale, baseName, prefix, embeddedFolder);
}

bool loadEnglishPlurals(QTranslator &translator)
{
    const QString name = QStringLiteral("sunrelay_en");
    return translator.load(name, installedTranslationsFolder())
        || translator.load(name, embeddedFolder);
}

} // namespace

const std::vector<AppLanguage> &appLanguages()
{
    // Each named in itself: a reader who cannot read the current language
    // still finds their own.
    static const std::vector<AppLanguage> languages = {
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    return languages;
}

QLocale chosenLocale(const QString &languageCode)
{
    const QLocale system = QLocale::system();
    if (languageCode.isEmpty())
        return system;
    const QLocale chosen(languageCode);
    if (chosen.language() == QLocale::C)
        return system; // an unknown code in the settings file
    return chosen.language() == system.language() ? system : chosen;
}

QString installedTranslationsFolder()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../share/sunrelay/translations"));
}

void AppTranslations::install(const QLocale &locale)
{
    if (loadEnglishPlurals(m_englishPlurals))
        QCoreApplication::installTranslator(&m_englishPlurals);
    if (m_qt.load(locale,
                  QStringLiteral("qtbase"),
                  QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (loadSunrelay(m_userLanguage, locale)
        && m_userLanguage.language() != m_englishPlurals.language())
        QCoreApplication::installTranslator(&m_userLanguage);
}

QStringList AppTranslations::loadedFiles() const
{
    QStringList files;
    for (const QTranslator *translator : {&m_englishPlurals, &m_qt, &m_userLanguage})
        if (!translator->isEmpty())
            files.append(translator->filePath());
    return files;
}

} // namespace sunrelay::apptext
