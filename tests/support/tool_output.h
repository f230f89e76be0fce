#pragma once

// The versions a test compares with the ones Sunrelay prints, read from an
// independent source: a system tool's own output.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace sunrelay::test
{

// The trimmed output of `program arguments`. A tool that is missing, hangs
// or fails gives a "(program failed: ...)" text instead, which no expected
// version matches, so the comparison fails and names the tool.
inline QString toolOutput(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return QStringLiteral("(%1 failed: %2)").arg(program, process.errorString());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// "2025b": the upstream version of Debian's tzdata package ("2025b-0+deb12u1"),
// the system tz database the engine reads (date reads no version from it).
inline QString tzdataVersion()
{
    const QString package = toolOutput(
        QStringLiteral("dpkg-query"),
        {QStringLiteral("-W"), QStringLiteral("-f=${Version}"), QStringLiteral("tzdata")});
    // A failure text stays whole, to name the tool ("dpkg-query" has a '-').
    return package.startsWith(u'(') ? package : package.section(u'-', 0, 0);
}

} // namespace sunrelay::test
