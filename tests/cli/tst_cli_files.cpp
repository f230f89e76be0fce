// Every file sunrelay-cli reads or writes, attacked as issue 14 did: FIFOs,
// devices, oversized files, an output that is an input, symbolic links,
// names that would drive the terminal, and a report window of 138 years.
// Each run is bounded (waitForFinished, then kill): a regression that hangs
// fails in seconds.

#include "cli_run.h"

#include "../store/store_test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace
{

using sunrelay::test::Run;
using sunrelay::test::runCli;

QString demo()
{
    return QStringLiteral(SUNRELAY_DEMO_PLAN);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

// A character device to use as -o: /dev/zero or /dev/full themselves for a
// normal user, who cannot replace them; as root a node with the same device
// numbers in `dir`, so that a regression replaces that node and not the
// machine's /dev/full (the unfixed CLI did exactly that, as root).
QString outputDevice(const QTemporaryDir &dir, const QString &device)
{
    if (::geteuid() != 0)
        return device;
    struct stat status {
    };
    if (::stat(QFile::encodeName(device).constData(), &status) != 0 || !S_ISCHR(status.st_mode))
        return {};
    const QString path = dir.filePath(QFileInfo(device).fileName());
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, status.st_rdev) != 0)
        return {};
    return path;
}

QString makeFifo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
}

// What a refused command must leave: the same bytes, the same mtime, the
// same files in the folder.
struct FolderState {
    QStringList names;
    QList<QByteArray> contents;
    QList<qint64> mtimes;
    bool operator==(const FolderState &) const = default;
};

FolderState folderState(const QTemporaryDir &dir)
{
    FolderState state;
    const QDir folder(dir.path());
    state.names =
        folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                         QDir::Name);
    for (const QString &name : state.names) {
        struct stat status {
        };
        ::lstat(QFile::encodeName(folder.filePath(name)).constData(), &status);
        state.mtimes << qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
        QFile file(folder.filePath(name));
        if (S_ISREG(status.st_mode) && file.open(QIODevice::ReadOnly))
            state.contents << file.readAll();
        else
            state.contents << QByteArray();
    }
    return state;
}

const char roster[] =
    "name,region,zone,work days,work start,work end\n"
    "Anna Schmidt,EMEA,Europe/Berlin,mon-fri,09:00,17:30\n";

// The small plan of tst_cli with names an attacker chose: the plan's name
// sets the terminal title (OSC ... BEL), a region name holds a one-character
// CSI (U+009B), a member name clears the screen (ESC [2J) and holds a CSI.
const char hostilePlan[] = R"({
  "sunrelayPlan": 1,
  "name": "Small\u001b]0;owned\u0007",
  "policy": {"syncSlotMinutes": 15, "deepWorkMinimumMinutes": 180, "gapLimitMinutes": 120},
  "regions": [{"id": "east", "name": "East\u009b31m", "color": "#0072B2"},
              {"id": "west", "name": "West", "color": "#E69F00"}],
  "members": [
    {"id": "kei", "name": "Kei\u001b[2J\u009b", "region": "east", "zone": "Asia/Tokyo",
     "work": [{"days": ["mon","tue","wed","thu","fri"], "start": "09:00", "end": "18:00"}],
     "deepWork": [], "comms": [], "timeOff": []},
    {"id": "ana", "name": "Ana", "region": "west", "zone": "UTC",
     "work": [{"days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00"}],
     "deepWork": [], "comms": [], "timeOff": []}],
  "tasks": [{"id": "T-1", "title": "Ship\u001b[8m", "effortHours": 3, "priority": 1,
             "start": "2026-03-11T07:00:00Z", "region": "east", "deadline": null, "notes": ""}]
})";

// The hostile plan with what plans still accept (control characters are
// refused on the way in): bidirectional overrides and isolates, which
// reorder what a terminal shows after them.
QByteArray bidiPlan()
{
    QByteArray plan(hostilePlan);
    plan.replace("\\u001b]0;owned\\u0007", "\\u202eowned");
    plan.replace("\\u009b31m", "\\u2067x");
    plan.replace("\\u001b[2J\\u009b", "\\u202d");
    plan.replace("\\u001b[8m", "\\u2069");
    return plan;
}

