#pragma once

// What can be learnt about a plan file without letting SQLite read it: the
// 100-byte header (magic, application_id, user_version, size), and who holds
// the lock on it.

#include "sunrelay/core/expected.h"
#include "sunrelay/store/store_error.h"

#include <filesystem>
#include <optional>
#include <string>

namespace sunrelay::store {

struct FileHeader {
    int userVersion = 0;
};

// The header of an existing file, or the error that stops opening it: not
// readable, empty, not SQLite, another application's, newer, truncated.
Expected<FileHeader, StoreError> probeHeader(const std::filesystem::path &path);

// Who holds SQLite's locks on the file, from /proc/locks: "process 1234
// (sunrelay)" or "this program"; empty when nobody or unknown.
std::string lockHolder(const std::filesystem::path &path);

} // namespace sunrelay::store
