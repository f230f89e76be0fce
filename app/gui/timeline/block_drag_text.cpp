#include "gui/timeline/block_drag_text.h"

#include "gui/timeline/timeline_view.h"
#include "gui/week/week_text.h"

#include "sunrelay/core/local_time.h"

#include <QLocale>

namespace sunrelay::gui
{

namespace
{

// The only day of a one-day set.
std::optional<date::weekday> onlyDay(Weekdays days)
{
    const std::vector<date::weekday> all = days.days();
    return all.size() == 1 ? std::optional(all.front()) : std::nullopt;
}

// "Tuesday"
QString longDayName(date::weekday day)
{
    return QLocale().dayName(int(day.iso_encoding()), QLocale::LongFormat);
}

QString span(const QString &from, const QString &to)
{
    //: A span of clock times: "09:00–17:30"
    return TimelineView::tr("%1–%2").arg(from, to);
}

// "09:00–17:30 → 10:00–18:30", or "09:00–17:30" when it did not change.
QString change(const QString &before, const QString &after)
{
    //: While dragging a block of hours: old value → new value
    return before == after ? before : TimelineView::tr("%1 → %2").arg(before, after);
}

} // namespace

QString changedDaysText(Weekdays days, Qt::DayOfWeek firstDay)
{
    //: While dragging a block of hours with Alt: only this weekday changes; %1 is the weekday
    if (const auto day = onlyDay(days))
        return TimelineView::tr("%1 only").arg(
            QLocale().dayName(int(day->iso_encoding()), QLocale::ShortFormat));
    return week::formatDays(QLocale(), firstDay, days);
}

QString blockDragTooltip(const Member &original,
                         const BlockHit &hit,
                         const BlockEdit &edit,
                         DragDays asked,
                         const TimeZone &reference,
                         ClockStyle clock,
                         Qt::DayOfWeek firstDay)
{
    const WeeklyRange &before = patternOf(original, hit.layer).ranges[hit.rangeIndex];
    const WeeklyRange &after = patternOf(edit.member, hit.layer).ranges[edit.range];
    const auto referenceSpan = [&](Instant from, Instant to) {
        return span(clockText(from, reference, clock), clockText(to, reference, clock));
    };
    const QString local =
        change(span(minutesText(before.start, clock), minutesText(before.end, clock)),
               span(minutesText(after.start, clock), minutesText(after.end, clock)));
    const QString inReference =
        change(referenceSpan(hit.start, hit.end),
               referenceSpan(resolveLocalTime(original.zone, after.localStart(hit.date)).instant,
                             resolveLocalTime(original.zone, after.localEnd(hit.date)).instant));
    //: Label of a deep-work block being dragged, first in "Deep work, Mon–Fri: …"
    const QString deepWork = TimelineView::tr("Deep work");
    //: Label of a working-hours block being dragged, first in "Working hours, Mon–Fri: …"
    const QString workingHours = TimelineView::tr("Working hours");
    //: Tooltip while dragging a block: %1 "Deep work" or "Working hours", %2 the days changed,
    //: %3 the hours before → after in the member's zone, %4 that zone's city; next line %5 the
    //: same in the timeline's zone, %6 its city
    QString text = TimelineView::tr("%1, %2: %3 %4\n%5 %6")
                       .arg(hit.layer == BlockLayer::DeepWork ? deepWork : workingHours,
                            changedDaysText(edit.days, firstDay),
                            local,
                            zoneCity(original.zone),
                            inReference,
                            zoneCity(reference));
    // Only a range of several days can change one of them alone.
    if (!onlyDay(before.days)) {
        text += u'\n';
        text += asked == DragDays::WholeRange
            ? TimelineView::tr("Hold Alt to change %1 only").arg(longDayName(weekdayOf(hit)))
            : TimelineView::tr("Release Alt to change %1")
                  .arg(week::formatDays(QLocale(), firstDay, before.days));
    }
    return text;
}

QString blockDragStepText(const Member &member,
                          BlockLayer layer,
                          BlockGrip grip,
                          Weekdays days,
                          Qt::DayOfWeek firstDay)
{
    const QString name = QString::fromStdString(member.name);
    const bool moved = grip == BlockGrip::Body;
    const bool deep = layer == BlockLayer::DeepWork;
    if (const auto day = onlyDay(days)) {
        const QString dayName = longDayName(*day);
        if (moved)
            return (deep ? TimelineView::tr("Move %1's %2 deep work")
                         : TimelineView::tr("Move %1's %2 working hours"))
                .arg(name, dayName);
        return (deep ? TimelineView::tr("Resize %1's %2 deep work")
                     : TimelineView::tr("Resize %1's %2 working hours"))
            .arg(name, dayName);
    }
    const QString dayList = week::formatDays(QLocale(), firstDay, days);
    if (moved)
        return (deep ? TimelineView::tr("Move %1's deep work (%2)")
                     : TimelineView::tr("Move %1's working hours (%2)"))
            .arg(name, dayList);
    return (deep ? TimelineView::tr("Resize %1's deep work (%2)")
                 : TimelineView::tr("Resize %1's working hours (%2)"))
        .arg(name, dayList);
}

} // namespace sunrelay::gui
