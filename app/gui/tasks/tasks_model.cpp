#include "gui/tasks/tasks_model.h"

#include "gui/document/plan_document.h"
#include "gui/tasks/task_mime.h"
#include "gui/tasks/task_text.h"

#include <QGuiApplication>
#include <QPalette>

#include <limits>

namespace sunrelay::gui
{

namespace
{
// What a missing value sorts as: after every real one, ascending.
constexpr qlonglong sortsLast = std::numeric_limits<qlonglong>::max();

qlonglong epochSeconds(const std::optional<Instant> &instant)
{
    return instant ? qlonglong(instant->time_since_epoch().count()) : sortsLast;
}

// What the table sorts column `column` by: numbers for numbers and times.
QVariant sortValue(const Task &task, const TaskRoute *route, int column)
{
    switch (column) {
    case TasksModel::Id:
        return QString::fromStdString(task.id); // the proxy compares digits as numbers
    case TasksModel::Title:
        return QString::fromStdString(task.title);
    case TasksModel::Effort:
        return qlonglong(task.effort().count());
    case TasksModel::Priority:
        return task.priority;
    case TasksModel::Deadline:
        return epochSeconds(task.deadline);
    case TasksModel::Placement:
        return epochSeconds(task.isPlaced() ? task.start : std::nullopt);
    case TasksModel::Finish:
        return epochSeconds(route ? route->finish : std::nullopt);
    default:
        return {};
    }
}

// The Finish column's words: when, "late by", or beyond the horizon.
QString
finishCellText(const Task &task, const TaskRoute *route, const TimeZone &zone, ClockStyle style)
{
    if (!route)
        return QString();
    //: Backlog table, Finish column: the task does not finish within the days computed
    if (!route->finish)
        return TasksModel::tr("not within the horizon");
    if (const auto by = lateBy(task, route))
        //: Backlog table, Finish column: when the task finishes, and by how much it misses its
        //: deadline: "Tue 3 Nov 14:00 · late by 5 h"
        return TasksModel::tr("%1 · late by %2")
            .arg(dateTimeText(*route->finish, zone, style), durationText(*by));
    return dateTimeText(*route->finish, zone, style);
}

// What the table shows in column `column`, times in `zone`.
QVariant displayValue(const Plan &plan,
                      const Task &task,
                      const TaskRoute *route,
                      int column,
                      const TimeZone &zone,
                      ClockStyle style)
{
    switch (column) {
    case TasksModel::Id:
        return QString::fromStdString(task.id);
    case TasksModel::Title:
        return QString::fromStdString(task.title);
    case TasksModel::Effort:
        return effortText(task.effortHours);
    case TasksModel::Priority:
        return task.priority;
    case TasksModel::Deadline:
        return task.deadline ? dateTimeText(*task.deadline, zone, style) : QString();
    case TasksModel::Placement:
        return placementText(plan, task, zone, style);
    case TasksModel::Finish:
        return finishCellText(task, route, zone, style);
    default:
        return {};
    }
}

// The Finish column says why it is late or unfinished; every column shows
// the notes.
QVariant toolTipValue(const Task &task,
                      const TaskRoute *route,
                      int column,
                      bool late,
                      const Interval &horizon,
                      const TimeZone &zone,
                      ClockStyle style)
{
    QStringList lines;
    if (column == TasksModel::Finish && route) {
        //: Backlog tooltip line for a late task; %1 is its deadline (date and time)
        if (late && task.deadline)
            lines << TasksModel::tr("Misses its deadline, %1.")
                         .arg(dateTimeText(*task.deadline, zone, style));
        if (!route->finish)
            lines << TasksModel::tr("Not finished by the end of the routing horizon, %1.")
                         .arg(dateTimeText(horizon.end, zone, style));
        if (route->singleRegionFinish)
            lines << TasksModel::tr("Alone in its starting region it would finish %1.")
                         .arg(dateTimeText(*route->singleRegionFinish, zone, style));
    }
    if (!task.notes.empty())
        lines << QString::fromStdString(task.notes);
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
}
} // namespace

TasksModel::TasksModel(PlanDocument *document, QObject *parent)
    : IdRowsModel(parent)
    , m_document(document)
{
    resetRows(idsOf(document->plan().tasks));
    // Rows follow the task signals, so selection and scrolling survive
    // edits; after any change the finishes (and so Late) may have moved.
    // The routes cached by task position are stale from the first signal of
    // a change on.
    connect(document,
            &PlanDocument::taskAdded,
            this,
            [this](const std::string &id, std::size_t at) {
                m_routes.reset();
                if (!insertIdRow(id, at))
                    reset(); // not the plan the views know: start again
            });
    connect(document,
            &PlanDocument::taskRemoved,
            this,
            [this](const std::string &id, std::size_t at) {
                m_routes.reset();
                if (!removeIdRow(id, at))
                    reset();
            });
    connect(document, &PlanDocument::taskChanged, this, [this](const std::string &id) {
        m_routes.reset();
        if (const int row = rowOfId(id); row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(document, &PlanDocument::planReset, this, &TasksModel::reset);
    // Placements show region names.
    const auto placementsChanged = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, Placement), index(rowCount() - 1, Placement));
    };
    connect(document, &PlanDocument::regionChanged, this, placementsChanged);
    connect(document, &PlanDocument::regionRemoved, this, placementsChanged);
    connect(document, &PlanDocument::planChanged, this, [this] {
        m_routes.reset();
        if (rowCount() != int(m_document->plan().tasks.size())) {
            reset(); // a change no signal described
            return;
        }
        finishesChanged();
    });
    m_finishes = currentFinishes();
}

std::vector<TasksModel::Finishing> TasksModel::currentFinishes() const
{
    std::vector<Finishing> finishes(m_document->plan().tasks.size());
    for (std::size_t task = 0; task < finishes.size(); ++task)
        if (const TaskRoute *route = routeAt(task))
            finishes[task] = {true, route->finish};
    return finishes;
}

void TasksModel::finishesChanged()
{
    // An edit re-routes what it can have moved, often a few hundred of
    // thousands of tasks: one signal over the rows from the first whose
    // finish moved to the last (each signal costs the views and the proxy a
    // pass of their own, so one wide one beats many narrow ones).
    std::vector<Finishing> now = currentFinishes();
    const bool comparable = now.size() == m_finishes.size();
    int first = -1;
    int last = -1;
    for (std::size_t row = 0; row < now.size(); ++row)
        if (!comparable || !(now[row] == m_finishes[row])) {
            first = first < 0 ? int(row) : first;
            last = int(row);
        }
    if (first >= 0)
        emit dataChanged(index(first, Finish), index(last, Finish));
    m_finishes = std::move(now);
}

void TasksModel::reset()
{
    m_routes.reset();
    resetRows(idsOf(m_document->plan().tasks));
    m_finishes = currentFinishes();
}

void TasksModel::setReferenceZone(const TimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    timesChanged();
}

void TasksModel::setClockStyle(ClockStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    timesChanged();
}

void TasksModel::timesChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, Deadline),
                         index(rowCount() - 1, Finish),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

