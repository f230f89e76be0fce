#pragma once

// setShowOnlyLook(): a line edit that shows, not takes, text (a read-only
// plan's member, a zone already chosen) gets the window's colour behind it
// instead of the base colour of fields one types into.

class QLineEdit;

namespace sunrelay::gui
{

void setShowOnlyLook(QLineEdit *field, bool showOnly);

} // namespace sunrelay::gui
