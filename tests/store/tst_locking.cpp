// A plan open for editing in one program is locked against every other
// program (DESIGN.md, "The plan file"). Tested with two real processes: this
// executable re-invokes itself as the holder
//
//   tst_locking --hold-plan PATH
//
// which opens PATH read-write, prints "holding", and then follows commands
// on stdin: "rename TEXT" (setPlanName, prints "renamed" or the error),
// "quit" or end of input (closes the plan and exits 0).

#include "store_test_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <iostream>
#include <thread>

using namespace sunrelay;
using namespace sunrelay::storetest;

Q_DECLARE_METATYPE(sunrelay::store::OpenMode)

namespace
{

const char *const holdArgument = "--hold-plan";

int holdPlan(const char *path)
{
    auto store = PlanStore::open(path, OpenMode::ReadWrite);
    if (!store) {
        std::cout << "error " << describe(store.error()) << std::endl;
        return 2;
    }
    std::cout << "holding" << std::endl;
    std::string line;
    while (std::getline(std::cin, line) && line != "quit") {
        if (line.rfind("rename ", 0) == 0) {
            const auto error = store.value().setPlanName(line.substr(7));
            std::cout << (error ? "error " + describe(*error) : std::string("renamed"))
                      << std::endl;
        }
    }
    return 0;
}

// Reads lines from `process` until one equals `wanted`; false on a timeout,
// on an "error ..." line or when the process ends. `seen` gets the output.
bool waitForLine(QProcess &process, const QByteArray &wanted, QByteArray &seen)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            seen += line + '\n';
            if (line == wanted)
                return true;
            if (line.startsWith("error"))
                return false;
        }
        if (process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(100);
    }
    return false;
}

struct Holder {
    QProcess process;

    bool start(const fs::path &path, QByteArray &seen)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(),
                      {QString::fromLatin1(holdArgument), QString::fromStdString(path.string())});
        return process.waitForStarted(10000) && waitForLine(process, "holding", seen);
    }
    bool quit()
    {
        process.write("quit\n");
        process.closeWriteChannel();
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    }
    ~Holder()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
};

std::string makePlanFile(const fs::path &path)
{
    auto store = PlanStore::create(path, demoPlan());
    return store ? std::string() : describe(store.error());
}

} // namespace

