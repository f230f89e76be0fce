#include "gui/week/week_editor.h"

#include "gui/document/preferences.h"
#include "gui/style/theme_icon.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <functional>
#include <optional>
#include <tuple>
#include <vector>

namespace sunrelay::gui {

namespace {

constexpr int kDay = 24 * 60;
constexpr int kLayerCount = 3;
constexpr int kSnap = 15;

int minutesOf(Minutes m) { return static_cast<int>(m.count()); }
int mod7(int v) { return ((v % 7) + 7) % 7; }
int floorDiv(int v, int by) { return v >= 0 ? v / by : -((-v + by - 1) / by); }

bool containsDay(Weekdays days, int day) { return (days.bits() >> day) & 1u; }
Weekdays onlyDay(int day) { return Weekdays::fromBits(1u << day); }
Weekdays withoutDay(Weekdays days, int day)
{
    return Weekdays::fromBits(days.bits() & ~(1u << day));
}
Weekdays rotated(Weekdays days, int by)
{
    unsigned bits = 0;
    for (int day = 0; day < 7; ++day) {
        if (containsDay(days, day))
            bits |= 1u << mod7(day + by);
    }
    return Weekdays::fromBits(bits);
}

QString layerName(WeekLayer layer)
{
    switch (layer) {
    case WeekLayer::Work:
        return WeekEditor::tr("Working hours");
    case WeekLayer::DeepWork:
        return WeekEditor::tr("Deep work");
    case WeekLayer::Comms:
        return WeekEditor::tr("Comms window");
    }
    return {};
}

// A time of day on the user's clock. 24:00 is a valid end ("until
// midnight"): the 24-hour clock writes it as such, the 12-hour clock has no
// such reading and says 12:00 AM, which parseTime() reads back as 24:00 for
// an end. Where it is shown after a start, endReading() adds the next day.
QString formatTime(int minutes, ClockStyle style)
{
    if (style == ClockStyle::TwelveHour && minutes == kDay)
        minutes = 0;
    return minutesText(Minutes{minutes}, style);
}

// Grid labels: "09:00", or the compact "9 AM" on a 12-hour clock.
QString hourLabel(int hour, ClockStyle style)
{
    QString text = formatTime(hour * 60, style);
    // minutesText() owns the words; a translation without ":00" keeps its
    // full form, and the grid measures whatever it gets.
    if (style == ClockStyle::TwelveHour)
        text.replace(QStringLiteral(":00"), QString());
    return text;
}

QString formatDuration(int minutes)
{
    if (minutes % 60 == 0)
        return WeekEditor::tr("%1 h").arg(minutes / 60);
    if (minutes < 60)
        return WeekEditor::tr("%1 min").arg(minutes);
    return WeekEditor::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString dayName(const QLocale &locale, int day)
{
    return locale.dayName(day + 1, QLocale::ShortFormat);
}

// A range as it lies on the grid: the day it starts on and minutes from that
// day's midnight. endAbs passes 24:00 when the range runs into the next day,
// which makes length and movement plain arithmetic.
struct Span {
    int day = 0;    // 0 = Monday ... 6 = Sunday
    int start = 0;  // [0, 24:00)
    int endAbs = 0; // (start, start + 24:00]

    int length() const { return endAbs - start; }

    static Span of(const WeeklyRange &range, int day)
    {
        // Clamped so a model range that breaks its invariants still paints.
        const int start = std::clamp(minutesOf(range.start), 0, kDay - 1);
        const int end = std::clamp(minutesOf(range.end), 0, kDay);
        return Span{day, start, end > start ? end : end + kDay};
    }

    WeeklyRange toRange() const
    {
        const int end = endAbs <= kDay ? endAbs : endAbs - kDay;
        return WeeklyRange{onlyDay(day), Minutes{start}, Minutes{end}};
    }

    // The same length starting `minutes` later (or earlier), on whichever day
    // that start falls.
    Span movedTo(int startFromDay) const
    {
        const int shift = floorDiv(startFromDay, kDay);
        const int newStart = startFromDay - shift * kDay;
        return Span{mod7(day + shift), newStart, newStart + length()};
    }

    bool operator==(const Span &) const = default;
};

// How the end of `span` reads after its start: past midnight it is a time of
// the next day. On a 24-hour clock an end at midnight is 24:00 of the same
// day; "12:00 AM" alone would read as the start of the day, so on a 12-hour
// clock it is 12:00 AM of the next day.
struct EndReading {
    int minutes = 0;
    bool nextDay = false;
};

EndReading endReading(const Span &span, ClockStyle style)
{
    if (span.endAbs > kDay)
        return EndReading{span.endAbs - kDay, true};
    if (span.endAbs == kDay && style == ClockStyle::TwelveHour)
        return EndReading{0, true};
    return EndReading{span.endAbs, false};
}

QString describeSpan(const QLocale &locale, ClockStyle style, WeekLayer layer, const Span &span)
{
    const QString duration = formatDuration(span.length());
    const EndReading end = endReading(span, style);
    if (!end.nextDay) {
        return WeekEditor::tr("%1, %2 %3\u2013%4 (%5)")
            .arg(layerName(layer), dayName(locale, span.day), formatTime(span.start, style),
                 formatTime(end.minutes, style), duration);
    }
    return WeekEditor::tr("%1, %2 %3\u2013%4 %5 (%6)")
        .arg(layerName(layer), dayName(locale, span.day), formatTime(span.start, style),
             dayName(locale, mod7(span.day + 1)), formatTime(end.minutes, style), duration);
}

// Days in the week order the user chose; runs of three or more read "Mon–Fri".
QString formatDays(const QLocale &locale, Qt::DayOfWeek firstDay, Weekdays days)
{
    if (days.isEmpty())
        return WeekEditor::tr("No days");
    const int first = int(firstDay) - 1;
    QStringList parts;
    int i = 0;
    while (i < 7) {
        if (!containsDay(days, mod7(first + i))) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < 7 && containsDay(days, mod7(first + j + 1)))
            ++j;
        if (j - i >= 2) {
            parts << dayName(locale, mod7(first + i)) + QChar(0x2013)
                         + dayName(locale, mod7(first + j));
        } else {
            for (int k = i; k <= j; ++k)
                parts << dayName(locale, mod7(first + k));
        }
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<int> parseDayName(const QLocale &locale, const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    // The locale's names first, English as a fallback: people paste "Mon-Fri".
    for (const QLocale &names : {locale, QLocale::c()}) {
        for (int day = 0; day < 7; ++day) {
            const QString shortName = names.dayName(day + 1, QLocale::ShortFormat);
            const QString longName = names.dayName(day + 1, QLocale::LongFormat);
            if (wanted.compare(shortName, Qt::CaseInsensitive) == 0
                || wanted.compare(longName, Qt::CaseInsensitive) == 0
                || (wanted.size() >= 2 && longName.startsWith(wanted, Qt::CaseInsensitive)))
                return day;
        }
    }
    return std::nullopt;
}

struct DaysResult {
    Weekdays days;
    QString error;
};

DaysResult parseDays(const QLocale &locale, Qt::DayOfWeek firstDay, const QString &text)
{
    DaysResult result;
    unsigned bits = 0;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            continue;
        const QStringList ends = item.split(QRegularExpression(QStringLiteral("[-\u2013\u2014]")));
        if (ends.size() > 2) {
            result.error = WeekEditor::tr("\u201c%1\u201d is not a span of days. Write a span "
                                          "as two days, such as Mon\u2013Fri.")
                               .arg(item.trimmed());
            return result;
        }
        const auto from = parseDayName(locale, ends.front());
        const auto to = ends.size() == 2 ? parseDayName(locale, ends.back()) : from;
        if (!from || !to) {
            const QString bad = !from ? ends.front().trimmed() : ends.back().trimmed();
            result.error = WeekEditor::tr("\u201c%1\u201d is not a day. Use day names such as "
                                          "Mon or Tue, or a span such as Mon\u2013Fri.")
                               .arg(bad);
            return result;
        }
        // Spans follow the user's week order and may wrap (Sat–Mon).
        const int first = int(firstDay) - 1;
        const int count = mod7((mod7(*to - first)) - mod7(*from - first)) + 1;
        for (int k = 0; k < count; ++k)
            bits |= 1u << mod7(*from + k);
    }
    if (bits == 0)
        result.error = WeekEditor::tr("Choose at least one day, such as Mon or Mon\u2013Fri.");
    result.days = Weekdays::fromBits(bits);
    return result;
}

enum class TimeField { Start, End };

struct TimeResult {
    int minutes = 0;
    QString error;
};

enum class HalfOfDay { Am, Pm };

// "AM", "am", "a.m.", "a", "PM", "p.m." and the locale's own words, in any case.
std::optional<HalfOfDay> halfOfDay(const QString &word)
{
    static const QRegularExpression noise(QStringLiteral("[\\s.]"));
    const auto squeezed = [](QString text) { return text.remove(noise).toCaseFolded(); };
    const QString wanted = squeezed(word);
    if (wanted.isEmpty())
        return std::nullopt;
    const QLocale locale;
    const QStringList am{QStringLiteral("am"), QStringLiteral("a"), squeezed(locale.amText())};
    const QStringList pm{QStringLiteral("pm"), QStringLiteral("p"), squeezed(locale.pmText())};
    if (am.contains(wanted))
        return HalfOfDay::Am;
    if (pm.contains(wanted))
        return HalfOfDay::Pm;
    return std::nullopt;
}

// Either clock, whatever `style` shows: "9", "9:30", "0930", "9.30", "9h30",
// "24:00" (an end only), and "9:30 AM", "5pm", "12 a.m.". On the 12-hour
// clock 12 AM is midnight: 00:00 for a start, 24:00 for an end. `style` only
// picks the examples in the error messages.
TimeResult parseTime(const QString &text, TimeField field, ClockStyle style)
{
    TimeResult result;
    const QString typed = text.trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})(?:[:.hH]?(\\d{2}))?\\s*(\\D*)$"));
    const auto match = pattern.match(typed);
    const std::optional<HalfOfDay> half =
        match.hasMatch() ? halfOfDay(match.captured(3)) : std::nullopt;
    if (!match.hasMatch() || (!match.captured(3).isEmpty() && !half)) {
        result.error = WeekEditor::tr("\u201c%1\u201d is not a time of day. Type hours and "
                                      "minutes, such as %2.")
                           .arg(typed, formatTime(9 * 60 + 30, style));
        return result;
    }
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    if (half) {
        if (hours < 1 || hours > 12 || minutes > 59) {
            result.error = WeekEditor::tr("\u201c%1\u201d is not on the 12-hour clock: use "
                                          "hours 1 to 12 and minutes 00 to 59, such as %2.")
                               .arg(typed, formatTime(17 * 60 + 30, ClockStyle::TwelveHour));
            return result;
        }
        result.minutes = (hours % 12) * 60 + minutes + (*half == HalfOfDay::Pm ? 12 * 60 : 0);
        if (field == TimeField::End && result.minutes == 0)
            result.minutes = kDay;
        return result;
    }
    result.minutes = hours * 60 + minutes;
    if (minutes > 59 || result.minutes > kDay) {
        result.error = WeekEditor::tr("\u201c%1\u201d is not on the clock: use 00:00 to 23:59, "
                                      "or 24:00 for an end at midnight.")
                           .arg(typed);
    } else if (field == TimeField::Start && result.minutes == kDay) {
        result.error = WeekEditor::tr("A range cannot start at \u201c%1\u201d, the midnight that "
                                      "ends the day. Start it at %2 on the next day instead.")
                           .arg(typed, formatTime(0, style));
    }
    return result;
}

// Replaces `day` of range `index` by `span`. A range on several days is split
// without asking: the edited day becomes its own range right after the
// original, the other days keep their times. Returns the edited range's index.
int replaceDay(WeeklyPattern &pattern, int index, int day, const Span &span)
{
    WeeklyRange &range = pattern.ranges[std::size_t(index)];
    if (range.days == onlyDay(day)) {
        range = span.toRange();
        return index;
    }
    range.days = withoutDay(range.days, day);
    pattern.ranges.insert(pattern.ranges.begin() + index + 1, span.toRange());
    return index + 1;
}

void removeDay(WeeklyPattern &pattern, int index, int day)
{
    WeeklyRange &range = pattern.ranges[std::size_t(index)];
    range.days = withoutDay(range.days, day);
    if (range.days.isEmpty())
        pattern.ranges.erase(pattern.ranges.begin() + index);
}

// Everything the grid and the table share.
struct EditorState {
    std::array<WeeklyPattern, kLayerCount> patterns;
    WeekLayer layer = WeekLayer::Work;
    int selectedRange = -1; // in the current layer
    int selectedDay = -1;   // the day picked on the grid; -1: the whole range
    ClockStyle clock = ClockStyle::TwentyFourHour;
    Qt::DayOfWeek firstDay = Qt::Monday;
    bool readOnly = false; // shows and selects, never edits
    std::array<int, 7> dayOfRow{0, 1, 2, 3, 4, 5, 6};
    std::array<int, 7> rowOfDay{0, 1, 2, 3, 4, 5, 6};

