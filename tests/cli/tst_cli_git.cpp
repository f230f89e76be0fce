// Sharing a plan through Git, end to end: a bare repository and two clones
// acting as two leads, with sunrelay-cli as the merge driver for plan JSON
// (docs/git-sharing.md). Only file paths, no network; git runs with its own
// HOME and no system configuration, so nothing of the machine's leaks in.
//
// The expected merge is worked out independently of the driver: both edits
// applied by hand to one copy of the plan and written by `export`.

#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using sunrelay::test::Run;
using sunrelay::test::runCli;

namespace
{

const QString planFileName = QStringLiteral("team.sunrelay.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// `plan` with member `id`'s `key` set to `value`, written canonically by
// `sunrelay-cli export` (a JSON plan in, plan JSON out), as a lead's edit
// followed by the export would leave it.
bool editMember(const QString &plan, const QString &id, const QString &key, const QString &value)
{
    QJsonObject root = QJsonDocument::fromJson(readAll(plan)).object();
    QJsonArray members = root.value(QStringLiteral("members")).toArray();
    bool found = false;
    for (qsizetype i = 0; i < members.size(); ++i) {
        QJsonObject member = members.at(i).toObject();
        if (member.value(QStringLiteral("id")).toString() == id) {
            member.insert(key, value);
            members.replace(i, member);
            found = true;
        }
    }
    root.insert(QStringLiteral("members"), members);
    const QString edited = plan + QStringLiteral(".edited.json");
    const bool written = found && writeAll(edited, QJsonDocument(root).toJson());
    const Run exported = runCli({QStringLiteral("export"), edited, QStringLiteral("-o"), plan});
    QFile::remove(edited);
    return written && exported.finished && exported.exitCode == 0;
}

QString memberField(const QString &plan, const QString &id, const QString &key)
{
    const QJsonArray members =
        QJsonDocument::fromJson(readAll(plan)).object().value(QStringLiteral("members")).toArray();
    for (const QJsonValue &member : members)
        if (member.toObject().value(QStringLiteral("id")).toString() == id)
            return member.toObject().value(key).toString();
    return {};
}

} // namespace

class TestCliGit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_git = QStandardPaths::findExecutable(QStringLiteral("git"));
        QVERIFY2(!m_git.isEmpty(), "git is needed for this test and was not found on PATH");
        QVERIFY(m_root.isValid());
        QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("home")));
        QVERIFY(git(m_root.path(), {"init", "--bare", "-b", "main", "origin.git"}).exitCode == 0);
        for (const char *lead : {"lead-a", "lead-b"})
            QVERIFY(cloneAs(QString::fromLatin1(lead)));
    }

    void twoLeadsShareOnePlan()
    {
        const QString a = m_root.filePath(QStringLiteral("lead-a"));
        const QString b = m_root.filePath(QStringLiteral("lead-b"));
        const QString planA = a + QLatin1Char('/') + planFileName;
        const QString planB = b + QLatin1Char('/') + planFileName;

        // Lead A publishes the plan and the attributes that name the driver.
        QVERIFY(runCli({QStringLiteral("export"),
                        QStringLiteral(SUNRELAY_DEMO_PLAN),
                        QStringLiteral("-o"),
                        planA})
                    .exitCode
                == 0);
        QVERIFY(
            writeAll(a + QStringLiteral("/.gitattributes"), "*.sunrelay.json merge=sunrelay\n"));
        QVERIFY(commitAll(a, "Team plan"));
        QVERIFY(gitOk(a, {"push", "origin", "main"}));
        QVERIFY(gitOk(b, {"pull", "origin", "main"}));
        const QByteArray base = readAll(planB);
        QCOMPARE(base, readAll(planA));

        // A moves Sam, B renames Kenji: different members, a clean merge.
        QVERIFY(editMember(planA,
                           QStringLiteral("sam"),
                           QStringLiteral("zone"),
                           QStringLiteral("Australia/Melbourne")));
        QVERIFY(commitAll(a, "Sam moves to Melbourne"));
        QVERIFY(gitOk(a, {"push", "origin", "main"}));
        QVERIFY(editMember(planB,
                           QStringLiteral("kenji"),
                           QStringLiteral("name"),
                           QStringLiteral("Kenji Satō")));
        QVERIFY(commitAll(b, "Kenji's name as he writes it"));
        const Run pull = git(b, {"pull", "--no-rebase", "--no-edit", "origin", "main"});
        QVERIFY2(pull.exitCode == 0, pull.out + pull.err);

        // The merge equals both edits made by hand on one copy.
        const QString expected = m_root.filePath(QStringLiteral("expected.json"));
        QVERIFY(writeAll(expected, base));
        QVERIFY(editMember(expected,
                           QStringLiteral("sam"),
                           QStringLiteral("zone"),
                           QStringLiteral("Australia/Melbourne")));
        QVERIFY(editMember(expected,
                           QStringLiteral("kenji"),
                           QStringLiteral("name"),
                           QStringLiteral("Kenji Satō")));
        QCOMPARE(readAll(planB), readAll(expected));
        // ... and imports into a plan file that exports to the same bytes.
        const QString planFile = m_root.filePath(QStringLiteral("merged.sunrelay"));
        const QString again = m_root.filePath(QStringLiteral("again.json"));
        QCOMPARE(runCli({QStringLiteral("import"), planB, QStringLiteral("-o"), planFile}).exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("export"), planFile, QStringLiteral("-o"), again}).exitCode,
                 0);
        QCOMPARE(readAll(again), readAll(planB));
        QCOMPARE(memberField(again, QStringLiteral("sam"), QStringLiteral("zone")),
                 QStringLiteral("Australia/Melbourne"));
        QCOMPARE(memberField(again, QStringLiteral("kenji"), QStringLiteral("name")),
                 QStringLiteral("Kenji Satō"));
        QVERIFY(gitOk(b, {"push", "origin", "main"}));
        QVERIFY(gitOk(a, {"pull", "--no-rebase", "--no-edit", "origin", "main"}));
        QCOMPARE(readAll(planA), readAll(planB));

        // Both move Mei, to different zones: a conflict naming her.
        QVERIFY(editMember(planA,
                           QStringLiteral("mei"),
                           QStringLiteral("zone"),
                           QStringLiteral("Asia/Kuala_Lumpur")));
        QVERIFY(commitAll(a, "Mei to Kuala Lumpur"));
        QVERIFY(gitOk(a, {"push", "origin", "main"}));
        QVERIFY(editMember(planB,
                           QStringLiteral("mei"),
                           QStringLiteral("zone"),
                           QStringLiteral("Asia/Manila")));
        QVERIFY(commitAll(b, "Mei to Manila"));
        const Run conflicted = git(b, {"pull", "--no-rebase", "--no-edit", "origin", "main"});
        QVERIFY(conflicted.finished);
        QVERIFY(conflicted.exitCode != 0);
        const QByteArray said = conflicted.out + conflicted.err;
        QVERIFY2(said.contains("conflict: member \"mei\" (Mei Chen): changed differently on both "
                               "sides: zone"),
                 said.constData());
        QVERIFY2(said.contains("CONFLICT"), said.constData()); // git's own word for it
        const QByteArray text = readAll(planB);
        QVERIFY(text.contains("\n<<<<<<< ours: member \"mei\" (Mei Chen)\n"));
        QVERIFY(text.contains("\n>>>>>>> theirs: member \"mei\" (Mei Chen)\n"));
        QVERIFY(text.indexOf("\"zone\": \"Asia/Manila\"") < text.indexOf("\n=======\n"));
        QVERIFY(text.indexOf("\"zone\": \"Asia/Kuala_Lumpur\"") > text.indexOf("\n=======\n"));
        // Git agrees the file is unmerged, and import refuses it at the marker.
        QVERIFY(
            git(b, {"diff", "--name-only", "--diff-filter=U"}).out.contains(planFileName.toUtf8()));
        const Run import = runCli({QStringLiteral("import"),
                                   planB,
                                   QStringLiteral("-o"),
                                   m_root.filePath(QStringLiteral("conflicted.sunrelay"))});
        QCOMPARE(import.exitCode, 1);
        const qsizetype markerLine = text.left(text.indexOf("<<<<<<<")).count('\n') + 1;
        QVERIFY2(import.err.contains(QStringLiteral("line %1, column 1: unresolved merge conflict")
                                         .arg(markerLine)
                                         .toUtf8()),
                 import.err.constData());
    }

    // Outside Git: an input that is not a plan stops the driver with exit 2
    // and a message naming the file and the side, and OURS is left as it was.
    void badInputLeavesOursUntouched()
    {
        const QString base = m_root.filePath(QStringLiteral("base.json"));
        const QString ours = m_root.filePath(QStringLiteral("ours.json"));
        const QString theirs = m_root.filePath(QStringLiteral("theirs.json"));
        const QByteArray plan = readAll(QStringLiteral(SUNRELAY_DEMO_PLAN));
        QVERIFY(writeAll(base, plan) && writeAll(ours, plan));
        QVERIFY(writeAll(theirs, "{\"sunrelayPlan\": 2, \"name\": \"Next\"}\n"));
        const Run newer = runCli({QStringLiteral("merge-driver"), base, ours, theirs});
        QCOMPARE(newer.exitCode, 2);
        QCOMPARE(QString::fromUtf8(newer.err),
                 theirs
                     + QStringLiteral(" (theirs): sunrelayPlan: unsupported version 2 (this build "
                                      "reads version 1); nothing merged\n"));
        QCOMPARE(readAll(ours), plan);

        QVERIFY(writeAll(theirs, "not json\n"));
        const Run garbage = runCli({QStringLiteral("merge-driver"), base, ours, theirs});
        QCOMPARE(garbage.exitCode, 2);
        QVERIFY2(garbage.err.startsWith((theirs
                                         + QStringLiteral(" (theirs): line 1, column 2: "
                                                          "syntax error"))
                                            .toUtf8()),
                 garbage.err.constData());
        QCOMPARE(readAll(ours), plan);

        QCOMPARE(runCli({QStringLiteral("merge-driver"), base, ours}).exitCode, 2); // usage
        QCOMPARE(runCli({QStringLiteral("merge-driver"), base, ours, ours}).exitCode,
                 0); // ours against itself: nothing to merge
    }

