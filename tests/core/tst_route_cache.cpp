// RouteCache (route_cache.h): routes kept up to date across edits.
//
// The property tests apply hundreds of random edits (every kind a user can
// make: place, move, unplace, add, delete, change priority/effort/deadline,
// team and policy edits, reordering) to small hand-built plans and to
// benchmark-like plans, and after every edit compare the cache with
// routePlan, the independent whole-plan computation (its results are checked
// by hand in tst_routing.cpp). The hand-worked cases show which routes an
// edit re-routes and which it keeps; their expected routes are worked out on
// a timeline in the comments. 2026-03-09 is a Monday.

#include "plan_builder.h"

#include "../bench/synthetic_plan.h"

#include "sunrelay/core/route_cache.h"

#include "route_lines.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

using sunrelay::test::describe; // a task's route; the whole plan's below

QStringList describe(const Plan &plan, const PlanRoutes &routes)
{
    QStringList lines{QStringLiteral("horizon ") + iso(routes.horizon)};
    for (const TaskRoute &route : routes.routes)
        lines << describe(plan, route);
    return lines;
}

// The first place where two results differ, for a readable failure.
QString difference(const Plan &plan, const PlanRoutes &got, const PlanRoutes &expected)
{
    const QStringList a = describe(plan, got);
    const QStringList b = describe(plan, expected);
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = i < a.size() ? a[i] : QStringLiteral("(nothing)");
        const QString y = i < b.size() ? b[i] : QStringLiteral("(nothing)");
        if (x != y)
            return QStringLiteral("line %1: cache '%2', routePlan '%3'").arg(i).arg(x, y);
    }
    return QStringLiteral("(same text, different values: task indices?)");
}

// Region a, Etc/UTC: m1 Mon-Fri 08:00-12:00, m2 Mon-Fri 08:00-16:00; t1
// (priority 1, 12 h) and t2 (priority 2, 10 h) both placed Mon 08:00Z. As in
// tst_routing.cpp (memberWithTheLongestFreeTimeUnderContention):
//  - t1: m2 Mon 08-16 (free longest), m2 Tue 08-12: finish Tue 12:00Z;
//  - t2: m1 Mon 08-12, waits, m1 Tue 08-12, m2 Tue 12-14: finish Tue 14:00Z.
PlanBuilder contentionPlan()
{
    return PlanBuilder()
        .region("a")
        .member("m1", "a", "Etc/UTC", "mon-fri 08:00-12:00")
        .member("m2", "a", "Etc/UTC", "mon-fri 08:00-16:00")
        .task("t1", 12, 1, "2026-03-09T08:00Z", "a")
        .task("t2", 10, 2, "2026-03-09T08:00Z", "a");
}

const QStringList contentionRoutes =
    task("t1",
         "2026-03-09T08:00Z",
         "2026-03-10T12:00Z",
         "2026-03-10T12:00Z",
         {"a/m2 2026-03-09T08:00Z/2026-03-09T16:00Z", "a/m2 2026-03-10T08:00Z/2026-03-10T12:00Z"})
    + task("t2",
           "2026-03-09T08:00Z",
           "2026-03-10T14:00Z",
           "2026-03-10T10:00Z",
           {"a/m1 2026-03-09T08:00Z/2026-03-09T12:00Z",
            "a/m1 2026-03-10T08:00Z/2026-03-10T12:00Z",
            "a/m2 2026-03-10T12:00Z/2026-03-10T14:00Z"});

QStringList routesOf(const Plan &plan, const PlanRoutes &routes)
{
    QStringList lines;
    for (const TaskRoute &route : routes.routes)
        lines << describe(plan, route);
    return lines;
}

// Random edits of every kind a user makes, around a base date.
class Editor
{
public:
    Editor(std::uint32_t seed, Instant base, int days)
        : m_random(seed)
        , m_base(base)
        , m_days(days)
    {
    }

