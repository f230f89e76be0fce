#pragma once

// Test helpers for lib/core: reading hand-written instants, local times and
// weekly patterns from short strings, printing results the same way, and
// building plans in a few lines.
//
// Expected values in the tests are written by hand as ISO strings
// ("2026-03-09T13:00Z") next to the calculation that gives them; results are
// printed in the same form so QCOMPARE shows readable differences.
//
// Pattern strings: "mon-fri 09:00-17:30; fri 22:00-06:00; sat,sun 10:00-12:00;
// daily 00:00-24:00" (days: mon..sun, a dash range, a comma list or "daily").

#include "sunrelay/core/conflict.h"
#include "sunrelay/core/coverage.h"
#include "sunrelay/core/handoff.h"
#include "sunrelay/core/local_time.h"
#include "sunrelay/core/plan.h"
#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace sunrelay::test
{

// "2026-03-09T13:00Z" or "2026-03-09T13:00:30Z".
inline Instant utc(const QString &text)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    char z = 0;
    const QByteArray bytes = text.toLatin1();
    if (std::sscanf(bytes.constData(), "%d-%d-%dT%d:%d:%d%c", &y, &mo, &d, &h, &mi, &s, &z) != 7) {
        s = 0;
        if (std::sscanf(bytes.constData(), "%d-%d-%dT%d:%d%c", &y, &mo, &d, &h, &mi, &z) != 6)
            qFatal("test data: bad instant '%s'", bytes.constData());
    }
    if (z != 'Z')
        qFatal("test data: instant without Z '%s'", bytes.constData());
    return date::sys_days{date::year{y} / mo / d} + std::chrono::hours{h} + std::chrono::minutes{mi}
    + std::chrono::seconds{s};
}

// "2026-03-08" -> the local date.
inline LocalDate day(const QString &text)
{
    int y = 0, mo = 0, d = 0;
    const QByteArray bytes = text.toLatin1();
    if (std::sscanf(bytes.constData(), "%d-%d-%d", &y, &mo, &d) != 3)
        qFatal("test data: bad date '%s'", bytes.constData());
    return LocalDate{date::year{y} / mo / d};
}

// "2026-03-08T02:30" -> a wall-clock reading.
inline LocalTime local(const QString &text)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    const QByteArray bytes = text.toLatin1();
    if (std::sscanf(bytes.constData(), "%d-%d-%dT%d:%d", &y, &mo, &d, &h, &mi) != 5)
        qFatal("test data: bad local time '%s'", bytes.constData());
    return LocalTime{LocalDate{date::year{y} / mo / d}} + std::chrono::hours{h}
    + std::chrono::minutes{mi};
}

// "09:30" -> 9 h 30 min; "24:00" is allowed.
inline Minutes clock(const QString &text)
{
    int h = 0, mi = 0;
    const QByteArray bytes = text.toLatin1();
    if (std::sscanf(bytes.constData(), "%d:%d", &h, &mi) != 2)
        qFatal("test data: bad clock time '%s'", bytes.constData());
    return std::chrono::hours{h} + Minutes{mi};
}

inline TimeZone zone(const QString &name)
{
    const auto found = TimeZone::find(name.toStdString());
    if (!found)
        qFatal("zone '%s' is missing from the system tz database", qPrintable(name));
    return *found;
}

inline date::weekday weekdayNamed(const QString &name)
{
    static const char *const names[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    for (unsigned i = 0; i < 7; ++i)
        if (name.trimmed().toLower() == QLatin1String(names[i]))
            return date::weekday{i};
    qFatal("test data: bad weekday '%s'", qPrintable(name));
}

inline Weekdays weekdays(const QString &text)
{
    Weekdays days;
    if (text.trimmed().toLower() == QLatin1String("daily")) {
        for (unsigned i = 0; i < 7; ++i)
            days.insert(date::weekday{i});
        return days;
    }
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QStringList ends = part.split(QLatin1Char('-'));
        if (ends.size() == 1) {
            days.insert(weekdayNamed(ends[0]));
            continue;
        }
        // A range such as mon-fri, in ISO order.
        const unsigned first = weekdayNamed(ends[0]).iso_encoding();
        const unsigned last = weekdayNamed(ends[1]).iso_encoding();
        for (unsigned iso = first; iso <= last; ++iso)
            days.insert(date::weekday{iso % 7});
    }
    return days;
}

inline WeeklyPattern pattern(const QString &text)
{
    WeeklyPattern result;
    for (const QString &item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() != 2)
            qFatal("test data: bad weekly range '%s'", qPrintable(item));
        const QStringList times = parts[1].split(QLatin1Char('-'));
        if (times.size() != 2)
            qFatal("test data: bad weekly range '%s'", qPrintable(item));
        result.ranges.push_back(WeeklyRange{.days = weekdays(parts[0]),
                                            .start = clock(times[0]),
                                            .end = clock(times[1])});
    }
    return result;
}

// --- printing -------------------------------------------------------------

