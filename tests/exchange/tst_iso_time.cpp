// The text forms of time in the interchange formats: exact forms only.
//
// Expected instants are Unix seconds from an independent source:
// `date -u -d "2026-03-09 13:00:00" +%s` == 1773061200, and so on; expected
// dates are days since 1970-01-01 from Python's datetime.date.

#include "sunrelay/exchange/iso_time.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::exchange;

namespace
{

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void instantRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("unixSeconds");
        QTest::newRow("design example") << QByteArray("2026-03-09T13:00:00Z") << qint64(1773061200);
        QTest::newRow("task start") << QByteArray("2026-12-01T08:00:00Z") << qint64(1796112000);
        QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
        QTest::newRow("before epoch") << QByteArray("1969-12-31T23:59:59Z") << qint64(-1);
        QTest::newRow("leap day, last second")
            << QByteArray("2024-02-29T23:59:59Z") << qint64(1709251199);
        QTest::newRow("year 1") << QByteArray("0001-01-01T00:00:00Z") << qint64(-62135596800);
        QTest::newRow("year 9999") << QByteArray("9999-12-31T23:59:59Z") << qint64(253402300799);
    }
    void instantRoundTrip()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, unixSeconds);
        const Instant expected{Seconds{unixSeconds}};
        const auto parsed = parseInstant(view(text));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->time_since_epoch().count(), unixSeconds);
        QCOMPARE(QByteArray::fromStdString(formatInstant(expected)), text);
    }

    void badInstant_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("no Z") << QByteArray("2026-03-09T13:00:00");
        QTest::newRow("offset instead of Z") << QByteArray("2026-03-09T13:00:00+00:00");
        QTest::newRow("lowercase z") << QByteArray("2026-03-09T13:00:00z");
        QTest::newRow("lowercase t") << QByteArray("2026-03-09t13:00:00Z");
        QTest::newRow("space separator") << QByteArray("2026-03-09 13:00:00Z");
        QTest::newRow("fraction") << QByteArray("2026-03-09T13:00:00.5Z");
        QTest::newRow("no seconds") << QByteArray("2026-03-09T13:00Z");
        QTest::newRow("hour 24") << QByteArray("2026-03-09T24:00:00Z");
        QTest::newRow("minute 60") << QByteArray("2026-03-09T13:60:00Z");
        QTest::newRow("leap second") << QByteArray("2016-12-31T23:59:60Z");
        QTest::newRow("February 30") << QByteArray("2026-02-30T13:00:00Z");
        QTest::newRow("February 29, not a leap year") << QByteArray("2026-02-29T00:00:00Z");
        QTest::newRow("month 13") << QByteArray("2026-13-01T00:00:00Z");
        QTest::newRow("day 00") << QByteArray("2026-01-00T00:00:00Z");
        QTest::newRow("sign in hour") << QByteArray("2026-03-09T+1:00:00Z");
        QTest::newRow("two-digit year") << QByteArray("26-03-09T13:00:00Z");
        QTest::newRow("trailing space") << QByteArray("2026-03-09T13:00:00Z ");
    }
    void badInstant()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parseInstant(view(text)).has_value());
    }

    void dateRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("daysSinceEpoch");
        QTest::newRow("christmas eve") << QByteArray("2026-12-24") << 20811;
        QTest::newRow("leap day 2024") << QByteArray("2024-02-29") << 19782;
        QTest::newRow("leap day 2000") << QByteArray("2000-02-29") << 11016;
        QTest::newRow("epoch") << QByteArray("1970-01-01") << 0;
    }
    void dateRoundTrip()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, daysSinceEpoch);
        const auto parsed = parseDate(view(text));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->time_since_epoch().count(), daysSinceEpoch);
        QCOMPARE(QByteArray::fromStdString(formatDate(LocalDate{date::days{daysSinceEpoch}})),
                 text);
    }

    void badDate_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("February 30") << QByteArray("2026-02-30");
        QTest::newRow("1900 is no leap year") << QByteArray("1900-02-29");
        QTest::newRow("April 31") << QByteArray("2026-04-31");
        QTest::newRow("month 00") << QByteArray("2026-00-10");
        QTest::newRow("single-digit month") << QByteArray("2026-1-10");
        QTest::newRow("slashes") << QByteArray("2026/12/24");
        QTest::newRow("with time") << QByteArray("2026-12-24T00:00:00Z");
        QTest::newRow("letters") << QByteArray("2026-Dec-24");
    }
    void badDate()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parseDate(view(text)).has_value());
    }

    void clockTime_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("minutes"); // -1: refused
        QTest::addColumn<bool>("asEnd"); // ClockEnd::Allowed
        QTest::newRow("09:00") << QByteArray("09:00") << 540 << false;
        QTest::newRow("17:30") << QByteArray("17:30") << 1050 << false;
        QTest::newRow("midnight as start") << QByteArray("00:00") << 0 << false;
        QTest::newRow("23:59") << QByteArray("23:59") << 1439 << false;
        QTest::newRow("24:00 as end") << QByteArray("24:00") << 1440 << true;
        QTest::newRow("24:00 as start") << QByteArray("24:00") << -1 << false;
        QTest::newRow("24:01 as end") << QByteArray("24:01") << -1 << true;
        QTest::newRow("one-digit hour") << QByteArray("9:00") << -1 << false;
        QTest::newRow("hour 25") << QByteArray("25:00") << -1 << true;
        QTest::newRow("minute 60") << QByteArray("09:60") << -1 << false;
        QTest::newRow("seconds") << QByteArray("09:00:00") << -1 << false;
        QTest::newRow("dot") << QByteArray("09.00") << -1 << false;
        QTest::newRow("empty") << QByteArray("") << -1 << true;
        QTest::newRow("am/pm") << QByteArray("9am") << -1 << false;
        QTest::newRow("sign") << QByteArray("-1:00") << -1 << false;
    }
    void clockTime()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, minutes);
        QFETCH(bool, asEnd);
        const auto parsed =
            parseClockTime(view(text), asEnd ? ClockEnd::Allowed : ClockEnd::NotAllowed);
        if (minutes < 0) {
            QVERIFY(!parsed.has_value());
            return;
        }
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->count(), minutes);
        QCOMPARE(QByteArray::fromStdString(formatClockTime(Minutes{minutes})), text);
    }

    void weekdayKeys_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("isoDay"); // 1 = Monday ... 7 = Sunday
        QTest::newRow("mon") << QByteArray("mon") << 1;
        QTest::newRow("tue") << QByteArray("tue") << 2;
        QTest::newRow("wed") << QByteArray("wed") << 3;
        QTest::newRow("thu") << QByteArray("thu") << 4;
        QTest::newRow("fri") << QByteArray("fri") << 5;
        QTest::newRow("sat") << QByteArray("sat") << 6;
        QTest::newRow("sun") << QByteArray("sun") << 7;
    }
    void weekdayKeys()
    {
        QFETCH(QByteArray, key);
        QFETCH(int, isoDay);
        const date::weekday day{static_cast<unsigned>(isoDay % 7)};
        QCOMPARE(QByteArray::fromStdString(weekdayKey(day)), key);
        QCOMPARE(parseWeekdayKey(view(key)), std::optional<date::weekday>(day));
    }

    void badWeekdayKey_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("long form") << QByteArray("thurs");
        QTest::newRow("full name") << QByteArray("monday");
        QTest::newRow("capitalised") << QByteArray("Mon");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("number") << QByteArray("1");
    }
    void badWeekdayKey()
    {
        QFETCH(QByteArray, key);
        QVERIFY(!parseWeekdayKey(view(key)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_iso_time.moc"
