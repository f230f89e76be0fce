#include "plan_rows.h"

#include "sunrelay/core/plan_limits.h"
#include "sunrelay/core/plan_validity.h"
#include "sunrelay/core/routing.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace sunrelay::store
{

namespace
{

// Bounds that keep every later calculation far from overflow: instants and
// dates of a plan (plan_limits.h, the same for every input), policy minutes
// up to a week, efforts up to 100,000 hours.
constexpr std::int64_t earliestInstant = earliestPlanInstant.time_since_epoch().count();
constexpr std::int64_t latestInstant = latestPlanInstant.time_since_epoch().count();
constexpr std::int64_t earliestDay = earliestPlanDate.time_since_epoch().count();
constexpr std::int64_t latestDay = latestPlanDate.time_since_epoch().count();
constexpr std::int64_t maxPolicyMinutes = 7 * 24 * 60;

enum class PatternKind {
    Work = 0,
    DeepWork = 1,
    Comms = 2
};

WeeklyPattern &patternOf(Member &member, PatternKind kind)
{
    switch (kind) {
    case PatternKind::Work:
        return member.work;
    case PatternKind::DeepWork:
        return member.deepWork;
    case PatternKind::Comms:
        break;
    }
    return member.comms;
}

StoreError invalid(std::string table, std::string row, std::string column, std::string detail)
{
    StoreError e;
    e.code = StoreErrorCode::InvalidRow;
    e.table = std::move(table);
    e.rowId = std::move(row);
    e.column = std::move(column);
    e.detail = std::move(detail);
    return e;
}

StoreError invalidEdit(std::string detail)
{
    StoreError e;
    e.code = StoreErrorCode::InvalidEdit;
    e.detail = std::move(detail);
    return e;
}

std::string inQuotes(const std::string &text)
{
    return "\"" + text + "\"";
}

// Why an effort was refused (isValidEffort), naming the task.
std::string effortRule(const std::string &taskId)
{
    return "the effort of task " + inQuotes(taskId)
        + " must be at least 1 minute and at most 100000 hours";
}

bool isColor(const std::string &text)
{
    if (text.size() != 7 || text[0] != '#')
        return false;
    for (std::size_t i = 1; i < text.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(text[i])))
            return false;
    return true;
}

// Reads one table row by row with type checks; the first problem wins.
class RowReader
{
public:
    RowReader(const sqlite::Database &db, const char *table, const char *sql)
        : m_table(table)
        , m_statement(db, sql)
    {
    }

    // SQLITE_ROW while there are rows; sets error() on a read failure.
    bool next()
    {
        const int rc = m_statement.step();
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE && !m_error) {
            StoreError e;
            e.code = StoreErrorCode::Corrupt;
            e.table = m_table;
            e.detail = sqlite3_errstr(rc);
            m_error = e;
        }
        return false;
    }

    void setRow(std::string row) { m_row = std::move(row); }

    std::optional<std::string> text(int column, const char *name)
    {
        if (!expect(column, name, SQLITE_TEXT, "text"))
            return std::nullopt;
        return m_statement.text(column);
    }
    std::optional<std::int64_t>
    integer(int column, const char *name, std::int64_t min, std::int64_t max)
    {
        if (!expect(column, name, SQLITE_INTEGER, "an integer"))
            return std::nullopt;
        const std::int64_t value = m_statement.integer(column);
        if (value < min || value > max) {
            fail(name, std::to_string(value) + " is out of range");
            return std::nullopt;
        }
        return value;
    }
    // NULL is a value here: nullopt inside the engaged result.
    std::optional<std::optional<std::int64_t>>
    optionalInteger(int column, const char *name, std::int64_t min, std::int64_t max)
    {
        if (m_statement.columnType(column) == SQLITE_NULL)
            return std::optional<std::int64_t>{};
        const auto value = integer(column, name, min, max);
        if (!value)
            return std::nullopt;
        return std::optional<std::int64_t>{*value};
    }
    std::optional<double> real(int column, const char *name)
    {
        if (!expect(column, name, SQLITE_FLOAT, "a number"))
            return std::nullopt;
        return m_statement.real(column);
    }
    bool isNull(int column) const { return m_statement.columnType(column) == SQLITE_NULL; }
    // Rows are ordered by a position column that edits keep as 0, 1, 2, ...;
    // a file with gaps or repeats would make edits and the file disagree.
    void position(int column, std::size_t expected)
    {
        const auto value = integer(column, "position", 0, std::numeric_limits<int>::max());
        if (value && *value != static_cast<std::int64_t>(expected))
            fail("position",
                 "positions must run 0, 1, 2, ... without gaps (found " + std::to_string(*value)
                     + " where " + std::to_string(expected) + " belongs)");
    }

    void fail(const char *column, std::string detail)
    {
        if (!m_error)
            m_error = invalid(m_table, m_row, column, std::move(detail));
    }
    const std::optional<StoreError> &error() const { return m_error; }
    bool failed() const { return m_error.has_value(); }

private:
    bool expect(int column, const char *name, int type, const char *what)
    {
        if (m_statement.columnType(column) == type)
            return true;
        fail(name, std::string("expected ") + what);
        return false;
    }

    std::string m_table;
    std::string m_row;
    sqlite::Statement m_statement;
    std::optional<StoreError> m_error;
};

