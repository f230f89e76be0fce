#pragma once

// Dates and clock times in the reader's own patterns. Qt (CLDR) gives each
// locale a long and a short date; the compact "Mon 30 Nov" the views want
// is not among them, and a fixed "ddd d MMM" reads "Montag 30 November" in
// German and nonsense in Japanese. So the other patterns are derived from
// the locale's long date (QLocale::dateFormat(LongFormat)): its fields in
// the locale's order, with the locale's own separators, leaving out the
// fields not wanted and abbreviating weekday and month names.
//
// Rules of the derivation (the whole of it, for every locale):
// - A field is a run of d, M or y. Text straight after a field with no
//   space or punctuation first (the 年, 月, 日 of Japanese and Chinese) is
//   the field's suffix and goes with it.
// - Leaving out the first field drops what stands before the next one;
//   leaving out the last drops what follows the one before (with its
//   suffix kept); a field in the middle goes with the separator after it.
// - Abbreviated, dddd becomes ddd and MMMM becomes MMM, and a separator
//   with a word in it next to the month ("d 'de' MMMM") becomes a space:
//   short forms write "30 nov", not "30 de nov".
// - English drops the comma between a short weekday and the day: "Mon 30
//   Nov" (en_GB), while "Mon, Nov 30" (en_US) keeps it before the month.
// - A short weekday written straight after another field's suffix, with no
//   separator, is put in parentheses: "11月30日(月)".
//
// The C locale (LANG=C) keeps Sunrelay's English layout: "Mon 30 Nov".
//
// Example (worked by hand from Qt's long dates):
//   de "dddd, d. MMMM yyyy"   WeekdayDayMonth -> "ddd, d. MMM"  "Mo., 30. Nov."
//   ja "yyyy年M月d日dddd"     WeekdayDayMonth -> "M月d日(ddd)"  "11月30日(月)"
//   en_US "dddd, MMMM d, yyyy" DayMonthYear   -> "MMM d, yyyy"  "Nov 30, 2026"

#include <QLocale>
#include <QString>

class QDate;
class QTime;

namespace sunrelay::apptext
{

// Which parts of a date to show; names and months always abbreviated.
enum class DateParts {
    WeekdayDayMonth, // "Mon 30 Nov"
    WeekdayDayMonthYear, // "Mon 30 Nov 2026"
    WeekdayDay, // "Mon 30"
    DayMonth, // "30 Nov"
    DayMonthYear, // "30 Nov 2026"
    MonthYear, // "Nov 2026"
};

// The QDate::toString / QDateEdit::setDisplayFormat pattern of `parts`.
QString datePattern(DateParts parts, const QLocale &locale = QLocale());
// `day` in the pattern of `parts`, in `locale`'s words.
QString dateText(const QDate &day, DateParts parts, const QLocale &locale = QLocale());

// Clock patterns: each locale's own short time when it matches the clock
// chosen ("H:mm" in Japanese, "h:mm AP" in en_US); else "HH:mm", or on a
// 12-hour clock the locale's AM/PM words in its order ("h:mm AP",
// "APh:mm" where the day half comes first, as in Japanese: "午後5:30").
// The user's choice of clock wins over the locale's.
enum class ClockHours {
    TwentyFour,
    Twelve
};
QString clockPattern(ClockHours hours, const QLocale &locale = QLocale());
// A whole hour as a tick label: "09", "9 AM", "午前9".
QString hourPattern(ClockHours hours, const QLocale &locale = QLocale());
// Whether the locale itself writes a 12-hour clock (en_US yes, de no).
bool localeUsesTwelveHours(const QLocale &locale = QLocale());

} // namespace sunrelay::apptext
