#include "sunrelay/store/library_version.h"

#include <sqlite3.h>

namespace sunrelay::store
{

std::string sqliteVersion()
{
    // The library loaded, not SQLITE_VERSION of the headers built against.
    return sqlite3_libversion();
}

} // namespace sunrelay::store