    int pick(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_random); }

    Instant someStart() { return m_base + Minutes{15 * pick(0, m_days * 24 * 4 - 1)}; }

    std::string someRegion(const Plan &plan)
    {
        return plan.regions.at(std::size_t(pick(0, int(plan.regions.size()) - 1))).id;
    }

    // A random edit; returns what it did, for failure messages.
    QString edit(Plan &plan)
    {
        const int kind = pick(0, 99);
        const auto anyTask = [&]() -> Task * {
            if (plan.tasks.empty())
                return nullptr;
            return &plan.tasks[std::size_t(pick(0, int(plan.tasks.size()) - 1))];
        };
        const auto placedTask = [&]() -> Task * {
            std::vector<Task *> placed;
            for (Task &t : plan.tasks)
                if (t.isPlaced())
                    placed.push_back(&t);
            if (placed.empty())
                return nullptr;
            return placed[std::size_t(pick(0, int(placed.size()) - 1))];
        };
        const auto name = [](const Task &t) {
            return QString::fromStdString(t.id);
        };
        if (kind < 12) { // drop a task (backlog or placed) somewhere
            Task *t = anyTask();
            if (!t)
                return QStringLiteral("nothing");
            t->start = someStart();
            t->region = someRegion(plan);
            return QStringLiteral("drop %1 at %2 in %3")
                .arg(name(*t), iso(*t->start), QString::fromStdString(*t->region));
        }
        if (kind < 27) { // move a placed task in time, by up to two days
            Task *t = placedTask();
            if (!t)
                return QStringLiteral("nothing");
            *t->start += Minutes{15 * pick(-192, 192)};
            return QStringLiteral("move %1 to %2").arg(name(*t), iso(*t->start));
        }
        if (kind < 35) { // move a placed task to another region
            Task *t = placedTask();
            if (!t)
                return QStringLiteral("nothing");
            t->region = someRegion(plan);
            return QStringLiteral("region of %1 to %2")
                .arg(name(*t), QString::fromStdString(*t->region));
        }
        if (kind < 42) { // unplace
            Task *t = placedTask();
            if (!t)
                return QStringLiteral("nothing");
            t->start.reset();
            t->region.reset();
            return QStringLiteral("unplace %1").arg(name(*t));
        }
        if (kind < 50) { // add a task, placed or in the backlog, anywhere in the list
            Task t{.id = "n" + std::to_string(m_next++),
                   .title = "new",
                   .effortHours = 0.25 * pick(1, 80),
                   .priority = pick(1, 5),
                   .start = std::nullopt,
                   .region = std::nullopt,
                   .deadline = std::nullopt,
                   .notes = {}};
            if (pick(0, 3) > 0) {
                t.start = someStart();
                t.region = someRegion(plan);
            }
            const auto at = plan.tasks.begin() + pick(0, int(plan.tasks.size()));
            const QString what = QStringLiteral("add %1").arg(name(t));
            plan.tasks.insert(at, std::move(t));
            return what;
        }
        if (kind < 56) { // delete a task
            if (plan.tasks.empty())
                return QStringLiteral("nothing");
            const auto at = plan.tasks.begin() + pick(0, int(plan.tasks.size()) - 1);
            const QString what = QStringLiteral("delete %1").arg(name(*at));
            plan.tasks.erase(at);
            return what;
        }
        if (kind < 64) { // priority
            Task *t = anyTask();
            if (!t)
                return QStringLiteral("nothing");
            t->priority = pick(1, 5);
            return QStringLiteral("priority of %1 to %2").arg(name(*t)).arg(t->priority);
        }
        if (kind < 72) { // effort
            Task *t = anyTask();
            if (!t)
                return QStringLiteral("nothing");
            t->effortHours = 0.25 * pick(1, 80);
            return QStringLiteral("effort of %1 to %2 h").arg(name(*t)).arg(t->effortHours);
        }
        if (kind < 75) { // deadline, title: nothing routes by them
            Task *t = anyTask();
            if (!t)
                return QStringLiteral("nothing");
            t->deadline = someStart();
            t->title += "!";
            return QStringLiteral("deadline of %1").arg(name(*t));
        }
        if (kind < 80) { // reorder plan.tasks
            std::shuffle(plan.tasks.begin(), plan.tasks.end(), m_random);
            return QStringLiteral("shuffle tasks");
        }
        if (kind < 83) { // a far drop: grows the horizon past the schedule's slack
            Task *t = anyTask();
            if (!t)
                return QStringLiteral("nothing");
            t->start = m_base + date::days{pick(30, 120)} + std::chrono::hours{pick(0, 23)};
            t->region = someRegion(plan);
            return QStringLiteral("far drop %1 at %2").arg(name(*t), iso(*t->start));
        }
        if (kind < 86) { // add a member
            plan.members.push_back(Member{.id = "nm" + std::to_string(m_next++),
                                          .name = "new",
                                          .region = someRegion(plan),
                                          .zone = zone(someZone()),
                                          .work = pattern(someWeek()),
                                          .deepWork = {},
                                          .comms = {},
                                          .timeOff = {}});
            return QStringLiteral("add member");
        }
        if (kind < 89) { // remove a member
            if (plan.members.size() <= 1)
                return QStringLiteral("nothing");
            plan.members.erase(plan.members.begin() + pick(0, int(plan.members.size()) - 1));
            return QStringLiteral("remove member");
        }
        if (kind < 93) { // a member's working week
            Member &m = plan.members.at(std::size_t(pick(0, int(plan.members.size()) - 1)));
            m.work = pattern(someWeek());
            return QStringLiteral("week of %1").arg(QString::fromStdString(m.id));
        }
        if (kind < 95) { // time off
            Member &m = plan.members.at(std::size_t(pick(0, int(plan.members.size()) - 1)));
            const LocalDate from =
                LocalDate{date::floor<date::days>(someStart()).time_since_epoch()};
            m.timeOff.push_back(DateRange{.from = from, .to = from + date::days{pick(0, 3)}});
            return QStringLiteral("time off for %1").arg(QString::fromStdString(m.id));
        }
        if (kind < 97) { // policy
            plan.policy.syncSlot = Minutes{15 * pick(1, 4)};
            return QStringLiteral("sync slot %1 min").arg(plan.policy.syncSlot.count());
        }
        // A member's name: nothing routes by it.
        Member &m = plan.members.at(std::size_t(pick(0, int(plan.members.size()) - 1)));
        m.name += "?";
        return QStringLiteral("rename %1").arg(QString::fromStdString(m.id));
    }

