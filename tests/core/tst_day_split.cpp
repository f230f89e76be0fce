// Day splits (day_split.h): one weekday of a range split off into a
// range of its own, as the timeline does when a user drags one day's block
// with Alt held.
//
// Expected patterns are written out by hand. Expected instants are hand
// calculations: local wall-clock time minus the UTC offset in force then.
// Calendar and zone facts used: 2026-03-28 is a Saturday; Berlin goes from
// CET (UTC+1) to CEST (UTC+2) on Sunday 2026-03-29 at 02:00 local. Sydney
// goes from AEDT (UTC+11) to AEST (UTC+10) on Sunday 2026-04-05 at 03:00
// local; 2026-04-06 is a Monday.

#include "plan_builder.h"

#include "sunrelay/core/day_split.h"
#include "sunrelay/core/expansion.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

// "mon,wed-fri 09:00-17:00; tue 09:00-17:00" as the ranges are, for failure
// messages (days as ISO bits, Monday first).
QString describe(const WeeklyPattern &p)
{
    QStringList parts;
    for (const WeeklyRange &r : p.ranges)
        parts << QStringLiteral("%1 %2-%3")
                     .arg(r.days.bits(), 7, 2, QLatin1Char('0'))
                     .arg(r.start.count())
                     .arg(r.end.count());
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestDaySplit : public QObject
{
    Q_OBJECT

private slots:
    void withoutDayTakesOneDayOut()
    {
        QCOMPARE(withoutDay(Weekdays::workdays(), date::Tuesday), weekdays("mon,wed-fri"));
        // Not in the set: nothing changes.
        QCOMPARE(withoutDay(weekdays("mon,wed-fri"), date::Sunday), weekdays("mon,wed-fri"));
        QVERIFY(withoutDay(Weekdays{date::Sunday}, date::Sunday).isEmpty());
        QCOMPARE(withoutDay(weekdays("daily"), date::Monday), weekdays("tue-sun"));
    }

    void splitOffDay_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("dayRange");

        QTest::newRow("Tuesday out of Mon-Fri") << "mon-fri 09:00-17:00" << 0 << "tue"
                                                << "mon,wed-fri 09:00-17:00; tue 09:00-17:00" << 1;
        QTest::newRow("Monday, the first day") << "mon-fri 09:00-17:00" << 0 << "mon"
                                               << "tue-fri 09:00-17:00; mon 09:00-17:00" << 1;
        // A night shift crossing midnight is the day it starts on: the
        // Friday night (Fri 22:00-Sat 06:00) is Friday's, and keeps its ends.
        QTest::newRow("Friday night, across midnight")
            << "mon-fri 22:00-06:00" << 0 << "fri"
            << "mon-thu 22:00-06:00; fri 22:00-06:00" << 1;
        QTest::newRow("until 24:00") << "sat,sun 18:00-24:00" << 0 << "sun"
                                     << "sat 18:00-24:00; sun 18:00-24:00" << 1;
        // The split range's day goes right after it; the ranges before and
        // after it are neither merged nor reordered.
        QTest::newRow("second of three ranges")
            << "mon-fri 09:00-12:00; mon-thu 13:00-17:00; fri 13:00-15:00" << 1 << "wed"
            << "mon-fri 09:00-12:00; mon,tue,thu 13:00-17:00; wed 13:00-17:00; "
               "fri 13:00-15:00"
            << 2;
        // Another range on the same day with the same times stays apart.
        QTest::newRow("no merging with a same-looking range")
            << "tue 09:00-17:00; mon-fri 09:00-17:00" << 1 << "tue"
            << "tue 09:00-17:00; mon,wed-fri 09:00-17:00; tue 09:00-17:00" << 2;
        QTest::newRow("a one-day range is already separate")
            << "mon-fri 09:00-12:00; tue 13:00-17:00" << 1 << "tue"
            << "mon-fri 09:00-12:00; tue 13:00-17:00" << 1;
    }

    void splitOffDay()
    {
        QFETCH(QString, before);
        QFETCH(int, index);
        QFETCH(QString, day);
        QFETCH(QString, after);
        QFETCH(int, dayRange);
        const auto split =
            sunrelay::splitOffDay(pattern(before), std::size_t(index), weekdayNamed(day));
        QVERIFY(split);
        QVERIFY2(split->pattern == pattern(after), qPrintable(describe(split->pattern)));
        QCOMPARE(split->dayRange, std::size_t(dayRange));
        QCOMPARE(split->pattern.ranges[split->dayRange].days, Weekdays{weekdayNamed(day)});
    }

    void noSplitOfWhatIsNotThere()
    {
        const WeeklyPattern workdays = pattern("mon-fri 09:00-17:00");
        QVERIFY(!sunrelay::splitOffDay(workdays, 0, date::Saturday));
        QVERIFY(!sunrelay::splitOffDay(workdays, 1, date::Monday));
        QVERIFY(!sunrelay::splitOffDay(WeeklyPattern{}, 0, date::Monday));
    }

    // Split with its times unchanged, the pattern is the same schedule: the
    // night into Berlin's spring-forward Sunday is still Sat 22:00 CET
    // (21:00Z) to Sun 06:00 CEST (04:00Z), 7 hours, now from the Saturday
    // range alone.
    void splitOverADstNightKeepsTheInstants()
    {
        const WeeklyPattern nights = pattern("daily 22:00-06:00");
        const auto split = sunrelay::splitOffDay(nights, 0, date::Saturday);
        QVERIFY(split);
        LocalTimeResolver berlin(zone(QStringLiteral("Europe/Berlin")));
        const LocalDate saturday = sunrelay::test::day(QStringLiteral("2026-03-28"));
        const auto instances = expandInstances(split->pattern, berlin, saturday, saturday);
        QCOMPARE(instances.size(), std::size_t{1});
        QCOMPARE(instances[0].rangeIndex, split->dayRange);
        QCOMPARE(iso(instances[0].start.instant), QStringLiteral("2026-03-28T21:00Z"));
        QCOMPARE(iso(instances[0].end.instant), QStringLiteral("2026-03-29T04:00Z"));
        // The whole week around the change: the same instants as before.
        const LocalDate monday = sunrelay::test::day(QStringLiteral("2026-03-23"));
        const LocalDate sunday = sunrelay::test::day(QStringLiteral("2026-03-29"));
        QCOMPARE(isoList(expand(split->pattern, berlin, monday, sunday)),
                 isoList(expand(nights, berlin, monday, sunday)));
    }

    // The weekday is the member's local one: Monday 09:00 in Sydney, the
    // day after clocks went back to AEST, is Sunday 23:00Z. Splitting
    // Monday off moves that instance, and no Sunday-UTC one, to the new
    // range; Sydney's Sunday has no instance at all.
    void theDayIsTheLocalWeekday()
    {
        const auto split = sunrelay::splitOffDay(pattern("mon-fri 09:00-17:00"), 0, date::Monday);
        QVERIFY(split);
        LocalTimeResolver sydney(zone(QStringLiteral("Australia/Sydney")));
        const auto instances = expandInstances(split->pattern,
                                               sydney,
                                               sunrelay::test::day(QStringLiteral("2026-04-05")),
                                               sunrelay::test::day(QStringLiteral("2026-04-07")));
        QCOMPARE(instances.size(), std::size_t{2});
        // Monday 6 April: 09:00-17:00 AEST = Sun 23:00Z - Mon 07:00Z.
        QCOMPARE(instances[0].rangeIndex, split->dayRange);
        QCOMPARE(iso(instances[0].start.instant), QStringLiteral("2026-04-05T23:00Z"));
        QCOMPARE(iso(instances[0].end.instant), QStringLiteral("2026-04-06T07:00Z"));
        // Tuesday 7 April stays with the rest of the week.
        QCOMPARE(instances[1].rangeIndex, std::size_t{0});
        QCOMPARE(iso(instances[1].start.instant), QStringLiteral("2026-04-06T23:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestDaySplit)
#include "tst_day_split.moc"
