#pragma once

// The libical library calendar files are written and read with (Help >
// About, --version): the version built against, as libical 3.0 cannot tell
// its own at run time (Debian's package keeps the two the same).
//
// Example: libicalVersion() == "3.0.16"

#include <string>

namespace sunrelay::ical
{

std::string libicalVersion();

} // namespace sunrelay::ical
