#include "sunrelay/io/io_error.h"

#include <cstdio>

namespace sunrelay::io
{

namespace
{

// 209715200 -> "200.0 MiB"
std::string mebibytes(std::uint64_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MiB", double(bytes) / double(1 << 20));
    return text;
}

std::string because(const std::string &systemError)
{
    return systemError.empty() ? std::string() : ": " + systemError;
}

} // namespace

std::string describe(FileKind kind)
{
    switch (kind) {
    case FileKind::Missing:
        return "nothing";
    case FileKind::Regular:
        return "a regular file";
    case FileKind::Directory:
        return "a directory";
    case FileKind::Fifo:
        return "a FIFO";
    case FileKind::CharacterDevice:
        return "a character device";
    case FileKind::BlockDevice:
        return "a block device";
    case FileKind::Socket:
        return "a socket";
    case FileKind::Other:
        break;
    }
    return "a special file";
}

std::string IoError::message() const
{
    switch (code) {
    case IoErrorCode::CannotOpen:
        return "cannot open the file" + because(systemError);
    case IoErrorCode::NotRegularFile:
        return "is not a regular file (" + describe(fileKind) + ")";
    case IoErrorCode::TooLarge:
        return "the file is too large (" + mebibytes(size) + ", more than the limit of "
            + mebibytes(limit) + ")";
    case IoErrorCode::ReadFailed:
        return "cannot read the file" + because(systemError);
    case IoErrorCode::WriteFailed:
        return "cannot write the file" + because(systemError) + "; the file was not changed";
    case IoErrorCode::SameAsInput:
        return "is also an input of this command; name another output file (nothing was "
               "written)";
    case IoErrorCode::AlreadyExists:
        return "a file already exists there; it was not changed";
    case IoErrorCode::DanglingLink:
        return "is a symbolic link to a file that does not exist; name the file itself";
    }
    return "cannot use the file";
}

} // namespace sunrelay::io
