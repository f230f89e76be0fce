#include "gui/week/week_grid.h"

#include "gui/accessibility/painted_items.h"
#include "gui/style/block_painter.h"
#include "gui/style/high_contrast.h"
#include "gui/style/palette_colours.h"
#include "gui/week/week_editor.h" // the texts' translation context
#include "gui/week/week_text.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace sunrelay::gui::week
{

namespace
{

constexpr int kSnap = 15; // minutes a drag or an arrow key moves by, without Shift

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// The work bar fills most of the row; comms sit as a narrow band over its
// lower edge so a window between deep-work blocks still reads as its own thing.
QRectF layerRect(WeekLayer layer, const QRectF &row, double x1, double x2)
{
    const double h = row.height();
    const QRectF bar(x1, row.top() + h * 0.16, x2 - x1, h * 0.68);
    if (layer != WeekLayer::Comms)
        return bar;
    const double band = std::max(5.0, h * 0.26);
    return QRectF(x1, bar.bottom() - band * 0.5, x2 - x1, band);
}

// One look per layer, the timeline's (block_painter.h), shared by the grid
// and the layer switches' icons.
void paintLayerBlock(QPainter &p,
                     const QPalette &pal,
                     WeekLayer layer,
                     const QRectF &r,
                     const QColor &blockColour)
{
    switch (layer) {
    case WeekLayer::Work:
        paintWorkBlock(p, r, blockColour);
        break;
    case WeekLayer::DeepWork:
        paintDeepWorkBlock(p, r, blockColour, pal);
        break;
    case WeekLayer::Comms:
        paintCommsBand(p, r, pal);
        break;
    }
}

} // namespace

QIcon layerIcon(const QPalette &pal, WeekLayer layer, const QColor &blockColour, qreal dpr)
{
    QPixmap pixmap(QSize(16, 16) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    if (layer == WeekLayer::Comms) {
        paintLayerBlock(p, pal, WeekLayer::Comms, QRectF(1, 5, 14, 6), blockColour);
    } else {
        paintLayerBlock(p, pal, layer, QRectF(1, 2, 14, 12), blockColour);
        // The block painter leaves the lock out of a block this small, and the
        // icon needs it to say "protected".
        if (layer == WeekLayer::DeepWork)
            p.drawPixmap(QPointF(2.5, 1.5), lockGlyph(lightEnd(pal), dpr));
    }
    return QIcon(pixmap);
}

// ---------------------------------------------------------------------------
WeekGrid::WeekGrid(EditorState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("weekGrid"));
    installPaintedItemsAccessibility();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
    relayout();
}

QSize WeekGrid::sizeHint() const
{
    return QSize(m_dayColumn + 24 * 40 + m_rightMargin, m_header + 7 * m_rowHeight + 2);
}

QSize WeekGrid::minimumSizeHint() const
{
    return QSize(m_dayColumn + 24 * 12 + m_rightMargin, m_header + 7 * m_rowHeight + 2);
}

void WeekGrid::setBlockColour(const QColor &colour)
{
    if (colour == m_blockColour)
        return;
    m_blockColour = colour;
    update();
}

QColor WeekGrid::blockColour() const
{
    return m_blockColour.isValid() ? m_blockColour : palette().color(QPalette::Highlight);
}

void WeekGrid::refresh()
{
    cancelDrag();
    markPaintedItemsStale();
    update();
}

void WeekGrid::relabel()
{
    cancelDrag();
    relayout();
}

void WeekGrid::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::LocaleChange:
        // Day names and widths; the first day is the user's, not the locale's.
        relayout();
        if (styleChanged)
            styleChanged();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        if (styleChanged)
            styleChanged();
        break;
    case QEvent::LanguageChange:
        markPaintedItemsStale(); // the screen reader's texts
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void WeekGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool WeekGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void WeekGrid::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
    notifyPaintedItemFocus(this);
}

