#pragma once

// What the world timeline draws, one marking at a time, for View > Legend:
// each kind with a short name, one line saying what it means, and a sample
// painted by the timeline's own painters (timeline/*_painter.h,
// style/block_painter.h) in the palette given, so the legend always looks
// like the timeline, in light and dark themes alike.
//
// Only markings the timeline really paints are here. Region holidays have
// no marking of their own: the expansion takes them out of the working
// hours, so the day shows no bar.

#include <QPixmap>
#include <QString>

#include <vector>

class QFont;
class QPalette;

namespace sunrelay::gui
{

enum class LegendMarking {
    WorkingHours,
    DeepWork,
    CommsWindow,
    TimeOff,
    Daylight,
    ClocksForward,
    ClocksBack,
    Coverage,
    Overlap,
    Gap,
    OverlapHandoff,
    GapHandoff,
    SteppedHandoff,
    TaskBar,
    TaskLink,
    TaskStart,
    TaskFinish,
    TaskLate,
    NowLine,
    TimeCursor,
};

// The rows of the timeline a marking lies on, the legend's sections.
enum class LegendSection {
    MemberRows,
    RegionRows,
    Handoffs,
    Tasks,
    Time
};

struct LegendEntry {
    LegendMarking marking;
    LegendSection section;
    QString key; // stable, untranslated: "deepWork" (object names, tests)
    QString name; // "Deep work"
    QString explanation; // one line
};

// Every marking, in the legend's order (grouped by section).
std::vector<LegendEntry> legendEntries();
QString legendSectionTitle(LegendSection section);

// The sample of `marking`, `size` logical pixels on the palette's base (the
// timeline's background), at `devicePixelRatio`.
QPixmap legendSample(LegendMarking marking,
                     const QSize &size,
                     const QPalette &palette,
                     const QFont &font,
                     qreal devicePixelRatio);

} // namespace sunrelay::gui