std::optional<Instant> instantOf(const std::optional<std::int64_t> &seconds)
{
    if (!seconds)
        return std::nullopt;
    return Instant{Seconds{*seconds}};
}

// Puts rows read in storage order into their plan order. Sorting here is
// cheaper than SQLite's sorter on 10,000 rows. Positions must be exactly
// 0, 1, 2, ...: a file with gaps or repeats would make edits and the file
// disagree.
template<typename Entity>
std::optional<StoreError> orderByPosition(const char *table,
                                          std::vector<Entity> &entities,
                                          const std::vector<std::int64_t> &positions)
{
    std::vector<std::size_t> order(entities.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return positions[a] != positions[b] ? positions[a] < positions[b]
                                            : entities[a].id < entities[b].id;
    });
    std::vector<Entity> sorted;
    sorted.reserve(entities.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::int64_t position = positions[order[i]];
        if (position != static_cast<std::int64_t>(i))
            return invalid(table,
                           entities[order[i]].id,
                           "position",
                           "positions must run 0, 1, 2, ... without gaps (found "
                               + std::to_string(position) + " where " + std::to_string(i)
                               + " belongs)");
        sorted.push_back(std::move(entities[order[i]]));
    }
    entities = std::move(sorted);
    return std::nullopt;
}

using TaskIndex = std::unordered_map<std::string, std::size_t>;

// Format 2 and later: notes keyed by (task, handoff number).
std::optional<StoreError>
loadHandoffNotes(const sqlite::Database &db, Plan &plan, const TaskIndex &taskIndex)
{
    RowReader rows(db,
                   "handoff_notes",
                   "SELECT task_id, handoff, note FROM handoff_notes ORDER BY task_id, handoff");
    while (rows.next()) {
        const auto task = rows.text(0, "task_id");
        if (!task)
            return *rows.error();
        rows.setRow(*task);
        const auto number = rows.integer(1, "handoff", 1, std::numeric_limits<int>::max());
        const auto note = rows.text(2, "note");
        if (rows.failed())
            return *rows.error();
        const auto owner = taskIndex.find(*task);
        if (owner == taskIndex.end())
            return invalid("handoff_notes", *task, "task_id", "unknown task " + inQuotes(*task));
        if (note->empty())
            return invalid("handoff_notes",
                           *task,
                           "note",
                           "empty note on handoff " + std::to_string(*number));
        plan.tasks[owner->second].handoffNotes.emplace(static_cast<int>(*number), *note);
    }
    if (rows.failed())
        return *rows.error();
    return std::nullopt;
}

// Format 1 keyed notes by the handoff's instant. Each becomes the note of the
// handoff of that instant in the task's route (routePlan of the plan as
// stored); a note whose instant is no handoff of the task goes to the last
// handoff before it (1 if none: a task moved before its first handoff, or
// not placed any more). Notes that land on one number are joined in the
// order of their instants, a blank line between them. Nothing is lost.
std::optional<StoreError>
loadFormat1Notes(const sqlite::Database &db, Plan &plan, const TaskIndex &taskIndex)
{
    struct InstantNote {
        std::size_t task;
        Instant at;
        std::string text;
    };
    std::vector<InstantNote> notes;
    RowReader rows(db,
                   "handoff_notes",
                   "SELECT task_id, at, note FROM handoff_notes ORDER BY task_id, at");
    while (rows.next()) {
        const auto task = rows.text(0, "task_id");
        if (!task)
            return *rows.error();
        rows.setRow(*task);
        const auto at = rows.integer(1, "at", earliestInstant, latestInstant);
        const auto note = rows.text(2, "note");
        if (rows.failed())
            return *rows.error();
        const auto owner = taskIndex.find(*task);
        if (owner == taskIndex.end())
            return invalid("handoff_notes", *task, "task_id", "unknown task " + inQuotes(*task));
        if (!note->empty()) // format 1 removed a note by emptying it
            notes.push_back({owner->second, Instant{Seconds{*at}}, *note});
    }
    if (rows.failed())
        return *rows.error();
    if (notes.empty())
        return std::nullopt; // no routing needed

    std::vector<const std::vector<RouteHandoff> *> handoffsOf(plan.tasks.size(), nullptr);
    const PlanRoutes routes = routePlan(plan);
    for (const TaskRoute &route : routes.routes)
        handoffsOf[route.task] = &route.handoffs;
    for (const InstantNote &note : notes) {
        int number = 1;
        if (const auto *handoffs = handoffsOf[note.task]) {
            // The handoff at the note's instant, else the last one before it.
            const auto after =
                std::find_if(handoffs->begin(), handoffs->end(), [&](const RouteHandoff &h) {
                    return h.at > note.at;
                });
            number = std::max<int>(1, static_cast<int>(after - handoffs->begin()));
        }
        Task &task = plan.tasks[note.task];
        std::string text = note.text;
        if (const auto existing = task.handoffNotes.find(number);
            existing != task.handoffNotes.end())
            text = existing->second + "\n\n" + text;
        setHandoffNote(task, number, std::move(text));
    }
    return std::nullopt;
}

