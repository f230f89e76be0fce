#pragma once

// MembersModel: the plan's members as a table (name, region, zone, local time,
// working hours, deep work per week) for the members dock. Sort and filter
// through a QSortFilterProxyModel; edits go through PlanDocument.
//
// It follows the document's finer signals row by row (a member added, changed
// or removed; a region renamed or moved changes the Region column), so views
// keep their selection, scroll position and persistent indexes; only
// PlanDocument::planReset() resets it.

#include "gui/models/id_rows_model.h"

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace sunrelay
{
struct Member;
}

namespace sunrelay::gui
{

class PlanDocument;

class MembersModel : public IdRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Region,
        Zone,
        LocalTime,
        WorkHours,
        DeepWork,
        ColumnCount
    };
    enum Role {
        MemberIdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit MembersModel(PlanDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Refreshes the local-time column (once a minute).
    void refreshClock();

private:
    void reset();
    void changeMember(const std::string &id);
    void changeRegionColumn();
    // The member shown in `row`, by the ids the views know (rowIds()).
    const Member *memberAt(int row) const;

    PlanDocument *m_document;
};

} // namespace sunrelay::gui
