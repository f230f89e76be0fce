#include "sunrelay/ical/library_version.h"

#include <libical/ical.h>

namespace sunrelay::ical
{

std::string libicalVersion()
{
    // libical 3.0 has no run-time version query (icalversion() came later)
    // and its ICAL_VERSION says only "3.0": the full version comes from the
    // pkg-config file of the libical built against (3.0.16 on Debian 12),
    // which agrees with ICAL_VERSION on major and minor.
#ifdef SUNRELAY_LIBICAL_VERSION
    return SUNRELAY_LIBICAL_VERSION;
#else
    return ICAL_VERSION;
#endif
}

} // namespace sunrelay::ical
