// The week editor's words (week_text.h): typed times on either clock as a
// start and as an end, 24:00 as an end only, junk refused with a message
// that quotes it, day sets typed and shown, and ranges in words.
//
// Expected minutes are worked out by hand beside each row (5 pm = 12 h + 5 h
// = 17 * 60 = 1020), never read back from the code.

#include "gui/week/week_text.h"

#include <QTest>

#include <initializer_list>

using sunrelay::Weekdays;
using sunrelay::gui::ClockStyle;
using sunrelay::gui::WeekLayer;
using sunrelay::gui::week::DaysResult;
using sunrelay::gui::week::Span;
using sunrelay::gui::week::TimeField;
using sunrelay::gui::week::TimeResult;
namespace week = sunrelay::gui::week;

namespace
{

Weekdays days(std::initializer_list<unsigned> isoDays)
{
    Weekdays result;
    for (unsigned day : isoDays)
        result.insert(date::weekday{day});
    return result;
}

// QLocale::setDefault() for one test, the English of initTestCase() after.
struct DefaultLocale {
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    DefaultLocale(const DefaultLocale &) = delete;
    DefaultLocale &operator=(const DefaultLocale &) = delete;
};

} // namespace

class TestWeekText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English day names and am/pm words whatever the machine says.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    // Every accepted spelling, read as a start and as an end.
    void timesAsStartAndEnd_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("asStart");
        QTest::addColumn<int>("asEnd");
        QTest::newRow("hour only") << "9" << 9 * 60 << 9 * 60; // 540
        QTest::newRow("colon") << "9:30" << 9 * 60 + 30 << 9 * 60 + 30; // 570
        QTest::newRow("four digits") << "0930" << 9 * 60 + 30 << 9 * 60 + 30; // 570
        QTest::newRow("three digits") << "930" << 9 * 60 + 30 << 9 * 60 + 30; // 9 then 30
        QTest::newRow("dot") << "9.30" << 9 * 60 + 30 << 9 * 60 + 30; // 570
        QTest::newRow("h") << "9h30" << 9 * 60 + 30 << 9 * 60 + 30; // 570
        QTest::newRow("spaces around") << "  17:45 " << 17 * 60 + 45 << 17 * 60 + 45; // 1065
        QTest::newRow("pm glued") << "5pm" << 17 * 60 << 17 * 60; // 12 h + 5 h = 1020
        QTest::newRow("pm with minutes") << "5:30 PM" << 17 * 60 + 30 << 17 * 60 + 30; // 1050
        QTest::newRow("p.m.") << "5 p.m." << 17 * 60 << 17 * 60;
        QTest::newRow("am") << "9 am" << 9 * 60 << 9 * 60;
        QTest::newRow("a") << "9a" << 9 * 60 << 9 * 60;
        // 12 AM is midnight: the start of the day for a start, its end for an end.
        QTest::newRow("12 AM") << "12 AM" << 0 << 24 * 60;
        QTest::newRow("12:30 a.m.") << "12:30 a.m." << 30 << 30;
        QTest::newRow("12 PM is noon") << "12 PM" << 12 * 60 << 12 * 60;
        QTest::newRow("00:00") << "00:00" << 0 << 0; // an end at 00:00 runs into the next day
        QTest::newRow("23:59") << "23:59" << 23 * 60 + 59 << 23 * 60 + 59; // 1439
    }

    void timesAsStartAndEnd()
    {
        QFETCH(QString, typed);
        QFETCH(int, asStart);
        QFETCH(int, asEnd);
        // The clock shown never changes what is read.
        for (ClockStyle clock : {ClockStyle::TwentyFourHour, ClockStyle::TwelveHour}) {
            const TimeResult start = week::parseTime(typed, TimeField::Start, clock);
            QVERIFY2(start.error.isEmpty(), qPrintable(start.error));
            QCOMPARE(start.minutes, asStart);
            const TimeResult end = week::parseTime(typed, TimeField::End, clock);
            QVERIFY2(end.error.isEmpty(), qPrintable(end.error));
            QCOMPARE(end.minutes, asEnd);
        }
    }

    void midnightEndsTheDayOnlyAsAnEnd()
    {
        const TimeResult end =
            week::parseTime(QStringLiteral("24:00"), TimeField::End, ClockStyle::TwentyFourHour);
        QVERIFY2(end.error.isEmpty(), qPrintable(end.error));
        QCOMPARE(end.minutes, 24 * 60);

        const TimeResult start =
            week::parseTime(QStringLiteral("24:00"), TimeField::Start, ClockStyle::TwentyFourHour);
        QCOMPARE(start.error,
                 QStringLiteral("A range cannot start at \u201c24:00\u201d, the "
                                "midnight that ends the day. Start it at 00:00 on "
                                "the next day instead."));
        // The example follows the clock shown.
        QCOMPARE(week::parseTime(QStringLiteral("24:00"), TimeField::Start, ClockStyle::TwelveHour)
                     .error,
                 QStringLiteral("A range cannot start at \u201c24:00\u201d, the midnight that "
                                "ends the day. Start it at 12:00 AM on the next day instead."));
    }

    // Junk is refused with a message that quotes it and shows a good example.
    void junkIsRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("clock");
        QTest::addColumn<QString>("error");
        const QString notATime = QStringLiteral(
            "\u201c%1\u201d is not a time of day. Type hours "
            "and minutes, such as %2.");
        QTest::newRow("word") << "nine" << int(ClockStyle::TwentyFourHour)
                              << notATime.arg(QStringLiteral("nine"), QStringLiteral("09:30"));
        QTest::newRow("word, 12-hour example")
            << "nine" << int(ClockStyle::TwelveHour)
            << notATime.arg(QStringLiteral("nine"), QStringLiteral("9:30 AM"));
        QTest::newRow("empty") << "" << int(ClockStyle::TwentyFourHour)
                               << notATime.arg(QString(), QStringLiteral("09:30"));
        QTest::newRow("unknown suffix")
            << "9 xm" << int(ClockStyle::TwentyFourHour)
            << notATime.arg(QStringLiteral("9 xm"), QStringLiteral("09:30"));
        QTest::newRow("three-digit hour")
            << "123:00" << int(ClockStyle::TwentyFourHour)
            << notATime.arg(QStringLiteral("123:00"), QStringLiteral("09:30"));
        QTest::newRow("negative") << "-9" << int(ClockStyle::TwentyFourHour)
                                  << notATime.arg(QStringLiteral("-9"), QStringLiteral("09:30"));

        const QString offClock = QStringLiteral(
            "\u201c%1\u201d is not on the clock: use 00:00 "
            "to 23:59, or 24:00 for an end at midnight.");
        QTest::newRow("25:00") << "25:00" << int(ClockStyle::TwentyFourHour)
                               << offClock.arg(QStringLiteral("25:00"));
        QTest::newRow("24:01") << "24:01" << int(ClockStyle::TwentyFourHour)
                               << offClock.arg(QStringLiteral("24:01"));
        QTest::newRow("minute 75")
            << "9:75" << int(ClockStyle::TwentyFourHour) << offClock.arg(QStringLiteral("9:75"));

        const QString offTwelve = QStringLiteral(
            "\u201c%1\u201d is not on the 12-hour clock: use hours 1 to 12 and minutes 00 to "
            "59, such as 5:30 PM.");
        QTest::newRow("13 pm") << "13 pm" << int(ClockStyle::TwentyFourHour)
                               << offTwelve.arg(QStringLiteral("13 pm"));
        QTest::newRow("0 am") << "0 am" << int(ClockStyle::TwelveHour)
                              << offTwelve.arg(QStringLiteral("0 am"));
        QTest::newRow("9:60 am") << "9:60 am" << int(ClockStyle::TwelveHour)
                                 << offTwelve.arg(QStringLiteral("9:60 am"));
    }

    void junkIsRefused()
    {
        QFETCH(QString, typed);
        QFETCH(int, clock);
        QFETCH(QString, error);
        for (TimeField field : {TimeField::Start, TimeField::End})
            QCOMPARE(week::parseTime(typed, field, ClockStyle(clock)).error, error);
    }

    // The locale's own AM/PM words, before the digits as Japanese writes
    // them or after them as Spanish does, and English whatever the locale.
    void timesInTheLocalesWords_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("asStart");
        QTest::addColumn<int>("asEnd");
        // 午前 is before noon, 午後 after: 午後5:30 = 12 h + 5 h 30 = 1050.
        QTest::newRow("ja 午前5:30") << "ja_JP"
                                     << "午前5:30" << 5 * 60 + 30 << 5 * 60 + 30;
        QTest::newRow("ja 午後5:30") << "ja_JP"
                                     << "午後5:30" << 17 * 60 + 30 << 17 * 60 + 30;
        QTest::newRow("ja space after the word") << "ja_JP"
                                                 << "午後 5:30" << 1050 << 1050;
        QTest::newRow("ja word after the digits") << "ja_JP"
                                                  << "5:30午後" << 1050 << 1050;
        // A Japanese input method types full-width digits and colon.
        QTest::newRow("ja full-width") << "ja_JP"
                                       << "午後５：３０" << 1050 << 1050;
        QTest::newRow("ja ideographic space") << "ja_JP"
                                              << "午後\u30005:30" << 1050 << 1050;
        // 午前12時 is midnight, 午後12時 noon, as with 12 AM and 12 PM.
        QTest::newRow("ja 午前12:00") << "ja_JP"
                                      << "午前12:00" << 0 << 24 * 60;
        QTest::newRow("ja 午後12:00") << "ja_JP"
                                      << "午後12:00" << 12 * 60 << 12 * 60;
        QTest::newRow("ja English PM") << "ja_JP"
                                       << "5:30 PM" << 1050 << 1050;
        // Spanish: "p. m." as people type it, and as QLocale writes it with a
        // no-break space (U+00A0) inside.
        QTest::newRow("es p. m.") << "es_ES"
                                  << "5:30 p. m." << 1050 << 1050;
        QTest::newRow("es p.m. no-break space") << "es_ES"
                                                << "5:30 p.\u00a0m." << 1050 << 1050;
        QTest::newRow("es a. m.") << "es_ES"
                                  << "9 a. m." << 9 * 60 << 9 * 60;
        QTest::newRow("es 12 a. m.") << "es_ES"
                                     << "12 a. m." << 0 << 24 * 60;
        QTest::newRow("es 24-hour") << "es_ES"
                                    << "17:30" << 1050 << 1050;
        QTest::newRow("en_US PM") << "en_US"
                                  << "5:30 PM" << 1050 << 1050;
        QTest::newRow("en_US PM first") << "en_US"
                                        << "PM 5:30" << 1050 << 1050;
        // Newer CLDR data writes "5:30 PM" with a narrow no-break space (U+202F).
        QTest::newRow("en_US narrow space") << "en_US"
                                            << "5:30\u202fPM" << 1050 << 1050;
    }

    void timesInTheLocalesWords()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(int, asStart);
        QFETCH(int, asEnd);
        const DefaultLocale scope{QLocale(locale)};
        const TimeResult start = week::parseTime(typed, TimeField::Start, ClockStyle::TwelveHour);
        QVERIFY2(start.error.isEmpty(), qPrintable(start.error));
        QCOMPARE(start.minutes, asStart);
        const TimeResult end = week::parseTime(typed, TimeField::End, ClockStyle::TwentyFourHour);
        QVERIFY2(end.error.isEmpty(), qPrintable(end.error));
        QCOMPARE(end.minutes, asEnd);
    }

    // The rows above rely on Qt's words for these locales.
    void localeWordsAreTheOnesTested()
    {
        QCOMPARE(QLocale(QStringLiteral("ja_JP")).amText(), QStringLiteral("午前"));
        QCOMPARE(QLocale(QStringLiteral("ja_JP")).pmText(), QStringLiteral("午後"));
        QCOMPARE(QLocale(QStringLiteral("es_ES")).pmText(), QStringLiteral("p.\u00a0m."));
    }

    void wordsOnBothSidesOrUnknownRefused_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        // The example time is written the locale's 24-hour way: CLDR's
        // Japanese and Spanish short times are H:mm ("9:30"), English with a
        // 24-hour clock HH:mm ("09:30").
        QTest::addColumn<QString>("example");
        QTest::newRow("ja both sides") << "ja_JP"
                                       << "午後5:30午後"
                                       << "9:30";
        QTest::newRow("ja word and PM") << "ja_JP"
                                        << "午後5:30 PM"
                                        << "9:30";
        QTest::newRow("ja unknown word") << "ja_JP"
                                         << "夜5:30"
                                         << "9:30";
        // Another locale's words are not read: 午後 under Spanish.
        QTest::newRow("es Japanese word") << "es_ES"
                                          << "午後5:30"
                                          << "9:30";
        QTest::newRow("es wrong letter") << "es_ES"
                                         << "5:30 x. m."
                                         << "9:30";
        QTest::newRow("en word before junk") << "en_US"
                                             << "PM-5:30"
                                             << "09:30";
    }

    void wordsOnBothSidesOrUnknownRefused()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QString, example);
        const DefaultLocale scope{QLocale(locale)};
        const QString expected = QStringLiteral(
                                     "\u201c%1\u201d is not a time of day. Type hours "
                                     "and minutes, such as %2.")
                                     .arg(typed, example);
        QCOMPARE(week::parseTime(typed, TimeField::Start, ClockStyle::TwentyFourHour).error,
                 expected);
    }

    void timesShownOnEitherClock()
    {
        QCOMPARE(week::formatTime(9 * 60 + 30, ClockStyle::TwentyFourHour),
                 QStringLiteral("09:30"));
        QCOMPARE(week::formatTime(17 * 60 + 30, ClockStyle::TwelveHour), QStringLiteral("5:30 PM"));
        // Midnight at the end of the day: 24:00, or 12:00 AM which reads back as 24:00.
        QCOMPARE(week::formatTime(24 * 60, ClockStyle::TwentyFourHour), QStringLiteral("24:00"));
        QCOMPARE(week::formatTime(24 * 60, ClockStyle::TwelveHour), QStringLiteral("12:00 AM"));
        QCOMPARE(week::hourLabel(13, ClockStyle::TwelveHour), QStringLiteral("1 PM"));
        QCOMPARE(week::hourLabel(13, ClockStyle::TwentyFourHour), QStringLiteral("13:00"));
        QCOMPARE(week::formatDuration(180), QStringLiteral("3 h"));
        QCOMPARE(week::formatDuration(45), QStringLiteral("45 min"));
        QCOMPARE(week::formatDuration(90), QStringLiteral("1 h 30 min"));
    }

    // A range in words, as the grid's tooltip says it.
    void spansDescribed()
    {
        const QLocale locale;
        // Mon 09:00-12:00: 3 h.
        QCOMPARE(week::describeSpan(locale,
                                    ClockStyle::TwentyFourHour,
                                    WeekLayer::DeepWork,
                                    Span{0, 9 * 60, 12 * 60}),
                 QStringLiteral("Deep work, Mon 09:00\u201312:00 (3 h)"));
        // Fri 22:00 to Sat 06:00: 2 h + 6 h = 8 h.
        QCOMPARE(week::describeSpan(locale,
                                    ClockStyle::TwentyFourHour,
                                    WeekLayer::Work,
                                    Span{4, 22 * 60, 30 * 60}),
                 QStringLiteral("Working hours, Fri 22:00\u2013Sat 06:00 (8 h)"));
        // Sun 18:00 until midnight: 24:00 on the 24-hour clock, 12:00 AM of
        // Monday on the 12-hour one; 6 h.
        QCOMPARE(week::describeSpan(locale,
                                    ClockStyle::TwentyFourHour,
                                    WeekLayer::Comms,
                                    Span{6, 18 * 60, 24 * 60}),
                 QStringLiteral("Comms window, Sun 18:00\u201324:00 (6 h)"));
        QCOMPARE(week::describeSpan(locale,
                                    ClockStyle::TwelveHour,
                                    WeekLayer::Comms,
                                    Span{6, 18 * 60, 24 * 60}),
                 QStringLiteral("Comms window, Sun 6:00 PM\u2013Mon 12:00 AM (6 h)"));
    }

    void daysTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("firstDay");
        QTest::addColumn<unsigned>("expected"); // Weekdays::bits()
        QTest::newRow("span") << "Mon-Fri" << int(Qt::Monday) << days({1, 2, 3, 4, 5}).bits();
        QTest::newRow("en dash") << "Mon\u2013Wed" << int(Qt::Monday) << days({1, 2, 3}).bits();
        QTest::newRow("list") << "Mon, Wed" << int(Qt::Monday) << days({1, 3}).bits();
        QTest::newRow("long names, any case")
            << "tuesday, THURSDAY" << int(Qt::Monday) << days({2, 4}).bits();
        QTest::newRow("prefix") << "Sat, Sund" << int(Qt::Monday) << days({6, 7}).bits();
        // A span wraps in the user's week: Sat, Sun, Mon.
        QTest::newRow("wrapping span") << "Sat-Mon" << int(Qt::Monday) << days({6, 7, 1}).bits();
        // Sunday first: Sun-Tue is Sun, Mon, Tue; Monday first the same, wrapping.
        QTest::newRow("sunday-first span")
            << "Sun-Tue" << int(Qt::Sunday) << days({7, 1, 2}).bits();
    }

    void daysTyped()
    {
        QFETCH(QString, typed);
        QFETCH(int, firstDay);
        QFETCH(unsigned, expected);
        const DaysResult result = week::parseDays(QLocale(), Qt::DayOfWeek(firstDay), typed);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.days.bits(), expected);
    }

    // Japanese and Chinese lists: the ideographic comma "、" and the
    // full-width "，"; spans with the wave dash "〜" or full-width tilde "～".
    void daysTypedInJapanese_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<unsigned>("expected"); // Weekdays::bits()
        QTest::newRow("ideographic comma") << "月、水" << days({1, 3}).bits();
        QTest::newRow("full-width comma") << "月，水" << days({1, 3}).bits();
        QTest::newRow("long names") << "月曜日、金曜日" << days({1, 5}).bits();
        QTest::newRow("wave dash span") << "月〜金" << days({1, 2, 3, 4, 5}).bits();
        QTest::newRow("full-width tilde span") << "月～水" << days({1, 2, 3}).bits();
        QTest::newRow("span and day") << "月–水、土" << days({1, 2, 3, 6}).bits();
        QTest::newRow("mixed commas") << "月、水,金，日" << days({1, 3, 5, 7}).bits();
        QTest::newRow("English still") << "Mon、Tue" << days({1, 2}).bits();
    }

    void daysTypedInJapanese()
    {
        QFETCH(QString, typed);
        QFETCH(unsigned, expected);
        const DaysResult result =
            week::parseDays(QLocale(QStringLiteral("ja_JP")), Qt::Monday, typed);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.days.bits(), expected);
    }

    void badDaysRefused()
    {
        const QLocale locale;
        QCOMPARE(week::parseDays(locale, Qt::Monday, QStringLiteral("Mon, Funday")).error,
                 QStringLiteral("\u201cFunday\u201d is not a day. Use day names such as Mon or "
                                "Tue, or a span such as Mon\u2013Fri."));
        QCOMPARE(week::parseDays(locale, Qt::Monday, QStringLiteral("Mon-Wed-Fri")).error,
                 QStringLiteral("\u201cMon-Wed-Fri\u201d is not a span of days. Write a span as "
                                "two days, such as Mon\u2013Fri."));
        QCOMPARE(week::parseDays(locale, Qt::Monday, QStringLiteral(" , ")).error,
                 QStringLiteral("Choose at least one day, such as Mon or Mon\u2013Fri."));
    }

    void daysShownInTheUsersWeek()
    {
        const QLocale locale;
        QCOMPARE(week::formatDays(locale, Qt::Monday, days({1, 2, 3, 4, 5})),
                 QStringLiteral("Mon\u2013Fri"));
        // Two days are listed, three or more make a span.
        QCOMPARE(week::formatDays(locale, Qt::Monday, days({6, 7})), QStringLiteral("Sat, Sun"));
        QCOMPARE(week::formatDays(locale, Qt::Monday, days({1, 2, 3, 6})),
                 QStringLiteral("Mon\u2013Wed, Sat"));
        // Sunday first, Sun + Mon + Tue is one run; Monday first it is not.
        QCOMPARE(week::formatDays(locale, Qt::Sunday, days({7, 1, 2})),
                 QStringLiteral("Sun\u2013Tue"));
        QCOMPARE(week::formatDays(locale, Qt::Monday, days({7, 1, 2})),
                 QStringLiteral("Mon, Tue, Sun"));
        QCOMPARE(week::formatDays(locale, Qt::Monday, Weekdays{}), QStringLiteral("No days"));
    }

    // Moving and splitting ranges on the grid (week_span.h).
    void spansMoveAcrossTheWeek()
    {
        // Fri 22:00-06:00 moved to start 25 h after Friday's midnight: Sat
        // 01:00, still 8 h, so it ends at 09:00.
        QCOMPARE(Span({4, 22 * 60, 30 * 60}).movedTo(25 * 60), Span({5, 60, 9 * 60}));
        // Mon 00:30 moved one hour earlier is Sun 23:30.
        QCOMPARE(Span({0, 30, 90}).movedTo(-30), Span({6, 23 * 60 + 30, 24 * 60 + 30}));
        // Through a WeeklyRange and back: an end at or before the start runs
        // into the next day.
        const sunrelay::WeeklyRange night{days({5}),
                                          sunrelay::Minutes{22 * 60},
                                          sunrelay::Minutes{6 * 60}};
        QCOMPARE(Span::of(night, 4), Span({4, 22 * 60, 30 * 60}));
        QCOMPARE(Span({4, 22 * 60, 30 * 60}).toRange(), night);
    }

    void editingOneDaySplitsTheRange()
    {
        sunrelay::WeeklyPattern pattern;
        pattern.ranges = {{days({1, 2, 3}), sunrelay::Minutes{9 * 60}, sunrelay::Minutes{17 * 60}}};
        // Tuesday (day 1) 10:00-18:00: Mon and Wed keep 09:00-17:00, Tue is
        // its own range right after.
        QCOMPARE(week::replaceDay(pattern, 0, 1, Span{1, 10 * 60, 18 * 60}), 1);
        QCOMPARE(pattern.ranges.size(), std::size_t(2));
        QCOMPARE(pattern.ranges[0].days.bits(), days({1, 3}).bits());
        QCOMPARE(pattern.ranges[1],
                 (sunrelay::WeeklyRange{days({2}),
                                        sunrelay::Minutes{10 * 60},
                                        sunrelay::Minutes{18 * 60}}));
        // Removing Tuesday's only day removes that range.
        week::removeDay(pattern, 1, 1);
        QCOMPARE(pattern.ranges.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestWeekText)
#include "tst_week_text.moc"
