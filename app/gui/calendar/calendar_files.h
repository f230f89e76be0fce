#pragma once

// Calendar and handoff files from the app, written and read as the CLI does
// (app/cli/cli.cpp: ics, import-busy, import-holidays), without widgets so
// dialogs and tests share them.
//
//  - A calendar export goes through lib/ical with the file it replaces as the
//    previous export (stable UIDs keep SEQUENCE and DTSTAMP of unchanged
//    events), DTSTAMP now, written atomically (QSaveFile): a failed write
//    leaves the old file. Only a path ending in .ics is ever written
//    (withSuffix() first): a calendar export never writes anything else.
//  - Dates the user picks are local dates in a zone: [from 00:00, to + 1
//    00:00) there, by the engine's DST rule.
//  - An import reads at most ImportLimits::maxBytes; its default range is the
//    CLI's: from a week ago to a year ahead (busy time) or two (holidays),
//    not past 2037.
//
// Example:
//   const Interval week = datesWindow(berlin, QDate(2026, 11, 30), QDate(2026, 12, 6));
//   // [2026-11-29T23:00Z, 2026-12-06T23:00Z)
//   writeCalendarFile(plan, request, "/home/ana/anna.ics");   // nullopt: written

#include "sunrelay/core/expected.h"
#include "sunrelay/core/plan.h"
#include "sunrelay/core/routing.h"
#include "sunrelay/ical/busy_import.h"
#include "sunrelay/ical/calendar_export.h"
#include "sunrelay/ical/holiday_import.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sunrelay::gui
{

enum class CalendarImportKind {
    BusyTime,
    Holidays
};

// [from 00:00, to + 1 day 00:00) in `zone`.
Interval datesWindow(const TimeZone &zone, const QDate &from, const QDate &to);

// The CLI's default import range as UTC dates around `today`.
struct DateSpan {
    QDate from;
    QDate to;

    bool operator==(const DateSpan &) const = default;
};
DateSpan defaultImportDates(CalendarImportKind kind, const QDate &today);

// Writes the calendar of `request` (its stamp and previous are filled in
// here) to `path`; the error in words, or nullopt.
std::optional<QString>
writeCalendarFile(const Plan &plan, ical::ExportRequest request, const QString &path);

// Writes the handoffs whose `at` lies in `window` as CSV (handoffs_csv.h),
// with the tasks `routes` pass on; the error in words, or nullopt.
std::optional<QString> writeHandoffsCsvFile(const Plan &plan,
                                            const std::vector<TaskRoute> &routes,
                                            const Interval &window,
                                            const QString &path);

// What an import read from a file.
struct CalendarImportResult {
    std::vector<BusyTime> busy;
    std::vector<Holiday> holidays;
};

// Reads `path` and imports it as `kind` over `range` (busy times in `zone`
// for floating times). Safe to call on any thread: touches no widget and no
// shared state. The error names the file and what is wrong.
Expected<CalendarImportResult, QString> readCalendarImport(CalendarImportKind kind,
                                                           const QString &path,
                                                           const Interval &range,
                                                           const TimeZone &zone);

// The words for an IcalError (its code translated, with the detail, event
// and line it names).
QString icalErrorText(const ical::IcalError &error);

} // namespace sunrelay::gui
