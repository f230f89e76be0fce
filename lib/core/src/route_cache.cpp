#include "sunrelay/core/route_cache.h"

#include "router.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace sunrelay
{

namespace
{

// Room around withMargin(horizon) so drops a little before the earliest or
// after the latest start reuse the schedule (4 weeks cost the expansion
// about 8% on a 425-day horizon).
constexpr date::days scheduleSlack{28};

constexpr std::size_t noSlot = std::numeric_limits<std::size_t>::max();

// The parts of the team that the schedule and handoffs depend on: not names,
// colours or imported busy times.
bool sameForRouting(const Region &a, const Region &b)
{
    return a.id == b.id && a.holidays == b.holidays;
}

bool sameForRouting(const Member &a, const Member &b)
{
    return a.id == b.id && a.region == b.region && a.zone == b.zone && a.work == b.work
        && a.deepWork == b.deepWork && a.comms == b.comms && a.timeOff == b.timeOff;
}

template<class T>
bool sameForRouting(const std::vector<T> &a, const std::vector<T> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const T &x, const T &y) {
        return sameForRouting(x, y);
    });
}

// Where a task stands in the service order: priority, start, id.
struct ServiceKey {
    int priority = 0;
    Instant start;
    std::string_view id;
};

bool servedBefore(const ServiceKey &a, const ServiceKey &b)
{
    if (a.priority != b.priority)
        return a.priority < b.priority;
    if (a.start != b.start)
        return a.start < b.start;
    return a.id < b.id;
}

// What is kept of a routed task between updates (its route is
// State::routes.routes[rank]).
struct TaskState {
    std::string id;
    // The inputs its route depends on.
    int priority = 0;
    Instant start;
    std::string region;
    Seconds effort{0};

    std::size_t rank = 0; // position in the service order
    detail::RouteReads reads; // what its route read

    // Bookkeeping during an update.
    std::size_t slot = noSlot; // its rank in the previous update, noSlot if new
    std::uint64_t seenIn = 0; // the last update whose plan has it placed

    ServiceKey key() const { return {priority, start, id}; }
    bool sameInputs(const Task &task) const
    {
        return priority == task.priority && start == *task.start && region == *task.region
            && effort == task.effort();
    }
    void takeInputs(const Task &task)
    {
        priority = task.priority;
        start = *task.start;
        region = *task.region;
        effort = task.effort();
    }
};

// One member's time taken by one task, with the task's service key (kept
// here, not behind a pointer: comparing keys is the inner loop).
struct Booking {
    Interval interval;
    int priority = 0;
    Instant start;
    const std::string *id = nullptr;

    bool servedBefore(const ServiceKey &key) const
    {
        if (priority != key.priority)
            return priority < key.priority;
        if (start != key.start)
            return start < key.start;
        return *id < key.id;
    }
};

using MemberBookings = std::vector<std::vector<Booking>>; // per member, sorted by start

bool startsBefore(const Booking &a, const Booking &b)
{
    return a.interval.start < b.interval.start;
}

// The free time of the members as left by the tasks served before the one
// being routed (key `m_key`): the bookings kept from the last update by tasks
// served earlier, plus the bookings made in this update so far (all by tasks
// served earlier). Kept bookings that no longer hold (of removed, changed and
// re-routed tasks) are taken out of the kept lists as soon as that is known.
// Each of the two lists is non-overlapping per member; together they may
// overlap, but never in what counts for the task being routed.
class RankedFreeTime
{
public:
    RankedFreeTime(const TeamSchedule &schedule, const MemberBookings &kept, MemberBookings &added)
        : m_schedule(schedule)
        , m_kept(kept)
        , m_added(added)
    {
    }

    // The task about to be routed.
    void setTask(const TaskState *task)
    {
        m_task = task;
        m_key = task->key();
    }

