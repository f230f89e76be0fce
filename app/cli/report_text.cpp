#include "report_text.h"

#include "shared/conflict_text.h"
#include "shared/display_width.h"
#include "shared/time_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace sunrelay::cli
{

using apptext::conflictMessage;
using apptext::displayWidth;
using apptext::formatDuration;
using apptext::formatLocal;
using apptext::formatLocalClock;
using apptext::padToDisplayWidth;
using apptext::severityKey;

namespace
{

// The translation context of this file's words.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

// Rows of cells printed with every column as wide as its widest cell, in
// terminal columns: "同期枠" is six of them, not three.
class Table
{
public:
    void addRow(QStringList cells) { m_rows.push_back(std::move(cells)); }

    QString text() const
    {
        QList<int> widths;
        for (const QStringList &row : m_rows)
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (widths.size() <= c)
                    widths.push_back(0);
                widths[c] = std::max(widths[c], displayWidth(row[c]));
            }
        QString out;
        for (const QStringList &row : m_rows) {
            QString line = QStringLiteral("  ");
            for (qsizetype c = 0; c < row.size(); ++c)
                line += c + 1 < row.size() ? padToDisplayWidth(row[c], widths[c] + 2) : row[c];
            out += line.trimmed().prepend(QStringLiteral("  ")) + u'\n';
        }
        return out;
    }

private:
    QList<QStringList> m_rows;
};

QString regionName(const Plan &plan, std::size_t region)
{
    return QString::fromStdString(plan.regions[region].name);
}

QString span(const Interval &interval, const TimeZone &zone)
{
    return formatLocal(interval.start, zone) + QStringLiteral(" – ")
        + formatLocal(interval.end, zone);
}

// The local time of `t` for someone of `region` working at `probe`, with the
// zone's name: "18:30 IST Asia/Kolkata".
QString sideTime(const Plan &plan,
                 const TeamSchedule &schedule,
                 std::size_t region,
                 Instant probe,
                 Instant t)
{
    const auto working = schedule.shifts[region].membersIn({probe, probe + Seconds{1}});
    if (working.empty())
        return QStringLiteral("—");
    const TimeZone &zone = plan.members[working.front()].zone;
    return formatLocalClock(t, zone) + u' ' + QString::fromStdString(zone.name());
}

// One line per handoff of the route, numbered as handoff notes are, each
// with the task's note for it indented below.
QString
handoffLines(const Plan &plan, const Task &task, const TaskRoute &route, const TimeZone &zone)
{
    QString out;
    for (std::size_t i = 0; i < route.handoffs.size(); ++i) {
        const RouteHandoff &handoff = route.handoffs[i];
        const int number = static_cast<int>(i) + 1;
        out += QStringLiteral("  ")
            //: A task's handoff in the text report: %1 its number along the route, %2 the
            //: date and time, %3 the region handing off, %4 the one taking over
            + Reports::tr("Handoff %1: %2, %3 → %4")
                  .arg(number)
                  .arg(formatLocal(handoff.at, zone),
                       regionName(plan, handoff.from),
                       regionName(plan, handoff.to))
            + u'\n';
        const std::string_view note = handoffNote(task, number);
        if (note.empty())
            continue;
        // Indented, blank lines too, so a note never ends the task's block.
        for (const QString &line :
             QString::fromUtf8(note.data(), static_cast<qsizetype>(note.size())).split(u'\n'))
            out += QStringLiteral("      ") + line + u'\n';
    }
    return out;
}

// The report's handoffs, one a row under a header row: when, between which
// regions, of which kind, each side's clock, the overlap or wait, the sync slot.
QString handoffTable(const Plan &plan, const ScheduleReport &report, const TimeZone &zone)
{
    Table handoffs;
    //: CLI report, handoffs table, column header: when the handoff happens; %1 is the IANA zone
    //: of the times, e.g. "Europe/Berlin"
    handoffs.addRow({Reports::tr("At (%1)").arg(QString::fromStdString(zone.name())),
                     //: Column header: the region that hands off → the region that picks up
                     Reports::tr("From → to"),
                     //: Column header: whether a handoff is an overlap or a gap handoff
                     Reports::tr("Kind"),
                     //: Column header: the handoff's time on the clock of a sending member,
                     //: with the zone: "17:30 CET Europe/Berlin"
                     Reports::tr("Sender's local time"),
                     //: Column header: the pickup's time on the clock of a receiving member,
                     //: with the zone: "12:30 EDT America/New_York"
                     Reports::tr("Receiver's local time"),
                     //: Column header: how long both regions worked together (overlap handoff)
                     //: or how long the work waited (gap handoff)
                     Reports::tr("Overlap / wait"),
                     //: Column header: the handoff's sync slot, a short window for a live
                     //: call between both sides
                     Reports::tr("Sync slot")});
    for (const Handoff &h : report.handoffs) {
        const bool overlap = h.kind == HandoffKind::Overlap;
        QString kind;
        QString length;
        if (overlap) {
            //: CLI report, handoffs table, Kind column: an overlap handoff, the receiver
            //: already works when the sender stops (noun)
            kind = Reports::tr("overlap");
            //: CLI report, Overlap / wait column: %1 is how long both regions worked together,
            //: e.g. "2 h 30 min"
            length = Reports::tr("%1 overlap").arg(formatDuration(h.overlap));
        } else {
            //: CLI report, handoffs table, Kind column: a gap handoff, nobody works when the
            //: sender stops (noun, as in "gap handoff")
            kind = Reports::tr("gap");
            //: CLI report, Overlap / wait column: %1 is how long the work waited for the
            //: receiver, e.g. "11 h"
            length = Reports::tr("%1 wait").arg(formatDuration(h.wait));
        }
        QString syncSlot;
        if (h.syncSlot) {
            syncSlot = formatLocalClock(h.syncSlot->start, zone) + QStringLiteral(" – ")
                + formatLocalClock(h.syncSlot->end, zone);
        } else if (overlap) {
            //: CLI report, Sync slot column: an overlap handoff with no sync slot; the work is
            //: passed on in writing only (asynchronously)
            syncSlot = Reports::tr("none (async)");
        }
        handoffs.addRow({formatLocal(h.at, zone),
                         regionName(plan, h.from) + QStringLiteral(" → ") + regionName(plan, h.to),
                         kind,
                         sideTime(plan, report.schedule, h.from, h.at - Seconds{1}, h.at),
                         sideTime(plan, report.schedule, h.to, h.pickup, h.pickup),
                         length,
                         syncSlot});
    }
    return handoffs.text();
}

} // namespace