void WeekGrid::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void WeekGrid::relayout()
{
    const QFontMetrics fm = fontMetrics();
    m_rowHeight = std::max(16, qRound(fm.height() * 2.2));
    m_header = std::max(14, qRound(fm.height() * 1.6));
    // The widest label there is: "12 PM" is wider than "1 AM" and "00:00"
    // differs from "24:00" in proportional fonts.
    m_labelWidth = 0;
    for (int hour = 0; hour <= 24; ++hour)
        m_labelWidth =
            std::max(m_labelWidth, fm.horizontalAdvance(hourLabel(hour, m_state->clock)));
    int names = 0;
    for (int day = 0; day < 7; ++day)
        names = std::max(names, fm.horizontalAdvance(dayName(locale(), day)));
    m_dayColumn = std::max(names + 2 * fm.averageCharWidth() + 4, m_labelWidth / 2 + 4);
    m_rightMargin = m_labelWidth / 2 + 6;
    m_grid = QRect(m_dayColumn,
                   m_header,
                   std::max(24, width() - m_dayColumn - m_rightMargin),
                   7 * m_rowHeight);
    // Hour labels: the fewest steps that keep labels from touching.
    const double hourWidth = double(m_grid.width()) / 24;
    m_labelStep = 24;
    for (int candidate : {1, 2, 3, 4, 6, 12}) {
        if (candidate * hourWidth >= m_labelWidth + 8) {
            m_labelStep = candidate;
            break;
        }
    }
    // Exposed for the tests, which compute pointer positions from the
    // same geometry the user sees instead of hard-coding pixels, and read
    // the labels as painted.
    setProperty("gridRect", m_grid);
    QStringList hours;
    for (int hour = 0; hour <= 24; hour += m_labelStep)
        hours << hourLabel(hour, m_state->clock);
    setProperty("hourLabels", hours);
    QStringList days;
    for (int row = 0; row < 7; ++row)
        days << dayName(locale(), m_state->dayOfRow[std::size_t(row)]);
    setProperty("dayLabels", days);
    markPaintedItemsStale(); // rects, day names and times as read out
    updateGeometry();
    update();
}

double WeekGrid::xOf(double minutes) const
{
    return m_grid.left() + minutes * m_grid.width() / kMinutesPerDay;
}

double WeekGrid::minutesAt(double x) const
{
    return (x - m_grid.left()) * kMinutesPerDay / m_grid.width();
}

int WeekGrid::rowAt(double y) const
{
    return std::clamp(int(std::floor((y - m_grid.top()) / m_rowHeight)), 0, 6);
}

QRectF WeekGrid::rowRect(int row) const
{
    return QRectF(m_grid.left(), m_grid.top() + row * m_rowHeight, m_grid.width(), m_rowHeight);
}

QRectF WeekGrid::segmentRect(const Segment &s) const
{
    return layerRect(s.layer, rowRect(s.row), xOf(s.from), xOf(s.to));
}

// The pointer in minutes from `day`'s midnight: rows below count as later
// days, and past the right edge the day simply goes on.
double WeekGrid::pointerAbs(const QPointF &pos, int day) const
{
    int delta = wrapDay(m_state->dayOfRow[std::size_t(rowAt(pos.y()))] - day);
    if (delta > 3)
        delta -= 7;
    return delta * kMinutesPerDay + minutesAt(pos.x());
}

std::optional<WeekGrid::Hit>
WeekGrid::hitTest(const QPointF &pos, WeekLayer layer, bool visualOnly) const
{
    if (pos.y() < m_grid.top() || pos.y() >= m_grid.bottom() + 1)
        return std::nullopt;
    const std::vector<Segment> segments = segmentsOf(*m_state, layer);
    const int row = rowAt(pos.y());
    // Last painted is on top.
    for (auto it = segments.rbegin(); it != segments.rend(); ++it) {
        if (it->row != row)
            continue;
        const double x1 = xOf(it->from);
        const double x2 = xOf(it->to);
        const double grip = std::clamp((x2 - x1) / 3, 2.0, 5.0);
        if (pos.x() < x1 - grip || pos.x() > x2 + grip)
            continue;
        if (visualOnly) {
            const QRectF r = segmentRect(*it);
            if (pos.y() < r.top() || pos.y() > r.bottom() || pos.x() < x1 || pos.x() > x2)
                continue;
        }
        Hit hit{*it, Part::Body};
        if (it->endEdge && std::abs(pos.x() - x2) <= grip)
            hit.part = Part::EndEdge;
        else if (it->startEdge && std::abs(pos.x() - x1) <= grip)
            hit.part = Part::StartEdge;
        else if (pos.x() < x1 || pos.x() > x2)
            continue;
        return hit;
    }
    return std::nullopt;
}