// Where a plan-wide problem lies in the file: table, row and column, rows
// named as the loader names them.
StoreError invalidRowOf(const PlanProblem &problem, const Plan &plan)
{
    static const std::map<std::string, std::string> columnOf{{"sourceUid", "source_uid"},
                                                             {"from", "from_day"},
                                                             {"to", "to_day"},
                                                             {"date", "day"}};
    const auto found = columnOf.find(problem.field);
    std::string column = found == columnOf.end() ? problem.field : found->second;
    switch (problem.part) {
    case PlanPart::Plan:
        if (problem.field == "name")
            return invalid("plan", "1", "name", problem.detail);
        return invalid(problem.field, {}, {}, problem.detail); // a count: the whole table
    case PlanPart::Region:
        if (problem.field == "holidays")
            return invalid("holidays", problem.id, {}, problem.detail);
        return invalid("regions", problem.id, column, problem.detail);
    case PlanPart::Holiday: {
        const Holiday &holiday = plan.regions[problem.index].holidays[problem.item];
        return invalid("holidays",
                       problem.id + " " + date::format("%F", holiday.date),
                       column,
                       problem.detail);
    }
    case PlanPart::Member:
        if (problem.field == "work" || problem.field == "deepWork" || problem.field == "comms")
            return invalid("weekly_ranges", problem.id, {}, problem.detail);
        if (problem.field == "timeOff")
            return invalid("time_off", problem.id, {}, problem.detail);
        if (problem.field == "busy")
            return invalid("busy_times", problem.id, {}, problem.detail);
        return invalid("members", problem.id, column, problem.detail);
    case PlanPart::WeeklyRange:
        return invalid("weekly_ranges", problem.id, {}, problem.detail);
    case PlanPart::TimeOff:
        return invalid("time_off",
                       problem.id + " " + std::to_string(problem.item),
                       column,
                       problem.detail);
    case PlanPart::BusyTime:
        return invalid("busy_times", problem.id, column, problem.detail);
    case PlanPart::Task:
        if (problem.field == "handoffNotes")
            return invalid("handoff_notes", problem.id, {}, problem.detail);
        return invalid("tasks", problem.id, column, problem.detail);
    case PlanPart::HandoffNote:
        return invalid("handoff_notes",
                       problem.id + " " + std::to_string(problem.item),
                       column,
                       problem.detail);
    }
    return invalid({}, {}, {}, problem.detail);
}

// The same problem as an edit refused: "the name of member \"anna\": ...".
StoreError invalidEditOf(const PlanProblem &problem)
{
    static const std::map<PlanPart, std::string> owner{
        {PlanPart::Plan, "the plan"},
        {PlanPart::Region, "region"},
        {PlanPart::Holiday, "a holiday of region"},
        {PlanPart::Member, "member"},
        {PlanPart::WeeklyRange, "member"},
        {PlanPart::TimeOff, "time off of member"},
        {PlanPart::BusyTime, "a busy time of member"},
        {PlanPart::Task, "task"},
        {PlanPart::HandoffNote, "a handoff note of task"}};
    std::string where = owner.at(problem.part);
    if (problem.part != PlanPart::Plan)
        where += " " + inQuotes(problem.id);
    return invalidEdit("the " + problem.field + " of " + where + ": " + problem.detail);
}

// Reads a plan file's tables one by one, each in its own function (as
// kcalendarcore reads each component), into a Plan; a reader returns the
// first row that is not valid.
class PlanLoader
{
public:
    explicit PlanLoader(const sqlite::Database &db)
        : m_db(db)
    {
    }

    Expected<Plan, StoreError> load(int version);

private:
    std::optional<StoreError> readPlanRow();
    std::optional<StoreError> readRegions();
    std::optional<StoreError> readMembers();
    std::optional<StoreError> readWeeklyRanges();
    std::optional<StoreError> readTimeOff();
    std::optional<StoreError> readTasks();
    std::optional<StoreError> readBusyTimes();
    std::optional<StoreError> readHolidays();

    const sqlite::Database &m_db;
    Plan m_plan;
    std::unordered_map<std::string, std::size_t> m_regionIndex;
    std::unordered_map<std::string, std::size_t> m_memberIndex;
};

// The one row of `plan`: name and policy.
std::optional<StoreError> PlanLoader::readPlanRow()
{
    RowReader rows(m_db,
                   "plan",
                   "SELECT name, sync_slot_minutes, deep_work_minimum_minutes, "
                   "gap_limit_minutes FROM plan");
    int count = 0;
    while (rows.next()) {
        ++count;
        rows.setRow("1");
        const auto name = rows.text(0, "name");
        const auto sync = rows.integer(1, "sync_slot_minutes", 1, maxPolicyMinutes);
        const auto deep = rows.integer(2, "deep_work_minimum_minutes", 1, maxPolicyMinutes);
        const auto gap = rows.integer(3, "gap_limit_minutes", 1, maxPolicyMinutes);
        if (rows.failed())
            return *rows.error();
        m_plan.name = *name;
        m_plan.policy = {Minutes{*sync}, Minutes{*deep}, Minutes{*gap}};
    }
    if (rows.failed())
        return *rows.error();
    if (count != 1)
        return invalid("plan", {}, {}, "expected exactly one row");
    return std::nullopt;
}

