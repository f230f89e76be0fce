#pragma once

// Shared by the lib/store tests: the plans they store (the demo plan read
// from its JSON, a rich plan using every field), file snapshots to prove a
// file was not touched, and a thin raw-sqlite3 handle to plant things in a
// file or inspect it behind PlanStore's back.
//
// No Q_OBJECT here, so moc never reads this file.

#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/store/plan_store.h"

#include <QFile>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace sunrelay::store
{

// QCOMPARE prints codes by name (found by argument-dependent lookup).
inline const char *codeName(StoreErrorCode code)
{
    switch (code) {
    case StoreErrorCode::CannotOpen:
        return "CannotOpen";
    case StoreErrorCode::NotAPlanFile:
        return "NotAPlanFile";
    case StoreErrorCode::Corrupt:
        return "Corrupt";
    case StoreErrorCode::OtherApplication:
        return "OtherApplication";
    case StoreErrorCode::NewerVersion:
        return "NewerVersion";
    case StoreErrorCode::UnexpectedSchema:
        return "UnexpectedSchema";
    case StoreErrorCode::InvalidRow:
        return "InvalidRow";
    case StoreErrorCode::Locked:
        return "Locked";
    case StoreErrorCode::ReadOnly:
        return "ReadOnly";
    case StoreErrorCode::NotFound:
        return "NotFound";
    case StoreErrorCode::InvalidEdit:
        return "InvalidEdit";
    case StoreErrorCode::WriteFailed:
        return "WriteFailed";
    }
    return "?";
}

inline char *toString(const StoreErrorCode &code)
{
    return qstrdup(codeName(code));
}

} // namespace sunrelay::store

namespace sunrelay::storetest
{

namespace fs = std::filesystem;
using store::OpenMode;
using store::PlanStore;
using store::StoreError;
using store::StoreErrorCode;

// Everything an error says, for failure messages.
inline std::string describe(const StoreError &error)
{
    return std::string(store::codeName(error.code)) + " [table '" + error.table + "', row '"
        + error.rowId + "', column '" + error.column + "', holder '" + error.holder + "'] "
        + error.message();
}

inline std::string describe(const PlanStore::EditError &error)
{
    return error ? describe(*error) : std::string("no error");
}

inline const char *modeName(OpenMode mode)
{
    return mode == OpenMode::ReadWrite ? "read-write" : "read-only";
}

// ---------------------------------------------------------------------------
// Files

inline std::string readBytes(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeBytes(const fs::path &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The bytes of a regular file; nullopt if there is none (or a directory).
inline std::optional<std::string> readIfExists(const fs::path &path)
{
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return std::nullopt;
    return readBytes(path);
}

inline fs::path sidecar(const fs::path &path, const char *suffix)
{
    return fs::path(path.string() + suffix);
}

// The database file and the sidecars whose content SQLite would apply to it
// on the next open (a WAL with frames, a hot rollback journal).
struct FileSnapshot {
    std::optional<std::string> main;
    std::optional<std::string> wal;
    std::optional<std::string> journal;
};

inline FileSnapshot snapshot(const fs::path &path)
{
    return {readIfExists(path),
            readIfExists(sidecar(path, "-wal")),
            readIfExists(sidecar(path, "-journal"))};
}

// "" when `after` leaves the database as `before` had it: the same main
// bytes, and no new -wal or -journal data (an empty sidecar changes nothing).
inline std::string compareSnapshots(const FileSnapshot &before, const FileSnapshot &after)
{
    if (before.main.has_value() != after.main.has_value())
        return after.main ? "the file was created" : "the file was removed";
    if (before.main && *before.main != *after.main) {
        const auto mismatch = std::mismatch(before.main->begin(),
                                            before.main->end(),
                                            after.main->begin(),
                                            after.main->end());
        return "the file's bytes changed (size " + std::to_string(before.main->size()) + " -> "
            + std::to_string(after.main->size()) + ", first difference at offset "
            + std::to_string(mismatch.first - before.main->begin()) + ")";
    }
    const auto sidecarChanged = [](const std::optional<std::string> &was,
                                   const std::optional<std::string> &is) {
        if (!is || is->empty())
            return false;
        return !was || *was != *is;
    };
    if (sidecarChanged(before.wal, after.wal))
        return "new -wal data (" + std::to_string(after.wal->size()) + " bytes)";
    if (sidecarChanged(before.journal, after.journal))
        return "new -journal data (" + std::to_string(after.journal->size()) + " bytes)";
    return {};
}

// A read-write session bumps SQLite's file change counter (header bytes 24-27
// and its copy at 92-95) even without edits (switching to WAL and back).
// This compares closed files with those two fields masked: "" when no page
// content changed.
inline std::string compareIgnoringChangeCounter(FileSnapshot before, FileSnapshot after)
{
    for (FileSnapshot *state : {&before, &after})
        if (state->main && state->main->size() >= 100) {
            std::fill_n(state->main->begin() + 24, 4, '\0');
            std::fill_n(state->main->begin() + 92, 4, '\0');
        }
    return compareSnapshots(before, after);
}

// ---------------------------------------------------------------------------
// Raw SQLite, behind PlanStore's back

class RawDb
{
public:
    explicit RawDb(const fs::path &path, int flags = SQLITE_OPEN_READWRITE)
    {
        if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK)
            m_error = m_db ? sqlite3_errmsg(m_db) : "out of memory";
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;
    ~RawDb() { sqlite3_close_v2(m_db); }

    bool isOpen() const { return m_error.empty(); }
    const std::string &openError() const { return m_error; }

    // "" on success, else SQLite's message.
    std::string exec(const std::string &sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        std::string text = message ? message : sqlite3_errmsg(m_db);
        sqlite3_free(message);
        return text.empty() ? std::string("error") : text;
    }

    // The rows of a query, each row its columns joined with '|', rows joined
    // with '\n'; "error: ..." if it fails.
    std::string query(const std::string &sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            return std::string("error: ") + sqlite3_errmsg(m_db);
        std::string text;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            if (!text.empty())
                text += '\n';
            for (int c = 0; c < sqlite3_column_count(statement); ++c) {
                if (c > 0)
                    text += '|';
                const auto *value = sqlite3_column_text(statement, c);
                text += value ? reinterpret_cast<const char *>(value) : "NULL";
            }
        }
        if (rc != SQLITE_DONE)
            text = std::string("error: ") + sqlite3_errmsg(m_db);
        sqlite3_finalize(statement);
        return text;
    }

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    std::string m_error;
};

inline std::string integrityCheck(const fs::path &path)
{
    RawDb db(path);
    if (!db.isOpen())
        return "cannot open: " + db.openError();
    return db.query("PRAGMA integrity_check");
}

// ---------------------------------------------------------------------------
// Plans

inline Plan readPlanFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(fileName));
    const QByteArray text = file.readAll();
    auto plan = exchange::readPlanJson(
        std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!plan)
        qFatal("%s: %s", qPrintable(fileName), plan.error().message().c_str());
    return std::move(plan).value();
}

