#include "gui/tasks/task_text.h"

#include "shared/date_patterns.h"

#include "gui/text/qt_dates.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace sunrelay::gui
{

namespace
{
class Words
{
    Q_DECLARE_TR_FUNCTIONS(TaskText)
};

QString regionName(const Plan &plan, const std::string &regionId)
{
    const auto index = plan.regionIndex(regionId);
    return index ? QString::fromStdString(plan.regions[*index].name)
                 : QString::fromStdString(regionId);
}

} // namespace

QString effortText(double hours)
{
    const auto minutes = std::llround(double(effortSeconds(hours).count()) / 60.0);
    //: A task's effort under an hour, e.g. "45 min"
    if (minutes < 60)
        return Words::tr("%1 min").arg(minutes);
    //: A task's effort in whole hours, e.g. "3 h"
    if (minutes % 60 == 0)
        return Words::tr("%1 h").arg(minutes / 60);
    //: A task's effort in hours and minutes, e.g. "1 h 30 min"
    return Words::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString placementText(const Plan &plan, const Task &task, const TimeZone &zone, ClockStyle style)
{
    if (!task.isPlaced())
        //: Where an unplaced task is: in the backlog, not on the timeline
        return Words::tr("Backlog");
    //: Where a placed task starts: region · day and time: "EMEA · Mon 9 Mar, 09:00 Berlin"
    return Words::tr("%1 · %2").arg(regionName(plan, *task.region),
                                    dateTimeText(*task.start, zone, style));
}

QString placeStepText(const Plan &plan,
                      const Task &task,
                      const std::string &regionId,
                      Instant start,
                      const TimeZone &zone,
                      ClockStyle style)
{
    const QString when =
        //: A weekday and a clock time: "Mon 09:00"
        Words::tr("%1 %2").arg(weekdayText(start, zone), clockText(start, zone, style));
    const QString id = QString::fromStdString(task.id);
    //: Undo history entry: %1 task id, %2 region, %3 its new start, e.g. "Mon 09:00"
    if (task.isPlaced())
        return Words::tr("Move %1 to %2 at %3").arg(id, regionName(plan, regionId), when);
    //: Undo history entry: %1 task id, %2 region, %3 its start, e.g. "Mon 09:00"
    return Words::tr("Place %1 in %2 at %3").arg(id, regionName(plan, regionId), when);
}

std::string nextTaskId(const Plan &plan)
{
    // Suffixes are compared as numbers of any length: "T-0012" is 12, and a
    // suffix too long for an integer makes the next id "T-<that + 1>" all
    // the same, by decimal addition on the digits.
    std::string largest = "0";
    for (const Task &task : plan.tasks) {
        const std::string &id = task.id;
        if (id.size() <= 2 || id.compare(0, 2, "T-") != 0)
            continue;
        std::string digits = id.substr(2);
        if (digits.find_first_not_of("0123456789") != std::string::npos)
            continue;
        digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
        if (digits.size() > largest.size() || (digits.size() == largest.size() && digits > largest))
            largest = digits;
    }
    // largest + 1 in decimal.
    std::string next = largest;
    int position = int(next.size()) - 1;
    while (position >= 0 && next[std::size_t(position)] == '9')
        next[std::size_t(position--)] = '0';
    if (position < 0)
        next.insert(next.begin(), '1');
    else
        ++next[std::size_t(position)];
    return "T-" + next;
}

std::optional<Seconds> lateBy(const Task &task, const TaskRoute *route)
{
    if (!task.deadline || !route || !route->finish || *route->finish <= *task.deadline)
        return std::nullopt;
    return *route->finish - *task.deadline;
}

bool missesDeadline(const Task &task, const TaskRoute *route, const Interval &horizon)
{
    if (!task.deadline || !route)
        return false;
    if (route->finish)
        return *route->finish > *task.deadline;
    return *task.deadline < horizon.end;
}

QString localReadingNote(const TimeZone &zone,
                         LocalTime reading,
                         const LocalTimeLookup &lookup,
                         ClockStyle style,
                         ReadingMoment moment)
{
    if (lookup.kind == LocalTimeKind::Unique)
        return {};
    const LocalDate day = date::floor<date::days>(reading);
    const QString dayWords =
        apptext::dateText(toQDate(day), apptext::DateParts::WeekdayDayMonthYear);
    const QString asRead = localClockText(reading, style);
    const bool start = moment == ReadingMoment::TaskStart;
    if (lookup.kind == LocalTimeKind::Skipped) {
        //: The task's start typed in a DST gap: %1 the time as typed, %2 the
        //: date, %3 the zone's city, %4 the time the start moves to.
        const QString startText =
            Words::tr("%1 does not exist on %2 in %3: the task starts at %4.");
        //: The deadline typed in a DST gap: %1 the time as typed, %2 the date,
        //: %3 the zone's city, %4 the time the deadline moves to.
        const QString deadlineText =
            Words::tr("%1 does not exist on %2 in %3: the deadline is at %4.");
        return (start ? startText : deadlineText)
            .arg(asRead, dayWords, zoneCity(zone), clockText(lookup.instant, zone, style));
    }
    //: The task's start typed in a DST overlap: %1 the time as typed, %2 the
    //: date, %3 the zone's city, %4 %5 the first of the two times with its
    //: zone abbreviation, %6 the same in UTC.
    const QString startText =
        Words::tr("%1 happens twice on %2 in %3: the task starts at the first, %4 %5 (%6 UTC).");
    //: The deadline typed in a DST overlap: %1 the time as typed, %2 the date,
    //: %3 the zone's city, %4 %5 the first of the two times with its zone
    //: abbreviation, %6 the same in UTC.
    const QString deadlineText =
        Words::tr("%1 happens twice on %2 in %3: the deadline is at the first, %4 %5 (%6 UTC).");
    return (start ? startText : deadlineText)
        .arg(asRead,
             dayWords,
             zoneCity(zone),
             clockText(lookup.instant, zone, style),
             zoneAbbreviation(zone, lookup.instant),
             clockText(lookup.instant, TimeZone::utc(), style));
}

QColor problemColor(const QPalette &palette)
{
    // Both have a contrast of at least 4.5:1 (WCAG AA) on Breeze's light and
    // dark Base colours and on white and black.
    const bool darkBase = palette.color(QPalette::Base).lightnessF() < 0.5;
    return darkBase ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x1e, 0x2a);
}

} // namespace sunrelay::gui