inline QString iso(Instant t)
{
    const auto secs = date::floor<std::chrono::seconds>(t);
    const date::sys_days d = date::floor<date::days>(secs);
    const date::year_month_day ymd{d};
    const date::hh_mm_ss<std::chrono::seconds> tod{secs - d};
    QString text = QString::asprintf("%04d-%02u-%02uT%02d:%02d",
                                     int(ymd.year()),
                                     unsigned(ymd.month()),
                                     unsigned(ymd.day()),
                                     int(tod.hours().count()),
                                     int(tod.minutes().count()));
    if (tod.seconds().count() != 0)
        text += QString::asprintf(":%02d", int(tod.seconds().count()));
    return text + QLatin1Char('Z');
}

inline QString iso(const Interval &interval)
{
    return iso(interval.start) + QLatin1Char('/') + iso(interval.end);
}

inline QString iso(const std::optional<Interval> &interval)
{
    return interval ? iso(*interval) : QStringLiteral("none");
}

inline QString iso(const std::optional<Instant> &t)
{
    return t ? iso(*t) : QStringLiteral("none");
}

inline QStringList isoList(const IntervalSet &set)
{
    QStringList result;
    for (const Interval &interval : set.intervals())
        result << iso(interval);
    return result;
}

inline QString minutesText(Seconds s)
{
    if (s.count() % 60 != 0)
        return QString::number(s.count()) + QStringLiteral("s");
    return QString::number(s.count() / 60) + QStringLiteral("min");
}

// "emea->amer overlap at=... pickup=... overlap=150min wait=0min slot=..."
inline QString describe(const Plan &plan, const Handoff &h)
{
    return QStringLiteral("%1->%2 %3 at=%4 pickup=%5 overlap=%6 wait=%7 slot=%8")
        .arg(QString::fromStdString(plan.regions.at(h.from).id),
             QString::fromStdString(plan.regions.at(h.to).id),
             h.kind == HandoffKind::Overlap ? QStringLiteral("overlap") : QStringLiteral("gap"),
             iso(h.at),
             iso(h.pickup),
             minutesText(h.overlap),
             minutesText(h.wait),
             iso(h.syncSlot));
}

inline QStringList describe(const Plan &plan, const std::vector<Handoff> &handoffs)
{
    QStringList result;
    for (const Handoff &h : handoffs)
        result << describe(plan, h);
    return result;
}

inline QString regionIds(const Plan &plan, const std::vector<std::size_t> &regions)
{
    QStringList ids;
    for (const std::size_t r : regions)
        ids << QString::fromStdString(plan.regions.at(r).id);
    return ids.join(QLatin1Char('+'));
}

// "emea+amer 2026-03-09T14:00Z/2026-03-09T16:30Z"
inline QStringList describe(const Plan &plan, const std::vector<Overlap> &overlaps)
{
    QStringList result;
    for (const Overlap &o : overlaps)
        result << regionIds(plan, o.regions) + QLatin1Char(' ') + iso(o.interval);
    return result;
}

// --- building plans --------------------------------------------------------

class PlanBuilder
{
public:
    PlanBuilder &region(const std::string &id)
    {
        m_plan.regions.push_back(Region{.id = id, .name = id, .color = "#000000"});
        return *this;
    }

    PlanBuilder &member(const std::string &id,
                        const std::string &region,
                        const QString &zoneName,
                        const QString &work,
                        const QString &deepWork = {},
                        const QString &comms = {})
    {
        m_plan.members.push_back(Member{.id = id,
                                        .name = id,
                                        .region = region,
                                        .zone = zone(zoneName),
                                        .work = pattern(work),
                                        .deepWork = pattern(deepWork),
                                        .comms = pattern(comms),
                                        .timeOff = {}});
        return *this;
    }

    // Time off for the member added last, local dates inclusive.
    PlanBuilder &timeOff(const QString &from, const QString &to)
    {
        m_plan.members.back().timeOff.push_back(DateRange{.from = day(from), .to = day(to)});
        return *this;
    }

    PlanBuilder &task(const std::string &id,
                      double effortHours,
                      int priority,
                      const QString &start,
                      const std::string &region)
    {
        Task task{.id = id,
                  .title = id,
                  .effortHours = effortHours,
                  .priority = priority,
                  .start = std::nullopt,
                  .region = std::nullopt,
                  .deadline = std::nullopt,
                  .notes = {}};
        if (!start.isEmpty())
            task.start = utc(start);
        if (!region.empty())
            task.region = region;
        m_plan.tasks.push_back(task);
        return *this;
    }

    PlanBuilder &syncSlot(Minutes length)
    {
        m_plan.policy.syncSlot = length;
        return *this;
    }
    PlanBuilder &deepWorkMinimum(Minutes length)
    {
        m_plan.policy.deepWorkMinimum = length;
        return *this;
    }
    PlanBuilder &gapLimit(Minutes length)
    {
        m_plan.policy.gapLimit = length;
        return *this;
    }

    Plan build() const { return m_plan; }
    operator Plan() const { return m_plan; }

private:
    Plan m_plan;
};

inline Interval span(const QString &from, const QString &to)
{
    return Interval{utc(from), utc(to)};
}

} // namespace sunrelay::test

Q_DECLARE_METATYPE(sunrelay::Plan)
Q_DECLARE_METATYPE(sunrelay::Interval)