QString scheduleText(const Plan &plan, const ScheduleReport &report, const TimeZone &zone)
{
    //: CLI schedule report, first line: %1 plan name, %2 the dates covered, %3 the IANA zone of the
    //: times
    QString out = Reports::tr("%1 · %2 · times in %3\n")
                      .arg(QString::fromStdString(plan.name),
                           span(report.window, zone),
                           QString::fromStdString(zone.name()));

    //: Heading of the report's coverage table (how much of the window each region works)
    out += u'\n' + Reports::tr("Coverage") + u'\n';
    Table coverage;
    const double windowHours = std::chrono::duration<double>(report.window.length()).count() / 3600;
    for (std::size_t r = 0; r < plan.regions.size(); ++r) {
        const double hours =
            std::chrono::duration<double>(report.coverage[r].totalLength()).count() / 3600;
        coverage.addRow(
            {regionName(plan, r),
             //: CLI report table cell: a number of hours, e.g. "7.5 h"
             Reports::tr("%1 h").arg(QLocale().toString(hours, 'f', 1)),
             //: A percentage: "42 %"; space it as your language does (French: a no-break space
             //: before %)
             Reports::tr("%1 %").arg(
                 QLocale().toString(windowHours > 0 ? 100 * hours / windowHours : 0, 'f', 0))});
    }
    out += coverage.text();

    //: CLI report section heading; %1 is the number of handoffs
    out += u'\n' + Reports::tr("Handoffs (%1)").arg(report.handoffs.size()) + u'\n';
    out += handoffTable(plan, report, zone);

    //: CLI report section heading; %1 is the number of coverage gaps
    out += u'\n' + Reports::tr("Gaps (%1)").arg(report.gaps.size()) + u'\n';
    Table gapTable;
    for (const Interval &gap : report.gaps.intervals())
        gapTable.addRow({span(gap, zone), formatDuration(gap.length())});
    out += gapTable.text();
    return out;
}

