#pragma once

// The plan file's schema: the tables of each file format version, the check
// that a file holds exactly those and nothing else, and the forward-only
// migrations between versions.

#include "sqlite.h"

#include "sunrelay/core/expected.h"
#include "sunrelay/core/plan.h"
#include "sunrelay/store/store_error.h"

#include <optional>
#include <string>

namespace sunrelay::store
{

// Creates the current schema and stamps application_id and user_version.
int createSchema(sqlite::Database &db);

// Whether the file's schema is exactly that of `version`: the same tables
// with the same definitions, and no triggers, views or other objects.
std::optional<StoreError> checkSchema(sqlite::Database &db, int version);

// Migrates a file of `fromVersion` to the current version, inside the
// caller's write transaction (the first of a WAL generation, with the anchor).
// `plan` is the file's plan as loadPlan() read it (in the current model).
std::optional<StoreError> migrate(sqlite::Database &db, int fromVersion, const Plan &plan);

// Stores the WAL anchor (sidecar.h): the page size and page hashes of the
// database file as it is on disk before the WAL.
int writeWalAnchor(sqlite::Database &db, std::int64_t pageSize, const std::string &pageHashes);

} // namespace sunrelay::store
