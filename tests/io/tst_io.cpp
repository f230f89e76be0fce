// lib/io against real special files. Anything that could block (a FIFO) runs
// in a forked child with an alarm, so a regression fails in seconds instead
// of hanging the test run.

#include "sunrelay/io/output_file.h"
#include "sunrelay/io/regular_file.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <functional>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sunrelay::io;
namespace fs = std::filesystem;

namespace
{

// Runs `check` in a child process killed by SIGALRM after `seconds`; true
// only if it returned true in time.
bool passesWithin(unsigned seconds, const std::function<bool()> &check)
{
    const pid_t child = ::fork();
    if (child == 0) {
        ::alarm(seconds);
        ::_exit(check() ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void writeText(const fs::path &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary) << text;
}

std::string readText(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

QStringList entries(const fs::path &folder)
{
    return QDir(QString::fromStdString(folder.string()))
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                   QDir::Name);
}

} // namespace

class TestIo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path path(const char *name) const { return fs::path(m_dir.path().toStdString()) / name; }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        for (const QString &name : entries(fs::path(m_dir.path().toStdString())))
            fs::remove_all(path(name.toUtf8().constData()));
    }

    void readsRegularFileExactly()
    {
        const std::string text("line one\nline two\0with a NUL\n", 29);
        writeText(path("plan.json"), text);
        const auto read = readRegularFile(path("plan.json"), 1024);
        QVERIFY(read);
        QCOMPARE(read.value(), text);
    }

    void readsEmptyFile()
    {
        writeText(path("empty.csv"), "");
        const auto read = readRegularFile(path("empty.csv"), 0);
        QVERIFY(read);
        QVERIFY(read.value().empty());
    }

