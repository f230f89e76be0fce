#include "gui/timeline/timeline_view.h"

#include "gui/document/plan_document.h"
#include "gui/style/high_contrast.h"
#include "gui/tasks/route_text.h"
#include "gui/tasks/task_mime.h"
#include "gui/tasks/task_text.h"
#include "gui/text/time_format.h"
#include "gui/timeline/axis_painter.h"
#include "gui/timeline/block_drag.h"
#include "gui/timeline/block_drag_text.h"
#include "gui/timeline/handoff_painter.h"
#include "gui/timeline/handoff_text.h"
#include "gui/timeline/member_row_painter.h"
#include "gui/timeline/overlay_painter.h"
#include "gui/timeline/paint_context.h"
#include "gui/timeline/region_row_painter.h"
#include "gui/timeline/row_header_painter.h"
#include "gui/timeline/task_painter.h"
#include "gui/timeline/task_tooltip.h"
#include "gui/timeline/time_cursor.h"
#include "gui/timeline/timeline_items.h"
#include "gui/timeline/timeline_rows.h"
#include "sunrelay/core/day_split.h"

#include "sunrelay/core/zone_transition.h"

#include "shared/logging.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <chrono>
#include <cmath>
#include <functional>
#include <set>
#include <tuple>
#include <unordered_map>

namespace sunrelay::gui
{

namespace
{

constexpr Seconds quarterHour{15 * 60};
constexpr Seconds oneMinute{60};

enum class DragKind {
    None,
    Pan,
    Block,
    TaskPressed,
    Task
};

// Calls `changed` with the modifiers as they are after each press or release
// of Alt on the watched widget (its focus widget): a block drag switches
// between one day and the whole range without waiting for the pointer to
// move. (A key event for a modifier key does not always include that key's
// own change in modifiers(), so it is added or taken here.)
class AltKeyWatcher : public QObject
{
public:
    AltKeyWatcher(QObject *parent, std::function<void(Qt::KeyboardModifiers)> changed)
        : QObject(parent)
        , m_changed(std::move(changed))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool press = event->type() == QEvent::KeyPress;
        if ((press || event->type() == QEvent::KeyRelease)
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Alt) {
            const Qt::KeyboardModifiers modifiers = static_cast<QKeyEvent *>(event)->modifiers();
            m_changed(press ? modifiers | Qt::AltModifier : modifiers & ~Qt::AltModifier);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(Qt::KeyboardModifiers)> m_changed;
};

Instant systemNow()
{
    return date::floor<Seconds>(std::chrono::system_clock::now());
}

} // namespace

struct TimelineView::Private {
    TimelineView *q;
    PlanDocument *document;
    TimelineGeometry geometry;
    TimeZone reference = TimeZone::utc();
    ClockStyle clock = ClockStyle::TwentyFourHour;
    date::weekday firstDayOfWeek = date::Monday;
    std::optional<Instant> fixedNow;
    std::set<std::string> collapsed;
    MemberFilter memberFilter;

    std::vector<TimelineRow> rows;
    TimelineMetrics metrics;
    // What core computed for the days around the visible range.
    std::optional<TimelineScene> scene;

    // Dragging.
    DragKind drag = DragKind::None;
    QPoint pressPos;
    TimelineGeometry pressGeometry;
    std::optional<BlockHit> grabbed;
    BlockGrip grip = BlockGrip::Body;
    std::optional<Member> preview; // the member as the drag would leave it
    Weekdays previewDays; // the days whose block the preview changes
    // Alt held (at the press, or at the last move or key): the block's day
    // alone changes, split off its weekly range.
    DragDays dragDays = DragDays::WholeRange;
    QPoint dragPos; // the pointer at the last press or move of a block drag
    std::optional<MemberSchedule> previewSchedule;
    int focusRow = 0;
    // The member row showInterval() flashes, until its flash ends.
    std::optional<std::string> flashing;
    int flashCount = 0; // which flash the timer ends

    // Tasks.
    std::optional<std::string> selectedTask;
    struct TaskDrop {
        std::string taskId;
        std::size_t region = 0;
        Instant start;
    };
    std::optional<TaskDrop> taskDrop; // where a dragged task would go now
    std::string draggedTask; // the task pressed or dragged in this view
    Seconds grabOffset{0}; // from its planned start to the pointer at the press
    std::optional<Instant> cursorAt; // the time cursor
    TaskLabels taskLabels;
    bool cursorPinned = false;
    // The team as the scene was built for: an edit of tasks alone keeps the
    // scene and the painted rows (tasks are drawn over them every frame).
    std::vector<Region> sceneRegions;
    std::vector<Member> sceneMembers;
    Policy scenePolicy;
    // Set while renderPicture() paints: the width of the picture, whose rows
    // start at the top whatever the scroll position.
    std::optional<int> pictureWidth;
    int scrollTop() const { return pictureWidth ? 0 : q->verticalScrollBar()->value(); }

    // After the font or the clock changed: measures, rows, painted rows.
    void relayout()
    {
        metrics = timelineMetrics(q->font(), clock);
        rowCache.clear();
        taskLabels.clear();
        geometry = TimelineGeometry(geometry.visible(),
                                    std::max(1, q->viewport()->width() - headerWidth()));
        layoutRows();
        itemsChanged();
        q->viewport()->update();
    }
    int axisHeight() const { return metrics.axisHeight(); }
    int headerWidth() const { return metrics.headerWidth; }
    Instant now() const { return fixedNow.value_or(systemNow()); }
    const Plan &plan() const { return document->plan(); }
    PaintContext context() const
    {
        return {plan(),
                *scene,
                geometry,
                metrics,
                q->palette(),
                reference,
                clock,
                now(),
                firstDayOfWeek,
                q->devicePixelRatioF()};
    }

