#pragma once

// `sunrelay --export-view FILE --from DATE --to DATE [--zone ZONE] [--width PX] PLAN`:
// a picture of the timeline without a window, for reports and wikis. PLAN
// (a .sunrelay file, opened read-only, or plan JSON) is shown from DATE
// 00:00 to the end of the day --to (both dates in ZONE, default UTC; --to is
// inclusive, as in sunrelay-cli), all regions expanded, WIDTH pixels wide
// (default 1600) and as high as its rows; FILE's extension chooses PNG, SVG
// or PDF. Exit 0, or 1 with one line on stderr naming what is wrong and
// where; nothing is written then.
//
// Example:
//   sunrelay --export-view week.svg --from 2026-11-30 --to 2026-12-04
//            --zone Europe/Berlin demo-plan.json      (one command line)

#include <QCommandLineOption>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace sunrelay::gui
{

// Whether the raw arguments ask for --export-view (or one of its options):
// the QPA platform has to be chosen before QApplication exists, so before
// any parser ran.
bool argumentsAskForViewExport(int argc, const char *const *argv);

// A picture needs no display: with no platform chosen (QT_QPA_PLATFORM) and
// no X11 or Wayland display, use the offscreen one. Call before QApplication.
void useOffscreenPlatformWithoutDisplay();

// --export-view, --from, --to, --zone and --width, for the app's parser (so
// `sunrelay --help` lists them).
QList<QCommandLineOption> viewExportOptions();

// After `parser` processed the arguments: the exit code when the command
// line is an export (done, or refused with a message on stderr), nullopt when
// it asks for the window.
std::optional<int> runViewExportIfAsked(const QCommandLineParser &parser);

} // namespace sunrelay::gui