private:
    QString someZone()
    {
        static const char *const zones[] = {"Etc/UTC",
                                            "Europe/Berlin",
                                            "America/New_York",
                                            "Asia/Tokyo",
                                            "Asia/Kolkata",
                                            "Australia/Sydney",
                                            "Europe/London",
                                            "America/Denver"};
        return QLatin1String(zones[pick(0, 7)]);
    }
    QString someWeek()
    {
        static const char *const weeks[] = {"mon-fri 09:00-17:00",
                                            "mon-fri 08:00-12:00",
                                            "mon-thu 13:00-21:00",
                                            "tue-sat 22:00-06:00",
                                            "daily 10:00-14:00",
                                            "mon,wed,fri 07:00-15:30",
                                            "mon-fri 06:00-10:00; mon-fri 14:00-18:00"};
        return QLatin1String(weeks[pick(0, 6)]);
    }

    std::mt19937 m_random;
    Instant m_base;
    int m_days;
    int m_next = 0;
};

// Applies `edits` random edits, comparing the cache with routePlan after
// each; returns how many tasks the incremental updates re-routed in all,
// and how many placed tasks there were, summed.
void checkAgainstRoutePlan(Plan plan,
                           std::uint32_t seed,
                           Instant base,
                           int days,
                           int edits,
                           std::size_t *rerouted = nullptr,
                           std::size_t *placed = nullptr)
{
    Editor editor(seed, base, days);
    RouteCache cache;
    QStringList history;
    for (int i = 0; i <= edits; ++i) {
        if (i > 0)
            history << editor.edit(plan);
        const PlanRoutes &got = cache.update(plan);
        const PlanRoutes expected = routePlan(plan);
        if (!(got == expected))
            QFAIL(qPrintable(QStringLiteral("seed %1, after edit %2 (%3): %4\nedits: %5")
                                 .arg(seed)
                                 .arg(i)
                                 .arg(history.isEmpty() ? QString() : history.back(),
                                      difference(plan, got, expected),
                                      history.join(QStringLiteral("; ")))));
        QVERIFY(got == cache.routes());
        QCOMPARE(cache.schedule() != nullptr, routingHorizon(plan).has_value());
        if (!cache.lastRecomputedSchedule() && rerouted && placed) {
            *rerouted += cache.lastRerouted();
            *placed += expected.routes.size();
        }
    }
}