    WeeklyPattern &current() { return patterns[std::size_t(layer)]; }
    const WeeklyPattern &current() const { return patterns[std::size_t(layer)]; }

    void setFirstDay(Qt::DayOfWeek first)
    {
        firstDay = first;
        for (int row = 0; row < 7; ++row) {
            dayOfRow[std::size_t(row)] = mod7(int(first) - 1 + row);
            rowOfDay[std::size_t(dayOfRow[std::size_t(row)])] = row;
        }
    }
};

// A range's piece on one row: a range past midnight has a second piece at the
// start of the next day's row.
struct Segment {
    WeekLayer layer = WeekLayer::Work;
    int range = -1;
    int day = 0; // the day the range starts on
    int row = 0;
    int from = 0;
    int to = 0;
    bool startEdge = true; // this piece holds the range's start or end
    bool endEdge = true;
};

void appendSegments(std::vector<Segment> &out, const EditorState &state, WeekLayer layer, int range,
                    const Span &span)
{
    const bool continues = span.endAbs > kDay;
    out.push_back(Segment{layer, range, span.day, state.rowOfDay[std::size_t(span.day)], span.start,
                          std::min(span.endAbs, kDay), true, !continues});
    if (continues) {
        out.push_back(Segment{layer, range, span.day,
                              state.rowOfDay[std::size_t(mod7(span.day + 1))], 0,
                              span.endAbs - kDay, false, true});
    }
}

std::vector<Segment> segmentsOf(const EditorState &state, WeekLayer layer)
{
    std::vector<Segment> out;
    const auto &ranges = state.patterns[std::size_t(layer)].ranges;
    for (int i = 0; i < int(ranges.size()); ++i) {
        for (int day = 0; day < 7; ++day) {
            if (containsDay(ranges[std::size_t(i)].days, day))
                appendSegments(out, state, layer, i, Span::of(ranges[std::size_t(i)], day));
        }
    }
    return out;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Okabe–Ito orange: bright on light and dark bases alike, and distinct from
// the highlight blue for colour-blind readers.
const QColor kCommsColor(0xE6, 0x9F, 0x00);

QColor workColor(const QPalette &pal) { return pal.color(QPalette::Highlight); }
QColor deepColor(const QPalette &pal) { return pal.color(QPalette::Highlight).darker(150); }

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

void paintLock(QPainter &p, const QRectF &box, const QColor &color)
{
    const double s = box.height();
    const double bodyW = s * 0.8;
    const QRectF body(box.center().x() - bodyW / 2, box.top() + s * 0.45, bodyW, s * 0.55);
    QPainterPath shackle;
    const double r = bodyW * 0.3;
    shackle.moveTo(body.center().x() - r, body.top());
    shackle.lineTo(body.center().x() - r, box.top() + r);
    shackle.arcTo(QRectF(body.center().x() - r, box.top(), 2 * r, 2 * r), 180, -180);
    shackle.lineTo(body.center().x() + r, body.top());
    p.save();
    p.setPen(QPen(color, std::max(1.2, s / 9)));
    p.setBrush(Qt::NoBrush);
    p.drawPath(shackle);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(body, s * 0.1, s * 0.1);
    p.restore();
}

// One look per layer, shared by the grid and the layer buttons' icons.
void paintLayerRect(QPainter &p, const QPalette &pal, WeekLayer layer, const QRectF &r,
                    bool withGlyph)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    switch (layer) {
    case WeekLayer::Work:
        p.fillRect(r, workColor(pal));
        break;
    case WeekLayer::DeepWork: {
        p.fillRect(r, deepColor(pal));
        p.setClipRect(r);
        QColor hatch = pal.color(QPalette::HighlightedText);
        hatch.setAlphaF(0.45f);
        p.setPen(QPen(hatch, 1.5));
        for (double x = r.left() - r.height(); x < r.right(); x += 6)
            p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
        p.setClipping(false);
        const double glyph = std::min(r.height() * 0.6, 12.0);
        if (withGlyph && r.width() >= glyph + 6) {
            const QRectF box(r.left() + 3, r.center().y() - glyph / 2, glyph, glyph);
            // A solid chip behind the lock keeps it legible over the hatch.
            p.fillRect(box.adjusted(-2, -2, 2, 2), deepColor(pal));
            paintLock(p, box, pal.color(QPalette::HighlightedText));
        }
        break;
    }
    case WeekLayer::Comms:
        p.setPen(QPen(pal.color(QPalette::Base), 1));
        p.setBrush(kCommsColor);
        p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        break;
    }
    p.restore();
}

QIcon layerIcon(const QPalette &pal, WeekLayer layer, qreal dpr)
{
    QPixmap pixmap(QSize(16, 16) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    if (layer == WeekLayer::Comms) {
        paintLayerRect(p, pal, WeekLayer::Comms, QRectF(1, 5, 14, 6), false);
    } else {
        paintLayerRect(p, pal, layer, QRectF(1, 2, 14, 12), false);
        if (layer == WeekLayer::DeepWork)
            paintLock(p, QRectF(4, 4, 8, 8), pal.color(QPalette::HighlightedText));
    }
    return QIcon(pixmap);
}

// ---------------------------------------------------------------------------
// The 7 x 24 grid. It edits EditorState in place and reports through
// callbacks, so it needs no signals of its own.
class WeekGrid : public QWidget {
public:
    WeekGrid(EditorState *state, QWidget *parent)
        : QWidget(parent)
        , m_state(state)
    {
        setObjectName(QStringLiteral("weekGrid"));
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setAttribute(Qt::WA_Hover);
        relayout();
    }

    std::function<void()> committed;        // a completed edit changed the patterns
    std::function<void()> selectionChanged; // the selected range or day changed
    std::function<void()> styleChanged;     // palette or locale changed

    QSize sizeHint() const override
    {
        return QSize(m_dayColumn + 24 * 40 + m_rightMargin, m_header + 7 * m_rowHeight + 2);
    }
    QSize minimumSizeHint() const override
    {
        return QSize(m_dayColumn + 24 * 12 + m_rightMargin, m_header + 7 * m_rowHeight + 2);
    }

    void refresh()
    {
        cancelDrag();
        update();
    }

    // The clock style or the first day changed: labels and rows.
    void relabel()
    {
        cancelDrag();
        relayout();
    }

protected:
    void changeEvent(QEvent *event) override
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
        default:
            break;
        }
        QWidget::changeEvent(event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        relayout();
    }

    bool event(QEvent *event) override
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

    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override
    {
        QWidget::focusInEvent(event);
        update();
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QWidget::focusOutEvent(event);
        update();
    }

private:
    enum class Part { Body, StartEdge, EndEdge };
    struct Hit {
        Segment segment;
        Part part = Part::Body;
    };
    enum class DragMode { None, Create, Move, ResizeStart, ResizeEnd };
    struct Drag {
        DragMode mode = DragMode::None;
        int range = -1; // edited range, -1 when creating
        int day = 0;    // the edited day, or the row's day when creating
        Span original;
        Span preview;
        bool active = false; // moved far enough to count as a drag
        bool valid = false;  // preview is a range (not zero length)
        QPointF pressPos;
        double pressAbs = 0; // pointer, minutes from `day`'s midnight
    };

    void relayout()
    {
        const QFontMetrics fm = fontMetrics();
        m_rowHeight = std::max(16, qRound(fm.height() * 2.2));
        m_header = std::max(14, qRound(fm.height() * 1.6));
        // The widest label there is: "12 PM" is wider than "1 AM" and "00:00"
        // differs from "24:00" in proportional fonts.
        m_labelWidth = 0;
        for (int hour = 0; hour <= 24; ++hour)
            m_labelWidth = std::max(m_labelWidth,
                                    fm.horizontalAdvance(hourLabel(hour, m_state->clock)));
        int names = 0;
        for (int day = 0; day < 7; ++day)
            names = std::max(names, fm.horizontalAdvance(dayName(locale(), day)));
        m_dayColumn = std::max(names + 2 * fm.averageCharWidth() + 4, m_labelWidth / 2 + 4);
        m_rightMargin = m_labelWidth / 2 + 6;
        m_grid = QRect(m_dayColumn, m_header,
                       std::max(24, width() - m_dayColumn - m_rightMargin), 7 * m_rowHeight);
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
        updateGeometry();
        update();
    }

    double xOf(double minutes) const { return m_grid.left() + minutes * m_grid.width() / kDay; }
    double minutesAt(double x) const { return (x - m_grid.left()) * kDay / m_grid.width(); }
    int rowAt(double y) const
    {
        return std::clamp(int(std::floor((y - m_grid.top()) / m_rowHeight)), 0, 6);
    }
    QRectF rowRect(int row) const
    {
        return QRectF(m_grid.left(), m_grid.top() + row * m_rowHeight, m_grid.width(),
                      m_rowHeight);
    }
    QRectF segmentRect(const Segment &s) const
    {
        return layerRect(s.layer, rowRect(s.row), xOf(s.from), xOf(s.to));
    }

    // The pointer in minutes from `day`'s midnight: rows below count as later
    // days, and past the right edge the day simply goes on.
    double pointerAbs(const QPointF &pos, int day) const
    {
        int delta = mod7(m_state->dayOfRow[std::size_t(rowAt(pos.y()))] - day);
        if (delta > 3)
            delta -= 7;
        return delta * kDay + minutesAt(pos.x());
    }

    std::optional<Hit> hitTest(const QPointF &pos, WeekLayer layer, bool visualOnly) const
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

    QString toolTipAt(const QPointF &pos) const
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
                const auto &range =
                    m_state->patterns[std::size_t(layer)].ranges[std::size_t(hit->segment.range)];
                QString text = describeSpan(locale(), m_state->clock, layer,
                                            Span::of(range, hit->segment.day));
                if (layer == WeekLayer::DeepWork) {
                    text += QLatin1Char('\n')
                        + WeekEditor::tr("Protected: no meetings, handoffs or comms windows.");
                }
                return text;
            }
        }
        return {};
    }

    void select(int range, int day)
    {
        if (m_state->selectedRange == range && m_state->selectedDay == day)
            return;
        m_state->selectedRange = range;
        m_state->selectedDay = day;
        update();
        if (selectionChanged)
            selectionChanged();
    }

    void commit()
    {
        update();
        if (committed)
            committed();
    }

    void cancelDrag()
    {
        m_drag = Drag{};
        QToolTip::hideText();
    }

    void updateDrag(const QPointF &pos, Qt::KeyboardModifiers modifiers);
    void updateCursor(const QPointF &pos);
    void paintSegment(QPainter &p, const Segment &segment, bool dim) const;
    void moveSelection(int delta);
    void editSelection(const std::function<Span(const Span &)> &change);

    EditorState *m_state;
    Drag m_drag;
    QRect m_grid;
    int m_rowHeight = 0;
    int m_header = 0;
    int m_dayColumn = 0;
    int m_rightMargin = 0;
    int m_labelWidth = 0; // the widest hour label
    int m_labelStep = 1;  // hours from one label to the next
};

