#pragma once

// The plan a command-line picture export (--export-view, --export-week)
// reads: a plan file, opened read-only and never changed, or plan JSON.
// A file with a plan file's header, or named *.sunrelay when too broken to
// have one, is a plan file (as sunrelay-cli tells them apart).
//
// Example:
//   readExportPlan(u"acme.sunrelay"_s)  // the plan, or "acme.sunrelay: ..."

#include "sunrelay/core/expected.h"
#include "sunrelay/core/plan.h"

#include <QString>

namespace sunrelay::gui
{

// The plan, or one line naming the file and what is wrong with it.
Expected<Plan, QString> readExportPlan(const QString &path);

} // namespace sunrelay::gui
