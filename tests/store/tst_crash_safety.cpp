// kill -9 at any moment leaves the last committed edit (DESIGN.md, "The plan
// file"). This executable re-invokes itself as an editor:
//
//   tst_crash_safety --edit-loop PATH FIRST REOPEN
//
// which opens PATH read-write and applies edits numbered FIRST, FIRST+1, ...
// until killed, writing each number to stdout (one write, unbuffered) only
// after the edit call returned. With REOPEN > 0 it closes and reopens the
// plan after every REOPEN edits, so kills also land while a plan is being
// opened (checks, switch to WAL) and closed (checkpoint, switch back). Edit n is, by n % 3:
//   0: insertTask "C-n" before the last task, "counter" (one row)
//   1: updateTask "counter" with notes = n              (one row)
//   2: updateMember "anna" named "Edit n" with 1 + (n/3) % 4 working ranges
//      and (n/3) % 3 time-off ranges                    (rows in three tables)
// The parent SIGKILLs it at random moments, then checks that the file opens,
// passes PRAGMA integrity_check, and holds exactly the edits 0..M for some M
// at least the last number reported: every reported edit, none half-done,
// no gaps.
//
//   tst_crash_safety --abandon-write PATH
//
// leaves PATH the way a writer killed in the middle of a rollback-journal
// transaction does (PlanStore is in that mode while it opens and closes a
// plan): a hot -journal beside it. Deterministic, where the kills above only
// sometimes land there.

#include "store_test_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <charconv>
#include <chrono>
#include <thread>

#include <unistd.h>

using namespace sunrelay;
using namespace sunrelay::storetest;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(sunrelay::store::OpenMode)