private:
    Run git(const QString &directory, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_root.filePath(QStringLiteral("home/.config")));
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_CONFIG_GLOBAL"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(directory);
        process.start(m_git, arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished(5000);
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit,
                process.exitCode(),
                process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    Run git(const QString &directory, std::initializer_list<const char *> arguments)
    {
        QStringList list;
        for (const char *argument : arguments)
            list << QString::fromUtf8(argument);
        return git(directory, list);
    }

    bool gitOk(const QString &directory, std::initializer_list<const char *> arguments)
    {
        const Run run = git(directory, arguments);
        if (run.finished && run.exitCode == 0)
            return true;
        qWarning("git failed: %s%s", run.out.constData(), run.err.constData());
        return false;
    }

    bool commitAll(const QString &directory, const char *message)
    {
        return gitOk(directory, {"add", "-A"}) && gitOk(directory, {"commit", "-q", "-m", message});
    }

    // A clone of origin for one lead: who they are, and the driver set up as
    // docs/git-sharing.md says.
    bool cloneAs(const QString &lead)
    {
        const QString origin =
            QStringLiteral("file://") + m_root.filePath(QStringLiteral("origin.git"));
        if (git(m_root.path(),
                QStringList{QStringLiteral("clone"), QStringLiteral("-q"), origin, lead})
                .exitCode
            != 0)
            return false;
        const QString directory = m_root.filePath(lead);
        const QString driver =
            QStringLiteral(SUNRELAY_CLI) + QStringLiteral(" merge-driver %O %A %B");
        return git(directory,
                   QStringList{QStringLiteral("config"), QStringLiteral("user.name"), lead})
                   .exitCode
            == 0
            && git(directory,
                   QStringList{QStringLiteral("config"),
                               QStringLiteral("user.email"),
                               lead + QStringLiteral("@example.org")})
                   .exitCode
            == 0
            && git(directory,
                   QStringList{QStringLiteral("config"),
                               QStringLiteral("merge.sunrelay.name"),
                               QStringLiteral("Sunrelay plan merge")})
                   .exitCode
            == 0
            && git(directory,
                   QStringList{QStringLiteral("config"),
                               QStringLiteral("merge.sunrelay.driver"),
                               driver})
                   .exitCode
            == 0;
    }

    QString m_git;
    QTemporaryDir m_root;
};

QTEST_GUILESS_MAIN(TestCliGit)
#include "tst_cli_git.moc"
