#pragma once

// The week editor's words: times of day on the user's clock, lengths, day
// sets and whole ranges, and reading typed times and day sets back. Pure
// functions, no widgets; the texts are the editor's (WeekEditor::tr).
//
// Times are minutes from midnight. 24:00 is a valid end ("until midnight"):
// the 24-hour clock writes it as such, the 12-hour clock has no such reading
// and says 12:00 AM, which parseTime() reads back as 24:00 for an end.
//
// Example:
//   parseTime("5:30 pm", TimeField::Start, ClockStyle::TwentyFourHour).minutes  // 1050
//   parseTime("12 AM", TimeField::End, ClockStyle::TwelveHour).minutes         // 1440
//   parseTime("24:00", TimeField::Start, ...).error  // "A range cannot start at ..."
//   formatTime(1440, ClockStyle::TwentyFourHour)                             // "24:00"
//   formatDays(QLocale::c(), Qt::Monday, Weekdays::workdays())               // "Mon–Fri"

#include "gui/text/time_format.h"
#include "gui/week/week_layer.h"
#include "gui/week/week_span.h"

#include <QLocale>
#include <QString>

namespace sunrelay::gui::week
{

// "Working hours", "Deep work", "Comms window"
QString layerName(WeekLayer layer);

// "09:30" or "9:30 AM"; 24:00 reads "24:00" or "12:00 AM".
QString formatTime(int minutes, ClockStyle style);
// Grid labels: "09:00", or the compact "9 AM" on a 12-hour clock.
QString hourLabel(int hour, ClockStyle style);
// "3 h", "45 min", "1 h 30 min"
QString formatDuration(int minutes);
// "Mon" for day 0
QString dayName(const QLocale &locale, int day);

// How the end of `span` reads after its start: past midnight it is a time of
// the next day. On a 24-hour clock an end at midnight is 24:00 of the same
// day; "12:00 AM" alone would read as the start of the day, so on a 12-hour
// clock it is 12:00 AM of the next day.
struct EndReading {
    int minutes = 0;
    bool nextDay = false;
};
EndReading endReading(const Span &span, ClockStyle style);

// "Deep work, Mon 09:00–12:00 (3 h)", "Working hours, Fri 22:00–Sat 06:00 (8 h)"
QString describeSpan(const QLocale &locale, ClockStyle style, WeekLayer layer, const Span &span);

// Days in the week order the user chose; runs of three or more read
// "Mon–Fri": "Mon–Wed, Sat", "Sat, Sun".
QString formatDays(const QLocale &locale, Qt::DayOfWeek firstDay, Weekdays days);

// A day set typed as "Mon–Fri", "Mon, Wed", "Sat-Mon" (spans follow the
// user's week order and may wrap), the locale's day names or English ones;
// Japanese lists too ("月、水", "月〜金").
// `error` says what is wrong, empty when the text is fine.
struct DaysResult {
    Weekdays days;
    QString error;
};
DaysResult parseDays(const QLocale &locale, Qt::DayOfWeek firstDay, const QString &text);

enum class TimeField {
    Start,
    End
};

// Minutes from midnight, or `error` saying what is wrong (empty when fine).
struct TimeResult {
    int minutes = 0;
    QString error;
};

// Either clock, whatever `style` shows: "9", "9:30", "0930", "9.30", "9h30",
// "24:00" (an end only), and "9:30 AM", "5pm", "12 a.m.", or the default
// locale's AM/PM words before or after the digits ("午後5:30", "5:30 p. m.");
// full-width digits as a Japanese input method types them. On the 12-hour
// clock 12 AM is midnight: 00:00 for a start, 24:00 for an end. `style` only
// picks the examples in the error messages.
TimeResult parseTime(const QString &text, TimeField field, ClockStyle style);

} // namespace sunrelay::gui::week
