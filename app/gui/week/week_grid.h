#pragma once

// WeekGrid: the week editor's 7 x 24 grid. It paints the three layers of a
// member's week as the timeline paints the member's row (block_painter.h),
// lets the pointer and the keyboard add, move, resize and remove ranges of
// the current layer, and edits the EditorState it is given in place. It reports through callbacks,
// so it needs no signals of its own.
//
// The tests find it as "weekGrid" and read its geometry from the properties
// "gridRect", "hourLabels" and "dayLabels" (pointer positions from what the
// user sees, never hard-coded pixels).

#include "gui/accessibility/painted_items.h"
#include "gui/week/week_segments.h"

#include <QColor>
#include <QIcon>
#include <QPointF>
#include <QWidget>

#include <functional>
#include <optional>

class QPalette;

namespace sunrelay::gui::week
{

// The look of `layer` on the grid as a 16 x 16 icon, for the layer switches.
QIcon layerIcon(const QPalette &pal, WeekLayer layer, const QColor &blockColour, qreal dpr);

class WeekGrid : public QWidget, public PaintedItems
{
public:
    WeekGrid(EditorState *state, QWidget *parent);

    std::function<void()> committed; // a completed edit changed the patterns
    std::function<void()> selectionChanged; // the selected range or day changed
    std::function<void()> styleChanged; // palette or locale changed

    // Work and deep-work blocks in `colour` (the member's region colour);
    // an invalid colour: the palette's Highlight.
    void setBlockColour(const QColor &colour);
    QColor blockColour() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The patterns or the selection changed from outside: repaint.
    void refresh();
    // The clock style or the first day changed: labels and rows.
    void relabel();

    // For screen readers (buildPaintedItems()): every range of the three
    // layers, day by day in the rows' order, named as its tooltip names it
    // ("Deep work, Mon 09:00–12:00 (3 h)"); the keyboard is on the selected
    // range.
    int focusedPaintedItem() const override;

protected:
    std::vector<PaintedItem> buildPaintedItems() const override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Part {
        Body,
        StartEdge,
        EndEdge
    };
    struct Hit {
        Segment segment;
        Part part = Part::Body;
    };
    enum class DragMode {
        None,
        Create,
        Move,
        ResizeStart,
        ResizeEnd
    };
    struct Drag {
        DragMode mode = DragMode::None;
        int range = -1; // edited range, -1 when creating
        int day = 0; // the edited day, or the row's day when creating
        Span original;
        Span preview;
        bool active = false; // moved far enough to count as a drag
        bool valid = false; // preview is a range (not zero length)
        QPointF pressPos;
        double pressAbs = 0; // pointer, minutes from `day`'s midnight
    };

    void relayout();
    double xOf(double minutes) const;
    double minutesAt(double x) const;
    int rowAt(double y) const;
    QRectF rowRect(int row) const;
    QRectF segmentRect(const Segment &s) const;
    double pointerAbs(const QPointF &pos, int day) const;
    std::optional<Hit> hitTest(const QPointF &pos, WeekLayer layer, bool visualOnly) const;
    QString toolTipAt(const QPointF &pos) const;
    QString segmentText(const Segment &segment) const;
    void select(int range, int day);
    void commit();
    void cancelDrag();
    void updateDrag(const QPointF &pos, Qt::KeyboardModifiers modifiers);
    void updateCursor(const QPointF &pos);
    void paintSegment(QPainter &p, const Segment &segment, bool dim) const;
    // The parts paintEvent() paints besides the segments.
    void paintGrid(QPainter &p) const;
    void paintDragPreview(QPainter &p) const;
    void paintSelection(QPainter &p, const std::vector<Segment> &current) const;
    void moveSelection(int delta);
    void editSelection(const std::function<Span(const Span &)> &change);

    EditorState *m_state;
    QColor m_blockColour; // invalid: the palette's Highlight
    Drag m_drag;
    QRect m_grid;
    int m_rowHeight = 0;
    int m_header = 0;
    int m_dayColumn = 0;
    int m_rightMargin = 0;
    int m_labelWidth = 0; // the widest hour label
    int m_labelStep = 1; // hours from one label to the next
};

} // namespace sunrelay::gui::week
