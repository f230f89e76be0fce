// Holiday import from a public-holiday feed shaped like Google Calendar's
// (tests/ical/data/ics/holidays-de.ics), checked by hand.

#include "ical_test_support.h"

#include "sunrelay/ical/holiday_import.h"

#include <QFile>
#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

class TestHolidayImport : public QObject
{
    Q_OBJECT

private slots:
    void holidays_data();
    void holidays();
    void notACalendar();
};

void TestHolidayImport::holidays_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
    // Yearly Christmas days, two events on New Year's Day joined, Easter as a
    // four-day event (DTEND exclusive: 03-26..03-29), the cancelled Labour
    // Day and the timed party left out.
    QTest::newRow("2026-12 to 2027-12") << "2026-12-01"
                                        << "2027-12-31"
                                        << QStringList{"2026-12-25 Christmas Day",
                                                       "2026-12-26 Second Day of Christmas",
                                                       "2027-01-01 New Year's Day, Neujahr",
                                                       "2027-03-26 Easter",
                                                       "2027-03-27 Easter",
                                                       "2027-03-28 Easter",
                                                       "2027-03-29 Easter",
                                                       "2027-12-25 Christmas Day",
                                                       "2027-12-26 Second Day of Christmas"};
    // The range's dates widened by a day on each side: 12-26 is in.
    QTest::newRow("one day, widened")
        << "2026-12-25"
        << "2026-12-25"
        << QStringList{"2026-12-25 Christmas Day", "2026-12-26 Second Day of Christmas"};
}

void TestHolidayImport::holidays()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    QFile file(QStringLiteral(SUNRELAY_TEST_DATA_DIR "/ics/holidays-de.ics"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Interval range{Instant{date::sys_days{day(from).time_since_epoch()}},
                         Instant{date::sys_days{day(to).time_since_epoch()} + date::days{1}}};
    const auto holidays = ical::importHolidays(file.readAll().toStdString(), {range});
    QVERIFY2(holidays, holidays ? "" : holidays.error().message().c_str());
    QStringList actual;
    for (const Holiday &h : holidays.value())
        actual << QString::fromStdString(date::format("%F ", h.date) + h.name);
    QCOMPARE(actual, expected);
}

void TestHolidayImport::notACalendar()
{
    const auto holidays = ical::importHolidays("json: true", {});
    QVERIFY(!holidays);
}

QTEST_GUILESS_MAIN(TestHolidayImport)
#include "tst_holiday_import.moc"
