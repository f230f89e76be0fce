#pragma once

// Writing an output file so that a reader never sees half of it and a failure
// leaves the old file as it was: the bytes go to a new temporary file beside
// the target, are synced, and only then renamed over it. Every write error is
// reported (ENOSPC, EIO), never lost in a buffer.
//
// Outputs are refused, before anything is written, when:
// - they are not a regular file (a FIFO, /dev/full, a directory): "-o" names
//   a file to create or replace, never a device;
// - they are one of the command's inputs (same device and inode);
// - they are a symbolic link to nothing.
// A symbolic link to a regular file is written through: the link stays and
// its target gets the new contents (a file kept in a synced folder and
// linked from elsewhere keeps working).
//
// Example:
//   writeFileAtomically("acme.json", json, Existing::Replace, {"acme.sunrelay"});

#include "sunrelay/io/io_error.h"

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace sunrelay::io
{

// What to do when a file already exists at the output path.
enum class Existing {
    Replace, // replace it atomically (its permissions are kept)
    NoReplace, // refuse with AlreadyExists, also when it appears meanwhile
};

// nullopt if `output` may be written (see above); otherwise why not.
std::optional<IoError> checkOutputPath(const std::filesystem::path &output,
                                       const std::vector<std::filesystem::path> &inputs = {});

// Checks the path as checkOutputPath() and writes `contents` atomically.
// On any error the target is unchanged and no temporary file is left behind.
std::optional<IoError> writeFileAtomically(const std::filesystem::path &output,
                                           std::string_view contents,
                                           Existing existing,
                                           const std::vector<std::filesystem::path> &inputs = {});

// Writes all of `contents` to the open descriptor, retrying short writes and
// EINTR; WriteFailed with the system's reason otherwise (ENOSPC on a full disk).
std::optional<IoError> writeAll(int fd, std::string_view contents);

} // namespace sunrelay::io
