#pragma once

// Shared by the app/gui tests (tst_timeline_geometry, tst_models,
// tst_plan_document, tst_timeline_view, tst_main_window): readable QCOMPARE
// output for instants and intervals, a short way to write an instant, and the
// demo plan read from its JSON.
//
// No Q_OBJECT here, so moc never reads this file.

#include "sunrelay/core/interval.h"
#include "sunrelay/core/plan.h"
#include "sunrelay/exchange/plan_json.h"

#include <QFile>
#include <QTest>

#include <date/date.h>

#include <chrono>
#include <string>

namespace QTest
{
// "2026-11-30T14:00:00Z" instead of an opaque time_point in failure messages.
template<>
inline char *toString(const sunrelay::Instant &instant)
{
    return qstrdup(date::format("%FT%TZ", instant).c_str());
}
// A time of day in minutes as "15:37 (937 min)".
template<>
inline char *toString(const sunrelay::Minutes &minutes)
{
    const auto m = minutes.count();
    return qstrdup(QStringLiteral("%1:%2 (%3 min)")
                       .arg(m / 60, 2, 10, QLatin1Char('0'))
                       .arg(m % 60, 2, 10, QLatin1Char('0'))
                       .arg(m)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

namespace sunrelay
{
// Found by argument-dependent lookup from QCOMPARE.
inline char *toString(const Interval &interval)
{
    return qstrdup(
        (date::format("[%FT%TZ, ", interval.start) + date::format("%FT%TZ)", interval.end))
            .c_str());
}
} // namespace sunrelay

namespace sunrelay::guitest
{

// The UTC instant year-month-day hour:minute:second.
inline Instant
utc(int year, unsigned month, unsigned day, int hour = 0, int minute = 0, int second = 0)
{
    return date::sys_days{date::year{year} / month / day} + std::chrono::hours{hour}
    + std::chrono::minutes{minute} + std::chrono::seconds{second};
}

// A wall-clock time of day as minutes after midnight (a WeeklyRange end).
inline Minutes clock(int hour, int minute = 0)
{
    return Minutes{hour * 60 + minute};
}

// The demo plan of resources/demo, read like `sunrelay-cli import` reads it.
inline Plan demoPlan()
{
    QFile file(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo plan: %s", qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();
    auto plan = exchange::readPlanJson(std::string_view(bytes.constData(), bytes.size()));
    if (!plan)
        qFatal("the demo plan does not read: %s", plan.error().message().c_str());
    return plan.value();
}

} // namespace sunrelay::guitest
