#include "shared/library_versions.h"

#include "sunrelay/core/tz_database.h"
#include "sunrelay/ical/library_version.h"
#include "sunrelay/store/library_version.h"

#include <QCoreApplication>
#include <QFile>
#include <QtGlobal>

namespace sunrelay::apptext
{

namespace
{

// date reads the system database's version from its +VERSION file, which
// Debian's tzdata does not ship ("unknown"); the same version heads the
// database's tzdata.zi: "# version 2025b". The path is date's own
// (USE_OS_TZDB reads /usr/share/zoneinfo whatever TZDIR says), so this names
// the data the times are computed with. Here and not in lib/core, which does
// no I/O.
QString tzVersion()
{
    QString version = QString::fromStdString(tzDatabaseVersion());
    if (version != QLatin1String("unknown"))
        return version;
    QFile zi(QStringLiteral("/usr/share/zoneinfo/tzdata.zi"));
    const QString prefix = QStringLiteral("# version ");
    if (zi.open(QIODevice::ReadOnly))
        if (const QString first = QString::fromUtf8(zi.readLine(64)).trimmed();
            first.startsWith(prefix))
            return first.mid(prefix.size());
    return version;
}

} // namespace

std::vector<LibraryVersion> libraryVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"), QString::fromStdString(store::sqliteVersion())},
        //: In Help > About and --version: the IANA time zone database, then its version ("2024a").
        {QCoreApplication::translate("LibraryVersions", "tz database"), tzVersion()},
        {QStringLiteral("libical"), QString::fromStdString(ical::libicalVersion())},
    };
}

QStringList libraryVersionLines()
{
    QStringList lines;
    for (const LibraryVersion &library : libraryVersions())
        lines << QStringLiteral("%1 %2").arg(library.name, library.version);
    return lines;
}

} // namespace sunrelay::apptext
