#pragma once

// The window's help: View > Legend, Help > Keyboard Shortcuts, Help > How
// Handoffs Are Computed and Help > The DST Rule. Each opens its dialog
// non-modally, one of each per window (asked again, it comes to the front).

class QMainWindow;
class QMenu;

namespace sunrelay::gui
{

// Appends Legend to `view` and the help items (then a separator) to `help`.
void addHelpActions(QMainWindow &window, QMenu &view, QMenu &help);

} // namespace sunrelay::gui
