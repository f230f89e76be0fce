#pragma once

// Routes as lines of text, for tst_routing and tst_route_cache: a result is
// printed and an expectation written in the same form, so QCOMPARE shows a
// readable difference.
//
//   task t1 start=2026-03-09T08:00Z finish=2026-03-09T20:00Z single=...
//     a/m2 2026-03-09T08:00Z/2026-03-09T16:00Z
//     a->b at 2026-03-09T16:00Z

#include "plan_builder.h"

#include "sunrelay/core/routing.h"

#include <QStringList>

namespace sunrelay::test
{

inline QStringList describe(const Plan &plan, const TaskRoute &route)
{
    const auto region = [&](std::size_t r) {
        return QString::fromStdString(plan.regions.at(r).id);
    };
    QStringList lines;
    lines << QStringLiteral("task %1 start=%2 finish=%3 single=%4")
                 .arg(QString::fromStdString(plan.tasks.at(route.task).id),
                      iso(route.start),
                      iso(route.finish),
                      iso(route.singleRegionFinish));
    for (const RouteSegment &s : route.segments)
        lines << QStringLiteral("  %1/%2 %3")
                     .arg(region(s.region),
                          QString::fromStdString(plan.members.at(s.member).id),
                          iso(s.interval));
    for (const RouteHandoff &h : route.handoffs)
        lines << QStringLiteral("  %1->%2 at %3").arg(region(h.from), region(h.to), iso(h.at));
    return lines;
}

// Expected lines for one task: its heading, then its segments and handoffs.
inline QStringList task(const char *id,
                        const char *start,
                        const char *finish,
                        const char *single,
                        const QStringList &segmentsAndHandoffs)
{
    QStringList lines{QStringLiteral("task %1 start=%2 finish=%3 single=%4")
                          .arg(QLatin1String(id),
                               QLatin1String(start),
                               QLatin1String(finish),
                               QLatin1String(single))};
    for (const QString &line : segmentsAndHandoffs)
        lines << QStringLiteral("  ") + line;
    return lines;
}

} // namespace sunrelay::test
