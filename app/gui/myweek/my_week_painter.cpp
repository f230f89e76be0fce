#include "gui/myweek/my_week_painter.h"

#include "gui/style/block_painter.h"
#include "gui/style/palette_colours.h"
#include "gui/style/task_colours.h"

#include "sunrelay/core/local_time.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace sunrelay::gui
{

namespace
{

class MyWeekPainterWords
{
    Q_DECLARE_TR_FUNCTIONS(MyWeek)
};

constexpr double instantBand = 4; // half the height of an instant's band
constexpr double padding = 3;

double hours(Seconds length)
{
    return double(length.count()) / 3600.0;
}

QFont smaller(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(std::max(6.5, font.pointSizeF() * 0.85));
    else
        font.setPixelSize(std::max(9, int(font.pixelSize() * 0.85)));
    return font;
}

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}

// The instants of each whole local hour of `day` in `zone`: 23, 24 or 25 of
// them; a repeated hour appears twice, a skipped one not at all.
std::vector<std::pair<Instant, int>> localHours(const WeekDay &day, const TimeZone &zone)
{
    std::vector<std::pair<Instant, int>> marks;
    for (int h = 0; h < 24; ++h) {
        const LocalTime reading = LocalTime{day.date} + std::chrono::hours{h};
        const LocalTimeLookup found = resolveLocalTime(zone, reading);
        if (found.kind == LocalTimeKind::Skipped)
            continue;
        if (day.span.contains(found.instant))
            marks.emplace_back(found.instant, h);
        if (found.kind == LocalTimeKind::Repeated) {
            // The second time the clock shows this hour (an hour of exact
            // time later, for the usual one-hour change).
            for (const auto later : {std::chrono::minutes{60}, std::chrono::minutes{30}}) {
                const Instant again = found.instant + later;
                if (toLocal(zone, again) == reading && day.span.contains(again)) {
                    marks.emplace_back(again, h);
                    break;
                }
            }
        }
    }
    std::sort(marks.begin(), marks.end());
    return marks;
}

// "25 h day", "23 h day", "23 h 30 min day" (Lord Howe): never in days.
QString dayLengthText(Seconds length)
{
    const auto minutes = std::chrono::duration_cast<Minutes>(length).count();
    //: My Week: the length of a day with a clock change, in whole hours, e.g. "25 h day"
    if (minutes % 60 == 0)
        return MyWeekPainterWords::tr("%1 h day").arg(minutes / 60);
    return MyWeekPainterWords::tr("%1 h %2 min day").arg(minutes / 60).arg(minutes % 60);
}

bool isStandardDay(const WeekDay &day)
{
    return day.span.length() == std::chrono::hours{24};
}

QColor conflictColour(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning:
        return QColor(0xe6, 0x8a, 0x00);
    case Severity::Info:
        break;
    }
    return QColor(0x3b, 0x82, 0xc4);
}

// The label and caption of a block, as many lines as fit, from the top.
void drawBlockText(QPainter &p,
                   const QRectF &rect,
                   const QString &first,
                   const QString &second,
                   const QColor &colour,
                   double indent = 0)
{
    const QFontMetricsF metrics(p.font());
    const QRectF inner = rect.adjusted(padding + indent, 1, -padding, -1);
    if (inner.height() < metrics.height() * 0.9 || inner.width() < 12)
        return;
    p.setPen(colour);
    double y = inner.top();
    for (const QString &line : {first, second}) {
        if (line.isEmpty())
            continue;
        if (y + metrics.height() > inner.bottom() + 1)
            break;
        p.drawText(QRectF(inner.left(), y, inner.width(), metrics.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(line, Qt::ElideRight, inner.width()));
        y += metrics.height();
    }
}

} // namespace

MyWeekGeometry::MyWeekGeometry(const MyWeekContent &content, const QRectF &area, const QFont &font)
    : m_content(&content)
    , m_area(area)
{
    const QFontMetricsF metrics(font);
    m_headerHeight = std::ceil(metrics.height() * 2 + 3 * padding);
    m_gutterWidth = std::ceil(metrics.horizontalAdvance(QStringLiteral("00 PM")) + 2 * padding);
    double longest = 24;
    for (const WeekDay &day : content.days)
        longest = std::max(longest, hours(day.span.length()));
    m_pixelsPerHour = std::max(1.0, (area.height() - m_headerHeight) / longest);
    m_columnWidth = std::max(1.0, (area.width() - m_gutterWidth) / 7.0);
    m_dstLabelWidth =
        std::ceil(QFontMetricsF(smaller(font)).horizontalAdvance(hourText(12, content.clock)) + 4);
}

