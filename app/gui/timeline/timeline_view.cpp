#include "gui/timeline/timeline_view.h"

#include "gui/document/plan_document.h"
#include "gui/text/time_format.h"
#include "gui/models/zone_catalog.h"

#include "sunrelay/core/expansion.h"
#include "sunrelay/core/schedule_report.h"
#include "sunrelay/core/solar.h"
#include "sunrelay/core/zone_transition.h"

#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QScrollBar>
#include <QStaticText>
#include <QToolTip>
#include <QWheelEvent>

#include <array>
#include <chrono>
#include <cmath>
#include <set>
#include <tuple>
#include <unordered_map>

namespace sunrelay::gui {

namespace {

constexpr Seconds quarterHour{15 * 60};
constexpr Seconds oneMinute{60};
constexpr Seconds oneDay{86400};
constexpr int edgeGrip = 5; // pixels either side of a block's edge that grab it

enum class RowKind { Region, Member };

struct Row {
    RowKind kind = RowKind::Region;
    std::size_t index = 0; // into plan.regions or plan.members
    int top = 0;           // in content coordinates (below the axis)
    int height = 0;
};

enum class DragKind { None, Pan, Start, End, Body };
enum class Layer { Work, DeepWork };

struct BlockHit {
    std::size_t member = 0;
    Layer layer = Layer::Work;
    std::size_t rangeIndex = 0;
    LocalDate date;
    Instant start;
    Instant end;
};

Instant systemNow()
{
    return date::floor<Seconds>(std::chrono::system_clock::now());
}

WeeklyPattern &patternOf(Member &member, Layer layer)
{
    return layer == Layer::Work ? member.work : member.deepWork;
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// Long straight lines are filled as rectangles here, and long vertical ones
// in opaque colours. The raster engine strokes a line as one span per pixel
// and hands any blend of more than about a hundred spans to its thread pool,
// waiting on a futex each time: dozens of such lines a frame cost
// milliseconds, while a rectangle is one span per scanline and an opaque
// one a plain memory fill.
// The lighter of the palette's text and base colours: marks drawn on dark
// region colours (locks, hatching) use it in either palette.
QColor lightEnd(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    return base.lightness() >= text.lightness() ? base : text;
}

QRect bottomRule(const QRect &rect)
{
    return QRect(rect.left(), rect.bottom(), rect.width(), 1);
}

} // namespace

struct TimelineView::Private {
    TimelineView *q;
    PlanDocument *document;
    TimelineGeometry geometry;
    TimeZone reference = TimeZone::utc();
    ClockStyle clock = ClockStyle::TwentyFourHour;
    std::optional<Instant> fixedNow;
    std::set<std::string> collapsed;

    std::vector<Row> rows;
    int contentHeight = 0;

    // What core computed for the days around the visible range, and per
    // member what does not change while panning within them: night and
    // twilight from the zone's coordinates, and the zone's clock changes.
    struct MemberDecor {
        bool located = false; // zones without coordinates get no shading
        IntervalSet night;
        IntervalSet twilight;
        IntervalSet daylight;
        std::vector<ZoneTransition> transitions;
    };
    std::optional<ScheduleReport> report;
    Interval reportWindow{};
    std::vector<MemberDecor> decor;

    // Dragging.
    DragKind drag = DragKind::None;
    QPoint pressPos;
    TimelineGeometry pressGeometry;
    std::optional<BlockHit> grabbed;
    std::optional<Member> preview; // the member as the drag would leave it
    std::optional<MemberSchedule> previewSchedule;
    int focusRow = 0;

    // Fonts, labels and measures, made once per font and clock style:
    // timeX() alone runs thousands of times a frame, and every QFontMetrics
    // asks the font engine again.
    QFont boldFont;
    QFont smallFont;
    int smallLineHeight = 0;
    int fontHeightPx = 0;
    int headerWidthPx = 0;
    int hourLabelSpacing = 0;     // room a row's hour label needs
    int weekdayLabelWidth = 0;    // the widest weekday name in a row
    int axisTimeLabelSpacing = 0; // room a time on the axis needs
    int axisDateLabelSpacing = 0; // room a date on the axis needs
    date::weekday firstDayOfWeek = date::Monday;
    // "00".."23" (or "12 AM".."11 PM") and the weekday names, drawn
    // thousands of times a frame on a big plan.
    std::array<QStaticText, 24> hourLabels;
    std::array<QStaticText, 7> weekdayLabels; // Monday first
    void updateMetrics();
    // After the font or the clock changed: measures, rows, painted rows.
    void relayout()
    {
        updateMetrics();
        rowCache.clear();
        geometry = TimelineGeometry(geometry.visible(),
                                    std::max(1, q->viewport()->width() - headerWidth()));
        layoutRows();
        q->viewport()->update();
    }
    int fontHeight() const { return fontHeightPx; }
    int axisHeight() const { return fontHeight() * 2 + 10; }
    int headerWidth() const { return headerWidthPx; }
    int memberRowHeight() const { return static_cast<int>(fontHeight() * 2.4); }
    int regionRowHeight() const { return static_cast<int>(fontHeight() * 1.6) + 6; }
    Instant now() const { return fixedNow.value_or(systemNow()); }
    const Plan &plan() const { return document->plan(); }

    void layoutRows();
    void ensureReport();
    void invalidate()
    {
        report.reset();
        rowCache.clear();
        layoutRows();
        q->viewport()->update();
    }
    void setGeometry(const TimelineGeometry &next)
    {
        if (next == geometry)
            return;
        geometry = next;
        q->viewport()->update();
        emit q->visibleRangeChanged(geometry.visible());
    }
    double timeX(Instant t) const { return headerWidth() + geometry.x(t); }
    int rowAt(int y) const;
    QRect rowRect(const Row &row) const
    {
        return QRect(0, axisHeight() + row.top - q->verticalScrollBar()->value(),
                     q->viewport()->width(), row.height);
    }
    const MemberSchedule &scheduleOf(std::size_t member) const
    {
        if (preview && previewSchedule && plan().members[member].id == preview->id)
            return *previewSchedule;
        return report->members[member];
    }
    std::optional<BlockHit> blockAt(const QPoint &pos) const;
    // Escape while dragging: the block, or the view, goes back where it was.
    void cancelDrag()
    {
        if (drag == DragKind::Pan)
            setGeometry(pressGeometry);
        drag = DragKind::None;
        grabbed.reset();
        preview.reset();
        previewSchedule.reset();
        q->viewport()->unsetCursor();
        QToolTip::hideText();
        q->viewport()->update();
    }
    void updatePreview(const QPoint &pos, Qt::KeyboardModifiers modifiers);
    QString tooltipAt(const QPoint &pos) const;
    // "Handoff APAC → EMEA", both sides' local times, overlap or wait, sync
    // slot; `handoff` must be one of the report's.
    QString handoffText(const Handoff &handoff) const;
    // ] and [: the next or previous handoff after the last one shown, which
    // is ringed on the timeline.
    using HandoffKey = std::tuple<Instant, std::size_t, std::size_t>; // at, from, to
    static HandoffKey keyOf(const Handoff &handoff)
    {
        return {handoff.at, handoff.from, handoff.to};
    }
    std::optional<HandoffKey> handoffCursor;
    void stepHandoff(int direction);