namespace
{

const char *const editLoopArgument = "--edit-loop";
const char *const abandonArgument = "--abandon-write";

int abandonWrite(const char *path)
{
    RawDb db(path);
    if (!db.isOpen())
        return 2;
    // A cache of a few pages and 300 KiB of changes: SQLite spills pages into
    // the file mid-transaction, after syncing the journal, which makes the
    // journal hot (an uncommitted transaction that never spilled leaves a
    // journal SQLite ignores).
    if (!db.exec("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 2; BEGIN IMMEDIATE;"
                 "UPDATE tasks SET notes = printf('%.*c', 20000, 'x');")
             .empty())
        return 3;
    ::_exit(0); // no commit, no rollback, no close: as if killed here
}

Member editedAnna(const Member &anna, long n)
{
    Member member = anna;
    member.name = "Edit " + std::to_string(n);
    const long step = n / 3;
    member.work.ranges.clear();
    for (long i = 0; i <= step % 4; ++i)
        member.work.ranges.push_back(
            {Weekdays{date::weekday{static_cast<unsigned>(i + 1)}}, 8h + Minutes{i}, 16h});
    member.timeOff.clear();
    for (long i = 0; i < step % 3; ++i) {
        const LocalDate day = LocalDate{date::year{2027} / 1 / 1} + date::days{10 * i};
        member.timeOff.push_back({day, day + date::days{1}});
    }
    return member;
}

int editLoop(const char *path, long first, long reopenEvery)
{
    std::optional<PlanStore> store;
    const auto open = [&] {
        auto opened = PlanStore::open(path, OpenMode::ReadWrite);
        if (!opened) {
            const std::string text = "cannot open: " + describe(opened.error()) + "\n";
            [[maybe_unused]] auto written = ::write(2, text.data(), text.size());
            return false;
        }
        store.emplace(std::move(opened).value());
        return true;
    };
    if (!open())
        return 2;
    const Member anna = store->plan().members.at(store->plan().memberIndex("anna").value());
    Task counter = store->plan().tasks.back();
    const auto deadline = std::chrono::steady_clock::now() + 60s; // if nobody kills us
    for (long n = first; std::chrono::steady_clock::now() < deadline; ++n) {
        if (reopenEvery > 0 && n > first && (n - first) % reopenEvery == 0) {
            store.reset();
            if (!open())
                return 2;
        }
        PlanStore &plan = *store;
        PlanStore::EditError error;
        switch (n % 3) {
        case 0: {
            Task task;
            task.id = "C-" + std::to_string(n);
            task.title = "Crash test " + std::to_string(n);
            task.effortHours = 1;
            task.priority = 3;
            error = plan.insertTask(task, plan.plan().tasks.size() - 1); // before the counter
            break;
        }
        case 1:
            counter.notes = std::to_string(n);
            error = plan.updateTask(counter);
            break;
        default:
            error = plan.updateMember(editedAnna(anna, n));
            break;
        }
        if (error) {
            const std::string text = "edit " + std::to_string(n) + ": " + describe(*error) + "\n";
            [[maybe_unused]] auto written = ::write(2, text.data(), text.size());
            return 3;
        }
        const std::string line = std::to_string(n) + "\n";
        if (::write(1, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
            return 4;
    }
    return 0;
}

// The plan every run starts from: the demo plan and a task "counter" last.
Plan startPlan()
{
    Plan plan = demoPlan();
    Task counter;
    counter.id = "counter";
    counter.title = "Counter";
    counter.effortHours = 1;
    counter.notes = "none";
    plan.tasks.push_back(counter);
    return plan;
}

long parseNumber(std::string_view text)
{
    long value = -1;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size() ? value : -1;
}

// Checks the plan holds exactly edits 0..M (M = -1: none) and returns M, or
// sets `problem`.
long committedPrefix(const Plan &plan, std::string &problem)
{
    const Plan start = startPlan();
    long maxInsert = -1;
    for (const Task &task : plan.tasks) {
        if (task.id.rfind("C-", 0) != 0)
            continue;
        const long n = parseNumber(std::string_view(task.id).substr(2));
        if (n < 0 || n % 3 != 0) {
            problem = "unexpected task " + task.id;
            return -2;
        }
        maxInsert = std::max(maxInsert, n);
    }
    const Task &counter = plan.tasks.back();
    if (counter.id != "counter") {
        problem = "the counter task is not last";
        return -2;
    }
    const long counterValue = counter.notes == "none" ? -1 : parseNumber(counter.notes);
    const auto annaIndex = plan.memberIndex("anna");
    if (!annaIndex) {
        problem = "anna is gone";
        return -2;
    }
    const Member &anna = plan.members[*annaIndex];
    const Member &originalAnna = start.members[*start.memberIndex("anna")];
    long memberValue = -1;
    if (!(anna == originalAnna)) {
        memberValue = anna.name.rfind("Edit ", 0) == 0 ? parseNumber(anna.name.substr(5)) : -1;
        if (memberValue < 0 || !(anna == editedAnna(originalAnna, memberValue))) {
            problem = "anna is half edited: name \"" + anna.name + "\", "
                + std::to_string(anna.work.ranges.size()) + " working ranges, "
                + std::to_string(anna.timeOff.size()) + " time off";
            return -2;
        }
    }

    const long last = std::max({maxInsert, counterValue, memberValue});
    // Exactly 0..last: every insert present, the counter and anna at the last
    // value of their kind.
    std::size_t inserts = 0;
    for (const Task &task : plan.tasks)
        inserts += task.id.rfind("C-", 0) == 0 ? 1 : 0;
    const auto lastOfKind = [last](long kind) {
        long n = last;
        while (n >= 0 && n % 3 != kind)
            --n;
        return n;
    };
    if (static_cast<long>(inserts) != (last < 0 ? 0 : last / 3 + 1) || maxInsert != lastOfKind(0)) {
        problem = "the inserted tasks are not C-0 ... C-" + std::to_string(lastOfKind(0))
            + " (found " + std::to_string(inserts) + ", largest " + std::to_string(maxInsert) + ")";
        return -2;
    }
    if (counterValue != lastOfKind(1) || memberValue != lastOfKind(2)) {
        problem = "edit " + std::to_string(last) + " is in, but the counter says "
            + std::to_string(counterValue) + " and anna " + std::to_string(memberValue);
        return -2;
    }
    // Nothing else changed.
    Plan rest = plan;
    std::erase_if(rest.tasks, [](const Task &task) {
        return task.id.rfind("C-", 0) == 0;
    });
    rest.tasks.back().notes = "none";
    rest.members[*annaIndex] = originalAnna;
    if (!(rest == start)) {
        problem = "something besides the edits changed: " + planDifference(rest, start);
        return -2;
    }
    return last;
}

struct Run {
    long lastReported = -1;
    long reported = 0;
    bool killed = false;
    QByteArray errors;
};

// Starts an editor at edit `first`, kills it after `delayMs` (counted from
// its first report when `afterFirstEdit`), and collects what it reported.
Run runAndKill(const fs::path &path, long first, long reopenEvery, int delayMs, bool afterFirstEdit)
{
    Run run;
    QProcess editor;
    editor.start(QCoreApplication::applicationFilePath(),
                 {QString::fromLatin1(editLoopArgument),
                  QString::fromStdString(path.string()),
                  QString::number(first),
                  QString::number(reopenEvery)});
    if (!editor.waitForStarted(10000)) {
        run.errors = "the editor did not start";
        return run;
    }
    if (afterFirstEdit) {
        QElapsedTimer timer;
        timer.start();
        while (!editor.canReadLine() && editor.state() == QProcess::Running
               && timer.elapsed() < 20000)
            editor.waitForReadyRead(50);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
    run.killed = editor.state() == QProcess::Running;
    editor.kill(); // SIGKILL
    editor.waitForFinished(10000);
    run.errors = editor.readAllStandardError();
    const QList<QByteArray> lines = editor.readAllStandardOutput().split('\n');
    long expected = first;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const long n = parseNumber(std::string_view(line.constData(), line.size()));
        if (n != expected) {
            run.errors += "unexpected report " + line + "\n";
            break;
        }
        run.lastReported = n;
        ++run.reported;
        ++expected;
    }
    return run;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    // Kills editors `kills` times, checking the file after each kill, with
    // `firstOpen` the mode the file is first opened in afterwards.
    void killRepeatedly(int kills, OpenMode firstOpen, long reopenEvery)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        {
            auto store = PlanStore::create(path, startPlan());
            STORE_VERIFY_OK(store);
        }
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill timing seed %u", seed);
        QRandomGenerator random(seed);

        QElapsedTimer total;
        total.start();
        long next = 0;
        long totalReported = 0;
        int killsMidStream = 0;
        for (int kill = 0; kill < kills; ++kill) {
            // Every fifth kill lands anywhere from start-up through opening;
            // the others while edits are being committed.
            const bool afterFirstEdit = kill % 5 != 0;
            const int delay = afterFirstEdit ? random.bounded(40) : random.bounded(150);
            const Run run = runAndKill(path, next, reopenEvery, delay, afterFirstEdit);
            const QByteArray context = QByteArray("kill ") + QByteArray::number(kill)
                + ", first edit " + QByteArray::number(qint64(next)) + ", last reported "
                + QByteArray::number(qint64(run.lastReported)) + ": ";
            QVERIFY2(run.errors.isEmpty(), (context + run.errors).constData());
            QVERIFY2(run.killed, (context + "the editor ended before it was killed").constData());
            totalReported += run.reported;
            killsMidStream += run.reported > 0 ? 1 : 0;

            long last = -2;
            {
                auto store = PlanStore::open(path, firstOpen);
                QVERIFY2(store.ok(),
                         (context + describe(store.ok() ? StoreError{} : store.error()).c_str())
                             .constData());
                std::string problem;
                last = committedPrefix(store.value().plan(), problem);
                QVERIFY2(problem.empty(), (context + problem.c_str()).constData());
            }
            if (firstOpen == OpenMode::ReadOnly) {
                // Then as the app would, read-write.
                auto store = PlanStore::open(path, OpenMode::ReadWrite);
                QVERIFY2(store.ok(),
                         (context + describe(store.ok() ? StoreError{} : store.error()).c_str())
                             .constData());
                std::string problem;
                QCOMPARE(committedPrefix(store.value().plan(), problem), last);
            }
            const std::string integrity = integrityCheck(path);
            QVERIFY2(integrity == "ok", (context + integrity.c_str()).constData());

            QVERIFY2(last >= run.lastReported,
                     (context + "edit " + QByteArray::number(qint64(run.lastReported))
                      + " was reported committed but the file ends at "
                      + QByteArray::number(qint64(last)))
                         .constData());
            // At most the one edit between its commit and its report is extra.
            QVERIFY2(last <= std::max(run.lastReported, next - 1) + 1,
                     (context + "the file has edits nobody made: ends at "
                      + QByteArray::number(qint64(last)))
                         .constData());
            next = last + 1;
        }
        qInfo("%d kills (%d while editing), %ld edits reported, %lld ms",
              kills,
              killsMidStream,
              totalReported,
              static_cast<long long>(total.elapsed()));
        // The test must have killed editors in the middle of their work.
        QVERIFY2(killsMidStream >= kills / 2, "too few kills happened while edits were running");
        QVERIFY2(totalReported >= kills, "too few edits were committed to prove anything");
    }

private slots:
    // Another SQLite program killed while it changed the plan leaves a hot
    // journal that is not Sunrelay's (only a journal-mode switch is, see
    // lib/store/src/sidecar.h): it is refused in both modes, naming it, and
    // nothing is written; that program (here a plain SQLite connection)
    // rolls it back, and then the plan opens as it was.
    void anotherProgramsHotJournalIsRefused_data()
    {
        QTest::addColumn<OpenMode>("mode");
        QTest::newRow("opened read-write") << OpenMode::ReadWrite;
        QTest::newRow("opened read-only") << OpenMode::ReadOnly;
    }
    void anotherProgramsHotJournalIsRefused()
    {
        QFETCH(OpenMode, mode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        {
            auto store = PlanStore::create(path, startPlan());
            STORE_VERIFY_OK(store);
        }
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(),
                     {QString::fromLatin1(abandonArgument), QString::fromStdString(path.string())});
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitCode(), 0);
        // A hot journal starts with the journal magic (written when synced).
        const std::string journal = readBytes(sidecar(path, "-journal"));
        QVERIFY2(journal.rfind("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 0) == 0,
                 "the abandoned write left no hot journal");

        const FileSnapshot before = snapshot(path);
        {
            auto store = PlanStore::open(path, mode);
            QVERIFY2(!store.ok(), "another program's journal was applied");
            QVERIFY2(store.error().message().find("plan.sunrelay-journal does not belong")
                         != std::string::npos,
                     store.error().message().c_str());
        }
        QVERIFY(readBytes(path) == *before.main);
        QVERIFY(readBytes(sidecar(path, "-journal")) == journal);

        {
            RawDb db(path);
            QCOMPARE(db.query("PRAGMA quick_check"), std::string("ok")); // rolls it back
        }
        QVERIFY(!fs::exists(sidecar(path, "-journal")));
        auto store = PlanStore::open(path, OpenMode::ReadWrite);
        STORE_VERIFY_OK(store);
        PLAN_COMPARE(store.value().plan(), startPlan());
    }

    void killedEditorLeavesTheLastCommittedEdit() { killRepeatedly(60, OpenMode::ReadWrite, 0); }

    // Kills while the editor opens and closes the plan between edits.
    void killedWhileOpeningOrClosing() { killRepeatedly(25, OpenMode::ReadWrite, 3); }

    // A read-only reader (sunrelay-cli, a second window) after a crash sees
    // the last committed edit too.
    void readOnlyOpenAfterKill() { killRepeatedly(12, OpenMode::ReadOnly, 4); }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::string_view(argv[1]) == abandonArgument)
        return abandonWrite(argv[2]);
    if (argc == 5 && std::string_view(argv[1]) == editLoopArgument) {
        const long first = parseNumber(argv[3]);
        const long reopenEvery = parseNumber(argv[4]);
        return first < 0 || reopenEvery < 0 ? 2 : editLoop(argv[2], first, reopenEvery);
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash_safety.moc"