void WeekGrid::paintSegment(QPainter &p, const Segment &segment, bool dim) const
{
    const QRectF r = segmentRect(segment);
    if (r.width() <= 0)
        return;
    p.setOpacity(dim ? 0.7 : 1.0);
    paintLayerRect(p, palette(), segment.layer, r, segment.startEdge || r.width() > 40);
    p.setOpacity(1.0);
}

void WeekGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
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
    const QColor outline = pal.color(QPalette::Text);
    if (m_drag.active && m_drag.valid) {
        std::vector<Segment> preview;
        appendSegments(preview, *m_state, m_state->layer, -1, m_drag.preview);
        for (const Segment &s : preview) {
            paintSegment(p, s, false);
            p.setPen(QPen(outline, 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(segmentRect(s).adjusted(0.5, 0.5, -0.5, -0.5));
        }
    } else if (m_state->selectedRange >= 0) {
        for (const Segment &s : current) {
            if (s.range != m_state->selectedRange
                || (m_state->selectedDay >= 0 && s.day != m_state->selectedDay))
                continue;
            const QRectF r = segmentRect(s).adjusted(-1, -1, 1, 1);
            p.setPen(QPen(outline, hasFocus() ? 2 : 1.5));
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
    if (hasFocus() && m_state->selectedRange < 0) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(m_grid).adjusted(1.5, 1.5, -1.5, -0.5));
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
    m_drag.mode = hit->part == Part::Body        ? DragMode::Move
                  : hit->part == Part::StartEdge ? DragMode::ResizeStart
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
        const int anchor = std::clamp(snap(m_drag.pressAbs), 0, kDay - step);
        const int at = snap(p);
        if (at >= anchor)
            next = Span{m_drag.day, anchor, std::min(at, anchor + kDay)};
        else
            next = Span{m_drag.day, std::max(at, 0), anchor};
        break;
    }
    case DragMode::Move:
        next = o.movedTo(snap(o.start + (p - m_drag.pressAbs)));
        break;
    case DragMode::ResizeStart: {
        // The start stays on its day; the range keeps at least a minute.
        const int lo = std::max(0, o.endAbs - kDay);
        const int hi = std::min(o.endAbs - 1, kDay - 1);
        next = Span{o.day, std::clamp(snap(p), lo, hi), o.endAbs};
        break;
    }
    case DragMode::ResizeEnd:
        next = Span{o.day, o.start, std::clamp(snap(p), o.start + 1, o.start + kDay)};
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
            editSelection([delta](const Span &s) { return s.movedTo(s.start + delta * kDay); });
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
                return Span{s.day, s.start,
                            std::clamp(s.endAbs + delta, s.start + 1, s.start + kDay)};
            });
        } else {
            editSelection([delta](const Span &s) { return s.movedTo(s.start + delta); });
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

// ---------------------------------------------------------------------------
// The current layer's ranges, one row each, for exact keyboard entry.
class RangeModel : public QAbstractTableModel {
public:
    enum Column { Days, Start, End, Length, ColumnCount };

    RangeModel(EditorState *state, QObject *parent)
        : QAbstractTableModel(parent)
        , m_state(state)
    {
    }

    std::function<void()> committed;
    std::function<void(const QString &)> rejected;

    ClockStyle clockStyle() const { return m_state->clock; }

    void reload()
    {
        beginResetModel();
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_state->current().ranges.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (index.isValid() && index.column() != Length)
            flags |= Qt::ItemIsEditable;
        return flags;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case Days:
            return WeekEditor::tr("Days");
        case Start:
            return WeekEditor::tr("Start");
        case End:
            return WeekEditor::tr("End");
        case Length:
            return WeekEditor::tr("Length");
        default:
            return {};
        }
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const WeeklyRange &range = m_state->current().ranges[std::size_t(index.row())];
        const Span span = Span::of(range, 0);
        const QLocale locale;
        const ClockStyle clock = m_state->clock;
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case Days:
                return formatDays(locale, m_state->firstDay, range.days);
            case Start:
                return formatTime(span.start, clock);
            case End: {
                const EndReading end = endReading(span, clock);
                return end.nextDay
                           ? WeekEditor::tr("%1 (next day)").arg(formatTime(end.minutes, clock))
                           : formatTime(end.minutes, clock);
            }
            case Length:
                return formatDuration(span.length());
            }
        } else if (role == Qt::EditRole) {
            switch (index.column()) {
            case Days:
                return formatDays(locale, m_state->firstDay, range.days);
            case Start:
                return formatTime(span.start, clock);
            case End:
                // 24:00 on a 12-hour clock is "12:00 AM", which reads back as 24:00.
                return formatTime(minutesOf(range.end), clock);
            }
        } else if (role == Qt::ToolTipRole) {
            switch (index.column()) {
            case Days:
                return WeekEditor::tr("Days the range starts on, such as Mon\u2013Fri or Sat, Sun");
            case Start:
                return WeekEditor::tr("Local start time, such as %1 or %2")
                    .arg(formatTime(9 * 60, clock),
                         formatTime(9 * 60, clock == ClockStyle::TwelveHour
                                                ? ClockStyle::TwentyFourHour
                                                : ClockStyle::TwelveHour));
            case End:
                return clock == ClockStyle::TwelveHour
                           ? WeekEditor::tr("Local end time, such as 5:30 PM or 17:30; 12:00 AM "
                                            "is midnight at the end of the day, and an end at or "
                                            "before the start runs into the next day")
                           : WeekEditor::tr("Local end time, such as 17:30 or 5:30 PM; 24:00 is "
                                            "midnight, and an end at or before the start runs "
                                            "into the next day");
            }
        }
        return {};
    }

    // The error for `text` in `column`, empty when it is acceptable.
    QString validate(int column, const QString &text) const
    {
        if (column == Days)
            return parseDays(QLocale(), m_state->firstDay, text).error;
        return parseTime(text, column == Start ? TimeField::Start : TimeField::End,
                         m_state->clock)
            .error;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
            return false;
        const QString text = value.toString();
        if (const QString error = validate(index.column(), text); !error.isEmpty()) {
            if (rejected)
                rejected(error);
            return false;
        }
        WeeklyRange &range = m_state->current().ranges[std::size_t(index.row())];
        const WeeklyRange before = range;
        switch (index.column()) {
        case Days:
            range.days = parseDays(QLocale(), m_state->firstDay, text).days;
            break;
        case Start:
            range.start = Minutes{parseTime(text, TimeField::Start, m_state->clock).minutes};
            break;
        case End: {
            WeeklyRange edited = range;
            edited.end = Minutes{parseTime(text, TimeField::End, m_state->clock).minutes};
            // 00:00 and 24:00 end a range at the same midnight: the one the
            // model holds stays, so confirming "12:00 AM" changes nothing.
            if (Span::of(edited, 0) != Span::of(range, 0))
                range = edited;
            break;
        }
        default:
            return false;
        }
        if (range == before)
            return true;
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        if (committed)
            committed();
        return true;
    }

