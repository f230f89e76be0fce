#pragma once

// RegionsModel: the plan's regions in region order, for the team dock. Names
// are edited in place; rows are reordered by drag and drop with a private
// MIME type; every change goes through PlanDocument as one undo step.
//
// It follows the document's finer signals row by row (a region added,
// changed, moved or removed; a member added, changed or removed changes the
// member counts), so views keep their selection and persistent indexes; only
// PlanDocument::planReset() resets it.

#include "gui/models/id_rows_model.h"

#include <QAbstractListModel>

#include <string>
#include <vector>

namespace sunrelay
{
struct Region;
}

namespace sunrelay::gui
{

class PlanDocument;

class RegionsModel : public IdRowsModel<QAbstractListModel>
{
    Q_OBJECT

public:
    enum Role {
        RegionIdRole = Qt::UserRole + 1,
        MemberCountRole
    };
    static constexpr const char *mimeType = "application/x-sunrelay-region-id";

    explicit RegionsModel(PlanDocument *document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;

private:
    void reset();
    void changeRegion(const std::string &id);
    void changeMemberCounts();
    // The region shown in `row` and its index in the plan, looked up by the
    // ids the views know (rowIds()). Null for a region no longer in the plan.
    const Region *regionAt(int row, std::size_t *planIndex = nullptr) const;

    PlanDocument *m_document;
};

} // namespace sunrelay::gui