    void layoutRows();
    void ensureScene()
    {
        const Interval visible = geometry.visible();
        if (scene && scene->window.contains(visible))
            return;
        scene = buildScene(plan(), visible);
        itemsChanged();
        sceneRegions = plan().regions;
        sceneMembers = plan().members;
        scenePolicy = plan().policy;
    }
    void planChanged()
    {
        // Labels of deleted tasks go once there are many more than tasks.
        if (taskLabels.size() > 2 * plan().tasks.size() + 64)
            taskLabels.clear();
        if (selectedTask && !taskIndex(*selectedTask))
            selectedTask.reset();
        itemsChanged(); // tasks, names and routes as the screen reader hears them
        const Plan &p = plan();
        if (scene && p.regions == sceneRegions && p.members == sceneMembers
            && p.policy == scenePolicy) {
            q->viewport()->update(); // tasks only
            return;
        }
        invalidate();
    }
    std::optional<std::size_t> taskIndex(const std::string &id) const
    {
        for (std::size_t i = 0; i < plan().tasks.size(); ++i)
            if (plan().tasks[i].id == id)
                return i;
        return std::nullopt;
    }
    // A task bar's place in a member row: over the hour labels' strip and the
    // working-hours bar's bottom edge, tall enough for its title. The bar's
    // middle, where its blocks are grabbed, stays clear, and work and deep
    // work show above the task.
    BarBand memberTaskBand() const
    {
        const double barBottom = metrics.memberRowHeight() - metrics.smallLineHeight - 2;
        return {barBottom - 2, metrics.memberRowHeight() - 3.0};
    }
    TaskLayout layoutNow(int width) const
    {
        const RowPlacement placement = placeRows(rows,
                                                 plan().regions.size(),
                                                 plan().members.size(),
                                                 axisHeight(),
                                                 scrollTop(),
                                                 width);
        return layoutTasks(plan(),
                           document->routes().routes,
                           placement,
                           geometry,
                           headerWidth(),
                           memberTaskBand());
    }
    std::optional<std::string> taskAt(const QPoint &pos) const
    {
        if (pos.x() < headerWidth() || pos.y() < axisHeight())
            return std::nullopt;
        const TaskLayout layout = layoutNow(q->viewport()->width());
        if (const TaskBar *bar = taskBarAt(layout, pos))
            return plan().tasks[bar->task].id;
        if (const TaskPin *pin = taskPinAt(layout, pos))
            return plan().tasks[pin->task].id;
        return std::nullopt;
    }
    // Where a task dragged to `pos` would start: the region of the row under
    // it, the instant under it less `offset`, snapped to 15 minutes (Shift:
    // one minute).
    std::optional<TaskDrop> dropAt(const std::string &taskId,
                                   const QPoint &pos,
                                   Qt::KeyboardModifiers modifiers,
                                   Seconds offset) const
    {
        const int index = rowAt(pos.y());
        if (index < 0 || pos.x() < headerWidth())
            return std::nullopt;
        const TimelineRow &row = rows[std::size_t(index)];
        std::optional<std::size_t> region = row.index;
        if (row.kind == RowKind::Member)
            region = plan().regionIndex(plan().members[row.index].region);
        if (!region)
            return std::nullopt;
        const Seconds step = modifiers & Qt::ShiftModifier ? oneMinute : quarterHour;
        const Instant start =
            TimelineGeometry::snap(geometry.instantAt(pos.x() - headerWidth()) - offset, step);
        return TaskDrop{taskId, *region, start};
    }
    void showDrop(std::optional<TaskDrop> drop)
    {
        taskDrop = std::move(drop);
        q->viewport()->update();
    }
    // Emits the intention to place the dragged task where it was dropped,
    // unless that is where it is already.
    void commitDrop()
    {
        const auto drop = std::exchange(taskDrop, std::nullopt);
        q->viewport()->update();
        if (!drop)
            return;
        const auto index = taskIndex(drop->taskId);
        if (!index)
            return;
        const Task &task = plan().tasks[*index];
        const std::string &regionId = plan().regions[drop->region].id;
        if (task.isPlaced() && *task.region == regionId && *task.start == drop->start)
            return;
        emit q->taskPlaced(drop->taskId, regionId, drop->start);
    }
    // What the keys without a selected task do (keyPressEvent()).
    void moveSideways(int direction, bool shift);
    void toggleTimeCursor();
    void moveRowFocus(int delta);
    void activateFocusedRow();
    // Screen readers follow the keyboard (accessibility/painted_items.h).
    void notifyFocus() { notifyPaintedItemFocus(q); }
    // What the view shows changed: the screen reader's items are built anew
    // on their next query (PaintedItems).
    void itemsChanged() { q->markPaintedItemsStale(); }
    // The minute of now() the items were built for: the member rows say
    // their members' local time.
    std::optional<Instant> itemsMinute;
    // Delete, P, Ctrl+arrows on the selected task (Alt+Left/Right are the
    // window's back and forward); false if `event` is none of those.
    bool handleTaskKey(QKeyEvent *event)
    {
        const auto index = taskIndex(*selectedTask);
        if (!index)
            return false;
        const Task &task = plan().tasks[*index];
        const bool editable = !document->isReadOnly() && task.isPlaced();
        const bool ctrl = event->modifiers() & Qt::ControlModifier;
        switch (event->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (!editable)
                return false;
            emit q->taskUnplaceRequested(task.id);
            return true;
        case Qt::Key_P:
            if (document->isReadOnly())
                return false;
            emit q->placeTaskAtRequested(task.id);
            return true;
        case Qt::Key_Left:
        case Qt::Key_Right: {
            if (!ctrl || !editable)
                return false;
            const Seconds step = event->modifiers() & Qt::ShiftModifier ? oneMinute : quarterHour;
            emit q->taskPlaced(task.id,
                               *task.region,
                               *task.start + (event->key() == Qt::Key_Left ? -step : step));
            return true;
        }
        case Qt::Key_Up:
        case Qt::Key_Down: {
            if (!ctrl || !editable)
                return false;
            const auto region = plan().regionIndex(*task.region);
            const int next = int(region.value_or(0)) + (event->key() == Qt::Key_Up ? -1 : 1);
            if (next >= 0 && next < int(plan().regions.size()) && std::size_t(next) != region)
                emit q->taskPlaced(task.id, plan().regions[std::size_t(next)].id, *task.start);
            return true;
        }
        default:
            return false;
        }
    }

    void invalidate()
    {
        scene.reset();
        rowCache.clear();
        layoutRows();
        itemsChanged();
        q->viewport()->update();
    }
    void setGeometry(const TimelineGeometry &next)
    {
        if (next == geometry)
            return;
        geometry = next;
        itemsChanged();
        q->viewport()->update();
        emit q->visibleRangeChanged(geometry.visible());
    }
    double timeX(Instant t) const { return headerWidth() + geometry.x(t); }
    int rowAt(int y) const
    {
        return y < axisHeight() ? -1 : rowIndexAt(rows, y - axisHeight() + scrollTop());
    }
    QRect rowRect(const TimelineRow &row) const
    {
        return QRect(0,
                     axisHeight() + row.top - scrollTop(),
                     pictureWidth.value_or(q->viewport()->width()),
                     row.height);
    }
    const MemberSchedule &scheduleOf(std::size_t member) const
    {
        if (preview && previewSchedule && plan().members[member].id == preview->id)
            return *previewSchedule;
        return scene->report.members[member];
    }
    std::optional<BlockHit> blockAt(const QPoint &pos) const
    {
        const int index = rowAt(pos.y());
        if (index < 0 || rows[std::size_t(index)].kind != RowKind::Member
            || pos.x() < headerWidth())
            return std::nullopt;
        return gui::blockAt(plan(),
                            rows[std::size_t(index)].index,
                            geometry,
                            pos.x() - headerWidth());
    }
    // Escape while dragging: the block, or the view, goes back where it was.
    void cancelDrag()
    {
        if (drag == DragKind::Pan)
            setGeometry(pressGeometry);
        drag = DragKind::None;
        grabbed.reset();
        taskDrop.reset();
        preview.reset();
        previewSchedule.reset();
        q->viewport()->unsetCursor();
        QToolTip::hideText();
        q->viewport()->update();
    }
    void updatePreview(const QPoint &pos, Qt::KeyboardModifiers modifiers);
    bool blockMenu(const QPoint &pos, const QPoint &globalPos);
    QString tooltipAt(const QPoint &pos) const;
    QString regionTooltipAt(std::size_t regionIndex, Instant t) const;
    QString taskTooltipAt(const QPoint &pos) const;
    // ] and [: the next or previous handoff after the last one shown, which
    // is ringed on the timeline.
    using HandoffKey = std::tuple<Instant, std::size_t, std::size_t>; // at, from, to
    static HandoffKey keyOf(const Handoff &handoff)
    {
        return {handoff.at, handoff.from, handoff.to};
    }
    std::optional<HandoffKey> handoffCursor;
    void stepHandoff(int direction);

