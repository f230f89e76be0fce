// ZoneCatalog (gui/zone_catalog.h): reading zone1970.tab, zone.tab,
// iso3166.tab and tzdata.zi, and searching them.
//
// Expected values come from the tz database's own tables, read by eye:
//   zone1970.tab  DE,DK,NO,SE,SJ  +5230+01322    Europe/Berlin  most of Germany
//                 US              +404251-0740023 America/New_York
//                 BR              -2332-04637    America/Sao_Paulo
//                 IN              +2232+08822    Asia/Kolkata
//   tzdata.zi     L Asia/Kolkata Asia/Calcutta
// 52 deg 30 min = 52.5; 13 deg 22 min = 13.3667; 40 deg 42' 51" = 40.7142;
// 74 deg 0' 23" = 74.0064; 23 deg 32' = 23.5333; 46 deg 37' = 46.6167.

#include "gui/models/zone_catalog.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::gui;
using namespace Qt::StringLiterals;

namespace
{

QStringList ids(const std::vector<const ZoneEntry *> &entries, std::size_t limit = 5)
{
    QStringList result;
    for (std::size_t i = 0; i < entries.size() && i < limit; ++i)
        result << entries[i]->zoneId;
    return result;
}

// A fixed instant, so offset searches do not depend on today's DST:
// 2026-01-15T12:00Z, northern winter.
Instant january()
{
    return date::sys_days{date::year{2026} / 1 / 15} + std::chrono::hours{12};
}

} // namespace

class TestZoneCatalog : public QObject
{
    Q_OBJECT

private slots:
    void coordinates_data();
    void coordinates();
    void malformedCoordinates();
    void entries();
    void offsets_data();
    void offsets();
    void search_data();
    void search();
    void abbreviationsFindEveryZoneUsingThem();
    void offsetSearch();
    void links();
    void named_data();
    void named();
    void startsOtherName_data();
    void startsOtherName();
    void unknownAndHostileNames();
    void missingDirectory();
};

void TestZoneCatalog::coordinates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::newRow("berlin DDMM") << u"+5230+01322"_s << 52.5 << 13.366667;
    QTest::newRow("new york DDMMSS") << u"+404251-0740023"_s << 40.714167 << -74.006389;
    QTest::newRow("sao paulo south west") << u"-2332-04637"_s << -23.533333 << -46.616667;
    QTest::newRow("kolkata") << u"+2232+08822"_s << 22.533333 << 88.366667;
}

void TestZoneCatalog::coordinates()
{
    QFETCH(QString, text);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    const auto parsed = parseIso6709(text);
    QVERIFY(parsed.has_value());
    QVERIFY(qAbs(parsed->latitude - latitude) < 1e-4);
    QVERIFY(qAbs(parsed->longitude - longitude) < 1e-4);
}

void TestZoneCatalog::malformedCoordinates()
{
    for (const QString &text : {u""_s,
                                u"5230+01322"_s,
                                u"+5230"_s,
                                u"+523+01322"_s,
                                u"+5290+01322"_s,
                                u"+9130+01322"_s,
                                u"+5230+0132a"_s,
                                u"+5230+18100"_s})
        QVERIFY2(!parseIso6709(text), qPrintable(text));
}

void TestZoneCatalog::entries()
{
    const ZoneCatalog &catalog = ZoneCatalog::system();
    QVERIFY(catalog.entries().size() > 300);

    const ZoneEntry *berlin = catalog.find(u"Europe/Berlin"_s);
    QVERIFY(berlin);
    QCOMPARE(berlin->city, u"Berlin"_s);
    QCOMPARE(berlin->countryCodes, (QStringList{u"DE"_s, u"DK"_s, u"NO"_s, u"SE"_s, u"SJ"_s}));
    QCOMPARE(berlin->countryNames.first(), u"Germany"_s);
    QCOMPARE(berlin->comment, u"most of Germany"_s);
    QVERIFY(qAbs(berlin->latitude - 52.5) < 1e-4);
    QVERIFY(qAbs(berlin->longitude - 13.3667) < 1e-4);

    const ZoneEntry *newYork = catalog.find(u"America/New_York"_s);
    QVERIFY(newYork);
    QCOMPARE(newYork->city, u"New York"_s); // '_' -> ' '
    QCOMPARE(newYork->countryNames, QStringList{u"United States"_s});

    const ZoneEntry *buenosAires = catalog.find(u"America/Argentina/Buenos_Aires"_s);
    QVERIFY(buenosAires);
    QCOMPARE(buenosAires->city, u"Buenos Aires"_s);
}

