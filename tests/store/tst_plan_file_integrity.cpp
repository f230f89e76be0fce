// A plan is never damaged by a file lying beside it, and opening it writes
// nothing (issue 14, "Reliability"):
//  - a -wal or hot -journal that is not the plan's own is refused, naming it,
//    and the plan, the stray file and the directory stay exactly as they were;
//  - the plan's own journal after a crash is still applied (read-write) or
//    read through a private copy (read-only);
//  - a read-only open and a read-write open without an edit leave the same
//    bytes, the same mtime and the same directory listing;
//  - two programs creating the same plan at once: exactly one wins;
//  - a FIFO, device or directory is refused at once, never waited on;
//  - checkIntegrity() finds what the opening quick_check does not.
// Cases that could hang run in a forked child under alarm(), so a regression
// fails in seconds.

#include "store_test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <latch>
#include <memory>
#include <set>
#include <thread>

using namespace sunrelay;
using namespace sunrelay::storetest;

Q_DECLARE_METATYPE(sunrelay::store::OpenMode)

namespace
{

// Bytes, mtime (ns) and the directory listing: "not changed" literally.
struct DiskState {
    std::optional<std::string> plan;
    std::optional<std::string> wal;
    std::optional<std::string> journal;
    std::int64_t mtimeNs = 0;
    std::set<std::string> listing;
};

DiskState diskState(const fs::path &plan)
{
    DiskState state;
    state.plan = readIfExists(plan);
    state.wal = readIfExists(sidecar(plan, "-wal"));
    state.journal = readIfExists(sidecar(plan, "-journal"));
    struct stat info {
    };
    if (::stat(plan.c_str(), &info) == 0)
        state.mtimeNs = std::int64_t{info.st_mtim.tv_sec} * 1000000000 + info.st_mtim.tv_nsec;
    for (const auto &entry : fs::directory_iterator(plan.parent_path()))
        state.listing.insert(entry.path().filename().string());
    return state;
}

std::string joined(const std::set<std::string> &names)
{
    std::string text;
    for (const std::string &name : names)
        text += (text.empty() ? "" : " ") + name;
    return text;
}

// "" when nothing changed, else what did.
std::string diskChange(const DiskState &before, const DiskState &after)
{
    if (before.plan != after.plan)
        return "the plan's bytes changed";
    if (before.wal != after.wal)
        return "the -wal changed";
    if (before.journal != after.journal)
        return "the -journal changed";
    if (before.mtimeNs != after.mtimeNs)
        return "the plan's mtime changed";
    if (before.listing != after.listing)
        return "the directory changed: [" + joined(before.listing) + "] -> ["
            + joined(after.listing) + "]";
    return {};
}

// Writes a new plan file, failing the test if that fails.
#define CREATE_PLAN(path, plan)                                                                    \
    do {                                                                                           \
        auto created_ = PlanStore::create((path), (plan));                                         \
        STORE_VERIFY_OK(created_);                                                                 \
    } while (false)

#define VERIFY_UNCHANGED(before, path)                                                             \
    do {                                                                                           \
        const std::string change_ = diskChange((before), diskState(path));                         \
        QVERIFY2(change_.empty(), change_.c_str());                                                \
    } while (false)

// Runs `body` in a forked child that must exit 0 within `seconds`; returns ""
// or what went wrong. For work that could block or crash.
// `body` may call _exit() itself, to die as a crash would.
template<typename Body>
std::string inChild(unsigned seconds, Body &&body)
{
    const pid_t pid = ::fork();
    if (pid < 0)
        return "fork failed";
    if (pid == 0) {
        ::alarm(seconds);
        ::_exit(body());
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (WIFSIGNALED(status))
        return WTERMSIG(status) == SIGALRM
            ? "the child did not finish within " + std::to_string(seconds) + " s"
            : "the child died of signal " + std::to_string(WTERMSIG(status));
    if (WEXITSTATUS(status) != 0)
        return "the child failed with " + std::to_string(WEXITSTATUS(status));
    return {};
}

// An editor that renames the plan and dies before closing it: the plan and
// its own -wal with a committed edit, as a crash leaves them.
std::string crashAfterEdit(const fs::path &plan, const std::string &name)
{
    return inChild(20, [&]() -> int {
        auto store = PlanStore::open(plan, OpenMode::ReadWrite);
        if (!store || store.value().setPlanName(name))
            return 3;
        ::_exit(0); // dies here: no close, no checkpoint
    });
}

Plan namedPlan(const std::string &name)
{
    Plan plan = demoPlan();
    plan.name = name;
    return plan;
}

std::string bigEndian(std::uint32_t value)
{
    return {static_cast<char>(value >> 24),
            static_cast<char>(value >> 16),
            static_cast<char>(value >> 8),
            static_cast<char>(value)};
}

// The journal SQLite writes when it switches `plan` from rollback to WAL
// mode: one record, page 1 as it was (format: sqlite.org/fileformat2.html,
// "The Rollback Journal").
std::string modeSwitchJournal(const std::string &plan)
{
    const std::uint32_t pageSize = (std::uint32_t{static_cast<unsigned char>(plan[16])} << 8)
        | static_cast<unsigned char>(plan[17]);
    const std::uint32_t sectorSize = 512;
    const std::uint32_t nonce = 0x1234567;
    std::string journal("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    journal += bigEndian(1) + bigEndian(nonce)
        + bigEndian(static_cast<std::uint32_t>(plan.size() / pageSize)) + bigEndian(sectorSize)
        + bigEndian(pageSize);
    journal.resize(sectorSize, '\0');
    const std::string page = plan.substr(0, pageSize);
    std::uint32_t checksum = nonce;
    for (int i = static_cast<int>(pageSize) - 200; i > 0; i -= 200)
        checksum += static_cast<unsigned char>(page[static_cast<std::size_t>(i)]);
    return journal + bigEndian(1) + page + bigEndian(checksum);
}

} // namespace

class TestPlanFileIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // Issue 14, first scenario: another database's committed WAL renamed to
    // F.sunrelay-wal. Before: import-busy refused, yet closing the refused
    // connection checkpointed the WAL and every plan table was gone.
    void foreignWalIsRefused_data() { modes(); }
    void foreignWalIsRefused()
    {
        QFETCH(OpenMode, mode);
        const fs::path plan = dir().filePath("F.sunrelay").toStdString();
        CREATE_PLAN(plan, demoPlan());
        const fs::path other = dir().filePath("other.db").toStdString();
        const std::string made = inChild(20, [&]() -> int {
            RawDb db(other, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            const bool ok =
                db.exec(
                      "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                      "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('other');")
                    .empty();
            ::_exit(ok ? 0 : 3); // dies with the WAL committed, never checkpointed
        });
        QVERIFY2(made.empty(), made.c_str());
        fs::rename(sidecar(other, "-wal"), sidecar(plan, "-wal"));
        fs::remove(sidecar(other, "-shm"));

        const DiskState before = diskState(plan);
        {
            auto store = PlanStore::open(plan, mode);
            QVERIFY2(!store.ok(), "a foreign -wal was accepted");
            const std::string message = store.error().message();
            QVERIFY2(message.find("F.sunrelay-wal does not belong to F.sunrelay")
                             != std::string::npos
                         && message.find("move it away") != std::string::npos,
                     message.c_str());
        }
        VERIFY_UNCHANGED(before, plan);
        // Moved away, the plan opens as it is on disk.
        fs::rename(sidecar(plan, "-wal"), dir().filePath("kept-wal").toStdString());
        auto store = PlanStore::open(plan, mode);
        STORE_VERIFY_OK(store);
        PLAN_COMPARE(store.value().plan(), demoPlan());
    }

    // Issue 14, second scenario: a crash leaves P.sunrelay-wal, then a
    // colleague's plan is copied over P.sunrelay. Before: silently merged.
    void walOfAnotherPlanIsRefused_data() { modes(); }
    void walOfAnotherPlanIsRefused()
    {
        QFETCH(OpenMode, mode);
        const fs::path plan = dir().filePath("P.sunrelay").toStdString();
        const fs::path colleague = dir().filePath("colleague.sunrelay").toStdString();
        CREATE_PLAN(plan, namedPlan("Mine"));
        CREATE_PLAN(colleague, namedPlan("Colleague's"));
        const std::string crashed = crashAfterEdit(plan, "Mine, edited");
        QVERIFY2(crashed.empty(), crashed.c_str());
        QVERIFY(fs::file_size(sidecar(plan, "-wal")) > 0);
        fs::copy_file(colleague, plan, fs::copy_options::overwrite_existing);

        const DiskState before = diskState(plan);
        {
            auto store = PlanStore::open(plan, mode);
            QVERIFY2(!store.ok(),
                     store.ok() ? ("merged into \"" + store.value().plan().name + "\"").c_str()
                                : "");
            QVERIFY2(store.error().message().find("P.sunrelay-wal does not belong to "
                                                  "P.sunrelay")
                         != std::string::npos,
                     store.error().message().c_str());
        }
        VERIFY_UNCHANGED(before, plan);
    }

    // A damaged plan with a -wal too short to hold a frame beside it (found
    // by fuzz_plan_file): the read-write open is refused, and its connection
    // must not delete or reset the -wal on close.
    void refusedReadWriteOpenLeavesAShortWalAlone()
    {
        const fs::path plan = dir().filePath("P.sunrelay").toStdString();
        CREATE_PLAN(plan, demoPlan());
        std::string bytes = readBytes(plan);
        const std::size_t pageSize = 4096;
        QVERIFY(bytes.size() >= 4 * pageSize);
        std::fill_n(bytes.begin() + 2 * pageSize, pageSize, '\x5a'); // a table page
        writeBytes(plan, bytes);
        writeBytes(sidecar(plan, "-wal"), std::string(110, '\x07'));

        const DiskState before = diskState(plan);
        {
            auto store = PlanStore::open(plan, OpenMode::ReadWrite);
            QVERIFY2(!store.ok(), "a damaged plan was opened");
        }
        VERIFY_UNCHANGED(before, plan);
    }

    // The plan's own WAL after a crash: read-only sees the edit without
    // writing anything; read-write applies it.
    void ownWalAfterCrashIsApplied()
    {
        const fs::path plan = dir().filePath("P.sunrelay").toStdString();
        CREATE_PLAN(plan, namedPlan("Before"));
        const std::string crashed = crashAfterEdit(plan, "After");
        QVERIFY2(crashed.empty(), crashed.c_str());
        const DiskState before = diskState(plan);
        QVERIFY(before.wal && !before.wal->empty());
        {
            auto store = PlanStore::open(plan, OpenMode::ReadOnly);
            STORE_VERIFY_OK(store);
            QCOMPARE(store.value().plan().name, std::string("After"));
            QVERIFY(store.value().checkIntegrity().empty());
        }
        VERIFY_UNCHANGED(before, plan);
        {
            auto store = PlanStore::open(plan, OpenMode::ReadWrite);
            STORE_VERIFY_OK(store);
            QCOMPARE(store.value().plan().name, std::string("After"));
            STORE_VERIFY_EDIT(store.value().setPlanName("After, again"));
        }
        QVERIFY(!fs::exists(sidecar(plan, "-wal")));
        QCOMPARE(integrityCheck(plan), std::string("ok"));
        auto store = PlanStore::open(plan, OpenMode::ReadOnly);
        STORE_VERIFY_OK(store);
        QCOMPARE(store.value().plan().name, std::string("After, again"));
    }

    // A crashed session of repeated crashes: each generation's anchor holds.
    void repeatedCrashesKeepEveryEdit()
    {
        const fs::path plan = dir().filePath("P.sunrelay").toStdString();
        CREATE_PLAN(plan, namedPlan("0"));
        for (int i = 1; i <= 4; ++i) {
            const std::string crashed = crashAfterEdit(plan, std::to_string(i));
            QVERIFY2(crashed.empty(), crashed.c_str());
        }
        auto store = PlanStore::open(plan, OpenMode::ReadOnly);
        STORE_VERIFY_OK(store);
        QCOMPARE(store.value().plan().name, std::string("4"));
    }

    // Issue 14: a read-only check replayed a foreign hot journal (40 KB ->
    // 800 KB, malformed). A hot journal that is not a journal-mode switch of
    // this file is refused in both modes and nothing is written.
    void foreignHotJournalIsRefused_data() { modes(); }
    void foreignHotJournalIsRefused()
    {
        QFETCH(OpenMode, mode);
        const fs::path plan = dir().filePath("P.sunrelay").toStdString();
        const fs::path other = dir().filePath("other.sunrelay").toStdString();
        CREATE_PLAN(plan, demoPlan());
        CREATE_PLAN(other, richPlan());
        const std::string made = inChild(20, [&]() -> int {
            RawDb db(other);
            // A small cache and 300 KiB of changes spill pages mid-transaction,
            // which makes the journal hot; it holds the pages of the regions
            // and members tables as they were.
            const bool ok = db.exec(
                                  "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 2; "
                                  "BEGIN IMMEDIATE; UPDATE regions SET name = 'Foreign'; "
                                  "UPDATE members SET name = 'Foreign'; UPDATE tasks SET "
                                  "notes = printf('%.*c', 20000, 'x');")
                                .empty();
            ::_exit(ok ? 0 : 3); // dies mid-transaction
        });
        QVERIFY2(made.empty(), made.c_str());
        fs::rename(sidecar(other, "-journal"), sidecar(plan, "-journal"));
        QVERIFY2(readBytes(sidecar(plan, "-journal")).rfind("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 0)
                     == 0,
                 "the abandoned write left no hot journal");

        const DiskState before = diskState(plan);
        {
            auto store = PlanStore::open(plan, mode);
            QVERIFY2(!store.ok(), "a foreign hot journal was accepted");
            const std::string message = store.error().message();
            QVERIFY2(message.find("P.sunrelay-journal does not belong to P.sunrelay")
                         != std::string::npos,
                     message.c_str());
        }
        VERIFY_UNCHANGED(before, plan);
    }

    // The one rollback journal Sunrelay leaves in place: a crash while it
    // switched the plan to (or from) WAL mode, page 1's header half changed.
    void modeSwitchJournalIsApplied()
    {
        const fs::path plan = dir().filePath("P.sunrelay").toStdString();
        CREATE_PLAN(plan, demoPlan());
        const std::string original = readBytes(plan);
        QCOMPARE(original[18], '\1'); // rollback mode
        writeBytes(sidecar(plan, "-journal"), modeSwitchJournal(original));
        std::string switched = original;
        switched[18] = switched[19] = '\2'; // WAL mode
        writeBytes(plan, switched);

        const DiskState before = diskState(plan);
        {
            auto store = PlanStore::open(plan, OpenMode::ReadOnly);
            STORE_VERIFY_OK(store);
            PLAN_COMPARE(store.value().plan(), demoPlan());
        }
        VERIFY_UNCHANGED(before, plan);
        {
            auto store = PlanStore::open(plan, OpenMode::ReadWrite);
            STORE_VERIFY_OK(store);
            PLAN_COMPARE(store.value().plan(), demoPlan());
        }
        QVERIFY(readBytes(plan) == original); // rolled back for real
        QVERIFY(!fs::exists(sidecar(plan, "-journal")));
    }

    // Issue 14: read-only commands left -wal/-shm beside a WAL-mode plan.
    void readOnlyOpenWritesNothing_data()
    {
        QTest::addColumn<bool>("walMode");
        QTest::newRow("rollback-mode plan") << false;
        QTest::newRow("WAL-mode plan") << true;
    }
    void readOnlyOpenWritesNothing()
    {
        QFETCH(bool, walMode);
        const fs::path plan = dir().filePath("P.sunrelay").toStdString();
        CREATE_PLAN(plan, demoPlan());
        if (walMode) {
            RawDb db(plan);
            QCOMPARE(db.query("PRAGMA journal_mode = WAL"), std::string("wal"));
        }
        QCOMPARE(readBytes(plan)[18], walMode ? '\2' : '\1');
        QVERIFY(!fs::exists(sidecar(plan, "-wal")));
        const DiskState before = diskState(plan);
        {
            auto store = PlanStore::open(plan, OpenMode::ReadOnly);
            STORE_VERIFY_OK(store);
            PLAN_COMPARE(store.value().plan(), demoPlan());
            QVERIFY(store.value().checkIntegrity().empty());
            VERIFY_UNCHANGED(before, plan); // nothing beside it while open either
        }
        VERIFY_UNCHANGED(before, plan);
    }

    // Issue 14: a refused import-busy ("no member X") changed header bytes and
    // the mtime. Opening for editing writes nothing until the first edit,
    // also for an older format (migrated by the first edit).
    void readWriteOpenWritesNothingUntilTheFirstEdit_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("current format") << QString();
        QTest::newRow("format 1") << QStringLiteral("plan-v1.sunrelay");
        QTest::newRow("format 2") << QStringLiteral("plan-v2.sunrelay");
    }
    void readWriteOpenWritesNothingUntilTheFirstEdit()
    {
        QFETCH(QString, fixture);
        const fs::path plan = dir().filePath("P.sunrelay").toStdString();
        if (fixture.isEmpty())
            CREATE_PLAN(plan, demoPlan());
        else
            fs::copy_file(
                QDir(QStringLiteral(SUNRELAY_STORE_FIXTURES)).filePath(fixture).toStdString(),
                plan);
        const DiskState before = diskState(plan);
        {
            auto store = PlanStore::open(plan, OpenMode::ReadWrite);
            STORE_VERIFY_OK(store);
            const auto refused = store.value().replaceBusyTimes("nobody", {});
            QVERIFY(refused && refused->code == StoreErrorCode::NotFound);
        }
        VERIFY_UNCHANGED(before, plan);
        {
            auto store = PlanStore::open(plan, OpenMode::ReadWrite);
            STORE_VERIFY_OK(store);
            STORE_VERIFY_EDIT(store.value().setPlanName("Edited"));
        }
        QVERIFY(!fs::exists(sidecar(plan, "-wal")));
        QVERIFY(!fs::exists(sidecar(plan, "-journal")));
        QCOMPARE(integrityCheck(plan), std::string("ok"));
        RawDb db(plan, SQLITE_OPEN_READONLY);
        QCOMPARE(db.query("PRAGMA user_version"), std::to_string(store::schemaVersion));
        QCOMPARE(db.query("SELECT name FROM plan"), std::string("Edited"));
    }

    // Issue 14: two `import ... -o X.sunrelay` at once both succeeded, one
    // silently replacing the other. Exactly one create wins, every round.
    void concurrentCreatesOneWins()
    {
        const Plan plan = demoPlan();
        for (int round = 0; round < 40; ++round) {
            const fs::path path =
                dir().filePath(QStringLiteral("X%1.sunrelay").arg(round)).toStdString();
            std::latch start(2);
            std::optional<Expected<PlanStore, StoreError>> results[2];
            const auto create = [&](int i) {
                start.arrive_and_wait();
                results[i].emplace(PlanStore::create(path, plan));
            };
            std::thread first(create, 0), second(create, 1);
            first.join();
            second.join();
            const int winners = int(results[0]->ok()) + int(results[1]->ok());
            QVERIFY2(winners == 1,
                     ("round " + std::to_string(round) + ": " + std::to_string(winners)
                      + " creates succeeded")
                         .c_str());
            const auto &loser = results[0]->ok() ? *results[1] : *results[0];
            QVERIFY2(loser.error().message().find("a file already exists at") != std::string::npos,
                     loser.error().message().c_str());
            results[0].reset();
            results[1].reset();
            // Nothing left beside it but the plan.
            for (const auto &entry : fs::directory_iterator(dir().path().toStdString()))
                QVERIFY2(entry.path().filename().string().find(".tmp-") == std::string::npos,
                         entry.path().c_str());
        }
    }

    // Issue 14: a FIFO as plan blocked forever. A FIFO, a device, a
    // directory, as the plan or as its -wal, is refused at once.
    void specialFilesAreRefusedAtOnce()
    {
        const fs::path fifo = dir().filePath("fifo.sunrelay").toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        const fs::path device = dir().filePath("zero.sunrelay").toStdString();
        fs::create_symlink("/dev/zero", device);
        const fs::path directory = dir().filePath("dir.sunrelay").toStdString();
        fs::create_directory(directory);
        const fs::path plan = dir().filePath("P.sunrelay").toStdString();
        CREATE_PLAN(plan, demoPlan());
        QCOMPARE(::mkfifo(sidecar(plan, "-wal").c_str(), 0600), 0);

        const std::string result = inChild(5, [&]() -> int {
            for (const fs::path &path : {fifo, device, directory}) {
                if (store::looksLikePlanFile(path))
                    return 3;
                for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
                    auto store = PlanStore::open(path, mode);
                    if (store.ok()
                        || store.error().message().find("not a regular file") == std::string::npos)
                        return 4;
                }
            }
            for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
                auto store = PlanStore::open(plan, mode);
                if (store.ok()
                    || store.error().message().find("P.sunrelay-wal") == std::string::npos)
                    return 5;
            }
            return 0;
        });
        QVERIFY2(result.empty(), result.c_str());
    }

    // Opening a plan this process is editing is answered Locked before
    // anything reads the file: closing another descriptor on it would drop
    // the editor's POSIX locks and let a second editor in.
    void secondOpenInThisProcessKeepsTheLock()
    {
        const fs::path plan = dir().filePath("P.sunrelay").toStdString();
        CREATE_PLAN(plan, demoPlan());
        auto editor = PlanStore::open(plan, OpenMode::ReadWrite);
        STORE_VERIFY_OK(editor);
        STORE_VERIFY_EDIT(editor.value().setPlanName("Editing"));
        for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
            auto again = PlanStore::open(plan, mode);
            QVERIFY2(!again.ok(), "opened a plan this process is editing");
            QCOMPARE(again.error().code, StoreErrorCode::Locked);
        }
        const std::string result = inChild(10, [&]() -> int {
            auto other = PlanStore::open(plan, OpenMode::ReadWrite);
            ::_exit(!other.ok() && other.error().code == StoreErrorCode::Locked ? 0 : 3);
        });
        QVERIFY2(result.empty(), ("another process: " + result).c_str());
        STORE_VERIFY_EDIT(editor.value().setPlanName("Still editing"));
    }