// Regions by id: holidays, members and tasks each name one, and a scan
// of the regions per row made a 4 MB plan take 20 s.
std::optional<StoreError> PlanLoader::readRegions()
{
    RowReader rows(m_db,
                   "regions",
                   "SELECT id, name, color, position FROM regions ORDER BY position, id");
    while (rows.next()) {
        const auto id = rows.text(0, "id");
        if (!id)
            return *rows.error();
        rows.setRow(*id);
        const auto name = rows.text(1, "name");
        const auto color = rows.text(2, "color");
        rows.position(3, m_plan.regions.size());
        if (rows.failed())
            return *rows.error();
        if (id->empty())
            rows.fail("id", "empty id");
        else if (!isColor(*color))
            rows.fail("color", inQuotes(*color) + " is not a colour (#rrggbb)");
        if (rows.failed())
            return *rows.error();
        m_regionIndex.emplace(*id, m_plan.regions.size());
        m_plan.regions.push_back({*id, *name, *color});
    }
    if (rows.failed())
        return *rows.error();
    return std::nullopt;
}

// Members, in their position order, indexed by id for the rows that name them.
std::optional<StoreError> PlanLoader::readMembers()
{
    std::vector<std::int64_t> memberPositions;
    RowReader rows(m_db, "members", "SELECT id, name, region_id, zone, position FROM members");
    while (rows.next()) {
        const auto id = rows.text(0, "id");
        if (!id)
            return *rows.error();
        rows.setRow(*id);
        const auto name = rows.text(1, "name");
        const auto region = rows.text(2, "region_id");
        const auto zoneName = rows.text(3, "zone");
        const auto position = rows.integer(4, "position", 0, std::numeric_limits<int>::max());
        if (rows.failed())
            return *rows.error();
        const auto zone = TimeZone::find(*zoneName);
        if (id->empty())
            rows.fail("id", "empty id");
        else if (!m_regionIndex.contains(*region))
            rows.fail("region_id", "unknown region " + inQuotes(*region));
        else if (!zone)
            rows.fail("zone", "unknown time zone " + inQuotes(*zoneName));
        if (rows.failed())
            return *rows.error();
        Member member;
        member.id = *id;
        member.name = *name;
        member.region = *region;
        member.zone = *zone;
        m_plan.members.push_back(std::move(member));
        memberPositions.push_back(*position);
    }
    if (rows.failed())
        return *rows.error();
    if (auto error = orderByPosition("members", m_plan.members, memberPositions))
        return *error;
    for (std::size_t i = 0; i < m_plan.members.size(); ++i)
        m_memberIndex[m_plan.members[i].id] = i;
    return std::nullopt;
}

// Working hours, deep work and comms windows, into their members.
std::optional<StoreError> PlanLoader::readWeeklyRanges()
{
    RowReader rows(m_db,
                   "weekly_ranges",
                   "SELECT member_id, kind, position, days, start_minute, end_minute "
                   "FROM weekly_ranges ORDER BY member_id, kind, position");
    while (rows.next()) {
        const auto member = rows.text(0, "member_id");
        const auto kind = rows.integer(1, "kind", 0, 2);
        const auto position = rows.integer(2, "position", 0, std::numeric_limits<int>::max());
        if (rows.failed())
            return *rows.error();
        rows.setRow(*member + " " + std::to_string(*kind) + " " + std::to_string(*position));
        const auto days = rows.integer(3, "days", 1, 0x7f);
        const auto start = rows.integer(4, "start_minute", 0, 24 * 60 - 1);
        const auto end = rows.integer(5, "end_minute", 0, 24 * 60);
        if (rows.failed())
            return *rows.error();
        const auto owner = m_memberIndex.find(*member);
        if (owner == m_memberIndex.end())
            return invalid("weekly_ranges",
                           *member,
                           "member_id",
                           "unknown member " + inQuotes(*member));
        patternOf(m_plan.members[owner->second], static_cast<PatternKind>(*kind))
            .ranges.push_back(
                {Weekdays::fromBits(static_cast<unsigned>(*days)), Minutes{*start}, Minutes{*end}});
    }
    if (rows.failed())
        return *rows.error();
    return std::nullopt;
}

// Time off, into its members.
std::optional<StoreError> PlanLoader::readTimeOff()
{
    RowReader rows(m_db,
                   "time_off",
                   "SELECT member_id, position, from_day, to_day FROM time_off "
                   "ORDER BY member_id, position");
    while (rows.next()) {
        const auto member = rows.text(0, "member_id");
        const auto position = rows.integer(1, "position", 0, std::numeric_limits<int>::max());
        if (rows.failed())
            return *rows.error();
        rows.setRow(*member + " " + std::to_string(*position));
        const auto from = rows.integer(2, "from_day", earliestDay, latestDay);
        const auto to = rows.integer(3, "to_day", earliestDay, latestDay);
        if (rows.failed())
            return *rows.error();
        const auto owner = m_memberIndex.find(*member);
        if (owner == m_memberIndex.end())
            rows.fail("member_id", "unknown member " + inQuotes(*member));
        else if (*to < *from)
            rows.fail("to_day", "ends before it starts");
        if (rows.failed())
            return *rows.error();
        m_plan.members[owner->second].timeOff.push_back(
            {LocalDate{date::days{*from}}, LocalDate{date::days{*to}}});
    }
    if (rows.failed())
        return *rows.error();
    return std::nullopt;
}

