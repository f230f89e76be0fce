#pragma once

// Plans as rows: reading every row of a file into core values with each value
// checked, checking single entities before an edit writes them, and writing
// entities as rows.

#include "sqlite.h"

#include "sunrelay/core/expected.h"
#include "sunrelay/core/plan.h"
#include "sunrelay/store/plan_store.h"

#include <optional>
#include <string>
#include <vector>

namespace sunrelay::store
{

// Reads and validates every row of a file of format `version` (whose schema
// checkSchema() accepted); the first invalid value is the error. Older
// formats are read into the current model (see migrate()).
Expected<Plan, StoreError> loadPlan(const sqlite::Database &db, int version);

// What is wrong with an entity about to be written into `plan`, as an
// InvalidEdit error; nullopt if it may be written.
std::optional<StoreError> checkPolicy(const Policy &policy);
// A new plan name: text and length as the loader checks them.
std::optional<StoreError> checkPlanName(const std::string &name);
// Whether one more region fits under maxRegions (plan_limits.h).
std::optional<StoreError> checkRegionCount(const Plan &plan);
std::optional<StoreError> checkRegion(const Region &region);
std::optional<StoreError> checkMember(const Member &member, const Plan &plan);
std::optional<StoreError> checkTask(const Task &task, const Plan &plan);
// Imported data: intervals and dates in range, no two busy times of one
// source UID at the same start, no two holidays on one date.
std::optional<StoreError> checkBusyTimes(const std::vector<BusyTime> &busy);
std::optional<StoreError> checkHolidays(const std::vector<Holiday> &holidays);
// A whole plan, for create(): every entity plus unique ids.
std::optional<StoreError> checkPlan(const Plan &plan);

// Row writers; each returns an SQLite result code. Callers run them inside a
// transaction.
int writePlanRow(const sqlite::Database &db, const std::string &name, const Policy &policy);
int insertRegionRow(const sqlite::Database &db, const Region &region, std::size_t position);
int insertMemberRows(const sqlite::Database &db, const Member &member, std::size_t position);
// A member's busy times and a region's holidays, added to what is there.
int insertBusyRows(const sqlite::Database &db,
                   const std::string &memberId,
                   const std::vector<BusyTime> &busy);
int insertHolidayRows(const sqlite::Database &db,
                      const std::string &regionId,
                      const std::vector<Holiday> &holidays);
int deleteMemberRows(const sqlite::Database &db, const std::string &id);
int insertTaskRow(const sqlite::Database &db, const Task &task, std::size_t position);
int updateTaskRow(const sqlite::Database &db, const Task &task);
// Replaces the rows of the task's handoff notes with task.handoffNotes.
int writeHandoffNoteRows(const sqlite::Database &db, const Task &task);
// Makes room at `position` in a table ordered by `position` (regions,
// members or tasks), or closes the hole left at `position`.
int shiftPositions(const sqlite::Database &db, const char *table, std::size_t position, int by);

} // namespace sunrelay::store
