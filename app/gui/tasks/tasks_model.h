#pragma once

// TasksModel: the plan's tasks as a table for the backlog dock: id, title,
// effort, priority, deadline, placement and finish (from the document's
// routes), times in the reference zone; a missed deadline shows in red with
// the amount. Notes are every cell's tooltip. SortRole gives real values
// (seconds, instants, numbers), so sorting never compares texts of times.
// Sort and filter through a QSortFilterProxyModel; rows drag out as
// taskMimeData(). Edits go through the panel's intentions, not the model.

#include "gui/text/time_format.h"

#include "sunrelay/core/routing.h"

#include "gui/models/id_rows_model.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace sunrelay::gui
{

class PlanDocument;

class TasksModel : public IdRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Title,
        Effort,
        Priority,
        Deadline,
        Placement,
        Finish,
        ColumnCount
    };
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        SortRole, // seconds, epoch seconds, numbers; "none" sorts last
        StatusRole, // a TaskStatus, as int
        FilterTextRole, // id, title and notes, for the text filter
    };
    enum class TaskStatus {
        Backlog,
        Placed,
        Late
    }; // Late is placed and misses its deadline

    explicit TasksModel(PlanDocument *document, QObject *parent = nullptr);

    void setReferenceZone(const TimeZone &zone);
    const TimeZone &referenceZone() const { return m_zone; }
    void setClockStyle(ClockStyle style);
    ClockStyle clockStyle() const { return m_style; }

    // The row of task `id`, or -1.
    int rowOf(const std::string &id) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    void reset();
    void timesChanged();
    // The route of each task by its position in plan().tasks (null when not
    // placed), built on first use after a change: routeOf() searches.
    const TaskRoute *routeAt(std::size_t task) const;
    // The position in plan().tasks of the task in `row`, by the ids the views
    // know (the plan has already changed when a signal arrives); nullopt for
    // a task no longer in the plan.
    std::optional<std::size_t> taskPosition(int row) const;

    PlanDocument *m_document;
    TimeZone m_zone;
    ClockStyle m_style = ClockStyle::TwentyFourHour;
    mutable std::optional<std::vector<const TaskRoute *>> m_routes;
    // Each row's finish as the views last heard of it (by task position):
    // after an edit only rows whose finish moved are announced.
    struct Finishing {
        bool routed = false;
        std::optional<Instant> finish;
        bool operator==(const Finishing &) const = default;
    };
    std::vector<Finishing> currentFinishes() const;
    void finishesChanged();
    std::vector<Finishing> m_finishes;
};

} // namespace sunrelay::gui