void TestZoneCatalog::offsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes"); // -10000: not an offset
    QTest::newRow("+05:30") << u"+05:30"_s << 330;
    QTest::newRow("UTC+5:30") << u"UTC+5:30"_s << 330;
    QTest::newRow("utc+0530") << u"utc+0530"_s << 330;
    QTest::newRow("-3") << u"-3"_s << -180;
    QTest::newRow("GMT-03") << u"GMT-03"_s << -180;
    QTest::newRow("UTC - 3") << u"UTC - 3"_s << -180;
    QTest::newRow("typographic minus") << u"\u22123"_s << -180;
    QTest::newRow("+12:45") << u"+12:45"_s << 765;
    QTest::newRow("UTC") << u"UTC"_s << 0;
    QTest::newRow("no sign") << u"5"_s << -10000;
    QTest::newRow("a city") << u"utcville"_s << -10000;
    QTest::newRow("too far") << u"+15"_s << -10000;
    QTest::newRow("bad minutes") << u"+05:75"_s << -10000;
}

void TestZoneCatalog::offsets()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    const auto offset = parseUtcOffset(text);
    if (minutes == -10000) {
        QVERIFY(!offset);
        return;
    }
    QVERIFY(offset.has_value());
    QCOMPARE(offset->count(), minutes * 60);
}

void TestZoneCatalog::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::newRow("city") << u"kolkata"_s << u"Asia/Kolkata"_s;
    QTest::newRow("city, any case") << u"KOLKATA"_s << u"Asia/Kolkata"_s;
    QTest::newRow("country") << u"india"_s << u"Asia/Kolkata"_s;
    QTest::newRow("country code") << u"in"_s << u"Asia/Kolkata"_s;
    QTest::newRow("two words") << u"new york"_s << u"America/New_York"_s;
    QTest::newRow("word prefixes") << u"ne yo"_s << u"America/New_York"_s;
    QTest::newRow("without accent") << u"sao paulo"_s << u"America/Sao_Paulo"_s;
    QTest::newRow("with accent") << u"São Paulo"_s << u"America/Sao_Paulo"_s;
    QTest::newRow("zone id") << u"Asia/Kolkata"_s << u"Asia/Kolkata"_s;
    QTest::newRow("link id") << u"Asia/Calcutta"_s << u"Asia/Kolkata"_s;
    QTest::newRow("old city name") << u"calcutta"_s << u"Asia/Kolkata"_s;
    QTest::newRow("accented country") << u"cote d'ivoire"_s << u"Africa/Abidjan"_s;
    // An exact city beats cities that merely start with the query.
    QTest::newRow("exact city first") << u"lima"_s << u"America/Lima"_s;
    // Abbreviations, checked against Python's zoneinfo (tzname() in January
    // and July 2026): New York EST/EDT, Los Angeles PST/PDT, Paris CET/CEST,
    // Kolkata IST; the biggest city of those sharing one comes first.
    QTest::newRow("EST, not Estonia") << u"EST"_s << u"America/New_York"_s;
    QTest::newRow("EDT") << u"edt"_s << u"America/New_York"_s;
    QTest::newRow("PST") << u"PST"_s << u"America/Los_Angeles"_s;
    QTest::newRow("CET") << u"CET"_s << u"Europe/Paris"_s;
    QTest::newRow("IST: India first") << u"IST"_s << u"Asia/Kolkata"_s;
    QTest::newRow("JST") << u"JST"_s << u"Asia/Tokyo"_s;
    // Names the tz database does not write (it says "+08" for Singapore).
    QTest::newRow("SGT") << u"SGT"_s << u"Asia/Singapore"_s;
    // Countries with several zones: their big city first, not the first
    // by name or in zone1970.tab's geographic order.
    QTest::newRow("mexico") << u"mexico"_s << u"America/Mexico_City"_s;
    QTest::newRow("australia") << u"australia"_s << u"Australia/Sydney"_s;
    QTest::newRow("united states") << u"united states"_s << u"America/New_York"_s;
    QTest::newRow("brazil") << u"brazil"_s << u"America/Sao_Paulo"_s;
    QTest::newRow("canada") << u"canada"_s << u"America/Toronto"_s;
}

