#include "gui/models/regions_model.h"

#include "gui/document/plan_document.h"

#include <QColor>
#include <QMimeData>

namespace sunrelay::gui {

RegionsModel::RegionsModel(PlanDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_rows(int(document->plan().regions.size()))
{
    connect(document, &PlanDocument::planChanged, this, &RegionsModel::reset);
}

void RegionsModel::reset()
{
    beginResetModel();
    m_rows = int(m_document->plan().regions.size());
    endResetModel();
}

int RegionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant RegionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan &plan = m_document->plan();
    const Region &region = plan.regions[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return QString::fromStdString(region.name);
    case Qt::DecorationRole:
        return QColor(QString::fromStdString(region.color));
    case RegionIdRole:
        return QString::fromStdString(region.id);
    case MemberCountRole:
        return int(plan.membersOf(std::size_t(index.row())).size());
    case Qt::ToolTipRole:
        return tr("%n member(s)", nullptr, int(plan.membersOf(std::size_t(index.row())).size()));
    default:
        return {};
    }
}

bool RegionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    Region region = m_document->plan().regions[std::size_t(index.row())];
    region.name = name.toStdString();
    m_document->changeRegion(region);
    return true;
}

Qt::ItemFlags RegionsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
    if (!index.isValid() || m_document->isReadOnly())
        return base;
    return base | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

Qt::DropActions RegionsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RegionsModel::mimeTypes() const
{
    return {QString::fromLatin1(mimeType)};
}

QMimeData *RegionsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType),
                  indexes.first().data(RegionIdRole).toString().toUtf8());
    return data;
}

bool RegionsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(QString::fromLatin1(mimeType)))
        return false;
    const std::string id = data->data(QString::fromLatin1(mimeType)).toStdString();
    const auto from = m_document->plan().regionIndex(id);
    if (!from)
        return false;
    int to;
    if (row >= 0) {
        // Between rows: the rows below shift up once the region is taken out.
        to = row > int(*from) ? row - 1 : row;
    } else {
        // Onto a row (or past the end): take that row's place.
        to = parent.isValid() ? parent.row() : m_rows - 1;
    }
    m_document->moveRegion(id, std::size_t(std::max(0, to)));
    // The document resets the model; the view must not remove the source row.
    return false;
}

} // namespace sunrelay::gui