    // A small padlock in `colour`, drawn once and reused for every block.
    const QPixmap &lockGlyph(const QColor &colour);
    QPixmap lock;
    QColor lockColour;

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
    static std::size_t rowCacheSlot(const Row &row)
    {
        return row.index * 2 + (row.kind == RowKind::Member ? 1 : 0);
    }
    const QPixmap &cachedRow(const Row &row, const QRect &rect, qreal ratio);
    bool isPreviewed(const Row &row) const
    {
        return preview && row.kind == RowKind::Member &&
               plan().members[row.index].id == preview->id;
    }

    void paint(QPainter &p, const QRect &area);
    void paintRow(QPainter &p, const Row &row, const QRect &rect);
    void paintAxis(QPainter &p, const QRect &area);
    void paintRegionRow(QPainter &p, const Row &row, const QRect &rect);
    void paintMemberRow(QPainter &p, const Row &row, const QRect &rect);
    void paintLocalTicks(QPainter &p, const TimeZone &zone, const QRect &rect);
    void paintDaylight(QPainter &p, std::size_t member, const QRect &rect);
    void paintTransitions(QPainter &p, std::size_t member, const QRect &rect);
    void paintHandoffs(QPainter &p, const QRect &area);
    void paintHeader(QPainter &p, const Row &row, const QRect &rect);
};

const QPixmap &TimelineView::Private::lockGlyph(const QColor &colour)
{
    if (!lock.isNull() && colour == lockColour)
        return lock;
    const qreal ratio = q->devicePixelRatioF();
    lock = QPixmap(QSize(11, 13) * ratio);
    lock.setDevicePixelRatio(ratio);
    lock.fill(Qt::transparent);
    QPainter p(&lock);
    p.setRenderHint(QPainter::Antialiasing);
    // Shackle and body.
    p.setPen(QPen(colour, 1.4));
    p.drawArc(QRectF(2.5, 1, 6, 6), 0, 180 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1, 4, 9, 7), 1.5, 1.5);
    lockColour = colour;
    return lock;
}

void TimelineView::Private::updateMetrics()
{
    const QFontMetrics metrics = q->fontMetrics();
    fontHeightPx = metrics.height();
    boldFont = q->font();
    boldFont.setBold(true);
    smallFont = q->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.8);
    const QFontMetrics small(smallFont);
    smallLineHeight = small.height();
    int widestHour = 0;
    for (int hour = 0; hour < 24; ++hour) {
        QStaticText &label = hourLabels[std::size_t(hour)];
        label.setText(hourText(hour, clock));
        label.prepare(QTransform(), smallFont);
        widestHour = std::max(widestHour, small.horizontalAdvance(label.text()));
    }
    hourLabelSpacing = std::max(metrics.horizontalAdvance(QStringLiteral("00")) * 3,
                                widestHour + metrics.horizontalAdvance(QStringLiteral("00")));
    weekdayLabelWidth = 0;
    for (int day = 0; day < 7; ++day) {
        QStaticText &label = weekdayLabels[std::size_t(day)];
        label.setText(QLocale().dayName(day + 1, QLocale::ShortFormat));
        label.prepare(QTransform(), smallFont);
        weekdayLabelWidth = std::max(weekdayLabelWidth, small.horizontalAdvance(label.text()));
    }
    axisTimeLabelSpacing =
        metrics.horizontalAdvance(minutesText(Minutes{12 * 60 + 45}, clock)) + metrics.height();
    // "Wed 30 Sep" is about as wide as a date gets in English; measure the
    // widest day and month names the locale has instead of trusting that.
    int widestDate = 0;
    for (int month = 1; month <= 12; ++month)
        for (int day = 1; day <= 7; ++day)
            widestDate = std::max(
                widestDate, QFontMetrics(boldFont).horizontalAdvance(
                                QLocale().toString(QDate(2026, month, 1).addDays(day + 21),
                                                   QStringLiteral("ddd d MMM"))));
    axisDateLabelSpacing = widestDate + 16;
    // The header fits a name and the member's local time ("12:45 PM +0545").
    const int localTime = small.horizontalAdvance(minutesText(Minutes{12 * 60 + 45}, clock) +
                                                  QStringLiteral(" +0545"));
    headerWidthPx = std::max(metrics.averageCharWidth() * 32,
                             8 + 20 + metrics.averageCharWidth() * 16 + 8 + localTime + 8);
}

void TimelineView::Private::layoutRows()
{
    rows.clear();
    int top = 0;
    const Plan &plan = document->plan();
    for (std::size_t r = 0; r < plan.regions.size(); ++r) {
        rows.push_back({RowKind::Region, r, top, regionRowHeight()});
        top += regionRowHeight();
        if (collapsed.count(plan.regions[r].id))
            continue;
        for (std::size_t m = 0; m < plan.members.size(); ++m)
            if (plan.members[m].region == plan.regions[r].id) {
                rows.push_back({RowKind::Member, m, top, memberRowHeight()});
                top += memberRowHeight();
            }
    }
    contentHeight = top;
    focusRow = std::clamp(focusRow, 0, std::max(0, int(rows.size()) - 1));
    const int page = std::max(0, q->viewport()->height() - axisHeight());
    q->verticalScrollBar()->setRange(0, std::max(0, contentHeight - page));
    q->verticalScrollBar()->setPageStep(page);
    q->verticalScrollBar()->setSingleStep(memberRowHeight());
}

void TimelineView::Private::ensureReport()
{
    const Interval visible = geometry.visible();
    if (report && reportWindow.contains(Interval{visible.start, visible.end}))
        return;
    // Whole UTC days with a day to spare, so small pans reuse the result.
    const auto first = date::floor<date::days>(visible.start) - date::days{1};
    const auto last = date::floor<date::days>(visible.end) + date::days{1};
    reportWindow = dayWindow(first, last);
    report = reportSchedule(document->plan(), reportWindow);
    decor.clear();
    for (const Member &member : document->plan().members) {
        MemberDecor &d = decor.emplace_back();
        d.transitions = zoneTransitions(member.zone, reportWindow);
        // Zones without coordinates (UTC, Etc/...) get no daylight band.
        if (const ZoneEntry *entry =
                ZoneCatalog::system().find(QString::fromStdString(member.zone.name()))) {
            const GeoPosition where{entry->latitude, entry->longitude};
            const IntervalSet civil(sunAbove(where, reportWindow, civilTwilightAltitude));
            d.located = true;
            d.daylight = IntervalSet(sunAbove(where, reportWindow, sunriseAltitude));
            d.night = complement(civil, reportWindow);
            d.twilight = subtract(civil, d.daylight);
        }
    }
}

int TimelineView::Private::rowAt(int y) const
{
    const int contentY = y - axisHeight() + q->verticalScrollBar()->value();
    if (y < axisHeight())
        return -1;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (contentY >= rows[i].top && contentY < rows[i].top + rows[i].height)
            return int(i);
    return -1;
}

