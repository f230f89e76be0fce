#include "sunrelay/store/plan_store.h"

#include "file_probe.h"
#include "plan_rows.h"
#include "schema.h"
#include "sidecar.h"
#include "sqlite.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <limits>

#include <algorithm>
#include <fstream>
#include <random>
#include <unordered_map>

namespace sunrelay::store
{

struct PlanStore::State {
    State() = default;
    State(const State &) = delete;
    State &operator=(const State &) = delete;
    ~State()
    {
        // Closed, the plan is one self-contained file again (no -wal or -shm
        // beside it), ready to be mailed or opened read-only by anyone. A
        // session that wrote nothing leaves the file as it found it.
        if (db && mode == OpenMode::ReadWrite && switchedToWal)
            db.exec("PRAGMA journal_mode = DELETE");
    }

    // Everything a first write needs, done just before it, so that opening
    // (and a refused edit) writes nothing.
    std::optional<StoreError> prepareForWrites();

    // Where each task is in plan.tasks, so an edit in a 10,000-task plan
    // finds its task without a scan; rebuilt after an insert or removal.
    std::optional<std::size_t> taskAt(std::string_view id)
    {
        if (taskIndexStale) {
            taskIndex.clear();
            for (std::size_t i = 0; i < plan.tasks.size(); ++i)
                taskIndex.emplace(plan.tasks[i].id, i);
            taskIndexStale = false;
        }
        const auto found = taskIndex.find(std::string(id));
        if (found == taskIndex.end())
            return std::nullopt;
        return found->second;
    }