    void capsTheSizeAtTheLimit()
    {
        writeText(path("big.json"), std::string(1000, 'x'));
        QVERIFY(readRegularFile(path("big.json"), 1000));
        const auto refused = readRegularFile(path("big.json"), 999);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, IoErrorCode::TooLarge);
        QCOMPARE(refused.error().size, std::uint64_t{1000});
        QCOMPARE(refused.error().limit, std::uint64_t{999});
    }

    void sizeMessageGivesSizeAndLimit()
    {
        // 200 MiB against 64 MiB, worked out: 209715200 / 1048576 = 200.0.
        const IoError error{.code = IoErrorCode::TooLarge, .size = 209715200, .limit = 67108864};
        QCOMPARE(error.message(),
                 std::string("the file is too large (200.0 MiB, more than the limit of 64.0 MiB)"));
    }

    void refusesFifoWithoutBlocking()
    {
        QCOMPARE(::mkfifo(path("plan.fifo").c_str(), 0600), 0);
        const fs::path fifo = path("plan.fifo");
        QVERIFY(passesWithin(5, [&] {
            const auto read = readRegularFile(fifo, 1 << 20);
            return !read && read.error().code == IoErrorCode::NotRegularFile
                && read.error().fileKind == FileKind::Fifo
                && read.error().message() == "is not a regular file (a FIFO)";
        }));
    }

    void refusesDevices_data()
    {
        QTest::addColumn<QString>("device");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
        QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom");
        QTest::newRow("/dev/full") << QStringLiteral("/dev/full");
        QTest::newRow("/dev/null") << QStringLiteral("/dev/null");
    }
    void refusesDevices()
    {
        QFETCH(QString, device);
        const fs::path file = device.toStdString();
        QVERIFY(passesWithin(5, [&] {
            const auto read = readRegularFile(file, 1 << 20);
            return !read && read.error().fileKind == FileKind::CharacterDevice
                && read.error().message() == "is not a regular file (a character device)";
        }));
    }

    void refusesDirectory()
    {
        fs::create_directory(path("folder"));
        const auto read = readRegularFile(path("folder"), 1 << 20);
        QVERIFY(!read);
        QCOMPARE(read.error().message(), std::string("is not a regular file (a directory)"));
        QCOMPARE(checkRegularFile(path("folder"))->fileKind, FileKind::Directory);
    }

    void missingFileSaysWhy()
    {
        const auto read = readRegularFile(path("nothing.json"), 1 << 20);
        QVERIFY(!read);
        QCOMPARE(read.error().message(),
                 std::string("cannot open the file: No such file or directory"));
    }

    void followsSymlinks()
    {
        writeText(path("real.csv"), "a,b\n");
        fs::create_symlink(path("real.csv"), path("link.csv"));
        QCOMPARE(readRegularFile(path("link.csv"), 100).value(), std::string("a,b\n"));
        QCOMPARE(::mkfifo(path("pipe").c_str(), 0600), 0);
        fs::create_symlink(path("pipe"), path("pipe-link"));
        const fs::path link = path("pipe-link");
        QVERIFY(passesWithin(5, [&] {
            const auto read = readRegularFile(link, 100);
            return !read && read.error().fileKind == FileKind::Fifo;
        }));
        QVERIFY(!checkRegularFile(path("link.csv")));
        QCOMPARE(checkRegularFile(path("pipe-link"))->fileKind, FileKind::Fifo);
    }

    void sameFileThroughLinksAndSpellings()
    {
        writeText(path("plan.sunrelay"), "x");
        writeText(path("other.sunrelay"), "x");
        fs::create_symlink(path("plan.sunrelay"), path("alias.sunrelay"));
        fs::create_hard_link(path("plan.sunrelay"), path("hard.sunrelay"));
        QVERIFY(sameFile(path("plan.sunrelay"), path("alias.sunrelay")));
        QVERIFY(sameFile(path("plan.sunrelay"), path("hard.sunrelay")));
        QVERIFY(sameFile(path("plan.sunrelay"), path(".") / "plan.sunrelay"));
        QVERIFY(!sameFile(path("plan.sunrelay"), path("other.sunrelay")));
        QVERIFY(!sameFile(path("plan.sunrelay"), path("missing.sunrelay")));
        QVERIFY(!sameFile(path("missing.sunrelay"), path("missing.sunrelay")));
    }

    void writeAllReportsFullDevice()
    {
        const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        const auto error = writeAll(fd, "some bytes");
        ::close(fd);
        QVERIFY(error);
        QCOMPARE(error->code, IoErrorCode::WriteFailed);
        QCOMPARE(error->message(),
                 std::string(
                     "cannot write the file: No space left on device; the file was not changed"));
    }

    void writesNewFile()
    {
        QVERIFY(!writeFileAtomically(path("out.json"), "{}\n", Existing::Replace));
        QCOMPARE(readText(path("out.json")), std::string("{}\n"));
        QCOMPARE(entries(path(".")), QStringList{QStringLiteral("out.json")});
    }

    void replacesKeepingPermissions()
    {
        writeText(path("out.json"), "old");
        fs::permissions(path("out.json"),
                        fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
        QVERIFY(!writeFileAtomically(path("out.json"), "new", Existing::Replace));
        QCOMPARE(readText(path("out.json")), std::string("new"));
        QCOMPARE(fs::status(path("out.json")).permissions(),
                 fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
        QCOMPARE(entries(path(".")), QStringList{QStringLiteral("out.json")});
    }

    void noReplaceLeavesExistingFile()
    {
        writeText(path("out.json"), "old");
        const auto error = writeFileAtomically(path("out.json"), "new", Existing::NoReplace);
        QVERIFY(error);
        QCOMPARE(error->code, IoErrorCode::AlreadyExists);
        QCOMPARE(readText(path("out.json")), std::string("old"));
        QCOMPARE(entries(path(".")), QStringList{QStringLiteral("out.json")});
    }

    void noReplaceRaceHasOneWinner()
    {
        // Eight writers released at once: exactly one creates the file.
        int gate[2];
        QCOMPARE(::pipe(gate), 0);
        std::vector<pid_t> children;
        const fs::path target = path("race.json");
        for (int writer = 0; writer < 8; ++writer) {
            const pid_t child = ::fork();
            if (child == 0) {
                ::close(gate[1]);
                char byte;
                [[maybe_unused]] const auto released = ::read(gate[0], &byte, 1);
                const auto error =
                    writeFileAtomically(target, std::to_string(writer), Existing::NoReplace);
                ::_exit(!error ? 0 : error->code == IoErrorCode::AlreadyExists ? 1 : 2);
            }
            children.push_back(child);
        }
        ::close(gate[0]);
        ::close(gate[1]); // EOF releases every writer
        int winners = 0;
        int losers = 0;
        for (const pid_t child : children) {
            int status = 0;
            ::waitpid(child, &status, 0);
            QVERIFY(WIFEXITED(status));
            winners += WEXITSTATUS(status) == 0;
            losers += WEXITSTATUS(status) == 1;
        }
        QCOMPARE(winners, 1);
        QCOMPARE(losers, 7);
        QCOMPARE(entries(path(".")), QStringList{QStringLiteral("race.json")});
    }

    void refusesSpecialOutputs()
    {
        QCOMPARE(::mkfifo(path("out.fifo").c_str(), 0600), 0);
        const fs::path fifo = path("out.fifo");
        QVERIFY(passesWithin(5, [&] {
            const auto error = writeFileAtomically(fifo, "x", Existing::Replace);
            return error && error->message() == "is not a regular file (a FIFO)";
        }));
        // As root a regression could replace /dev/full itself: use a node
        // with its device numbers here instead.
        for (const char *device : {"/dev/full", "/dev/zero", "/dev/null"}) {
            fs::path output = device;
            if (::geteuid() == 0) {
                struct stat status {
                };
                QCOMPARE(::stat(device, &status), 0);
                output = path(fs::path(device).filename().c_str());
                QCOMPARE(::mknod(output.c_str(), S_IFCHR | 0666, status.st_rdev), 0);
            }
            const auto error = writeFileAtomically(output, "x", Existing::Replace);
            QVERIFY(error);
            QCOMPARE(error->fileKind, FileKind::CharacterDevice);
            if (::geteuid() == 0)
                fs::remove(output);
        }
        fs::create_directory(path("folder"));
        QCOMPARE(writeFileAtomically(path("folder"), "x", Existing::Replace)->fileKind,
                 FileKind::Directory);
        QCOMPARE(entries(path(".")),
                 (QStringList{QStringLiteral("folder"), QStringLiteral("out.fifo")}));
        QVERIFY(entries(path("folder")).isEmpty());
    }

    void refusesOutputThatIsAnInput()
    {
        writeText(path("plan.sunrelay"), "the plan");
        fs::create_symlink(path("plan.sunrelay"), path("alias.sunrelay"));
        const struct stat before = [&] {
            struct stat status {
            };
            ::stat(path("plan.sunrelay").c_str(), &status);
            return status;
        }();
        for (const char *output : {"plan.sunrelay", "alias.sunrelay"}) {
            const auto error = writeFileAtomically(path(output),
                                                   "json",
                                                   Existing::Replace,
                                                   {path("plan.sunrelay")});
            QVERIFY(error);
            QCOMPARE(error->code, IoErrorCode::SameAsInput);
        }
        struct stat after {
        };
        ::stat(path("plan.sunrelay").c_str(), &after);
        QCOMPARE(readText(path("plan.sunrelay")), std::string("the plan"));
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(entries(path(".")),
                 (QStringList{QStringLiteral("alias.sunrelay"), QStringLiteral("plan.sunrelay")}));
    }

    void writesThroughSymlinkToRegularFile()
    {
        fs::create_directory(path("synced"));
        writeText(path("synced") / "anna.ics", "old");
        fs::create_symlink(path("synced") / "anna.ics", path("anna.ics"));
        QVERIFY(!writeFileAtomically(path("anna.ics"), "new", Existing::Replace));
        QVERIFY(fs::is_symlink(path("anna.ics")));
        QCOMPARE(readText(path("synced") / "anna.ics"), std::string("new"));
        QCOMPARE(entries(path("synced")), QStringList{QStringLiteral("anna.ics")});
    }

    void refusesDanglingSymlink()
    {
        fs::create_symlink(path("gone.ics"), path("anna.ics"));
        const auto error = writeFileAtomically(path("anna.ics"), "new", Existing::Replace);
        QVERIFY(error);
        QCOMPARE(error->code, IoErrorCode::DanglingLink);
        QVERIFY(!fs::exists(path("gone.ics")));
    }

    void missingFolderSaysWhy()
    {
        const auto error =
            writeFileAtomically(path("no-such-folder") / "out.json", "x", Existing::Replace);
        QVERIFY(error);
        QCOMPARE(error->message(), std::string("cannot open the file: No such file or directory"));
        QVERIFY(entries(path(".")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIo)
#include "tst_io.moc"
