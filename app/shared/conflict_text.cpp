#include "shared/conflict_text.h"

#include "shared/time_text.h"

#include <QCoreApplication>

namespace sunrelay::apptext
{

namespace
{
// The translation context of this file's words.
class Conflicts
{
    Q_DECLARE_TR_FUNCTIONS(Conflicts)
};
} // namespace

QString conflictKindKey(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::SyncSlotInDeepWork:
        return QStringLiteral("syncSlotInDeepWork");
    case ConflictKind::PickupInDeepWork:
        return QStringLiteral("pickupInDeepWork");
    case ConflictKind::ShortDeepWork:
        return QStringLiteral("shortDeepWork");
    case ConflictKind::CommsInDeepWork:
        return QStringLiteral("commsInDeepWork");
    case ConflictKind::DeepWorkOutsideHours:
        return QStringLiteral("deepWorkOutsideHours");
    case ConflictKind::LongGap:
        return QStringLiteral("longGap");
    case ConflictKind::MeetingInDeepWork:
        return QStringLiteral("meetingInDeepWork");
    }
    return {};
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString conflictMessage(const Plan &plan, const Conflict &conflict)
{
    const QString who =
        conflict.member ? QString::fromStdString(plan.members[*conflict.member].name) : QString();
    const QString length = formatDuration(conflict.interval.length());
    switch (conflict.kind) {
    case ConflictKind::SyncSlotInDeepWork:
        return Conflicts::tr("The sync slot falls inside %1's deep-work block.").arg(who);
    case ConflictKind::PickupInDeepWork:
        return Conflicts::tr(
                   "A handoff is picked up during %1's deep-work block, and nobody else on the "
                   "receiving side is free then.")
            .arg(who);
    case ConflictKind::ShortDeepWork:
        return Conflicts::tr("%1 has no deep-work block of at least %2 on this workday.")
            .arg(who, formatDuration(plan.policy.deepWorkMinimum));
    case ConflictKind::CommsInDeepWork:
        return Conflicts::tr("%1's comms window cuts %2 into a deep-work block.").arg(who, length);
    case ConflictKind::DeepWorkOutsideHours:
        return Conflicts::tr("%1 has %2 of deep work outside working hours.").arg(who, length);
    case ConflictKind::LongGap:
        return Conflicts::tr("Nobody covers for %1 (the limit is %2).")
            .arg(length, formatDuration(plan.policy.gapLimit));
    case ConflictKind::MeetingInDeepWork:
        return Conflicts::tr("A meeting from %1's calendar cuts %2 into a deep-work block.")
            .arg(who, length);
    }
    return {};
}

} // namespace sunrelay::apptext
