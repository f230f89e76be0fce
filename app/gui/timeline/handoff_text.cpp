#include "gui/timeline/handoff_text.h"

#include "gui/timeline/timeline_view.h"

#include <QStringList>

namespace sunrelay::gui
{

namespace
{

// Why this receiver (handoff.h): the region that worked alongside the
// sender longest, or, across a gap, the first one back.
QString receiverReason(const Handoff &handoff,
                       const Region &a,
                       const Region &b,
                       const TimeZone &reference,
                       ClockStyle clock)
{
    if (handoff.kind == HandoffKind::Gap)
        return TimelineView::tr(
                   "Waits %1 in a gap, until %2 %3: %4 is the first region "
                   "back")
            .arg(durationText(handoff.wait),
                 //: A day and a clock time: "Tue 09:00"
                 TimelineView::tr("%1 %2").arg(dayText(handoff.pickup, reference),
                                               clockText(handoff.pickup, reference, clock)),
                 zoneCity(reference),
                 QString::fromStdString(b.name));
    if (handoff.overlap > Seconds{0})
        return TimelineView::tr("Overlap of %1: %2 worked alongside %3 longest")
            .arg(durationText(handoff.overlap),
                 QString::fromStdString(b.name),
                 QString::fromStdString(a.name));
    return TimelineView::tr("No overlap: %1 starts as %2 stops")
        .arg(QString::fromStdString(b.name), QString::fromStdString(a.name));
}

// The sync slot in each of `zones` (the sender's, the receiver's, the
// reference), once each; empty for a gap handoff.
QString syncSlotText(const Handoff &handoff, const std::vector<TimeZone> &zones, ClockStyle clock)
{
    if (!handoff.syncSlot) {
        return handoff.kind == HandoffKind::Overlap
            ? TimelineView::tr("No sync slot: async handoff with a written note")
            : QString();
    }
    const Interval slot = *handoff.syncSlot;
    QStringList parts;
    for (const TimeZone &zone : zones) {
        //: A sync slot in one zone: "13:00–13:15 Berlin"
        const QString part = TimelineView::tr("%1–%2 %3")
                                 .arg(clockText(slot.start, zone, clock),
                                      clockText(slot.end, zone, clock),
                                      zoneCity(zone));
        if (!parts.contains(part))
            parts << part;
    }
    //: Handoff tooltip: the live meeting slot; %1 is its times in each region
    return TimelineView::tr("Sync slot %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace

QString handoffText(const Plan &plan,
                    const ScheduleReport &report,
                    const Handoff &handoff,
                    const TimeZone &reference,
                    ClockStyle clock)
{
    // A time on another day than the heading's (a pickup after a weekend, or
    // a zone already in tomorrow) names its day.
    const auto when = [&](Instant instant, const TimeZone &zone) {
        const bool sameDay = dayText(instant, zone) == dayText(handoff.at, reference);
        return sameDay ? clockText(instant, zone, clock)
                       //: A day and a clock time: "Tue 09:00"
                       : TimelineView::tr("%1 %2").arg(dayText(instant, zone),
                                                       clockText(instant, zone, clock));
    };
    const auto both = [&](Instant instant, const TimeZone &zone) {
        //: A time in a member's zone and in the reference zone: "09:00 Berlin · 08:00 UTC"
        return TimelineView::tr("%1 %2 · %3 %4")
            .arg(when(instant, zone),
                 zoneCity(zone),
                 when(instant, reference),
                 zoneCity(reference));
    };
    const Region &a = plan.regions[handoff.from];
    const Region &b = plan.regions[handoff.to];
    const auto sender =
        report.schedule.shifts[handoff.from].membersIn({handoff.at - Seconds{1}, handoff.at});
    const auto receiver =
        report.schedule.shifts[handoff.to].membersIn({handoff.pickup, handoff.pickup + Seconds{1}});
    // The date it happens, in the reference zone: "Waits 2 d" says nothing
    // without it.
    //: Handoff tooltip, first line: %1 the region handing off, %2 the region taking over, %3 the
    //: day: "Handoff EMEA → AMER, Mon 2 Nov"
    QString text = TimelineView::tr("Handoff %1 → %2, %3")
                       .arg(QString::fromStdString(a.name),
                            QString::fromStdString(b.name),
                            dayText(handoff.at, reference));
    //: Handoff tooltip: %1 is the region handing off, %2 the time it leaves in both zones
    if (!sender.empty())
        text += u'\n'
            + TimelineView::tr("Leaves %1: %2")
                  .arg(QString::fromStdString(a.name),
                       both(handoff.at, plan.members[sender.front()].zone));
    if (!receiver.empty())
        text += u'\n'
            + TimelineView::tr("Picked up in %1: %2")
                  .arg(QString::fromStdString(b.name),
                       both(handoff.pickup, plan.members[receiver.front()].zone));
    text += u'\n' + receiverReason(handoff, a, b, reference, clock);
    std::vector<TimeZone> slotZones;
    if (!sender.empty())
        slotZones.push_back(plan.members[sender.front()].zone);
    if (!receiver.empty())
        slotZones.push_back(plan.members[receiver.front()].zone);
    slotZones.push_back(reference);
    if (const QString slot = syncSlotText(handoff, slotZones, clock); !slot.isEmpty())
        text += u'\n' + slot;
    return text;
}

} // namespace sunrelay::gui