    std::optional<detail::Pick> pick(std::size_t region, Instant t, Instant end) const
    {
        // Each member's first free instant; the earliest wins, and among the
        // members free then, the longest free run. Shifts come by start, so
        // one starting after the earliest found cannot be free by then.
        std::optional<detail::Pick> best;
        for (const Shift &shift : m_schedule.shifts[region].candidates({t, end})) {
            if (best && shift.interval.start > best->at)
                break;
            if (shift.interval.end <= t)
                continue;
            const Instant limit = std::min(shift.interval.end, end);
            const auto at = firstFreeOf(shift.member, std::max(t, shift.interval.start), limit);
            if (!at || (best && *at > best->at))
                continue;
            const detail::Pick candidate{*at,
                                         shift.member,
                                         nextBookingStart(shift.member, *at, shift.interval.end)};
            if ((best && *at < best->at) || detail::betterPick(candidate, best))
                best = candidate;
        }
        return best;
    }

    void book(std::size_t, std::size_t member, const Interval &interval)
    {
        std::vector<Booking> &list = m_added[member];
        const Booking booking{interval, m_task->priority, m_task->start, &m_task->id};
        list.insert(std::upper_bound(list.begin(), list.end(), booking, startsBefore), booking);
    }

private:
    bool counts(const Booking &kept) const { return kept.servedBefore(m_key); }

    // The last booking of `list` starting at or before `t`, if it holds `t`.
    static const Booking *holding(const std::vector<Booking> &list, Instant t)
    {
        auto it = std::partition_point(list.begin(), list.end(), [t](const Booking &b) {
            return b.interval.start <= t;
        });
        if (it == list.begin())
            return nullptr;
        --it;
        return it->interval.end > t ? &*it : nullptr;
    }

    // The end of the counting booking of `member` that holds `t`, if any.
    std::optional<Instant> bookedUntil(std::size_t member, Instant t) const
    {
        if (const Booking *added = holding(m_added[member], t))
            return added->interval.end;
        const Booking *kept = holding(m_kept[member], t);
        if (kept && counts(*kept))
            return kept->interval.end;
        return std::nullopt;
    }

    // The start of the first counting booking of `member` after `t` (which
    // no counting booking holds), or `limit` if none starts before it.
    Instant nextBookingStart(std::size_t member, Instant t, Instant limit) const
    {
        const auto after = [t](const Booking &b) {
            return b.interval.start <= t;
        };
        const auto &added = m_added[member];
        const auto a = std::partition_point(added.begin(), added.end(), after);
        if (a != added.end())
            limit = std::min(limit, a->interval.start);
        const auto &kept = m_kept[member];
        for (auto k = std::partition_point(kept.begin(), kept.end(), after);
             k != kept.end() && k->interval.start < limit;
             ++k)
            if (counts(*k))
                return k->interval.start;
        return limit;
    }

    // The first instant of [from, limit) at which `member` is free.
    std::optional<Instant> firstFreeOf(std::size_t member, Instant from, Instant limit) const
    {
        for (Instant t = from; t < limit;) {
            const auto booked = bookedUntil(member, t);
            if (!booked)
                return t;
            t = *booked;
        }
        return std::nullopt;
    }

    const TeamSchedule &m_schedule;
    const MemberBookings &m_kept;
    MemberBookings &m_added;
    const TaskState *m_task = nullptr;
    ServiceKey m_key;
};

// A schedule computed over a window wider than withMargin(horizon) routes
// exactly like one computed over withMargin(horizon) (what routePlan uses)
// when nothing it holds crosses that window's ends: then every interval the
// routing or the handoffs inside the horizon look at is the same.
bool servesHorizon(const TeamSchedule &schedule, const Interval &horizon)
{
    const Interval needed = withMargin(horizon);
    if (!schedule.horizon.contains(needed))
        return false;
    const auto crosses = [&](const IntervalSet &set) {
        for (const Instant at : {needed.start, needed.end})
            if (const auto holding = set.intervalAt(at); holding && holding->start < at)
                return true;
        return false;
    };
    for (const MemberSchedule &member : schedule.members)
        if (crosses(member.work) || crosses(member.deepWork) || crosses(member.comms))
            return false;
    return std::none_of(schedule.coverage.begin(), schedule.coverage.end(), crosses);
}