std::optional<BlockHit> TimelineView::Private::blockAt(const QPoint &pos) const
{
    const int index = rowAt(pos.y());
    if (index < 0 || rows[std::size_t(index)].kind != RowKind::Member || pos.x() < headerWidth())
        return std::nullopt;
    const std::size_t m = rows[std::size_t(index)].index;
    const Member &member = plan().members[m];
    LocalTimeResolver resolver(member.zone);
    const Interval visible = geometry.visible();
    const LocalDate first = date::floor<date::days>(toLocal(member.zone, visible.start)) -
                            date::days{1};
    const LocalDate last = date::floor<date::days>(toLocal(member.zone, visible.end));
    // Deep work is drawn over working hours, so it is grabbed first.
    for (const Layer layer : {Layer::DeepWork, Layer::Work}) {
        const WeeklyPattern &pattern = layer == Layer::Work ? member.work : member.deepWork;
        for (const ExpandedRange &instance :
             expandInstances(pattern, resolver, first, last, member.timeOff)) {
            const double x0 = timeX(instance.start.instant);
            const double x1 = timeX(instance.end.instant);
            if (pos.x() >= x0 - edgeGrip && pos.x() <= x1 + edgeGrip)
                return BlockHit{m, layer, instance.rangeIndex, instance.date,
                                instance.start.instant, instance.end.instant};
        }
    }
    return std::nullopt;
}

void TimelineView::Private::updatePreview(const QPoint &pos, Qt::KeyboardModifiers modifiers)
{
    if (!grabbed)
        return;
    const Seconds step = modifiers & Qt::ShiftModifier ? oneMinute : quarterHour;
    const Member &original = plan().members[grabbed->member];
    Member edited = original;
    WeeklyRange &range = patternOf(edited, grabbed->layer).ranges[grabbed->rangeIndex];
    const LocalTime dayStart{grabbed->date};
    // Minutes from the start of the instance's local date to the pointer.
    const auto minutesAt = [&](Instant t) {
        return date::floor<Minutes>(toLocal(original.zone, t) - dayStart);
    };
    const Instant pointer = TimelineGeometry::snap(
        geometry.instantAt(pos.x() - headerWidth()), step);
    const Minutes start = range.start;
    const Minutes length = date::floor<Minutes>(toLocal(original.zone, grabbed->end) -
                                                toLocal(original.zone, grabbed->start));
    const Minutes minimum{15};
    const Minutes day{24 * 60};
    if (drag == DragKind::Start) {
        // The start stays on its day and at least 15 minutes before the end.
        const Minutes end = start + length;
        range.start = std::clamp(minutesAt(pointer), Minutes{0}, std::min(end - minimum, day - Minutes{1}));
    } else if (drag == DragKind::End) {
        const Minutes end = std::clamp(minutesAt(pointer), start + minimum, start + day);
        range.end = end > day ? end - day : end;
    } else if (drag == DragKind::Body) {
        // The pointer's travel to the nearest step, as the edges snap to the
        // nearest grid line: 55 minutes of dragging moves the block an hour.
        const double moved = (pos.x() - pressPos.x()) * geometry.scale();
        const Minutes snapped = date::floor<Minutes>(
            Seconds{std::llround(moved / double(step.count())) * step.count()});
        const Minutes newStart = std::clamp(start + snapped, Minutes{0}, day - Minutes{1});
        range.start = newStart;
        const Minutes end = newStart + length;
        range.end = end > day ? end - day : end;
    }
    if (edited == original) {
        preview.reset();
        previewSchedule.reset();
    } else {
        // Expand only this member for the live picture.
        Plan single;
        single.regions = plan().regions;
        single.members = {edited};
        const TeamSchedule schedule = computeSchedule(single, reportWindow);
        preview = edited;
        previewSchedule = schedule.members.front();
    }
    const bool deep = grabbed->layer == Layer::DeepWork;
    const WeeklyRange &shown = patternOf(preview ? *preview : edited, grabbed->layer)
                                   .ranges[grabbed->rangeIndex];
    const LocalTimeLookup from = resolveLocalTime(original.zone, shown.localStart(grabbed->date));
    const LocalTimeLookup to = resolveLocalTime(original.zone, shown.localEnd(grabbed->date));
    QToolTip::showText(
        q->viewport()->mapToGlobal(pos),
        TimelineView::tr("%1 %2–%3 %4\n%5–%6 %7")
            .arg(deep ? TimelineView::tr("Deep work") : TimelineView::tr("Working hours"),
                 minutesText(shown.start, clock), minutesText(shown.end, clock),
                 zoneCity(original.zone), clockText(from.instant, reference, clock),
                 clockText(to.instant, reference, clock), zoneCity(reference)),
        q->viewport());
    q->viewport()->update();
}

// ---- Painting --------------------------------------------------------------

void TimelineView::Private::paint(QPainter &p, const QRect &area)
{
    ensureReport();
    const QPalette &palette = q->palette();
    p.fillRect(area, palette.color(QPalette::Base));
    p.setRenderHint(QPainter::Antialiasing, false);

    const int axis = axisHeight();
    const RowCacheKey frame{geometry.visible(), area.width(), p.device()->devicePixelRatioF()};
    const bool reuseRows = lastFrame == frame;
    lastFrame = frame;
    if (!(rowCacheKey == frame)) {
        rowCache.clear();
        rowCacheKey = frame;
    }
    std::vector<std::size_t> inView;
    p.save();
    p.setClipRect(QRect(0, axis, area.width(), area.height() - axis));
    for (const Row &row : rows) {
        const QRect rect = rowRect(row);
        if (rect.bottom() < axis || rect.top() > area.bottom())
            continue; // only the rows in view
        inView.push_back(rowCacheSlot(row));
        if (reuseRows && !isPreviewed(row))
            p.drawPixmap(QPoint(headerWidth(), rect.top()), cachedRow(row, rect, frame.ratio));
        else
            paintRow(p, row, rect);
        paintHeader(p, row, rect);
    }
    // Keep a few screens of rows for scrolling back, not the whole plan.
    if (rowCache.size() > 4 * inView.size() + 16)
        std::erase_if(rowCache, [&](const auto &entry) {
            return std::find(inView.begin(), inView.end(), entry.first) == inView.end();
        });
    p.setClipRect(QRect(headerWidth(), axis, area.width() - headerWidth(), area.height() - axis));
    paintHandoffs(p, area);
    // The now line across all rows.
    const double nowX = timeX(now());
    if (nowX >= headerWidth() && nowX <= area.width())
        p.fillRect(QRectF(std::round(nowX) - 1, axis, 2, area.bottom() - axis + 1),
                   palette.color(QPalette::Highlight));
    p.restore();
    paintAxis(p, QRect(0, 0, area.width(), axis));

    // The header column's edge.
    p.fillRect(QRect(headerWidth() - 1, 0, 1, area.height()), palette.color(QPalette::Mid));
}

