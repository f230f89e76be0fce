#pragma once

// The SQLite library plan files are read and written with, as linked at run
// time (Help > About, --version).
//
// Example: sqliteVersion() == "3.40.1"

#include <string>

namespace sunrelay::store
{

std::string sqliteVersion();

} // namespace sunrelay::store