private:
    EditorState *m_state;
};

// Plain line edits: QTimeEdit cannot show 24:00, and days read best as text.
class RangeDelegate : public QStyledItemDelegate {
public:
    RangeDelegate(RangeModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {
    }

    std::function<void(const QString &)> typing; // current error, empty when fine

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        const int column = index.column();
        edit->setPlaceholderText(column == RangeModel::Days ? WeekEditor::tr("Mon\u2013Fri")
                                 : m_model->clockStyle() == ClockStyle::TwelveHour
                                     ? WeekEditor::tr("h:mm AM/PM")
                                     : WeekEditor::tr("HH:MM"));
        edit->setAccessibleName(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        QObject::connect(edit, &QLineEdit::textEdited, edit, [this, column](const QString &text) {
            if (typing)
                typing(m_model->validate(column, text));
        });
        return edit;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *edit = static_cast<QLineEdit *>(editor);
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
    }

private:
    RangeModel *m_model;
};

constexpr std::array<WeekLayer, kLayerCount> kLayers{WeekLayer::Work, WeekLayer::DeepWork,
                                                     WeekLayer::Comms};

} // namespace

// ---------------------------------------------------------------------------
struct WeekEditor::Private {
    WeekEditor *q;
    EditorState state;
    WeekGrid *grid = nullptr;
    QButtonGroup *layerGroup = nullptr;
    std::array<QToolButton *, kLayerCount> layerButtons{};
    QTableView *table = nullptr;
    RangeModel *model = nullptr;
    RangeDelegate *delegate = nullptr;
    QPushButton *addButton = nullptr;
    QPushButton *removeButton = nullptr;
    QLabel *hint = nullptr;
    QWidget *message = nullptr;
    QLabel *messageIcon = nullptr;
    QLabel *messageText = nullptr;
    bool syncing = false; // selection updates we cause ourselves

