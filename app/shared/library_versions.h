#pragma once

// The libraries whose versions decide what Sunrelay computes and reads, as
// Help > About and `sunrelay-cli --version` list them: Qt (run time), SQLite
// (plan files), the tz database (every instant) and libical (calendar
// files). A bug report that names them can be reproduced.
//
// Example (Debian 12):
//   libraryVersionLines() == {"Qt 6.4.2", "SQLite 3.40.1",
//                             "tz database 2024a", "libical 3.0.16"}

#include <QString>
#include <QStringList>

#include <vector>

namespace sunrelay::apptext
{

struct LibraryVersion {
    QString name; // "Qt", "SQLite", "tz database", "libical"
    QString version; // "6.4.2"
};

std::vector<LibraryVersion> libraryVersions();
// "Qt 6.4.2", one line a library.
QStringList libraryVersionLines();

} // namespace sunrelay::apptext
