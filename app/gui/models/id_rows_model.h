#pragma once

// IdRowsModel: an item model whose rows are plan entities (regions, members,
// tasks) by id, kept in step with PlanDocument's fine signals. The plan has
// already changed when a signal arrives, so rows go by the ids the views know
// until the model has told them of the change; a signal that does not fit
// them (a change no signal described) starts the model afresh.
//
// Example (in a model deriving from IdRowsModel<QAbstractTableModel>):
//   connect(document, &PlanDocument::memberAdded, this,
//           [this](const std::string &id, std::size_t at) {
//               if (!insertIdRow(id, at)) resetRows(currentIds()); });

#include <QAbstractItemModel>

#include <algorithm>
#include <string>
#include <vector>

namespace sunrelay::gui
{

template<typename Model>
class IdRowsModel : public Model
{
public:
    using Model::Model;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_ids.size());
    }

protected:
    const std::vector<std::string> &rowIds() const { return m_ids; }
    // The row of `id` as the views know it, or -1.
    int rowOfId(const std::string &id) const
    {
        const auto found = std::find(m_ids.begin(), m_ids.end(), id);
        return found == m_ids.end() ? -1 : int(found - m_ids.begin());
    }

    void resetRows(std::vector<std::string> ids)
    {
        this->beginResetModel();
        m_ids = std::move(ids);
        this->endResetModel();
    }
    // False, changing nothing, when the change does not fit the rows.
    bool insertIdRow(const std::string &id, std::size_t position)
    {
        if (position > m_ids.size())
            return false;
        this->beginInsertRows({}, int(position), int(position));
        m_ids.insert(m_ids.begin() + std::ptrdiff_t(position), id);
        this->endInsertRows();
        return true;
    }
    bool removeIdRow(const std::string &id, std::size_t position)
    {
        if (position >= m_ids.size() || m_ids[position] != id)
            return false;
        this->beginRemoveRows({}, int(position), int(position));
        m_ids.erase(m_ids.begin() + std::ptrdiff_t(position));
        this->endRemoveRows();
        return true;
    }
    bool moveIdRow(const std::string &id, std::size_t from, std::size_t to)
    {
        if (from >= m_ids.size() || to >= m_ids.size() || m_ids[from] != id)
            return false;
        if (from == to)
            return true;
        // beginMoveRows() counts the destination before the move: one past
        // the target row when moving down.
        const int destination = int(to > from ? to + 1 : to);
        this->beginMoveRows({}, int(from), int(from), {}, destination);
        m_ids.erase(m_ids.begin() + std::ptrdiff_t(from));
        m_ids.insert(m_ids.begin() + std::ptrdiff_t(to), id);
        this->endMoveRows();
        return true;
    }

private:
    std::vector<std::string> m_ids;
};

// The ids of `entities`, in order.
template<typename Entities>
std::vector<std::string> idsOf(const Entities &entities)
{
    std::vector<std::string> ids;
    ids.reserve(entities.size());
    for (const auto &entity : entities)
        ids.push_back(entity.id);
    return ids;
}

} // namespace sunrelay::gui
