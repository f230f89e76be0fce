#include "gui/timeline/timeline_items.h"

#include "gui/tasks/route_text.h"
#include "gui/timeline/handoff_text.h"
#include "gui/timeline/task_tooltip.h"
#include "gui/timeline/timeline_view.h"

#include <cmath>

namespace sunrelay::gui
{

namespace
{

// "09:00 Berlin · 08:00 UTC": a member's local time and the reference's.
QString
bothZones(Instant instant, const TimeZone &zone, const TimeZone &reference, ClockStyle clock)
{
    return TimelineView::tr("%1 %2 · %3 %4")
        .arg(clockText(instant, zone, clock),
             zoneCity(zone),
             clockText(instant, reference, clock),
             zoneCity(reference));
}

QString instantKey(Instant t)
{
    return QString::number(t.time_since_epoch().count());
}

QRect spanRect(const TimelineItemsSource &source, const Interval &interval, const QRect &row)
{
    const int left = std::max(source.left, int(std::floor(source.x(interval.start))));
    const int right = std::min(source.right, int(std::ceil(source.x(interval.end))));
    return QRect(QPoint(left, row.top()), QPoint(std::max(left, right), row.bottom()));
}

QString rowName(const TimelineItemsSource &source, const TimelineRow &row)
{
    if (row.kind == RowKind::Region)
        return QString::fromStdString(source.plan.regions[row.index].name);
    // As the tooltip over a free stretch of the row: "Anna Schmidt, 14:00
    // (Europe/Berlin)".
    const Member &member = source.plan.members[row.index];
    return TimelineView::tr("%1, %2 (%3)")
        .arg(QString::fromStdString(member.name),
             clockText(source.now, member.zone, source.clock),
             QString::fromStdString(member.zone.name()));
}

QString rowDescription(const TimelineItemsSource &source, const TimelineRow &row)
{
    if (row.kind == RowKind::Member)
        //: Screen readers, a member's row on the timeline.
        return TimelineView::tr("Member row; Enter opens the member");
    return source.isExpanded(row.index)
        //: Screen readers, a region's row on the timeline, its members shown.
        ? TimelineView::tr("Region row, open; Enter folds it")
        //: Screen readers, a region's row on the timeline, its members hidden.
        : TimelineView::tr("Region row, folded; Enter opens it");
}

void addMemberBlocks(const TimelineItemsSource &source,
                     const TimelineRow &row,
                     const QRect &rect,
                     std::vector<PaintedItem> &items)
{
    const MemberSchedule &schedule = source.report.members[row.index];
    const std::string &id = source.plan.members[row.index].id;
    const auto add = [&](const IntervalSet &set, MemberBlock kind, const QString &prefix) {
        for (const Interval &block : set.intersecting(source.visible))
            items.push_back(paintedItemFromText(prefix + QString::fromStdString(id) + u':'
                                                    + instantKey(block.start),
                                                QAccessible::ListItem,
                                                memberBlockText(source.plan,
                                                                row.index,
                                                                kind,
                                                                block,
                                                                source.reference,
                                                                source.clock),
                                                spanRect(source, block, rect),
                                                3));
    };
    add(schedule.deepWork, MemberBlock::DeepWork, QStringLiteral("deep:"));
    add(schedule.comms, MemberBlock::Comms, QStringLiteral("comms:"));
}

void addHandoffs(const TimelineItemsSource &source,
                 const TimelineRow &row,
                 const QRect &rect,
                 std::vector<PaintedItem> &items)
{
    for (const Handoff &handoff : source.report.handoffs) {
        if (handoff.from != row.index || !source.visible.contains(handoff.at))
            continue;
        QString text =
            handoffText(source.plan, source.report, handoff, source.reference, source.clock);
        if (const QString passed = tasksPassedText(source.plan, source.routes.routes, handoff);
            !passed.isEmpty())
            text += u'\n' + passed;
        const int x = int(std::lround(source.x(handoff.at)));
        items.push_back(
            paintedItemFromText(QStringLiteral("handoff:%1:%2")
                                    .arg(QString::number(handoff.from), instantKey(handoff.at)),
                                QAccessible::ListItem,
                                text,
                                QRect(x - 6, rect.top(), 13, rect.height()),
                                2));
    }
}

} // namespace

QString memberBlockText(const Plan &plan,
                        std::size_t member,
                        MemberBlock kind,
                        const Interval &block,
                        const TimeZone &reference,
                        ClockStyle clock)
{
    const Member &who = plan.members[member];
    const QString name = QString::fromStdString(who.name);
    const QString start = bothZones(block.start, who.zone, reference, clock);
    const QString end = bothZones(block.end, who.zone, reference, clock);
    switch (kind) {
    case MemberBlock::DeepWork:
        return TimelineView::tr(
                   "%1: deep work, protected\n%2 – %3\n%4 – %5\nHandoffs, sync slots "
                   "and meetings must stay out of it.")
            .arg(name, start, end, dayText(block.start, who.zone), durationText(block.length()));
    case MemberBlock::Comms:
        //: Screen-reader text of a comms window on the timeline: %1 the member, %2 and %3 its
        //: start and end in the member's and the timeline's zone
        return TimelineView::tr("%1: comms window\n%2 – %3").arg(name, start, end);
    case MemberBlock::Work:
        break;
    }
    //: Screen-reader text of working hours on the timeline: %1 the member, %2 and %3 their start
    //: and end in the member's and the timeline's zone
    return TimelineView::tr("%1: working hours\n%2 – %3").arg(name, start, end);
}

QString rowItemKey(const Plan &plan, const TimelineRow &row)
{
    return row.kind == RowKind::Region
        ? QStringLiteral("region:") + QString::fromStdString(plan.regions[row.index].id)
        : QStringLiteral("member:") + QString::fromStdString(plan.members[row.index].id);
}

QString taskItemKey(const Plan &plan, const TaskBar &bar)
{
    return QStringLiteral("task:%1:%2")
        .arg(QString::fromStdString(plan.tasks[bar.task].id), QString::number(bar.segment));
}

std::vector<PaintedItem> timelineItems(const TimelineItemsSource &source)
{
    std::vector<PaintedItem> items;
    for (const TimelineRow &row : source.rows) {
        const QRect rect = source.rowRect(row);
        items.push_back({rowItemKey(source.plan, row),
                         QAccessible::ListItem,
                         rowName(source, row),
                         rowDescription(source, row),
                         rect});
        if (row.kind == RowKind::Member)
            addMemberBlocks(source, row, rect, items);
        else
            addHandoffs(source, row, rect, items);
    }
    // Gaps lie across the region rows; the first row stands for them.
    const QRect gapRow = source.rows.empty() ? QRect() : source.rowRect(source.rows.front());
    for (const Interval &gap : source.report.gaps.intersecting(source.visible)) {
        const QString text = TimelineView::tr("Gap: nobody covers for %1\n%2 – %3")
                                 .arg(durationText(gap.length()),
                                      dateTimeText(gap.start, source.reference, source.clock),
                                      dateTimeText(gap.end, source.reference, source.clock));
        items.push_back(paintedItemFromText(QStringLiteral("gap:") + instantKey(gap.start),
                                            QAccessible::ListItem,
                                            text,
                                            spanRect(source, gap, gapRow),
                                            2));
    }
    for (const TaskBar &bar : source.tasks.bars) {
        const QString text = taskTooltip(source.plan,
                                         source.routes,
                                         source.routeHandoffs,
                                         source.tasks,
                                         bar.rect.center(),
                                         source.reference,
                                         source.clock);
        items.push_back(paintedItemFromText(taskItemKey(source.plan, bar),
                                            QAccessible::ListItem,
                                            text,
                                            bar.rect.toAlignedRect(),
                                            2));
    }
    return items;
}

} // namespace sunrelay::gui