void TimelineView::Private::paintRow(QPainter &p, const Row &row, const QRect &rect)
{
    if (row.kind == RowKind::Region)
        paintRegionRow(p, row, rect);
    else
        paintMemberRow(p, row, rect);
}

const QPixmap &TimelineView::Private::cachedRow(const Row &row, const QRect &rect, qreal ratio)
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

void TimelineView::Private::paintAxis(QPainter &p, const QRect &rect)
{
    const QPalette &palette = q->palette();
    p.fillRect(rect, palette.color(QPalette::Window));
    p.fillRect(bottomRule(rect), palette.color(QPalette::Mid));

    p.setPen(palette.color(QPalette::WindowText));
    const QRect title(8, rect.top(), headerWidth() - 16, rect.height());
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
               q->fontMetrics().elidedText(TimelineView::tr("Times in %1").arg(zoneCity(reference)),
                                           Qt::ElideRight, title.width()));

    p.save();
    p.setClipRect(QRect(headerWidth(), rect.top(), rect.width() - headerWidth(), rect.height()));
    const Seconds step = geometry.labelStep(axisTimeLabelSpacing);
    // Dates on every day while they fit, else on every other day, else on
    // the first day of each week; a line marks every day regardless.
    const std::int64_t dateEvery = std::max<std::int64_t>(
        1, geometry.labelStep(axisDateLabelSpacing).count() / oneDay.count());
    const auto labelled = [&](LocalDate day) {
        if (dateEvery >= 7)
            return date::weekday{day} == firstDayOfWeek;
        return day.time_since_epoch().count() % dateEvery == 0;
    };
    const Interval visible = geometry.visible();
    const LocalDate firstDay = date::floor<date::days>(toLocal(reference, visible.start)) -
                               date::days{dateEvery >= 7 ? 7 : dateEvery};
    const LocalDate lastDay = date::floor<date::days>(toLocal(reference, visible.end));
    const int line = fontHeight();
    const int stepMinutes = int(std::max<std::int64_t>(15, step.count() / 60));
    const QFontMetrics bold(boldFont);
    for (LocalDate day = firstDay; day <= lastDay; day += date::days{1}) {
        const Instant midnight = resolveLocalTime(reference, LocalTime{day}).instant;
        const double dayX = timeX(midnight);
        p.setPen(palette.color(QPalette::Mid));
        p.drawLine(QPointF(dayX, rect.top()), QPointF(dayX, rect.bottom()));
        if (labelled(day)) {
            // A date whose day began off screen keeps its label at the left
            // edge until the next label would run into it.
            LocalDate next = day + date::days{1};
            while (!labelled(next))
                next += date::days{1};
            const QString label = dayText(midnight, reference);
            const double labelWidth = bold.horizontalAdvance(label) + 12;
            const double nextX = timeX(resolveLocalTime(reference, LocalTime{next}).instant);
            const double labelX = std::min(std::max<double>(dayX + 4, headerWidth() + 4),
                                           nextX - labelWidth);
            const int labelY =
                step >= oneDay ? rect.center().y() + line / 3 : rect.top() + line;
            if (labelX + labelWidth > headerWidth()) {
                p.save();
                p.setFont(boldFont);
                p.setPen(palette.color(QPalette::WindowText));
                p.drawText(QPointF(labelX, labelY), label);
                p.restore();
            }
        }
        if (step >= oneDay)
            continue;
        // Times centred on their ticks, as in the rows.
        for (int minutes = stepMinutes; minutes < 24 * 60; minutes += stepMinutes) {
            const Instant t =
                resolveLocalTime(reference, LocalTime{day} + Minutes{minutes}).instant;
            const double x = timeX(t);
            p.setPen(palette.color(QPalette::Mid));
            p.drawLine(QPointF(x, rect.bottom() - 4), QPointF(x, rect.bottom()));
            p.setPen(palette.color(QPalette::WindowText));
            const QString text = clockText(t, reference, clock);
            const double width = q->fontMetrics().horizontalAdvance(text);
            if (x - width / 2 >= headerWidth() + 2 && x + width / 2 <= rect.right() - 2)
                p.drawText(QPointF(x - width / 2, rect.top() + 2 * line + 2), text);
        }
    }
    p.restore();
}

void TimelineView::Private::paintHeader(QPainter &p, const Row &row, const QRect &rowRect)
{
    const QPalette &palette = q->palette();
    const QRect rect(0, rowRect.top(), headerWidth() - 1, rowRect.height());
    const bool focused = q->hasFocus() && !rows.empty() && &rows[std::size_t(focusRow)] == &row;
    p.fillRect(rect, focused ? palette.color(QPalette::Highlight) : palette.color(QPalette::Window));
    p.setPen(focused ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::WindowText));
    const int pad = 8;
    if (row.kind == RowKind::Region) {
        const Region &region = plan().regions[row.index];
        const bool open = !collapsed.count(region.id);
        // Disclosure triangle, colour dot, name.
        QPainterPath triangle;
        const QPointF c(pad + 5, rect.center().y() + 0.5);
        if (open)
            triangle.addPolygon(QPolygonF({c + QPointF(-4, -2), c + QPointF(4, -2), c + QPointF(0, 3)}));
        else
            triangle.addPolygon(QPolygonF({c + QPointF(-2, -4), c + QPointF(3, 0), c + QPointF(-2, 4)}));
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.fillPath(triangle, p.pen().color());
        p.setBrush(QColor(QString::fromStdString(region.color)));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(pad + 20, rect.center().y() + 0.5), 5, 5);
        p.restore();
        p.save();
        p.setFont(boldFont);
        const QRect text = rect.adjusted(pad + 32, 0, -pad, 0);
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(QString::fromStdString(region.name), Qt::ElideRight,
                                              text.width()));
        p.restore();
    } else {
        const Member &member = plan().members[row.index];
        const QRect text = rect.adjusted(pad + 20, 2, -pad, -2);
        // Name, and the member's current local time with the zone's
        // abbreviation, as a team lead checks "is it working hours there?".
        const QString local = clockText(now(), member.zone, clock) + u' ' +
                              zoneAbbreviation(member.zone, now());
        const int localWidth = QFontMetrics(smallFont).horizontalAdvance(local);
        p.drawText(text.adjusted(0, 0, -localWidth - 8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(QString::fromStdString(member.name), Qt::ElideRight,
                                              text.width() - localWidth - 8));
        QColor dim = p.pen().color();
        dim.setAlpha(170);
        p.save();
        p.setFont(smallFont);
        p.setPen(dim);
        p.drawText(text, Qt::AlignVCenter | Qt::AlignRight, local);
        p.restore();
    }
    p.fillRect(bottomRule(rect), withAlpha(palette.color(QPalette::Mid), 110));
}

