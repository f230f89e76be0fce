#include "sunrelay/io/output_file.h"

#include "sunrelay/io/regular_file.h"
#include "unique_fd.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sunrelay::io
{

namespace
{

IoError systemError(IoErrorCode code, int error)
{
    return {.code = code, .systemError = std::strerror(error)};
}

// A temporary file beside the target, removed again unless it was renamed.
class TemporaryFile
{
public:
    TemporaryFile() = default;
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;
    ~TemporaryFile()
    {
        m_fd.reset();
        if (!m_path.empty())
            ::unlink(m_path.c_str());
    }

    // Creates ".NAME.XXXXXX.tmp" in the target's folder; mode 0666 less the
    // umask, as any new file.
    std::optional<IoError> create(const std::filesystem::path &target)
    {
        std::random_device seed;
        std::mt19937_64 random(seed());
        for (int attempt = 0; attempt < 100; ++attempt) {
            char suffix[24];
            std::snprintf(suffix,
                          sizeof suffix,
                          ".%012llx.tmp",
                          static_cast<unsigned long long>(random() & 0xffffffffffffULL));
            std::filesystem::path path =
                target.parent_path() / ("." + target.filename().string() + suffix);
            m_fd = UniqueFd(
                ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0666));
            if (m_fd.isOpen()) {
                m_path = std::move(path);
                return std::nullopt;
            }
            if (errno != EEXIST)
                return systemError(IoErrorCode::CannotOpen, errno);
        }
        return systemError(IoErrorCode::CannotOpen, EEXIST);
    }

    int fd() const { return m_fd.get(); }
    const std::filesystem::path &path() const { return m_path; }
    int close() { return m_fd.reset(); }
    void keep() { m_path.clear(); }

private:
    UniqueFd m_fd;
    std::filesystem::path m_path;
};

// Renames without replacing: exactly one of two racing writers wins.
int renameNoReplace(const std::filesystem::path &from, const std::filesystem::path &to)
{
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
    // A file system without RENAME_NOREPLACE: link() never replaces either.
    if (::link(from.c_str(), to.c_str()) != 0)
        return -1;
    ::unlink(from.c_str());
    return 0;
}

void syncFolder(const std::filesystem::path &folder)
{
    const UniqueFd fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.isOpen())
        ::fsync(fd.get()); // best effort: the rename itself has succeeded
}

} // namespace

std::optional<IoError> checkOutputPath(const std::filesystem::path &output,
                                       const std::vector<std::filesystem::path> &inputs)
{
    struct stat link {
    };
    if (::lstat(output.c_str(), &link) != 0)
        return errno == ENOENT
            ? std::nullopt
            : std::optional<IoError>(systemError(IoErrorCode::CannotOpen, errno));
    const FileKind kind = fileKind(output);
    if (kind == FileKind::Missing)
        return IoError{.code = IoErrorCode::DanglingLink};
    if (kind != FileKind::Regular)
        return IoError{.code = IoErrorCode::NotRegularFile, .fileKind = kind};
    for (const std::filesystem::path &input : inputs)
        if (sameFile(output, input))
            return IoError{.code = IoErrorCode::SameAsInput};
    return std::nullopt;
}

std::optional<IoError> writeFileAtomically(const std::filesystem::path &output,
                                           std::string_view contents,
                                           Existing existing,
                                           const std::vector<std::filesystem::path> &inputs)
{
    if (auto problem = checkOutputPath(output, inputs))
        return problem;
    struct stat old {
    };
    const bool exists = ::stat(output.c_str(), &old) == 0;
    if (exists && existing == Existing::NoReplace)
        return IoError{.code = IoErrorCode::AlreadyExists};
    // Through a symbolic link: replace its target, keep the link.
    std::error_code error;
    std::filesystem::path target = exists ? std::filesystem::canonical(output, error) : output;
    if (error)
        return IoError{.code = IoErrorCode::CannotOpen, .systemError = error.message()};
    if (target.parent_path().empty())
        target = std::filesystem::path(".") / target;

    TemporaryFile temporary;
    if (auto problem = temporary.create(target))
        return problem;
    if (auto problem = writeAll(temporary.fd(), contents))
        return problem;
    if (exists && ::fchmod(temporary.fd(), old.st_mode & 07777) != 0)
        return systemError(IoErrorCode::WriteFailed, errno);
    if (::fsync(temporary.fd()) != 0 || temporary.close() != 0)
        return systemError(IoErrorCode::WriteFailed, errno);
    const int renamed = existing == Existing::NoReplace
        ? renameNoReplace(temporary.path(), target)
        : ::rename(temporary.path().c_str(), target.c_str());
    if (renamed != 0) {
        if (errno == EEXIST)
            return IoError{.code = IoErrorCode::AlreadyExists};
        return systemError(IoErrorCode::WriteFailed, errno);
    }
    temporary.keep();
    syncFolder(target.parent_path());
    return std::nullopt;
}

std::optional<IoError> writeAll(int fd, std::string_view contents)
{
    while (!contents.empty()) {
        const ssize_t written = ::write(fd, contents.data(), contents.size());
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            return systemError(IoErrorCode::WriteFailed, errno);
        if (written == 0)
            return systemError(IoErrorCode::WriteFailed, ENOSPC);
        contents.remove_prefix(std::size_t(written));
    }
    return std::nullopt;
}

} // namespace sunrelay::io
