#pragma once

// Runs the real sunrelay-cli (SUNRELAY_CLI) for the CLI tests, bounded in
// time: a run that does not end within the timeout is killed and comes back
// unfinished, so a hang fails its test instead of the whole suite.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sunrelay::test
{

struct Run {
    bool finished = false; // exited by itself (no crash, no timeout)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `language`: a LANG value to run under (LANGUAGE, LC_ALL, LC_MESSAGES
// removed), or empty for the test's own environment.
inline Run
runCli(const QStringList &arguments, const QString &language = {}, int timeoutMs = 120000)
{
    QProcess process;
    if (!language.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), language);
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(SUNRELAY_CLI), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit,
            process.exitCode(),
            process.readAllStandardOutput(),
            process.readAllStandardError()};
}

inline Run runCli(const QStringList &arguments, int timeoutMs)
{
    return runCli(arguments, {}, timeoutMs);
}

} // namespace sunrelay::test