// A control character a terminal acts on: C0 but LF and TAB, DEL, or C1
// (U+0080-U+009F, UTF-8 C2 80 - C2 9F).
bool hasRawControl(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
            return true;
        if (c == 0xC2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) < 0xA0)
            return true;
    }
    return false;
}

} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

private slots:
    void specialInputsAreRefusedAtOnce_data();
    void specialInputsAreRefusedAtOnce();
    void specialOutputsAreRefused_data();
    void specialOutputsAreRefused();
    void oversizedInputsAreRefused_data();
    void oversizedInputsAreRefused();
    void outputThatIsAnInputIsRefused_data();
    void outputThatIsAnInputIsRefused();
    void outputSymlinkIsWrittenThrough();
    void danglingOutputSymlinkIsRefused();
    void textOutputEscapesControls_data();
    void textOutputEscapesControls();
    void errorMessagesEscapeControls();
    void planWithControlsIsRefusedSafely_data();
    void planWithControlsIsRefusedSafely();
    void reportWindowIsBounded_data();
    void reportWindowIsBounded();
    void damagedPlanIsReportedInOneSentence();
};

// FIFOs and devices as any input: one message naming the file and what it
// is, exit 1, never a hang (a FIFO without writer) or an abort (bad_alloc on
// /dev/zero, exit 134).
void TestCliFiles::specialInputsAreRefusedAtOnce_data()
{
    QTest::addColumn<QString>("fifoName"); // empty: use `input` as is
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("arguments"); // INPUT stands for the input
    QTest::addColumn<QByteArray>("kind");
    const QStringList plan{QStringLiteral("check"), QStringLiteral("INPUT")};
    const QStringList schedule{QStringLiteral("schedule"),
                               QStringLiteral("INPUT"),
                               QStringLiteral("--from"),
                               QStringLiteral("2026-11-30"),
                               QStringLiteral("--to"),
                               QStringLiteral("2026-11-30")};
    const QStringList csv{QStringLiteral("import-csv"),
                          QStringLiteral("INPUT"),
                          QStringLiteral("-o"),
                          QStringLiteral("OUT/team.json")};
    const QStringList busy{QStringLiteral("import-busy"),
                           QStringLiteral("PLAN"),
                           QStringLiteral("--member"),
                           QStringLiteral("anna"),
                           QStringLiteral("INPUT")};
    const QStringList busyPlan{QStringLiteral("import-busy"),
                               QStringLiteral("INPUT"),
                               QStringLiteral("--member"),
                               QStringLiteral("anna"),
                               QStringLiteral("ICS")};
    const QByteArray fifo = "is not a regular file (a FIFO)";
    const QByteArray device = "is not a regular file (a character device)";
    QTest::newRow("check FIFO.json") << "plan.json" << QString() << plan << fifo;
    QTest::newRow("check FIFO.sunrelay") << "plan.sunrelay" << QString() << plan << fifo;
    QTest::newRow("check FIFO (no extension)") << "plan" << QString() << plan << fifo;
    QTest::newRow("schedule FIFO") << "plan.json" << QString() << schedule << fifo;
    QTest::newRow("import-csv FIFO") << "team.csv" << QString() << csv << fifo;
    QTest::newRow("import-busy FIFO.ics") << "anna.ics" << QString() << busy << fifo;
    QTest::newRow("import-busy FIFO.sunrelay") << "plan.sunrelay" << QString() << busyPlan << fifo;
    QTest::newRow("check /dev/zero") << QString() << "/dev/zero" << plan << device;
    QTest::newRow("check /dev/urandom") << QString() << "/dev/urandom" << plan << device;
    QTest::newRow("import-csv /dev/zero") << QString() << "/dev/zero" << csv << device;
    QTest::newRow("import-csv /dev/urandom") << QString() << "/dev/urandom" << csv << device;
    QTest::newRow("import-busy /dev/zero") << QString() << "/dev/zero" << busy << device;
    QTest::newRow("check a directory")
        << QString() << "/tmp" << plan << QByteArray("is not a regular file (a directory)");
}