// The placed tasks of this update matched with those routed before, by id.
struct TaskMatch {
    std::vector<TaskState *> states; // in service order
    std::vector<char> changed; // by rank: new, or its routing inputs differ
    std::size_t matched = 0; // how many were routed before
};

// A routed task whose old bookings stop holding (removed or changed), placed
// where it was served before.
struct Release {
    int priority;
    Instant start;
    const TaskState *task;
    const TaskRoute *route;
    ServiceKey key() const { return {priority, start, task->id}; }
};

// Removes a route's segments from the members' bookings.
void unbook(MemberBookings &bookings, const TaskRoute &old)
{
    for (const RouteSegment &segment : old.segments) {
        std::vector<Booking> &list = bookings[segment.member];
        const auto from = [&](Instant t) {
            return std::partition_point(list.begin(), list.end(), [t](const Booking &b) {
                return b.interval.start < t;
            });
        };
        list.erase(from(segment.interval.start), from(segment.interval.end));
    }
}

// Member time whose bookings changed, per region: a kept route that read any
// of it may route differently now.
class ChangedTime
{
public:
    explicit ChangedTime(std::size_t regionCount)
        : m_byRegion(regionCount)
    {
    }

    void add(const TaskRoute &route)
    {
        for (const RouteSegment &segment : route.segments) {
            m_byRegion[segment.region].add(segment.interval);
            m_span.start = std::min(m_span.start, segment.interval.start);
            m_span.end = std::max(m_span.end, segment.interval.end);
        }
    }

    bool isReadBy(const detail::RouteReads &reads) const
    {
        return std::any_of(reads.reads.begin(),
                           reads.reads.end(),
                           [&](const detail::RegionRead &r) {
                               return r.interval.intersects(m_span)
                                   && m_byRegion[r.region].intersects(r.interval);
                           });
    }

private:
    std::vector<IntervalSet> m_byRegion;
    Interval m_span{Instant::max(), Instant::min()}; // around all of m_byRegion
};

} // namespace

struct RouteCache::State {
    // The team the schedule was computed for.
    std::vector<Region> regions;
    std::vector<Member> members;
    Policy policy;
    std::optional<TeamSchedule> schedule;
    std::vector<Handoff> handoffs;
    detail::HandoffsBySender handoffsBySender;

    bool anyPlaced = false;
    PlanRoutes routes;
    // By task id; false when ids repeat, and then every update is a full one.
    bool tasksKnown = false;
    std::unordered_map<std::string, std::unique_ptr<TaskState>> tasks;
    std::vector<TaskState *> served; // in service order
    std::uint64_t generation = 0;
    MemberBookings bookings;

    std::size_t lastRerouted = 0;
    bool lastRecomputedSchedule = false;

    bool sameTeam(const Plan &plan) const
    {
        return schedule && plan.policy == policy && sameForRouting(plan.regions, regions)
            && sameForRouting(plan.members, members);
    }
    void computeTeam(const Plan &plan, const Interval &horizon);
    void routeAll(const Plan &plan, const Interval &horizon);
    bool routeChanges(const Plan &plan, const Interval &horizon);
    std::optional<TaskMatch> matchTasks(const Plan &plan, const std::vector<std::size_t> &order);
    std::vector<Release> releaseOld(const Plan &plan,
                                    const std::vector<std::size_t> &order,
                                    const TaskMatch &match,
                                    const std::vector<TaskRoute> &oldRoutes,
                                    std::vector<std::string> &removed);
    void keepBookings(const MemberBookings &added);
};

void RouteCache::State::computeTeam(const Plan &plan, const Interval &horizon)
{
    regions = plan.regions;
    members = plan.members;
    policy = plan.policy;
    const Interval needed = withMargin(horizon);
    schedule = computeSchedule(plan, {needed.start - scheduleSlack, needed.end + scheduleSlack});
    // Someone working weeks on end across the window's ends: no slack then.
    if (!servesHorizon(*schedule, horizon))
        schedule = computeSchedule(plan, needed);
    handoffs = computeHandoffs(plan, *schedule);
    handoffsBySender = detail::HandoffsBySender(plan.regions.size(), handoffs);
    lastRecomputedSchedule = true;
}