double MyWeekGeometry::preferredHeight(const MyWeekContent &content,
                                       const QFont &font,
                                       double pixelsPerHour)
{
    const QFontMetricsF metrics(font);
    double longest = 24;
    for (const WeekDay &day : content.days)
        longest = std::max(longest, hours(day.span.length()));
    return std::ceil(metrics.height() * 2 + 3 * padding) + std::ceil(longest * pixelsPerHour);
}

QRectF MyWeekGeometry::headerRect(int day) const
{
    return QRectF(m_area.left() + m_gutterWidth + day * m_columnWidth,
                  m_area.top(),
                  m_columnWidth,
                  m_headerHeight);
}

QRectF MyWeekGeometry::columnRect(int day) const
{
    const WeekDay &d = m_content->days.at(std::size_t(day));
    return QRectF(m_area.left() + m_gutterWidth + day * m_columnWidth,
                  m_area.top() + m_headerHeight,
                  m_columnWidth,
                  hours(d.span.length()) * m_pixelsPerHour);
}

double MyWeekGeometry::y(int day, Instant t) const
{
    const WeekDay &d = m_content->days.at(std::size_t(day));
    return m_area.top() + m_headerHeight + hours(t - d.span.start) * m_pixelsPerHour;
}

QRectF MyWeekGeometry::blockRect(const WeekBlock &block) const
{
    // A DST day keeps a strip on the left for its own hour labels.
    const bool standard = isStandardDay(m_content->days.at(std::size_t(block.day)));
    const QRectF column = columnRect(block.day).adjusted(standard ? 0 : m_dstLabelWidth, 0, 0, 0);
    const double x = column.left();
    const double w = column.width();
    const double top = y(block.day, block.interval.start);
    const double bottom = y(block.day, block.interval.end);
    switch (block.kind) {
    case WeekBlockKind::TimeOff:
    case WeekBlockKind::Holiday:
        return QRectF(x, top, w, bottom - top);
    case WeekBlockKind::Work:
    case WeekBlockKind::DeepWork:
    case WeekBlockKind::Comms:
        return QRectF(x + 2, top, w - 4, bottom - top);
    case WeekBlockKind::Task:
        return QRectF(x + w * 0.62, top, w * 0.38 - 2, bottom - top);
    case WeekBlockKind::Busy:
        return QRectF(x + w * 0.30, top, w * 0.62, bottom - top);
    case WeekBlockKind::Conflict:
        return QRectF(x, top, 4, std::max(bottom - top, 12.0));
    case WeekBlockKind::HandoffIn:
    case WeekBlockKind::HandoffOut:
        return QRectF(x, top - instantBand, w, 2 * instantBand);
    }
    return {};
}

const WeekBlock *MyWeekGeometry::blockAt(const QPointF &point) const
{
    for (auto it = m_content->blocks.rbegin(); it != m_content->blocks.rend(); ++it) {
        QRectF rect = blockRect(*it);
        if (it->kind == WeekBlockKind::Conflict)
            rect = rect.united(QRectF(rect.left(), rect.top(), 16, 14)); // its sign
        if (rect.contains(point))
            return &*it;
    }
    return nullptr;
}

int MyWeekGeometry::dayAt(const QPointF &point) const
{
    for (int d = 0; d < int(m_content->days.size()); ++d)
        if (columnRect(d).contains(point) || headerRect(d).contains(point))
            return d;
    return -1;
}

QPalette printPalette()
{
    QPalette palette(QColor(0xf2, 0xf2, 0xf2), QColor(Qt::white));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return palette;
}

