#pragma once

// The words for conflicts: the CLI's JSON and text reports and the app's
// Conflicts dock say the same (translation context "Conflicts").

#include "sunrelay/core/conflict.h"

#include <QString>

namespace sunrelay::apptext
{

QString conflictKindKey(ConflictKind kind); // "shortDeepWork": stable, for JSON
QString severityKey(Severity severity); // "warning": stable, for JSON
QString conflictMessage(const Plan &plan, const Conflict &conflict); // a sentence

} // namespace sunrelay::apptext