inline std::string demoPlanText()
{
    return readBytes(SUNRELAY_DEMO_PLAN);
}

inline Plan demoPlan()
{
    return readPlanFile(QStringLiteral(SUNRELAY_DEMO_PLAN));
}

inline TimeZone zone(std::string_view name)
{
    return TimeZone::find(name).value();
}

inline Instant utc(date::year_month_day day, Seconds time = Seconds{0})
{
    return date::sys_days{day} + time;
}

// A plan using every field: a zone link, past-midnight ranges, a 24:00 end, a
// midnight-to-midnight range, several ranges per pattern in a deliberate
// order, time off, backlog and placed tasks, null and set deadlines, a start
// without a region, extreme priority, a fractional effort, unicode and
// control characters in text, handoff notes.
inline Plan richPlan()
{
    using namespace std::chrono_literals;
    using namespace date::literals;

    Plan plan;
    plan.name = "Acme Platform \xE2\x80\x94 Z\xC3\xBCrich & \xE6\x9D\xB1\xE4\xBA\xAC";
    plan.policy = Policy{Minutes{30}, Minutes{240}, Minutes{90}};
    plan.regions = {Region{"emea", "EMEA", "#2f6fde"},
                    Region{"apac", "APAC", "#E69F00"},
                    Region{"amer", "Americas 'North' \"quoted\"", "#009e73"}};

    Member anna;
    anna.id = "anna";
    anna.name = "Anna Schmidt";
    anna.region = "emea";
    anna.zone = zone("Europe/Berlin");
    anna.work.ranges = {{Weekdays::workdays(), 9h, 17h + 30min}};
    anna.deepWork.ranges = {{Weekdays::workdays(), 9h, 12h}};
    // Later range first: the stored order must be kept, not sorted.
    anna.comms.ranges = {{Weekdays::workdays(), 15h, 15h + 30min},
                         {Weekdays::workdays(), 11h, 11h + 30min}};
    anna.timeOff = {{LocalDate{2027_y / 1 / 6}, LocalDate{2027_y / 1 / 6}},
                    {LocalDate{2026_y / 12 / 24}, LocalDate{2026_y / 12 / 31}}};

    Member raj;
    raj.id = "raj";
    raj.name = "Raj Patel";
    raj.region = "apac";
    raj.zone = zone("Asia/Calcutta"); // a link, kept as written
    Weekdays sundayToThursday{date::Sunday};
    sundayToThursday.insert(date::Monday);
    sundayToThursday.insert(date::Tuesday);
    sundayToThursday.insert(date::Wednesday);
    sundayToThursday.insert(date::Thursday);
    raj.work.ranges = {{sundayToThursday, 18h, 24h}}; // ends at 24:00
    raj.deepWork.ranges = {{Weekdays{date::Saturday}, 0min, 3h}};

    Member nico;
    nico.id = "nico";
    nico.name =
        "Nicol\xC3\xA1s \xC3\x91\xC3\xBA\xC3\xB1"
        "ez";
    nico.region = "amer";
    nico.zone = zone("America/Sao_Paulo");
    nico.work.ranges = {{Weekdays{date::Friday}, 22h, 6h}, // Fri 22:00 - Sat 06:00
                        {Weekdays{date::Monday}, 0min, 0min}}; // a whole day

    Member kathmandu; // +5:45, a member listed before an earlier region's one
    kathmandu.id = "kabir";
    kathmandu.name = "Kabir";
    kathmandu.region = "apac";
    kathmandu.zone = zone("Asia/Kathmandu");
    kathmandu.work.ranges = {{Weekdays::workdays(), 9h + 15min, 17h + 45min}};

    plan.members = {anna, raj, nico, kathmandu};

    Task placed;
    placed.id = "T-1";
    placed.title =
        "\xC3\x9C"
        "berpr\xC3\xBC"
        "fung \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xE2\x9C\x93";
    placed.effortHours = 30;
    placed.priority = 1;
    placed.start = utc(2026_y / 12 / 1, 8h);
    placed.region = "emea";
    placed.deadline = utc(2026_y / 12 / 11, 17h);
    placed.notes = "Line one\nline \"two\"\ttabbed \\ backslash; DROP TABLE tasks; --";
    // Handoff notes: the template's lines, a gap in the numbers, quotes.
    placed.handoffNotes = {{1,
                            "Done: schema dump\nNext: replay shard 3\nBlockers: none\nLinks: "
                            "https://wiki.example/db"},
                           {4, "It's \"almost\" done; DELETE FROM handoff_notes; --"}};

    Task backlog;
    backlog.id = "T-2";
    backlog.title = "Fix invoice rounding";
    backlog.effortHours = 2.5;
    backlog.priority = 3;

    Task startOnly; // a start without a region: still backlog, but kept
    startOnly.id = "T-3";
    startOnly.title = "Tiny";
    startOnly.effortHours = 0.1;
    startOnly.priority = 2147483647;
    startOnly.start = utc(2026_y / 3 / 9, 13h);

    Task regionOnly; // a region without a start, and a deadline before 1970
    regionOnly.id = "T-4";
    regionOnly.title = "Old deadline";
    regionOnly.effortHours = 1.0 / 3.0;
    regionOnly.priority = 2;
    regionOnly.region = "amer";
    regionOnly.deadline = utc(1969_y / 7 / 20, 20h + 17min);

    plan.tasks = {placed, backlog, startOnly, regionOnly};
    return plan;
}

