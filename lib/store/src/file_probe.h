#pragma once

// What can be learnt about a plan file without letting SQLite read it: the
// 100-byte header (magic, application_id, user_version, size), and who holds
// the lock on it.

#include "sunrelay/core/expected.h"
#include "sunrelay/store/store_error.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace sunrelay::store
{

struct FileHeader {
    int userVersion = 0;
};

// Reads at most `limit` bytes from the start of the file at `path` into
// `bytes`, and its size into `size`, or says why not. Only a regular file is
// read: it is opened without blocking (a FIFO would wait for a writer) and
// checked with fstat() before a byte is read, so a FIFO, device or directory
// is refused at once.
std::optional<StoreError> readRegularFile(const std::filesystem::path &path,
                                          std::size_t limit,
                                          std::string &bytes,
                                          std::uintmax_t &size);

// The header of an existing file, or the error that stops opening it: not
// readable, empty, not SQLite, another application's, newer, truncated.
Expected<FileHeader, StoreError> probeHeader(const std::filesystem::path &path);

// Who holds SQLite's locks on the file, from /proc/locks: "process 1234
// (sunrelay)" or "this program"; empty when nobody or unknown.
std::string lockHolder(const std::filesystem::path &path);

// Whether this process holds a write lock on the file (a PlanStore open for
// editing here), not just a reader's lock.
bool isEditedByThisProcess(const std::filesystem::path &path);

} // namespace sunrelay::store
