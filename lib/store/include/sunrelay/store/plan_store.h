#pragma once

// PlanStore: a plan kept in one SQLite file (*.sunrelay), SQLite as the
// application file format.
//
//  - Every edit is one small transaction (autosave); nothing rewrites the
//    whole file, and a crash or kill -9 leaves the last committed edit.
//  - The file is untrusted input. Opening checks the header (SQLite magic,
//    application_id, user_version) before SQLite reads anything, then, on a
//    connection with SQLITE_DBCONFIG_DEFENSIVE and trusted_schema=OFF,
//    quick_check, the exact schema (no planted triggers or views, no altered
//    tables) and every row. A file that fails is reported and never written.
//  - Opening writes nothing, in either mode: a read-only open reads the file
//    as immutable (no locks, no -wal, -shm or journal made or applied), and
//    a read-write open defers the switch to WAL, the migration of an older
//    file format (forward, in one transaction) and the WAL anchor to the
//    first edit.
//  - A -wal or hot -journal beside the plan is applied only when it is the
//    plan's own (a crash); a stray one (another file's, another program's)
//    is refused naming it, and nothing is written (see src/sidecar.h).
//  - Only regular files are opened: a FIFO, device or directory is refused
//    before anything reads from it.
//  - A plan open for editing is locked (SQLite's exclusive locking mode): a
//    second program, reader or editor, gets StoreErrorCode::Locked naming
//    the holder.
//  - Entities are identified by their stable text ids (the interchange ids, or
//    fresh UUIDs for entities made in the app), never by SQLite row ids.
//
// Example:
//   auto store = PlanStore::create("acme.sunrelay", plan);
//   store.value().updateTask(changedTask);   // writes that one task
//   auto again = PlanStore::open("acme.sunrelay", OpenMode::ReadOnly);

#include "sunrelay/core/expected.h"
#include "sunrelay/core/plan.h"
#include "sunrelay/store/store_error.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sunrelay::store
{

// 'Srly' in the SQLite header (PRAGMA application_id).
inline constexpr int applicationId = 0x53726c79;
// The file format (PRAGMA user_version) this build writes; it reads 1 to this.
// 2: handoff notes keyed by the task's handoff number (format 1 keyed them by
// the handoff's instant; opening such a file numbers them, see Task).
// 3: the WAL anchor (table wal_anchor), which tells a plan's own -wal from a
// stray one.
inline constexpr int schemaVersion = 3;

enum class OpenMode {
    ReadWrite,
    ReadOnly
};
enum class Overwrite {
    Refuse,
    Allow
};

class PlanStore
{
public:
    // Writes `plan` to a new file at `path` (which must not exist) and opens
    // it for editing. The plan is validated like a file being opened. The
    // file appears atomically and never replaces one that appeared meanwhile
    // (of two programs creating the same path at once, one gets "a file
    // already exists at ...").
    static Expected<PlanStore, StoreError> create(const std::filesystem::path &path,
                                                  const Plan &plan);
    // Whether create() or saveAs() can make a new plan file at `path`: there
    // is nothing there, and no journal ("-wal", "-journal") that an earlier
    // file of that name left behind (a crash, a plan deleted while open),
    // which SQLite would replay into the new file.
    static bool isFreePath(const std::filesystem::path &path);
    static Expected<PlanStore, StoreError> open(const std::filesystem::path &path, OpenMode mode);

    PlanStore(PlanStore &&other) noexcept;
    PlanStore &operator=(PlanStore &&other) noexcept;
    ~PlanStore();

    const Plan &plan() const;
    const std::filesystem::path &path() const;
    bool isReadOnly() const;
    // The file format the file had when opened (it is migrated by the first
    // edit; opening writes nothing).
    int openedVersion() const;

    // PRAGMA integrity_check, the thorough check (opening runs quick_check):
    // what it finds wrong, empty when the file is sound.
    std::vector<std::string> checkIntegrity() const;

    // Edits. Each is one transaction: on an error neither the file nor plan()
    // changes. Positions are clamped to the end.
    using EditError = std::optional<StoreError>;
    [[nodiscard]] EditError setPlanName(const std::string &name);
    [[nodiscard]] EditError setPolicy(const Policy &policy);
    [[nodiscard]] EditError insertRegion(const Region &region, std::size_t position);
    [[nodiscard]] EditError updateRegion(const Region &region);
    [[nodiscard]] EditError moveRegion(std::string_view id, std::size_t position);
    // Removes the region and its members (undo re-inserts both).
    [[nodiscard]] EditError removeRegion(std::string_view id);
    [[nodiscard]] EditError insertMember(const Member &member, std::size_t position);
    [[nodiscard]] EditError updateMember(const Member &member);
    [[nodiscard]] EditError removeMember(std::string_view id);
    // A task's handoff notes are part of it: updateTask() rewrites that
    // task's note rows and nothing else.
    [[nodiscard]] EditError insertTask(const Task &task, std::size_t position);
    [[nodiscard]] EditError updateTask(const Task &task);
    [[nodiscard]] EditError removeTask(std::string_view id);
    // Imported data. Each replaces all that the member (region) had: the busy
    // times of a member's calendar (busy_time.h), a region's public holidays
    // (holiday.h). Kept sorted (by start, then source UID; by date).
    // updateMember() and updateRegion() leave them as they are.
    [[nodiscard]] EditError replaceBusyTimes(std::string_view memberId, std::vector<BusyTime> busy);
    [[nodiscard]] EditError replaceHolidays(std::string_view regionId,
                                            std::vector<Holiday> holidays);

    // Copies the plan to `path` with SQLite's backup API and continues on the
    // copy; the old file is closed unchanged.
    [[nodiscard]] EditError saveAs(const std::filesystem::path &path, Overwrite overwrite);

private:
    struct State;
    explicit PlanStore(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

// Whether the file starts like an SQLite database (so a CLI can tell a plan
// file from interchange JSON without guessing from the name).
bool looksLikePlanFile(const std::filesystem::path &path);

} // namespace sunrelay::store
