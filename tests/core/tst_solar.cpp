// Sunrise, sunset and civil twilight (solar.h).
//
// Expected values are NOT from the NOAA formulas the code implements: they
// were computed with PyEphem 4.1.4 (Debian python3-ephem; libastro's VSOP87
// theory of the sun, an independent implementation), with the sun's centre at
// -0:50 (sunrise/sunset) or -6 degrees (civil twilight), pressure 0 so the
// horizon alone accounts for refraction, e.g.
//   o = ephem.Observer(); o.lat, o.lon = '52.52', '13.40'; o.pressure = 0
//   o.horizon = '-0:50'; o.date = '2026/6/21 11:06'
//   o.previous_rising(ephem.Sun(), use_center=True)  # 2026/6/21 02:43:07
// and cross-checked by hand against published almanac tables for a few rows:
// Berlin 21 Jun 2026 04:43/21:33 CEST, New York 21 Jun 05:25/20:30 EDT and
// 21 Dec 07:16/16:31 EST, Reykjavik 21 Jun 03:55/00:03 (UTC+0) as listed by
// the usual sunrise tables. Tolerance: 2 minutes (the NOAA algorithm is good
// to about one minute outside the polar regions).

#include "plan_builder.h"

#include "sunrelay/core/solar.h"

#include <QTest>

#include <algorithm>
#include <chrono>

using namespace sunrelay;
using namespace sunrelay::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sunrelay::SunCrossing)

namespace
{

constexpr auto tolerance = std::chrono::minutes{2};

date::sys_days utcDate(const QString &text)
{
    return date::sys_days{day(text).time_since_epoch()};
}

bool near(Instant actual, Instant expected)
{
    const auto difference = actual > expected ? actual - expected : expected - actual;
    return difference <= tolerance;
}

} // namespace

class TestSolar : public QObject
{
    Q_OBJECT

private slots:
    void crossings_data();
    void crossings();
    void oneSolarDayPerUtcDate();
    void solarNoon();
    void daylightIntervals();
    void polarDayCoversTheRange();
    void polarNightHasNoDaylight();
    void polarNightStillHasTwilight();
    void emptyRange();
    void wholeYearIsWellFormed_data();
    void wholeYearIsWellFormed();
};