// Three regions in a few zones, members whose days overlap (shared hours
// make contention), and tasks from 2026-03-02 over three weeks, across the
// US and EU clock changes.
Plan smallPlan(std::uint32_t seed)
{
    PlanBuilder builder;
    builder.region("emea")
        .region("amer")
        .region("apac")
        .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:30")
        .member("erik", "emea", "Etc/UTC", "mon-fri 08:00-12:00; mon-fri 13:00-16:00")
        .member("ana", "amer", "America/New_York", "mon-fri 10:00-18:00")
        .member("bo", "amer", "America/Denver", "mon-thu 08:00-18:00")
        .member("kenji", "apac", "Asia/Tokyo", "mon-fri 09:00-17:00")
        .member("priya", "apac", "Asia/Kolkata", "mon-fri 10:00-18:30");
    std::mt19937 random(seed);
    const auto pick = [&](int from, int to) {
        return std::uniform_int_distribution<int>(from, to)(random);
    };
    const char *const regions[] = {"emea", "amer", "apac"};
    const Instant base = utc(QStringLiteral("2026-03-02T00:00Z"));
    Plan plan = builder.build();
    for (int i = 0; i < 24; ++i) {
        const bool placed = pick(0, 4) > 0;
        plan.tasks.push_back(
            Task{.id = "t" + std::to_string(i),
                 .title = "task",
                 .effortHours = 0.5 * pick(1, 40),
                 .priority = pick(1, 5),
                 .start = placed ? std::optional<Instant>(base + Minutes{30 * pick(0, 21 * 48)})
                                 : std::nullopt,
                 .region = placed ? std::optional<std::string>(regions[pick(0, 2)]) : std::nullopt,
                 .deadline = std::nullopt,
                 .notes = {}});
    }
    return plan;
}

} // namespace

class TestRouteCache : public QObject
{
    Q_OBJECT

private slots:
    void equalsRoutePlanAfterRandomEditsSmall_data();
    void equalsRoutePlanAfterRandomEditsSmall();
    void equalsRoutePlanAfterRandomEditsMedium();

    void aLowerPriorityDropKeepsTheEarlierRoutes();
    void aHigherPriorityDropShiftsTheTasksAfterIt();
    void aMoveWithinTheSlackKeepsTheSchedule();
    void aTeamEditRecomputesEverything();
    void noPlacedTaskNoSchedule();
    void aRepeatedIdIsStillRoutedLikeRoutePlan();
};