QString routeText(const Plan &plan,
                  const std::vector<TaskRoute> &routes,
                  std::size_t placed,
                  const TimeZone &zone)
{
    QString out = routes.size() == placed
        ? Reports::tr("%1 · %n placed task(s) · times in %2\n", nullptr, int(placed))
              .arg(QString::fromStdString(plan.name), QString::fromStdString(zone.name()))
        : Reports::tr("%1 · %n placed task(s), %2 of them on these dates · times in %3\n",
                      nullptr,
                      int(placed))
              .arg(QString::fromStdString(plan.name))
              .arg(routes.size())
              .arg(QString::fromStdString(zone.name()));
    for (const TaskRoute &route : routes) {
        const Task &task = plan.tasks[route.task];
        //: CLI route report, task heading: %1 task id, %2 title, %3 priority, %4 effort, e.g. "6 h"
        out += u'\n'
            + Reports::tr("%1  %2  (priority %3, %4)")
                  .arg(QString::fromStdString(task.id), QString::fromStdString(task.title))
                  .arg(task.priority)
                  .arg(formatDuration(task.effort()))
            + u'\n';
        Table table;
        //: CLI route report, row heading: when the task is planned to start
        table.addRow(
            {Reports::tr("Planned start"),
             formatLocal(*task.start, zone)
                 + QStringLiteral(" (%1)").arg(regionName(plan, *plan.regionIndex(*task.region)))});
        QString pickup = Reports::tr("not picked up within the horizon");
        if (route.start) {
            const RouteSegment &first = route.segments.front();
            pickup = formatLocal(*route.start, zone)
                + QStringLiteral(" (%1, %2)")
                      .arg(regionName(plan, first.region),
                           QString::fromStdString(plan.members[first.member].name));
            if (*route.start > *task.start)
                pickup += u' '
                    + Reports::tr("after a wait of %1")
                          .arg(formatDuration(*route.start - *task.start));
        }
        //: CLI route report, row heading: when the next region first picks the task up
        table.addRow({Reports::tr("First pickup"), pickup});
        QString finish = route.finish ? formatLocal(*route.finish, zone)
                                      : Reports::tr("not finished within the horizon");
        if (route.finish && route.singleRegionFinish) {
            const Seconds gain = *route.singleRegionFinish - *route.finish;
            if (gain > Seconds{0})
                finish += u' '
                    + Reports::tr("(%1 sooner than one region alone)").arg(formatDuration(gain));
        }
        //: Row label: when a task is done (date and time)
        table.addRow({Reports::tr("Finish"), finish});
        QString single = route.singleRegionFinish ? formatLocal(*route.singleRegionFinish, zone)
                                                  : Reports::tr("not within a year of the start");
        // Alone in one region can only be sooner when other tasks, served
        // first, held members this task would have worked with.
        if (route.singleRegionFinish
            && (!route.finish || *route.singleRegionFinish < *route.finish))
            single += u' ' + Reports::tr("(sooner: tasks served first held members it needed)");
        //: CLI route report, row heading: how long the task would take in one region without
        //: handoffs
        table.addRow({Reports::tr("One region alone"), single});
        out += table.text();
        Table segments;
        for (const RouteSegment &segment : route.segments)
            segments.addRow({regionName(plan, segment.region),
                             QString::fromStdString(plan.members[segment.member].name),
                             span(segment.interval, zone)});
        out += segments.text();
        out += handoffLines(plan, task, route, zone);
    }
    return out;
}

QString
conflictsText(const Plan &plan, const std::vector<Conflict> &conflicts, const TimeZone &zone)
{
    //: Heading of the conflicts report: plan name, number of conflicts, the zone of the times
    QString out = Reports::tr("%1 · conflicts: %2 · times in %3\n")
                      .arg(QString::fromStdString(plan.name))
                      .arg(conflicts.size())
                      .arg(QString::fromStdString(zone.name()));
    Table table;
    for (const Conflict &conflict : conflicts)
        table.addRow({severityKey(conflict.severity),
                      span(conflict.interval, zone),
                      conflictMessage(plan, conflict)});
    return out + table.text();
}

} // namespace sunrelay::cli