void TimelineView::Private::paintRegionRow(QPainter &p, const Row &row, const QRect &rect)
{
    const QPalette &palette = q->palette();
    const Region &region = plan().regions[row.index];
    const QColor color(QString::fromStdString(region.color));
    p.fillRect(rect, withAlpha(palette.color(QPalette::AlternateBase), 255));

    const Interval visible = geometry.visible();
    const QRect band = rect.adjusted(0, 3, 0, -3);
    // Overlap bands behind the coverage, in the colours of both regions.
    for (const Overlap &overlap : report->overlaps) {
        if (!overlap.interval.intersects(visible) ||
            std::find(overlap.regions.begin(), overlap.regions.end(), row.index) ==
                overlap.regions.end())
            continue;
        const double x0 = timeX(overlap.interval.start);
        const double x1 = timeX(overlap.interval.end);
        QLinearGradient gradient(0, band.top(), 0, band.bottom());
        const std::size_t other = overlap.regions.front() == row.index ? overlap.regions.back()
                                                                       : overlap.regions.front();
        gradient.setColorAt(0, withAlpha(color, 90));
        gradient.setColorAt(1, withAlpha(QColor(QString::fromStdString(plan().regions[other].color)), 90));
        p.fillRect(QRectF(x0, rect.top(), x1 - x0, rect.height()), gradient);
    }
    // Coverage: the region colour, lighter than members' working hours.
    const QRect bar = rect.adjusted(0, rect.height() / 3, 0, -rect.height() / 3);
    for (const Interval &covered : report->coverage[row.index].intersecting(visible)) {
        const double x0 = timeX(covered.start);
        const double x1 = timeX(covered.end);
        p.fillRect(QRectF(x0, bar.top(), x1 - x0, bar.height()), withAlpha(color, 200));
    }
    // Gaps: nobody covers; translucent vermillion on every region row, with
    // a hatch so colour is not the only sign.
    for (const Interval &gap : report->gaps.intersecting(visible)) {
        const QRectF gapRect(timeX(gap.start), rect.top(), timeX(gap.end) - timeX(gap.start),
                             rect.height());
        p.fillRect(gapRect, QColor(213, 94, 0, 55));
        p.fillRect(gapRect, QBrush(QColor(213, 94, 0, 90), Qt::BDiagPattern));
    }
    p.fillRect(bottomRule(rect), withAlpha(palette.color(QPalette::Mid), 110));
}

void TimelineView::Private::paintLocalTicks(QPainter &p, const TimeZone &zone, const QRect &rect)
{
    const QPalette &palette = q->palette();
    const Interval visible = geometry.visible();
    const Seconds step = geometry.labelStep(hourLabelSpacing);
    const int stepHours = int(std::max<std::int64_t>(1, step.count() / 3600));
    const LocalDate firstDay = date::floor<date::days>(toLocal(zone, visible.start)) - date::days{1};
    const LocalDate lastDay = date::floor<date::days>(toLocal(zone, visible.end));
    p.save();
    p.setFont(smallFont);
    const int top = rect.top() + 1;
    const int bottom = rect.bottom() - 1 - smallLineHeight;
    const QColor dayLine = palette.color(QPalette::Mid);
    const QColor dayText = palette.color(QPalette::Text);
    const QColor hourText = withAlpha(palette.color(QPalette::Text), 140);
    // On a backdrop, as a bar may start right after midnight; left out
    // where days are too narrow for them to stay apart from the bars (the
    // axis still has the dates).
    const QColor backdrop = withAlpha(palette.color(QPalette::Base), 170);
    const bool weekdays =
        double(oneDay.count()) / geometry.scale() >= weekdayLabelWidth * 1.6 + 10;
    // Labels stay whole: none is cut by the header or the right edge.
    const double leftmost = headerWidth() + 2;
    const double rightmost = rect.right() - 2;
    Instant midnight = resolveLocalTime(zone, LocalTime{firstDay}).instant;
    for (LocalDate day = firstDay; day <= lastDay; day += date::days{1}) {
        const Instant nextMidnight = resolveLocalTime(zone, LocalTime{day + date::days{1}}).instant;
        const double dayX = timeX(midnight);
        // A local date change: a line and the weekday ("Tue").
        p.setPen(dayLine);
        p.drawLine(QPointF(dayX, rect.top()), QPointF(dayX, rect.bottom()));
        // Labels on whole pixels: crisp, and the same in a cached row. A
        // day that began left of the view keeps its name at the left edge
        // while there is room before the next day.
        if (weekdays) {
            const QStaticText &label = weekdayLabels[date::weekday{day}.iso_encoding() - 1];
            const double x = std::max(std::round(dayX) + 3, std::ceil(leftmost) + 1);
            if (x + label.size().width() + 4 <= timeX(nextMidnight)) {
                p.fillRect(QRectF(QPointF(x - 2, top), label.size() + QSizeF(4, 0)), backdrop);
                p.setPen(dayText);
                p.drawStaticText(QPointF(x, top), label);
            }
        }
        midnight = nextMidnight;
        if (step >= oneDay)
            continue;
        p.setPen(hourText);
        for (int hour = stepHours; hour < 24; hour += stepHours) {
            const Instant t = resolveLocalTime(zone, LocalTime{day} + std::chrono::hours{hour}).instant;
            const QStaticText &label = hourLabels[std::size_t(hour)];
            const double x = std::round(timeX(t) - label.size().width() / 2.0);
            if (x >= leftmost && x + label.size().width() <= rightmost)
                p.drawStaticText(QPointF(x, bottom), label);
        }
    }
    p.restore();
}

void TimelineView::Private::paintDaylight(QPainter &p, std::size_t m, const QRect &rect)
{
    const MemberDecor &sun = decor[m];
    if (!sun.located)
        return;
    const QPalette &palette = q->palette();
    // Night is a soft shade over the row, twilight half of it, day clear.
    // Opaque colours over only the stretches they cover keep this to a few
    // small fills a day.
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [&](double amount) {
        const QColor text = palette.color(QPalette::Text);
        return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * amount,
                                base.greenF() + (text.greenF() - base.greenF()) * amount,
                                base.blueF() + (text.blueF() - base.blueF()) * amount);
    };
    const QColor night = mix(0.085);
    const QColor twilight = mix(0.043);
    const Interval visible = geometry.visible();
    const auto fill = [&](const Interval &span, const QColor &colour) {
        const Interval shown = intersection(span, visible);
        if (shown.isEmpty())
            return;
        p.fillRect(QRectF(timeX(shown.start), rect.top(), timeX(shown.end) - timeX(shown.start),
                          rect.height()),
                   colour);
    };
    for (const Interval &dark : sun.night.intersecting(visible))
        fill(dark, night);
    for (const Interval &dusk : sun.twilight.intersecting(visible))
        fill(dusk, twilight);
    // Twilight fades into day rather than stepping.
    for (const Interval &light : sun.daylight.intersecting(visible)) {
        const double x0 = timeX(light.start);
        const double x1 = timeX(light.end);
        const double fade = std::min(24.0, (x1 - x0) / 4);
        QLinearGradient in(x0, 0, x0 + fade, 0);
        in.setColorAt(0, twilight);
        in.setColorAt(1, base);
        p.fillRect(QRectF(x0, rect.top(), fade, rect.height()), in);
        QLinearGradient out(x1 - fade, 0, x1, 0);
        out.setColorAt(0, base);
        out.setColorAt(1, twilight);
        p.fillRect(QRectF(x1 - fade, rect.top(), fade, rect.height()), out);
    }
}

