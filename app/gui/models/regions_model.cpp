#include "gui/models/regions_model.h"

#include "gui/document/plan_document.h"

#include <QColor>
#include <QMimeData>

#include <algorithm>
#include <optional>

namespace sunrelay::gui
{

RegionsModel::RegionsModel(PlanDocument *document, QObject *parent)
    : IdRowsModel(parent)
    , m_document(document)
{
    resetRows(idsOf(document->plan().regions));
    // A change that does not fit the rows the views know starts again.
    connect(document,
            &PlanDocument::regionAdded,
            this,
            [this](const std::string &id, std::size_t at) {
                if (!insertIdRow(id, at))
                    reset();
            });
    connect(document,
            &PlanDocument::regionRemoved,
            this,
            [this](const std::string &id, std::size_t at) {
                if (!removeIdRow(id, at))
                    reset();
            });
    connect(document,
            &PlanDocument::regionMoved,
            this,
            [this](const std::string &id, std::size_t from, std::size_t to) {
                if (!moveIdRow(id, from, to))
                    reset();
            });
    connect(document, &PlanDocument::regionChanged, this, &RegionsModel::changeRegion);
    connect(document, &PlanDocument::memberAdded, this, &RegionsModel::changeMemberCounts);
    connect(document, &PlanDocument::memberChanged, this, &RegionsModel::changeMemberCounts);
    connect(document, &PlanDocument::memberRemoved, this, &RegionsModel::changeMemberCounts);
    connect(document, &PlanDocument::planReset, this, &RegionsModel::reset);
}

void RegionsModel::reset()
{
    resetRows(idsOf(m_document->plan().regions));
}

void RegionsModel::changeRegion(const std::string &id)
{
    const int found = rowOfId(id);
    if (found < 0)
        return reset();
    const QModelIndex changed = index(found);
    emit dataChanged(changed, changed);
}

void RegionsModel::changeMemberCounts()
{
    // A handful of rows: cheaper than working out which region gained or lost.
    if (!rowIds().empty())
        emit dataChanged(index(0),
                         index(int(rowIds().size()) - 1),
                         {MemberCountRole, Qt::ToolTipRole});
}

const Region *RegionsModel::regionAt(int row, std::size_t *planIndex) const
{
    const std::vector<Region> &regions = m_document->plan().regions;
    const std::string &id = rowIds()[std::size_t(row)];
    std::optional<std::size_t> index;
    // Between changes the rows are the plan's regions in region order.
    if (std::size_t(row) < regions.size() && regions[std::size_t(row)].id == id)
        index = std::size_t(row);
    else
        index = m_document->plan().regionIndex(id);
    if (!index)
        return nullptr;
    if (planIndex)
        *planIndex = *index;
    return &regions[*index];
}

QVariant RegionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan &plan = m_document->plan();
    std::size_t planIndex = 0;
    const Region *found = regionAt(index.row(), &planIndex);
    if (!found)
        return {}; // removed from the plan; its row is on its way out
    const Region &region = *found;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return QString::fromStdString(region.name);
    case Qt::DecorationRole:
        return QColor(QString::fromStdString(region.color));
    case RegionIdRole:
        return QString::fromStdString(region.id);
    case MemberCountRole:
        return int(plan.membersOf(planIndex).size());
    case Qt::ToolTipRole:
        //: Tooltip of a region in the Team panel: how many members it has
        return tr("%n member(s)", nullptr, int(plan.membersOf(planIndex).size()));
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
    const Region *shown = regionAt(index.row());
    if (!shown)
        return false;
    Region region = *shown;
    region.name = name.toStdString();
    // Editing in place goes straight to the document, as a Qt model's
    // setData() does; the views (TeamPanel) emit intentions for the rest.
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

bool RegionsModel::dropMimeData(const QMimeData *data,
                                Qt::DropAction action,
                                int row,
                                int,
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
        to = parent.isValid() ? parent.row() : int(rowIds().size()) - 1;
    }
    m_document->moveRegion(id, std::size_t(std::max(0, to)));
    // The model moves the row when the document says the region moved; the
    // view must not remove the source row.
    return false;
}

} // namespace sunrelay::gui