void RouteCache::State::routeAll(const Plan &plan, const Interval &horizon)
{
    tasks.clear();
    served.clear();
    bookings.assign(plan.members.size(), {});
    tasksKnown = true;
    const std::vector<std::size_t> order = serviceOrder(plan);
    detail::FreeTimeSets free(*schedule);
    detail::Router router(plan, *schedule, handoffsBySender, horizon.end, free);
    routes = PlanRoutes{horizon, {}};
    routes.routes.reserve(order.size());
    served.reserve(order.size());
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        const Task &task = plan.tasks[order[rank]];
        auto state = std::make_unique<TaskState>();
        state->id = task.id;
        state->takeInputs(task);
        state->rank = rank;
        const TaskRoute &route =
            routes.routes.emplace_back(router.route(order[rank], &state->reads));
        for (const RouteSegment &segment : route.segments)
            bookings[segment.member].push_back(
                {segment.interval, state->priority, state->start, &state->id});
        served.push_back(state.get());
        if (!tasks.try_emplace(task.id, std::move(state)).second)
            tasksKnown = false;
    }
    lastRerouted = order.size();
    if (!tasksKnown) {
        tasks.clear();
        served.clear();
        bookings.clear();
        return;
    }
    for (std::vector<Booking> &list : bookings)
        std::sort(list.begin(), list.end(), startsBefore);
}

// Finds each placed task's state (made for new ids); nullopt when an id
// repeats.
std::optional<TaskMatch> RouteCache::State::matchTasks(const Plan &plan,
                                                       const std::vector<std::size_t> &order)
{
    TaskMatch match{std::vector<TaskState *>(order.size()), std::vector<char>(order.size(), 0)};
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        const Task &task = plan.tasks[order[rank]];
        auto [it, inserted] = tasks.try_emplace(task.id);
        TaskState *state = nullptr;
        if (inserted) {
            it->second = std::make_unique<TaskState>();
            state = it->second.get();
            state->id = task.id;
            state->takeInputs(task);
            match.changed[rank] = 1;
        } else {
            state = it->second.get();
            if (state->seenIn == generation)
                return std::nullopt; // the same id twice
            state->slot = state->rank;
            match.changed[rank] = !state->sameInputs(task);
            ++match.matched;
        }
        state->seenIn = generation;
        match.states[rank] = state;
    }
    return match;
}

// Unbooks removed and changed tasks and lists them in their old service
// order; their old bookings are changed time for the tasks served after
// their old place. Changed tasks take their new inputs.
std::vector<Release> RouteCache::State::releaseOld(const Plan &plan,
                                                   const std::vector<std::size_t> &order,
                                                   const TaskMatch &match,
                                                   const std::vector<TaskRoute> &oldRoutes,
                                                   std::vector<std::string> &removed)
{
    std::vector<Release> releases;
    if (match.matched < served.size()) {
        for (TaskState *state : served)
            if (state->seenIn != generation) {
                releases.push_back({state->priority, state->start, state, &oldRoutes[state->rank]});
                unbook(bookings, oldRoutes[state->rank]);
                removed.push_back(state->id);
            }
    }
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        TaskState &state = *match.states[rank];
        if (match.changed[rank] && state.slot != noSlot) {
            releases.push_back({state.priority, state.start, &state, &oldRoutes[state.slot]});
            unbook(bookings, oldRoutes[state.slot]);
            state.takeInputs(plan.tasks[order[rank]]);
        }
        state.rank = rank;
    }
    std::sort(releases.begin(), releases.end(), [](const Release &a, const Release &b) {
        return servedBefore(a.key(), b.key());
    });
    return releases;
}

