#pragma once

// MembersModel: the plan's members as a table (name, region, zone, local time,
// working hours, deep work per week) for the members dock. Sort and filter
// through a QSortFilterProxyModel; edits go through PlanDocument.

#include <QAbstractTableModel>

namespace sunrelay::gui {

class PlanDocument;

class MembersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Region, Zone, LocalTime, WorkHours, DeepWork, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole + 1, SortRole };

    explicit MembersModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Refreshes the local-time column (once a minute).
    void refreshClock();

private:
    void reset();
    PlanDocument *m_document;
    int m_rows = 0;
};

} // namespace sunrelay::gui
