#pragma once

// Reading a file a user named, without trusting what it is. Only a regular
// file is read: a FIFO would block forever, /dev/zero and /dev/urandom never
// end, a directory is no document. The size is checked against the caller's
// limit before the bytes are read, so a 200 MB file costs nothing.
//
// Example:
//   auto text = readRegularFile("team.json", 64 << 20);
//   // FIFO: !text, text.error().message() == "is not a regular file (a FIFO)"

#include "sunrelay/core/expected.h"
#include "sunrelay/io/io_error.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace sunrelay::io
{

// Input caps per kind of file: far above any real team's file, far below
// what would exhaust memory (a parsed JSON plan takes about 10 times its size).
inline constexpr std::uint64_t maxPlanJsonBytes = std::uint64_t{64} << 20;
inline constexpr std::uint64_t maxRosterCsvBytes = std::uint64_t{16} << 20;

// The whole file, if it is a regular file (symbolic links followed) of at
// most maxBytes bytes. Opens with O_NONBLOCK, so nothing here can block on a
// FIFO or device.
Expected<std::string, IoError> readRegularFile(const std::filesystem::path &path,
                                               std::uint64_t maxBytes);

// What is at `path`, symbolic links followed (Missing for a dangling link).
FileKind fileKind(const std::filesystem::path &path);

// nullopt if `path` is a regular file (links followed); otherwise why not
// (CannotOpen for a missing file, NotRegularFile with its kind). For files
// another library opens by name (plan files through SQLite): check first.
std::optional<IoError> checkRegularFile(const std::filesystem::path &path);

// True when both paths name the same existing file (device and inode,
// symbolic links followed), however they are spelled.
bool sameFile(const std::filesystem::path &a, const std::filesystem::path &b);

} // namespace sunrelay::io
