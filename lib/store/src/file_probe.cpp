#include "file_probe.h"

#include "sunrelay/store/plan_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace sunrelay::store
{

namespace
{

constexpr std::size_t headerSize = 100;
constexpr char sqliteMagic[] = "SQLite format 3"; // followed by a NUL

std::uint32_t bigEndian32(const std::array<unsigned char, headerSize> &header, std::size_t at)
{
    return (std::uint32_t{header[at]} << 24) | (std::uint32_t{header[at + 1]} << 16)
        | (std::uint32_t{header[at + 2]} << 8) | std::uint32_t{header[at + 3]};
}

StoreError error(StoreErrorCode code, std::string detail)
{
    StoreError e;
    e.code = code;
    e.detail = std::move(detail);
    return e;
}

} // namespace

std::optional<StoreError> readRegularFile(const std::filesystem::path &path,
                                          std::size_t limit,
                                          std::string &bytes,
                                          std::uintmax_t &size)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return error(StoreErrorCode::CannotOpen,
                     errno == ENOENT ? std::string("the file does not exist")
                                     : std::strerror(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {
    };
    if (::fstat(fd, &info) != 0)
        return error(StoreErrorCode::CannotOpen, std::strerror(errno));
    if (!S_ISREG(info.st_mode)) {
        const char *what = S_ISDIR(info.st_mode)             ? "a directory"
            : S_ISFIFO(info.st_mode)                         ? "a FIFO"
            : S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode) ? "a device"
            : S_ISSOCK(info.st_mode)                         ? "a socket"
                                                             : "a special file";
        return error(StoreErrorCode::CannotOpen,
                     std::string("not a regular file (") + what + "); a plan is a regular file");
    }
    size = static_cast<std::uintmax_t>(info.st_size);
    bytes.assign(static_cast<std::size_t>(std::min<std::uintmax_t>(size, limit)), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t got =
            ::pread(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return error(StoreErrorCode::CannotOpen, std::strerror(errno));
        if (got == 0)
            break;
        done += static_cast<std::size_t>(got);
    }
    bytes.resize(done);
    return std::nullopt;
}

Expected<FileHeader, StoreError> probeHeader(const std::filesystem::path &path)
{
    std::string bytes;
    std::uintmax_t size = 0;
    if (auto problem = readRegularFile(path, headerSize, bytes, size))
        return *problem;
    if (size == 0)
        return error(StoreErrorCode::NotAPlanFile, "the file is empty");

    std::array<unsigned char, headerSize> header{};
    std::copy(bytes.begin(), bytes.end(), header.begin());
    if (bytes.size() < headerSize
        || std::memcmp(header.data(), sqliteMagic, sizeof sqliteMagic) != 0)
        return error(StoreErrorCode::NotAPlanFile, "not an SQLite database");

    const std::uint32_t application = bigEndian32(header, 68);
    const auto userVersion = static_cast<std::int32_t>(bigEndian32(header, 60));
    if (application != static_cast<std::uint32_t>(applicationId)) {
        std::ostringstream detail;
        detail << "an SQLite database of another program";
        if (application != 0)
            detail << " (application id 0x" << std::hex << application << ")";
        return error(StoreErrorCode::OtherApplication, detail.str());
    }
    if (userVersion > schemaVersion) {
        StoreError e = error(StoreErrorCode::NewerVersion, {});
        e.fileVersion = userVersion;
        e.supportedVersion = schemaVersion;
        return e;
    }
    if (userVersion < 1)
        return error(StoreErrorCode::Corrupt, "the file format version is missing");

    // The page size (1 means 65536) and page count are valid when the
    // "version-valid-for" number matches the change counter.
    std::uint32_t pageSize = (std::uint32_t{header[16]} << 8) | header[17];
    if (pageSize == 1)
        pageSize = 65536;
    const std::uint32_t pageCount = bigEndian32(header, 28);
    if (bigEndian32(header, 92) == bigEndian32(header, 24) && pageCount > 0
        && size < std::uintmax_t{pageSize} * pageCount)
        return error(StoreErrorCode::Corrupt, "the file is truncated");
    return FileHeader{userVersion};
}

namespace
{

// The POSIX locks on the file at `path`, from /proc/locks, as (pid, access)
// pairs; `visit` returns true to stop.
template<typename Visit>
void visitLocks(const std::filesystem::path &path, Visit &&visit)
{
    struct stat info {
    };
    if (::stat(path.c_str(), &info) != 0)
        return;
    // /proc/locks: "1: POSIX  ADVISORY  WRITE 1234 fd:01:131075 0 EOF";
    // waiting requests carry "->" after the number.
    std::ifstream locks("/proc/locks");
    char device[64];
    std::snprintf(device,
                  sizeof device,
                  "%02x:%02x:%lu",
                  major(info.st_dev),
                  minor(info.st_dev),
                  static_cast<unsigned long>(info.st_ino));
    std::string line;
    while (std::getline(locks, line)) {
        std::istringstream fields(line);
        std::string number, kind, mode, access, pid, where;
        fields >> number >> kind;
        if (kind == "->")
            continue;
        fields >> mode >> access >> pid >> where;
        if (where == device && visit(pid, access))
            return;
    }
}

} // namespace

std::string lockHolder(const std::filesystem::path &path)
{
    std::string holder;
    visitLocks(path, [&](const std::string &pid, const std::string &) {
        if (pid == std::to_string(::getpid())) {
            holder = "this program";
            return true;
        }
        std::ifstream comm("/proc/" + pid + "/comm");
        std::string name;
        std::getline(comm, name);
        holder = "process " + pid + (name.empty() ? std::string() : " (" + name + ")");
        return true;
    });
    return holder;
}

bool isEditedByThisProcess(const std::filesystem::path &path)
{
    bool editing = false;
    visitLocks(path, [&](const std::string &pid, const std::string &access) {
        editing = pid == std::to_string(::getpid()) && access == "WRITE";
        return editing;
    });
    return editing;
}

} // namespace sunrelay::store