    explicit Private(WeekEditor *owner)
        : q(owner)
    {
    }

    enum class Source { Grid, Table };

    void setUp();
    void edited(Source source = Source::Grid);
    void reloadTable();
    void syncTableSelection();
    void tableSelectionChanged();
    void updateAccessibility();
    void updateLayerIcons();
    void showMessage(const QString &text);
    void addRange();
    void removeRange();
};

void WeekEditor::Private::setUp()
{
    state.clock = preferredClockStyle();
    state.setFirstDay(Preferences::load().firstDayOfWeek);

    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *layerRow = new QHBoxLayout;
    layerGroup = new QButtonGroup(q);
    layerGroup->setExclusive(true);
    const std::array<QString, kLayerCount> texts{tr("&Working hours"), tr("&Deep work"),
                                                 tr("&Comms windows")};
    const std::array<QString, kLayerCount> tips{
        tr("Edit the hours this person works"),
        tr("Edit protected deep-work blocks: no meetings, handoffs or comms inside"),
        tr("Edit the fixed windows for messages and calls")};
    for (int i = 0; i < kLayerCount; ++i) {
        auto *button = new QToolButton(q);
        button->setText(texts[std::size_t(i)]);
        button->setToolTip(tips[std::size_t(i)]);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(QStringList{QStringLiteral("workLayerButton"),
                                          QStringLiteral("deepWorkLayerButton"),
                                          QStringLiteral("commsLayerButton")}[i]);
        layerGroup->addButton(button, i);
        layerRow->addWidget(button);
        layerButtons[std::size_t(i)] = button;
    }
    layerButtons[0]->setChecked(true);
    layerRow->addStretch(1);
    layout->addLayout(layerRow);

    grid = new WeekGrid(&state, q);
    grid->setAccessibleName(tr("Week"));
    layout->addWidget(grid);

    hint = new QLabel(tr("Drag on a day to add a range, drag its edges to resize it, drag "
                               "past midnight to run into the next day. Right-click or Delete "
                               "removes. Hold Shift for 1-minute steps."),
                            q);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText); // quiet, and right in dark themes too
    layout->addWidget(hint);

    model = new RangeModel(&state, q);
    table = new QTableView(q);
    table->setObjectName(QStringLiteral("rangeTable"));
    table->setModel(model);
    delegate = new RangeDelegate(model, table);
    table->setItemDelegate(delegate);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed
                           | QAbstractItemView::SelectedClicked);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setAlternatingRowColors(true);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                            + 4 * table->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(table, 1);

    message = new QWidget(q);
    message->setObjectName(QStringLiteral("validationMessage"));
    auto *messageLayout = new QHBoxLayout(message);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageIcon = new QLabel(message);
    const int iconSize = q->style()->pixelMetric(QStyle::PM_SmallIconSize);
    messageIcon->setPixmap(
        QIcon::fromTheme(QStringLiteral("dialog-warning"),
                         q->style()->standardIcon(QStyle::SP_MessageBoxWarning))
            .pixmap(iconSize, iconSize));
    messageText = new QLabel(message);
    messageText->setWordWrap(true);
    messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageLayout->addWidget(messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(messageText, 1);
    message->hide();
    layout->addWidget(message);

    auto *buttons = new QHBoxLayout;
    addButton = new QPushButton(themeIcon(QStringLiteral("list-add")), tr("&Add range"), q);
    removeButton =
        new QPushButton(themeIcon(QStringLiteral("list-remove")), tr("&Remove range"), q);
    removeButton->setEnabled(false);
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    QObject::connect(layerGroup, &QButtonGroup::idClicked, q,
                     [this](int id) { q->setCurrentLayer(kLayers[std::size_t(id)]); });
    grid->committed = [this] { edited(); };
    grid->selectionChanged = [this] { syncTableSelection(); };
    grid->styleChanged = [this] {
        updateLayerIcons();
        model->reload();
        syncTableSelection();
    };
    model->committed = [this] { edited(Source::Table); };
    model->rejected = [this](const QString &error) {
        showMessage(tr("Not changed: %1").arg(error));
    };
    delegate->typing = [this](const QString &error) { showMessage(error); };
    QObject::connect(delegate, &QAbstractItemDelegate::closeEditor, q,
                     [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                         // Escape throws the text away, and its complaint with it.
                         if (hint == QAbstractItemDelegate::RevertModelCache)
                             showMessage({});
                     });
    QObject::connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, q,
                     [this] { tableSelectionChanged(); });
    QObject::connect(addButton, &QPushButton::clicked, q, [this] { addRange(); });
    QObject::connect(removeButton, &QPushButton::clicked, q, [this] { removeRange(); });

    updateLayerIcons();
    updateAccessibility();
}