void TimelineView::Private::paintTransitions(QPainter &p, std::size_t m, const QRect &rect)
{
    const QPalette &palette = q->palette();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const Interval visible = geometry.visible();
    for (const ZoneTransition &change : decor[m].transitions) {
        if (!visible.contains(change.at))
            continue;
        const double x = timeX(change.at);
        // A small diamond in the middle of the row, clear of the weekday and
        // hour labels (clocks change at night, when bars are rare).
        const QPointF top(x, rect.center().y() - 5);
        QPolygonF marker({top, top + QPointF(5, 5), top + QPointF(0, 10), top + QPointF(-5, 5)});
        p.setPen(QPen(palette.color(QPalette::Text), 1));
        p.setBrush(change.change() > Seconds{0} ? palette.color(QPalette::Highlight)
                                                : palette.color(QPalette::Base));
        p.drawPolygon(marker);
    }
    p.restore();
}

void TimelineView::Private::paintMemberRow(QPainter &p, const Row &row, const QRect &rect)
{
    const QPalette &palette = q->palette();
    const Member &member = plan().members[row.index];
    const auto region = plan().regionIndex(member.region);
    const QColor color(region ? QString::fromStdString(plan().regions[*region].color)
                              : QStringLiteral("#808080"));
    const Interval visible = geometry.visible();
    const MemberSchedule &schedule = scheduleOf(row.index);

    paintDaylight(p, row.index, rect);

    // Time off: whole local dates, grey with a light cross-hatch.
    for (const DateRange &off : member.timeOff) {
        const Instant from = resolveLocalTime(member.zone, LocalTime{off.from}).instant;
        const Instant to = resolveLocalTime(member.zone, LocalTime{off.to + date::days{1}}).instant;
        if (!Interval{from, to}.intersects(visible))
            continue;
        const QRectF offRect(timeX(from), rect.top(), timeX(to) - timeX(from), rect.height());
        p.fillRect(offRect, withAlpha(palette.color(QPalette::Mid), 60));
        p.fillRect(offRect, QBrush(withAlpha(palette.color(QPalette::Mid), 120), Qt::DiagCrossPattern));
    }

    // The bar between the weekday labels above and the hour labels below.
    const double barTop = rect.top() + fontHeight() * 0.55;
    const double barBottom = rect.bottom() - smallLineHeight - 1;
    const QRectF bar(rect.left(), barTop, rect.width(), barBottom - barTop);
    for (const Interval &work : schedule.work.intersecting(visible)) {
        p.fillRect(QRectF(timeX(work.start), bar.top(), timeX(work.end) - timeX(work.start),
                          bar.height()),
                   color);
    }
    // Deep work: protected, so it reads as protected at a glance: darker,
    // hatched, with a lock, both in the palette's light end (Base in a light
    // palette, Text in a dark one) so they show on the dark block either way.
    const QColor deep = color.darker(135);
    const QColor hatch = lightEnd(palette);
    for (const Interval &block : schedule.deepWork.intersecting(visible)) {
        const QRectF blockRect(timeX(block.start), bar.top(), timeX(block.end) - timeX(block.start),
                               bar.height());
        p.fillRect(blockRect, deep);
        p.fillRect(blockRect, QBrush(withAlpha(hatch, 110), Qt::BDiagPattern));
        if (blockRect.width() > 18)
            p.drawPixmap(QPointF(blockRect.left() + 4, blockRect.center().y() - 7),
                         lockGlyph(hatch));
    }
    // Comms windows: a narrow bright band just above the bar, outlined in
    // the text colour so it shows on every region colour and background.
    const QColor comms = lightEnd(palette);
    const QColor outline = palette.color(QPalette::Text);
    for (const Interval &window : schedule.comms.intersecting(visible)) {
        const double x0 = std::round(timeX(window.start));
        const double x1 = std::max(x0 + 3, std::round(timeX(window.end)));
        const QRectF band(x0, bar.top() - 5, x1 - x0, 5);
        p.fillRect(band, outline);
        p.fillRect(band.adjusted(1, 1, -1, -1), comms);
    }
    paintLocalTicks(p, member.zone, rect);
    paintTransitions(p, row.index, rect);
    p.fillRect(bottomRule(rect), withAlpha(palette.color(QPalette::Mid), 110));
}

