#pragma once

// The words for conflicts, shared by the JSON and the text reports.

#include "sunrelay/core/conflict.h"

#include <QString>

namespace sunrelay::cli {

QString conflictKindKey(ConflictKind kind);  // "shortDeepWork": stable, for JSON
QString severityKey(Severity severity);      // "warning": stable, for JSON
QString conflictMessage(const Plan &plan, const Conflict &conflict); // a sentence

} // namespace sunrelay::cli