class TestLocking : public QObject
{
    Q_OBJECT

private slots:
    // Someone reading the plan for a moment (sunrelay-cli, another window
    // checking whether it may open it) is waited for: opening for editing
    // then succeeds instead of reporting an editor that is not there.
    void aMomentaryReaderIsWaitedFor()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        const std::string made = makePlanFile(path);
        QVERIFY2(made.empty(), made.c_str());
        RawDb reader(path, SQLITE_OPEN_READONLY);
        QVERIFY2(reader.isOpen(), reader.openError().c_str());
        QCOMPARE(reader.exec("BEGIN"), std::string());
        QVERIFY(reader.query("SELECT count(*) FROM tasks").find("error") == std::string::npos);
        // The read ends 300 ms from now, well inside the wait.
        std::thread ends([&reader] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            reader.exec("COMMIT");
        });
        auto store = PlanStore::open(path, OpenMode::ReadWrite);
        ends.join();
        QVERIFY2(store.ok(), store.ok() ? "" : describe(store.error()).c_str());
    }

    // While another process edits the plan, opening it in either mode is
    // answered with Locked naming the holder, at once, and changes nothing:
    // the holder keeps editing, and once it is gone the plan opens with its
    // edits.
    void secondProcessIsToldLocked_data()
    {
        QTest::addColumn<OpenMode>("mode");
        QTest::newRow("read-write while another process edits") << OpenMode::ReadWrite;
        QTest::newRow("read-only while another process edits") << OpenMode::ReadOnly;
    }
    void secondProcessIsToldLocked()
    {
        QFETCH(OpenMode, mode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        const std::string made = makePlanFile(path);
        QVERIFY2(made.empty(), made.c_str());

        Holder holder;
        QByteArray seen;
        QVERIFY2(holder.start(path, seen), seen.constData());
        const FileSnapshot held = snapshot(path);

        for (int attempt = 1; attempt <= 2; ++attempt) {
            QElapsedTimer timer;
            timer.start();
            auto store = PlanStore::open(path, mode);
            const qint64 waited = timer.elapsed();
            QVERIFY2(!store.ok(), "opened a plan another process is editing");
            const StoreError &error = store.error();
            QVERIFY2(error.code == StoreErrorCode::Locked, describe(error).c_str());
            // Who: the holder's process id or its program name.
            const std::string pid = std::to_string(holder.process.processId());
            QVERIFY2(error.holder.find(pid) != std::string::npos
                         || error.holder.find("tst_locking") != std::string::npos,
                     ("the holder (pid " + pid + ") is not named: " + describe(error)).c_str());
            QVERIFY2(!error.message().empty(), "the error has no message");
            QVERIFY2(waited < 10000,
                     qPrintable(QStringLiteral("the answer took %1 ms").arg(waited)));
            const std::string change = compareSnapshots(held, snapshot(path));
            QVERIFY2(change.empty(), change.c_str());
        }

        // The holder is undisturbed and still saves.
        holder.process.write("rename Renamed by the holder\n");
        QVERIFY2(waitForLine(holder.process, "renamed", seen), seen.constData());
        QVERIFY(holder.quit());

        QCOMPARE(integrityCheck(path), std::string("ok"));
        auto store = PlanStore::open(path, mode);
        STORE_VERIFY_OK(store);
        Plan expected = demoPlan();
        expected.name = "Renamed by the holder";
        PLAN_COMPARE(store.value().plan(), expected);
    }

    // saveAs onto a plan another process is editing must not pull the file
    // from under it (its later edits would go to a file nobody sees again):
    // the answer is Locked, the plan stays as it was, and the holder's edits
    // reach it.
    void saveAsOntoAPlanAnotherProcessEdits_data()
    {
        QTest::addColumn<int>("overwrite");
        QTest::newRow("overwrite allowed") << static_cast<int>(store::Overwrite::Allow);
        QTest::newRow("overwrite refused") << static_cast<int>(store::Overwrite::Refuse);
    }
    void saveAsOntoAPlanAnotherProcessEdits()
    {
        QFETCH(int, overwrite);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path held = dir.filePath("held.sunrelay").toStdString();
        const fs::path mine = dir.filePath("mine.sunrelay").toStdString();
        const std::string made = makePlanFile(held);
        QVERIFY2(made.empty(), made.c_str());

        Holder holder;
        QByteArray seen;
        QVERIFY2(holder.start(held, seen), seen.constData());
        const FileSnapshot before = snapshot(held);
        {
            Plan other = demoPlan();
            other.name = "Another plan";
            auto store = PlanStore::create(mine, other);
            STORE_VERIFY_OK(store);
            const auto error = store.value().saveAs(held, static_cast<store::Overwrite>(overwrite));
            QVERIFY2(error.has_value(), "saveAs replaced a plan another process is editing");
            if (overwrite == static_cast<int>(store::Overwrite::Allow))
                QVERIFY2(error->code == StoreErrorCode::Locked, describe(*error).c_str());
            QCOMPARE(store.value().path(), mine);
        }
        const std::string change = compareSnapshots(before, snapshot(held));
        QVERIFY2(change.empty(), change.c_str());

        holder.process.write("rename Renamed by the holder\n");
        QVERIFY2(waitForLine(holder.process, "renamed", seen), seen.constData());
        QVERIFY(holder.quit());
        auto store = PlanStore::open(held, OpenMode::ReadOnly);
        STORE_VERIFY_OK(store);
        Plan expected = demoPlan();
        expected.name = "Renamed by the holder";
        PLAN_COMPARE(store.value().plan(), expected);
    }

    // A holder that dies (kill -9) does not leave the plan locked.
    void killedHolderReleasesTheLock()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        const std::string made = makePlanFile(path);
        QVERIFY2(made.empty(), made.c_str());

        Holder holder;
        QByteArray seen;
        QVERIFY2(holder.start(path, seen), seen.constData());
        {
            auto store = PlanStore::open(path, OpenMode::ReadWrite);
            QVERIFY(!store.ok());
            QCOMPARE(store.error().code, StoreErrorCode::Locked);
        }
        holder.process.kill();
        QVERIFY(holder.process.waitForFinished(30000));

        auto store = PlanStore::open(path, OpenMode::ReadWrite);
        STORE_VERIFY_OK(store);
        PLAN_COMPARE(store.value().plan(), demoPlan());
        STORE_VERIFY_EDIT(store.value().setPlanName("Edited after the holder died"));
    }

    // The lock follows the store: once this process closes the plan, another
    // process can edit it.
    void closingReleasesTheLock()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        const std::string made = makePlanFile(path); // create opens and closes
        QVERIFY2(made.empty(), made.c_str());
        {
            auto store = PlanStore::open(path, OpenMode::ReadWrite);
            STORE_VERIFY_OK(store);
        }
        Holder holder;
        QByteArray seen;
        QVERIFY2(holder.start(path, seen), seen.constData());
        holder.process.write("rename From the other process\n");
        QVERIFY2(waitForLine(holder.process, "renamed", seen), seen.constData());
        QVERIFY(holder.quit());
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::string_view(argv[1]) == holdArgument)
        return holdPlan(argv[2]);
    QCoreApplication app(argc, argv);
    TestLocking test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_locking.moc"
