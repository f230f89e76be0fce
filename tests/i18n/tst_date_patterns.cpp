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

// Monday 30 November 2026 in each locale and each set of parts.
struct DateCase {
    const char *locale;
    DateParts parts;
    const char *text; // UTF-8
};
const DateCase dateCases[] = {
    {"en_US", DateParts::WeekdayDayMonth, "Mon, Nov 30"},
    {"en_US", DateParts::WeekdayDayMonthYear, "Mon, Nov 30, 2026"},
    {"en_US", DateParts::WeekdayDay, "Mon 30"},
    {"en_US", DateParts::DayMonth, "Nov 30"},
    {"en_US", DateParts::DayMonthYear, "Nov 30, 2026"},
    {"en_US", DateParts::MonthYear, "Nov 2026"},
    // English drops the comma between weekday and day (CLDR's "E d MMM").
    {"en_GB", DateParts::WeekdayDayMonth, "Mon 30 Nov"},
    {"en_GB", DateParts::WeekdayDayMonthYear, "Mon 30 Nov 2026"},
    {"en_GB", DateParts::WeekdayDay, "Mon 30"},
    {"en_GB", DateParts::DayMonth, "30 Nov"},
    {"en_GB", DateParts::DayMonthYear, "30 Nov 2026"},
    {"en_GB", DateParts::MonthYear, "Nov 2026"},
    // The ordinal dot stays with the day; not "Montag 30 November".
    {"de_DE", DateParts::WeekdayDayMonth, "Mo., 30. Nov."},
    {"de_DE", DateParts::WeekdayDayMonthYear, "Mo., 30. Nov. 2026"},
    {"de_DE", DateParts::WeekdayDay, "Mo., 30."},
    {"de_DE", DateParts::DayMonth, "30. Nov."},
    {"de_DE", DateParts::DayMonthYear, "30. Nov. 2026"},
    {"de_DE", DateParts::MonthYear, "Nov. 2026"},
    {"fr_FR", DateParts::WeekdayDayMonth, "lun. 30 nov."},
    {"fr_FR", DateParts::WeekdayDayMonthYear, "lun. 30 nov. 2026"},
    {"fr_FR", DateParts::WeekdayDay, "lun. 30"},
    {"fr_FR", DateParts::DayMonth, "30 nov."},
    {"fr_FR", DateParts::DayMonthYear, "30 nov. 2026"},
    {"fr_FR", DateParts::MonthYear, "nov. 2026"},
    // Short Spanish dates drop the "de": "30 nov", not "30 de nov".
    {"es_ES", DateParts::WeekdayDayMonth, "lun, 30 nov"},
    {"es_ES", DateParts::WeekdayDayMonthYear, "lun, 30 nov 2026"},
    {"es_ES", DateParts::WeekdayDay, "lun, 30"},
    {"es_ES", DateParts::DayMonth, "30 nov"},
    {"es_ES", DateParts::DayMonthYear, "30 nov 2026"},
    {"es_ES", DateParts::MonthYear, "nov 2026"},
    // 年 月 日 stay with their numbers; the short weekday in brackets.
    {"ja_JP", DateParts::WeekdayDayMonth, "11月30日(月)"},
    {"ja_JP", DateParts::WeekdayDayMonthYear, "2026年11月30日(月)"},
    {"ja_JP", DateParts::WeekdayDay, "30日(月)"},
    {"ja_JP", DateParts::DayMonth, "11月30日"},
    {"ja_JP", DateParts::DayMonthYear, "2026年11月30日"},
    {"ja_JP", DateParts::MonthYear, "2026年11月"},
    // LANG=C: Sunrelay's English layout, as scripts have always read it.
    {"C", DateParts::WeekdayDayMonth, "Mon 30 Nov"},
    {"C", DateParts::WeekdayDayMonthYear, "Mon 30 Nov 2026"},
    {"C", DateParts::WeekdayDay, "Mon 30"},
    {"C", DateParts::DayMonth, "30 Nov"},
    {"C", DateParts::DayMonthYear, "30 Nov 2026"},
    {"C", DateParts::MonthYear, "Nov 2026"},
};

void addDateColumns()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("parts");
    QTest::addColumn<QString>("text");
}

void addDateRow(const DateCase &date)
{
    QTest::addRow("%s %d", date.locale, int(date.parts))
        << QString::fromLatin1(date.locale) << int(date.parts) << QString::fromUtf8(date.text);
}

} // namespace

class TestDatePatterns : public QObject
{
    Q_OBJECT

private slots:
    void datesInEachLocale_data()
    {
        addDateColumns();
        for (const DateCase &date : dateCases)
            addDateRow(date);
    }
    void datesInEachLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, parts);
        QFETCH(QString, text);
        QCOMPARE(dateText(monday, DateParts(parts), QLocale(locale)), text);
    }

    // The pattern also reads back what it writes (date fields in dialogs):
    // the texts with a day, a month and a year, which name one date.
    void patternsReadBack_data()
    {
        addDateColumns();
        for (const DateCase &date : dateCases) {
            if (date.parts == DateParts::WeekdayDayMonthYear
                || date.parts == DateParts::DayMonthYear)
                addDateRow(date);
        }
    }
    void patternsReadBack()
    {
        QFETCH(QString, locale);
        QFETCH(int, parts);
        QFETCH(QString, text);
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
