#include "gui/tasks/backlog_panel.h"

#include "gui/document/plan_document.h"
#include "gui/style/theme_icon.h"
#include "gui/tasks/place_task_dialog.h"
#include "gui/tasks/task_dialog.h"
#include "gui/tasks/task_mime.h"
#include "gui/tasks/tasks_model.h"
#include "gui/widgets/row_table.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sunrelay::gui
{

namespace
{
// Compares as people read: runs of digits by their number ("T-2" before
// "T-10"), the rest case-insensitively. QCollator's numeric mode would do
// this, but not in builds without ICU, which fall back to plain compare.
int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Leading zeros do not count; then the longer run is larger.
            QStringView x = QStringView(a).mid(i, ei - i);
            QStringView y = QStringView(b).mid(j, ej - j);
            while (x.size() > 1 && x.front() == u'0')
                x = x.mid(1);
            while (y.size() > 1 && y.front() == u'0')
                y = y.mid(1);
            if (x.size() != y.size())
                return x.size() < y.size() ? -1 : 1;
            if (const int order = x.compare(y); order != 0)
                return order < 0 ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        const QChar x = a[i].toCaseFolded();
        const QChar y = b[j].toCaseFolded();
        if (x != y)
            return x < y ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

// Filters by text (id, title, notes) and status; sorts by SortRole, ids and
// titles as people read them ("T-2" before "T-10"), and among equal keys in
// plan order whichever way the column sorts.
class TasksSortFilter : public QSortFilterProxyModel
{
public:
    explicit TasksSortFilter(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setSortRole(TasksModel::SortRole);
        setFilterRole(TasksModel::FilterTextRole);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
    }

    void setStatus(BacklogPanel::StatusFilter status)
    {
        m_status = status;
        invalidateFilter();
    }
    BacklogPanel::StatusFilter status() const { return m_status; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_status != BacklogPanel::StatusFilter::All) {
            const auto status = TasksModel::TaskStatus(
                sourceModel()->index(row, 0, parent).data(TasksModel::StatusRole).toInt());
            switch (m_status) {
            case BacklogPanel::StatusFilter::All:
                break;
            case BacklogPanel::StatusFilter::Backlog:
                if (status != TasksModel::TaskStatus::Backlog)
                    return false;
                break;
            case BacklogPanel::StatusFilter::Placed:
                if (status == TasksModel::TaskStatus::Backlog)
                    return false;
                break;
            case BacklogPanel::StatusFilter::Late:
                if (status != TasksModel::TaskStatus::Late)
                    return false;
                break;
            }
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        int order = 0;
        if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
            order = naturalCompare(a.toString(), b.toString());
        else
            order = QVariant::compare(a, b) == QPartialOrdering::Less  ? -1
                : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                       : 0;
        if (order != 0)
            return order < 0;
        // Descending sorts ask lessThan(right, left): flip the tie-break so
        // plan order reads top to bottom both ways.
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row()
                                                 : left.row() > right.row();
    }

private:
    BacklogPanel::StatusFilter m_status = BacklogPanel::StatusFilter::All;
};

QToolButton *toolButton(const QString &iconName, const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(themeIcon(iconName));
    button->setText(text);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}
} // namespace

struct BacklogPanel::Private {
    BacklogPanel *q = nullptr;
    // The parts of the panel, made and wired by the constructor in this order.
    void makeFilters();
    void makeButtons();
    void makeTable();
    void connectFilters();
    void followSelection();
    void connectButtons();
    PlanDocument *document = nullptr;
    TasksModel *model = nullptr;
    TasksSortFilter *proxy = nullptr;
    QTableView *table = nullptr;
    QLineEdit *filter = nullptr;
    QComboBox *status = nullptr;
    QLabel *empty = nullptr; // over the table when it shows no row
    QToolButton *addButton = nullptr;
    QToolButton *editButton = nullptr;
    QToolButton *deleteButton = nullptr;
    QToolButton *placeButton = nullptr;
    QToolButton *unplaceButton = nullptr;
    // Widths of the panel's layout with the buttons' words and without.
    mutable int widthWithWords = 0;
    mutable int widthIconsOnly = 0;
    void setButtonStyle(Qt::ToolButtonStyle style) const
    {
        for (QToolButton *b : {addButton, editButton, deleteButton, placeButton, unplaceButton})
            b->setToolButtonStyle(style);
    }
    void measureButtons(QLayout *layout) const
    {
        const Qt::ToolButtonStyle now = addButton->toolButtonStyle();
        for (const auto &[style, width] : {std::pair{Qt::ToolButtonTextBesideIcon, &widthWithWords},
                                           std::pair{Qt::ToolButtonIconOnly, &widthIconsOnly}}) {
            setButtonStyle(style);
            layout->invalidate();
            *width = layout->minimumSize().width();
        }
        setButtonStyle(now);
        layout->invalidate();
    }
    QAction *deleteAction = nullptr;
    // The selection by id: the model resets on every change of the plan.
    std::string current;

    const Task *selected() const
    {
        const auto &tasks = document->plan().tasks;
        for (const Task &task : tasks)
            if (!current.empty() && task.id == current)
                return &task;
        return nullptr;
    }

    void restoreSelection()
    {
        const int row = current.empty() ? -1 : model->rowOf(current);
        const QModelIndex index = proxy->mapFromSource(model->index(row, 0));
        if (index.isValid()) {
            table->setCurrentIndex(index);
            table->scrollTo(index);
        } else {
            table->setCurrentIndex({});
            table->clearSelection();
        }
    }

    void follow(const QModelIndex &currentIndex)
    {
        const std::string id = currentIndex.isValid()
            ? currentIndex.data(TasksModel::TaskIdRole).toString().toStdString()
            : std::string();
        if (id == current)
            return updateButtons();
        current = id;
        updateButtons();
        emit q->selectedTaskChanged(current);
    }

    void updateButtons()
    {
        const bool writable = !document->isReadOnly();
        const Task *task = selected();
        addButton->setEnabled(writable);
        editButton->setEnabled(writable && task);
        deleteButton->setEnabled(writable && task);
        deleteAction->setEnabled(writable && task);
        placeButton->setEnabled(writable && task && !document->plan().regions.empty());
        unplaceButton->setEnabled(writable && task && task->isPlaced());
    }

    // An empty table says why: nothing matches, or no tasks yet.
    void updateEmpty()
    {
        if (proxy->rowCount() > 0) {
            empty->hide();
            return;
        }
        if (model->rowCount() == 0)
            empty->setText(BacklogPanel::tr("No tasks yet. Add one with Add task…"));
        else
            empty->setText(BacklogPanel::tr("No task matches the filter."));
        empty->show();
    }
};

// The text filter and the status filter (all, backlog, placed, late).
void BacklogPanel::Private::makeFilters()
{
    filter = new QLineEdit(q);
    filter->setPlaceholderText(BacklogPanel::tr("Filter by title, ID or notes"));
    filter->setClearButtonEnabled(true);
    //: Accessible name of the filter field above the Backlog panel's task table
    filter->setAccessibleName(BacklogPanel::tr("Filter tasks"));
    status = new QComboBox(q);
    //: Screen-reader name of the filter: which tasks the list shows
    status->setAccessibleName(BacklogPanel::tr("Show"));
    //: Backlog panel, status choice: show every task, placed or not
    status->addItem(BacklogPanel::tr("All tasks"), int(StatusFilter::All));
    //: Filter: tasks not on the timeline yet
    status->addItem(BacklogPanel::tr("Backlog"), int(StatusFilter::Backlog));
    //: Filter: tasks placed on the timeline
    status->addItem(BacklogPanel::tr("Placed"), int(StatusFilter::Placed));
    //: Filter: tasks that finish after their deadline
    status->addItem(BacklogPanel::tr("Late"), int(StatusFilter::Late));
    status->setToolTip(BacklogPanel::tr("Late: placed tasks that finish after their deadline"));
}

void BacklogPanel::Private::makeButtons()
{
    //: Tooltip of a tool button in the Backlog panel: opens the dialog that adds a task
    addButton = toolButton(QStringLiteral("list-add"), BacklogPanel::tr("Add task…"), q);
    //: Tooltip of a tool button in the Backlog panel: edits the selected task
    editButton = toolButton(QStringLiteral("document-edit"), BacklogPanel::tr("Edit…"), q);
    deleteButton = toolButton(QStringLiteral("edit-delete"), BacklogPanel::tr("Delete"), q);
    //: Tooltip of a tool button in the Backlog panel: places the selected task on the timeline
    placeButton = toolButton(QStringLiteral("go-jump"), BacklogPanel::tr("Place at…"), q);
    //: Button: take the task off the timeline, back into the backlog
    unplaceButton = toolButton(QStringLiteral("edit-undo"), BacklogPanel::tr("Unplace"), q);
    unplaceButton->setToolTip(
        BacklogPanel::tr("Back to the backlog: the task loses its start and region"));
}

// The task table, with the words it shows when empty and its Delete key.
void BacklogPanel::Private::makeTable()
{
    table = new QTableView(q);
    table->setModel(proxy);
    //: Accessible name of the Backlog panel's task table
    setUpRowTable(table, BacklogPanel::tr("Tasks"));
    table->setSortingEnabled(true);
    table->sortByColumn(TasksModel::Id, Qt::AscendingOrder);
    table->setWordWrap(false);
    table->setDragEnabled(!document->isReadOnly());
    table->setDragDropMode(QAbstractItemView::DragOnly);
    table->setDefaultDropAction(Qt::MoveAction);
    QHeaderView *header = table->horizontalHeader();
    // The title takes the room the times leave; times are shown whole.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitted to the rows in sight: Qt's default measures up to 1,000 rows on
    // every change of data, which a drop in a big plan makes.
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(TasksModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(q->fontMetrics().averageCharWidth() * 6);
    empty = addEmptyTableLabel(table, QStringLiteral("emptyTasks"));

    // Delete on the table deletes the selected task (undoable, so no question).
    //: Context menu: delete the chosen task
    deleteAction = new QAction(BacklogPanel::tr("Delete"), table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addAction(deleteAction);
}

void BacklogPanel::Private::connectFilters()
{
    QObject::connect(filter,
                     &QLineEdit::textChanged,
                     proxy,
                     &QSortFilterProxyModel::setFilterFixedString);
    QObject::connect(status, &QComboBox::currentIndexChanged, q, [this] {
        proxy->setStatus(StatusFilter(status->currentData().toInt()));
    });
    QObject::connect(proxy, &QAbstractItemModel::modelReset, q, [this] {
        updateEmpty();
    });
    QObject::connect(proxy, &QAbstractItemModel::layoutChanged, q, [this] {
        updateEmpty();
    });
    QObject::connect(proxy, &QAbstractItemModel::rowsInserted, q, [this] {
        updateEmpty();
    });
    QObject::connect(proxy, &QAbstractItemModel::rowsRemoved, q, [this] {
        updateEmpty();
    });
}

// The selected task, kept by id across resets and filters.
void BacklogPanel::Private::followSelection()
{
    QObject::connect(proxy, &QAbstractItemModel::modelReset, q, [this] {
        restoreSelection();
        updateButtons();
    });
    QObject::connect(proxy, &QAbstractItemModel::layoutChanged, q, [this] {
        // A filter that hides the selected task deselects it.
        if (!table->currentIndex().isValid())
            follow({});
        updateButtons();
    });
    QObject::connect(proxy, &QAbstractItemModel::rowsRemoved, q, [this] {
        if (!table->currentIndex().isValid())
            follow({});
    });
    QObject::connect(table->selectionModel(),
                     &QItemSelectionModel::currentChanged,
                     q,
                     [this](const QModelIndex &currentIndex) {
                         // Resets clear the current index and restoreSelection()
                         // puts it back: only a task that is gone, or hidden,
                         // deselects.
                         if (!currentIndex.isValid() && !current.empty()) {
                             const int row = model->rowOf(current);
                             if (row >= 0 && proxy->mapFromSource(model->index(row, 0)).isValid())
                                 return;
                         }
                         follow(currentIndex);
                     });
}

void BacklogPanel::Private::connectButtons()
{
    QObject::connect(table, &QTableView::activated, q, [this] {
        q->editSelectedTask();
    });
    QObject::connect(addButton, &QToolButton::clicked, q, &BacklogPanel::addTask);
    QObject::connect(editButton, &QToolButton::clicked, q, &BacklogPanel::editSelectedTask);
    QObject::connect(deleteButton, &QToolButton::clicked, q, &BacklogPanel::deleteSelectedTask);
    QObject::connect(deleteAction, &QAction::triggered, q, &BacklogPanel::deleteSelectedTask);
    QObject::connect(placeButton, &QToolButton::clicked, q, &BacklogPanel::placeSelectedTask);
    QObject::connect(unplaceButton, &QToolButton::clicked, q, &BacklogPanel::unplaceSelectedTask);
}

BacklogPanel::BacklogPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;
    d->model = new TasksModel(document, this);
    d->proxy = new TasksSortFilter(this);
    d->proxy->setSourceModel(d->model);
    d->makeFilters();
    d->makeButtons();
    d->makeTable();

    auto *bar = new QHBoxLayout;
    for (QToolButton *b :
         {d->addButton, d->editButton, d->deleteButton, d->placeButton, d->unplaceButton})
        bar->addWidget(b);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(d->filter, 1);
    bar->addWidget(d->status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(d->table, 1);

    // A placed task dragged here from the timeline goes back to the backlog.
    setAcceptDrops(!document->isReadOnly());
    d->connectFilters();
    d->followSelection();
    d->connectButtons();
    d->updateButtons();
    d->updateEmpty();
}

BacklogPanel::~BacklogPanel()
{
    // The views outlive d while QWidget's destructor runs: their signals
    // must not reach it then.
    d->table->selectionModel()->disconnect(this);
    d->proxy->disconnect(this);
}

QSize BacklogPanel::minimumSizeHint() const
{
    QSize hint = QWidget::minimumSizeHint();
    if (d->widthIconsOnly == 0)
        d->measureButtons(layout());
    hint.setWidth(d->widthIconsOnly);
    return hint;
}

void BacklogPanel::resizeEvent(QResizeEvent *event)
{
    if (d->widthWithWords == 0)
        d->measureButtons(layout());
    d->setButtonStyle(width() < d->widthWithWords ? Qt::ToolButtonIconOnly
                                                  : Qt::ToolButtonTextBesideIcon);
    QWidget::resizeEvent(event);
}

void BacklogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::LanguageChange) {
        d->widthWithWords = 0; // measured anew at the next resize or layout
        d->widthIconsOnly = 0;
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void BacklogPanel::setReferenceZone(const TimeZone &zone)
{
    d->model->setReferenceZone(zone);
}

void BacklogPanel::setClockStyle(ClockStyle style)
{
    d->model->setClockStyle(style);
}

std::string BacklogPanel::selectedTask() const
{
    return d->current;
}

void BacklogPanel::setStatusFilter(StatusFilter filter)
{
    d->status->setCurrentIndex(d->status->findData(int(filter)));
}

void BacklogPanel::setTextFilter(const QString &text)
{
    d->filter->setText(text);
}

QTableView *BacklogPanel::table() const
{
    return d->table;
}

void BacklogPanel::selectTask(const std::string &id)
{
    const int row = id.empty() ? -1 : d->model->rowOf(id);
    if (row < 0) {
        d->table->setCurrentIndex({});
        d->table->clearSelection();
        d->follow({});
        return;
    }
    if (!d->proxy->mapFromSource(d->model->index(row, 0)).isValid()) {
        // Hidden by a filter: show everything rather than select nothing.
        d->filter->clear();
        setStatusFilter(StatusFilter::All);
    }
    const QModelIndex index = d->proxy->mapFromSource(d->model->index(row, 0));
    d->table->setCurrentIndex(index);
    d->table->scrollTo(index);
    // The table may have had that row current already (rows removed around
    // it move the current index without saying which task it is now).
    d->follow(index);
}

void BacklogPanel::addTask()
{
    if (d->document->isReadOnly())
        return;
    const Plan &plan = d->document->plan();
    TaskDialog dialog(plan,
                      TaskDialog::newTask(plan),
                      d->model->referenceZone(),
                      d->model->clockStyle(),
                      this);
    dialog.setObjectName(QStringLiteral("taskDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Task task = dialog.task();
    emit taskAdded(task);
    selectTask(task.id);
}

void BacklogPanel::editSelectedTask()
{
    const Task *task = d->selected();
    if (!task || d->document->isReadOnly())
        return;
    TaskDialog dialog(d->document->plan(),
                      *task,
                      d->model->referenceZone(),
                      d->model->clockStyle(),
                      this);
    dialog.setObjectName(QStringLiteral("taskDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog kept the task's placement; the plan may have changed while
    // it was open only through this window, which is modal to it.
    const Task edited = dialog.task();
    if (!(edited == *d->selected()))
        emit taskEdited(edited);
}

void BacklogPanel::placeSelectedTask()
{
    const Task *task = d->selected();
    if (!task || d->document->isReadOnly() || d->document->plan().regions.empty())
        return;
    PlaceTaskDialog dialog(d->document->plan(),
                           *task,
                           d->model->referenceZone(),
                           d->model->clockStyle(),
                           this);
    dialog.setObjectName(QStringLiteral("placeTaskDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto start = dialog.start();
    const std::string region = dialog.regionId();
    if (!start || region.empty())
        return;
    const std::string id = task->id;
    if (task->region == region && task->start == start)
        return; // placed there already
    emit placeRequested(id, region, *start);
}

void BacklogPanel::deleteSelectedTask()
{
    if (const Task *task = d->selected(); task && !d->document->isReadOnly())
        emit taskDeleted(task->id);
}

void BacklogPanel::unplaceSelectedTask()
{
    if (const Task *task = d->selected(); task && task->isPlaced() && !d->document->isReadOnly())
        emit unplaceRequested(task->id);
}

std::optional<std::string> BacklogPanel::unplaceableTask(const QDropEvent *event) const
{
    // Only a placed task from elsewhere (the timeline): a row dragged out of
    // this table and back is no change.
    auto id = taskIdFrom(event->mimeData());
    const int row = id ? d->model->rowOf(*id) : -1;
    if (row < 0 || event->source() == d->table || d->document->isReadOnly()
        || !d->document->plan().tasks[std::size_t(row)].isPlaced())
        return std::nullopt;
    return id;
}

void BacklogPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (unplaceableTask(event))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BacklogPanel::dragMoveEvent(QDragMoveEvent *event)
{
    if (unplaceableTask(event))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BacklogPanel::dropEvent(QDropEvent *event)
{
    const auto id = unplaceableTask(event);
    if (!id) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit unplaceRequested(*id);
    selectTask(*id);
}

} // namespace sunrelay::gui