    // Rows as painted for one time range, width and pixel ratio, so that a
    // repaint which only moves the now line, the focus or the rows (vertical
    // scrolling, a drag changing one member) blits them. A frame whose range
    // differs from the last one (panning, zooming) paints its rows directly:
    // caching a range seen once would only add the blit.
    struct RowCacheKey {
        Interval visible;
        int width = 0;
        qreal ratio = 1;
        bool operator==(const RowCacheKey &) const = default;
    };
    std::optional<RowCacheKey> lastFrame;
    RowCacheKey rowCacheKey;
    std::unordered_map<std::size_t, QPixmap> rowCache; // by rowCacheSlot()
    static std::size_t rowCacheSlot(const TimelineRow &row)
    {
        return row.index * 2 + (row.kind == RowKind::Member ? 1 : 0);
    }
    const QPixmap &cachedRow(const TimelineRow &row, const QRect &rect, qreal ratio);
    bool isPreviewed(const TimelineRow &row) const
    {
        return preview && row.kind == RowKind::Member
            && plan().members[row.index].id == preview->id;
    }

    void paint(QPainter &p, const QRect &area);
    // The layers paint() puts down, from the bottom.
    std::vector<int> paintRows(QPainter &p, const PaintContext &c, const QRect &area);
    void paintFlash(QPainter &p);
    void paintFocusFrame(QPainter &p);
    void paintPointerMarks(QPainter &p, const PaintContext &c, const QRect &area);
    void paintRow(QPainter &p, const TimelineRow &row, const QRect &rect);
};

void TimelineView::Private::layoutRows()
{
    rows = gui::layoutRows(plan(),
                           collapsed,
                           memberFilter,
                           metrics.regionRowHeight(),
                           metrics.memberRowHeight());
    focusRow = std::clamp(focusRow, 0, std::max(0, int(rows.size()) - 1));
    const int page = std::max(0, q->viewport()->height() - axisHeight());
    q->verticalScrollBar()->setRange(0, std::max(0, contentHeight(rows) - page));
    q->verticalScrollBar()->setPageStep(page);
    q->verticalScrollBar()->setSingleStep(metrics.memberRowHeight());
    itemsChanged();
}

void TimelineView::Private::updatePreview(const QPoint &pos, Qt::KeyboardModifiers modifiers)
{
    if (!grabbed)
        return;
    dragPos = pos;
    dragDays = modifiers & Qt::AltModifier ? DragDays::ThisDayOnly : DragDays::WholeRange;
    const Seconds step = modifiers & Qt::ShiftModifier ? oneMinute : quarterHour;
    const Member &original = plan().members[grabbed->member];
    const Instant pointer =
        TimelineGeometry::snap(geometry.instantAt(pos.x() - headerWidth()), step);
    const Seconds travel{std::llround((pos.x() - pressPos.x()) * geometry.scale())};
    const BlockEdit edit = draggedBlock(original, *grabbed, grip, pointer, travel, step, dragDays);
    const Member &edited = edit.member;
    if (edited == original) {
        preview.reset();
        previewSchedule.reset();
    } else {
        // Expand only this member for the live picture.
        Plan single;
        single.regions = plan().regions;
        single.members = {edited};
        const TeamSchedule schedule = computeSchedule(single, scene->window);
        preview = edited;
        previewDays = edit.days;
        previewSchedule = schedule.members.front();
    }
    // Which days change, and how to change one day or all of them.
    QToolTip::showText(q->viewport()->mapToGlobal(pos),
                       blockDragTooltip(original,
                                        *grabbed,
                                        edit,
                                        dragDays,
                                        reference,
                                        clock,
                                        Qt::DayOfWeek(firstDayOfWeek.iso_encoding())),
                       q->viewport());
    q->viewport()->update();
}

// The context menu of the block at `pos`, if there is one: "Separate Tuesday
// from Mon–Fri" gives the block's local weekday a range of its own (the same
// times, so nothing moves yet; a later drag of it changes that day alone),
// and "Edit Anna Schmidt…" opens the member. False when no block is there.
bool TimelineView::Private::blockMenu(const QPoint &pos, const QPoint &globalPos)
{
    const auto hit = blockAt(pos);
    if (!hit)
        return false;
    const Member &member = plan().members[hit->member];
    const QString name = QString::fromStdString(member.name);
    const std::string id = member.id;
    const date::weekday day = weekdayOf(*hit);
    const Qt::DayOfWeek firstDay = Qt::DayOfWeek(firstDayOfWeek.iso_encoding());
    const QString dayName = QLocale().dayName(int(day.iso_encoding()), QLocale::LongFormat);
    QMenu menu(q);
    const Weekdays days = patternOf(member, hit->layer).ranges[hit->rangeIndex].days;
    if (!document->isReadOnly() && days != Weekdays{day}) {
        const bool deep = hit->layer == BlockLayer::DeepWork;
        //: Timeline context menu on a block of hours shared by several days; %1 is the weekday
        //: clicked, %2 the other days
        QAction *separate = menu.addAction(
            TimelineView::tr("Separate %1 from %2").arg(dayName, changedDaysText(days, firstDay)));
        //: Tooltip of "Separate %1 from %2" on a deep-work block; %1 is the weekday clicked
        const QString ownDeepWork = TimelineView::tr(
            "Give %1 its own deep work so that dragging "
            "it changes that day only (or drag with "
            "Alt held)");
        //: Tooltip of "Separate %1 from %2" on a working-hours block; %1 is the weekday clicked
        const QString ownHours = TimelineView::tr(
            "Give %1 its own working hours so that dragging "
            "it changes that day only (or drag with Alt "
            "held)");
        separate->setToolTip((deep ? ownDeepWork : ownHours).arg(dayName));
        const BlockHit grabbedHit = *hit;
        QObject::connect(separate, &QAction::triggered, q, [this, grabbedHit, name, dayName, deep] {
            // The plan may have changed while the menu was open.
            if (grabbedHit.member >= plan().members.size())
                return;
            Member edited = plan().members[grabbedHit.member];
            const auto split = splitOffDay(patternOf(edited, grabbedHit.layer),
                                           grabbedHit.rangeIndex,
                                           weekdayOf(grabbedHit));
            if (!split)
                return;
            patternOf(edited, grabbedHit.layer) = split->pattern;
            emit q->memberEdited(
                edited,
                deep ? TimelineView::tr("Separate %1's %2 deep work").arg(name, dayName)
                     : TimelineView::tr("Separate %1's %2 working hours").arg(name, dayName));
        });
    }
    //: Timeline context menu: opens the member dialog; %1 is the member's name
    QAction *edit = menu.addAction(TimelineView::tr("Edit %1…").arg(name));
    QObject::connect(edit, &QAction::triggered, q, [this, id] {
        emit q->memberActivated(id);
    });
    menu.exec(globalPos);
    return true;
}

// ---- Painting --------------------------------------------------------------

void TimelineView::Private::paint(QPainter &p, const QRect &area)
{
    ensureScene();
    const PaintContext c = context();
    const QPalette &palette = q->palette();
    p.fillRect(area, palette.color(QPalette::Base));
    p.setRenderHint(QPainter::Antialiasing, false);

    const int axis = axisHeight();
    const bool picture = pictureWidth.has_value();
    p.save();
    p.setClipRect(QRect(0, axis, area.width(), area.height() - axis));
    const std::vector<int> regionCentre = paintRows(p, c, area);
    if (!picture && flashing)
        paintFlash(p);
    if (!picture && q->hasFocus())
        paintFocusFrame(p);
    p.setClipRect(QRect(headerWidth(), axis, area.width() - headerWidth(), area.height() - axis));
    const Handoff *ringed = nullptr;
    for (const Handoff &handoff : scene->report.handoffs)
        if (!picture && handoffCursor && keyOf(handoff) == *handoffCursor)
            ringed = &handoff;
    paintHandoffs(p, c, regionCentre, area, ringed);
    paintTasks(p,
               c,
               document->routes(),
               layoutNow(area.width()),
               picture ? std::nullopt : selectedTask,
               taskLabels);
    // The now line across all rows.
    const double nowX = timeX(now());
    if (nowX >= headerWidth() && nowX <= area.width())
        paintNowLine(p, nowX, axis, area.bottom(), palette);
    if (!picture)
        paintPointerMarks(p, c, area);
    p.restore();
    paintAxis(p, c, QRect(0, 0, area.width(), axis));
    if (!picture && cursorAt)
        paintTimeCursorOnAxis(p, c, *cursorAt, axis);

    // The header column's edge.
    p.fillRect(QRect(headerWidth() - 1, 0, 1, area.height()), palette.color(QPalette::Mid));
}

// The rows in view with their headers: a row that has not changed since the
// last frame comes from the row cache. The centre of each region's row, for
// the handoffs between them.
std::vector<int>
TimelineView::Private::paintRows(QPainter &p, const PaintContext &c, const QRect &area)
{
    const int axis = axisHeight();
    const RowCacheKey frame{geometry.visible(), area.width(), p.device()->devicePixelRatioF()};
    const bool picture = pictureWidth.has_value();
    const bool reuseRows = !picture && lastFrame == frame;
    if (!picture)
        lastFrame = frame;
    if (!picture && !(rowCacheKey == frame)) {
        rowCache.clear();
        rowCacheKey = frame;
    }
    std::vector<std::size_t> inView;
    std::vector<int> regionCentre(plan().regions.size(), -1);
    const bool focused = !picture && q->hasFocus();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TimelineRow &row = rows[i];
        const QRect rect = rowRect(row);
        if (row.kind == RowKind::Region)
            regionCentre[row.index] = rect.center().y();
        if (rect.bottom() < axis || rect.top() > area.bottom())
            continue; // only the rows in view
        inView.push_back(rowCacheSlot(row));
        if (reuseRows && !isPreviewed(row))
            p.drawPixmap(QPoint(headerWidth(), rect.top()), cachedRow(row, rect, frame.ratio));
        else
            paintRow(p, row, rect);
        const bool expanded =
            row.kind == RowKind::Region && !collapsed.count(plan().regions[row.index].id);
        paintRowHeader(p, c, row, rect, expanded, focused && int(i) == focusRow);
    }
    // Keep a few screens of rows for scrolling back, not the whole plan.
    if (!picture && rowCache.size() > 4 * inView.size() + 16)
        std::erase_if(rowCache, [&](const auto &entry) {
            return std::find(inView.begin(), inView.end(), entry.first) == inView.end();
        });
    return regionCentre;
}

// The keyboard's row, framed in the highlight colour (thicker in a
// high-contrast palette) across the header and the time area, so the focus
// shows wherever the eye is.
void TimelineView::Private::paintFocusFrame(QPainter &p)
{
    if (focusRow < 0 || std::size_t(focusRow) >= rows.size())
        return;
    const QPalette &palette = q->palette();
    const qreal width = focusFrameWidth(palette);
    const QRectF rect = QRectF(rowRect(rows[std::size_t(focusRow)]))
                            .adjusted(width / 2, width / 2, -width / 2, -width / 2);
    p.save();
    p.setPen(QPen(palette.color(QPalette::Highlight), width));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect);
    p.restore();
}

