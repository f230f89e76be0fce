#pragma once

// The libical library calendar files are written and read with, as linked
// at run time (Help > About, --version).
//
// Example: libicalVersion() == "3.0.16" (libical 3.0 cannot tell its
// patch level at run time: this is the libical built against)

#include <string>

namespace sunrelay::ical
{

std::string libicalVersion();

} // namespace sunrelay::ical