QString WeekGrid::toolTipAt(const QPointF &pos) const
{
    if (m_drag.active)
        return describeSpan(locale(), m_state->clock, m_state->layer, m_drag.preview);
    // The current layer first: it is what the pointer edits.
    std::vector<WeekLayer> order{m_state->layer};
    for (WeekLayer layer : {WeekLayer::Comms, WeekLayer::DeepWork, WeekLayer::Work}) {
        if (layer != m_state->layer)
            order.push_back(layer);
    }
    for (WeekLayer layer : order) {
        if (const auto hit = hitTest(pos, layer, layer != m_state->layer)) {
            return segmentText(hit->segment);
        }
    }
    return {};
}

// What the tooltip over a range's piece says: the range on that day, and
// for deep work that it is protected.
QString WeekGrid::segmentText(const Segment &segment) const
{
    const auto &range =
        m_state->patterns[std::size_t(segment.layer)].ranges[std::size_t(segment.range)];
    QString text =
        describeSpan(locale(), m_state->clock, segment.layer, Span::of(range, segment.day));
    if (segment.layer == WeekLayer::DeepWork)
        text += QLatin1Char('\n')
            + WeekEditor::tr("Protected: no meetings, handoffs or comms windows.");
    return text;
}

std::vector<PaintedItem> WeekGrid::buildPaintedItems() const
{
    std::vector<Segment> starts;
    for (WeekLayer layer : {WeekLayer::Work, WeekLayer::DeepWork, WeekLayer::Comms})
        for (const Segment &s : segmentsOf(*m_state, layer))
            if (s.startEdge)
                starts.push_back(s);
    // In reading order: by row, then by time, working hours before what lies
    // on them.
    std::stable_sort(starts.begin(), starts.end(), [](const Segment &a, const Segment &b) {
        return std::tie(a.row, a.from) < std::tie(b.row, b.from);
    });
    std::vector<PaintedItem> items;
    items.reserve(starts.size());
    for (const Segment &s : starts)
        items.push_back(paintedItemFromText(
            QStringLiteral("%1:%2:%3").arg(int(s.layer)).arg(s.range).arg(s.day),
            QAccessible::ListItem,
            segmentText(s),
            segmentRect(s).toAlignedRect(),
            1));
    return items;
}

int WeekGrid::focusedPaintedItem() const
{
    if (m_state->selectedRange < 0)
        return -1;
    const std::vector<PaintedItem> &items = paintedItems();
    const QString prefix =
        QStringLiteral("%1:%2:").arg(int(m_state->layer)).arg(m_state->selectedRange);
    for (std::size_t i = 0; i < items.size(); ++i)
        if (m_state->selectedDay < 0
                ? items[i].key.startsWith(prefix)
                : items[i].key == prefix + QString::number(m_state->selectedDay))
            return int(i);
    return -1;
}

void WeekGrid::select(int range, int day)
{
    if (m_state->selectedRange == range && m_state->selectedDay == day)
        return;
    m_state->selectedRange = range;
    m_state->selectedDay = day;
    update();
    if (selectionChanged)
        selectionChanged();
    notifyPaintedItemFocus(this);
}

void WeekGrid::commit()
{
    markPaintedItemsStale();
    update();
    if (committed)
        committed();
}

void WeekGrid::cancelDrag()
{
    m_drag = Drag{};
    QToolTip::hideText();
}

void WeekGrid::paintSegment(QPainter &p, const Segment &segment, bool dim) const
{
    const QRectF r = segmentRect(segment);
    if (r.width() <= 0)
        return;
    p.setOpacity(dim ? 0.7 : 1.0);
    paintLayerBlock(p, palette(), segment.layer, r, blockColour());
    p.setOpacity(1.0);
}

void WeekGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintGrid(p);
    // Layers keep one stacking order (work, deep work over it, comms on top)
    // so the week reads the same whichever layer is being edited; the others
    // are dimmed to say which ranges the pointer will take.
    const bool hideOriginal = m_drag.active && m_drag.range >= 0;
    const std::vector<Segment> current = segmentsOf(*m_state, m_state->layer);
    for (WeekLayer layer : {WeekLayer::Work, WeekLayer::DeepWork, WeekLayer::Comms}) {
        if (layer != m_state->layer) {
            for (const Segment &s : segmentsOf(*m_state, layer))
                paintSegment(p, s, true);
            continue;
        }
        for (const Segment &s : current) {
            if (hideOriginal && s.range == m_drag.range && s.day == m_drag.day)
                continue;
            paintSegment(p, s, false);
        }
    }

    p.setRenderHint(QPainter::Antialiasing);
    if (m_drag.active && m_drag.valid)
        paintDragPreview(p);
    else if (m_state->selectedRange >= 0)
        paintSelection(p, current);
    if (hasFocus() && m_state->selectedRange < 0) {
        p.setPen(
            QPen(palette().color(QPalette::Highlight), focusFrameWidth(palette()), Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(m_grid).adjusted(1.5, 1.5, -1.5, -0.5));
    }
}

