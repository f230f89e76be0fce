// Expansion (expansion.h): weekly pattern + zone + local dates -> instants.
//
// Expected intervals are hand calculations: local wall-clock ends minus the
// UTC offset in force on that date (see the transition table at the top of
// tst_local_time.cpp; the offset before the gap for skipped ends, the first
// occurrence for repeated ones). Calendar facts used: 2026-03-09 is a
// Monday, 2026-03-13 a Friday, 2026-03-08 / 2026-03-29 / 2026-10-25 /
// 2026-11-01 / 2026-04-05 / 2026-10-04 / 2026-09-27 Sundays.

#include "plan_builder.h"

#include "sunrelay/core/expansion.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

std::vector<DateRange> timeOffFrom(const QString &text)
{
    // "2026-03-13..2026-03-14, 2026-03-20"
    std::vector<DateRange> result;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QStringLiteral(".."));
        result.push_back(DateRange{.from = day(ends.front()), .to = day(ends.back())});
    }
    return result;
}

QString kindText(LocalTimeKind kind)
{
    switch (kind) {
    case LocalTimeKind::Unique:
        return QStringLiteral("U");
    case LocalTimeKind::Skipped:
        return QStringLiteral("S");
    case LocalTimeKind::Repeated:
        return QStringLiteral("R");
    }
    return QStringLiteral("?");
}

// "2026-03-08#0 2026-03-08T07:30Z(S)/2026-03-08T14:00Z(U)"
QString describe(const ExpandedRange &r)
{
    const date::year_month_day ymd{r.date};
    return QString::asprintf("%04d-%02u-%02u#%zu ",
                             int(ymd.year()),
                             unsigned(ymd.month()),
                             unsigned(ymd.day()),
                             r.rangeIndex)
        + iso(r.start.instant) + QLatin1Char('(') + kindText(r.start.kind) + QStringLiteral(")/")
        + iso(r.end.instant) + QLatin1Char('(') + kindText(r.end.kind) + QLatin1Char(')');
}

} // namespace

class TestExpansion : public QObject
{
    Q_OBJECT

private slots:
    void weeklyTypes();

    void expand_data();
    void expand();

    void instances_data();
    void instances();
};

void TestExpansion::weeklyTypes()
{
    // Weekdays: ISO order, Monday first.
    const Weekdays workdays = Weekdays::workdays();
    QVERIFY(workdays.contains(date::Monday));
    QVERIFY(workdays.contains(date::Friday));
    QVERIFY(!workdays.contains(date::Saturday));
    QVERIFY(!workdays.contains(date::Sunday));
    QCOMPARE(workdays.days().size(), std::size_t{5});
    Weekdays weekend{date::Sunday};
    weekend.insert(date::Saturday);
    QCOMPARE(weekend.days(), (std::vector<date::weekday>{date::Saturday, date::Sunday}));
    QVERIFY(Weekdays{}.isEmpty());

    // The header's examples: 09:00-17:30, and Fri 22:00-Sat 06:00.
    const WeeklyRange day{.days = workdays, .start = clock("09:00"), .end = clock("17:30")};
    const WeeklyRange night{.days = Weekdays{date::Friday},
                            .start = clock("22:00"),
                            .end = clock("06:00")};
    const WeeklyRange toMidnight{.days = workdays, .start = clock("18:00"), .end = clock("24:00")};
    QVERIFY(!day.crossesMidnight());
    QVERIFY(night.crossesMidnight());
    QVERIFY(!toMidnight.crossesMidnight()); // 24:00 is the end of the same day
    QVERIFY(day.isValid() && night.isValid() && toMidnight.isValid());
    QVERIFY(
        !(WeeklyRange{.days = workdays, .start = clock("24:00"), .end = clock("24:00")}.isValid()));
    QVERIFY(
        !(WeeklyRange{.days = workdays, .start = clock("09:00"), .end = clock("24:01")}.isValid()));
    const LocalDate friday = sunrelay::test::day("2026-03-13");
    QVERIFY(night.localStart(friday) == local("2026-03-13T22:00"));
    QVERIFY(night.localEnd(friday) == local("2026-03-14T06:00"));
    QVERIFY(toMidnight.localEnd(friday) == local("2026-03-14T00:00"));
    QVERIFY(day.localEnd(friday) == local("2026-03-13T17:30"));

    const DateRange off{.from = sunrelay::test::day("2026-12-24"),
                        .to = sunrelay::test::day("2026-12-31")};
    QVERIFY(off.contains(sunrelay::test::day("2026-12-24")));
    QVERIFY(off.contains(sunrelay::test::day("2026-12-31")));
    QVERIFY(!off.contains(sunrelay::test::day("2027-01-01")));
    QVERIFY(!off.contains(sunrelay::test::day("2026-12-23")));
}

