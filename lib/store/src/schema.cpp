#include "schema.h"

#include "plan_rows.h"

#include "sunrelay/store/plan_store.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace sunrelay::store
{

namespace
{

struct TableDefinition {
    const char *name;
    const char *sql; // exactly as SQLite keeps it in sqlite_schema
    std::vector<const char *> columns;
};

// Format 1. STRICT tables so SQLite itself refuses mistyped values; text ids
// as primary keys (WITHOUT ROWID): nothing refers to SQLite row ids.
const std::vector<TableDefinition> &version1Tables()
{
    static const std::vector<TableDefinition> tables = {
        {"plan",
         "CREATE TABLE plan (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), "
         "name TEXT NOT NULL, sync_slot_minutes INTEGER NOT NULL, "
         "deep_work_minimum_minutes INTEGER NOT NULL, gap_limit_minutes INTEGER NOT NULL) STRICT",
         {"singleton",
          "name",
          "sync_slot_minutes",
          "deep_work_minimum_minutes",
          "gap_limit_minutes"}},
        {"regions",
         "CREATE TABLE regions (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
         "color TEXT NOT NULL, position INTEGER NOT NULL) STRICT, WITHOUT ROWID",
         {"id", "name", "color", "position"}},
        {"members",
         "CREATE TABLE members (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
         "region_id TEXT NOT NULL, zone TEXT NOT NULL, position INTEGER NOT NULL) STRICT, "
         "WITHOUT ROWID",
         {"id", "name", "region_id", "zone", "position"}},
        {"weekly_ranges",
         "CREATE TABLE weekly_ranges (member_id TEXT NOT NULL, kind INTEGER NOT NULL, "
         "position INTEGER NOT NULL, days INTEGER NOT NULL, start_minute INTEGER NOT NULL, "
         "end_minute INTEGER NOT NULL, PRIMARY KEY (member_id, kind, position)) STRICT, "
         "WITHOUT ROWID",
         {"member_id", "kind", "position", "days", "start_minute", "end_minute"}},
        {"time_off",
         "CREATE TABLE time_off (member_id TEXT NOT NULL, position INTEGER NOT NULL, "
         "from_day INTEGER NOT NULL, to_day INTEGER NOT NULL, "
         "PRIMARY KEY (member_id, position)) STRICT, WITHOUT ROWID",
         {"member_id", "position", "from_day", "to_day"}},
        {"tasks",
         "CREATE TABLE tasks (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, "
         "effort_hours REAL NOT NULL, priority INTEGER NOT NULL, start INTEGER, region_id TEXT, "
         "deadline INTEGER, notes TEXT NOT NULL, position INTEGER NOT NULL) STRICT, "
         "WITHOUT ROWID",
         {"id",
          "title",
          "effort_hours",
          "priority",
          "start",
          "region_id",
          "deadline",
          "notes",
          "position"}},
        {"handoff_notes",
         "CREATE TABLE handoff_notes (task_id TEXT NOT NULL, at INTEGER NOT NULL, "
         "note TEXT NOT NULL, PRIMARY KEY (task_id, at)) STRICT, WITHOUT ROWID",
         {"task_id", "at", "note"}},
        {"busy_times",
         "CREATE TABLE busy_times (member_id TEXT NOT NULL, source_uid TEXT NOT NULL, "
         "start INTEGER NOT NULL, end INTEGER NOT NULL, summary TEXT NOT NULL, "
         "PRIMARY KEY (member_id, source_uid, start)) STRICT, WITHOUT ROWID",
         {"member_id", "source_uid", "start", "end", "summary"}},
        {"holidays",
         "CREATE TABLE holidays (region_id TEXT NOT NULL, day INTEGER NOT NULL, "
         "name TEXT NOT NULL, PRIMARY KEY (region_id, day)) STRICT, WITHOUT ROWID",
         {"region_id", "day", "name"}},
    };
    return tables;
}

// Format 2: handoff notes keyed by the task's handoff number (1 = its first
// handoff), not by the handoff's instant, which every move of the task
// changes. Otherwise as format 1.
const char *const version2HandoffNotesSql =
    "CREATE TABLE handoff_notes (task_id TEXT NOT NULL, handoff INTEGER NOT NULL, "
    "note TEXT NOT NULL, PRIMARY KEY (task_id, handoff)) STRICT, WITHOUT ROWID";

const std::vector<TableDefinition> &version2Tables()
{
    static const std::vector<TableDefinition> tables = [] {
        std::vector<TableDefinition> result = version1Tables();
        for (TableDefinition &table : result)
            if (std::string_view(table.name) == "handoff_notes")
                table = {"handoff_notes", version2HandoffNotesSql, {"task_id", "handoff", "note"}};
        return result;
    }();
    return tables;
}

// Format 3: the WAL anchor (sidecar.h), a row written in the first write
// transaction of each WAL generation, so a -wal beside a plan can be told to
// be the plan's own. Otherwise as format 2.
const char *const version3WalAnchorSql =
    "CREATE TABLE wal_anchor (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), "
    "page_size INTEGER NOT NULL, page_hashes BLOB NOT NULL) STRICT";

const std::vector<TableDefinition> &version3Tables()
{
    static const std::vector<TableDefinition> tables = [] {
        std::vector<TableDefinition> result = version2Tables();
        result.push_back(
            {"wal_anchor", version3WalAnchorSql, {"singleton", "page_size", "page_hashes"}});
        return result;
    }();
    return tables;
}

// A later format adds its list here and a step to `migrate` below.
const std::vector<TableDefinition> &tablesOf(int version)
{
    return version <= 1 ? version1Tables() : version == 2 ? version2Tables() : version3Tables();
}

StoreError schemaError(std::string detail, std::string table = {})
{
    StoreError e;
    e.code = StoreErrorCode::UnexpectedSchema;
    e.detail = std::move(detail);
    e.table = std::move(table);
    return e;
}

StoreError sqliteError(const sqlite::Database &db, StoreErrorCode code)
{
    StoreError e;
    e.code = code;
    e.detail = db.errorMessage();
    return e;
}

} // namespace

int createSchema(sqlite::Database &db)
{
    for (const TableDefinition &table : tablesOf(schemaVersion))
        if (const int rc = db.exec(table.sql); rc != SQLITE_OK)
            return rc;
    const std::string stamp = "PRAGMA application_id = " + std::to_string(applicationId)
        + "; PRAGMA user_version = " + std::to_string(schemaVersion);
    return db.exec(stamp.c_str());
}

std::optional<StoreError> checkSchema(sqlite::Database &db, int version)
{
    const auto &expected = tablesOf(version);
    std::vector<bool> seen(expected.size(), false);
    sqlite::Statement objects(db, "SELECT type, name, sql FROM sqlite_schema ORDER BY name");
    int rc;
    while ((rc = objects.step()) == SQLITE_ROW) {
        const std::string type = objects.text(0);
        const std::string name = objects.text(1);
        const auto table =
            std::find_if(expected.begin(), expected.end(), [&](const TableDefinition &t) {
                return name == t.name;
            });
        if (type != "table" || table == expected.end())
            return schemaError("unexpected " + type + " \"" + name + "\"");
        seen[static_cast<std::size_t>(table - expected.begin())] = true;
        if (objects.text(2) == table->sql)
            continue;
        // Say what differs when it is a column; otherwise that it differs.
        sqlite::Statement info(db, "SELECT name FROM pragma_table_info(?)");
        info.bind(1, name);
        std::vector<std::string> columns;
        while (info.step() == SQLITE_ROW)
            columns.push_back(info.text(0));
        for (const char *column : table->columns)
            if (std::find(columns.begin(), columns.end(), column) == columns.end())
                return schemaError("missing column \"" + std::string(column) + "\"", name);
        for (const std::string &column : columns)
            if (std::find(table->columns.begin(), table->columns.end(), column)
                == table->columns.end())
                return schemaError("unexpected column \"" + column + "\"", name);
        return schemaError("the table's definition differs", name);
    }
    if (rc != SQLITE_DONE)
        return sqliteError(db, StoreErrorCode::Corrupt);
    for (std::size_t i = 0; i < expected.size(); ++i)
        if (!seen[i])
            return schemaError("missing table \"" + std::string(expected[i].name) + "\"");
    return std::nullopt;
}

namespace
{

// 1 -> 2: handoff notes by number. loadPlan() has already numbered the
// format-1 notes (keyed by instant) into the plan's tasks, so the step
// replaces the table and writes the tasks' notes.
bool handoffNotesByNumber(sqlite::Database &db, const Plan &plan)
{
    if (db.exec("DROP TABLE handoff_notes") != SQLITE_OK
        || db.exec(version2HandoffNotesSql) != SQLITE_OK)
        return false;
    for (const Task &task : plan.tasks)
        if (writeHandoffNoteRows(db, task) != SQLITE_DONE)
            return false;
    return true;
}

// 2 -> 3: the WAL anchor's table; its row is written with every first write.
bool walAnchorTable(sqlite::Database &db, const Plan &)
{
    return db.exec(version3WalAnchorSql) == SQLITE_OK;
}

} // namespace

std::optional<StoreError> migrate(sqlite::Database &db, int fromVersion, const Plan &plan)
{
    if (fromVersion >= schemaVersion)
        return std::nullopt;
    // Steps from format N to N + 1, index N - 1, all in the caller's
    // transaction. C++ rather than SQL strings: a step may need the plan as
    // read.
    using Step = bool (*)(sqlite::Database & db, const Plan &plan);
    static const std::array<Step, schemaVersion - 1> steps{handoffNotesByNumber, walAnchorTable};
    for (int version = fromVersion; version < schemaVersion; ++version)
        if (!steps[static_cast<std::size_t>(version - 1)](db, plan))
            return sqliteError(db, StoreErrorCode::WriteFailed);
    const std::string stamp = "PRAGMA user_version = " + std::to_string(schemaVersion);
    if (db.exec(stamp.c_str()) != SQLITE_OK)
        return sqliteError(db, StoreErrorCode::WriteFailed);
    return std::nullopt;
}

int writeWalAnchor(sqlite::Database &db, std::int64_t pageSize, const std::string &pageHashes)
{
    sqlite::Statement statement(
        db,
        "INSERT OR REPLACE INTO wal_anchor (singleton, page_size, page_hashes) VALUES (1, ?, ?)");
    statement.bind(1, pageSize).bindBlob(2, pageHashes);
    return statement.run();
}

} // namespace sunrelay::store
