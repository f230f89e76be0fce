#pragma once

// MembersModel: the plan's members as a table (name, region, zone, local time,
// working hours, deep work per week) for the members dock. Sort and filter
// through a QSortFilterProxyModel; edits go through PlanDocument.
//
// It follows the document's finer signals row by row (a member added, changed
// or removed; a region renamed or moved changes the Region column), so views
// keep their selection, scroll position and persistent indexes; only
// PlanDocument::planReset() resets it.

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace sunrelay {
struct Member;
}

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
    void insertMember(const std::string &id, std::size_t position);
    void removeMember(const std::string &id, std::size_t position);
    void changeMember(const std::string &id);
    void changeRegionColumn();
    // The member shown in `row`: the document's plan has already changed when
    // a signal arrives, so rows go by the ids the views know (m_ids) until
    // the model has told them about the change.
    const Member *memberAt(int row) const;

    PlanDocument *m_document;
    // The members' ids, in the order of the rows the views know.
    std::vector<std::string> m_ids;
};

} // namespace sunrelay::gui