void TestSolar::crossings_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<QString>("date");
    QTest::addColumn<double>("altitude");
    QTest::addColumn<SunCrossing>("crossing");
    QTest::addColumn<QString>("rise");
    QTest::addColumn<QString>("set");

    const auto day = sunriseAltitude;
    const auto civil = civilTwilightAltitude;
    const auto both = SunCrossing::RisesAndSets;
    auto row = [&](const char *name,
                   double lat,
                   double lon,
                   const char *date,
                   double altitude,
                   SunCrossing crossing,
                   const char *rise,
                   const char *set) {
        QTest::newRow(name) << lat << lon << QString::fromLatin1(date) << altitude << crossing
                            << QString::fromLatin1(rise) << QString::fromLatin1(set);
    };

    // Berlin 52.52 N 13.40 E.
    row("berlin equinox",
        52.52,
        13.40,
        "2026-03-20",
        day,
        both,
        "2026-03-20T05:09:17Z",
        "2026-03-20T17:19:27Z");
    row("berlin solstice",
        52.52,
        13.40,
        "2026-06-21",
        day,
        both,
        "2026-06-21T02:43:07Z",
        "2026-06-21T19:33:18Z");
    row("berlin solstice civil",
        52.52,
        13.40,
        "2026-06-21",
        civil,
        both,
        "2026-06-21T01:52:53Z",
        "2026-06-21T20:23:32Z");
    row("berlin winter",
        52.52,
        13.40,
        "2026-12-21",
        day,
        both,
        "2026-12-21T07:14:56Z",
        "2026-12-21T14:53:57Z");
    row("berlin winter civil",
        52.52,
        13.40,
        "2026-12-21",
        civil,
        both,
        "2026-12-21T06:33:14Z",
        "2026-12-21T15:35:39Z");
    // New York 40.7128 N 74.0060 W: summer sunset falls on the next UTC date.
    row("new york solstice",
        40.7128,
        -74.0060,
        "2026-06-21",
        day,
        both,
        "2026-06-21T09:25:02Z",
        "2026-06-22T00:30:44Z");
    row("new york winter",
        40.7128,
        -74.0060,
        "2026-12-21",
        day,
        both,
        "2026-12-21T12:16:35Z",
        "2026-12-21T21:31:48Z");
    row("new york autumn civil",
        40.7128,
        -74.0060,
        "2026-09-23",
        civil,
        both,
        "2026-09-23T10:17:18Z",
        "2026-09-23T23:18:37Z");
    // Southern hemisphere, far east: sunrise on the UTC date before.
    row("sydney summer",
        -33.8688,
        151.2093,
        "2026-12-21",
        day,
        both,
        "2026-12-20T18:40:39Z",
        "2026-12-21T09:05:24Z");
    row("sydney winter",
        -33.8688,
        151.2093,
        "2026-06-21",
        day,
        both,
        "2026-06-20T20:59:58Z",
        "2026-06-21T06:53:49Z");
    row("auckland summer civil",
        -36.8485,
        174.7633,
        "2026-12-21",
        civil,
        both,
        "2026-12-20T16:27:13Z",
        "2026-12-21T08:10:20Z");
    row("kolkata solstice",
        22.5726,
        88.3639,
        "2026-06-21",
        day,
        both,
        "2026-06-20T23:22:43Z",
        "2026-06-21T12:53:54Z");
    // Far west: sunset on the next UTC date.
    row("honolulu winter",
        21.3069,
        -157.8583,
        "2026-12-21",
        day,
        both,
        "2026-12-21T17:04:36Z",
        "2026-12-22T03:54:50Z");
    // Near the equator the day is ~12 h all year.
    row("quito equinox",
        -0.1807,
        -78.4678,
        "2026-03-20",
        day,
        both,
        "2026-03-20T11:18:00Z",
        "2026-03-20T23:24:29Z");
    // High latitudes: the midsummer sun barely sets, twilight never ends.
    row("reykjavik solstice",
        64.1466,
        -21.9426,
        "2026-06-21",
        day,
        both,
        "2026-06-21T02:55:12Z",
        "2026-06-22T00:03:58Z");
    row("reykjavik solstice civil",
        64.1466,
        -21.9426,
        "2026-06-21",
        civil,
        SunCrossing::AlwaysAbove,
        "",
        "");
    row("reykjavik winter",
        64.1466,
        -21.9426,
        "2026-12-21",
        day,
        both,
        "2026-12-21T11:22:22Z",
        "2026-12-21T15:29:22Z");
    // Polar day and night: explicit results, no times.
    row("tromso midnight sun",
        69.6492,
        18.9553,
        "2026-06-21",
        day,
        SunCrossing::AlwaysAbove,
        "",
        "");
    row("tromso polar night",
        69.6492,
        18.9553,
        "2026-12-21",
        day,
        SunCrossing::AlwaysBelow,
        "",
        "");
    row("tromso polar night civil",
        69.6492,
        18.9553,
        "2026-12-21",
        civil,
        both,
        "2026-12-21T08:31:15Z",
        "2026-12-21T12:53:10Z");
    row("longyearbyen midnight sun",
        78.2232,
        15.6267,
        "2026-06-21",
        day,
        SunCrossing::AlwaysAbove,
        "",
        "");
    row("longyearbyen polar night civil",
        78.2232,
        15.6267,
        "2026-12-21",
        civil,
        SunCrossing::AlwaysBelow,
        "",
        "");
    row("longyearbyen equinox civil",
        78.2232,
        15.6267,
        "2026-03-20",
        civil,
        both,
        "2026-03-20T03:06:08Z",
        "2026-03-20T19:09:38Z");
}

void TestSolar::crossings()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(QString, date);
    QFETCH(double, altitude);
    QFETCH(SunCrossing, crossing);
    QFETCH(QString, rise);
    QFETCH(QString, set);

    const SunCrossings result = sunCrossings({latitude, longitude}, utcDate(date), altitude);
    QCOMPARE(result.crossing, crossing);
    if (crossing != SunCrossing::RisesAndSets)
        return;
    QVERIFY2(near(result.rise, utc(rise)), qPrintable(iso(result.rise)));
    QVERIFY2(near(result.set, utc(set)), qPrintable(iso(result.set)));
}

void TestSolar::oneSolarDayPerUtcDate()
{
    // Longitude 180 and -180: mean solar noon at 00:00Z and 24:00Z; still one
    // solar day per UTC date, in order, each tagged with its date.
    for (const double longitude : {180.0, -180.0, 0.0}) {
        const auto days =
            solarDays({10.0, longitude}, utcDate(u"2026-01-30"_s), utcDate(u"2026-02-02"_s));
        QCOMPARE(days.size(), std::size_t{4});
        for (std::size_t i = 0; i < days.size(); ++i) {
            QCOMPARE(days[i].date, utcDate(u"2026-01-30"_s) + date::days{static_cast<int>(i)});
            if (i > 0) {
                // Consecutive noons are a day apart, give or take the drift of
                // the equation of time (under 30 s a day).
                const auto step = days[i].solarNoon - days[i - 1].solarNoon;
                QVERIFY(step > std::chrono::hours{24} - std::chrono::minutes{1});
                QVERIFY(step < std::chrono::hours{24} + std::chrono::minutes{1});
            }
            QCOMPARE(days[i].daylight.crossing, SunCrossing::RisesAndSets);
            QVERIFY(days[i].civil.rise < days[i].daylight.rise);
            QVERIFY(days[i].daylight.set < days[i].civil.set);
        }
    }
}

