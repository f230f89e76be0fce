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
    Table handoffs;
    handoffs.addRow({Reports::tr("At (%1)").arg(QString::fromStdString(zone.name())),
                     Reports::tr("From → to"),
                     //: Column header: whether a handoff is an overlap or a gap handoff
                     Reports::tr("Kind"),
                     Reports::tr("Sender's local time"),
                     Reports::tr("Receiver's local time"),
                     Reports::tr("Overlap / wait"),
                     Reports::tr("Sync slot")});
    for (const Handoff &h : report.handoffs) {
        const bool overlap = h.kind == HandoffKind::Overlap;
        handoffs.addRow({formatLocal(h.at, zone),
                         regionName(plan, h.from) + QStringLiteral(" → ") + regionName(plan, h.to),
                         //: CLI report, handoffs table, Kind column: the regions' hours overlap
                         //: (or, next, there is a gap)
                         overlap ? Reports::tr("overlap") : Reports::tr("gap"),
                         sideTime(plan, report.schedule, h.from, h.at - Seconds{1}, h.at),
                         sideTime(plan, report.schedule, h.to, h.pickup, h.pickup),
                         overlap ? Reports::tr("%1 overlap").arg(formatDuration(h.overlap))
                                 : Reports::tr("%1 wait").arg(formatDuration(h.wait)),
                         h.syncSlot ? formatLocalClock(h.syncSlot->start, zone)
                                 + QStringLiteral(" – ") + formatLocalClock(h.syncSlot->end, zone)
                                    : (overlap ? Reports::tr("none (async)") : QString())});
    }
    out += handoffs.text();

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