// Tasks, in their backlog order.
std::optional<StoreError> PlanLoader::readTasks()
{
    std::vector<std::int64_t> taskPositions;
    RowReader rows(m_db,
                   "tasks",
                   "SELECT id, title, effort_hours, priority, start, region_id, deadline, "
                   "notes, position FROM tasks");
    while (rows.next()) {
        const auto id = rows.text(0, "id");
        if (!id)
            return *rows.error();
        rows.setRow(*id);
        const auto title = rows.text(1, "title");
        const auto effort = rows.real(2, "effort_hours");
        const auto priority = rows.integer(3, "priority", 1, std::numeric_limits<int>::max());
        const auto start = rows.optionalInteger(4, "start", earliestInstant, latestInstant);
        std::optional<std::string> region;
        if (!rows.isNull(5))
            region = rows.text(5, "region_id");
        const auto deadline = rows.optionalInteger(6, "deadline", earliestInstant, latestInstant);
        const auto notes = rows.text(7, "notes");
        const auto position = rows.integer(8, "position", 0, std::numeric_limits<int>::max());
        if (rows.failed())
            return *rows.error();
        if (id->empty())
            rows.fail("id", "empty id");
        else if (!isValidEffort(*effort))
            rows.fail("effort_hours", effortRule(*id));
        else if (region && !m_regionIndex.contains(*region))
            rows.fail("region_id", "unknown region " + inQuotes(*region));
        if (rows.failed())
            return *rows.error();
        Task task;
        task.id = *id;
        task.title = *title;
        task.effortHours = *effort;
        task.priority = static_cast<int>(*priority);
        task.start = instantOf(*start);
        task.region = region;
        task.deadline = instantOf(*deadline);
        task.notes = *notes;
        m_plan.tasks.push_back(std::move(task));
        taskPositions.push_back(*position);
    }
    if (rows.failed())
        return *rows.error();
    if (auto error = orderByPosition("tasks", m_plan.tasks, taskPositions))
        return *error;
    return std::nullopt;
}

// Imported meetings, kept in each member sorted by start (then UID).
std::optional<StoreError> PlanLoader::readBusyTimes()
{
    RowReader rows(m_db,
                   "busy_times",
                   "SELECT member_id, source_uid, start, end, summary FROM busy_times "
                   "ORDER BY member_id, start, source_uid");
    while (rows.next()) {
        const auto member = rows.text(0, "member_id");
        if (!member)
            return *rows.error();
        rows.setRow(*member);
        const auto uid = rows.text(1, "source_uid");
        const auto start = rows.integer(2, "start", earliestInstant, latestInstant);
        const auto end = rows.integer(3, "end", earliestInstant, latestInstant);
        const auto summary = rows.text(4, "summary");
        if (rows.failed())
            return *rows.error();
        const auto owner = m_memberIndex.find(*member);
        if (owner == m_memberIndex.end())
            return invalid("busy_times",
                           *member,
                           "member_id",
                           "unknown member " + inQuotes(*member));
        if (*end <= *start)
            return invalid("busy_times", *member, "end", "ends before it starts");
        m_plan.members[owner->second].busy.push_back(
            {{Instant{Seconds{*start}}, Instant{Seconds{*end}}}, *summary, *uid});
    }
    if (rows.failed())
        return *rows.error();
    return std::nullopt;
}

// Imported public holidays, into their regions.
std::optional<StoreError> PlanLoader::readHolidays()
{
    RowReader rows(m_db,
                   "holidays",
                   "SELECT region_id, day, name FROM holidays ORDER BY region_id, day");
    while (rows.next()) {
        const auto region = rows.text(0, "region_id");
        if (!region)
            return *rows.error();
        rows.setRow(*region);
        const auto day = rows.integer(1, "day", earliestDay, latestDay);
        const auto name = rows.text(2, "name");
        if (rows.failed())
            return *rows.error();
        const auto owner = m_regionIndex.find(*region);
        if (owner == m_regionIndex.end())
            return invalid("holidays", *region, "region_id", "unknown region " + inQuotes(*region));
        m_plan.regions[owner->second].holidays.push_back({LocalDate{date::days{*day}}, *name});
    }
    if (rows.failed())
        return *rows.error();
    return std::nullopt;
}

