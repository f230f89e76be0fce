#pragma once

// `sunrelay --export-week MEMBER_ID --week DATE FILE PLAN`: one member's My
// week as a picture, without a window. The week is the member's local week
// holding DATE (starting on the first day of the week chosen in
// Preferences); FILE's extension chooses PNG, SVG or PDF; PLAN is a
// .sunrelay file (opened read-only) or plan JSON. The SVG keeps the member's
// name, the dates and each block's local times as text. Exit 0, or 1 with
// one line on stderr naming what is wrong (an unknown member with some of
// the plan's ids, a bad date, an unknown extension, an unreadable plan);
// nothing is written then.
//
// Example:
//   sunrelay --export-week mia --week 2027-04-01 mia.svg team.sunrelay

#include <QCommandLineOption>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace sunrelay::gui
{

// Whether the raw arguments ask for --export-week (or --week): chosen before
// QApplication exists, so that no display is needed.
bool argumentsAskForWeekExport(int argc, const char *const *argv);

// --export-week and --week, for the app's parser (and `sunrelay --help`).
QList<QCommandLineOption> weekExportOptions();

// After `parser` processed the arguments: the exit code when the command
// line is a week export (done, or refused with a message on stderr),
// nullopt when it asks for something else.
std::optional<int> runWeekExportIfAsked(const QCommandLineParser &parser);

} // namespace sunrelay::gui