// The hour labels on top, a row per weekday with its name, and the hour
// lines (stronger at each labelled hour).
void WeekGrid::paintGrid(QPainter &p) const
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    const QColor faint = mix(text, pal.color(QPalette::Window), 0.35);

    const int step = m_labelStep;
    p.setPen(faint);
    for (int hour = 0; hour <= 24; hour += step) {
        const double x = xOf(hour * 60);
        const QRectF box(x - m_labelWidth, 0, 2 * m_labelWidth, m_header - 2);
        p.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, hourLabel(hour, m_state->clock));
    }

    for (int row = 0; row < 7; ++row) {
        const QRectF r = rowRect(row);
        p.fillRect(r, row % 2 ? pal.color(QPalette::AlternateBase) : base);
        p.setPen(text);
        p.drawText(QRectF(0, r.top(), m_dayColumn - fontMetrics().averageCharWidth(), r.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   dayName(locale(), m_state->dayOfRow[std::size_t(row)]));
    }
    const QColor line = mix(base, pal.color(QPalette::Text), 0.12);
    const QColor strongLine = mix(base, pal.color(QPalette::Text), 0.3);
    for (int hour = 1; hour < 24; ++hour) {
        const double x = std::round(xOf(hour * 60)) + 0.5;
        p.setPen(hour % step == 0 ? strongLine : line);
        p.drawLine(QPointF(x, m_grid.top()), QPointF(x, m_grid.bottom() + 1));
    }
    p.setPen(strongLine);
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(m_grid).adjusted(0.5, 0.5, -0.5, 0.5));
}