namespace
{

// A day's header: the date, then the day's length when it is not 24 h and
// the longest protected stretch.
void paintDayHeader(QPainter &p, const WeekDay &day, const QRectF &header, const QPalette &palette)
{
    const QFont font = p.font();
    const QFont small = smaller(font);
    const QColor text = palette.color(QPalette::Text);
    const QFontMetricsF metrics(font);
    p.setFont(bold(font));
    p.setPen(text);
    p.drawText(QRectF(header.left(), header.top(), header.width(), metrics.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               day.title);
    QStringList details;
    if (!isStandardDay(day))
        details << dayLengthText(day.span.length());
    //: My Week day details: the longest stretch of work; %1 is a duration, e.g. "5 h"
    if (day.maker.isWorkday)
        details << MyWeekPainterWords::tr("longest %1").arg(durationText(day.maker.longestStretch));
    const QString detail = details.join(QStringLiteral(" · "));
    p.setFont(small);
    const QRectF second(header.left(),
                        header.top() + metrics.height(),
                        header.width(),
                        metrics.height());
    double indent = 0;
    if (day.maker.isWorkday && day.maker.isProtected) {
        const QPixmap &lock = lockGlyph(text, p.device() ? p.device()->devicePixelRatioF() : 1);
        p.drawPixmap(QPointF(second.left(), second.center().y() - 6.5), lock);
        indent = 14;
    }
    p.setPen(day.maker.isWorkday && !day.maker.isProtected
                 ? conflictColour(Severity::Warning)
                 : palette.color(QPalette::PlaceholderText));
    const QRectF detailRect = second.adjusted(indent, 0, 0, 0);
    p.drawText(detailRect,
               Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(small).elidedText(detail, Qt::ElideRight, detailRect.width()));
    p.setFont(font);
}

// Hour lines and labels. The gutter has a 24-hour day's hours; a DST day's
// column labels its own (paintDstHourLabels()).
void paintHourGrid(QPainter &p,
                   const MyWeekContent &content,
                   const MyWeekGeometry &geometry,
                   const QPalette &palette)
{
    const QColor dim = palette.color(QPalette::PlaceholderText);
    const QColor grid = withAlpha(palette.color(QPalette::Mid), 90);
    const QColor halfGrid = withAlpha(palette.color(QPalette::Mid), 40);
    const QRectF area = geometry.area();
    const QFontMetricsF smallMetrics(p.font());
    const double top = area.top() + geometry.headerHeight();
    for (int h = 0; h < 24; ++h) {
        const double yh = top + h * geometry.pixelsPerHour();
        p.setPen(dim);
        p.drawText(QRectF(area.left(), yh, geometry.gutterWidth() - padding, smallMetrics.height()),
                   Qt::AlignRight | Qt::AlignTop,
                   hourText(h, content.clock));
    }
    for (int d = 0; d < int(content.days.size()); ++d) {
        const WeekDay &day = content.days[std::size_t(d)];
        const QRectF column = geometry.columnRect(d);
        for (const auto &[instant, hour] : localHours(day, content.zone)) {
            const double yh = geometry.y(d, instant);
            p.setPen(hour % 6 == 0 ? grid : halfGrid);
            p.drawLine(QPointF(column.left(), yh), QPointF(column.right(), yh));
        }
        p.setPen(grid);
        p.drawLine(column.topLeft(), column.bottomLeft());
    }
    p.setPen(grid);
    p.drawLine(QPointF(area.left(), top), QPointF(area.right(), top));
}

// The colours and the small font's metrics the blocks are painted with.
struct BlockStyle {
    const QPalette &palette;
    QColor regionColour;
    QColor text;
    QColor workFill;
    QColor workText;
    QFontMetricsF smallMetrics;
};

// Working hours are the region colour over the background, labelled in
// whichever of black or white reads on the mix.
BlockStyle blockStyle(const MyWeekContent &content, const QPalette &palette, const QFont &small)
{
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [&](int over, int under) {
        return (over * 150 + under * 105) / 255;
    };
    const QColor workText = textColourOn(QColor(mix(content.regionColour.red(), base.red()),
                                                mix(content.regionColour.green(), base.green()),
                                                mix(content.regionColour.blue(), base.blue())));
    return {palette,
            content.regionColour,
            palette.color(QPalette::Text),
            withAlpha(content.regionColour, 150),
            workText,
            QFontMetricsF(small)};
}

void paintCommsBlock(QPainter &p,
                     const WeekBlock &block,
                     const QRectF &rect,
                     const BlockStyle &style)
{
    paintCommsBand(p, rect, style.palette);
    // A short window is lower than a line of text: its words are centred on
    // it, spilling over onto the block around it.
    const QString words = block.label + QLatin1Char(' ') + block.caption;
    const double lineHeight = style.smallMetrics.height();
    const QRectF line(rect.left() + padding,
                      rect.center().y() - lineHeight / 2,
                      rect.width() - 2 * padding,
                      lineHeight);
    // The band is the palette's light end: dark words on it, in either
    // palette.
    p.setPen(textColourOn(lightEnd(style.palette)));
    p.drawText(line,
               Qt::AlignLeft | Qt::AlignVCenter,
               style.smallMetrics.elidedText(words, Qt::ElideRight, line.width()));
}

// A line across the day with an arrowhead: into the day for incoming work,
// out for outgoing.
void paintHandoffBlock(QPainter &p,
                       const WeekBlock &block,
                       const QRectF &rect,
                       const BlockStyle &style)
{
    const double yh = rect.center().y();
    const QColor colour = style.palette.color(QPalette::Highlight);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 2));
    p.drawLine(QPointF(rect.left() + 2, yh), QPointF(rect.right() - 2, yh));
    QPainterPath arrow;
    const double x = rect.right() - 8;
    if (block.kind == WeekBlockKind::HandoffIn) {
        arrow.moveTo(x, yh - 4);
        arrow.lineTo(x + 6, yh);
        arrow.lineTo(x, yh + 4);
    } else {
        arrow.moveTo(x + 6, yh - 4);
        arrow.lineTo(x, yh);
        arrow.lineTo(x + 6, yh + 4);
    }
    p.setBrush(colour);
    p.drawPath(arrow);
    p.restore();
    p.setPen(colour);
    const QString words = block.caption + QLatin1Char(' ') + block.label;
    // On the left, clear of the task bars on the right.
    p.drawText(QRectF(rect.left() + 8, yh + 1, rect.width() - 18, style.smallMetrics.height()),
               Qt::AlignLeft | Qt::AlignTop,
               style.smallMetrics.elidedText(words, Qt::ElideRight, rect.width() - 18));
}

