#pragma once

// Reading a plan named on the command line.

#include "sunrelay/core/plan.h"
#include "sunrelay/exchange/result.h"

#include <QString>

namespace sunrelay::cli {

// Reads a plan interchange JSON file; an unreadable file is an input error
// too, so every caller reports problems the same way.
exchange::Result<Plan> readPlanFile(const QString &path);

} // namespace sunrelay::cli