void TestZoneCatalog::abbreviationsFindEveryZoneUsingThem()
{
    const ZoneCatalog &catalog = ZoneCatalog::system();
    // Dublin's clocks say IST in summer (GMT in winter), Jerusalem's IST in
    // winter (Python zoneinfo): both are found, after Kolkata.
    const QStringList ist = ids(catalog.search(u"IST"_s, january()), 400);
    QVERIFY(ist.contains(u"Europe/Dublin"_s));
    QVERIFY(ist.contains(u"Asia/Jerusalem"_s));
    QVERIFY(ist.indexOf(u"Asia/Kolkata"_s) < ist.indexOf(u"Europe/Dublin"_s));
    // Estonia still matches "est" as a prefix of its name, after the zones
    // whose clocks say EST (Panama's all year).
    const QStringList est = ids(catalog.search(u"est"_s, january()), 400);
    QVERIFY(est.contains(u"America/Panama"_s));
    QVERIFY(est.contains(u"Europe/Tallinn"_s));
    QVERIFY(est.indexOf(u"America/Panama"_s) < est.indexOf(u"Europe/Tallinn"_s));
    // "PT" is Portugal's country code first, Pacific time too.
    const QStringList pt = ids(catalog.search(u"PT"_s, january()), 400);
    QCOMPARE(pt.front(), u"Europe/Lisbon"_s);
    QVERIFY(pt.contains(u"America/Los_Angeles"_s));
    // The entry lists what its clocks show.
    QCOMPARE(catalog.find(u"Europe/Berlin"_s)->abbreviations, (QStringList{u"CET"_s, u"CEST"_s}));
    // Numeric ones are offsets, not names.
    QVERIFY(!catalog.find(u"Asia/Singapore"_s)->abbreviations.contains(u"+08"_s));
}

void TestZoneCatalog::search()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    const auto found = ZoneCatalog::system().search(query, january());
    QVERIFY2(!found.empty(), qPrintable(query));
    QCOMPARE(found.front()->zoneId, first);
}

void TestZoneCatalog::offsetSearch()
{
    const ZoneCatalog &catalog = ZoneCatalog::system();
    // +05:30: India and Sri Lanka (zone1970.tab), the big city first.
    QCOMPARE(ids(catalog.search(u"+05:30"_s, january())),
             (QStringList{u"Asia/Kolkata"_s, u"Asia/Colombo"_s}));
    QCOMPARE(ids(catalog.search(u"UTC+5:45"_s, january())), QStringList{u"Asia/Kathmandu"_s});

    // Current offset: Berlin is +1 in January and +2 in July.
    const Instant july = date::sys_days{date::year{2026} / 7 / 15} + std::chrono::hours{12};
    const QStringList winter = ids(catalog.search(u"+1"_s, january()), 400);
    const QStringList summer = ids(catalog.search(u"+2"_s, july), 400);
    QVERIFY(winter.contains(u"Europe/Berlin"_s));
    QVERIFY(summer.contains(u"Europe/Berlin"_s));
    QVERIFY(!ids(catalog.search(u"+2"_s, january()), 400).contains(u"Europe/Berlin"_s));

    // -3 in January: Sao Paulo (no DST since 2019), not New York.
    const QStringList minusThree = ids(catalog.search(u"GMT-03"_s, january()), 400);
    QVERIFY(minusThree.contains(u"America/Sao_Paulo"_s));
    QVERIFY(!minusThree.contains(u"America/New_York"_s));
}

void TestZoneCatalog::links()
{
    const ZoneCatalog &catalog = ZoneCatalog::system();
    const ZoneEntry *calcutta = catalog.find(u"Asia/Calcutta"_s);
    QVERIFY(calcutta);
    QCOMPARE(calcutta->zoneId, u"Asia/Kolkata"_s);
    QVERIFY(calcutta->aliases.contains(u"Asia/Calcutta"_s));
    // Old names outside tzdata.zi's link list still resolve, through the
    // zoneinfo folder (US/Eastern is a link to America/New_York).
    const ZoneEntry *eastern = catalog.find(u"US/Eastern"_s);
    QVERIFY(eastern);
    QCOMPARE(eastern->zoneId, u"America/New_York"_s);
}