void TestCliFiles::specialInputsAreRefusedAtOnce()
{
    QFETCH(QString, fifoName);
    QFETCH(QString, input);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!fifoName.isEmpty())
        input = makeFifo(dir, fifoName);
    QVERIFY(!input.isEmpty());
    // A real plan file and calendar where the row needs them.
    const QString planFile = dir.filePath(QStringLiteral("real.sunrelay"));
    QCOMPARE(runCli({QStringLiteral("import"), demo(), QStringLiteral("-o"), planFile}).exitCode,
             0);
    const QString ics = writeFile(dir,
                                  QStringLiteral("real.ics"),
                                  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                                  "END:VCALENDAR\r\n");
    for (QString &argument : arguments) {
        if (argument == QLatin1String("INPUT"))
            argument = input;
        else if (argument == QLatin1String("PLAN"))
            argument = planFile;
        else if (argument == QLatin1String("ICS"))
            argument = ics;
        else
            argument.replace(QLatin1String("OUT"), dir.path());
    }
    const FolderState before = folderState(dir);
    const Run run = runCli(arguments, 15000);
    QVERIFY2(run.finished, "hung or crashed");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QFile::encodeName(input) + ": " + kind), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1); // one line
    QVERIFY(folderState(dir) == before);
}

// An output that is a FIFO or device: refused before anything is read from
// or written to it (`ics -o /dev/zero` used to read it as the previous
// export until memory ran out; /dev/full failed late).
void TestCliFiles::specialOutputsAreRefused_data()
{
    QTest::addColumn<QString>("fifoName");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("kind");
    const QByteArray fifo = "is not a regular file (a FIFO)";
    const QByteArray device = "is not a regular file (a character device)";
    for (const char *command : {"export", "ics", "import-csv", "import"}) {
        QTest::addRow("%s -o FIFO", command) << "out" << QString() << command << fifo;
        QTest::addRow("%s -o /dev/zero", command) << QString() << "/dev/zero" << command << device;
        QTest::addRow("%s -o /dev/full", command) << QString() << "/dev/full" << command << device;
    }
}

void TestCliFiles::specialOutputsAreRefused()
{
    QFETCH(QString, fifoName);
    QFETCH(QString, output);
    QFETCH(QString, command);
    QFETCH(QByteArray, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!fifoName.isEmpty())
        output = makeFifo(dir, fifoName);
    else
        output = outputDevice(dir, output);
    QVERIFY(!output.isEmpty());
    QStringList arguments{command};
    if (command == QLatin1String("ics"))
        arguments << demo() << QStringLiteral("--all") << QStringLiteral("--from")
                  << QStringLiteral("2026-11-30") << QStringLiteral("--to")
                  << QStringLiteral("2026-11-30");
    else if (command == QLatin1String("import-csv"))
        arguments << writeFile(dir, QStringLiteral("team.csv"), roster);
    else
        arguments << demo();
    arguments << QStringLiteral("-o") << output;
    const FolderState before = folderState(dir);
    const Run run = runCli(arguments, 15000);
    QVERIFY2(run.finished, "hung or crashed");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QFile::encodeName(output) + ": " + kind), run.err.constData());
    QVERIFY(folderState(dir) == before);
}

// Sizes far beyond any team's file are refused from the file's size, before
// a byte is read (they took 2-3 GB of memory). Sparse files: no disk used.
void TestCliFiles::oversizedInputsAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("message");
    // 65 MiB = 68157440 bytes, 17 MiB = 17825792, worked out by hand.
    QTest::newRow("plan JSON 65 MiB")
        << "plan.json" << qint64(65) * 1048576 << "check"
        << QByteArray("the file is too large (65.0 MiB, more than the limit of 64.0 MiB)");
    QTest::newRow("roster CSV 17 MiB")
        << "team.csv" << qint64(17) * 1048576 << "import-csv"
        << QByteArray("the file is too large (17.0 MiB, more than the limit of 16.0 MiB)");
    QTest::newRow("plan JSON 200 MiB")
        << "plan.json" << qint64(200) * 1048576 << "check"
        << QByteArray("the file is too large (200.0 MiB, more than the limit of 64.0 MiB)");
}