void TestRouteCache::equalsRoutePlanAfterRandomEditsSmall_data()
{
    QTest::addColumn<uint>("seed");
    for (uint seed : {1u, 2u, 3u, 4u, 5u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestRouteCache::equalsRoutePlanAfterRandomEditsSmall()
{
    QFETCH(uint, seed);
    checkAgainstRoutePlan(smallPlan(seed), seed, utc(QStringLiteral("2026-03-02T00:00Z")), 21, 150);
}

void TestRouteCache::equalsRoutePlanAfterRandomEditsMedium()
{
    // Like the benchmark plan, smaller: 30 members in 40 zones' worth of
    // offsets, 300 tasks over 20 days. Also checks that the edits re-route
    // far fewer tasks than there are (the point of the cache).
    const date::sys_days start = date::year{2026} / 3 / 2;
    std::size_t rerouted = 0;
    std::size_t placed = 0;
    checkAgainstRoutePlan(bench::syntheticPlan(30, 300, start, 20),
                          77,
                          Instant{start},
                          20,
                          60,
                          &rerouted,
                          &placed);
    if (QTest::currentTestFailed())
        return;
    qInfo("medium plan: incremental updates re-routed %zu of %zu placed tasks", rerouted, placed);
    QVERIFY(placed > 0);
    QVERIFY(rerouted * 3 < placed);
}

void TestRouteCache::aLowerPriorityDropKeepsTheEarlierRoutes()
{
    Plan plan = contentionPlan().task("t3", 2, 3, "", "").build();
    RouteCache cache;
    QCOMPARE(routesOf(plan, cache.update(plan)), contentionRoutes);
    QCOMPARE(cache.lastRerouted(), std::size_t{2});

    // t3 (priority 3, 2 h) dropped Mon 08:00Z, into the busiest time: served
    // last, it changes nothing t1 and t2 read, so only t3 is routed. Mon:
    // m2 has t1 08-16, m1 has t2 08-12 and stops: nothing. Tue: m2 has t1
    // 08-12 and t2 12-14, m1 has t2 08-12 and stops at 12: the first free
    // hour is m2's from 14:00Z: 14:00-16:00Z. Alone: Mon 08-10Z.
    plan.tasks[2].start = utc(QStringLiteral("2026-03-09T08:00Z"));
    plan.tasks[2].region = "a";
    QCOMPARE(routesOf(plan, cache.update(plan)),
             contentionRoutes
                 + task("t3",
                        "2026-03-10T14:00Z",
                        "2026-03-10T16:00Z",
                        "2026-03-09T10:00Z",
                        {"a/m2 2026-03-10T14:00Z/2026-03-10T16:00Z"}));
    QCOMPARE(cache.lastRerouted(), std::size_t{1});
    QVERIFY(!cache.lastRecomputedSchedule());

    // Moved to Wed 08:00Z, when nobody works on anything: m2 (free to 16:00,
    // longer than m1) 08-10Z. Still only t3 is routed.
    plan.tasks[2].start = utc(QStringLiteral("2026-03-11T08:00Z"));
    QCOMPARE(routesOf(plan, cache.update(plan)),
             contentionRoutes
                 + task("t3",
                        "2026-03-11T08:00Z",
                        "2026-03-11T10:00Z",
                        "2026-03-11T10:00Z",
                        {"a/m2 2026-03-11T08:00Z/2026-03-11T10:00Z"}));
    QCOMPARE(cache.lastRerouted(), std::size_t{1});
}

void TestRouteCache::aHigherPriorityDropShiftsTheTasksAfterIt()
{
    Plan plan = contentionPlan().task("t0", 4, 1, "", "").build();
    RouteCache cache;
    QCOMPARE(routesOf(plan, cache.update(plan)), contentionRoutes);

    // t0 (priority 1, 4 h) dropped Mon 08:00Z: ties t1 on priority and
    // start, "t0" < "t1", so it is served first and both others move.
    //  - t0: m1 free to 12:00, m2 to 16:00: m2 08-12Z. Finish Mon 12:00Z.
    //  - t1 (12 h): 08:00 only m1 is free: m1 08-12 (4 h); m1 stops, m2
    //    free 12-16 (8 h); Tue 08:00 m2 free to 16:00, longer than m1: m2
    //    08-12 (12 h). Finish Tue 12:00Z (alone: Tue 12:00Z too).
    //  - t2 (10 h): Mon: m1 t1 08-12, m2 t0 08-12 and t1 12-16: nothing.
    //    Tue: m2 has t1 until 12, m1 free: m1 08-12 (4 h); m2 12-16 (8 h);
    //    Wed 08:00 m2 free longest: m2 08-10 (10 h). First pickup Tue
    //    08:00Z, finish Wed 10:00Z.
    plan.tasks[2].start = utc(QStringLiteral("2026-03-09T08:00Z"));
    plan.tasks[2].region = "a";
    QCOMPARE(routesOf(plan, cache.update(plan)),
             task("t0",
                  "2026-03-09T08:00Z",
                  "2026-03-09T12:00Z",
                  "2026-03-09T12:00Z",
                  {"a/m2 2026-03-09T08:00Z/2026-03-09T12:00Z"})
                 + task("t1",
                        "2026-03-09T08:00Z",
                        "2026-03-10T12:00Z",
                        "2026-03-10T12:00Z",
                        {"a/m1 2026-03-09T08:00Z/2026-03-09T12:00Z",
                         "a/m2 2026-03-09T12:00Z/2026-03-09T16:00Z",
                         "a/m2 2026-03-10T08:00Z/2026-03-10T12:00Z"})
                 + task("t2",
                        "2026-03-10T08:00Z",
                        "2026-03-11T10:00Z",
                        "2026-03-10T10:00Z",
                        {"a/m1 2026-03-10T08:00Z/2026-03-10T12:00Z",
                         "a/m2 2026-03-10T12:00Z/2026-03-10T16:00Z",
                         "a/m2 2026-03-11T08:00Z/2026-03-11T10:00Z"}));
    QCOMPARE(cache.lastRerouted(), std::size_t{3});

    // Unplaced again: t1 and t2 read Monday's time t0 gave back, so both
    // are routed again, back to their first routes.
    plan.tasks[2].start.reset();
    plan.tasks[2].region.reset();
    QCOMPARE(routesOf(plan, cache.update(plan)), contentionRoutes);
    QCOMPARE(cache.lastRerouted(), std::size_t{2});

    // Dropped a week later (Mon 2026-03-16): t1 and t2 never read that
    // week, so only t0 is routed: m2 08-12Z.
    plan.tasks[2].start = utc(QStringLiteral("2026-03-16T08:00Z"));
    plan.tasks[2].region = "a";
    QCOMPARE(routesOf(plan, cache.update(plan)),
             task("t1",
                  "2026-03-09T08:00Z",
                  "2026-03-10T12:00Z",
                  "2026-03-10T12:00Z",
                  {"a/m2 2026-03-09T08:00Z/2026-03-09T16:00Z",
                   "a/m2 2026-03-10T08:00Z/2026-03-10T12:00Z"})
                 + task("t0",
                        "2026-03-16T08:00Z",
                        "2026-03-16T12:00Z",
                        "2026-03-16T12:00Z",
                        {"a/m2 2026-03-16T08:00Z/2026-03-16T12:00Z"})
                 + task("t2",
                        "2026-03-09T08:00Z",
                        "2026-03-10T14:00Z",
                        "2026-03-10T10:00Z",
                        {"a/m1 2026-03-09T08:00Z/2026-03-09T12:00Z",
                         "a/m1 2026-03-10T08:00Z/2026-03-10T12:00Z",
                         "a/m2 2026-03-10T12:00Z/2026-03-10T14:00Z"}));
    QCOMPARE(cache.lastRerouted(), std::size_t{1});
}

void TestRouteCache::aMoveWithinTheSlackKeepsTheSchedule()
{
    // The schedule reaches four weeks past withMargin(horizon): moving the
    // latest task a week later keeps it (the routes' cut moves with the
    // horizon all the same); two months later recomputes it.
    Plan plan = contentionPlan().build();
    RouteCache cache;
    cache.update(plan);
    QVERIFY(cache.lastRecomputedSchedule());
    const Instant firstEnd = cache.schedule()->horizon.end;

    plan.tasks[1].start = utc(QStringLiteral("2026-03-16T08:00Z"));
    QCOMPARE(cache.update(plan), routePlan(plan));
    QVERIFY(!cache.lastRecomputedSchedule());
    QCOMPARE(cache.routes().horizon.end, utc(QStringLiteral("2027-03-17T00:00Z")));
    QCOMPARE(cache.schedule()->horizon.end, firstEnd);

    plan.tasks[1].start = utc(QStringLiteral("2026-05-11T08:00Z"));
    QCOMPARE(cache.update(plan), routePlan(plan));
    QVERIFY(cache.lastRecomputedSchedule());
    QCOMPARE(cache.lastRerouted(), std::size_t{2});
    QVERIFY(cache.schedule()->horizon.contains(withMargin(cache.routes().horizon)));
}

void TestRouteCache::aTeamEditRecomputesEverything()
{
    // m1 now works Mon-Fri 08:00-16:00 too: t1 takes m1 (ties on free time:
    // member order) Mon 08-16 and Tue 08-12; t2 takes m2 Mon 08-16, Tue
    // 08-10. Both routed again, the schedule recomputed.
    Plan plan = contentionPlan().build();
    RouteCache cache;
    cache.update(plan);
    plan.members[0].work = pattern(QStringLiteral("mon-fri 08:00-16:00"));
    QCOMPARE(routesOf(plan, cache.update(plan)),
             task("t1",
                  "2026-03-09T08:00Z",
                  "2026-03-10T12:00Z",
                  "2026-03-10T12:00Z",
                  {"a/m1 2026-03-09T08:00Z/2026-03-09T16:00Z",
                   "a/m1 2026-03-10T08:00Z/2026-03-10T12:00Z"})
                 + task("t2",
                        "2026-03-09T08:00Z",
                        "2026-03-10T10:00Z",
                        "2026-03-10T10:00Z",
                        {"a/m2 2026-03-09T08:00Z/2026-03-09T16:00Z",
                         "a/m2 2026-03-10T08:00Z/2026-03-10T10:00Z"}));
    QVERIFY(cache.lastRecomputedSchedule());
    QCOMPARE(cache.lastRerouted(), std::size_t{2});

    // A member's name is not part of routing: nothing is routed again.
    plan.members[0].name = "Mia";
    cache.update(plan);
    QVERIFY(!cache.lastRecomputedSchedule());
    QCOMPARE(cache.lastRerouted(), std::size_t{0});
}

void TestRouteCache::noPlacedTaskNoSchedule()
{
    Plan plan = contentionPlan().build();
    RouteCache cache;
    QVERIFY(cache.schedule() == nullptr);
    QVERIFY(cache.routes().routes.empty());
    cache.update(plan);
    QVERIFY(cache.schedule() != nullptr);
    for (Task &t : plan.tasks)
        t.start.reset();
    QCOMPARE(cache.update(plan), PlanRoutes{});
    QVERIFY(cache.schedule() == nullptr);
    QVERIFY(cache.handoffs().empty());
    plan = contentionPlan().build();
    QCOMPARE(routesOf(plan, cache.update(plan)), contentionRoutes);
}

void TestRouteCache::aRepeatedIdIsStillRoutedLikeRoutePlan()
{
    // Ids should be unique, but a cache keyed by id must not go wrong when
    // they are not: it routes the whole plan then.
    Plan plan = contentionPlan().task("t1", 1, 3, "2026-03-11T08:00Z", "a").build();
    RouteCache cache;
    QCOMPARE(cache.update(plan), routePlan(plan));
    plan.tasks[2].start = utc(QStringLiteral("2026-03-09T08:00Z"));
    QCOMPARE(cache.update(plan), routePlan(plan));
    QCOMPARE(cache.lastRerouted(), std::size_t{3});
    plan.tasks[2].id = "t3";
    QCOMPARE(cache.update(plan), routePlan(plan));
    plan.tasks[2].start = utc(QStringLiteral("2026-03-10T08:00Z"));
    QCOMPARE(cache.update(plan), routePlan(plan));
}

QTEST_GUILESS_MAIN(TestRouteCache)
#include "tst_route_cache.moc"