void TestExpansion::expand_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("timeOff");
    QTest::addColumn<QStringList>("expected");

    // The header example: 09:00-17:30 CET (+1) = 08:00Z-16:30Z
    QTest::newRow("Berlin Mon-Fri 09:00-17:30, one Monday")
        << "Europe/Berlin"
        << "mon-fri 09:00-17:30"
        << "2026-03-09"
        << "2026-03-09"
        << "" << QStringList{"2026-03-09T08:00Z/2026-03-09T16:30Z"};
    // Weekdays only: Sat 03-14 and Sun 03-15 have nothing
    QTest::newRow("Berlin workdays over a week")
        << "Europe/Berlin"
        << "mon-fri 09:00-17:00"
        << "2026-03-09"
        << "2026-03-15"
        << ""
        << QStringList{"2026-03-09T08:00Z/2026-03-09T16:00Z",
                       "2026-03-10T08:00Z/2026-03-10T16:00Z",
                       "2026-03-11T08:00Z/2026-03-11T16:00Z",
                       "2026-03-12T08:00Z/2026-03-12T16:00Z",
                       "2026-03-13T08:00Z/2026-03-13T16:00Z"};
    QTest::newRow("several ranges a day") << "Europe/Berlin"
                                          << "mon 09:00-12:00; mon 13:00-17:00"
                                          << "2026-03-09"
                                          << "2026-03-09"
                                          << ""
                                          << QStringList{"2026-03-09T08:00Z/2026-03-09T11:00Z",
                                                         "2026-03-09T12:00Z/2026-03-09T16:00Z"};
    // 3 h + 1 h touching = one 4 h interval, 08:00Z-12:00Z
    QTest::newRow("touching ranges merge (3 h + 1 h = 4 h)")
        << "Europe/Berlin"
        << "mon 09:00-12:00; mon 12:00-13:00"
        << "2026-03-09"
        << "2026-03-09"
        << "" << QStringList{"2026-03-09T08:00Z/2026-03-09T12:00Z"};
    // Fri 22:00 CET = 21:00Z, Sat 06:00 CET = 05:00Z
    QTest::newRow("night shift past midnight")
        << "Europe/Berlin"
        << "fri 22:00-06:00"
        << "2026-03-09"
        << "2026-03-15"
        << "" << QStringList{"2026-03-13T21:00Z/2026-03-14T05:00Z"};
    // 18:00-24:00 CET = 17:00Z-23:00Z
    QTest::newRow("24:00 end") << "Europe/Berlin"
                               << "mon 18:00-24:00"
                               << "2026-03-09"
                               << "2026-03-09"
                               << "" << QStringList{"2026-03-09T17:00Z/2026-03-09T23:00Z"};
    // Mon 00:00-24:00 and Tue 00:00-24:00 touch at Tue 00:00: 48 h in one
    QTest::newRow("whole days touching merge")
        << "Europe/Berlin"
        << "mon,tue 00:00-24:00"
        << "2026-03-09"
        << "2026-03-10"
        << "" << QStringList{"2026-03-08T23:00Z/2026-03-10T23:00Z"};
    // 22:00 CET (+1) = 21:00Z; 06:00 CEST (+2) = 04:00Z: 7 h
    QTest::newRow("night shift over EU spring-forward")
        << "Europe/Berlin"
        << "sat 22:00-06:00"
        << "2026-03-28"
        << "2026-03-28"
        << "" << QStringList{"2026-03-28T21:00Z/2026-03-29T04:00Z"};
    // 22:00 CEST = 20:00Z; 06:00 CET = 05:00Z: 9 h
    QTest::newRow("night shift over EU fall-back")
        << "Europe/Berlin"
        << "sat 22:00-06:00"
        << "2026-10-24"
        << "2026-10-24"
        << "" << QStringList{"2026-10-24T20:00Z/2026-10-25T05:00Z"};
    // 02:30 skipped, read with EST: 07:30Z; 10:00 EDT = 14:00Z
    QTest::newRow("New_York range starting in the gap")
        << "America/New_York"
        << "sun 02:30-10:00"
        << "2026-03-08"
        << "2026-03-08"
        << "" << QStringList{"2026-03-08T07:30Z/2026-03-08T14:00Z"};
    // 01:30 first occurrence EDT: 05:30Z; 09:00 EST = 14:00Z
    QTest::newRow("New_York range starting in the repeated hour")
        << "America/New_York"
        << "sun 01:30-09:00"
        << "2026-11-01"
        << "2026-11-01"
        << "" << QStringList{"2026-11-01T05:30Z/2026-11-01T14:00Z"};
    // 00:00 EST = 05:00Z; 24:00 = 03-09 00:00 EDT = 04:00Z: a 23 h day
    QTest::newRow("New_York spring-forward day is 23 h")
        << "America/New_York"
        << "sun 00:00-24:00"
        << "2026-03-08"
        << "2026-03-08"
        << "" << QStringList{"2026-03-08T05:00Z/2026-03-09T04:00Z"};
    // 00:00 EDT = 04:00Z; 24:00 = 11-02 00:00 EST = 05:00Z: a 25 h day
    QTest::newRow("New_York fall-back day is 25 h")
        << "America/New_York"
        << "sun 00:00-24:00"
        << "2026-11-01"
        << "2026-11-01"
        << "" << QStringList{"2026-11-01T04:00Z/2026-11-02T05:00Z"};
    // Thu 22:00 CET = 21:00Z to Fri 06:00 = 05:00Z kept (starts on Thu);
    // the Fri 03-13 instance is removed; Sat has none.
    QTest::newRow("time off keeps the night shift of the day before")
        << "Europe/Berlin"
        << "thu,fri 22:00-06:00"
        << "2026-03-12"
        << "2026-03-14"
        << "2026-03-13" << QStringList{"2026-03-12T21:00Z/2026-03-13T05:00Z"};
    // Time off Tue-Thu 03-10..03-12 leaves Mon and Fri
    QTest::newRow("time off range, both ends inclusive")
        << "Europe/Berlin"
        << "mon-fri 09:00-17:00"
        << "2026-03-09"
        << "2026-03-13"
        << "2026-03-10..2026-03-12"
        << QStringList{"2026-03-09T08:00Z/2026-03-09T16:00Z",
                       "2026-03-13T08:00Z/2026-03-13T16:00Z"};
    // All ranges of a time-off date go, not just the first
    QTest::newRow("time off removes every range of the date")
        << "Europe/Berlin"
        << "mon 09:00-12:00; mon 13:00-17:00; tue 09:00-10:00"
        << "2026-03-09"
        << "2026-03-10"
        << "2026-03-09" << QStringList{"2026-03-10T08:00Z/2026-03-10T09:00Z"};
    QTest::newRow("empty pattern") << "Europe/Berlin"
                                   << ""
                                   << "2026-03-09"
                                   << "2026-03-15"
                                   << "" << QStringList{};
    QTest::newRow("last before first") << "Europe/Berlin"
                                       << "daily 09:00-17:00"
                                       << "2026-03-10"
                                       << "2026-03-09"
                                       << "" << QStringList{};
    // Sydney: Fri 04-03 AEDT (+11): 09:00 = 04-02 22:00Z, 17:00 = 06:00Z;
    // Mon 04-06 AEST (+10): 09:00 = 04-05 23:00Z, 17:00 = 07:00Z
    QTest::newRow("Sydney around DST end") << "Australia/Sydney"
                                           << "mon-fri 09:00-17:00"
                                           << "2026-04-03"
                                           << "2026-04-06"
                                           << ""
                                           << QStringList{"2026-04-02T22:00Z/2026-04-03T06:00Z",
                                                          "2026-04-05T23:00Z/2026-04-06T07:00Z"};
    // Sydney Fri 10-02 AEST (+10): 09:00 = 10-01 23:00Z, 17:00 = 07:00Z;
    // Mon 10-05 AEDT: 09:00-11 h = 10-04 22:00Z, 17:00 = 06:00Z
    QTest::newRow("Sydney around DST start") << "Australia/Sydney"
                                             << "mon-fri 09:00-17:00"
                                             << "2026-10-02"
                                             << "2026-10-05"
                                             << ""
                                             << QStringList{"2026-10-01T23:00Z/2026-10-02T07:00Z",
                                                            "2026-10-04T22:00Z/2026-10-05T06:00Z"};
    // Adelaide ACST (+9:30) in July: 09:00 = 06-30 23:30Z, 17:30 = 08:00Z
    QTest::newRow("Adelaide half-hour zone")
        << "Australia/Adelaide"
        << "wed 09:00-17:30"
        << "2026-07-01"
        << "2026-07-01"
        << "" << QStringList{"2026-06-30T23:30Z/2026-07-01T08:00Z"};
    // Kolkata +5:30: 09:30 = 04:00Z, 18:00 = 12:30Z
    QTest::newRow("Kolkata half-hour zone")
        << "Asia/Kolkata"
        << "mon 09:30-18:00"
        << "2026-03-09"
        << "2026-03-09"
        << "" << QStringList{"2026-03-09T04:00Z/2026-03-09T12:30Z"};
    // Kathmandu +5:45: 09:00 = 03:15Z, 17:00 = 11:15Z
    QTest::newRow("Kathmandu +5:45") << "Asia/Kathmandu"
                                     << "mon 09:00-17:00"
                                     << "2026-03-09"
                                     << "2026-03-09"
                                     << "" << QStringList{"2026-03-09T03:15Z/2026-03-09T11:15Z"};
    // Lord Howe DST end: 00:00 (+11) = 04-04 13:00Z; 24:00 = 04-06 00:00 (+10:30) = 04-05 13:30Z
    QTest::newRow("Lord_Howe fall-back day is 24 h 30 min")
        << "Australia/Lord_Howe"
        << "sun 00:00-24:00"
        << "2026-04-05"
        << "2026-04-05"
        << "" << QStringList{"2026-04-04T13:00Z/2026-04-05T13:30Z"};
    // Lord Howe DST start: 00:00 (+10:30) = 10-03 13:30Z; 24:00 (+11) = 10-04 13:00Z
    QTest::newRow("Lord_Howe spring-forward day is 23 h 30 min")
        << "Australia/Lord_Howe"
        << "sun 00:00-24:00"
        << "2026-10-04"
        << "2026-10-04"
        << "" << QStringList{"2026-10-03T13:30Z/2026-10-04T13:00Z"};
    // 02:15 skipped (+10:30): 10-03 15:45Z; 09:00 (+11) = 10-03 22:00Z
    QTest::newRow("Lord_Howe range starting in the 30-minute gap")
        << "Australia/Lord_Howe"
        << "sun 02:15-09:00"
        << "2026-10-04"
        << "2026-10-04"
        << "" << QStringList{"2026-10-03T15:45Z/2026-10-03T22:00Z"};
    // Chatham DST start: 00:00 (+12:45) = 09-26 11:15Z; 24:00 (+13:45) = 09-27 10:15Z: 23 h
    QTest::newRow("Chatham spring-forward day")
        << "Pacific/Chatham"
        << "sun 00:00-24:00"
        << "2026-09-27"
        << "2026-09-27"
        << "" << QStringList{"2026-09-26T11:15Z/2026-09-27T10:15Z"};
    // Chatham night shift Sat 04-04 22:00 (+13:45) = 08:15Z to Sun 06:00 (+12:45) = 04-04 17:15Z
    QTest::newRow("Chatham night shift over fall-back")
        << "Pacific/Chatham"
        << "sat 22:00-06:00"
        << "2026-04-04"
        << "2026-04-04"
        << "" << QStringList{"2026-04-04T08:15Z/2026-04-04T17:15Z"};
    // Sao Paulo -3 all year: 09:00 = 12:00Z also on 2026-11-01 (old DST date)
    QTest::newRow("Sao_Paulo no DST") << "America/Sao_Paulo"
                                      << "sun 00:00-24:00; mon 09:00-18:00"
                                      << "2026-11-01"
                                      << "2026-11-02"
                                      << ""
                                      << QStringList{"2026-11-01T03:00Z/2026-11-02T03:00Z",
                                                     "2026-11-02T12:00Z/2026-11-02T21:00Z"};
}

