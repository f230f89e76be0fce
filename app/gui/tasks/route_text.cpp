#include "gui/tasks/route_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace sunrelay::gui
{

namespace
{
class Words
{
    Q_DECLARE_TR_FUNCTIONS(RouteText)
};

QString name(const std::string &text)
{
    return QString::fromStdString(text);
}

// "09:00–17:00" on the day of `from`, with the end's day when it differs.
QString span(Instant from, Instant to, const TimeZone &zone, ClockStyle clock)
{
    const bool sameDay = dayText(from, zone) == dayText(to - Seconds{1}, zone);
    return sameDay
        //: A span of clock times on one day: "09:00–12:00"
        ? Words::tr("%1–%2").arg(clockText(from, zone, clock), clockText(to, zone, clock))
        //: A span of clock times ending on another day: "22:00–Tue 02:00"
        : Words::tr("%1–%2 %3")
              .arg(clockText(from, zone, clock), dayText(to, zone), clockText(to, zone, clock));
}

// Who stops and who picks up a handoff, each in their own zone: one whole
// sentence for each case, so translators can order it as their language needs.
QString senderReceiverLine(const Plan &plan,
                           const RouteHandoff &handoff,
                           const RouteSegment &before,
                           const RouteSegment *after,
                           ClockStyle clock)
{
    const Member &sender = plan.members[before.member];
    const QString stops = clockText(before.interval.end, sender.zone, clock);
    if (!after)
        //: Task route: %1 is the member handing over, %2 the clock time, %3 the city of their zone
        return Words::tr("%1 stops %2 %3").arg(name(sender.name), stops, zoneCity(sender.zone));
    const Member &receiver = plan.members[after->member];
    const Instant pickup = after->interval.start;
    const bool sameDay = dayText(pickup, receiver.zone) == dayText(handoff.at, receiver.zone);
    //: A day and a clock time: "Tue 09:00"
    const QString pickupDay = Words::tr("%1 %2").arg(dayText(pickup, receiver.zone),
                                                     clockText(pickup, receiver.zone, clock));
    const QString picksUp = sameDay ? clockText(pickup, receiver.zone, clock) : pickupDay;
    if (pickup <= handoff.at)
        //: Task route: %1 stops at %2 (clock time) in %3 (city); %4 picks up at %5 (a clock time,
        //: or a day and a clock time) in %6 (city): "Ana stops 17:00 Berlin; Raj picks up 21:30
        //: Bengaluru"
        return Words::tr("%1 stops %2 %3; %4 picks up %5 %6")
            .arg(name(sender.name),
                 stops,
                 zoneCity(sender.zone),
                 name(receiver.name),
                 picksUp,
                 zoneCity(receiver.zone));
    //: Task route: as "%1 stops %2 %3; %4 picks up %5 %6", when the task waits in between; %7
    //: is how long it waits ("2 h 30 min")
    return Words::tr("%1 stops %2 %3; %4 picks up %5 %6 (waits %7)")
        .arg(name(sender.name),
             stops,
             zoneCity(sender.zone),
             name(receiver.name),
             picksUp,
             zoneCity(receiver.zone),
             durationText(pickup - handoff.at));
}
} // namespace

QString segmentText(const Plan &plan,
                    const RouteSegment &segment,
                    const TimeZone &reference,
                    ClockStyle clock)
{
    const Member &member = plan.members[segment.member];
    const Interval &i = segment.interval;
    //: One leg of a task's route: member · day, span and city in the member's zone · span and
    //: city in the reference zone: "Ana · Mon 09:00–12:00 Berlin · 08:00–11:00 UTC"
    return Words::tr("%1 · %2 %3 %4 · %5 %6")
        .arg(name(member.name),
             dayText(i.start, member.zone),
             span(i.start, i.end, member.zone, clock),
             zoneCity(member.zone),
             span(i.start, i.end, reference, clock),
             zoneCity(reference));
}

std::optional<Handoff> regionHandoff(const std::vector<Handoff> &handoffs,
                                     const RouteHandoff &handoff)
{
    auto it = std::partition_point(handoffs.begin(), handoffs.end(), [&](const Handoff &h) {
        return h.at < handoff.at;
    });
    for (; it != handoffs.end() && it->at == handoff.at; ++it)
        if (it->from == handoff.from && it->to == handoff.to)
            return *it;
    return std::nullopt;
}

QString routeHandoffText(const Plan &plan,
                         const TaskRoute &route,
                         std::size_t index,
                         const std::optional<Handoff> &regionSide,
                         const TimeZone &reference,
                         ClockStyle clock)
{
    const RouteHandoff &handoff = route.handoffs[index];
    //: Task route, handoff line: %1 region handing off, %2 region taking over, %3 date and time
    QString text = Words::tr("%1 → %2 · %3")
                       .arg(name(plan.regions[handoff.from].name),
                            name(plan.regions[handoff.to].name),
                            dateTimeText(handoff.at, reference, clock));
    // The sender is whoever worked the task last before the handoff, the
    // receiver whoever works it first after.
    const RouteSegment *before = nullptr;
    const RouteSegment *after = nullptr;
    for (const RouteSegment &segment : route.segments) {
        if (segment.interval.end <= handoff.at)
            before = &segment;
        else if (!after && segment.interval.start >= handoff.at)
            after = &segment;
    }
    if (before)
        text += u'\n' + senderReceiverLine(plan, handoff, *before, after, clock);
    if (regionSide && regionSide->syncSlot && before && after) {
        const Interval slot = *regionSide->syncSlot;
        const TimeZone &a = plan.members[before->member].zone;
        const TimeZone &b = plan.members[after->member].zone;
        //: Task route: the live meeting; %1 and %3 its times in two zones, %2 and %4 those zones'
        //: cities
        text += u'\n'
            + Words::tr("Sync slot %1 %2 · %3 %4")
                  .arg(span(slot.start, slot.end, a, clock),
                       zoneCity(a),
                       span(slot.start, slot.end, b, clock),
                       zoneCity(b));
    } else {
        text += u'\n' + Words::tr("Async only: no time both sides can meet; leave a written note");
    }
    return text;
}

QString noteLine(const Plan &plan, const TaskRoute &route, std::size_t index)
{
    const std::string_view note = handoffNote(plan.tasks[route.task], int(index) + 1);
    QStringList lines =
        QString::fromUtf8(note.data(), qsizetype(note.size())).split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines.join(QStringLiteral(" · "));
}

QString
tasksPassedText(const Plan &plan, const std::vector<TaskRoute> &routes, const Handoff &handoff)
{
    QStringList lines;
    for (const TaskRoute &route : routes)
        for (std::size_t h = 0; h < route.handoffs.size(); ++h) {
            const RouteHandoff &passed = route.handoffs[h];
            if (passed.at != handoff.at || passed.from != handoff.from || passed.to != handoff.to)
                continue;
            const Task &task = plan.tasks[route.task];
            const QString note = noteLine(plan, route, h);
            //: A task's id and title: "T-1 Release notes"
            const QString label = Words::tr("%1 %2").arg(name(task.id), name(task.title));
            //: A task and a note on its handoff: "T-1 Release notes — waits 2 h"
            lines << (note.isEmpty() ? label : Words::tr("%1 — %2").arg(label, note));
        }
    if (lines.isEmpty())
        return {};
    //: Task route: heading of the list of handoffs the task passes through
    return Words::tr("Passes on:") + u'\n' + lines.join(u'\n');
}

QString finishText(const Plan &plan,
                   const TaskRoute &route,
                   const Interval &horizon,
                   const TimeZone &reference,
                   ClockStyle clock)
{
    const Task &task = plan.tasks[route.task];
    const auto region = plan.regionIndex(*task.region);
    const QString alone = region ? name(plan.regions[*region].name) : name(*task.region);
    if (!route.finish)
        return Words::tr("Not finished by %1, the end of the routing horizon.")
            .arg(dateTimeText(horizon.end, reference, clock));
    const QString finish = dateTimeText(*route.finish, reference, clock);
    if (!route.singleRegionFinish)
        return Words::tr("Finishes %1; %2 alone would not finish within a year.")
            .arg(finish, alone);
    const Instant single = *route.singleRegionFinish;
    if (*route.finish < single)
        return Words::tr("Finishes %1: follow-the-sun finishes %2 sooner than %3 alone (%4).")
            .arg(finish,
                 durationText(single - *route.finish),
                 alone,
                 dateTimeText(single, reference, clock));
    if (*route.finish > single)
        return Words::tr(
                   "Finishes %1. %2 alone would finish %3 sooner (%4): tasks served first "
                   "held members this one needed.")
            .arg(finish,
                 alone,
                 durationText(*route.finish - single),
                 dateTimeText(single, reference, clock));
    return Words::tr("Finishes %1, as %2 alone would.").arg(finish, alone);
}

} // namespace sunrelay::gui