void TestCliFiles::oversizedInputsAreRefused()
{
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QFETCH(QString, command);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{");
    QVERIFY(file.resize(size));
    file.close();
    QStringList arguments{command, file.fileName()};
    if (command == QLatin1String("import-csv"))
        arguments << QStringLiteral("-o") << dir.filePath(QStringLiteral("team.json"));
    const Run run = runCli(arguments, 15000);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QFile::encodeName(file.fileName()) + ": " + message),
             run.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("team.json"))));
}

// `-o` naming an input, however spelled (through a symbolic link, a
// relative path, a hard link): refused before anything is written; the
// input keeps its bytes and mtime and no file appears beside it.
void TestCliFiles::outputThatIsAnInputIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("input"); // in the temporary folder
    QTest::addColumn<QString>("output"); // "link" is a symlink to the input, "hard" a hard link
    QTest::newRow("export P -o P") << "export"
                                   << "plan.sunrelay"
                                   << "plan.sunrelay";
    QTest::newRow("export P -o link") << "export"
                                      << "plan.sunrelay"
                                      << "link";
    QTest::newRow("export P -o hard link") << "export"
                                           << "plan.sunrelay"
                                           << "hard";
    QTest::newRow("export J -o J") << "export"
                                   << "plan.json"
                                   << "plan.json";
    QTest::newRow("ics P -o P") << "ics"
                                << "plan.sunrelay"
                                << "plan.sunrelay";
    QTest::newRow("ics P -o link") << "ics"
                                   << "plan.sunrelay"
                                   << "link";
    QTest::newRow("import X.json -o X.json") << "import"
                                             << "plan.json"
                                             << "plan.json";
    QTest::newRow("import X.json -o link") << "import"
                                           << "plan.json"
                                           << "link";
    QTest::newRow("import-csv R -o R") << "import-csv"
                                       << "team.csv"
                                       << "team.csv";
    QTest::newRow("import-csv R -o ./R") << "import-csv"
                                         << "team.csv"
                                         << "./team.csv";
}

void TestCliFiles::outputThatIsAnInputIsRefused()
{
    QFETCH(QString, command);
    QFETCH(QString, input);
    QFETCH(QString, output);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile::copy(demo(), dir.filePath(QStringLiteral("plan.json")));
    QCOMPARE(runCli({QStringLiteral("import"),
                     demo(),
                     QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("plan.sunrelay"))})
                 .exitCode,
             0);
    writeFile(dir, QStringLiteral("team.csv"), roster);
    QVERIFY(QFile::link(dir.filePath(input), dir.filePath(QStringLiteral("link"))));
    QVERIFY(::link(QFile::encodeName(dir.filePath(input)).constData(),
                   QFile::encodeName(dir.filePath(QStringLiteral("hard"))).constData())
            == 0);
    QStringList arguments{command, dir.filePath(input)};
    if (command == QLatin1String("ics"))
        arguments << QStringLiteral("--all") << QStringLiteral("--from")
                  << QStringLiteral("2026-11-30") << QStringLiteral("--to")
                  << QStringLiteral("2026-11-30");
    arguments << QStringLiteral("-o") << output;
    const FolderState before = folderState(dir);
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(SUNRELAY_CLI), arguments);
    QVERIFY(process.waitForFinished(20000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QFile::encodeName(output)
                          + ": is also an input of this command; name another output file"),
             err.constData());
    QVERIFY(folderState(dir) == before);
}

