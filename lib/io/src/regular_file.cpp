#include "sunrelay/io/regular_file.h"

#include "unique_fd.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sunrelay::io
{

namespace
{

FileKind kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return FileKind::Regular;
    if (S_ISDIR(mode))
        return FileKind::Directory;
    if (S_ISFIFO(mode))
        return FileKind::Fifo;
    if (S_ISCHR(mode))
        return FileKind::CharacterDevice;
    if (S_ISBLK(mode))
        return FileKind::BlockDevice;
    if (S_ISSOCK(mode))
        return FileKind::Socket;
    return FileKind::Other;
}

IoError systemError(IoErrorCode code, int error)
{
    return {.code = code, .systemError = std::strerror(error)};
}

} // namespace

Expected<std::string, IoError> readRegularFile(const std::filesystem::path &path,
                                               std::uint64_t maxBytes)
{
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const UniqueFd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (!fd.isOpen())
        return systemError(IoErrorCode::CannotOpen, errno);
    struct stat status {
    };
    if (::fstat(fd.get(), &status) != 0)
        return systemError(IoErrorCode::CannotOpen, errno);
    if (!S_ISREG(status.st_mode))
        return IoError{.code = IoErrorCode::NotRegularFile, .fileKind = kindOf(status.st_mode)};
    const auto size = std::uint64_t(status.st_size);
    if (size > maxBytes)
        return IoError{.code = IoErrorCode::TooLarge, .size = size, .limit = maxBytes};
    // Read to the end, not st_size bytes: the file may grow or shrink while we
    // read (and /proc files say 0). One byte beyond the limit tells growth.
    std::string bytes(size + 1, '\0');
    std::size_t have = 0;
    for (;;) {
        if (have == bytes.size()) {
            if (bytes.size() > maxBytes)
                return IoError{.code = IoErrorCode::TooLarge,
                               .size = bytes.size(),
                               .limit = maxBytes};
            bytes.resize(std::min<std::uint64_t>(maxBytes + 1, bytes.size() + 65536));
        }
        const ssize_t got = ::read(fd.get(), bytes.data() + have, bytes.size() - have);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return systemError(IoErrorCode::ReadFailed, errno);
        if (got == 0)
            break;
        have += std::size_t(got);
    }
    bytes.resize(have);
    return bytes;
}

FileKind fileKind(const std::filesystem::path &path)
{
    struct stat status {
    };
    if (::stat(path.c_str(), &status) != 0)
        return FileKind::Missing;
    return kindOf(status.st_mode);
}

std::optional<IoError> checkRegularFile(const std::filesystem::path &path)
{
    struct stat status {
    };
    if (::stat(path.c_str(), &status) != 0)
        return systemError(IoErrorCode::CannotOpen, errno);
    if (!S_ISREG(status.st_mode))
        return IoError{.code = IoErrorCode::NotRegularFile, .fileKind = kindOf(status.st_mode)};
    return std::nullopt;
}

bool sameFile(const std::filesystem::path &a, const std::filesystem::path &b)
{
    struct stat first {
    };
    struct stat second {
    };
    return ::stat(a.c_str(), &first) == 0 && ::stat(b.c_str(), &second) == 0
        && first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

} // namespace sunrelay::io
