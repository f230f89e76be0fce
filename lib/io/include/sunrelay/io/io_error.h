#pragma once

// IoError: why a file a user named cannot be read or written, with what makes
// the message useful (the kind of file found, the size and the limit, the
// system's reason). The app turns the code into translated words; message()
// is the English text for logs and tests. Neither names the path: the caller
// puts it in front ("team.json: ...").
//
// Example:
//   {IoErrorCode::NotRegularFile, .fileKind = FileKind::Fifo}.message()
//     == "is not a regular file (a FIFO)"

#include <cstdint>
#include <string>

namespace sunrelay::io
{

// What sits at a path, as far as reading and writing care.
enum class FileKind {
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other
};

enum class IoErrorCode {
    CannotOpen, // missing, no permission, or the system refused (systemError says why)
    NotRegularFile, // a FIFO, device, directory or socket (fileKind says which)
    TooLarge, // more than the caller's limit (size, limit)
    ReadFailed, // read() failed part way
    WriteFailed, // write, sync or rename failed (disk full, I/O error); the target is unchanged
    SameAsInput, // an output that is one of the command's inputs; nothing was written
    AlreadyExists, // NoReplace, and a file appeared at the path; it was not changed
    DanglingLink, // an output that is a symbolic link to nothing
};

struct IoError {
    IoErrorCode code = IoErrorCode::CannotOpen;
    FileKind fileKind = FileKind::Other; // NotRegularFile
    std::uint64_t size = 0; // TooLarge: at least this many bytes
    std::uint64_t limit = 0; // TooLarge
    std::string systemError = {}; // strerror() text, when the system said why

    std::string message() const;

    bool operator==(const IoError &) const = default;
};

// "a FIFO", "a directory", ...: the kind with its article, for messages.
std::string describe(FileKind kind);

} // namespace sunrelay::io
