#include "sidecar.h"

#include "file_probe.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <set>

namespace sunrelay::store
{

namespace
{

constexpr std::size_t walHeaderSize = 32;
constexpr std::size_t walFrameHeaderSize = 24;
constexpr unsigned char journalMagic[8] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};

StoreError errorOf(StoreErrorCode code, std::string detail)
{
    StoreError e;
    e.code = code;
    e.detail = std::move(detail);
    return e;
}

std::uint32_t bigEndian32(std::string_view bytes, std::size_t at)
{
    const auto byte = [&](std::size_t i) {
        return std::uint32_t{static_cast<unsigned char>(bytes[at + i])};
    };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

bool isPowerOfTwoPageSize(std::uint32_t size)
{
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

std::uint64_t fnv1a(std::string_view bytes)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::uint64_t storedHash(std::string_view hashes, std::size_t page)
{
    std::uint64_t hash = 0;
    for (std::size_t i = 0; i < 8; ++i)
        hash |= std::uint64_t{static_cast<unsigned char>(hashes[(page - 1) * 8 + i])} << (8 * i);
    return hash;
}

StoreError strayJournal(const std::filesystem::path &plan, const char *suffix, const char *why)
{
    const std::string name = plan.filename().string();
    // A rollback journal may also be another SQLite program's, stopped while
    // it changed the plan: that program (or the sqlite3 shell) rolls it back.
    const std::string otherProgram = std::string_view(suffix) == "-journal"
        ? "; if another program was changing the plan when it stopped, open the plan "
          "with that program first"
        : "";
    return errorOf(StoreErrorCode::CannotOpen,
                   name + suffix + " does not belong to " + name + " (" + why
                       + "); move it away to open the plan as it is on disk" + otherProgram);
}

// Whole files beside the plan; a journal that is no regular file is refused
// like a plan that is none.
std::optional<StoreError>
readSidecar(const std::filesystem::path &path, std::string &bytes, bool &exists)
{
    struct stat info {
    };
    exists = ::lstat(path.c_str(), &info) == 0;
    if (!exists)
        return std::nullopt;
    std::uintmax_t size = 0;
    if (auto problem =
            readRegularFile(path, std::numeric_limits<std::size_t>::max(), bytes, size)) {
        problem->detail = path.filename().string() + ": " + problem->detail;
        return problem;
    }
    return std::nullopt;
}

// Opens a private copy read-write and lets SQLite apply its journal there.
// Returns the number of WAL frames it found (0 for a rollback journal).
Expected<long, StoreError> applyOnCopy(const PrivateCopy &copy)
{
    sqlite::Database db;
    std::string message;
    if (sqlite::Database::open(copy.file().string(), SQLITE_OPEN_READWRITE, db, message)
        != SQLITE_OK)
        return errorOf(StoreErrorCode::CannotOpen, message);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    // Any read rolls a hot journal back; a checkpoint reports the WAL's
    // committed frames (busy, frames, checkpointed) and applies them.
    {
        sqlite::Statement touch(db, "SELECT count(*) FROM sqlite_schema");
        if (touch.step() != SQLITE_ROW)
            return errorOf(StoreErrorCode::Corrupt, db.errorMessage());
    }
    int frames = 0;
    int checkpointed = 0;
    // PASSIVE reports the frames (TRUNCATE would report the emptied log);
    // nobody else reads the copy, so it applies them all.
    const int rc = sqlite3_wal_checkpoint_v2(db.handle(),
                                             "main",
                                             SQLITE_CHECKPOINT_PASSIVE,
                                             &frames,
                                             &checkpointed);
    if (rc != SQLITE_OK)
        return errorOf(StoreErrorCode::Corrupt, db.errorMessage());
    return static_cast<long>(std::max(frames, 0));
}

// Whether the copy, its WAL applied, carries an anchor matching the real
// file's pages (apart from pages the WAL rewrites).
bool anchorMatches(const PrivateCopy &copy, std::string_view realFile, std::string_view wal)
{
    sqlite::Database db;
    std::string message;
    if (sqlite::Database::open(copy.file().string(), SQLITE_OPEN_READONLY, db, message)
        != SQLITE_OK)
        return false;
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite::Statement anchor(db,
                             "SELECT page_size, page_hashes FROM wal_anchor WHERE singleton = 1");
    if (anchor.step() != SQLITE_ROW)
        return false;
    const std::int64_t pageSize = anchor.integer(0);
    const std::string hashes = anchor.blob(1);
    if (pageSize != std::int64_t{bigEndian32(wal, 8)}
        || !isPowerOfTwoPageSize(static_cast<std::uint32_t>(pageSize)) || hashes.size() % 8 != 0
        || realFile.size() % static_cast<std::size_t>(pageSize) != 0)
        return false;
    const auto size = static_cast<std::size_t>(pageSize);

    std::set<std::uint32_t> rewritten;
    for (std::size_t at = walHeaderSize; at + walFrameHeaderSize + size <= wal.size();
         at += walFrameHeaderSize + size)
        rewritten.insert(bigEndian32(wal, at));

    const std::size_t filePages = realFile.size() / size;
    const std::size_t anchoredPages = hashes.size() / 8;
    for (std::size_t page = 1; page <= std::max(filePages, anchoredPages); ++page) {
        if (rewritten.count(static_cast<std::uint32_t>(page)))
            continue;
        if (page > filePages || page > anchoredPages)
            return false;
        if (fnv1a(realFile.substr((page - 1) * size, size)) != storedHash(hashes, page))
            return false;
    }
    return true;
}

Expected<SidecarCheck, StoreError>
checkWal(const std::filesystem::path &plan, const std::string &planBytes, const std::string &wal)
{
    // A WAL without one whole frame has nothing SQLite would apply.
    if (wal.size() < walHeaderSize + walFrameHeaderSize + 512)
        return SidecarCheck{};
    if (!lockHolder(plan).empty())
        return SidecarCheck{SidecarState::Live, std::nullopt};
    auto copy = PrivateCopy::make(planBytes, "-wal", wal);
    if (!copy)
        return copy.error();
    const auto frames = applyOnCopy(copy.value());
    if (!frames)
        return strayJournal(
            plan,
            "-wal",
            ("applied to the plan it makes a damaged database: " + frames.error().detail).c_str());
    if (frames.value() == 0)
        return SidecarCheck{}; // no committed frame: SQLite ignores it
    if (!anchorMatches(copy.value(), planBytes, wal))
        return strayJournal(plan, "-wal", "it is left from another file");
    return SidecarCheck{SidecarState::Own, std::move(copy).value()};
}

Expected<SidecarCheck, StoreError> checkJournal(const std::filesystem::path &plan,
                                                const std::string &planBytes,
                                                const std::string &journal)
{
    // SQLite takes a journal for hot only when its first byte is not zero.
    if (journal.empty() || journal[0] == '\0')
        return SidecarCheck{};
    if (!lockHolder(plan).empty())
        return SidecarCheck{SidecarState::Live, std::nullopt};
    const auto stray = [&](const char *why) {
        return strayJournal(plan, "-journal", why);
    };
    if (journal.size() < 28 || std::memcmp(journal.data(), journalMagic, sizeof journalMagic) != 0)
        return stray("it is no SQLite rollback journal");
    const std::uint32_t records = bigEndian32(journal, 8);
    const std::uint32_t initialPages = bigEndian32(journal, 16);
    const std::uint32_t sectorSize = bigEndian32(journal, 20);
    const std::uint32_t pageSize = bigEndian32(journal, 24);
    if (!isPowerOfTwoPageSize(sectorSize) || !isPowerOfTwoPageSize(pageSize)
        || planBytes.size() < 100 || planBytes.size() % pageSize != 0)
        return stray("its page or sector size does not fit the plan");
    const std::size_t recordSize = 4 + std::size_t{pageSize} + 4;
    const std::size_t available =
        journal.size() > sectorSize ? (journal.size() - sectorSize) / recordSize : 0;
    const std::size_t count = records == 0xffffffffU ? available : records;
    if (count > available)
        return stray("it is cut short");
    // A long transaction writes further segments, each with its own header
    // at a sector boundary: more than a mode switch writes.
    const std::size_t end = sectorSize + count * recordSize;
    for (std::size_t at = (end + sectorSize - 1) / sectorSize * sectorSize;
         at + sizeof journalMagic <= journal.size();
         at += sectorSize)
        if (std::memcmp(journal.data() + at, journalMagic, sizeof journalMagic) == 0)
            return stray("it holds more than the plan's header");
    if (count == 0)
        return SidecarCheck{}; // nothing to roll back
    if (initialPages != planBytes.size() / pageSize)
        return stray("it was written for a file of another size");
    // Header bytes a journal mode switch changes: the read and write
    // versions (18, 19), the change counter (24-27), and the version-valid-for
    // number and SQLite version (92-99).
    const auto isModeSwitchByte = [](std::size_t at) {
        return at == 18 || at == 19 || (at >= 24 && at < 28) || (at >= 92 && at < 100);
    };
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = sectorSize + i * recordSize;
        if (bigEndian32(journal, at) != 1)
            return stray("it holds more than the plan's header");
        const std::string_view image = std::string_view(journal).substr(at + 4, pageSize);
        for (std::size_t b = 0; b < pageSize; ++b)
            if (image[b] != planBytes[b] && !isModeSwitchByte(b))
                return stray("it holds a page the plan does not have");
    }
    auto copy = PrivateCopy::make(planBytes, "-journal", journal);
    if (!copy)
        return copy.error();
    if (const auto applied = applyOnCopy(copy.value()); !applied)
        return stray(
            ("applied to the plan it makes a damaged database: " + applied.error().detail).c_str());
    return SidecarCheck{SidecarState::Own, std::move(copy).value()};
}

} // namespace

PrivateCopy::PrivateCopy(PrivateCopy &&other) noexcept
    : m_directory(std::exchange(other.m_directory, {}))
    , m_file(std::exchange(other.m_file, {}))
{
}

PrivateCopy &PrivateCopy::operator=(PrivateCopy &&other) noexcept
{
    if (this != &other) {
        remove();
        m_directory = std::exchange(other.m_directory, {});
        m_file = std::exchange(other.m_file, {});
    }
    return *this;
}

PrivateCopy::~PrivateCopy()
{
    remove();
}

void PrivateCopy::remove()
{
    if (m_directory.empty())
        return;
    std::error_code ec;
    std::filesystem::remove_all(m_directory, ec);
    m_directory.clear();
}

Expected<PrivateCopy, StoreError> PrivateCopy::make(std::string_view planBytes,
                                                    const char *journalSuffix,
                                                    std::string_view journalBytes)
{
    std::error_code ec;
    std::filesystem::path base = std::filesystem::temp_directory_path(ec);
    if (ec)
        base = "/tmp";
    std::string pattern = (base / "sunrelay-copy-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
        return errorOf(StoreErrorCode::CannotOpen,
                       "cannot make a private copy to check the plan's journal: "
                           + std::string(std::strerror(errno)));
    PrivateCopy copy;
    copy.m_directory = pattern;
    copy.m_file = copy.m_directory / "plan.sunrelay";
    const auto write = [](const std::filesystem::path &path, std::string_view bytes) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return false;
        std::size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t wrote = ::write(fd, bytes.data() + done, bytes.size() - done);
            if (wrote < 0 && errno == EINTR)
                continue;
            if (wrote <= 0)
                break;
            done += static_cast<std::size_t>(wrote);
        }
        return ::close(fd) == 0 && done == bytes.size();
    };
    if (!write(copy.m_file, planBytes)
        || !write(std::filesystem::path(copy.m_file.string() + journalSuffix), journalBytes))
        return errorOf(StoreErrorCode::CannotOpen,
                       "cannot make a private copy to check the plan's journal: "
                           + std::string(std::strerror(errno)));
    return copy;
}

