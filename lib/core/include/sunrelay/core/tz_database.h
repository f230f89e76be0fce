#pragma once

// The system tz database every TimeZone comes from. Its version decides what
// instants a plan gives (a country that changes its rules changes them), so
// Help > About and --version name it.
//
// Example: tzDatabaseVersion() == "2024a", or "unknown" where the database
// has no +VERSION file (Debian's tzdata: its tzdata.zi names the version,
// which the app reads, shared/library_versions.h).

#include <string>

namespace sunrelay
{

std::string tzDatabaseVersion();

} // namespace sunrelay