void WeekEditor::Private::showMessage(const QString &text)
{
    messageText->setText(text);
    message->setVisible(!text.isEmpty());
}

void WeekEditor::Private::edited(Source source)
{
    showMessage({});
    // A table edit already told the view (dataChanged); resetting under the
    // still-open editor would close it behind the delegate's back.
    if (source == Source::Grid)
        reloadTable();
    grid->refresh();
    updateAccessibility();
    emit q->patternsChanged();
}

void WeekEditor::Private::reloadTable()
{
    syncing = true;
    model->reload();
    syncing = false;
    syncTableSelection();
}

void WeekEditor::Private::syncTableSelection()
{
    syncing = true;
    const int row = state.selectedRange;
    if (row >= 0 && row < model->rowCount()) {
        table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                 QItemSelectionModel::NoUpdate);
        table->scrollTo(model->index(row, 0));
    } else {
        table->selectionModel()->clearSelection();
    }
    removeButton->setEnabled(row >= 0 && row < model->rowCount());
    syncing = false;
}

void WeekEditor::Private::tableSelectionChanged()
{
    if (syncing)
        return;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    state.selectedRange = rows.isEmpty() ? -1 : rows.front().row();
    state.selectedDay = -1;
    removeButton->setEnabled(!rows.isEmpty());
    grid->update();
}