Expected<Plan, StoreError> PlanLoader::load(int version)
{
    using Reader = std::optional<StoreError> (PlanLoader::*)();
    for (const Reader read : {&PlanLoader::readPlanRow,
                              &PlanLoader::readRegions,
                              &PlanLoader::readMembers,
                              &PlanLoader::readWeeklyRanges,
                              &PlanLoader::readTimeOff,
                              &PlanLoader::readTasks,
                              &PlanLoader::readBusyTimes,
                              &PlanLoader::readHolidays})
        if (auto error = (this->*read)())
            return *error;

    // Last: numbering format-1 notes routes the plan, which needs all of it
    // (holidays and busy times included).
    TaskIndex taskIndex;
    for (std::size_t i = 0; i < m_plan.tasks.size(); ++i)
        taskIndex.emplace(m_plan.tasks[i].id, i);
    if (auto error = version <= 1 ? loadFormat1Notes(m_db, m_plan, taskIndex)
                                  : loadHandoffNotes(m_db, m_plan, taskIndex))
        return *error;
    // Limits, text and dates, as every other input checks them.
    if (const auto problem = findPlanProblem(m_plan))
        return invalidRowOf(*problem, m_plan);
    return std::move(m_plan);
}

} // namespace

Expected<Plan, StoreError> loadPlan(const sqlite::Database &db, int version)
{
    return PlanLoader(db).load(version);
}

std::optional<StoreError> checkPolicy(const Policy &policy)
{
    for (const Minutes minutes : {policy.syncSlot, policy.deepWorkMinimum, policy.gapLimit})
        if (minutes.count() < 1 || minutes.count() > maxPolicyMinutes)
            return invalidEdit("policy minutes must be between 1 and 10080");
    return std::nullopt;
}

std::optional<StoreError> checkPlanName(const std::string &name)
{
    if (const auto problem = nameProblem(name))
        return invalidEdit("the name of the plan: " + *problem);
    return std::nullopt;
}

std::optional<StoreError> checkRegionCount(const Plan &plan)
{
    if (const auto over = checkCount("regions", plan.regions.size() + 1, maxRegions))
        return invalidEdit(*over);
    return std::nullopt;
}

std::optional<StoreError> checkRegion(const Region &region)
{
    if (region.id.empty())
        return invalidEdit("a region needs an id");
    if (!isColor(region.color))
        return invalidEdit(inQuotes(region.color) + " is not a colour (#rrggbb)");
    if (auto e = checkHolidays(region.holidays))
        return e;
    if (const auto problem = findRegionProblem(region, 0))
        return invalidEditOf(*problem);
    return std::nullopt;
}

namespace
{
template<typename Entity>
bool containsId(const std::vector<Entity> &entities, const std::string &id)
{
    return std::any_of(entities.begin(), entities.end(), [&](const Entity &e) {
        return e.id == id;
    });
}

// Checks of a member whose region is known to exist.
std::optional<StoreError> checkMemberValues(const Member &member)
{
    if (member.id.empty())
        return invalidEdit("a member needs an id");
    for (const WeeklyPattern *pattern : {&member.work, &member.deepWork, &member.comms})
        for (const WeeklyRange &range : pattern->ranges)
            if (!range.isValid() || range.days.isEmpty())
                return invalidEdit(
                    "a weekly range needs days, a start before 24:00 and an end "
                    "up to 24:00");
    for (const DateRange &off : member.timeOff) {
        const auto from = off.from.time_since_epoch().count();
        const auto to = off.to.time_since_epoch().count();
        if (to < from)
            return invalidEdit("time off must end on or after its first day");
    }
    if (auto e = checkBusyTimes(member.busy))
        return e;
    if (const auto problem = findMemberProblem(member, 0))
        return invalidEditOf(*problem);
    return std::nullopt;
}

std::optional<StoreError> checkTaskValues(const Task &task)
{
    if (task.id.empty())
        return invalidEdit("a task needs an id");
    if (!isValidEffort(task.effortHours))
        return invalidEdit(effortRule(task.id));
    if (!hasValidHandoffNotes(task))
        return invalidEdit("the handoff notes of task " + inQuotes(task.id)
                           + " must be numbered from 1 and have text");
    if (task.priority < 1)
        return invalidEdit("priority must be at least 1");
    if (const auto problem = findTaskProblem(task, 0))
        return invalidEditOf(*problem);
    return std::nullopt;
}
} // namespace

std::optional<StoreError> checkMember(const Member &member, const Plan &plan)
{
    if (!plan.regionIndex(member.region))
        return invalidEdit("unknown region " + inQuotes(member.region));
    // An added member must not take the plan past the limit the loader keeps.
    if (!containsId(plan.members, member.id))
        if (const auto over = checkCount("members", plan.members.size() + 1, maxMembers))
            return invalidEdit(*over);
    return checkMemberValues(member);
}

std::optional<StoreError> checkBusyTimes(const std::vector<BusyTime> &busy)
{
    std::set<std::pair<std::string, std::int64_t>> keys;
    for (const BusyTime &b : busy) {
        const auto start = b.interval.start.time_since_epoch().count();
        const auto end = b.interval.end.time_since_epoch().count();
        if (start < earliestInstant || end > latestInstant)
            return invalidEdit("a busy time: " + planDateRangeRule());
        if (end <= start)
            return invalidEdit("a busy time must end after it starts");
        if (!keys.emplace(b.sourceUid, start).second)
            return invalidEdit("two busy times of " + inQuotes(b.sourceUid)
                               + " start at the same instant");
    }
    // Count and texts as the loader checks them: an imported summary with a
    // control character must be refused here, not make the file unloadable.
    Member holder;
    holder.busy = busy;
    if (const auto problem = findMemberProblem(holder, 0)) {
        if (problem->part != PlanPart::BusyTime)
            return invalidEdit(problem->detail);
        return invalidEdit("the " + problem->field + " of busy time "
                           + inQuotes(busy[problem->item].sourceUid) + ": " + problem->detail);
    }
    return std::nullopt;
}

