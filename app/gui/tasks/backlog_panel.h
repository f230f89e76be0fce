#pragma once

// BacklogPanel: the Backlog dock: every task, placed or not, with its finish;
// a text filter (id, title, notes) and a status filter (All, Backlog, Placed,
// Late); Add…, Edit…, Delete, Place at… and Unplace. Rows drag out as
// taskMimeData() (the timeline places them); a placed task dragged back in
// from the timeline asks to be unplaced.
//
// The panel edits nothing itself: it emits intentions, and the window turns
// them into the document's undo steps (Qt's Undo Framework example).
//
// Example:
//   auto *backlog = new BacklogPanel(document, dock);
//   connect(backlog, &BacklogPanel::taskAdded, document, &PlanDocument::addTask);
//   connect(backlog, &BacklogPanel::unplaceRequested, document, &PlanDocument::unplaceTask);

#include "gui/text/time_format.h"

#include "sunrelay/core/plan.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <string>

class QTableView;

namespace sunrelay::gui
{

class PlanDocument;

class BacklogPanel : public QWidget
{
    Q_OBJECT

public:
    enum class StatusFilter {
        All,
        Backlog,
        Placed,
        Late
    };

    explicit BacklogPanel(PlanDocument *document, QWidget *parent = nullptr);
    ~BacklogPanel() override;

    // Times in the table and the dialogs are read in this zone and clock.
    void setReferenceZone(const TimeZone &zone);
    void setClockStyle(ClockStyle style);

    // The selected task's id; empty when none is.
    std::string selectedTask() const;
    void setStatusFilter(StatusFilter filter);
    void setTextFilter(const QString &text);
    QTableView *table() const;

    // Narrower than its buttons with their words, the panel shows them as
    // icons only (the words stay in tooltips): a small screen keeps the
    // timeline wide.
    QSize minimumSizeHint() const override;

public slots:
    // Selects task `id` and shows it, clearing filters that hide it; an
    // unknown or empty id clears the selection.
    void selectTask(const std::string &id);
    // Opens the dialogs; each emits its intention when accepted.
    void addTask();
    void editSelectedTask();
    void placeSelectedTask();
    void deleteSelectedTask();
    void unplaceSelectedTask();

signals:
    void taskAdded(const sunrelay::Task &task);
    void taskEdited(const sunrelay::Task &task);
    void taskDeleted(const std::string &id);
    void
    placeRequested(const std::string &id, const std::string &regionId, sunrelay::Instant start);
    void unplaceRequested(const std::string &id);
    // The selected task changed (empty: none is selected).
    void selectedTaskChanged(const std::string &id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The id of the placed task a drop would send back to the backlog.
    std::optional<std::string> unplaceableTask(const QDropEvent *event) const;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
