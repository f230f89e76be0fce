// Country names in the reader's language (gui/text/country_names.h) and the
// zone picker's catalog searching by them. Expected names are the countries'
// usual names in each language (as an atlas in that language prints them).

#include "gui/models/zone_catalog.h"
#include "gui/text/country_names.h"

#include <QTest>

using namespace sunrelay::gui;

class TestCountryNames : public QObject
{
    Q_OBJECT

private slots:
    void namesInEachLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        const auto row = [](const char *code, const char *language, const char *name) {
            QTest::addRow("%s in %s", code, language)
                << QString::fromLatin1(code) << QString::fromLatin1(language)
                << QString::fromUtf8(name);
        };
        row("DE", "de", "Deutschland");
        row("DE", "fr", "Allemagne");
        row("DE", "es", "Alemania");
        row("DE", "ja", "ドイツ");
        row("JP", "de", "Japan");
        row("JP", "fr", "Japon");
        row("JP", "es", "Japón");
        row("JP", "ja", "日本");
        row("US", "fr", "États-Unis");
        row("in", "de", "Indien"); // codes in either case
        // Script and region count, not just the language.
        row("DE", "zh_CN", "德国");
        row("DE", "zh_TW", "德國");
        row("DE", "sr_Cyrl_RS", "Немачка");
        row("DE", "sr_Latn_RS", "Nemačka");
    }
    void namesInEachLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, language);
        QFETCH(QString, name);
        QCOMPARE(countryName(code, QLocale(language)), name);
    }

    void unknownCodesHaveNoName()
    {
        const QLocale german(QLocale::German);
        QCOMPARE(countryName(QStringLiteral("QQ"), german), QString());
        QCOMPARE(countryName(QString(), german), QString());
        QCOMPARE(countryName(QStringLiteral("D"), german), QString());
        QCOMPARE(countryName(QStringLiteral("DEU"), german), QString());
        QCOMPARE(countryName(QStringLiteral("1E"), german), QString());
        QCOMPARE(countryName(QStringLiteral("Dü"), german), QString());
    }

    // Read in French: Berlin's country shows as "Allemagne"; searching finds
    // it by the French and still by the English name.
    void catalogInTheReadersLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const ZoneCatalog catalog =
            ZoneCatalog::fromDirectory(QStringLiteral("/usr/share/zoneinfo"));
        const ZoneEntry *berlin = catalog.find(QStringLiteral("Europe/Berlin"));
        QVERIFY(berlin);
        QCOMPARE(berlin->countryNames.value(0), QStringLiteral("Germany"));
        QCOMPARE(berlin->localCountryNames.value(0), QStringLiteral("Allemagne"));
        for (const char *query : {"allemagne", "Germany"}) {
            const std::vector<const ZoneEntry *> hits = catalog.search(QString::fromLatin1(query));
            QVERIFY2(!hits.empty() && hits.front()->zoneId == u"Europe/Berlin", query);
        }
        const ZoneEntry *tokyo = catalog.find(QStringLiteral("Asia/Tokyo"));
        QVERIFY(tokyo);
        QCOMPARE(tokyo->localCountryNames.value(0), QStringLiteral("Japon"));
    }

    // English readers keep the tz database's names.
    void catalogInEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const ZoneCatalog catalog =
            ZoneCatalog::fromDirectory(QStringLiteral("/usr/share/zoneinfo"));
        const ZoneEntry *berlin = catalog.find(QStringLiteral("Europe/Berlin"));
        QVERIFY(berlin);
        QCOMPARE(berlin->localCountryNames, berlin->countryNames);
    }
};

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_country_names.moc"