void TestZoneCatalog::named_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("zone"); // empty: names no single zone
    QTest::newRow("city") << u"Kolkata"_s << u"Asia/Kolkata"_s;
    QTest::newRow("any case, spaces around") << u"  kolkata "_s << u"Asia/Kolkata"_s;
    QTest::newRow("two words") << u"sao paulo"_s << u"America/Sao_Paulo"_s;
    QTest::newRow("old city name") << u"calcutta"_s << u"Asia/Kolkata"_s;
    QTest::newRow("zone id") << u"Europe/Berlin"_s << u"Europe/Berlin"_s;
    QTest::newRow("link") << u"Asia/Calcutta"_s << u"Asia/Kolkata"_s;
    QTest::newRow("zone id, any case") << u"asia/calcutta"_s << u"Asia/Kolkata"_s;
    QTest::newRow("a prefix") << u"kolk"_s << QString();
    QTest::newRow("one letter") << u"o"_s << QString();
    QTest::newRow("an offset") << u"+05:30"_s << QString();
    QTest::newRow("a country") << u"India"_s << QString(); // countries can have many zones
    QTest::newRow("empty") << QString() << QString();
}

void TestZoneCatalog::named()
{
    QFETCH(QString, name);
    QFETCH(QString, zone);
    const ZoneEntry *entry = ZoneCatalog::system().named(name);
    QCOMPARE(entry ? entry->zoneId : QString(), zone);
}

void TestZoneCatalog::startsOtherName_data()
{
    // zone1970.tab has America/Bahia and America/Bahia_Banderas, and
    // America/Dawson and America/Dawson_Creek; no city starts with "Kolkata".
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("except");
    QTest::addColumn<bool>("startsOther");
    QTest::newRow("Bahia, then Bahia Banderas") << u"Bahia"_s << u"America/Bahia"_s << true;
    QTest::newRow("any case and accent") << u"bahía"_s << u"America/Bahia"_s << true;
    QTest::newRow("Dawson, then Dawson Creek") << u"dawson"_s << u"America/Dawson"_s << true;
    QTest::newRow("Bahia Banderas is the longest")
        << u"Bahia Banderas"_s << u"America/Bahia_Banderas"_s << false;
    QTest::newRow("Kolkata") << u"Kolkata"_s << u"Asia/Kolkata"_s << false;
    QTest::newRow("an old name") << u"Calcutta"_s << u"Asia/Kolkata"_s << false;
    QTest::newRow("a zone id, then a longer one")
        << u"america/bahia"_s << u"America/Bahia"_s << true;
    QTest::newRow("a zone id") << u"Europe/Berlin"_s << u"Europe/Berlin"_s << false;
    QTest::newRow("empty") << QString() << QString() << false;
}

void TestZoneCatalog::startsOtherName()
{
    QFETCH(QString, text);
    QFETCH(QString, except);
    QFETCH(bool, startsOther);
    const ZoneCatalog &catalog = ZoneCatalog::system();
    const ZoneEntry *entry = except.isEmpty() ? nullptr : catalog.find(except);
    QVERIFY(except.isEmpty() || entry);
    QCOMPARE(catalog.startsOtherName(text, entry), startsOther);
}

void TestZoneCatalog::unknownAndHostileNames()
{
    const ZoneCatalog &catalog = ZoneCatalog::system();
    QVERIFY(!catalog.find(u"Europe/Berlim"_s));
    QVERIFY(!catalog.find(u"../../etc/passwd"_s));
    QVERIFY(!catalog.find(QString()));
    QVERIFY(catalog.search(u"xyzzy"_s, january()).empty());
}

void TestZoneCatalog::missingDirectory()
{
    const ZoneCatalog empty = ZoneCatalog::fromDirectory(u"/nonexistent/zoneinfo"_s);
    QVERIFY(empty.entries().empty());
    QVERIFY(empty.search(u"berlin"_s, january()).empty());
}

QTEST_GUILESS_MAIN(TestZoneCatalog)
#include "tst_zone_catalog.moc"