    sqlite::Database db;
    std::filesystem::path path;
    Plan plan;
    std::unordered_map<std::string, std::size_t> taskIndex;
    bool taskIndexStale = true;
    OpenMode mode = OpenMode::ReadWrite;
    int openedVersion = schemaVersion;
    // The format the file has now (migrated by the first write).
    int fileVersion = schemaVersion;
    // Whether this session switched the file to WAL mode (to switch back on
    // close), and whether it has started a WAL generation (and so migrated).
    bool switchedToWal = false;
    bool writing = false;
    // A read-only plan whose crash journal had to be applied is read from a
    // private copy with it applied; the real file is never written.
    std::optional<PrivateCopy> appliedCopy;
};

namespace
{

StoreError errorOf(StoreErrorCode code, std::string detail)
{
    StoreError e;
    e.code = code;
    e.detail = std::move(detail);
    return e;
}

bool isBusy(int rc)
{
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

StoreError lockedError(const std::filesystem::path &path)
{
    StoreError e = errorOf(StoreErrorCode::Locked, "the plan is locked");
    e.holder = lockHolder(path);
    return e;
}

// A connection that trusts nothing in the file: no triggers, views, extension
// loading or non-innocuous functions reachable from the schema, and SQLite's
// defensive mode against direct writes to its internals.
void harden(sqlite::Database &db)
{
    sqlite3 *handle = db.handle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    db.exec("PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0");
    // Another program reading the file for a moment (sunrelay-cli, a second
    // window checking whether it may open it) is waited for, not taken for
    // an editor: only a lock held longer than this is reported as Locked.
    sqlite3_busy_timeout(handle, 1500);
}

std::string fileUri(const std::filesystem::path &path, const char *query);

// quick_check, exact schema, every row: the checks that make a file
// trustworthy, all read-only. The format is read from the connection, not the
// header: a crash journal applied may have been a migration.
Expected<Plan, StoreError>
verifyAndLoad(sqlite::Database &db, int &version, const std::filesystem::path &path)
{
    sqlite::Statement check(db, "PRAGMA quick_check");
    const int rc = check.step();
    if (isBusy(rc))
        return lockedError(path);
    if (rc != SQLITE_ROW)
        return errorOf(StoreErrorCode::Corrupt, db.errorMessage());
    if (check.text(0) != "ok")
        return errorOf(StoreErrorCode::Corrupt, check.text(0));
    sqlite::Statement userVersion(db, "PRAGMA user_version");
    if (userVersion.step() != SQLITE_ROW)
        return errorOf(StoreErrorCode::Corrupt, db.errorMessage());
    version = static_cast<int>(userVersion.integer(0));
    if (version > schemaVersion) {
        StoreError e = errorOf(StoreErrorCode::NewerVersion, {});
        e.fileVersion = version;
        e.supportedVersion = schemaVersion;
        return e;
    }
    if (version < 1)
        return errorOf(StoreErrorCode::Corrupt, "the file format version is missing");
    if (auto error = checkSchema(db, version))
        return *error;
    return loadPlan(db, version);
}

// Opens `file` as immutable (nothing written, no locks) and runs the checks
// of opening on it.
std::optional<StoreError> verifyImmutable(const std::filesystem::path &copy,
                                          const std::filesystem::path &path)
{
    sqlite::Database db;
    std::string message;
    if (sqlite::Database::open(fileUri(copy, "?immutable=1"),
                               SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                               db,
                               message)
        != SQLITE_OK)
        return errorOf(StoreErrorCode::CannotOpen, message);
    harden(db);
    if (db.exec("BEGIN") != SQLITE_OK)
        return errorOf(StoreErrorCode::Corrupt, db.errorMessage());
    int version = 0;
    auto loaded = verifyAndLoad(db, version, path);
    db.exec("ROLLBACK");
    if (!loaded)
        return loaded.error();
    return std::nullopt;
}

// Switches to write-ahead logging and checks that it took: WAL keeps each
// edit's commit small, and readers never see half an edit.
std::optional<StoreError> enableWal(sqlite::Database &db)
{
    sqlite::Statement mode(db, "PRAGMA journal_mode = WAL");
    if (mode.step() != SQLITE_ROW || mode.text(0) != "wal")
        return errorOf(StoreErrorCode::WriteFailed, "cannot switch to write-ahead logging");
    // NORMAL in WAL mode: a crashed or killed process loses nothing committed.
    db.exec("PRAGMA synchronous = NORMAL");
    return std::nullopt;
}

// Takes SQLite's lock on an existing plan file at `path` so nobody is
// editing it while it is replaced; a file that is no database has no lock.
std::optional<StoreError> lockTarget(const std::filesystem::path &path, sqlite::Database &db)
{
    std::string message;
    if (sqlite::Database::open(path.string(), SQLITE_OPEN_READWRITE, db, message) != SQLITE_OK)
        return std::nullopt;
    db.exec("PRAGMA locking_mode = EXCLUSIVE");
    const int rc = db.exec("BEGIN IMMEDIATE");
    if (isBusy(rc))
        return lockedError(path);
    return std::nullopt;
}

// A journal an earlier file at `path` left behind, if there is one.
std::optional<std::filesystem::path> leftoverJournal(const std::filesystem::path &path)
{
    for (const char *suffix : {"-wal", "-journal"}) {
        std::filesystem::path journal = path;
        journal += suffix;
        std::error_code ec;
        if (std::filesystem::exists(journal, ec) || ec)
            return journal;
    }
    return std::nullopt;
}

StoreError leftoverJournalError(const std::filesystem::path &journal)
{
    return errorOf(StoreErrorCode::CannotOpen,
                   "a journal left by an earlier plan file of that name is there ("
                       + journal.filename().string() + "); move it away or choose another name");
}

// An SQLite URI naming `path`, with the characters URIs reserve escaped.
std::string fileUri(const std::filesystem::path &path, const char *query)
{
    std::string uri = "file:";
    for (const char c : std::filesystem::absolute(path).string()) {
        if (c == '%' || c == '?' || c == '#') {
            static const char hex[] = "0123456789abcdef";
            uri += '%';
            uri += hex[static_cast<unsigned char>(c) >> 4];
            uri += hex[static_cast<unsigned char>(c) & 0xf];
        } else {
            uri += c;
        }
    }
    return uri + query;
}

// Renames `from` to `to` unless something is at `to`, atomically: of two
// programs creating the same plan at once exactly one wins. Where the file
// system has no RENAME_NOREPLACE, link() gives the same guarantee.
std::optional<StoreError> renameNoReplace(const std::string &from, const std::filesystem::path &to)
{
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return std::nullopt;
    int error = errno;
    if (error == EINVAL || error == ENOSYS || error == ENOTSUP) {
        if (::link(from.c_str(), to.c_str()) == 0) {
            ::unlink(from.c_str());
            return std::nullopt;
        }
        error = errno;
    }
    if (error == EEXIST)
        return errorOf(StoreErrorCode::CannotOpen, "a file already exists at " + to.string());
    return errorOf(StoreErrorCode::WriteFailed, std::strerror(error));
}

std::string temporarySibling(const std::filesystem::path &path)
{
    std::random_device random;
    return path.string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random());
}

// Takes the lock `mode` needs and begins the transaction the plan is read
// in. Exclusive locking mode keeps an editor's lock from the first
// transaction until the plan is closed: a second program, reader or editor,
// is told, not let in. BEGIN EXCLUSIVE takes that lock without writing.
std::optional<StoreError>
beginLoading(sqlite::Database &db, OpenMode mode, const std::filesystem::path &path)
{
    if (mode == OpenMode::ReadOnly) {
        if (db.exec("BEGIN") != SQLITE_OK)
            return errorOf(StoreErrorCode::Corrupt, db.errorMessage());
        return std::nullopt;
    }
    db.exec("PRAGMA locking_mode = EXCLUSIVE");
    const int begun = db.exec("BEGIN EXCLUSIVE");
    if (isBusy(begun))
        return lockedError(path);
    if (begun != SQLITE_OK)
        return errorOf(StoreErrorCode::Corrupt, db.errorMessage());
    return std::nullopt;
}

// SQLite deletes a -wal when the last connection closes; a refused file's
// -wal must stay as it was.
void keepWalOnClose(sqlite::Database &db)
{
    int keepWal = 1;
    sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_PERSIST_WAL, &keepWal);
}

} // namespace