void WeekEditor::Private::updateAccessibility()
{
    const QLocale locale = q->locale();
    QStringList layers;
    for (WeekLayer layer : kLayers) {
        QStringList ranges;
        for (const WeeklyRange &range : state.patterns[std::size_t(layer)].ranges) {
            const Span span = Span::of(range, 0);
            const EndReading end = endReading(span, state.clock);
            const QString text = end.nextDay ? tr("%1 %2 to %3 the next day") : tr("%1 %2 to %3");
            ranges << text.arg(formatDays(locale, state.firstDay, range.days),
                               formatTime(span.start, state.clock),
                               formatTime(end.minutes, state.clock));
        }
        layers << tr("%1: %2").arg(
            layerName(layer), ranges.isEmpty() ? tr("none") : ranges.join(QStringLiteral("; ")));
    }
    grid->setAccessibleDescription(
        tr("%1. Editing %2. Up and Down select a range, Left and Right move it, Ctrl with Left "
           "and Right changes its end, Alt with Up and Down moves it to another day, Delete "
           "removes it; hold Shift for 1-minute steps.")
            .arg(layers.join(QStringLiteral(". ")), layerName(state.layer)));
    table->setAccessibleName(tr("%1 ranges").arg(layerName(state.layer)));
}

void WeekEditor::Private::updateLayerIcons()
{
    const qreal dpr = q->devicePixelRatioF();
    for (int i = 0; i < kLayerCount; ++i)
        layerButtons[std::size_t(i)]->setIcon(
            layerIcon(q->palette(), kLayers[std::size_t(i)], dpr));
}

