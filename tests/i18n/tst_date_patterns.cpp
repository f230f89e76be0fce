// Dates and clock times in each locale's own patterns (shared/date_patterns.h).
// Expected texts worked out by hand from the rules in date_patterns.h and
// the long date of each locale as Qt 6.4 (CLDR 42) writes it:
//   en_US "dddd, MMMM d, yyyy"   en_GB "dddd, d MMMM yyyy"
//   de    "dddd, d. MMMM yyyy"   fr    "dddd d MMMM yyyy"
//   es    "dddd, d 'de' MMMM 'de' yyyy"   ja "yyyy年M月d日dddd"
// and the short names of the day and month as printed in these languages'
// calendars: Monday 30 November 2026 is "Mon"/"Nov", "Mo."/"Nov.",
// "lun."/"nov.", "lun"/"nov", "月"/"11月".

#include "shared/date_patterns.h"

#include <QDate>
#include <QTest>
#include <QTime>

using namespace sunrelay::apptext;

namespace
{
const QDate monday(2026, 11, 30);
}

class TestDatePatterns : public QObject
{
    Q_OBJECT

private slots:
    void datesInEachLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("parts");
        QTest::addColumn<QString>("text");
        const auto row = [](const char *locale, DateParts parts, const char *text) {
            QTest::addRow("%s %d", locale, int(parts))
                << QString::fromLatin1(locale) << int(parts) << QString::fromUtf8(text);
        };
        using P = DateParts;
        row("en_US", P::WeekdayDayMonth, "Mon, Nov 30");
        row("en_US", P::WeekdayDayMonthYear, "Mon, Nov 30, 2026");
        row("en_US", P::WeekdayDay, "Mon 30");
        row("en_US", P::DayMonth, "Nov 30");
        row("en_US", P::DayMonthYear, "Nov 30, 2026");
        row("en_US", P::MonthYear, "Nov 2026");
        // English drops the comma between weekday and day (CLDR's "E d MMM").
        row("en_GB", P::WeekdayDayMonth, "Mon 30 Nov");
        row("en_GB", P::WeekdayDayMonthYear, "Mon 30 Nov 2026");
        row("en_GB", P::WeekdayDay, "Mon 30");
        row("en_GB", P::DayMonth, "30 Nov");
        row("en_GB", P::DayMonthYear, "30 Nov 2026");
        row("en_GB", P::MonthYear, "Nov 2026");
        // The ordinal dot stays with the day; not "Montag 30 November".
        row("de_DE", P::WeekdayDayMonth, "Mo., 30. Nov.");
        row("de_DE", P::WeekdayDayMonthYear, "Mo., 30. Nov. 2026");
        row("de_DE", P::WeekdayDay, "Mo., 30.");
        row("de_DE", P::DayMonth, "30. Nov.");
        row("de_DE", P::DayMonthYear, "30. Nov. 2026");
        row("de_DE", P::MonthYear, "Nov. 2026");
        row("fr_FR", P::WeekdayDayMonth, "lun. 30 nov.");
        row("fr_FR", P::WeekdayDayMonthYear, "lun. 30 nov. 2026");
        row("fr_FR", P::WeekdayDay, "lun. 30");
        row("fr_FR", P::DayMonth, "30 nov.");
        row("fr_FR", P::DayMonthYear, "30 nov. 2026");
        row("fr_FR", P::MonthYear, "nov. 2026");
        // Short Spanish dates drop the "de": "30 nov", not "30 de nov".
        row("es_ES", P::WeekdayDayMonth, "lun, 30 nov");
        row("es_ES", P::WeekdayDayMonthYear, "lun, 30 nov 2026");
        row("es_ES", P::WeekdayDay, "lun, 30");
        row("es_ES", P::DayMonth, "30 nov");
        row("es_ES", P::DayMonthYear, "30 nov 2026");
        row("es_ES", P::MonthYear, "nov 2026");
        // 年 月 日 stay with their numbers; the short weekday in brackets.
        row("ja_JP", P::WeekdayDayMonth, "11月30日(月)");
        row("ja_JP", P::WeekdayDayMonthYear, "2026年11月30日(月)");
        row("ja_JP", P::WeekdayDay, "30日(月)");
        row("ja_JP", P::DayMonth, "11月30日");
        row("ja_JP", P::DayMonthYear, "2026年11月30日");
        row("ja_JP", P::MonthYear, "2026年11月");
        // LANG=C: Sunrelay's English layout, as scripts have always read it.
        row("C", P::WeekdayDayMonth, "Mon 30 Nov");
        row("C", P::WeekdayDayMonthYear, "Mon 30 Nov 2026");
        row("C", P::WeekdayDay, "Mon 30");
        row("C", P::DayMonth, "30 Nov");
        row("C", P::DayMonthYear, "30 Nov 2026");
        row("C", P::MonthYear, "Nov 2026");
    }
    void datesInEachLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, parts);
        QFETCH(QString, text);
        QCOMPARE(dateText(monday, DateParts(parts), QLocale(locale)), text);
    }

    // The pattern also reads back what it writes (date fields in dialogs).
    void patternsReadBack_data() { datesInEachLocale_data(); }
    void patternsReadBack()
    {
        QFETCH(QString, locale);
        QFETCH(int, parts);
        QFETCH(QString, text);
        if (DateParts(parts) != DateParts::WeekdayDayMonthYear
            && DateParts(parts) != DateParts::DayMonthYear)
            return; // without a year there is no one date to read
        const QLocale reader(locale);
        QCOMPARE(reader.toDate(text, datePattern(DateParts(parts), reader)), monday);
    }

    // The 12/24-hour choice wins over the locale's; the day half in the
    // locale's own words and place.
    void clocksInEachLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("twelve");
        QTest::addColumn<QString>("morning"); // 09:05
        QTest::addColumn<QString>("evening"); // 17:30
        QTest::addColumn<QString>("hour"); // 17:00 as a tick
        const auto row = [](const char *locale,
                            bool twelve,
                            const char *morning,
                            const char *evening,
                            const char *hour) {
            QTest::addRow("%s %s", locale, twelve ? "12 h" : "24 h")
                << QString::fromLatin1(locale) << twelve << QString::fromUtf8(morning)
                << QString::fromUtf8(evening) << QString::fromUtf8(hour);
        };
        row("en_US", true, "9:05 AM", "5:30 PM", "5 PM");
        row("en_US", false, "09:05", "17:30", "17");
        row("en_GB", true, "9:05 AM", "5:30 PM", "5 PM");
        row("en_GB", false, "09:05", "17:30", "17");
        row("de_DE", true, "9:05 AM", "5:30 PM", "5 PM");
        row("de_DE", false, "09:05", "17:30", "17");
        row("fr_FR", false, "09:05", "17:30", "17");
        // Spanish and Japanese write the hour without a leading zero.
        // CLDR's Spanish day halves hold a no-break space: "a.\u00A0m.";
        // written in capitals like English "AM".
        row("es_ES", true, "9:05 A.\u00A0M.", "5:30 P.\u00A0M.", "5 P.\u00A0M.");
        row("es_ES", false, "9:05", "17:30", "17");
        row("ja_JP", true, "午前9:05", "午後5:30", "午後5");
        row("ja_JP", false, "9:05", "17:30", "17");
        // LANG=C: Sunrelay's own clocks, without the C locale's seconds.
        row("C", true, "9:05 AM", "5:30 PM", "5 PM");
        row("C", false, "09:05", "17:30", "17");
    }
    void clocksInEachLocale()
    {
        QFETCH(QString, locale);
        QFETCH(bool, twelve);
        QFETCH(QString, morning);
        QFETCH(QString, evening);
        QFETCH(QString, hour);
        const QLocale reader(locale);
        const ClockHours hours = twelve ? ClockHours::Twelve : ClockHours::TwentyFour;
        QCOMPARE(reader.toString(QTime(9, 5), clockPattern(hours, reader)), morning);
        QCOMPARE(reader.toString(QTime(17, 30), clockPattern(hours, reader)), evening);
        QCOMPARE(reader.toString(QTime(17, 0), hourPattern(hours, reader)), hour);
    }

    void twelveHourLocales()
    {
        QVERIFY(localeUsesTwelveHours(QLocale(QStringLiteral("en_US"))));
        QVERIFY(!localeUsesTwelveHours(QLocale(QStringLiteral("en_GB"))));
        QVERIFY(!localeUsesTwelveHours(QLocale(QStringLiteral("de_DE"))));
        QVERIFY(!localeUsesTwelveHours(QLocale(QStringLiteral("ja_JP"))));
    }
};

QTEST_GUILESS_MAIN(TestDatePatterns)
#include "tst_date_patterns.moc"