void TimelineView::Private::paintHandoffs(QPainter &p, const QRect &area)
{
    std::vector<int> regionCenter(plan().regions.size(), -1);
    for (const Row &row : rows)
        if (row.kind == RowKind::Region)
            regionCenter[row.index] = rowRect(row).center().y();
    const Interval visible = geometry.visible();
    const bool darkPalette = q->palette().color(QPalette::Base).lightness() < 128;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const Handoff &handoff : report->handoffs) {
        if (handoff.pickup < visible.start || handoff.at > visible.end)
            continue;
        const QPointF from(timeX(handoff.at), regionCenter[handoff.from]);
        const QPointF to(timeX(handoff.pickup), regionCenter[handoff.to]);
        // Rows scrolled away can put both ends above or below the view.
        const double top = axisHeight();
        const double bottom = area.bottom();
        if (std::max(from.y(), to.y()) < top || std::min(from.y(), to.y()) > bottom)
            continue;
        // Translucent, so the rows the arrow crosses stay readable; away from
        // the background's lightness, so it stands out in either palette.
        const QColor region(QString::fromStdString(plan().regions[handoff.to].color));
        const QColor color = withAlpha(darkPalette ? region.lighter(170) : region.darker(120), 190);
        const double dy = to.y() - from.y();
        if (std::abs(to.x() - from.x()) < 0.5) {
            // Pickup at the same instant: a straight vertical drop, as a 2 px
            // opaque rectangle over just the part in view. That is a plain
            // memory fill; stroking it, or blending a translucent colour,
            // over the thousand scanlines it can span costs more than the
            // rows it crosses (the raster engine hands tall blends to its
            // thread pool and waits for them).
            const double y0 = std::clamp(std::min(from.y(), to.y()), top - 2, bottom + 2);
            const double y1 = std::clamp(std::max(from.y(), to.y()), top - 2, bottom + 2);
            p.fillRect(QRectF(std::round(from.x()) - 1, y0, 2, y1 - y0), withAlpha(color, 255));
        } else {
            // The curve as a polyline, kept to the stretch in view: dashing a
            // path thousands of pixels long off screen costs whole frames.
            // Its y only ever moves one way, so the stretch is one run of
            // points, plus one either side to reach the edges.
            const QPointF c1 = from + QPointF(0, dy * 0.5);
            const QPointF c2 = to - QPointF(0, dy * 0.5);
            const int steps = std::clamp(int(std::abs(dy) / 16), 32, 1024);
            QPolygonF visiblePart;
            QPointF previous = from;
            for (int i = 0; i <= steps; ++i) {
                const double t = double(i) / steps;
                const double u = 1 - t;
                const QPointF point = u * u * u * from + 3 * u * u * t * c1 + 3 * u * t * t * c2 +
                                      t * t * t * to;
                if (point.y() >= top && point.y() <= bottom) {
                    if (visiblePart.isEmpty() && i > 0)
                        visiblePart << previous;
                    visiblePart << point;
                } else if (!visiblePart.isEmpty()) {
                    visiblePart << point;
                    break;
                }
                previous = point;
            }
            // Line style, not just colour, tells the kinds apart. Strokes
            // 1 px wide are rasterised directly (Qt's cosmetic stroker);
            // wider ones become a polygon per dash, milliseconds a frame for
            // a screen of dashed curves. Three passes a fraction of a pixel
            // apart have the weight of a 1.6 px line at a tenth of the cost.
            QPen hairline(color, 1.0);
            if (handoff.kind != HandoffKind::Overlap)
                hairline.setDashPattern({5, 3});
            p.setPen(hairline);
            p.setBrush(Qt::NoBrush);
            for (const QPointF shift : {QPointF(0, 0), QPointF(0.7, 0), QPointF(0, 0.7)})
                p.drawPolyline(visiblePart.translated(shift));
        }
        // Arrowhead pointing into the receiving row.
        const double direction = dy >= 0 ? 1 : -1;
        QPolygonF head({to, to + QPointF(-5, -8 * direction), to + QPointF(5, -8 * direction)});
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(head);
        // The handoff ] and [ showed last: a ring where it leaves.
        if (handoffCursor && keyOf(handoff) == *handoffCursor) {
            p.setPen(QPen(q->palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(from, 7, 7);
        }
    }
    p.restore();
}

QString TimelineView::Private::handoffText(const Handoff &handoff) const
{
    // A pickup days later (a gap over a weekend or a shutdown) names its day.
    const auto when = [&](Instant instant, const TimeZone &zone) {
        const bool sameDay = dayText(instant, zone) == dayText(handoff.at, zone);
        return sameDay ? clockText(instant, zone, clock)
                       : TimelineView::tr("%1 %2").arg(dayText(instant, zone),
                                                       clockText(instant, zone, clock));
    };
    const auto both = [&](Instant instant, const TimeZone &zone) {
        return TimelineView::tr("%1 %2 · %3 %4")
            .arg(when(instant, zone), zoneCity(zone), when(instant, reference),
                 zoneCity(reference));
    };
    const Region &a = plan().regions[handoff.from];
    const Region &b = plan().regions[handoff.to];
    const auto sender = report->schedule.shifts[handoff.from].membersIn(
        {handoff.at - Seconds{1}, handoff.at});
    const auto receiver = report->schedule.shifts[handoff.to].membersIn(
        {handoff.pickup, handoff.pickup + Seconds{1}});
    QString text = TimelineView::tr("Handoff %1 → %2")
                       .arg(QString::fromStdString(a.name), QString::fromStdString(b.name));
    if (!sender.empty())
        text += u'\n' + TimelineView::tr("Leaves %1: %2")
                            .arg(QString::fromStdString(a.name),
                                 both(handoff.at, plan().members[sender.front()].zone));
    if (!receiver.empty())
        text += u'\n' + TimelineView::tr("Picked up in %1: %2")
                            .arg(QString::fromStdString(b.name),
                                 both(handoff.pickup, plan().members[receiver.front()].zone));
    // Why this receiver (handoff.h): the region that worked alongside the
    // sender longest, or, across a gap, the first one back.
    if (handoff.kind == HandoffKind::Gap)
        text += u'\n' + TimelineView::tr("Waits %1 in a gap: %2 is the first region back")
                            .arg(durationText(handoff.wait), QString::fromStdString(b.name));
    else if (handoff.overlap > Seconds{0})
        text += u'\n' + TimelineView::tr("Overlap of %1: %2 worked alongside %3 longest")
                            .arg(durationText(handoff.overlap), QString::fromStdString(b.name),
                                 QString::fromStdString(a.name));
    else
        text += u'\n' + TimelineView::tr("No overlap: %1 starts as %2 stops")
                            .arg(QString::fromStdString(b.name), QString::fromStdString(a.name));
    if (handoff.syncSlot)
        text += u'\n' + TimelineView::tr("Sync slot %1–%2 %3")
                            .arg(clockText(handoff.syncSlot->start, reference, clock),
                                 clockText(handoff.syncSlot->end, reference, clock),
                                 zoneCity(reference));
    else if (handoff.kind == HandoffKind::Overlap)
        text += u'\n' + TimelineView::tr("No sync slot: async handoff with a written note");
    return text;
}

void TimelineView::Private::stepHandoff(int direction)
{
    ensureReport();
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
    std::optional<HandoffKey> target = pick(report->handoffs);
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
        QToolTip::showText(q->viewport()->mapToGlobal(q->viewport()->rect().center()), none,
                           q->viewport());
        emit q->handoffShown(none);
        return;
    }
    handoffCursor = target;
    const Instant at = std::get<0>(*target);
    const Seconds margin = visible.length() / 10;
    if (!Interval{visible.start + margin, visible.end - margin}.contains(at))
        setGeometry(geometry.centeredOn(at));
    ensureReport();
    const auto shown = std::find_if(report->handoffs.begin(), report->handoffs.end(),
                                    [&](const Handoff &h) { return keyOf(h) == *target; });
    if (shown == report->handoffs.end())
        return;
    const QString text = handoffText(*shown);
    // The sending region's row into view, and the details at the arrow.
    for (const Row &row : rows) {
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

QString TimelineView::Private::tooltipAt(const QPoint &pos) const
{
    if (!report || pos.x() < headerWidth())
        return {};
    const int index = rowAt(pos.y());
    if (index < 0)
        return {};
    const Row &row = rows[std::size_t(index)];
    const Instant t = geometry.instantAt(pos.x() - headerWidth());
    const auto both = [&](Instant instant, const TimeZone &zone) {
        return TimelineView::tr("%1 %2 · %3 %4")
            .arg(clockText(instant, zone, clock), zoneCity(zone),
                 clockText(instant, reference, clock), zoneCity(reference));
    };
    // Handoff arrows first: they lie over the rows.
    for (const Handoff &handoff : report->handoffs) {
        const bool fromRow = row.kind == RowKind::Region && row.index == handoff.from &&
                             std::abs(pos.x() - timeX(handoff.at)) <= 6;
        const bool toRow = row.kind == RowKind::Region && row.index == handoff.to &&
                           std::abs(pos.x() - timeX(handoff.pickup)) <= 6;
        if (fromRow || toRow)
            return handoffText(handoff);
    }
    if (row.kind == RowKind::Region) {
        const Region &region = plan().regions[row.index];
        if (const auto gap = report->gaps.intervalAt(t))
            return TimelineView::tr("Gap: nobody covers for %1\n%2 – %3")
                .arg(durationText(gap->length()), dateTimeText(gap->start, reference, clock),
                     dateTimeText(gap->end, reference, clock));
        if (const auto covered = report->coverage[row.index].intervalAt(t))
            return TimelineView::tr("%1 covers %2 – %3")
                .arg(QString::fromStdString(region.name),
                     dateTimeText(covered->start, reference, clock),
                     dateTimeText(covered->end, reference, clock));
        return {};
    }
    const Member &member = plan().members[row.index];
    const MemberSchedule &schedule = scheduleOf(row.index);
    const QString who = QString::fromStdString(member.name);
    for (const ZoneTransition &change : zoneTransitions(member.zone, geometry.visible())) {
        if (std::abs(pos.x() - timeX(change.at)) > 6 ||
            std::abs(pos.y() - rowRect(row).center().y()) > 8)
            continue;
        const Seconds moved = change.change();
        return (moved > Seconds{0} ? TimelineView::tr("Clocks go forward %1: %2 → %3 %4")
                                   : TimelineView::tr("Clocks go back %1: %2 → %3 %4"))
            .arg(durationText(moved > Seconds{0} ? moved : -moved), localClockText(change.localBefore(), clock),
                 localClockText(change.localAfter(), clock), QString::fromStdString(member.zone.name()));
    }
    if (const auto block = schedule.deepWork.intervalAt(t))
        return TimelineView::tr("%1: deep work, protected\n%2 – %3\n%4 – %5\nHandoffs, sync slots "
                                "and meetings must stay out of it.")
            .arg(who, both(block->start, member.zone), both(block->end, member.zone),
                 dayText(block->start, member.zone), durationText(block->length()));
    if (const auto window = schedule.comms.intervalAt(t))
        return TimelineView::tr("%1: comms window\n%2 – %3")
            .arg(who, both(window->start, member.zone), both(window->end, member.zone));
    if (const auto work = schedule.work.intervalAt(t))
        return TimelineView::tr("%1: working hours\n%2 – %3")
            .arg(who, both(work->start, member.zone), both(work->end, member.zone));
    const LocalDate day = date::floor<date::days>(toLocal(member.zone, t));
    for (const DateRange &off : member.timeOff)
        if (off.contains(day))
            return TimelineView::tr("%1: time off").arg(who);
    return TimelineView::tr("%1, %2 (%3)").arg(who, clockText(t, member.zone, clock),
                                               QString::fromStdString(member.zone.name()));
}

// ---- TimelineView -------------------------------------------------------------

TimelineView::TimelineView(PlanDocument *document, QWidget *parent)
    : QAbstractScrollArea(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("World timeline"));
    setAccessibleDescription(tr("Regions and members over time. Arrow keys pan, plus and minus "
                                "zoom, Up and Down choose a row, Enter opens it, ] and [ show "
                                "the next and previous handoff, Escape cancels a drag."));
    viewport()->grabGesture(Qt::PinchGesture);
    const Instant today = date::floor<date::days>(d->now());
    d->geometry = TimelineGeometry({today, today + date::days{3}}, 800);
    connect(document, &PlanDocument::planChanged, this, [this] { d->invalidate(); });
    d->updateMetrics();
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
    for (const Row &row : d->rows)
        if (row.kind == RowKind::Member && d->plan().members[row.index].id == memberId)
            return d->rowRect(row);
    return {};
}

void TimelineView::render(QPainter &painter, const QSize &size)
{
    const TimelineGeometry saved = d->geometry;
    d->geometry = TimelineGeometry(saved.visible(), size.width() - headerWidth());
    d->paint(painter, QRect(QPoint(0, 0), size));
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
    d->paint(painter, viewport()->rect());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // The range stays, as a week view stays a week: the first layout of the
    // window shows the week it was asked to, and the zoom slider holds.
    d->setGeometry(TimelineGeometry(d->geometry.visible(),
                                    std::max(1, viewport()->width() - headerWidth())));
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
    default:
        break;
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update(); // the focused row's header
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TimelineView::scrollContentsBy(int, int)
{
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
        const Row &row = d->rows[std::size_t(index)];
        if (row.kind == RowKind::Region) {
            const std::string &id = d->plan().regions[row.index].id;
            setRegionExpanded(id, !isRegionExpanded(id));
        }
        viewport()->update();
        return;
    }
    d->grabbed = d->document->isReadOnly() ? std::nullopt : d->blockAt(pos);
    if (d->grabbed) {
        const double x0 = d->timeX(d->grabbed->start);
        const double x1 = d->timeX(d->grabbed->end);
        d->drag = std::abs(pos.x() - x0) <= edgeGrip   ? DragKind::Start
                  : std::abs(pos.x() - x1) <= edgeGrip ? DragKind::End
                                                       : DragKind::Body;
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
        // Show what a press would grab.
        const auto hit = d->document->isReadOnly() ? std::nullopt : d->blockAt(pos);
        if (hit && (std::abs(pos.x() - d->timeX(hit->start)) <= edgeGrip ||
                    std::abs(pos.x() - d->timeX(hit->end)) <= edgeGrip))
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
    default:
        d->updatePreview(pos, event->modifiers());
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *)
{
    const DragKind drag = std::exchange(d->drag, DragKind::None);
    viewport()->unsetCursor();
    if (drag == DragKind::Pan || drag == DragKind::None)
        return;
    // One drag, one undo step.
    if (d->preview && d->grabbed) {
        const Member edited = *d->preview;
        const bool deep = d->grabbed->layer == Layer::DeepWork;
        d->preview.reset();
        d->previewSchedule.reset();
        d->grabbed.reset();
        d->document->changeMember(edited, drag == DragKind::Body
                                              ? (deep ? tr("Move deep work") : tr("Move working hours"))
                                              : (deep ? tr("Resize deep work")
                                                      : tr("Resize working hours")));
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
        const Instant anchor =
            d->geometry.instantAt(event->position().x() - headerWidth());
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
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-0.125);
        break;
    case Qt::Key_Right:
        panBy(0.125);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (d->rows.empty())
            break;
        d->focusRow = std::clamp(d->focusRow + (event->key() == Qt::Key_Up ? -1 : 1), 0,
                                 int(d->rows.size()) - 1);
        const QRect rect = d->rowRect(d->rows[std::size_t(d->focusRow)]);
        if (rect.top() < d->axisHeight())
            verticalScrollBar()->setValue(d->rows[std::size_t(d->focusRow)].top);
        else if (rect.bottom() > viewport()->height())
            verticalScrollBar()->setValue(d->rows[std::size_t(d->focusRow)].top + rect.height() -
                                          (viewport()->height() - d->axisHeight()));
        viewport()->update();
        break;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: {
        if (d->rows.empty())
            break;
        const Row &row = d->rows[std::size_t(d->focusRow)];
        if (row.kind == RowKind::Region) {
            const std::string &id = d->plan().regions[row.index].id;
            setRegionExpanded(id, !isRegionExpanded(id));
        } else {
            emit memberActivated(d->plan().members[row.index].id);
        }
        break;
    }
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
    case QEvent::Gesture: {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            const Instant anchor =
                d->geometry.instantAt(viewport()->mapFromGlobal(pinch->centerPoint().toPoint()).x() -
                                      headerWidth());
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
