#pragma once

// The journals beside a plan file ("-wal", "-journal") and whether they are
// the plan's own. SQLite records nothing that ties a journal to its database
// and applies whatever it finds (a WAL is replayed on open and checkpointed
// into the file when the connection closes, even a connection that was then
// refused), so a stray journal from another file would be written into the
// plan. Sunrelay decides before SQLite opens the plan.
//
// The WAL anchor: the first write transaction of each WAL generation stores,
// in the table wal_anchor, the page size and a 64-bit hash of every page of
// the database file as it is on disk at that moment (checkpointed, so before
// anything of the WAL). A -wal belongs to the plan when, replayed on a
// private copy, it shows a Sunrelay plan whose anchor matches every page of
// the real file that the WAL does not rewrite itself (a checkpoint cut short
// by a crash may have written those already).
//
// A hot -journal belongs when it holds only page 1, as the file had it, and
// that image differs from the file's page 1 only in header bytes SQLite
// changes when it switches journal modes: switching to and from WAL is the
// only write Sunrelay makes in rollback mode on a plan in place (migrations
// run in WAL mode; new files are written under a temporary name).

#include "sqlite.h"

#include "sunrelay/core/expected.h"
#include "sunrelay/store/store_error.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace sunrelay::store
{

// A copy of a plan (and the journal to apply to it) in a private temporary
// directory, removed with the object.
class PrivateCopy
{
public:
    PrivateCopy() = default;
    PrivateCopy(PrivateCopy &&other) noexcept;
    PrivateCopy &operator=(PrivateCopy &&other) noexcept;
    PrivateCopy(const PrivateCopy &) = delete;
    PrivateCopy &operator=(const PrivateCopy &) = delete;
    ~PrivateCopy();

    // Writes `planBytes` as the copy and `journalBytes` beside it under
    // `journalSuffix` ("-wal", "-journal").
    static Expected<PrivateCopy, StoreError>
    make(std::string_view planBytes, const char *journalSuffix, std::string_view journalBytes);
    const std::filesystem::path &file() const { return m_file; }

private:
    void remove();
    std::filesystem::path m_directory;
    std::filesystem::path m_file;
};

enum class SidecarState {
    None, // nothing SQLite would apply to the file
    Live, // a process holds the plan's lock: the journal is that process's
    Own, // a journal the plan left in a crash, to be applied
};

struct SidecarCheck {
    SidecarState state = SidecarState::None;
    // Own: a private copy of the plan with its journal applied, for readers
    // that must not apply it to the real file.
    std::optional<PrivateCopy> applied;
};

// Looks at the -wal and -journal beside `plan` without letting SQLite near
// the real file; an error names the stray file and what to do.
Expected<SidecarCheck, StoreError> checkSidecars(const std::filesystem::path &plan);

// The anchor of a database file's bytes: 8 bytes (little-endian FNV-1a) per
// page of `pageSize`.
std::string pageHashes(std::string_view fileBytes, std::size_t pageSize);

// The bytes of the connection's main database file, read through SQLite's
// own file handle (opening and closing another descriptor on the file would
// drop SQLite's POSIX locks on it).
std::optional<std::string> readDatabaseFile(sqlite::Database &db);

} // namespace sunrelay::store