Expected<SidecarCheck, StoreError> checkSidecars(const std::filesystem::path &plan)
{
    std::string wal, journal;
    bool hasWal = false, hasJournal = false;
    if (auto problem = readSidecar(plan.string() + "-wal", wal, hasWal))
        return *problem;
    if (auto problem = readSidecar(plan.string() + "-journal", journal, hasJournal))
        return *problem;
    if (!hasWal && !hasJournal)
        return SidecarCheck{};
    std::string planBytes;
    std::uintmax_t size = 0;
    if (auto problem =
            readRegularFile(plan, std::numeric_limits<std::size_t>::max(), planBytes, size))
        return *problem;
    auto journalCheck = checkJournal(plan, planBytes, journal);
    if (!journalCheck || journalCheck.value().state != SidecarState::None)
        return journalCheck;
    return checkWal(plan, planBytes, wal);
}

std::string pageHashes(std::string_view fileBytes, std::size_t pageSize)
{
    std::string hashes;
    for (std::size_t at = 0; at + pageSize <= fileBytes.size(); at += pageSize) {
        const std::uint64_t hash = fnv1a(fileBytes.substr(at, pageSize));
        for (std::size_t i = 0; i < 8; ++i)
            hashes.push_back(static_cast<char>((hash >> (8 * i)) & 0xff));
    }
    return hashes;
}

std::optional<std::string> readDatabaseFile(sqlite::Database &db)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK
        || file == nullptr || file->pMethods == nullptr)
        return std::nullopt;
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK || size < 0)
        return std::nullopt;
    std::string bytes(static_cast<std::size_t>(size), '\0');
    constexpr std::size_t chunk = 1 << 20;
    for (std::size_t at = 0; at < bytes.size(); at += chunk) {
        const std::size_t amount = std::min(chunk, bytes.size() - at);
        if (file->pMethods->xRead(file,
                                  bytes.data() + at,
                                  static_cast<int>(amount),
                                  static_cast<sqlite3_int64>(at))
            != SQLITE_OK)
            return std::nullopt;
    }
    return bytes;
}

} // namespace sunrelay::store