PlanStore::PlanStore(std::unique_ptr<State> state)
    : m_state(std::move(state))
{
}

PlanStore::PlanStore(PlanStore &&other) noexcept = default;
PlanStore &PlanStore::operator=(PlanStore &&other) noexcept = default;
PlanStore::~PlanStore() = default;

const Plan &PlanStore::plan() const
{
    return m_state->plan;
}

const std::filesystem::path &PlanStore::path() const
{
    return m_state->path;
}

bool PlanStore::isReadOnly() const
{
    return m_state->mode == OpenMode::ReadOnly;
}

int PlanStore::openedVersion() const
{
    return m_state->openedVersion;
}

Expected<PlanStore, StoreError> PlanStore::open(const std::filesystem::path &path, OpenMode mode)
{
    // Open for editing in this process already: answered before anything
    // here opens the file, since closing another descriptor on it would drop
    // the POSIX locks SQLite holds for the editor.
    if (isEditedByThisProcess(path))
        return lockedError(path);
    // The header decides, before SQLite reads anything, whether this is ours
    // (and only a regular file gets that far); then whether a journal beside
    // it is its own.
    const auto header = probeHeader(path);
    if (!header)
        return header.error();
    auto sidecars = checkSidecars(path);
    if (!sidecars)
        return sidecars.error();

    const bool heldByAProgram =
        sidecars.value().state == SidecarState::Live || !lockHolder(path).empty();
    if (mode == OpenMode::ReadWrite && !heldByAProgram) {
        // A read-write connection may write even when it is then refused
        // (SQLite applies a journal on open, checkpoints or deletes a -wal on
        // close), so the checks run first on an immutable view: of the file,
        // or of the private copy with the plan's own crash journal applied.
        const auto &applied = sidecars.value().applied;
        if (auto error = verifyImmutable(applied ? applied->file() : path, path))
            return *error;
    }

    auto state = std::make_unique<State>();
    state->path = path;
    state->mode = mode;
    std::string message;
    // One connection per store, used by one thread: SQLite's own mutexes
    // would only cost time.
    if (mode == OpenMode::ReadOnly && !heldByAProgram) {
        // Nobody has the plan open: read it as immutable (no locks, no -wal,
        // -shm or journal looked at or made, nothing written), or its private
        // copy when a crash left a journal to apply.
        state->appliedCopy = std::move(sidecars.value().applied);
        const std::filesystem::path &source =
            state->appliedCopy ? state->appliedCopy->file() : path;
        if (sqlite::Database::open(fileUri(source, "?immutable=1"),
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                                   state->db,
                                   message)
            != SQLITE_OK)
            return errorOf(StoreErrorCode::CannotOpen, message);
    } else {
        // Read-write, or read-only while another program has the plan open:
        // SQLite's locks decide (an editor's exclusive lock reports Locked).
        const int flags =
            (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
            | SQLITE_OPEN_NOMUTEX;
        if (sqlite::Database::open(path.string(), flags, state->db, message) != SQLITE_OK)
            return errorOf(StoreErrorCode::CannotOpen, message);
    }
    sqlite::Database &db = state->db;
    harden(db);

    if (auto error = beginLoading(db, mode, path))
        return *error;
    int version = header.value().userVersion;
    auto loaded = verifyAndLoad(db, version, path);
    db.exec("ROLLBACK");
    if (!loaded) {
        // Refused after all (a read-write connection can see more than the
        // immutable view: SQLite opens a -wal even beside a rollback-mode
        // file): closing must not delete the -wal either.
        keepWalOnClose(db);
        return loaded.error();
    }
    state->plan = std::move(loaded).value();
    state->openedVersion = version;
    state->fileVersion = version;
    // Nothing is written here: migration, the switch to WAL and the anchor
    // wait for the first edit (prepareForWrites).
    return PlanStore(std::move(state));
}

std::optional<StoreError> PlanStore::State::prepareForWrites()
{
    if (writing)
        return std::nullopt;
    // WAL first: switching rewrites page 1's header through a rollback
    // journal, the only one Sunrelay leaves in place after a crash (sidecar.h).
    if (auto error = enableWal(db))
        return error;
    switchedToWal = true;
    // Checkpoints only here and at close, so the WAL generation starts on
    // the file as it is on disk now, the file the anchor describes.
    db.exec("PRAGMA wal_autocheckpoint = 0");
    // The C API, not the pragma: a pragma statement after the opening
    // quick_check is refused as "database table is locked".
    if (sqlite3_wal_checkpoint_v2(db.handle(), "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr)
        != SQLITE_OK)
        return errorOf(StoreErrorCode::WriteFailed, db.errorMessage());
    const auto bytes = readDatabaseFile(db);
    std::int64_t size = 0;
    {
        sqlite::Statement pageSize(db, "PRAGMA page_size");
        if (!bytes || pageSize.step() != SQLITE_ROW)
            return errorOf(StoreErrorCode::WriteFailed, "cannot read the plan file back");
        size = pageSize.integer(0);
    }
    // The WAL's first transaction: the migration (now in WAL mode) and the
    // anchor.
    sqlite::Transaction transaction(db);
    if (transaction.beginResult() != SQLITE_OK)
        return errorOf(StoreErrorCode::WriteFailed, db.errorMessage());
    if (auto error = migrate(db, fileVersion, plan))
        return error;
    if (writeWalAnchor(db, size, pageHashes(*bytes, static_cast<std::size_t>(size))) != SQLITE_DONE
        || transaction.commit() != SQLITE_OK)
        return errorOf(StoreErrorCode::WriteFailed, db.errorMessage());
    fileVersion = schemaVersion;
    writing = true;
    return std::nullopt;
}

std::vector<std::string> PlanStore::checkIntegrity() const
{
    sqlite::Database &db = m_state->db;
    std::vector<std::string> problems;
    sqlite::Statement check(db, "PRAGMA integrity_check");
    int rc;
    while ((rc = check.step()) == SQLITE_ROW)
        if (const std::string line = check.text(0); line != "ok")
            problems.push_back(line);
    if (rc != SQLITE_DONE)
        problems.push_back(db.errorMessage());
    return problems;
}

Expected<PlanStore, StoreError> PlanStore::create(const std::filesystem::path &path,
                                                  const Plan &plan)
{
    if (auto error = checkPlan(plan))
        return *error;
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return errorOf(StoreErrorCode::CannotOpen, "a file already exists at " + path.string());
    if (const auto journal = leftoverJournal(path))
        return leftoverJournalError(*journal);

    // Written under a temporary name and renamed, so a plan file is never
    // seen half made.
    const std::string temporary = temporarySibling(path);
    {
        sqlite::Database db;
        std::string message;
        if (sqlite::Database::open(temporary,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                   db,
                                   message)
            != SQLITE_OK)
            return errorOf(StoreErrorCode::CannotOpen, message);
        harden(db);
        const auto fail = [&](const std::string &detail) {
            db.close();
            std::filesystem::remove(temporary, ec);
            return errorOf(StoreErrorCode::WriteFailed, detail);
        };
        if (db.exec("PRAGMA journal_mode = DELETE") != SQLITE_OK)
            return fail(db.errorMessage());
        sqlite::Transaction transaction(db);
        if (transaction.beginResult() != SQLITE_OK || createSchema(db) != SQLITE_OK
            || writePlanRow(db, plan.name, plan.policy) != SQLITE_DONE)
            return fail(db.errorMessage());
        for (std::size_t i = 0; i < plan.regions.size(); ++i)
            if (insertRegionRow(db, plan.regions[i], i) != SQLITE_DONE
                || insertHolidayRows(db, plan.regions[i].id, plan.regions[i].holidays)
                    != SQLITE_DONE)
                return fail(db.errorMessage());
        for (std::size_t i = 0; i < plan.members.size(); ++i)
            if (insertMemberRows(db, plan.members[i], i) != SQLITE_DONE
                || insertBusyRows(db, plan.members[i].id, plan.members[i].busy) != SQLITE_DONE)
                return fail(db.errorMessage());
        for (std::size_t i = 0; i < plan.tasks.size(); ++i)
            if (insertTaskRow(db, plan.tasks[i], i) != SQLITE_DONE
                || writeHandoffNoteRows(db, plan.tasks[i]) != SQLITE_DONE)
                return fail(db.errorMessage());
        if (transaction.commit() != SQLITE_OK)
            return fail(db.errorMessage());
    }
    if (auto error = renameNoReplace(temporary, path)) {
        std::filesystem::remove(temporary, ec);
        return *error;
    }
    return open(path, OpenMode::ReadWrite);
}

bool PlanStore::isFreePath(const std::filesystem::path &path)
{
    std::error_code ec;
    return !std::filesystem::exists(path, ec) && !ec && !leftoverJournal(path);
}

bool looksLikePlanFile(const std::filesystem::path &path)
{
    std::string magic;
    std::uintmax_t size = 0;
    return !readRegularFile(path, 16, magic, size) && magic.size() == 16
        && std::equal(magic.begin(), magic.end(), "SQLite format 3");
}

// ---- Edits ---------------------------------------------------------------

namespace
{

// Runs `write` in one transaction; on success applies `apply` to the
// in-memory plan. Either both change or neither.
template<typename State, typename Write, typename Apply>
PlanStore::EditError edit(State &state, Write &&write, Apply &&apply)
{
    if (state.mode == OpenMode::ReadOnly)
        return errorOf(StoreErrorCode::ReadOnly, {});
    if (auto error = state.prepareForWrites())
        return error;
    sqlite::Database &db = state.db;
    sqlite::Transaction transaction(db);
    if (transaction.beginResult() != SQLITE_OK)
        return errorOf(StoreErrorCode::WriteFailed, db.errorMessage());
    if (!write() || transaction.commit() != SQLITE_OK)
        return errorOf(StoreErrorCode::WriteFailed, db.errorMessage());
    apply();
    return std::nullopt;
}

bool done(int rc)
{
    return rc == SQLITE_DONE || rc == SQLITE_OK;
}

template<typename Entity>
std::optional<std::size_t> indexOf(const std::vector<Entity> &entities, std::string_view id)
{
    for (std::size_t i = 0; i < entities.size(); ++i)
        if (entities[i].id == id)
            return i;
    return std::nullopt;
}

StoreError notFound(const char *what, std::string_view id)
{
    return errorOf(StoreErrorCode::NotFound, std::string(what) + " \"" + std::string(id) + "\"");
}

StoreError duplicate(const char *what, std::string_view id)
{
    return errorOf(StoreErrorCode::InvalidEdit,
                   std::string("there is already a ") + what + " \"" + std::string(id) + "\"");
}

int runWithId(const sqlite::Database &db, const char *sql, std::string_view id)
{
    sqlite::Statement statement(db, sql);
    statement.bind(1, id);
    return statement.run();
}

} // namespace

PlanStore::EditError PlanStore::setPlanName(const std::string &name)
{
    State &s = *m_state;
    if (auto error = checkPlanName(name))
        return error;
    return edit(
        s,
        [&] {
            return done(writePlanRow(s.db, name, s.plan.policy));
        },
        [&] {
            s.plan.name = name;
        });
}

PlanStore::EditError PlanStore::setPolicy(const Policy &policy)
{
    if (auto error = checkPolicy(policy))
        return error;
    State &s = *m_state;
    return edit(
        s,
        [&] {
            return done(writePlanRow(s.db, s.plan.name, policy));
        },
        [&] {
            s.plan.policy = policy;
        });
}

PlanStore::EditError PlanStore::insertRegion(const Region &region, std::size_t position)
{
    State &s = *m_state;
    if (auto error = checkRegion(region))
        return error;
    if (indexOf(s.plan.regions, region.id))
        return duplicate("region", region.id);
    if (auto error = checkRegionCount(s.plan))
        return error;
    position = std::min(position, s.plan.regions.size());
    return edit(
        s,
        [&] {
            return done(shiftPositions(s.db, "regions", position, 1))
                && done(insertRegionRow(s.db, region, position))
                && done(insertHolidayRows(s.db, region.id, region.holidays));
        },
        [&] {
            s.plan.regions.insert(s.plan.regions.begin() + static_cast<std::ptrdiff_t>(position),
                                  region);
        });
}

PlanStore::EditError PlanStore::updateRegion(const Region &region)
{
    State &s = *m_state;
    if (auto error = checkRegion(region))
        return error;
    const auto index = indexOf(s.plan.regions, region.id);
    if (!index)
        return notFound("region", region.id);
    return edit(
        s,
        [&] {
            sqlite::Statement statement(s.db,
                                        "UPDATE regions SET name = ?, color = ? WHERE id = ?");
            statement.bind(1, region.name).bind(2, region.color).bind(3, region.id);
            return done(statement.run());
        },
        [&] {
            // Holidays are the region's imported data: replaceHolidays() edits them.
            std::vector<Holiday> holidays = std::move(s.plan.regions[*index].holidays);
            s.plan.regions[*index] = region;
            s.plan.regions[*index].holidays = std::move(holidays);
        });
}

PlanStore::EditError PlanStore::moveRegion(std::string_view id, std::size_t position)
{
    State &s = *m_state;
    const auto index = indexOf(s.plan.regions, id);
    if (!index)
        return notFound("region", id);
    std::vector<Region> reordered = s.plan.regions;
    const Region moving = reordered[*index];
    reordered.erase(reordered.begin() + static_cast<std::ptrdiff_t>(*index));
    position = std::min(position, reordered.size());
    reordered.insert(reordered.begin() + static_cast<std::ptrdiff_t>(position), moving);
    return edit(
        s,
        [&] {
            // A handful of regions: renumber them all.
            sqlite::Statement statement(s.db, "UPDATE regions SET position = ? WHERE id = ?");
            for (std::size_t i = 0; i < reordered.size(); ++i) {
                statement.reset();
                statement.bind(1, static_cast<std::int64_t>(i)).bind(2, reordered[i].id);
                if (!done(statement.run()))
                    return false;
            }
            return true;
        },
        [&] {
            s.plan.regions = std::move(reordered);
        });
}

PlanStore::EditError PlanStore::removeRegion(std::string_view id)
{
    State &s = *m_state;
    const auto index = indexOf(s.plan.regions, id);
    if (!index)
        return notFound("region", id);
    return edit(
        s,
        [&] {
            for (const Member &member : s.plan.members)
                if (member.region == id && !done(deleteMemberRows(s.db, member.id)))
                    return false;
            // Tasks placed in the region go back to the backlog.
            return done(runWithId(s.db,
                                  "UPDATE tasks SET region_id = NULL, start = NULL "
                                  "WHERE region_id = ?",
                                  id))
                && done(runWithId(s.db, "DELETE FROM holidays WHERE region_id = ?", id))
                && done(runWithId(s.db, "DELETE FROM regions WHERE id = ?", id))
                && done(shiftPositions(s.db, "regions", *index + 1, -1))
                && done(s.db.exec("WITH ordered AS (SELECT id, row_number() OVER "
                                  "(ORDER BY position) - 1 AS n FROM members) "
                                  "UPDATE members SET position = (SELECT n FROM ordered "
                                  "WHERE ordered.id = members.id)"));
        },
        [&] {
            std::erase_if(s.plan.members, [&](const Member &m) {
                return m.region == id;
            });
            for (Task &task : s.plan.tasks)
                if (task.region == id) {
                    task.region.reset();
                    task.start.reset();
                }
            s.plan.regions.erase(s.plan.regions.begin() + static_cast<std::ptrdiff_t>(*index));
        });
}

PlanStore::EditError PlanStore::insertMember(const Member &member, std::size_t position)
{
    State &s = *m_state;
    if (auto error = checkMember(member, s.plan))
        return error;
    if (indexOf(s.plan.members, member.id))
        return duplicate("member", member.id);
    position = std::min(position, s.plan.members.size());
    return edit(
        s,
        [&] {
            return (position == s.plan.members.size()
                    || done(shiftPositions(s.db, "members", position, 1)))
                && done(insertMemberRows(s.db, member, position))
                && done(insertBusyRows(s.db, member.id, member.busy));
        },
        [&] {
            s.plan.members.insert(s.plan.members.begin() + static_cast<std::ptrdiff_t>(position),
                                  member);
        });
}

PlanStore::EditError PlanStore::updateMember(const Member &member)
{
    State &s = *m_state;
    if (auto error = checkMember(member, s.plan))
        return error;
    const auto index = indexOf(s.plan.members, member.id);
    if (!index)
        return notFound("member", member.id);
    return edit(
        s,
        [&] {
            // The member's own rows only: its row, ranges and time off. Its
            // busy times are imported data that replaceBusyTimes() edits.
            return done(runWithId(s.db, "DELETE FROM weekly_ranges WHERE member_id = ?", member.id))
                && done(runWithId(s.db, "DELETE FROM time_off WHERE member_id = ?", member.id))
                && done(runWithId(s.db, "DELETE FROM members WHERE id = ?", member.id))
                && done(insertMemberRows(s.db, member, *index));
        },
        [&] {
            std::vector<BusyTime> busy = std::move(s.plan.members[*index].busy);
            s.plan.members[*index] = member;
            s.plan.members[*index].busy = std::move(busy);
        });
}

PlanStore::EditError PlanStore::removeMember(std::string_view id)
{
    State &s = *m_state;
    const auto index = indexOf(s.plan.members, id);
    if (!index)
        return notFound("member", id);
    return edit(
        s,
        [&] {
            return done(deleteMemberRows(s.db, std::string(id)))
                && done(shiftPositions(s.db, "members", *index + 1, -1));
        },
        [&] {
            s.plan.members.erase(s.plan.members.begin() + static_cast<std::ptrdiff_t>(*index));
        });
}

PlanStore::EditError PlanStore::insertTask(const Task &task, std::size_t position)
{
    State &s = *m_state;
    if (auto error = checkTask(task, s.plan))
        return error;
    if (s.taskAt(task.id))
        return duplicate("task", task.id);
    position = std::min(position, s.plan.tasks.size());
    return edit(
        s,
        [&] {
            return (position == s.plan.tasks.size()
                    || done(shiftPositions(s.db, "tasks", position, 1)))
                && done(insertTaskRow(s.db, task, position))
                && done(writeHandoffNoteRows(s.db, task));
        },
        [&] {
            s.plan.tasks.insert(s.plan.tasks.begin() + static_cast<std::ptrdiff_t>(position), task);
            s.taskIndexStale = true;
        });
}

PlanStore::EditError PlanStore::updateTask(const Task &task)
{
    State &s = *m_state;
    if (auto error = checkTask(task, s.plan))
        return error;
    const auto index = s.taskAt(task.id);
    if (!index)
        return notFound("task", task.id);
    // The task's row and its own note rows only: independent of plan size.
    return edit(
        s,
        [&] {
            return done(updateTaskRow(s.db, task)) && done(writeHandoffNoteRows(s.db, task));
        },
        [&] {
            s.plan.tasks[*index] = task;
        });
}

PlanStore::EditError PlanStore::removeTask(std::string_view id)
{
    State &s = *m_state;
    const auto index = s.taskAt(id);
    if (!index)
        return notFound("task", id);
    return edit(
        s,
        [&] {
            return done(runWithId(s.db, "DELETE FROM handoff_notes WHERE task_id = ?", id))
                && done(runWithId(s.db, "DELETE FROM tasks WHERE id = ?", id))
                && done(shiftPositions(s.db, "tasks", *index + 1, -1));
        },
        [&] {
            s.plan.tasks.erase(s.plan.tasks.begin() + static_cast<std::ptrdiff_t>(*index));
            s.taskIndexStale = true;
        });
}

PlanStore::EditError PlanStore::replaceBusyTimes(std::string_view memberId,
                                                 std::vector<BusyTime> busy)
{
    State &s = *m_state;
    const auto index = indexOf(s.plan.members, memberId);
    if (!index)
        return notFound("member", memberId);
    if (auto error = checkBusyTimes(busy))
        return error;
    std::sort(busy.begin(), busy.end(), [](const BusyTime &a, const BusyTime &b) {
        return a.interval.start != b.interval.start ? a.interval.start < b.interval.start
                                                    : a.sourceUid < b.sourceUid;
    });
    const std::string id(memberId);
    return edit(
        s,
        [&] {
            return done(runWithId(s.db, "DELETE FROM busy_times WHERE member_id = ?", id))
                && done(insertBusyRows(s.db, id, busy));
        },
        [&] {
            s.plan.members[*index].busy = std::move(busy);
        });
}

PlanStore::EditError PlanStore::replaceHolidays(std::string_view regionId,
                                                std::vector<Holiday> holidays)
{
    State &s = *m_state;
    const auto index = indexOf(s.plan.regions, regionId);
    if (!index)
        return notFound("region", regionId);
    if (auto error = checkHolidays(holidays))
        return error;
    std::sort(holidays.begin(), holidays.end(), [](const Holiday &a, const Holiday &b) {
        return a.date < b.date;
    });
    const std::string id(regionId);
    return edit(
        s,
        [&] {
            return done(runWithId(s.db, "DELETE FROM holidays WHERE region_id = ?", id))
                && done(insertHolidayRows(s.db, id, holidays));
        },
        [&] {
            s.plan.regions[*index].holidays = std::move(holidays);
        });
}

PlanStore::EditError PlanStore::saveAs(const std::filesystem::path &path, Overwrite overwrite)
{
    State &s = *m_state;
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        if (overwrite == Overwrite::Refuse)
            return errorOf(StoreErrorCode::CannotOpen, "a file already exists at " + path.string());
        if (std::filesystem::equivalent(path, s.path, ec))
            return errorOf(StoreErrorCode::InvalidEdit, "the plan is already saved there");
    } else if (const auto journal = leftoverJournal(path)) {
        // A plan being replaced takes its own journal with it (its lock is
        // held below); one without its file would be replayed into the copy.
        return leftoverJournalError(*journal);
    }
    // Hold the lock of a plan being replaced, so no one's edits go on into a
    // file that is no longer there.
    sqlite::Database target;
    if (std::filesystem::exists(path, ec))
        if (auto error = lockTarget(path, target))
            return error;
    // Copy page by page into a temporary sibling, then rename over the target.
    const std::string temporary = temporarySibling(path);
    {
        sqlite::Database copy;
        std::string message;
        if (sqlite::Database::open(temporary,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                   copy,
                                   message)
            != SQLITE_OK)
            return errorOf(StoreErrorCode::CannotOpen, message);
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", s.db.handle(), "main");
        int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(copy.handle());
        if (backup)
            sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            message = copy.errorMessage();
            copy.close();
            std::filesystem::remove(temporary, ec);
            return errorOf(StoreErrorCode::WriteFailed, message);
        }
        // The copy leaves WAL mode so it is one self-contained file.
        copy.exec("PRAGMA journal_mode = DELETE");
    }
    if (overwrite == Overwrite::Refuse) {
        if (auto error = renameNoReplace(temporary, path)) {
            std::filesystem::remove(temporary, ec);
            return error;
        }
    } else {
        std::filesystem::rename(temporary, path, ec);
        target.close();
        if (ec) {
            std::filesystem::remove(temporary, ec);
            return errorOf(StoreErrorCode::WriteFailed, ec.message());
        }
    }
    target.close();
    // Continue on the copy; the old file closes as it was.
    auto reopened = open(path, isReadOnly() ? OpenMode::ReadOnly : OpenMode::ReadWrite);
    if (!reopened)
        return reopened.error();
    *this = std::move(reopened).value();
    return std::nullopt;
}

} // namespace sunrelay::store