std::optional<std::size_t> TasksModel::taskPosition(int row) const
{
    const auto &tasks = m_document->plan().tasks;
    const std::string &id = rowIds()[std::size_t(row)];
    // Between changes the rows are the plan's tasks in plan order.
    if (std::size_t(row) < tasks.size() && tasks[std::size_t(row)].id == id)
        return std::size_t(row);
    for (std::size_t i = 0; i < tasks.size(); ++i)
        if (tasks[i].id == id)
            return i;
    return std::nullopt;
}

const TaskRoute *TasksModel::routeAt(std::size_t task) const
{
    if (!m_routes) {
        m_routes.emplace(m_document->plan().tasks.size(), nullptr);
        for (const TaskRoute &route : m_document->routes().routes)
            if (route.task < m_routes->size())
                (*m_routes)[route.task] = &route;
    }
    return task < m_routes->size() ? (*m_routes)[task] : nullptr;
}

int TasksModel::rowOf(const std::string &id) const
{
    return rowOfId(id);
}

int TasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan &plan = m_document->plan();
    const auto position = taskPosition(index.row());
    if (!position)
        return {}; // removed from the plan; its row is on its way out
    const Task &task = plan.tasks[*position];
    const TaskRoute *route = task.isPlaced() ? routeAt(*position) : nullptr;
    const auto late = [&] {
        return route && missesDeadline(task, route, m_document->routes().horizon);
    };

    switch (role) {
    case TaskIdRole:
        return QString::fromStdString(task.id);
    case StatusRole:
        return int(!task.isPlaced() ? TaskStatus::Backlog
                       : late()     ? TaskStatus::Late
                                    : TaskStatus::Placed);
    case FilterTextRole:
        return QString::fromStdString(task.id + '\n' + task.title + '\n' + task.notes);
    case SortRole:
        return sortValue(task, route, index.column());
    case Qt::DisplayRole:
        return displayValue(plan, task, route, index.column(), m_zone, m_style);
    case Qt::ForegroundRole:
        if (index.column() == Finish && late())
            return problemColor(QGuiApplication::palette());
        if (index.column() == Placement && !task.isPlaced())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Effort || index.column() == Priority)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return toolTipValue(task,
                            route,
                            index.column(),
                            index.column() == Finish && route && late(),
                            m_document->routes().horizon,
                            m_zone,
                            m_style);
    default:
        return {};
    }
}

QVariant TasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole
        && (section == Deadline || section == Placement || section == Finish))
        return tr("Times in %1, the reference zone").arg(QString::fromStdString(m_zone.name()));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        //: Column header: the task's short id ("T-1")
        return tr("ID");
    case Title:
        //: Column header in the Backlog panel's task table: the task's title
        return tr("Title");
    case Effort:
        //: Column header: the task's work in hours
        return tr("Effort");
    case Priority:
        //: Column header in the Backlog panel's task table: the task's priority (1 is highest)
        return tr("Priority");
    case Deadline:
        //: Column header in the Backlog panel's task table: the task's deadline
        return tr("Deadline");
    case Placement:
        //: Column header: which region and when a task starts, or Backlog
        return tr("Placement");
    case Finish:
        //: Column header: when the task is done
        return tr("Finish");
    default:
        return {};
    }
}

Qt::ItemFlags TasksModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = IdRowsModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList TasksModel::mimeTypes() const
{
    return {QString::fromLatin1(taskMimeType)};
}

QMimeData *TasksModel::mimeData(const QModelIndexList &indexes) const
{
    // One task per drag: the row of the first index (a row's cells all
    // carry the same task).
    for (const QModelIndex &index : indexes)
        if (index.isValid())
            return taskMimeData(rowIds()[std::size_t(index.row())]);
    return nullptr;
}

Qt::DropActions TasksModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

} // namespace sunrelay::gui