void WeekEditor::Private::addRange()
{
    // Sensible first guesses per layer; the new row is selected to be tuned.
    WeeklyRange range{Weekdays::workdays(), Minutes{9 * 60}, Minutes{17 * 60}};
    if (state.layer == WeekLayer::DeepWork)
        range = WeeklyRange{Weekdays::workdays(), Minutes{9 * 60}, Minutes{12 * 60}};
    else if (state.layer == WeekLayer::Comms)
        range = WeeklyRange{Weekdays::workdays(), Minutes{11 * 60}, Minutes{11 * 60 + 30}};
    auto &ranges = state.current().ranges;
    if (state.selectedRange >= 0 && state.selectedRange < int(ranges.size()))
        range.days = ranges[std::size_t(state.selectedRange)].days;
    ranges.push_back(range);
    state.selectedRange = int(ranges.size()) - 1;
    state.selectedDay = -1;
    edited();
    table->setFocus();
}

void WeekEditor::Private::removeRange()
{
    auto &ranges = state.current().ranges;
    const int row = state.selectedRange;
    if (row < 0 || row >= int(ranges.size()))
        return;
    ranges.erase(ranges.begin() + row);
    state.selectedRange = std::min(row, int(ranges.size()) - 1);
    state.selectedDay = -1;
    edited();
}

// ---------------------------------------------------------------------------
WeekEditor::WeekEditor(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->setUp();
}

WeekEditor::~WeekEditor()
{
    // QWidget would delete the children after d, but the table and the grid
    // read d->state until they are gone (hiding the table asks its model).
    qDeleteAll(findChildren<QObject *>(Qt::FindDirectChildrenOnly));
}

void WeekEditor::setPatterns(const WeeklyPattern &work, const WeeklyPattern &deepWork,
                             const WeeklyPattern &comms)
{
    d->state.patterns = {work, deepWork, comms};
    d->state.selectedRange = -1;
    d->state.selectedDay = -1;
    d->showMessage({});
    d->reloadTable();
    d->grid->refresh();
    d->updateAccessibility();
}

WeeklyPattern WeekEditor::pattern(WeekLayer layer) const
{
    return d->state.patterns[std::size_t(layer)];
}

void WeekEditor::setCurrentLayer(WeekLayer layer)
{
    if (d->state.layer == layer)
        return;
    d->state.layer = layer;
    d->state.selectedRange = -1;
    d->state.selectedDay = -1;
    d->layerButtons[std::size_t(layer)]->setChecked(true);
    d->showMessage({});
    d->reloadTable();
    d->grid->refresh();
    d->updateAccessibility();
}

WeekLayer WeekEditor::currentLayer() const { return d->state.layer; }

void WeekEditor::setClockStyle(ClockStyle style)
{
    if (d->state.clock == style)
        return;
    d->state.clock = style;
    d->showMessage({}); // its examples are on the old clock
    d->grid->relabel();
    d->reloadTable();
    d->updateAccessibility();
}

ClockStyle WeekEditor::clockStyle() const { return d->state.clock; }

void WeekEditor::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    if (d->state.firstDay == day)
        return;
    d->state.setFirstDay(day);
    d->grid->relabel();
    d->reloadTable();
    d->updateAccessibility();
}

Qt::DayOfWeek WeekEditor::firstDayOfWeek() const { return d->state.firstDay; }

void WeekEditor::setReadOnly(bool readOnly)
{
    d->state.readOnly = readOnly;
    d->table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                       : QAbstractItemView::DoubleClicked
                                             | QAbstractItemView::EditKeyPressed
                                             | QAbstractItemView::AnyKeyPressed
                                             | QAbstractItemView::SelectedClicked);
    for (QWidget *editing : {static_cast<QWidget *>(d->hint), static_cast<QWidget *>(d->addButton),
                             static_cast<QWidget *>(d->removeButton)})
        editing->setVisible(!readOnly);
    // The layer switches choose what the pointer paints: nothing to paint.
    // The grid still shows every layer and its tooltips say each range's
    // times; the table lists the working hours.
    if (readOnly)
        setCurrentLayer(WeekLayer::Work);
    for (QToolButton *button : d->layerButtons)
        button->setVisible(!readOnly);
    d->grid->unsetCursor();
}

bool WeekEditor::isReadOnly() const { return d->state.readOnly; }

} // namespace sunrelay::gui