std::optional<StoreError> checkHolidays(const std::vector<Holiday> &holidays)
{
    std::set<std::int64_t> days;
    for (const Holiday &h : holidays) {
        const auto day = h.date.time_since_epoch().count();
        if (day < earliestDay || day > latestDay)
            return invalidEdit("a holiday: " + planDateRangeRule());
        if (!days.insert(day).second)
            return invalidEdit("two holidays on the same date");
    }
    // Count and names as the loader checks them.
    Region holder;
    holder.holidays = holidays;
    if (const auto problem = findRegionProblem(holder, 0)) {
        if (problem->part != PlanPart::Holiday)
            return invalidEdit(problem->detail);
        return invalidEdit("the name of the holiday on "
                           + date::format("%F", holidays[problem->item].date) + ": "
                           + problem->detail);
    }
    return std::nullopt;
}

std::optional<StoreError> checkTask(const Task &task, const Plan &plan)
{
    if (task.region && !plan.regionIndex(*task.region))
        return invalidEdit("unknown region " + inQuotes(*task.region));
    if (!containsId(plan.tasks, task.id))
        if (const auto over = checkCount("tasks", plan.tasks.size() + 1, maxTasks))
            return invalidEdit(*over);
    return checkTaskValues(task);
}

std::optional<StoreError> checkPlan(const Plan &plan)
{
    if (auto e = checkPolicy(plan.policy))
        return e;
    // Limits first: they bound the work of everything after.
    if (const auto problem = findPlanProblem(plan))
        return invalidEditOf(*problem);
    std::set<std::string> ids;
    for (const Region &region : plan.regions) {
        if (auto e = checkRegion(region))
            return e;
        if (!ids.insert(region.id).second)
            return invalidEdit("duplicate region id " + inQuotes(region.id));
    }
    const std::set<std::string> regionIds = std::move(ids);
    ids.clear();
    for (const Member &member : plan.members) {
        if (!regionIds.contains(member.region))
            return invalidEdit("unknown region " + inQuotes(member.region));
        if (auto e = checkMemberValues(member))
            return e;
        if (!ids.insert(member.id).second)
            return invalidEdit("duplicate member id " + inQuotes(member.id));
    }
    ids.clear();
    for (const Task &task : plan.tasks) {
        if (task.region && !regionIds.contains(*task.region))
            return invalidEdit("unknown region " + inQuotes(*task.region));
        if (auto e = checkTaskValues(task))
            return e;
        if (!ids.insert(task.id).second)
            return invalidEdit("duplicate task id " + inQuotes(task.id));
    }
    return std::nullopt;
}

int writePlanRow(const sqlite::Database &db, const std::string &name, const Policy &policy)
{
    sqlite::Statement statement(
        db,
        "INSERT INTO plan (singleton, name, sync_slot_minutes, deep_work_minimum_minutes, "
        "gap_limit_minutes) VALUES (1, ?, ?, ?, ?) ON CONFLICT (singleton) DO UPDATE SET "
        "name = excluded.name, sync_slot_minutes = excluded.sync_slot_minutes, "
        "deep_work_minimum_minutes = excluded.deep_work_minimum_minutes, "
        "gap_limit_minutes = excluded.gap_limit_minutes");
    statement.bind(1, name)
        .bind(2, std::int64_t{policy.syncSlot.count()})
        .bind(3, std::int64_t{policy.deepWorkMinimum.count()})
        .bind(4, std::int64_t{policy.gapLimit.count()});
    return statement.run();
}

int insertRegionRow(const sqlite::Database &db, const Region &region, std::size_t position)
{
    sqlite::Statement statement(
        db,
        "INSERT INTO regions (id, name, color, position) VALUES (?, ?, ?, ?)");
    statement.bind(1, region.id)
        .bind(2, region.name)
        .bind(3, region.color)
        .bind(4, static_cast<std::int64_t>(position));
    return statement.run();
}

