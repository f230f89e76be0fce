#include "gui/calendar/calendar_files.h"

#include "gui/export/chosen_file.h"

#include "gui/text/qt_dates.h"

#include "shared/file_text.h"
#include "shared/logging.h"
#include "sunrelay/core/schedule_report.h"
#include "sunrelay/exchange/handoffs_csv.h"
#include "sunrelay/io/regular_file.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <chrono>

namespace sunrelay::gui
{

namespace
{

// The translation context of this file's words.
class CalendarFiles
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFiles)
};

} // namespace

Interval datesWindow(const TimeZone &zone, const QDate &from, const QDate &to)
{
    return {resolveLocalTime(zone, LocalTime{fromQDate(from)}).instant,
            resolveLocalTime(zone, LocalTime{fromQDate(to.addDays(1))}).instant};
}

DateSpan defaultImportDates(CalendarImportKind kind, const QDate &today)
{
    // As `sunrelay-cli import-busy` / `import-holidays` without --from/--to;
    // the tz database of Debian's date library ends in 2037.
    const QDate last = today.addDays(kind == CalendarImportKind::BusyTime ? 365 : 2 * 365);
    return {today.addDays(-7), std::min(last, QDate(2037, 12, 31))};
}

std::optional<QString>
writeCalendarFile(const Plan &plan, ical::ExportRequest request, const QString &path)
{
    // Re-exporting over an earlier export keeps SEQUENCE and DTSTAMP of the
    // events that did not change (as `sunrelay-cli ics` does).
    // Only a regular file within the importer's limit: a FIFO or device
    // there is refused when written anyway.
    if (auto previous = io::readRegularFile(QFile::encodeName(path).toStdString(),
                                            ical::ImportLimits{}.maxBytes))
        request.previous = std::move(previous).value();
    request.stamp = date::floor<Seconds>(std::chrono::system_clock::now());
    const auto calendar = ical::exportCalendar(plan, request);
    if (!calendar)
        return icalErrorText(calendar.error());
    return writeChosenFile(path, calendar.value());
}

std::optional<QString> writeHandoffsCsvFile(const Plan &plan,
                                            const std::vector<TaskRoute> &routes,
                                            const Interval &window,
                                            const QString &path)
{
    return writeChosenFile(
        path,
        exchange::writeHandoffsCsv(plan, reportSchedule(plan, window).handoffs, routes));
}

Expected<CalendarImportResult, QString> readCalendarImport(CalendarImportKind kind,
                                                           const QString &path,
                                                           const Interval &range,
                                                           const TimeZone &zone)
{
    const QString name = QFileInfo(path).fileName();
    const auto bytes =
        io::readRegularFile(QFile::encodeName(path).toStdString(), ical::ImportLimits{}.maxBytes);
    if (!bytes) {
        qCInfo(lcIo) << "not read:" << path << ":" << bytes.error().message().c_str();
        //: Error on an iCalendar file; %1 is the file's name, %2 why it cannot be read
        return CalendarFiles::tr("Cannot read %1: %2")
            .arg(name, apptext::ioErrorText(bytes.error()));
    }
    const std::string &text = bytes.value();
    QElapsedTimer timer;
    timer.start();
    CalendarImportResult result;
    if (kind == CalendarImportKind::BusyTime) {
        auto busy = ical::importBusyTimes(text, {range, zone});
        if (!busy) {
            qCInfo(lcIcal) << "refused" << path << ":" << busy.error().message().c_str();
            //: A calendar file and why it cannot be imported: "team.ics: unknown time zone"
            return CalendarFiles::tr("%1: %2").arg(name, icalErrorText(busy.error()));
        }
        result.busy = std::move(busy).value();
    } else {
        auto holidays = ical::importHolidays(text, {range});
        if (!holidays) {
            qCInfo(lcIcal) << "refused" << path << ":" << holidays.error().message().c_str();
            //: A calendar file and why it cannot be imported: "holidays.ics: unknown time zone"
            return CalendarFiles::tr("%1: %2").arg(name, icalErrorText(holidays.error()));
        }
        result.holidays = std::move(holidays).value();
    }
    qCInfo(lcIcal) << "read" << path << "(" << text.size() << "bytes) in" << timer.elapsed()
                   << "ms:" << result.busy.size() << "busy times," << result.holidays.size()
                   << "holidays";
    return result;
}

QString icalErrorText(const ical::IcalError &error)
{
    QString what;
    switch (error.code) {
    case ical::IcalErrorCode::TooLarge:
        what = CalendarFiles::tr("the file, or a line in it, is too large");
        break;
    case ical::IcalErrorCode::Syntax:
        what = CalendarFiles::tr("this is not iCalendar text");
        break;
    case ical::IcalErrorCode::NotACalendar:
        what = CalendarFiles::tr("there is no calendar (VCALENDAR) in the file");
        break;
    case ical::IcalErrorCode::InvalidValue:
        what = CalendarFiles::tr("a value cannot be read");
        break;
    case ical::IcalErrorCode::UnknownTimeZone:
        //: What is wrong in an iCalendar file: a TZID the tz database does not know
        what = CalendarFiles::tr("unknown time zone");
        break;
    case ical::IcalErrorCode::TooManyEvents:
        //: What is wrong in an iCalendar file: it holds more events than Sunrelay reads
        what = CalendarFiles::tr("too many events");
        break;
    case ical::IcalErrorCode::TooManyInstances:
        what = CalendarFiles::tr("recurring events repeat too often in the range");
        break;
    case ical::IcalErrorCode::UnknownScope:
        what = CalendarFiles::tr("no such member or region in the plan");
        break;
    case ical::IcalErrorCode::OutOfRange:
        what = CalendarFiles::tr("the dates must lie between 1970 and 2037");
        break;
    }
    QString where;
    //: Where the problem is in an iCalendar file; %1 is a line number
    if (error.line > 0)
        where = CalendarFiles::tr("line %1").arg(error.line);
    if (!error.uid.empty()) {
        //: Where the problem is in an iCalendar file; %1 is the event's UID
        const QString event =
            CalendarFiles::tr("event \"%1\"").arg(QString::fromStdString(error.uid));
        //: Where in a calendar file a problem is: a line and an event: "line 12, event
        //: \"standup\""
        where = where.isEmpty() ? event : CalendarFiles::tr("%1, %2").arg(where, event);
    }
    //: Where in a calendar file, and what is wrong there: "line 12: a value cannot be read"
    QString text = where.isEmpty() ? what : CalendarFiles::tr("%1: %2").arg(where, what);
    if (!error.detail.empty())
        //: A problem in a calendar file and libical's detail on it (in English)
        text = CalendarFiles::tr("%1 (%2)").arg(text, QString::fromStdString(error.detail));
    return text;
}

} // namespace sunrelay::gui