// The member row showInterval() points at, for a moment washed in the
// highlight colour.
void TimelineView::Private::paintFlash(QPainter &p)
{
    const QPalette &palette = q->palette();
    for (const TimelineRow &row : rows)
        if (row.kind == RowKind::Member && plan().members[row.index].id == *flashing) {
            QColor wash = palette.color(QPalette::Highlight);
            wash.setAlpha(60);
            const QRect rect = rowRect(row);
            p.fillRect(rect, wash);
            p.setPen(QPen(palette.color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(rect.adjusted(1, 1, -1, -1));
        }
}

// What follows the pointer on screen: a task being dropped and the time
// cursor.
void TimelineView::Private::paintPointerMarks(QPainter &p, const PaintContext &c, const QRect &area)
{
    const int axis = axisHeight();
    std::vector<std::pair<TimelineRow, QRect>> shownRows;
    if (taskDrop || cursorAt)
        for (const TimelineRow &row : rows)
            if (const QRect rect = rowRect(row);
                rect.bottom() >= axis && rect.top() <= area.bottom())
                shownRows.emplace_back(row, rect);
    if (taskDrop)
        if (const auto index = taskIndex(taskDrop->taskId))
            paintDropPreview(p,
                             c,
                             {plan().tasks[*index], taskDrop->region, taskDrop->start},
                             shownRows,
                             area);
    if (cursorAt)
        paintTimeCursor(p, c, document->routes().routes, *cursorAt, shownRows, area);
}

void TimelineView::Private::paintRow(QPainter &p, const TimelineRow &row, const QRect &rect)
{
    const PaintContext c = context();
    if (row.kind == RowKind::Region)
        paintRegionRow(p, c, row.index, rect);
    else
        paintMemberRow(p, c, row.index, scheduleOf(row.index), rect);
}

const QPixmap &
TimelineView::Private::cachedRow(const TimelineRow &row, const QRect &rect, qreal ratio)
{
    QPixmap &pixmap = rowCache[rowCacheSlot(row)];
    if (!pixmap.isNull())
        return pixmap;
    // The part right of the header; the row paints as it would in place.
    pixmap = QPixmap(QSize(rect.width() - headerWidth(), rect.height()) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(q->palette().color(QPalette::Base));
    QPainter painter(&pixmap);
    painter.setFont(q->font());
    painter.translate(-headerWidth(), -rect.top());
    paintRow(painter, row, rect);
    return pixmap;
}

void TimelineView::Private::stepHandoff(int direction)
{
    ensureScene();
    const Interval visible = geometry.visible();
    // From the handoff shown last while it is in view, else from now when
    // now is in view (the status bar's "next handoff"), else the middle.
    const Instant start = visible.contains(now()) ? now() : visible.start + visible.length() / 2;
    const HandoffKey from = handoffCursor && visible.contains(std::get<0>(*handoffCursor))
        ? *handoffCursor
        : HandoffKey{start - Seconds{direction > 0 ? 1 : 0}, 0, 0};
    // Ordered by instant, then regions: handoffs at the same instant are
    // each reached in turn.
    const auto pick = [&](const std::vector<Handoff> &handoffs) -> std::optional<HandoffKey> {
        std::optional<HandoffKey> best;
        for (const Handoff &handoff : handoffs) {
            const HandoffKey key = keyOf(handoff);
            const bool beyond = direction > 0 ? key > from : key < from;
            if (beyond && (!best || (direction > 0 ? key < *best : key > *best)))
                best = key;
        }
        return best;
    };
    std::optional<HandoffKey> target = pick(scene->report.handoffs);
    if (!target) {
        // Beyond the days in view: look a fortnight further.
        const auto day = date::floor<date::days>(std::get<0>(from));
        const Interval window = direction > 0 ? dayWindow(day, day + date::days{14})
                                              : dayWindow(day - date::days{14}, day);
        target = pick(reportSchedule(plan(), window).handoffs);
    }
    if (!target) {
        const QString none = direction > 0 ? TimelineView::tr("No handoff in the next two weeks")
                                           : TimelineView::tr("No handoff in the last two weeks");
        QToolTip::showText(q->viewport()->mapToGlobal(q->viewport()->rect().center()),
                           none,
                           q->viewport());
        emit q->handoffShown(none);
        return;
    }
    handoffCursor = target;
    const Instant at = std::get<0>(*target);
    const Seconds margin = visible.length() / 10;
    if (!Interval{visible.start + margin, visible.end - margin}.contains(at))
        setGeometry(geometry.centeredOn(at));
    ensureScene();
    const auto shown = std::find_if(scene->report.handoffs.begin(),
                                    scene->report.handoffs.end(),
                                    [&](const Handoff &h) {
                                        return keyOf(h) == *target;
                                    });
    if (shown == scene->report.handoffs.end())
        return;
    const QString text = handoffText(plan(), scene->report, *shown, reference, clock);
    // The sending region's row into view, and the details at the arrow.
    for (const TimelineRow &row : rows) {
        if (row.kind != RowKind::Region || row.index != shown->from)
            continue;
        const QRect rect = rowRect(row);
        if (rect.top() < axisHeight() || rect.bottom() > q->viewport()->height())
            q->verticalScrollBar()->setValue(row.top);
        const QPoint arrow(int(std::lround(timeX(shown->at))), rowRect(row).center().y());
        QToolTip::showText(q->viewport()->mapToGlobal(arrow), text, q->viewport());
        break;
    }
    emit q->handoffShown(QString(text).replace(u'\n', QStringLiteral(" · ")));
    q->viewport()->update();
}

QString TimelineView::Private::taskTooltipAt(const QPoint &pos) const
{
    return taskTooltip(plan(),
                       document->routes(),
                       document->routeHandoffs(),
                       layoutNow(q->viewport()->width()),
                       pos,
                       reference,
                       clock);
}

// A region row at `t`: the gap or the coverage there.
QString TimelineView::Private::regionTooltipAt(std::size_t regionIndex, Instant t) const
{
    const Region &region = plan().regions[regionIndex];
    if (const auto gap = scene->report.gaps.intervalAt(t))
        return TimelineView::tr("Gap: nobody covers for %1\n%2 – %3")
            .arg(durationText(gap->length()),
                 dateTimeText(gap->start, reference, clock),
                 dateTimeText(gap->end, reference, clock));
    if (const auto covered = scene->report.coverage[regionIndex].intervalAt(t))
        //: Timeline tooltip on a region's row: %1 the region, %2 and %3 the start and end of the
        //: stretch someone there works: "EMEA covers Mon 07:00 – Mon 17:00"
        return TimelineView::tr("%1 covers %2 – %3")
            .arg(QString::fromStdString(region.name),
                 dateTimeText(covered->start, reference, clock),
                 dateTimeText(covered->end, reference, clock));
    return {};
}

QString TimelineView::Private::tooltipAt(const QPoint &pos) const
{
    if (!scene || pos.x() < headerWidth())
        return {};
    const int index = rowAt(pos.y());
    if (index < 0)
        return {};
    const TimelineRow &row = rows[std::size_t(index)];
    const Instant t = geometry.instantAt(pos.x() - headerWidth());
    // Tasks first, then handoff arrows: both lie over the rows.
    if (QString task = taskTooltipAt(pos); !task.isEmpty())
        return task;
    for (const Handoff &handoff : scene->report.handoffs) {
        const bool fromRow = row.kind == RowKind::Region && row.index == handoff.from
            && std::abs(pos.x() - timeX(handoff.at)) <= 6;
        const bool toRow = row.kind == RowKind::Region && row.index == handoff.to
            && std::abs(pos.x() - timeX(handoff.pickup)) <= 6;
        if (fromRow || toRow) {
            const QString passed = tasksPassedText(plan(), document->routes().routes, handoff);
            const QString text = handoffText(plan(), scene->report, handoff, reference, clock);
            return passed.isEmpty() ? text : text + u'\n' + passed;
        }
    }
    if (row.kind == RowKind::Region)
        return regionTooltipAt(row.index, t);
    const Member &member = plan().members[row.index];
    const MemberSchedule &schedule = scheduleOf(row.index);
    const QString who = QString::fromStdString(member.name);
    for (const ZoneTransition &change : zoneTransitions(member.zone, geometry.visible())) {
        if (std::abs(pos.x() - timeX(change.at)) > 6
            || std::abs(pos.y() - rowRect(row).center().y()) > 8)
            continue;
        const Seconds moved = change.change();
        return (moved > Seconds{0} ? TimelineView::tr("Clocks go forward %1 on %2: %3 → %4 %5")
                                   : TimelineView::tr("Clocks go back %1 on %2: %3 → %4 %5"))
            .arg(durationText(moved > Seconds{0} ? moved : -moved),
                 dayText(change.at, member.zone),
                 localClockText(change.localBefore(), clock),
                 localClockText(change.localAfter(), clock),
                 QString::fromStdString(member.zone.name()));
    }
    if (const auto block = schedule.deepWork.intervalAt(t))
        return memberBlockText(plan(), row.index, MemberBlock::DeepWork, *block, reference, clock);
    if (const auto window = schedule.comms.intervalAt(t))
        return memberBlockText(plan(), row.index, MemberBlock::Comms, *window, reference, clock);
    if (const auto work = schedule.work.intervalAt(t))
        return memberBlockText(plan(), row.index, MemberBlock::Work, *work, reference, clock);
    const LocalDate day = date::floor<date::days>(toLocal(member.zone, t));
    //: Timeline tooltip; %1 is a member's name
    for (const DateRange &off : member.timeOff)
        if (off.contains(day))
            return TimelineView::tr("%1: time off").arg(who);
    //: A member, their local time and zone id: "Ana, 09:00 (America/Sao_Paulo)"
    return TimelineView::tr("%1, %2 (%3)")
        .arg(who, clockText(t, member.zone, clock), QString::fromStdString(member.zone.name()));
}

// ---- TimelineView -------------------------------------------------------------

TimelineView::TimelineView(PlanDocument *document, QWidget *parent)
    : QAbstractScrollArea(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;
    installPaintedItemsAccessibility();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    //: Accessible name of the timeline (every region's and member's hours across time zones)
    setAccessibleName(tr("World timeline"));
    setAccessibleDescription(tr(
        "Regions and members over time, with the placed tasks. Arrow "
        "keys pan, plus and minus zoom, Up and Down choose a row, Enter "
        "opens it, ] and [ show the next and previous handoff, C pins "
        "the time cursor (Shift+Left and Right move it). On a selected "
        "task: Ctrl+Left and Right move it 15 minutes (with Shift one "
        "minute), Ctrl+Up and Down to another region, P places it at a time, Delete unplaces it. "
        "Escape cancels a drag."));
    viewport()->setAcceptDrops(true);
    viewport()->grabGesture(Qt::PinchGesture);
    const Instant today = date::floor<date::days>(d->now());
    d->geometry = TimelineGeometry({today, today + date::days{3}}, 800);
    connect(document, &PlanDocument::planChanged, this, [this] {
        d->planChanged();
    });
    installEventFilter(new AltKeyWatcher(this, [this](Qt::KeyboardModifiers modifiers) {
        if (d->drag == DragKind::Block)
            d->updatePreview(d->dragPos, modifiers);
    }));
    d->metrics = timelineMetrics(font(), d->clock);
    d->layoutRows();
}

TimelineView::~TimelineView() = default;

const TimelineGeometry &TimelineView::timeGeometry() const
{
    return d->geometry;
}

void TimelineView::setVisibleRange(const Interval &visible)
{
    d->setGeometry(TimelineGeometry(visible, std::max(1, viewport()->width() - headerWidth())));
}

QDate TimelineView::centralDate() const
{
    const Interval visible = d->geometry.visible();
    const date::year_month_day day{
        date::floor<date::days>(toLocal(d->reference, visible.start + visible.length() / 2))};
    return QDate(int(day.year()), int(unsigned(day.month())), int(unsigned(day.day())));
}

void TimelineView::showDate(const QDate &day)
{
    if (!day.isValid() || day == centralDate())
        return;
    const LocalDate local{date::year{day.year()} / unsigned(day.month()) / unsigned(day.day())};
    const Instant midday =
        resolveLocalTime(d->reference, LocalTime{local} + std::chrono::hours{12}).instant;
    d->setGeometry(d->geometry.centeredOn(midday));
}

void TimelineView::setReferenceZone(const TimeZone &zone)
{
    d->reference = zone;
    d->itemsChanged();
    viewport()->update();
}

const TimeZone &TimelineView::referenceZone() const
{
    return d->reference;
}

void TimelineView::setUse24HourClock(bool use24Hour)
{
    const ClockStyle clock = use24Hour ? ClockStyle::TwentyFourHour : ClockStyle::TwelveHour;
    if (clock == d->clock)
        return;
    d->clock = clock;
    d->relayout(); // hour labels and the header's room for local times
}

void TimelineView::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    d->firstDayOfWeek = date::weekday{unsigned(day) % 7};
    viewport()->update();
}

void TimelineView::setNow(Instant now)
{
    d->fixedNow = now;
    d->itemsChanged();
    viewport()->update();
}

Instant TimelineView::now() const
{
    return d->now();
}

void TimelineView::setRegionExpanded(const std::string &regionId, bool expanded)
{
    if (expanded)
        d->collapsed.erase(regionId);
    else
        d->collapsed.insert(regionId);
    d->layoutRows();
    viewport()->update();
}

void TimelineView::setMemberFilter(const MemberFilter &shown)
{
    if (shown == d->memberFilter)
        return;
    d->memberFilter = shown;
    d->layoutRows();
    viewport()->update();
}

const MemberFilter &TimelineView::memberFilter() const
{
    return d->memberFilter;
}

bool TimelineView::isRegionExpanded(const std::string &regionId) const
{
    return !d->collapsed.count(regionId);
}

int TimelineView::headerWidth() const
{
    return d->headerWidth();
}

QRect TimelineView::memberRowRect(const std::string &memberId) const
{
    for (const TimelineRow &row : d->rows)
        if (row.kind == RowKind::Member && d->plan().members[row.index].id == memberId)
            return d->rowRect(row);
    return {};
}

QRect TimelineView::regionRowRect(const std::string &regionId) const
{
    for (const TimelineRow &row : d->rows)
        if (row.kind == RowKind::Region && d->plan().regions[row.index].id == regionId)
            return d->rowRect(row);
    return {};
}

double TimelineView::xOf(Instant t) const
{
    return d->timeX(t);
}

void TimelineView::showInterval(const Interval &interval, const std::string &memberId)
{
    const Interval visible = d->geometry.visible();
    const Seconds span = visible.length();
    const Seconds margin = span / 10;
    if (interval.length() > span - 2 * margin) {
        // Too long for the view: zoom out to it with a little room around.
        const Seconds room = interval.length() / 8;
        setVisibleRange({interval.start - room, interval.end + room});
    } else if (!Interval{visible.start + margin, visible.end - margin}.contains(interval)) {
        d->setGeometry(d->geometry.centeredOn(interval.start + interval.length() / 2));
    }
    const auto member = d->plan().memberIndex(memberId);
    if (memberId.empty() || !member)
        return;
    setRegionExpanded(d->plan().members[*member].region, true);
    for (std::size_t i = 0; i < d->rows.size(); ++i) {
        const TimelineRow &row = d->rows[i];
        if (row.kind != RowKind::Member || row.index != *member)
            continue;
        d->focusRow = int(i);
        const QRect rect = d->rowRect(row);
        const int page = viewport()->height() - d->axisHeight();
        if (rect.top() < d->axisHeight() || rect.bottom() > viewport()->height())
            verticalScrollBar()->setValue(row.top - std::max(0, (page - row.height) / 2));
        break;
    }
    d->flashing = memberId;
    const int flash = ++d->flashCount;
    QTimer::singleShot(1500, this, [this, flash] {
        if (flash != d->flashCount)
            return; // a later flash goes on
        d->flashing.reset();
        viewport()->update();
    });
    viewport()->update();
}

std::optional<std::string> TimelineView::flashingMember() const
{
    return d->flashing;
}

std::optional<std::string> TimelineView::selectedTask() const
{
    return d->selectedTask;
}

void TimelineView::setSelectedTask(const std::string &taskId)
{
    std::optional<std::string> selected;
    if (!taskId.empty() && d->taskIndex(taskId))
        selected = taskId;
    if (selected == d->selectedTask)
        return;
    d->selectedTask = selected;
    // Bring a placed task's start into view when it is off screen.
    if (selected) {
        const Task &task = d->plan().tasks[*d->taskIndex(*selected)];
        if (task.isPlaced() && !d->geometry.visible().contains(*task.start))
            d->setGeometry(d->geometry.centeredOn(*task.start));
    }
    viewport()->update();
    d->notifyFocus();
}

std::vector<PaintedItem> TimelineView::buildPaintedItems() const
{
    d->ensureScene();
    d->itemsMinute = date::floor<std::chrono::minutes>(d->now());
    const QPoint offset = viewport()->pos();
    TaskLayout tasks = d->layoutNow(viewport()->width());
    for (TaskBar &bar : tasks.bars)
        bar.rect.translate(offset);
    return timelineItems({d->plan(),
                          d->scene->report,
                          d->document->routes(),
                          d->document->routeHandoffs(),
                          d->rows,
                          [this, offset](const TimelineRow &row) {
                              return d->rowRect(row).translated(offset);
                          },
                          [this](std::size_t region) {
                              return isRegionExpanded(d->plan().regions[region].id);
                          },
                          [this, offset](Instant t) {
                              return d->timeX(t) + offset.x();
                          },
                          d->geometry.visible(),
                          std::move(tasks),
                          offset.x() + headerWidth(),
                          offset.x() + viewport()->width(),
                          d->reference,
                          d->clock,
                          d->now()});
}

bool TimelineView::paintedItemsOutdated() const
{
    return d->itemsMinute != date::floor<std::chrono::minutes>(d->now());
}

int TimelineView::focusedPaintedItem() const
{
    const std::vector<PaintedItem> &items = paintedItems();
    if (d->selectedTask) {
        // Its first bar ("task:ID:SEGMENT"), as the items list them in the
        // layout's order.
        const QString prefix =
            QStringLiteral("task:%1:").arg(QString::fromStdString(*d->selectedTask));
        for (std::size_t i = 0; i < items.size(); ++i) {
            bool segment = false;
            if (items[i].key.startsWith(prefix))
                items[i].key.mid(prefix.size()).toInt(&segment);
            if (segment)
                return int(i);
        }
    }
    if (d->focusRow >= 0 && std::size_t(d->focusRow) < d->rows.size())
        return indexOfPaintedItem(rowItemKey(d->plan(), d->rows[std::size_t(d->focusRow)]));
    return -1;
}

TaskLayout TimelineView::taskLayout() const
{
    d->ensureScene();
    return d->layoutNow(viewport()->width());
}

void TimelineView::setTimeCursor(std::optional<Instant> t)
{
    d->cursorAt = t;
    if (!t)
        d->cursorPinned = false;
    viewport()->update();
}

std::optional<Instant> TimelineView::timeCursor() const
{
    return d->cursorAt;
}

void TimelineView::render(QPainter &painter, const QSize &size)
{
    const TimelineGeometry saved = d->geometry;
    d->geometry = TimelineGeometry(saved.visible(), size.width() - headerWidth());
    d->paint(painter, QRect(QPoint(0, 0), size));
    d->geometry = saved;
}

int TimelineView::fullHeight() const
{
    return d->axisHeight() + contentHeight(d->rows);
}

void TimelineView::renderPicture(QPainter &painter, int width)
{
    const TimelineGeometry saved = d->geometry;
    d->geometry = TimelineGeometry(saved.visible(), std::max(1, width - headerWidth()));
    d->pictureWidth = width;
    d->paint(painter, QRect(0, 0, width, fullHeight()));
    d->pictureWidth.reset();
    d->geometry = saved;
}

void TimelineView::zoomIn()
{
    const Interval v = d->geometry.visible();
    d->setGeometry(d->geometry.zoomed(1.5, v.start + v.length() / 2));
}

void TimelineView::zoomOut()
{
    const Interval v = d->geometry.visible();
    d->setGeometry(d->geometry.zoomed(1 / 1.5, v.start + v.length() / 2));
}

void TimelineView::goToToday()
{
    d->setGeometry(d->geometry.centeredOn(d->now()));
}

void TimelineView::nextHandoff()
{
    d->stepHandoff(+1);
}

void TimelineView::previousHandoff()
{
    d->stepHandoff(-1);
}

void TimelineView::panBy(double fraction)
{
    d->setGeometry(d->geometry.panned(d->geometry.width() * fraction));
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    if (!lcTimeline().isDebugEnabled()) {
        d->paint(painter, viewport()->rect());
        return;
    }
    QElapsedTimer timer;
    timer.start();
    d->paint(painter, viewport()->rect());
    qCDebug(lcTimeline) << "frame" << viewport()->size() << "in" << timer.nsecsElapsed() / 1000
                        << "µs";
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // The range stays, as a week view stays a week: the first layout of the
    // window shows the week it was asked to, and the zoom slider holds.
    d->setGeometry(
        TimelineGeometry(d->geometry.visible(), std::max(1, viewport()->width() - headerWidth())));
    d->layoutRows();
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LocaleChange:
        d->relayout(); // fonts, labels and row heights follow
        break;
    case QEvent::LanguageChange:
        d->itemsChanged(); // the screen reader's texts
        break;
    default:
        break;
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update(); // the focused row's header
    d->notifyFocus();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TimelineView::scrollContentsBy(int, int)
{
    d->itemsChanged();
    viewport()->update();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    d->pressPos = pos;
    d->pressGeometry = d->geometry;
    const int index = d->rowAt(pos.y());
    if (index >= 0)
        d->focusRow = index;
    if (event->button() != Qt::LeftButton)
        return;
    if (index >= 0 && pos.x() < headerWidth()) {
        const TimelineRow &row = d->rows[std::size_t(index)];
        if (row.kind == RowKind::Region) {
            const std::string &id = d->plan().regions[row.index].id;
            setRegionExpanded(id, !isRegionExpanded(id));
        }
        viewport()->update();
        return;
    }
    // Tasks lie over the rows: a press on one selects it and may start
    // moving it.
    if (const auto task = d->taskAt(pos)) {
        setSelectedTask(*task);
        emit taskSelected(*task);
        if (!d->document->isReadOnly()) {
            const Task &pressed = d->plan().tasks[*d->taskIndex(*task)];
            d->draggedTask = *task;
            d->grabOffset = d->geometry.instantAt(pos.x() - headerWidth()) - *pressed.start;
            d->drag = DragKind::TaskPressed;
            return;
        }
    }
    d->grabbed = d->document->isReadOnly() ? std::nullopt : d->blockAt(pos);
    if (d->grabbed) {
        d->drag = DragKind::Block;
        d->grip = gripAt(*d->grabbed, d->geometry, pos.x() - headerWidth());
        d->dragPos = pos;
        d->dragDays =
            event->modifiers() & Qt::AltModifier ? DragDays::ThisDayOnly : DragDays::WholeRange;
    } else {
        d->drag = DragKind::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (d->drag) {
    case DragKind::None: {
        // Over the axis: the time cursor follows the pointer.
        if (!d->cursorPinned) {
            const bool onAxis = pos.y() < d->axisHeight() && pos.x() >= headerWidth();
            const auto at = onAxis ? std::optional<Instant>(TimelineGeometry::snap(
                                d->geometry.instantAt(pos.x() - headerWidth()),
                                oneMinute))
                                   : std::nullopt;
            if (at != d->cursorAt) {
                d->cursorAt = at;
                viewport()->update();
            }
        }
        if (!d->document->isReadOnly() && d->taskAt(pos)) {
            viewport()->setCursor(Qt::OpenHandCursor);
            return;
        }
        // Show what a press would grab.
        const auto hit = d->document->isReadOnly() ? std::nullopt : d->blockAt(pos);
        if (hit && gripAt(*hit, d->geometry, pos.x() - headerWidth()) != BlockGrip::Body)
            viewport()->setCursor(Qt::SizeHorCursor);
        else if (hit)
            viewport()->setCursor(Qt::SizeAllCursor);
        else
            viewport()->unsetCursor();
        return;
    }
    case DragKind::Pan:
        d->setGeometry(d->pressGeometry.panned(double(d->pressPos.x() - pos.x())));
        return;
    case DragKind::TaskPressed:
        if ((pos - d->pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        d->drag = DragKind::Task;
        viewport()->setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case DragKind::Task:
        if (!viewport()->rect().contains(pos)) {
            // Out of the view: a drag other widgets take (the backlog
            // unplaces it); back over the view it places it again.
            d->drag = DragKind::None;
            d->showDrop(std::nullopt);
            viewport()->unsetCursor();
            auto *drag = new QDrag(this);
            drag->setMimeData(taskMimeData(d->draggedTask));
            drag->exec(Qt::MoveAction);
            return;
        }
        d->showDrop(d->dropAt(d->draggedTask, pos, event->modifiers(), d->grabOffset));
        return;
    default:
        d->updatePreview(pos, event->modifiers());
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *)
{
    const DragKind drag = std::exchange(d->drag, DragKind::None);
    viewport()->unsetCursor();
    if (drag == DragKind::Task)
        d->commitDrop();
    if (drag != DragKind::Block)
        return;
    // One drag, one undo step.
    if (d->preview && d->grabbed) {
        const Member edited = *d->preview;
        // The step names the days it changes: "Move Anna Schmidt's Tuesday
        // working hours", "... working hours (Mon–Fri)".
        const QString text = blockDragStepText(edited,
                                               d->grabbed->layer,
                                               d->grip,
                                               d->previewDays,
                                               Qt::DayOfWeek(d->firstDayOfWeek.iso_encoding()));
        d->preview.reset();
        d->previewSchedule.reset();
        d->grabbed.reset();
        emit memberEdited(edited, text);
    }
    d->grabbed.reset();
    QToolTip::hideText();
    viewport()->update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = d->rowAt(event->position().toPoint().y());
    if (index >= 0 && d->rows[std::size_t(index)].kind == RowKind::Member)
        emit memberActivated(d->plan().members[d->rows[std::size_t(index)].index].id);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = angle.y() / 120.0;
        const Instant anchor = d->geometry.instantAt(event->position().x() - headerWidth());
        d->setGeometry(d->geometry.zoomed(std::pow(1.25, steps), anchor));
    } else if (angle.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        const int delta = angle.x() != 0 ? angle.x() : angle.y();
        d->setGeometry(d->geometry.panned(-delta / 120.0 * d->geometry.width() / 10));
    } else if (verticalScrollBar()->maximum() > 0) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    } else {
        d->setGeometry(d->geometry.panned(-angle.y() / 120.0 * d->geometry.width() / 10));
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (d->selectedTask && d->handleTaskKey(event)) {
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        d->moveSideways(event->key() == Qt::Key_Left ? -1 : 1,
                        event->modifiers().testFlag(Qt::ShiftModifier));
        break;
    case Qt::Key_C:
        d->toggleTimeCursor();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        d->moveRowFocus(event->key() == Qt::Key_Up ? -1 : 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        d->activateFocusedRow();
        break;
    case Qt::Key_Home:
    case Qt::Key_T:
        goToToday();
        break;
    case Qt::Key_BracketRight:
        nextHandoff();
        break;
    case Qt::Key_BracketLeft:
        previousHandoff();
        break;
    case Qt::Key_Escape:
        if (d->drag == DragKind::None && d->selectedTask) {
            setSelectedTask({});
            break;
        }
        if (d->drag == DragKind::None) {
            QAbstractScrollArea::keyPressEvent(event);
            return;
        }
        d->cancelDrag();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

// Left and Right pan by an eighth of the view; with Shift they move the time
// cursor by a quarter hour and pin it.
void TimelineView::Private::moveSideways(int direction, bool shift)
{
    if (shift && cursorAt) {
        q->setTimeCursor(*cursorAt + direction * quarterHour);
        cursorPinned = true;
    } else {
        q->panBy(0.125 * direction);
    }
}

// C pins the time cursor at the middle of the view, or takes it away.
void TimelineView::Private::toggleTimeCursor()
{
    if (cursorPinned) {
        cursorPinned = false;
        q->setTimeCursor(std::nullopt);
    } else {
        const Interval visible = geometry.visible();
        q->setTimeCursor(cursorAt.value_or(
            TimelineGeometry::snap(visible.start + visible.length() / 2, quarterHour)));
        cursorPinned = true;
    }
}

// Up and Down move the keyboard focus a row, scrolling it into view.
void TimelineView::Private::moveRowFocus(int delta)
{
    if (rows.empty())
        return;
    focusRow = std::clamp(focusRow + delta, 0, int(rows.size()) - 1);
    const QRect rect = rowRect(rows[std::size_t(focusRow)]);
    QWidget *viewport = q->viewport();
    if (rect.top() < axisHeight())
        q->verticalScrollBar()->setValue(rows[std::size_t(focusRow)].top);
    else if (rect.bottom() > viewport->height())
        q->verticalScrollBar()->setValue(rows[std::size_t(focusRow)].top + rect.height()
                                         - (viewport->height() - axisHeight()));
    viewport->update();
    notifyFocus();
}

// Return or Space on a region folds it open or shut; on a member, opens it.
void TimelineView::Private::activateFocusedRow()
{
    if (rows.empty())
        return;
    const TimelineRow &row = rows[std::size_t(focusRow)];
    if (row.kind == RowKind::Region) {
        const std::string &id = plan().regions[row.index].id;
        q->setRegionExpanded(id, !q->isRegionExpanded(id));
    } else {
        emit q->memberActivated(plan().members[row.index].id);
    }
}

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    const auto id = taskIdFrom(event->mimeData());
    if (!id || d->document->isReadOnly() || !d->taskIndex(*id)) {
        event->ignore();
        return;
    }
    // A task of this view keeps where it was grabbed; one from the backlog
    // starts where it is dropped.
    if (*id != d->draggedTask)
        d->grabOffset = Seconds{0};
    event->acceptProposedAction();
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    const auto id = taskIdFrom(event->mimeData());
    const auto drop = id ? d->dropAt(*id,
                                     event->position().toPoint(),
                                     event->modifiers(),
                                     *id == d->draggedTask ? d->grabOffset : Seconds{0})
                         : std::nullopt;
    d->showDrop(drop);
    if (drop)
        event->acceptProposedAction();
    else
        event->ignore();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent *)
{
    d->showDrop(std::nullopt);
}

void TimelineView::dropEvent(QDropEvent *event)
{
    const auto id = taskIdFrom(event->mimeData());
    if (!id) {
        event->ignore();
        return;
    }
    d->showDrop(d->dropAt(*id,
                          event->position().toPoint(),
                          event->modifiers(),
                          *id == d->draggedTask ? d->grabOffset : Seconds{0}));
    if (!d->taskDrop) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setSelectedTask(*id);
    emit taskSelected(*id);
    d->commitDrop();
    setFocus(Qt::MouseFocusReason);
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (!d->cursorPinned && d->cursorAt)
        setTimeCursor(std::nullopt);
    QAbstractScrollArea::leaveEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        if (d->drag != DragKind::None)
            return true;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = d->tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    case QEvent::ContextMenu: {
        // A block's menu: its day on its own (without Alt, which some
        // window managers take for moving windows), and the member.
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        if (d->drag != DragKind::None || !d->blockMenu(menuEvent->pos(), menuEvent->globalPos()))
            break;
        return true;
    }
    case QEvent::Gesture: {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            const Instant anchor = d->geometry.instantAt(
                viewport()->mapFromGlobal(pinch->centerPoint().toPoint()).x() - headerWidth());
            d->setGeometry(d->geometry.zoomed(pinch->scaleFactor(), anchor));
            gestures->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            const Instant anchor = d->geometry.instantAt(gesture->position().x() - headerWidth());
            d->setGeometry(d->geometry.zoomed(1 + gesture->value(), anchor));
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace sunrelay::gui