int insertMemberRows(const sqlite::Database &db, const Member &member, std::size_t position)
{
    sqlite::Statement row(
        db,
        "INSERT INTO members (id, name, region_id, zone, position) VALUES (?, ?, ?, ?, ?)");
    row.bind(1, member.id)
        .bind(2, member.name)
        .bind(3, member.region)
        .bind(4, member.zone.name())
        .bind(5, static_cast<std::int64_t>(position));
    if (const int rc = row.run(); rc != SQLITE_DONE)
        return rc;

    sqlite::Statement range(db,
                            "INSERT INTO weekly_ranges (member_id, kind, position, days, "
                            "start_minute, end_minute) VALUES (?, ?, ?, ?, ?, ?)");
    const WeeklyPattern *patterns[] = {&member.work, &member.deepWork, &member.comms};
    for (int kind = 0; kind < 3; ++kind) {
        const auto &ranges = patterns[kind]->ranges;
        for (std::size_t i = 0; i < ranges.size(); ++i) {
            range.reset();
            range.bind(1, member.id)
                .bind(2, kind)
                .bind(3, static_cast<std::int64_t>(i))
                .bind(4, static_cast<std::int64_t>(ranges[i].days.bits()))
                .bind(5, std::int64_t{ranges[i].start.count()})
                .bind(6, std::int64_t{ranges[i].end.count()});
            if (const int rc = range.run(); rc != SQLITE_DONE)
                return rc;
        }
    }

    sqlite::Statement off(
        db,
        "INSERT INTO time_off (member_id, position, from_day, to_day) VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < member.timeOff.size(); ++i) {
        off.reset();
        off.bind(1, member.id)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, std::int64_t{member.timeOff[i].from.time_since_epoch().count()})
            .bind(4, std::int64_t{member.timeOff[i].to.time_since_epoch().count()});
        if (const int rc = off.run(); rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_DONE;
}

int insertBusyRows(const sqlite::Database &db,
                   const std::string &memberId,
                   const std::vector<BusyTime> &busy)
{
    sqlite::Statement row(db,
                          "INSERT INTO busy_times (member_id, source_uid, start, end, "
                          "summary) VALUES (?, ?, ?, ?, ?)");
    for (const BusyTime &b : busy) {
        row.reset();
        row.bind(1, memberId)
            .bind(2, b.sourceUid)
            .bind(3, std::int64_t{b.interval.start.time_since_epoch().count()})
            .bind(4, std::int64_t{b.interval.end.time_since_epoch().count()})
            .bind(5, b.summary);
        if (const int rc = row.run(); rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_DONE;
}

int insertHolidayRows(const sqlite::Database &db,
                      const std::string &regionId,
                      const std::vector<Holiday> &holidays)
{
    sqlite::Statement row(db, "INSERT INTO holidays (region_id, day, name) VALUES (?, ?, ?)");
    for (const Holiday &h : holidays) {
        row.reset();
        row.bind(1, regionId)
            .bind(2, std::int64_t{h.date.time_since_epoch().count()})
            .bind(3, h.name);
        if (const int rc = row.run(); rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_DONE;
}

int deleteMemberRows(const sqlite::Database &db, const std::string &id)
{
    for (const char *sql : {"DELETE FROM weekly_ranges WHERE member_id = ?",
                            "DELETE FROM time_off WHERE member_id = ?",
                            "DELETE FROM busy_times WHERE member_id = ?",
                            "DELETE FROM members WHERE id = ?"}) {
        sqlite::Statement statement(db, sql);
        statement.bind(1, id);
        if (const int rc = statement.run(); rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_DONE;
}

namespace
{
void bindTaskValues(sqlite::Statement &statement, const Task &task)
{
    const auto seconds = [](const std::optional<Instant> &instant) -> std::optional<std::int64_t> {
        if (!instant)
            return std::nullopt;
        return std::int64_t{instant->time_since_epoch().count()};
    };
    statement.bind(1, task.id)
        .bind(2, task.title)
        .bind(3, task.effortHours)
        .bind(4, task.priority)
        .bind(5, seconds(task.start))
        .bind(6, task.region)
        .bind(7, seconds(task.deadline))
        .bind(8, task.notes);
}
} // namespace

int insertTaskRow(const sqlite::Database &db, const Task &task, std::size_t position)
{
    sqlite::Statement statement(db,
                                "INSERT INTO tasks (id, title, effort_hours, priority, start, "
                                "region_id, deadline, notes, position) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindTaskValues(statement, task);
    statement.bind(9, static_cast<std::int64_t>(position));
    return statement.run();
}

int updateTaskRow(const sqlite::Database &db, const Task &task)
{
    sqlite::Statement statement(db,
                                "UPDATE tasks SET title = ?2, effort_hours = ?3, "
                                "priority = ?4, start = ?5, region_id = ?6, deadline = ?7, "
                                "notes = ?8 WHERE id = ?1");
    bindTaskValues(statement, task);
    return statement.run();
}

int writeHandoffNoteRows(const sqlite::Database &db, const Task &task)
{
    sqlite::Statement clear(db, "DELETE FROM handoff_notes WHERE task_id = ?");
    clear.bind(1, task.id);
    if (const int rc = clear.run(); rc != SQLITE_DONE)
        return rc;
    sqlite::Statement row(db,
                          "INSERT INTO handoff_notes (task_id, handoff, note) VALUES (?, ?, ?)");
    for (const auto &[number, text] : task.handoffNotes) {
        row.reset();
        row.bind(1, task.id).bind(2, number).bind(3, text);
        if (const int rc = row.run(); rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_DONE;
}

int shiftPositions(const sqlite::Database &db, const char *table, std::size_t position, int by)
{
    // The table name is one of ours, never user text.
    const std::string sql =
        std::string("UPDATE ") + table + " SET position = position + ? WHERE position >= ?";
    sqlite::Statement statement(db, sql);
    statement.bind(1, by).bind(2, static_cast<std::int64_t>(position));
    return statement.run();
}

} // namespace sunrelay::store