// Decided: an -o that is a symbolic link to a regular file is written
// through; the link stays a link and its target gets the new contents.
void TestCliFiles::outputSymlinkIsWrittenThrough()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("synced")));
    const QString target = writeFile(dir, QStringLiteral("synced/acme.json"), "old");
    const QString link = dir.filePath(QStringLiteral("acme.json"));
    QVERIFY(QFile::link(target, link));
    const Run run = runCli({QStringLiteral("export"), demo(), QStringLiteral("-o"), link});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo(link).isSymLink());
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(written.readAll())
                .object()
                .contains(QStringLiteral("sunrelayPlan")));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("synced"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("acme.json")});
}

void TestCliFiles::danglingOutputSymlinkIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString link = dir.filePath(QStringLiteral("acme.json"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone/acme.json")), link));
    const Run run = runCli({QStringLiteral("export"), demo(), QStringLiteral("-o"), link});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QFile::encodeName(link)
                              + ": is a symbolic link to a file that does not exist"),
             run.err.constData());
}

void TestCliFiles::textOutputEscapesControls_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the plan
    QTest::addColumn<QByteArray>("visible"); // an escaped name the output shows
    const QStringList day{QStringLiteral("--from"),
                          QStringLiteral("2026-03-11"),
                          QStringLiteral("--to"),
                          QStringLiteral("2026-03-11"),
                          QStringLiteral("--zone"),
                          QStringLiteral("UTC")};
    QTest::newRow("check") << QStringList{} << QByteArray("Small\\u202eowned");
    QTest::newRow("schedule") << day << QByteArray("East\\u2067x");
    QTest::newRow("route") << QStringList{QStringLiteral("--zone"), QStringLiteral("UTC")}
                           << QByteArray("Ship\\u2069");
    QTest::newRow("conflicts") << day << QByteArray("Kei\\u202d has no deep-work block");
}

// Names reach the terminal as visible escapes, never as controls.
void TestCliFiles::textOutputEscapesControls()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, visible);
    QTemporaryDir dir;
    const QString plan = writeFile(dir, QStringLiteral("bidi.json"), bidiPlan());
    const QString command = QString::fromLatin1(QTest::currentDataTag());
    const Run run = runCli(QStringList{command, plan} + arguments);
    QVERIFY(run.finished);
    QVERIFY2(!hasRawControl(run.out), run.out.constData());
    QVERIFY2(!hasRawControl(run.err), run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(visible), run.out.constData());
    for (const char *raw : {"\u202d", "\u202e", "\u2067", "\u2069"})
        QVERIFY2(!run.out.contains(raw), run.out.constData());
}

void TestCliFiles::errorMessagesEscapeControls()
{
    QTemporaryDir dir;
    // A zone name and a member id from the command line, a file name.
    const Run zone = runCli({QStringLiteral("schedule"),
                             demo(),
                             QStringLiteral("--from"),
                             QStringLiteral("2026-11-30"),
                             QStringLiteral("--to"),
                             QStringLiteral("2026-11-30"),
                             QStringLiteral("--zone"),
                             QStringLiteral("Bad\x1b]0;x\x07Zone")});
    QCOMPARE(zone.exitCode, 2);
    QVERIFY2(!hasRawControl(zone.err), zone.err.constData());
    QVERIFY2(zone.err.contains("unknown time zone \"Bad\\e]0;x\\x07Zone\""), zone.err.constData());
    const QString missing = dir.filePath(QStringLiteral("no\x1b[2Jplan.json"));
    const Run file = runCli({QStringLiteral("check"), missing});
    QCOMPARE(file.exitCode, 1);
    QVERIFY2(!hasRawControl(file.err), file.err.constData());
    QVERIFY2(file.err.contains("no\\e[2Jplan.json: "), file.err.constData());
}

// A plan whose names hold ESC, BEL or U+009B is refused (text validity),
// in text and --json mode alike, and the message itself is free of them. The
// JSON writer's own escapes (C0, DEL, C1) are checked in tst_json_stream.
void TestCliFiles::planWithControlsIsRefusedSafely_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("--json") << true;
}

