#include "gui/widgets/row_table.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sunrelay::gui
{

void setUpRowTable(QTableView *table, const QString &accessibleName)
{
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    // Tab moves on to the next control, as in every other list: rows are
    // chosen with the arrow keys.
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
}

QLabel *addEmptyTableLabel(QTableView *table, const QString &objectName)
{
    auto *label = new QLabel(table->viewport());
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->hide();
    auto *layout = new QVBoxLayout(table->viewport());
    layout->addWidget(label);
    return label;
}

} // namespace sunrelay::gui