// "" when the plans are equal, else the first line where their interchange
// JSON differs (or a note that they differ beyond it).
inline std::string planDifference(const Plan &actual, const Plan &expected)
{
    if (actual == expected)
        return {};
    const std::string a = exchange::writePlanJson(actual);
    const std::string e = exchange::writePlanJson(expected);
    if (a == e)
        return "the plans differ, but not in their interchange JSON";
    std::size_t line = 1;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < std::min(a.size(), e.size()); ++i) {
        if (a[i] != e[i])
            break;
        if (a[i] == '\n') {
            ++line;
            begin = i + 1;
        }
    }
    const auto lineAt = [begin](const std::string &text) {
        const std::size_t end = text.find('\n', begin);
        return begin < text.size() ? text.substr(begin, end - begin) : std::string("<end>");
    };
    return "JSON line " + std::to_string(line) + ": actual `" + lineAt(a) + "`, expected `"
        + lineAt(e) + "`";
}

} // namespace sunrelay::storetest

// Fails the test (returning from it) when an Expected holds an error.
#define STORE_VERIFY_OK(result)                                                                    \
    QVERIFY2((result).ok(),                                                                        \
             (result).ok() ? "" : ::sunrelay::storetest::describe((result).error()).c_str())

// Fails the test when two plans differ, naming the first difference.
#define PLAN_COMPARE(actual, expected)                                                             \
    do {                                                                                           \
        const std::string planDifference_ =                                                        \
            ::sunrelay::storetest::planDifference((actual), (expected));                           \
        QVERIFY2(planDifference_.empty(), planDifference_.c_str());                                \
    } while (false)

// Fails the test when an edit returned an error.
#define STORE_VERIFY_EDIT(call)                                                                    \
    do {                                                                                           \
        const ::sunrelay::store::PlanStore::EditError storeEditError_ = (call);                    \
        QVERIFY2(!storeEditError_, ::sunrelay::storetest::describe(storeEditError_).c_str());      \
    } while (false)
