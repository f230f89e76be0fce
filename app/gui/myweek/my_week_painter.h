#pragma once

// Painting My week: one function for the screen, the printer and the
// pictures of `sunrelay --export-week`, so all three show the same thing.
//
// The grid is a calendar week: a column per local day, time running down.
// Each column runs from its local midnight to the next in exact time, so a
// day when the clocks change is 23 or 25 hours tall and its blocks sit where
// the real clock puts them; such a column carries its own hour labels (the
// gutter's are those of a 24-hour day) and says "25 h" in its header.
//
// Example:
//   const MyWeekGeometry geometry(content, QRectF(0, 0, 900, 700), font);
//   geometry.blockRect(block)   // where a block of `content` is drawn
//   paintMyWeek(painter, content, geometry, palette);

#include "gui/myweek/my_week_content.h"

#include <QFont>
#include <QPalette>
#include <QRectF>

#include <optional>

class QPainter;

namespace sunrelay::gui
{

class MyWeekGeometry
{
public:
    static constexpr double defaultPixelsPerHour = 26;

    // Lays out `content` in `area`: hours fill the height below the header.
    MyWeekGeometry(const MyWeekContent &content, const QRectF &area, const QFont &font);

    // The height `content` wants at `pixelsPerHour` (header and the longest day).
    static double preferredHeight(const MyWeekContent &content,
                                  const QFont &font,
                                  double pixelsPerHour = defaultPixelsPerHour);

    const QRectF &area() const { return m_area; }
    double headerHeight() const { return m_headerHeight; }
    double gutterWidth() const { return m_gutterWidth; }
    double pixelsPerHour() const { return m_pixelsPerHour; }
    // The strip at the left of a 23 or 25 h day's column for its hour labels.
    double dstLabelWidth() const { return m_dstLabelWidth; }
    // Day `day`'s header cell and its hours.
    QRectF headerRect(int day) const;
    QRectF columnRect(int day) const;
    // The height of instant `t` in day `day`'s column (exact time since the
    // day's local midnight).
    double y(int day, Instant t) const;
    // Where `block` is drawn; an instant is a band a few pixels high.
    QRectF blockRect(const WeekBlock &block) const;
    // The topmost block at `point` (the last painted), if any.
    const WeekBlock *blockAt(const QPointF &point) const;
    // Day column under `point`, or -1.
    int dayAt(const QPointF &point) const;

private:
    const MyWeekContent *m_content;
    QRectF m_area;
    double m_headerHeight = 0;
    double m_gutterWidth = 0;
    double m_pixelsPerHour = defaultPixelsPerHour;
    double m_columnWidth = 0;
    double m_dstLabelWidth = 0;
};

// The light colours of a printout or a picture, whatever the screen's theme.
QPalette printPalette();

// The grid: headers (date, longest protected stretch), hour lines, blocks.
// `highlight` marks one instant (showMemberAt()).
void paintMyWeek(QPainter &p,
                 const MyWeekContent &content,
                 const MyWeekGeometry &geometry,
                 const QPalette &palette,
                 std::optional<Instant> highlight = std::nullopt);

// A whole page: the title (member, dates, zone) and the verdict above the
// grid, fitted to `page`; for the printer and the pictures.
void paintMyWeekPage(QPainter &p,
                     const MyWeekContent &content,
                     const QRectF &page,
                     const QPalette &palette);
// The height a page of `width` wants (title, verdict and the grid).
double myWeekPageHeight(const MyWeekContent &content, const QFont &font);

// The sign at the start of a conflict: shape and colour by severity (a
// diamond for an error, a triangle for a warning, a circle for a note), 12 px.
void paintSeveritySign(QPainter &p, const QPointF &topLeft, Severity severity);

} // namespace sunrelay::gui
