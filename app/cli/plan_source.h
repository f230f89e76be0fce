#pragma once

// Reading a plan named on the command line: a plan file (*.sunrelay, told by
// its SQLite header, opened read-only) or plan interchange JSON.

#include "sunrelay/core/expected.h"
#include "sunrelay/core/plan.h"

#include <QString>

namespace sunrelay::cli
{

// The plan, or the message naming what is wrong and where.
Expected<Plan, QString> readPlanFile(const QString &path);

} // namespace sunrelay::cli