void TestSolar::solarNoon()
{
    // PyEphem transit times (see the file comment).
    const auto berlin =
        solarDays({52.52, 13.40}, utcDate(u"2026-12-21"_s), utcDate(u"2026-12-21"_s));
    QVERIFY(near(berlin.at(0).solarNoon, utc(u"2026-12-21T11:04:27Z"_s)));
    const auto honolulu =
        solarDays({21.3069, -157.8583}, utcDate(u"2026-06-21"_s), utcDate(u"2026-06-21"_s));
    QVERIFY(near(honolulu.at(0).solarNoon, utc(u"2026-06-21T22:33:21Z"_s)));
}

void TestSolar::daylightIntervals()
{
    // New York, the UTC day 2026-06-21: the evening of the 20th's daylight
    // (set 2026-06-21T00:30:32Z by PyEphem) and the 21st's from sunrise on.
    const Interval range{utc(u"2026-06-21T00:00Z"_s), utc(u"2026-06-22T00:00Z"_s)};
    const auto up = sunAbove({40.7128, -74.0060}, range, sunriseAltitude);
    QCOMPARE(up.size(), std::size_t{2});
    QCOMPARE(up[0].start, range.start);
    QVERIFY(near(up[0].end, utc(u"2026-06-21T00:30:32Z"_s)));
    QVERIFY(near(up[1].start, utc(u"2026-06-21T09:25:02Z"_s)));
    QCOMPARE(up[1].end, range.end);

    // Civil twilight contains daylight.
    const auto light = sunAbove({40.7128, -74.0060}, range, civilTwilightAltitude);
    QCOMPARE(light.size(), std::size_t{2});
    QVERIFY(light[0].end > up[0].end);
    QVERIFY(light[1].start < up[1].start);
}

void TestSolar::polarDayCoversTheRange()
{
    const Interval range{utc(u"2026-06-15T00:00Z"_s), utc(u"2026-06-29T00:00Z"_s)};
    const auto up = sunAbove({78.2232, 15.6267}, range, sunriseAltitude);
    QCOMPARE(up.size(), std::size_t{1});
    QCOMPARE(up[0], range);
}

void TestSolar::polarNightHasNoDaylight()
{
    const Interval range{utc(u"2026-12-15T00:00Z"_s), utc(u"2026-12-29T00:00Z"_s)};
    QVERIFY(sunAbove({78.2232, 15.6267}, range, sunriseAltitude).empty());
    QVERIFY(sunAbove({-75.0, 0.0},
                     Interval{utc(u"2026-06-15T00:00Z"_s), utc(u"2026-06-29T00:00Z"_s)},
                     sunriseAltitude)
                .empty());
}

void TestSolar::polarNightStillHasTwilight()
{
    // Tromso in the polar night: a few hours of civil twilight around noon.
    const Interval range{utc(u"2026-12-21T00:00Z"_s), utc(u"2026-12-22T00:00Z"_s)};
    const auto light = sunAbove({69.6492, 18.9553}, range, civilTwilightAltitude);
    QCOMPARE(light.size(), std::size_t{1});
    QVERIFY(near(light[0].start, utc(u"2026-12-21T08:31:15Z"_s)));
    QVERIFY(near(light[0].end, utc(u"2026-12-21T12:53:10Z"_s)));
}

void TestSolar::emptyRange()
{
    const Instant t = utc(u"2026-06-21T12:00Z"_s);
    QVERIFY(sunAbove({52.52, 13.40}, Interval{t, t}, sunriseAltitude).empty());
}

void TestSolar::wholeYearIsWellFormed_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::newRow("tromso") << 69.6492 << 18.9553;
    QTest::newRow("longyearbyen") << 78.2232 << 15.6267;
    QTest::newRow("mcmurdo") << -77.85 << 166.67;
    QTest::newRow("dateline") << 65.0 << -179.9;
    QTest::newRow("equator") << 0.0 << 0.0;
}

void TestSolar::wholeYearIsWellFormed()
{
    // Across the starts and ends of polar seasons: intervals stay sorted,
    // disjoint, non-touching and inside the range; twilight contains daylight.
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    const Interval year{utc(u"2026-01-01T00:00Z"_s), utc(u"2027-01-01T00:00Z"_s)};
    for (const double altitude : {sunriseAltitude, civilTwilightAltitude}) {
        const auto up = sunAbove({latitude, longitude}, year, altitude);
        QVERIFY(!up.empty());
        for (std::size_t i = 0; i < up.size(); ++i) {
            QVERIFY(!up[i].isEmpty());
            QVERIFY(year.contains(up[i]));
            if (i > 0)
                QVERIFY(up[i - 1].end < up[i].start);
        }
    }
    const auto day = sunAbove({latitude, longitude}, year, sunriseAltitude);
    const auto light = sunAbove({latitude, longitude}, year, civilTwilightAltitude);
    for (const Interval &d : day) {
        const bool inside = std::any_of(light.begin(), light.end(), [&](const Interval &l) {
            return l.contains(d);
        });
        QVERIFY2(inside, qPrintable(iso(d.start)));
    }
}

QTEST_GUILESS_MAIN(TestSolar)
#include "tst_solar.moc"