void paintBlock(QPainter &p, const WeekBlock &block, const QRectF &rect, const BlockStyle &style)
{
    switch (block.kind) {
    case WeekBlockKind::TimeOff:
    case WeekBlockKind::Holiday:
        paintTimeOff(p, rect, style.palette);
        drawBlockText(p, rect.adjusted(0, 2, 0, 0), block.caption, {}, style.text);
        break;
    case WeekBlockKind::Work: {
        paintWorkBlock(p, rect, style.workFill);
        // At the bottom, so deep work's label at the top stays readable.
        const double lineHeight = style.smallMetrics.height();
        drawBlockText(
            p,
            QRectF(rect.left(), rect.bottom() - lineHeight - 2, rect.width(), lineHeight + 2),
            block.label,
            {},
            style.workText);
        break;
    }
    case WeekBlockKind::DeepWork:
        paintDeepWorkBlock(p, rect, style.regionColour, style.palette);
        drawBlockText(p, rect, block.label, block.caption, lightEnd(style.palette), 12);
        break;
    case WeekBlockKind::Comms:
        paintCommsBlock(p, block, rect, style);
        break;
    case WeekBlockKind::Busy:
        p.fillRect(rect, withAlpha(style.palette.color(QPalette::Base), 230));
        p.setPen(QPen(conflictColour(Severity::Error), 1));
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        drawBlockText(p, rect, block.label, block.caption, style.text);
        break;
    case WeekBlockKind::Task: {
        const TaskBarColours &colours = taskBarColours(block.taskId);
        p.fillRect(rect, colours.fill);
        p.setPen(colours.edge);
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        drawBlockText(p, rect, block.caption, block.label, colours.text);
        break;
    }
    case WeekBlockKind::HandoffIn:
    case WeekBlockKind::HandoffOut:
        paintHandoffBlock(p, block, rect, style);
        break;
    case WeekBlockKind::Conflict: {
        const QColor colour = conflictColour(block.severity);
        p.fillRect(rect, colour);
        // The sign where it starts, once (on the block's first day).
        if (block.interval.start == block.whole.start)
            paintSeveritySign(p, QPointF(rect.left() + 5, rect.top() + 1), block.severity);
        break;
    }
    }
}

// DST days: their own hour labels, inside the column's left edge.
void paintDstHourLabels(QPainter &p,
                        const MyWeekContent &content,
                        const MyWeekGeometry &geometry,
                        const QColor &dim)
{
    const QFontMetricsF smallMetrics(p.font());
    for (int d = 0; d < int(content.days.size()); ++d) {
        const WeekDay &day = content.days[std::size_t(d)];
        if (isStandardDay(day))
            continue;
        const QRectF column = geometry.columnRect(d);
        for (const auto &[instant, hour] : localHours(day, content.zone)) {
            const QString words = hourText(hour, content.clock);
            const QRectF label(column.left(),
                               geometry.y(d, instant),
                               geometry.dstLabelWidth(),
                               smallMetrics.height());
            p.setPen(dim);
            p.drawText(label, Qt::AlignCenter, words);
        }
    }
}

// A dashed frame round `highlight` in the day that holds it.
void paintHighlight(QPainter &p,
                    const MyWeekContent &content,
                    const MyWeekGeometry &geometry,
                    const QPalette &palette,
                    Instant highlight)
{
    for (int d = 0; d < int(content.days.size()); ++d) {
        if (!content.days[std::size_t(d)].span.contains(highlight))
            continue;
        const QRectF column = geometry.columnRect(d);
        const double yh = geometry.y(d, highlight);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette.color(QPalette::Highlight), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(column.left() + 1, yh - 8, column.width() - 2, 16), 4, 4);
        p.restore();
    }
}

} // namespace

