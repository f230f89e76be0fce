#pragma once

// RegionsModel: the plan's regions in region order, for the team dock. Names
// are edited in place; rows are reordered by drag and drop with a private
// MIME type; every change goes through PlanDocument as one undo step.

#include <QAbstractListModel>

namespace sunrelay::gui {

class PlanDocument;

class RegionsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { RegionIdRole = Qt::UserRole + 1, MemberCountRole };
    static constexpr const char *mimeType = "application/x-sunrelay-region-id";

    explicit RegionsModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    void reset();
    PlanDocument *m_document;
    int m_rows = 0;
};

} // namespace sunrelay::gui