    // Issue 14: `check` ran only quick_check, which passes a plan whose rows
    // are out of key order. checkIntegrity() runs integrity_check.
    void integrityCheckFindsWhatQuickCheckMisses()
    {
        const fs::path plan = dir().filePath("P.sunrelay").toStdString();
        Plan source = demoPlan();
        source.tasks.resize(3);
        const char *ids[] = {"task-aaa", "task-bbb", "task-ccc"};
        for (std::size_t i = 0; i < 3; ++i) {
            source.tasks[i].id = ids[i];
            source.tasks[i].handoffNotes.clear();
        }
        CREATE_PLAN(plan, source);
        {
            auto store = PlanStore::open(plan, OpenMode::ReadOnly);
            STORE_VERIFY_OK(store);
            QVERIFY(store.value().checkIntegrity().empty());
        }
        // The first key becomes the last: the rows are out of key order.
        std::string bytes = readBytes(plan);
        const auto at = bytes.find("task-aaa");
        QVERIFY(at != std::string::npos && bytes.find("task-aaa", at + 1) == std::string::npos);
        bytes.replace(at, 8, "task-zzz");
        writeBytes(plan, bytes);
        QCOMPARE(RawDb(plan).query("PRAGMA quick_check"), std::string("ok"));

        auto store = PlanStore::open(plan, OpenMode::ReadOnly);
        STORE_VERIFY_OK(store); // opening stays on quick_check
        const std::vector<std::string> problems = store.value().checkIntegrity();
        QVERIFY(!problems.empty());
        QVERIFY2(problems.front().find("tasks") != std::string::npos, problems.front().c_str());
    }

private:
    void modes()
    {
        QTest::addColumn<OpenMode>("mode");
        QTest::newRow("read-write") << OpenMode::ReadWrite;
        QTest::newRow("read-only") << OpenMode::ReadOnly;
    }

    QTemporaryDir &dir() { return *m_dir; }
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh one for each test
};

QTEST_GUILESS_MAIN(TestPlanFileIntegrity)

#include "tst_plan_file_integrity.moc"