void TestExpansion::expand()
{
    QFETCH(QString, zone);
    QFETCH(QString, pattern);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, timeOff);
    QFETCH(QStringList, expected);

    LocalTimeResolver resolver(sunrelay::test::zone(zone));
    const IntervalSet result = sunrelay::expand(sunrelay::test::pattern(pattern),
                                                resolver,
                                                day(first),
                                                day(last),
                                                timeOffFrom(timeOff));
    QCOMPARE(isoList(result), expected);
}

void TestExpansion::instances_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("timeOff");
    QTest::addColumn<QStringList>("expected");

    // Instances are not merged: 3 h and 1 h stay two instances, with their
    // range index and local date.
    QTest::newRow("touching instances stay apart")
        << "Europe/Berlin"
        << "mon 09:00-12:00; mon 12:00-13:00"
        << "2026-03-09"
        << "2026-03-09"
        << ""
        << QStringList{"2026-03-09#0 2026-03-09T08:00Z(U)/2026-03-09T11:00Z(U)",
                       "2026-03-09#1 2026-03-09T11:00Z(U)/2026-03-09T12:00Z(U)"};
    // Start 02:30 skipped (07:30Z), end 10:00 EDT unique (14:00Z)
    QTest::newRow("start in the gap is Skipped")
        << "America/New_York"
        << "sun 02:30-10:00"
        << "2026-03-08"
        << "2026-03-08"
        << "" << QStringList{"2026-03-08#0 2026-03-08T07:30Z(S)/2026-03-08T14:00Z(U)"};
    // Start Sat 22:00 EDT (-4) = Sun 02:00Z; end Sun 01:30 repeated, first = EDT: 05:30Z
    QTest::newRow("end in the repeated hour is Repeated")
        << "America/New_York"
        << "sat 22:00-01:30"
        << "2026-10-31"
        << "2026-10-31"
        << "" << QStringList{"2026-10-31#0 2026-11-01T02:00Z(U)/2026-11-01T05:30Z(R)"};
    // Berlin Sat 03-28 night 23:00-02:30: end skipped, CET: 01:30Z; start 22:00Z
    QTest::newRow("end in the gap is Skipped")
        << "Europe/Berlin"
        << "sat 23:00-02:30"
        << "2026-03-28"
        << "2026-03-28"
        << "" << QStringList{"2026-03-28#0 2026-03-28T22:00Z(U)/2026-03-29T01:30Z(S)"};
    // Ordered by date, then range index; Thu's night shift kept although
    // Fri is off; Sat: range 1 only.
    QTest::newRow("order, weekdays and time off")
        << "Europe/Berlin"
        << "thu,fri 22:00-06:00; fri,sat 09:00-10:00"
        << "2026-03-12"
        << "2026-03-14"
        << "2026-03-13"
        << QStringList{"2026-03-12#0 2026-03-12T21:00Z(U)/2026-03-13T05:00Z(U)",
                       "2026-03-14#1 2026-03-14T08:00Z(U)/2026-03-14T09:00Z(U)"};
    QTest::newRow("empty pattern") << "Europe/Berlin"
                                   << ""
                                   << "2026-03-09"
                                   << "2026-03-15"
                                   << "" << QStringList{};
}

void TestExpansion::instances()
{
    QFETCH(QString, zone);
    QFETCH(QString, pattern);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, timeOff);
    QFETCH(QStringList, expected);

    LocalTimeResolver resolver(sunrelay::test::zone(zone));
    const auto result = expandInstances(sunrelay::test::pattern(pattern),
                                        resolver,
                                        day(first),
                                        day(last),
                                        timeOffFrom(timeOff));
    QStringList got;
    for (const ExpandedRange &r : result)
        got << describe(r);
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestExpansion)
#include "tst_expansion.moc"