// The range being dragged, where it would go, outlined dashed.
void WeekGrid::paintDragPreview(QPainter &p) const
{
    const QColor outline = palette().color(QPalette::Text);
    std::vector<Segment> preview;
    appendSegments(preview, *m_state, m_state->layer, -1, m_drag.preview);
    for (const Segment &s : preview) {
        paintSegment(p, s, false);
        p.setPen(QPen(outline, 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(segmentRect(s).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

// The selected range's pieces among `current` outlined, with grips on its
// real ends.
void WeekGrid::paintSelection(QPainter &p, const std::vector<Segment> &current) const
{
    const QColor outline = palette().color(QPalette::Text);
    for (const Segment &s : current) {
        if (s.range != m_state->selectedRange
            || (m_state->selectedDay >= 0 && s.day != m_state->selectedDay))
            continue;
        const QRectF r = segmentRect(s).adjusted(-1, -1, 1, 1);
        // With the keyboard here, the frame is the focus: the highlight colour.
        p.setPen(hasFocus() ? QPen(palette().color(QPalette::Highlight), focusFrameWidth(palette()))
                            : QPen(outline, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
        // Grips on the real ends say "drag me to resize".
        p.setPen(Qt::NoPen);
        p.setBrush(outline);
        if (s.startEdge)
            p.drawRect(QRectF(r.left() - 1.5, r.center().y() - 4, 3, 8));
        if (s.endEdge)
            p.drawRect(QRectF(r.right() - 1.5, r.center().y() - 4, 3, 8));
    }
}

void WeekGrid::updateCursor(const QPointF &pos)
{
    const auto hit = hitTest(pos, m_state->layer, false);
    if (!hit)
        setCursor(m_grid.contains(pos.toPoint()) ? Qt::CrossCursor : Qt::ArrowCursor);
    else if (hit->part == Part::Body)
        setCursor(Qt::SizeAllCursor);
    else
        setCursor(Qt::SizeHorCursor);
}

void WeekGrid::mousePressEvent(QMouseEvent *event)
{
    if (m_state->readOnly) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    if (m_drag.mode != DragMode::None) {
        // A second button during a drag cancels it.
        cancelDrag();
        update();
        return;
    }
    if (pos.y() < m_grid.top() || pos.y() > m_grid.bottom() + 1 || pos.x() < m_grid.left()
        || pos.x() > m_grid.right() + 1) {
        QWidget::mousePressEvent(event);
        return;
    }
    const auto hit = hitTest(pos, m_state->layer, false);
    if (event->button() == Qt::RightButton) {
        if (hit) {
            removeDay(m_state->current(), hit->segment.range, hit->segment.day);
            m_state->selectedRange = -1;
            m_state->selectedDay = -1;
            commit();
        }
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;

    m_drag = Drag{};
    m_drag.pressPos = pos;
    if (!hit) {
        m_drag.mode = DragMode::Create;
        m_drag.day = m_state->dayOfRow[std::size_t(rowAt(pos.y()))];
        m_drag.pressAbs = minutesAt(pos.x());
        select(-1, -1);
        return;
    }
    const Segment &s = hit->segment;
    m_drag.mode = hit->part == Part::Body ? DragMode::Move
        : hit->part == Part::StartEdge    ? DragMode::ResizeStart
                                          : DragMode::ResizeEnd;
    m_drag.range = s.range;
    m_drag.day = s.day;
    m_drag.original = Span::of(m_state->current().ranges[std::size_t(s.range)], s.day);
    m_drag.preview = m_drag.original;
    m_drag.valid = true;
    m_drag.pressAbs = pointerAbs(pos, s.day);
    select(s.range, s.day);
}

void WeekGrid::updateDrag(const QPointF &pos, Qt::KeyboardModifiers modifiers)
{
    const int step = modifiers & Qt::ShiftModifier ? 1 : kSnap;
    const auto snap = [step](double minutes) {
        return int(std::floor(minutes / step + 0.5)) * step;
    };
    const double p = pointerAbs(pos, m_drag.day);
    const Span &o = m_drag.original;
    Span next{m_drag.day, 0, 0};
    switch (m_drag.mode) {
    case DragMode::None:
        return;
    case DragMode::Create: {
        // One range on the pressed day; it may run up to 24 h past its start.
        const int anchor = std::clamp(snap(m_drag.pressAbs), 0, kMinutesPerDay - step);
        const int at = snap(p);
        if (at >= anchor)
            next = Span{m_drag.day, anchor, std::min(at, anchor + kMinutesPerDay)};
        else
            next = Span{m_drag.day, std::max(at, 0), anchor};
        break;
    }
    case DragMode::Move:
        next = o.movedTo(snap(o.start + (p - m_drag.pressAbs)));
        break;
    case DragMode::ResizeStart: {
        // The start stays on its day; the range keeps at least a minute.
        const int lo = std::max(0, o.endAbs - kMinutesPerDay);
        const int hi = std::min(o.endAbs - 1, kMinutesPerDay - 1);
        next = Span{o.day, std::clamp(snap(p), lo, hi), o.endAbs};
        break;
    }
    case DragMode::ResizeEnd:
        next = Span{o.day, o.start, std::clamp(snap(p), o.start + 1, o.start + kMinutesPerDay)};
        break;
    }
    m_drag.preview = next;
    m_drag.valid = next.endAbs > next.start;
}

void WeekGrid::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag.mode == DragMode::None) {
        if (!m_state->readOnly)
            updateCursor(pos);
        return;
    }
    // A small slip of a click must not snap an existing range to the grid.
    if (!m_drag.active && (pos - m_drag.pressPos).manhattanLength() < 3)
        return;
    m_drag.active = true;
    updateDrag(pos, event->modifiers());
    if (m_drag.valid) {
        // Live feedback on the exact times, as the tooltip would say after.
        QToolTip::showText(event->globalPosition().toPoint(),
                           describeSpan(locale(), m_state->clock, m_state->layer, m_drag.preview),
                           this);
    }
    update();
}

void WeekGrid::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag.mode == DragMode::None || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    bool changed = false;
    if (drag.active) {
        // The release position and modifiers decide: Shift may be pressed or
        // released after the last move.
        updateDrag(event->position(), event->modifiers());
        const Span span = m_drag.preview;
        if (m_drag.valid && drag.mode == DragMode::Create) {
            auto &ranges = m_state->current().ranges;
            ranges.push_back(span.toRange());
            m_state->selectedRange = int(ranges.size()) - 1;
            m_state->selectedDay = span.day;
            changed = true;
        } else if (m_drag.valid && span != drag.original) {
            m_state->selectedRange = replaceDay(m_state->current(), drag.range, drag.day, span);
            m_state->selectedDay = span.day;
            changed = true;
        }
    }
    cancelDrag();
    updateCursor(event->position());
    if (changed)
        commit();
    else
        update();
}

void WeekGrid::moveSelection(int delta)
{
    const std::vector<Segment> segments = segmentsOf(*m_state, m_state->layer);
    // Keyboard order follows the rows as painted: by row, then by time.
    std::vector<Segment> starts;
    for (const Segment &s : segments) {
        if (s.startEdge)
            starts.push_back(s);
    }
    std::sort(starts.begin(), starts.end(), [](const Segment &a, const Segment &b) {
        return std::tie(a.row, a.from, a.range) < std::tie(b.row, b.from, b.range);
    });
    if (starts.empty())
        return;
    int at = -1;
    for (int i = 0; i < int(starts.size()); ++i) {
        if (starts[std::size_t(i)].range == m_state->selectedRange
            && (m_state->selectedDay < 0 || starts[std::size_t(i)].day == m_state->selectedDay)) {
            at = i;
            break;
        }
    }
    const int next = at < 0 ? (delta > 0 ? 0 : int(starts.size()) - 1)
                            : std::clamp(at + delta, 0, int(starts.size()) - 1);
    select(starts[std::size_t(next)].range, starts[std::size_t(next)].day);
}

// Applies a keyboard edit to the selected day (splitting a multi-day range)
// or, when the whole range is selected from the table, to all its days.
void WeekGrid::editSelection(const std::function<Span(const Span &)> &change)
{
    auto &ranges = m_state->current().ranges;
    const int index = m_state->selectedRange;
    if (index < 0 || index >= int(ranges.size()))
        return;
    WeeklyRange &range = ranges[std::size_t(index)];
    if (m_state->selectedDay >= 0) {
        const Span before = Span::of(range, m_state->selectedDay);
        const Span after = change(before);
        if (after == before || after.endAbs <= after.start)
            return;
        m_state->selectedRange = replaceDay(m_state->current(), index, m_state->selectedDay, after);
        m_state->selectedDay = after.day;
    } else {
        const std::vector<date::weekday> days = range.days.days();
        if (days.empty())
            return;
        const int first = int(days.front().iso_encoding()) - 1;
        const Span before = Span::of(range, first);
        const Span after = change(before);
        if (after == before || after.endAbs <= after.start)
            return;
        WeeklyRange updated = after.toRange();
        updated.days = rotated(range.days, after.day - first);
        range = updated;
    }
    commit();
}

void WeekGrid::keyPressEvent(QKeyEvent *event)
{
    const int step = event->modifiers() & Qt::ShiftModifier ? 1 : kSnap;
    const bool resize = event->modifiers() & Qt::ControlModifier;
    // Read-only: Up and Down still walk through the ranges; nothing edits.
    if (m_state->readOnly
        && !((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)
             && !(event->modifiers() & Qt::AltModifier))) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag.mode != DragMode::None) {
            cancelDrag();
            update();
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int delta = event->key() == Qt::Key_Down ? 1 : -1;
        if (event->modifiers() & Qt::AltModifier) {
            // Alt+Up/Down moves the range to the previous or next day.
            editSelection([delta](const Span &s) {
                return s.movedTo(s.start + delta * kMinutesPerDay);
            });
        } else {
            moveSelection(delta);
        }
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int delta = (event->key() == Qt::Key_Right ? 1 : -1) * step;
        if (resize) {
            editSelection([delta](const Span &s) {
                return Span{s.day,
                            s.start,
                            std::clamp(s.endAbs + delta, s.start + 1, s.start + kMinutesPerDay)};
            });
        } else {
            editSelection([delta](const Span &s) {
                return s.movedTo(s.start + delta);
            });
        }
        return;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace: {
        auto &ranges = m_state->current().ranges;
        const int index = m_state->selectedRange;
        if (index < 0 || index >= int(ranges.size()))
            break;
        if (m_state->selectedDay >= 0)
            removeDay(m_state->current(), index, m_state->selectedDay);
        else
            ranges.erase(ranges.begin() + index);
        m_state->selectedRange = -1;
        m_state->selectedDay = -1;
        commit();
        return;
    }
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace sunrelay::gui::week