void paintMyWeek(QPainter &p,
                 const MyWeekContent &content,
                 const MyWeekGeometry &geometry,
                 const QPalette &palette,
                 std::optional<Instant> highlight)
{
    p.save();
    const QFont font = p.font();
    const QFont small = smaller(font);
    p.fillRect(geometry.area(), palette.color(QPalette::Base));
    for (int d = 0; d < int(content.days.size()); ++d)
        paintDayHeader(p,
                       content.days[std::size_t(d)],
                       geometry.headerRect(d).adjusted(padding, padding, -padding, 0),
                       palette);
    p.setFont(small);
    paintHourGrid(p, content, geometry, palette);
    // Blocks, in the content's order (time off under work under deep work ...).
    const BlockStyle style = blockStyle(content, palette, small);
    for (const WeekBlock &block : content.blocks)
        paintBlock(p, block, geometry.blockRect(block), style);
    p.setFont(small);
    paintDstHourLabels(p, content, geometry, palette.color(QPalette::PlaceholderText));
    if (highlight)
        paintHighlight(p, content, geometry, palette, *highlight);
    p.restore();
}

double myWeekPageHeight(const MyWeekContent &content, const QFont &font)
{
    const QFontMetricsF metrics(font);
    return std::ceil(metrics.height() * 2.6) + MyWeekGeometry::preferredHeight(content, font);
}

void paintMyWeekPage(QPainter &p,
                     const MyWeekContent &content,
                     const QRectF &page,
                     const QPalette &palette)
{
    p.save();
    p.fillRect(page, palette.color(QPalette::Base));
    const QFont font = p.font();
    const QFontMetricsF metrics(font);
    QFont titleFont = bold(font);
    p.setFont(titleFont);
    p.setPen(palette.color(QPalette::Text));
    const double line = metrics.height() * 1.3;
    p.drawText(QRectF(page.left() + padding, page.top(), page.width() - 2 * padding, line),
               Qt::AlignLeft | Qt::AlignVCenter,
               content.title);
    p.setFont(font);
    p.drawText(QRectF(page.left() + padding, page.top() + line, page.width() - 2 * padding, line),
               Qt::AlignLeft | Qt::AlignVCenter,
               content.verdict);
    p.restore();
    const double header = std::ceil(metrics.height() * 2.6);
    const MyWeekGeometry geometry(
        content,
        QRectF(page.left(), page.top() + header, page.width(), page.height() - header),
        font);
    paintMyWeek(p, content, geometry, palette);
}

// The sign's shape says the severity as its colour does: an error is a
// diamond, a warning a triangle (both with "!"), a note a circle with "i",
// so the three tell apart without colour (and in a grey printout).
void paintSeveritySign(QPainter &p, const QPointF &topLeft, Severity severity)
{
    const QColor colour = conflictColour(severity);
    QPainterPath shape;
    switch (severity) {
    case Severity::Error:
        shape.moveTo(topLeft + QPointF(6, 0));
        shape.lineTo(topLeft + QPointF(12, 6));
        shape.lineTo(topLeft + QPointF(6, 12));
        shape.lineTo(topLeft + QPointF(0, 6));
        shape.closeSubpath();
        break;
    case Severity::Warning:
        shape.moveTo(topLeft + QPointF(6, 0));
        shape.lineTo(topLeft + QPointF(12, 11));
        shape.lineTo(topLeft + QPointF(0, 11));
        shape.closeSubpath();
        break;
    case Severity::Info:
        shape.addEllipse(QRectF(topLeft, QSizeF(12, 12)));
        break;
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.darker(130), 1));
    p.setBrush(colour);
    p.drawPath(shape);
    p.setPen(QPen(Qt::white, 1.6));
    if (severity == Severity::Info) { // "i": the dot above the stem
        p.drawPoint(topLeft + QPointF(6, 3.2));
        p.drawLine(topLeft + QPointF(6, 5.5), topLeft + QPointF(6, 9));
    } else {
        const double middle = severity == Severity::Error ? 6.5 : 7;
        p.drawLine(topLeft + QPointF(6, 3.5), topLeft + QPointF(6, middle));
        p.drawPoint(topLeft + QPointF(6, middle + 2.2));
    }
    p.restore();
}

} // namespace sunrelay::gui
