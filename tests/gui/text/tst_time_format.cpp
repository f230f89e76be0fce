// Instants in words (gui/time_format.h): clock times on both clocks, dates,
// durations and zone names, with expected texts worked out by hand from the
// tz database rules (Europe/Berlin: CET = UTC+1 in winter, CEST = UTC+2 from
// the last Sunday of March 01:00Z; Asia/Kathmandu: +0545 all year).

#include "gui/text/time_format.h"

#include <QLocale>
#include <QTest>

#include <map>

using namespace sunrelay;
using namespace sunrelay::gui;

namespace
{

Instant utc(int year, unsigned month, unsigned day, int hour, int minute = 0)
{
    return date::sys_days{date::year{year} / month / day} + std::chrono::hours{hour}
    + std::chrono::minutes{minute};
}

const TimeZone &zone(const char *name)
{
    static std::map<std::string, TimeZone> zones;
    auto found = zones.find(name);
    if (found == zones.end())
        found = zones.emplace(name, *TimeZone::find(name)).first;
    return found->second;
}

} // namespace

class TestTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void minutesOnBothClocks_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("twentyFour");
        QTest::addColumn<QString>("twelve");
        QTest::newRow("midnight") << 0 << "00:00"
                                  << "12:00 AM";
        QTest::newRow("morning") << 9 * 60 + 5 << "09:05"
                                 << "9:05 AM";
        QTest::newRow("noon") << 12 * 60 << "12:00"
                              << "12:00 PM";
        QTest::newRow("afternoon") << 17 * 60 + 30 << "17:30"
                                   << "5:30 PM";
        QTest::newRow("last minute") << 23 * 60 + 59 << "23:59"
                                     << "11:59 PM";
        // An end at midnight is 24:00 on either clock: 12:00 AM would read
        // as the start of the day.
        QTest::newRow("end of day") << 24 * 60 << "24:00"
                                    << "24:00";
    }
    void minutesOnBothClocks()
    {
        QFETCH(int, minutes);
        QFETCH(QString, twentyFour);
        QFETCH(QString, twelve);
        QCOMPARE(minutesText(Minutes{minutes}, ClockStyle::TwentyFourHour), twentyFour);
        QCOMPARE(minutesText(Minutes{minutes}, ClockStyle::TwelveHour), twelve);
    }

    void hourLabels()
    {
        QCOMPARE(hourText(0, ClockStyle::TwentyFourHour), QStringLiteral("00"));
        QCOMPARE(hourText(7, ClockStyle::TwentyFourHour), QStringLiteral("07"));
        QCOMPARE(hourText(23, ClockStyle::TwentyFourHour), QStringLiteral("23"));
        QCOMPARE(hourText(0, ClockStyle::TwelveHour), QStringLiteral("12 AM"));
        QCOMPARE(hourText(7, ClockStyle::TwelveHour), QStringLiteral("7 AM"));
        QCOMPARE(hourText(12, ClockStyle::TwelveHour), QStringLiteral("12 PM"));
        QCOMPARE(hourText(23, ClockStyle::TwelveHour), QStringLiteral("11 PM"));
    }

    void clockInAZone()
    {
        // 2026-03-29 00:30Z is 01:30 CET; 01:30Z is 03:30 CEST (the clocks
        // went from 02:00 to 03:00 at 01:00Z).
        QCOMPARE(
            clockText(utc(2026, 3, 29, 0, 30), zone("Europe/Berlin"), ClockStyle::TwentyFourHour),
            QStringLiteral("01:30"));
        QCOMPARE(clockText(utc(2026, 3, 29, 1, 30), zone("Europe/Berlin"), ClockStyle::TwelveHour),
                 QStringLiteral("3:30 AM"));
        QCOMPARE(zoneAbbreviation(zone("Europe/Berlin"), utc(2026, 3, 29, 0, 30)),
                 QStringLiteral("CET"));
        QCOMPARE(zoneAbbreviation(zone("Europe/Berlin"), utc(2026, 3, 29, 1, 30)),
                 QStringLiteral("CEST"));
        // Kathmandu is UTC+05:45: 18:20Z is 00:05 the next day.
        QCOMPARE(clockText(utc(2026, 11, 30, 18, 20),
                           zone("Asia/Kathmandu"),
                           ClockStyle::TwentyFourHour),
                 QStringLiteral("00:05"));
        QCOMPARE(dayText(utc(2026, 11, 30, 18, 20), zone("Asia/Kathmandu")),
                 QStringLiteral("Tue 1 Dec"));
        QCOMPARE(dayText(utc(2026, 11, 30, 18, 20), TimeZone::utc()), QStringLiteral("Mon 30 Nov"));
        QCOMPARE(
            dateTimeText(utc(2026, 11, 30, 18, 20), zone("Asia/Kathmandu"), ClockStyle::TwelveHour),
            QStringLiteral("Tue 1 Dec, 12:05 AM Kathmandu"));
    }

    void zoneCities()
    {
        QCOMPARE(zoneCity(zone("America/New_York")), QStringLiteral("New York"));
        QCOMPARE(zoneCity(zone("America/Argentina/Buenos_Aires")), QStringLiteral("Buenos Aires"));
        QCOMPARE(zoneCity(TimeZone::utc()), QStringLiteral("UTC"));
    }

    void durations_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds round down") << 59 << "0 min";
        QTest::newRow("minutes") << 45 * 60 << "45 min";
        QTest::newRow("whole hours") << 3 * 3600 << "3 h";
        QTest::newRow("hours and minutes") << 2 * 3600 + 30 * 60 << "2 h 30 min";
        QTest::newRow("a day") << 86400 << "1 d";
        QTest::newRow("days and hours") << 2 * 86400 + 3600 + 59 * 60 << "2 d 1 h";
    }
    void durations()
    {
        QFETCH(int, seconds);
        QFETCH(QString, expected);
        QCOMPARE(durationText(Seconds{seconds}), expected);
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_time_format.moc"
