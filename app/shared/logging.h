#pragma once

// Logging categories of both programs: one per library they drive and one
// per GUI area. All are quiet by default (only warnings pass); turn one on
// with Qt's logging rules, for example
//   QT_LOGGING_RULES="sunrelay.store.debug=true" sunrelay plan.sunrelay
//   QT_LOGGING_RULES="sunrelay.*.debug=true" sunrelay-cli route plan.sunrelay
// The libraries under lib/ have no Qt; the programs log around their calls.

#include <QLoggingCategory>

namespace sunrelay
{

Q_DECLARE_LOGGING_CATEGORY(lcStore) // sunrelay.store: plan files opened, created, edited
Q_DECLARE_LOGGING_CATEGORY(lcEngine) // sunrelay.engine: schedules, routes, conflicts computed
Q_DECLARE_LOGGING_CATEGORY(lcIcal) // sunrelay.ical: calendar files read and written
Q_DECLARE_LOGGING_CATEGORY(lcExchange) // sunrelay.exchange: plan JSON and roster CSV
Q_DECLARE_LOGGING_CATEGORY(lcIo) // sunrelay.io: files refused (special files, sizes)
Q_DECLARE_LOGGING_CATEGORY(lcTimeline) // sunrelay.gui.timeline: timeline frames
Q_DECLARE_LOGGING_CATEGORY(lcWindow) // sunrelay.gui.window: plans shown, signals
Q_DECLARE_LOGGING_CATEGORY(lcCli) // sunrelay.cli: commands run

} // namespace sunrelay
