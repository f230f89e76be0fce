#include "sunrelay/core/tz_database.h"

#include <date/tz.h>

namespace sunrelay
{

std::string tzDatabaseVersion()
{
    return date::get_tzdb().version;
}

} // namespace sunrelay
