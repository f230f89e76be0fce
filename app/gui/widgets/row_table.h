#pragma once

// The panels' read-only tables of rows (members, tasks, conflicts): one row
// is chosen at a time with the arrow keys, Tab moves on to the next control,
// and an empty table says why in the middle of its viewport.

#include <QString>

class QLabel;
class QTableView;

namespace sunrelay::gui
{

// Row selection of one row, no editing in place, alternating rows, no row
// numbers, Tab leaving the table; `accessibleName` for screen readers.
void setUpRowTable(QTableView *table, const QString &accessibleName);

// A hidden label over the table's viewport, centred, in the placeholder
// colour, for the caller to fill and show when the table has no rows.
QLabel *addEmptyTableLabel(QTableView *table, const QString &objectName);

} // namespace sunrelay::gui