// Re-routes the tasks that changed or read member time whose bookings
// changed; false (nothing usable done) when task ids repeat.
bool RouteCache::State::routeChanges(const Plan &plan, const Interval &horizon)
{
    const std::vector<std::size_t> order = serviceOrder(plan);
    ++generation;
    const std::optional<TaskMatch> match = matchTasks(plan, order);
    if (!match)
        return false;

    std::vector<TaskRoute> oldRoutes = std::move(routes.routes);
    std::vector<std::string> removed;
    const std::vector<Release> releases = releaseOld(plan, order, *match, oldRoutes, removed);

    // A new cut changes the routes that reach it.
    std::optional<Instant> cutFrom;
    if (routes.horizon.end != horizon.end)
        cutFrom = std::min(routes.horizon.end, horizon.end);

    ChangedTime changedTime(regions.size());
    MemberBookings added(members.size());
    RankedFreeTime free(*schedule, bookings, added);
    detail::Router router(plan, *schedule, handoffsBySender, horizon.end, free);
    routes = PlanRoutes{horizon, {}};
    routes.routes.reserve(order.size());
    std::size_t nextRelease = 0;
    lastRerouted = 0;
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        TaskState &state = *match->states[rank];
        const bool changed = match->changed[rank];
        while (nextRelease < releases.size()
               && servedBefore(releases[nextRelease].key(), state.key()))
            changedTime.add(*releases[nextRelease++].route);
        const bool reroute = changed || (cutFrom && state.reads.reach >= *cutFrom)
            || changedTime.isReadBy(state.reads);
        if (!reroute) {
            TaskRoute &kept = routes.routes.emplace_back(std::move(oldRoutes[state.slot]));
            kept.task = order[rank];
            continue;
        }
        if (!changed)
            unbook(bookings, oldRoutes[state.slot]);
        free.setTask(&state);
        const TaskRoute &route =
            routes.routes.emplace_back(router.route(order[rank], &state.reads));
        ++lastRerouted;
        if (changed) {
            changedTime.add(route);
        } else if (route.segments != oldRoutes[state.slot].segments) {
            changedTime.add(oldRoutes[state.slot]);
            changedTime.add(route);
        }
    }
    keepBookings(added);
    served = match->states;
    for (const std::string &id : removed)
        tasks.erase(id);
    return true;
}

// What holds now: the kept bookings still held, plus the new ones.
void RouteCache::State::keepBookings(const MemberBookings &added)
{
    for (std::size_t m = 0; m < members.size(); ++m) {
        if (added[m].empty())
            continue;
        std::vector<Booking> &list = bookings[m];
        const auto middle = list.insert(list.end(), added[m].begin(), added[m].end());
        std::inplace_merge(list.begin(), middle, list.end(), startsBefore);
    }
}

RouteCache::RouteCache()
    : m_state(std::make_unique<State>())
{
}

RouteCache::~RouteCache() = default;
RouteCache::RouteCache(RouteCache &&) noexcept = default;
RouteCache &RouteCache::operator=(RouteCache &&) noexcept = default;

const PlanRoutes &RouteCache::update(const Plan &plan)
{
    State &s = *m_state;
    s.lastRecomputedSchedule = false;
    s.lastRerouted = 0;
    const auto horizon = routingHorizon(plan);
    s.anyPlaced = horizon.has_value();
    if (!horizon) {
        s.routes = {};
        s.tasks.clear();
        s.served.clear();
        s.bookings.assign(plan.members.size(), {});
        s.tasksKnown = true;
        return s.routes;
    }
    if (!s.sameTeam(plan) || !servesHorizon(*s.schedule, *horizon)) {
        s.computeTeam(plan, *horizon);
        s.routeAll(plan, *horizon);
    } else if (!s.tasksKnown || !s.routeChanges(plan, *horizon)) {
        s.routeAll(plan, *horizon);
    }
    return s.routes;
}

const PlanRoutes &RouteCache::routes() const
{
    return m_state->routes;
}

const TeamSchedule *RouteCache::schedule() const
{
    return m_state->anyPlaced && m_state->schedule ? &*m_state->schedule : nullptr;
}

const std::vector<Handoff> &RouteCache::handoffs() const
{
    static const std::vector<Handoff> none;
    return schedule() ? m_state->handoffs : none;
}

std::size_t RouteCache::lastRerouted() const
{
    return m_state->lastRerouted;
}

bool RouteCache::lastRecomputedSchedule() const
{
    return m_state->lastRecomputedSchedule;
}

} // namespace sunrelay