void TestCliFiles::planWithControlsIsRefusedSafely()
{
    QFETCH(bool, json);
    QTemporaryDir dir;
    const QString plan = writeFile(dir, QStringLiteral("hostile.json"), hostilePlan);
    QStringList arguments{QStringLiteral("conflicts"),
                          plan,
                          QStringLiteral("--from"),
                          QStringLiteral("2026-03-11"),
                          QStringLiteral("--to"),
                          QStringLiteral("2026-03-11")};
    if (json)
        arguments << QStringLiteral("--json");
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(!hasRawControl(run.err), run.err.constData());
    QVERIFY2(run.err.contains("control character U+001B"), run.err.constData());
}

// A 138-year report took 2.4 GB; now any window past the limit is refused
// at once with the limit in the message.
void TestCliFiles::reportWindowIsBounded_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"schedule", "conflicts", "route", "ics"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCliFiles::reportWindowIsBounded()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    QStringList arguments{command,
                          demo(),
                          QStringLiteral("--from"),
                          QStringLiteral("1900-01-01"),
                          QStringLiteral("--to"),
                          QStringLiteral("2037-12-31")};
    if (command == QLatin1String("ics"))
        arguments << QStringLiteral("--all") << QStringLiteral("-o")
                  << dir.filePath(QStringLiteral("all.ics"));
    else
        arguments << QStringLiteral("--json");
    const Run run = runCli(arguments, 15000);
    QVERIFY2(run.finished, "took more than 15 s");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("1900-01-01 to 2037-12-31 is 50404 days; a report covers at most"),
             run.err.constData());
}

// `check` on a plan whose task rows are out of key order (SQLite's
// quick_check passes it, integrity_check does not): one line naming the
// first problem and how many more there are, in the right plural, and the
// file untouched.
void TestCliFiles::damagedPlanIsReportedInOneSentence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plan = dir.filePath(QStringLiteral("plan.sunrelay"));
    QCOMPARE(runCli({QStringLiteral("import"), demo(), QStringLiteral("-o"), plan}).exitCode, 0);
    QFile file(plan);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    // The demo's task T-10 sorts between T-1 and T-11; as T-99 its row is
    // out of order. Same length: no page layout changes.
    QCOMPARE(bytes.count("T-10"), qsizetype(1));
    bytes.replace("T-10", "T-99");
    QVERIFY(!writeFile(dir, QStringLiteral("plan.sunrelay"), bytes).isEmpty());

    // What SQLite itself reports, one problem a line: the first is named,
    // the rest counted.
    const QStringList problems =
        QString::fromStdString(sunrelay::storetest::RawDb(plan.toStdString(), SQLITE_OPEN_READONLY)
                                   .query("PRAGMA integrity_check"))
            .split(u'\n');
    QVERIFY2(problems.size() >= 2, qPrintable(problems.join(u'\n')));
    QCOMPARE(problems.front(), QStringLiteral("row not in PRIMARY KEY order for tasks"));
    const qsizetype more = problems.size() - 1;

    const Run run = runCli({QStringLiteral("check"), plan}, QStringLiteral("C.UTF-8"), 15000);
    QVERIFY2(run.finished, "hung or crashed");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
             (plan
              + QStringLiteral(": the file is damaged (SQLite's integrity check: %1, and %2 more "
                               "%3); the file was not changed; restore it from a backup\n")
                    .arg(problems.front())
                    .arg(more)
                    .arg(more == 1 ? QStringLiteral("problem") : QStringLiteral("problems")))
                 .toUtf8());
    // German puts the count inside the same sentence, in its own plural.
    const Run german =
        runCli({QStringLiteral("check"), plan}, QStringLiteral("de_DE.UTF-8"), 15000);
    QCOMPARE(german.exitCode, 1);
    const QString germanCount = more == 1 ? QStringLiteral(" und 1 weiteres Problem)")
                                          : QStringLiteral(" und %1 weitere Probleme)").arg(more);
    QVERIFY2(QString::fromUtf8(german.err)
                 .contains(QStringLiteral("(Integritätsprüfung von SQLite: ") + problems.front()
                           + germanCount),
             german.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
