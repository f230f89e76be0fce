#pragma once

// TimelineView: the world timeline. One row per region (coverage, gap and
// overlap bands, handoff arrows between region rows), expandable to one row per
// member (local hour ticks and dates, working hours, protected deep-work
// blocks, comms windows, time off). The x axis is time in the reference zone;
// zoom from 1 hour to 4 weeks, pan by dragging the background, the wheel or
// the arrow keys. Dragging the edges or body of a member's working range or
// deep-work block changes that weekly pattern (every day of it; with Alt
// held, or after the block's menu separated it, that day only): live while
// dragging, with a tooltip naming the days that change, one undo step on
// release.
//
// Placed tasks are drawn over the rows as routed by core (task_layout.h,
// task_painter.h). A task dragged in from the backlog, or a placed one dragged
// along the timeline or to another region's row, shows where it would start
// (and, where nobody covers, where it really starts) and is placed on
// release; dragged out of the view it can be dropped on the backlog. The
// view changes nothing itself: it emits intentions (memberEdited,
// taskPlaced, taskUnplaceRequested) that the window makes undo steps.
//
// It paints what core computed for the visible days (reportSchedule) and
// only the rows and instants in view. Rows painted for a time range are kept
// and blitted while the range stays (repaints, vertical scrolling, a drag
// that changes one member); panning or zooming paints them afresh.

#include "gui/accessibility/painted_items.h"
#include "gui/timeline/task_layout.h"
#include "gui/timeline/timeline_geometry.h"
#include "gui/timeline/timeline_rows.h"

#include "sunrelay/core/member.h"
#include "sunrelay/core/time_zone.h"

#include <QAbstractScrollArea>
#include <QDate>

#include <memory>
#include <optional>
#include <string>

namespace sunrelay::gui
{

class PlanDocument;

class TimelineView : public QAbstractScrollArea, public PaintedItems
{
    Q_OBJECT

public:
    explicit TimelineView(PlanDocument *document, QWidget *parent = nullptr);
    ~TimelineView() override;

    const TimelineGeometry &timeGeometry() const;
    void setVisibleRange(const Interval &visible);

    // The date, in the reference zone, at the middle of the view; showDate()
    // centres a date's midday there. The date navigator shows and sets it.
    QDate centralDate() const;
    void showDate(const QDate &day);

    void setReferenceZone(const TimeZone &zone);
    const TimeZone &referenceZone() const;
    void setUse24HourClock(bool use24Hour);
    // Where dates go on the axis when there is room for one a week.
    void setFirstDayOfWeek(Qt::DayOfWeek day);

    // The "now" line; the system clock unless set (tests, screenshots).
    void setNow(Instant now);
    Instant now() const;

    void setRegionExpanded(const std::string &regionId, bool expanded);
    bool isRegionExpanded(const std::string &regionId) const;
    // Only these members get rows (the Team panel's filter: "just me");
    // a hidden member's work shows on its region's row, as when collapsed.
    void setMemberFilter(const MemberFilter &shown);
    const MemberFilter &memberFilter() const;

    // Paints the whole timeline into `painter` at `size` (benchmarks, images).
    void render(QPainter &painter, const QSize &size);
    // The height of the axis and of every row, expanded regions' members
    // included: the height of a picture of the whole plan.
    int fullHeight() const;
    // A picture of the visible range (View > Export Picture…, sunrelay
    // --export-view): every row from the first, `width` wide and
    // fullHeight() high, without what belongs to the session (selection,
    // focus, time cursor, a drag, the ringed handoff) and without the cached
    // row pixmaps, so SVG and PDF get vectors and text.
    void renderPicture(QPainter &painter, int width);

    // Where the row of member `memberId` (region `regionId`) is, in viewport
    // coordinates (tests).
    QRect memberRowRect(const std::string &memberId) const;
    QRect regionRowRect(const std::string &regionId) const;
    // x of `t` in viewport coordinates.
    double xOf(Instant t) const;

    // Brings `interval` into view (centred; zoomed out when it does not fit)
    // and, given a member, that member's row: its region expanded, the row
    // scrolled into view, made the keyboard's row and flashed for a moment.
    // The Conflicts dock's "show me where".
    void showInterval(const Interval &interval, const std::string &memberId = {});
    // The member whose row flashes now (tests).
    std::optional<std::string> flashingMember() const;

    // The selected task, whose bars are outlined and which the keyboard moves.
    std::optional<std::string> selectedTask() const;
    // Where the placed tasks are drawn now (tests, hit-testing).
    TaskLayout taskLayout() const;

    // The time cursor: a line across all rows at `t` with each row's local
    // time and who holds each task then. Shown while the pointer is over the
    // axis, or pinned with C (Shift+Left/Right move it).
    void setTimeCursor(std::optional<Instant> t);
    std::optional<Instant> timeCursor() const;
    int headerWidth() const;

    // For screen readers (timeline_items.h): every row, and the blocks,
    // handoffs, gaps and task bars in view; the keyboard is on the selected
    // task's first bar, or else on the focused row.
    int focusedPaintedItem() const override;

public slots:
    void setSelectedTask(const std::string &taskId);
    void zoomIn();
    void zoomOut();
    void goToToday();
    void panBy(double fraction);
    // Brings the next (previous) handoff into view and shows its details,
    // for the keyboard: ] and [.
    void nextHandoff();
    void previousHandoff();

signals:
    void visibleRangeChanged(const sunrelay::Interval &visible);
    void memberActivated(const std::string &memberId);
    // A working-hours or deep-work block was dragged: `member` as the drag
    // left them, `text` the name of the step ("Move Anna Schmidt's Tuesday
    // deep work", "Resize Anna Schmidt's working hours (Mon–Fri)").
    void memberEdited(const sunrelay::Member &member, const QString &text);
    // nextHandoff()/previousHandoff() showed this (one line), for the status
    // bar.
    void handoffShown(const QString &summary);
    void taskSelected(const std::string &taskId);
    // Intentions about tasks; the window makes them undo steps. A task
    // dropped (from the backlog, or moved) to start in `regionId` at `start`:
    void
    taskPlaced(const std::string &taskId, const std::string &regionId, sunrelay::Instant start);
    // Delete on a selected task:
    void taskUnplaceRequested(const std::string &taskId);
    // P on a selected task: the "Place at…" dialog.
    void placeTaskAtRequested(const std::string &taskId);

protected:
    // For screen readers (accessibility/painted_items.h).
    std::vector<PaintedItem> buildPaintedItems() const override;
    bool paintedItemsOutdated() const override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
