#include "gui/help/legend_samples.h"

#include "gui/help/legend_dialog.h"
#include "gui/style/block_painter.h"
#include "gui/style/palette_colours.h"
#include "gui/style/task_colours.h"
#include "gui/tasks/task_text.h"
#include "gui/text/time_format.h"
#include "gui/timeline/handoff_painter.h"
#include "gui/timeline/member_row_painter.h"
#include "gui/timeline/overlay_painter.h"
#include "gui/timeline/region_row_painter.h"
#include "gui/timeline/task_painter.h"

#include <QFont>
#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace sunrelay::gui
{

namespace
{

// Stand-ins for two regions' own colours (a plan's regions bring theirs):
// the blue of the design's example region and an orange.
const QColor regionA(0x2f, 0x6f, 0xde);
const QColor regionB(0xe6, 0x9f, 0x00);
// A task id whose colour from taskColour() (teal) reads beside both regions
// and on light and dark bases.
const std::string sampleTask = "T-3";

// The bar of a member row in a sample `size` high, as the member row puts
// it: room above for the comms band, below for hour labels.
QRectF memberBar(const QSizeF &size)
{
    return QRectF(0, size.height() * 0.3, size.width(), size.height() * 0.45);
}

// A handoff arrow's line from `from` to `to`, the curve paintHandoffs()
// draws (a cubic leaving and arriving vertically).
QPolygonF handoffCurve(const QPointF &from, const QPointF &to)
{
    const double dy = to.y() - from.y();
    const QPointF c1 = from + QPointF(0, dy * 0.5);
    const QPointF c2 = to - QPointF(0, dy * 0.5);
    QPolygonF curve;
    constexpr int steps = 32;
    for (int i = 0; i <= steps; ++i) {
        const double t = double(i) / steps;
        const double u = 1 - t;
        curve << u * u * u * from + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * to;
    }
    return curve;
}

// Two region rows, sender above and receiver below, with their coverage:
// the background handoff samples sit on.
void paintTwoRegionRows(QPainter &p,
                        const QSizeF &size,
                        double senderEnd,
                        double receiverStart,
                        const QPalette &palette)
{
    const double half = size.height() / 2;
    p.fillRect(QRectF(0, 0, size.width(), size.height()), palette.color(QPalette::AlternateBase));
    paintCoverageBar(p, QRectF(0, half / 3, senderEnd, half / 3), regionA);
    paintCoverageBar(p,
                     QRectF(receiverStart, half + half / 3, size.width() - receiverStart, half / 3),
                     regionB);
}

void paintHandoffSample(QPainter &p,
                        const QSizeF &size,
                        HandoffKind kind,
                        bool ringed,
                        const QPalette &palette)
{
    const double half = size.height() / 2;
    const double at = size.width() * (kind == HandoffKind::Overlap ? 0.55 : 0.35);
    const double pickup = size.width() * (kind == HandoffKind::Overlap ? 0.55 : 0.7);
    const double receiverStart = kind == HandoffKind::Overlap ? size.width() * 0.3 : pickup;
    paintTwoRegionRows(p, size, at, receiverStart, palette);
    if (kind != HandoffKind::Overlap)
        paintGapBand(p, QRectF(at, 0, pickup - at, size.height()));
    const QPointF from(at, half / 2);
    const QPointF to(pickup, half + half / 2);
    const QColor colour = handoffColour(regionB, palette);
    p.setRenderHint(QPainter::Antialiasing);
    if (kind == HandoffKind::Overlap)
        // The same instant: the straight drop paintHandoffs() fills.
        p.fillRect(QRectF(std::round(from.x()) - 1, from.y(), 2, to.y() - from.y()),
                   withAlpha(colour, 255));
    else
        strokeHandoffLine(p, handoffCurve(from, to), colour, kind);
    paintHandoffHead(p, to, 1, colour);
    if (ringed)
        paintHandoffRing(p, from, palette);
}

// The labels' font in the samples: a little smaller than the dialog's.
QFont sampleLabelFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8);
    return small;
}

// Night, twilight fading into day, and back, as paintMemberRow()'s daylight
// band.
void paintDaylightSample(QPainter &p, const QSizeF &size, const QPalette &palette)
{
    const double w = size.width();
    const double h = size.height();
    const auto [night, twilight] = daylightShades(palette);
    const QColor base = palette.color(QPalette::Base);
    const double x0 = w * 0.25;
    const double x1 = w * 0.75;
    p.fillRect(QRectF(0, 0, w * 0.15, h), night);
    p.fillRect(QRectF(w * 0.15, 0, x0 - w * 0.15, h), twilight);
    p.fillRect(QRectF(x1, 0, w * 0.1, h), twilight);
    p.fillRect(QRectF(x1 + w * 0.1, 0, w - x1 - w * 0.1, h), night);
    const double fade = std::min(24.0, (x1 - x0) / 4);
    QLinearGradient in(x0, 0, x0 + fade, 0);
    in.setColorAt(0, twilight);
    in.setColorAt(1, base);
    p.fillRect(QRectF(x0, 0, fade, h), in);
    QLinearGradient out(x1 - fade, 0, x1, 0);
    out.setColorAt(0, base);
    out.setColorAt(1, twilight);
    p.fillRect(QRectF(x1 - fade, 0, fade, h), out);
}

// The markings of a member row (LegendSection::MemberRows).
void paintMemberRowSample(QPainter &p,
                          LegendMarking marking,
                          const QSizeF &size,
                          const QPalette &palette)
{
    const QRectF bar = memberBar(size);
    const double w = size.width();
    const double h = size.height();
    switch (marking) {
    case LegendMarking::WorkingHours:
        paintWorkBlock(p, bar.adjusted(w * 0.15, 0, -w * 0.15, 0), regionA);
        break;
    case LegendMarking::DeepWork:
        paintWorkBlock(p, bar.adjusted(w * 0.08, 0, -w * 0.08, 0), regionA);
        paintDeepWorkBlock(p, bar.adjusted(w * 0.2, 0, -w * 0.35, 0), regionA, palette);
        break;
    case LegendMarking::CommsWindow:
        paintWorkBlock(p, bar.adjusted(w * 0.08, 0, -w * 0.08, 0), regionA);
        // Above the bar, as on a member row.
        paintCommsBand(p, QRectF(w * 0.4, bar.top() - 5, w * 0.2, 5), palette);
        break;
    case LegendMarking::TimeOff:
        paintTimeOff(p, QRectF(QPointF(0, 0), size).adjusted(w * 0.15, 0, -w * 0.15, 0), palette);
        break;
    case LegendMarking::Daylight:
        paintDaylightSample(p, size, palette);
        break;
    case LegendMarking::ClocksForward:
    case LegendMarking::ClocksBack:
        p.setRenderHint(QPainter::Antialiasing);
        paintClockChangeMarker(p,
                               QPointF(w / 2, h / 2 - 5),
                               marking == LegendMarking::ClocksForward ? ClockChange::Forward
                                                                       : ClockChange::Back,
                               palette);
        break;
    default:
        break;
    }
}

// The markings of a region row (LegendSection::RegionRows).
void paintRegionRowSample(QPainter &p,
                          LegendMarking marking,
                          const QSizeF &size,
                          const QPalette &palette)
{
    const double w = size.width();
    const double h = size.height();
    p.fillRect(QRectF(QPointF(0, 0), size), palette.color(QPalette::AlternateBase));
    switch (marking) {
    case LegendMarking::Coverage:
        paintCoverageBar(p, QRectF(w * 0.15, h / 3, w * 0.7, h / 3), regionA);
        break;
    case LegendMarking::Overlap:
        paintOverlapBand(p, QRectF(w * 0.35, 0, w * 0.3, h), regionA, regionB);
        paintCoverageBar(p, QRectF(w * 0.1, h / 3, w * 0.55, h / 3), regionA);
        break;
    case LegendMarking::Gap:
        paintCoverageBar(p, QRectF(0, h / 3, w * 0.3, h / 3), regionA);
        paintGapBand(p, QRectF(w * 0.3, 0, w * 0.4, h));
        break;
    default:
        break;
    }
}

// Worked by one member, passed at once to a second (a drop), then waiting
// before a third picks it up (dashed).
void paintTaskLinkSample(QPainter &p, const QSizeF &size)
{
    const double w = size.width();
    const double h = size.height();
    const TaskBarColours &colours = taskBarColours(sampleTask);
    const double rowHeight = h * 0.3;
    const QRectF first(w * 0.05, h * 0.1, w * 0.3, rowHeight);
    const QRectF second(first.right(), h * 0.6, w * 0.25, rowHeight);
    const QRectF third(w * 0.75, h * 0.1, w * 0.2, rowHeight);
    paintTaskLink(p,
                  QPointF(first.right(), first.center().y()),
                  QPointF(second.left(), second.center().y()),
                  colours.edge,
                  TaskLinkKind::Passed,
                  2);
    paintTaskLink(p,
                  QPointF(second.right(), second.center().y()),
                  QPointF(third.left(), third.center().y()),
                  colours.edge,
                  TaskLinkKind::Waits,
                  2);
    for (const QRectF &piece : {first, second, third})
        paintTaskBarShape(p, piece, colours);
}

// A task bar ending in its finish flag; a late one ends early with the note.
void paintTaskFinishSample(QPainter &p,
                           const QSizeF &size,
                           bool late,
                           const QPalette &palette,
                           const QFont &font)
{
    const double w = size.width();
    const QRectF bar = memberBar(size);
    const QFont small = sampleLabelFont(font);
    const TaskBarColours &colours = taskBarColours(sampleTask);
    const double end = late ? w * 0.25 : w * 0.6;
    const QRectF taskBar(w * 0.05, bar.top(), end - w * 0.05, bar.height());
    paintTaskBarShape(p, taskBar, colours);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = late ? problemColor(palette) : palette.color(QPalette::Text);
    const QFontMetrics metrics(small);
    const QPointF at(end, taskBar.center().y());
    paintTaskFinishFlag(p, at, metrics.lineSpacing(), colour);
    //: Legend sample: a task finishing after its deadline; %1 is a duration, e.g. "3 h"
    if (late)
        paintTaskLateNote(p,
                          at,
                          LegendDialog::tr("late by %1").arg(durationText(Seconds{3 * 3600})),
                          colour,
                          small,
                          palette);
}

// The markings of a task (LegendSection::Tasks).
void paintTaskSample(QPainter &p,
                     LegendMarking marking,
                     const QSizeF &size,
                     const QPalette &palette,
                     const QFont &font)
{
    const double w = size.width();
    const double h = size.height();
    switch (marking) {
    case LegendMarking::TaskBar: {
        const TaskBarColours &colours = taskBarColours(sampleTask);
        const QRectF taskBar = memberBar(size).adjusted(w * 0.1, 0, -w * 0.1, 0);
        paintTaskBarShape(p, taskBar, colours);
        p.setFont(sampleLabelFont(font));
        p.setPen(colours.text);
        p.drawText(taskBar.adjusted(4, 0, -2, 0),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QString::fromStdString(sampleTask));
        break;
    }
    case LegendMarking::TaskLink:
        paintTaskLinkSample(p, size);
        break;
    case LegendMarking::TaskStart: {
        p.fillRect(QRectF(QPointF(0, 0), size), palette.color(QPalette::AlternateBase));
        paintCoverageBar(p, QRectF(w * 0.55, h / 3, w * 0.45, h / 3), regionA);
        p.setRenderHint(QPainter::Antialiasing);
        const QPointF tip(w * 0.2, h * 0.6);
        paintTaskStartPin(p,
                          tip,
                          QPointF(w * 0.55, tip.y()),
                          taskColour(sampleTask),
                          palette.color(QPalette::Text));
        break;
    }
    case LegendMarking::TaskFinish:
    case LegendMarking::TaskLate:
        paintTaskFinishSample(p, size, marking == LegendMarking::TaskLate, palette, font);
        break;
    default:
        break;
    }
}

// The now line and the time cursor (LegendSection::Time).
void paintTimeSample(QPainter &p,
                     LegendMarking marking,
                     const QSizeF &size,
                     const QPalette &palette,
                     const QFont &font)
{
    const double w = size.width();
    const double h = size.height();
    if (marking == LegendMarking::NowLine) {
        paintWorkBlock(p, memberBar(size).adjusted(w * 0.1, 0, -w * 0.1, 0), regionA);
        paintNowLine(p, w * 0.45, 0, h, palette);
        return;
    }
    const QFont small = sampleLabelFont(font);
    const double x = std::round(w * 0.12);
    paintTimeCursorLine(p, x, 0, h, palette);
    p.setFont(small);
    //: Legend sample of the time cursor's label: a weekday and time, then a task id
    const QString label = LegendDialog::tr("Tue 11:00 · T-3", "time cursor sample");
    const QFontMetrics metrics(small);
    paintTimeCursorLabel(
        p,
        QRectF(x + 3, 2, metrics.horizontalAdvance(label) + 8, metrics.height() + 2),
        label,
        palette);
}

void paint(QPainter &p,
           LegendMarking marking,
           const QSizeF &size,
           const QPalette &palette,
           const QFont &font)
{
    switch (marking) {
    case LegendMarking::WorkingHours:
    case LegendMarking::DeepWork:
    case LegendMarking::CommsWindow:
    case LegendMarking::TimeOff:
    case LegendMarking::Daylight:
    case LegendMarking::ClocksForward:
    case LegendMarking::ClocksBack:
        paintMemberRowSample(p, marking, size, palette);
        break;
    case LegendMarking::Coverage:
    case LegendMarking::Overlap:
    case LegendMarking::Gap:
        paintRegionRowSample(p, marking, size, palette);
        break;
    case LegendMarking::OverlapHandoff:
        paintHandoffSample(p, size, HandoffKind::Overlap, false, palette);
        break;
    case LegendMarking::GapHandoff:
        paintHandoffSample(p, size, HandoffKind::Gap, false, palette);
        break;
    case LegendMarking::SteppedHandoff:
        paintHandoffSample(p, size, HandoffKind::Overlap, true, palette);
        break;
    case LegendMarking::TaskBar:
    case LegendMarking::TaskLink:
    case LegendMarking::TaskStart:
    case LegendMarking::TaskFinish:
    case LegendMarking::TaskLate:
        paintTaskSample(p, marking, size, palette, font);
        break;
    case LegendMarking::NowLine:
    case LegendMarking::TimeCursor:
        paintTimeSample(p, marking, size, palette, font);
        break;
    }
}

} // namespace

namespace
{

// The entries of each section, in the order the legend shows them.
std::vector<LegendEntry> memberRowEntries()
{
    using M = LegendMarking;
    using S = LegendSection;
    return {
        {M::WorkingHours,
         S::MemberRows,
         QStringLiteral("workingHours"),
         //: Legend entry: the shaded block of a member's working hours on the timeline
         LegendDialog::tr("Working hours"),
         LegendDialog::tr("When the member works, in the region's colour; the row's weekdays "
                          "and hours are the member's own local time.")},
        {M::DeepWork,
         S::MemberRows,
         QStringLiteral("deepWork"),
         //: Legend entry: a member's protected, meeting-free focus time
         LegendDialog::tr("Deep work"),
         LegendDialog::tr("A protected block: darker, hatched, with a lock. A sync slot, pickup "
                          "or meeting inside it is a conflict.")},
        {M::CommsWindow,
         S::MemberRows,
         QStringLiteral("commsWindow"),
         //: Legend entry: a fixed time for messages and calls
         LegendDialog::tr("Comms window"),
         LegendDialog::tr("The outlined band above the bar: a fixed time for messages. Sync "
                          "slots in both sides' windows are preferred.")},
        {M::TimeOff,
         S::MemberRows,
         QStringLiteral("timeOff"),
         //: Legend entry: a member's day off (holiday, leave)
         LegendDialog::tr("Time off"),
         LegendDialog::tr("Whole local days away, grey and cross-hatched. Region holidays "
                          "simply leave the day without working hours.")},
        {M::Daylight,
         S::MemberRows,
         QStringLiteral("daylight"),
         //: Legend entry: the band showing where the sun is up
         LegendDialog::tr("Daylight"),
         LegendDialog::tr("Behind the row where the member lives: night shaded, twilight "
                          "lighter, day clear.")},
        {
            //: Legend entry: the mark of a daylight saving change that moves clocks forward
            M::ClocksForward,
            S::MemberRows,
            QStringLiteral("clocksForward"),
            LegendDialog::tr("Clocks go forward"),
            LegendDialog::tr("A filled diamond where the member's clocks skip ahead (daylight "
                             "saving time starts)."),
        },
        {M::ClocksBack,
         S::MemberRows,
         QStringLiteral("clocksBack"),
         //: Legend entry: the mark of a daylight saving change that moves clocks back
         LegendDialog::tr("Clocks go back"),
         LegendDialog::tr("A hollow diamond where the member's clocks turn back and an hour "
                          "repeats.")},
    };
}

std::vector<LegendEntry> regionRowEntries()
{
    using M = LegendMarking;
    using S = LegendSection;
    return {
        {M::Coverage,
         S::RegionRows,
         QStringLiteral("coverage"),
         //: Legend entry: times some region works
         LegendDialog::tr("Coverage"),
         LegendDialog::tr("On a region's row: when at least one of its members works (time off "
                          "taken out).")},
        {M::Overlap,
         S::RegionRows,
         QStringLiteral("overlap"),
         //: Legend entry: times two or more regions work at once
         LegendDialog::tr("Overlap"),
         LegendDialog::tr("Two or more regions cover the same time, shaded in both regions' "
                          "colours.")},
        {M::Gap,
         S::RegionRows,
         QStringLiteral("gap"),
         //: Legend entry: times no region works
         LegendDialog::tr("Gap"),
         LegendDialog::tr("Nobody in any region works: hatched vermillion across every region "
                          "row.")},
    };
}

std::vector<LegendEntry> handoffEntries()
{
    using M = LegendMarking;
    using S = LegendSection;
    return {
        {M::OverlapHandoff,
         S::Handoffs,
         QStringLiteral("overlapHandoff"),
         //: Legend entry: a handoff where both regions' hours overlap
         LegendDialog::tr("Overlap handoff"),
         LegendDialog::tr("Solid arrow, in the receiver's colour: the receiving region already "
                          "works when the sender stops, so work passes at once.")},
        {M::GapHandoff,
         S::Handoffs,
         QStringLiteral("gapHandoff"),
         //: Legend entry: a handoff across hours no one covers
         LegendDialog::tr("Gap handoff"),
         LegendDialog::tr("Dashed arrow: nobody works when the sender stops; the work waits "
                          "until the next region starts (the pickup).")},
        {M::SteppedHandoff,
         S::Handoffs,
         QStringLiteral("steppedHandoff"),
         //: Legend entry: the ring where the handoff that ] (next) or [ (previous) went to leaves
         LegendDialog::tr("Handoff stepped to"),
         LegendDialog::tr("A ring where the handoff that ] (next) or [ (previous) went to "
                          "leaves.")},
    };
}

std::vector<LegendEntry> taskEntries()
{
    using M = LegendMarking;
    using S = LegendSection;
    return {
        {M::TaskBar,
         S::Tasks,
         QStringLiteral("taskBar"),
         //: Legend entry: a bar of a task being worked on in one region
         LegendDialog::tr("Task worked"),
         LegendDialog::tr("A bar in the task's own colour on the member who works it then, "
                          "with its id and title where they fit.")},
        {M::TaskLink,
         S::Tasks,
         QStringLiteral("taskLink"),
         //: Legend entry: the link drawn where a task passes to the next region
         LegendDialog::tr("Task passed on"),
         LegendDialog::tr("A line to the next member who works the task; dashed where it "
                          "waits in between.")},
        {M::TaskStart,
         S::Tasks,
         QStringLiteral("taskStart"),
         //: Legend entry: the mark of a task's planned start
         LegendDialog::tr("Planned start"),
         LegendDialog::tr("A pin on the starting region's row; a dashed run to where work "
                          "really starts when nobody covers the start.")},
        {M::TaskFinish,
         S::Tasks,
         QStringLiteral("taskFinish"),
         //: Legend entry: the mark where a task is done
         LegendDialog::tr("Finish"),
         LegendDialog::tr("A flag where the task's effort is used up.")},
        {M::TaskLate,
         S::Tasks,
         QStringLiteral("taskLate"),
         //: Legend entry: the mark of a task finishing after its deadline
         LegendDialog::tr("Late finish"),
         LegendDialog::tr("A red flag: the task finishes after its deadline, by the amount "
                          "shown.")},
    };
}

std::vector<LegendEntry> timeEntries()
{
    using M = LegendMarking;
    using S = LegendSection;
    return {
        {M::NowLine,
         S::Time,
         QStringLiteral("nowLine"),
         //: Legend entry: the line at the current time
         LegendDialog::tr("Now"),
         LegendDialog::tr("The current time, across all rows.")},
        {M::TimeCursor,
         S::Time,
         QStringLiteral("timeCursor"),
         //: Legend entry: the vertical line shown by pointing at the time axis or pressing C, with
         //: each row's local time at that moment; not the current time (that is "Now")
         LegendDialog::tr("Time cursor"),
         LegendDialog::tr("Point at the time axis or press C: each row's local time there and "
                          "the tasks its members hold.")},
    };
}

} // namespace

std::vector<LegendEntry> legendEntries()
{
    std::vector<LegendEntry> entries;
    for (auto section :
         {&memberRowEntries, &regionRowEntries, &handoffEntries, &taskEntries, &timeEntries})
        for (LegendEntry &entry : section())
            entries.push_back(std::move(entry));
    return entries;
}

QString legendSectionTitle(LegendSection section)
{
    switch (section) {
    case LegendSection::MemberRows:
        //: Legend section heading: the timeline's rows of single members
        return LegendDialog::tr("Member rows");
    case LegendSection::RegionRows:
        //: Legend section heading: the timeline's rows of whole regions
        return LegendDialog::tr("Region rows");
    case LegendSection::Handoffs:
        //: Legend section heading
        return LegendDialog::tr("Handoffs");
    case LegendSection::Tasks:
        //: Legend section heading
        return LegendDialog::tr("Tasks");
    case LegendSection::Time:
        //: Legend section heading: time marks (daylight, now)
        return LegendDialog::tr("Time");
    }
    return {};
}

QPixmap legendSample(LegendMarking marking,
                     const QSize &size,
                     const QPalette &palette,
                     const QFont &font,
                     qreal devicePixelRatio)
{
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    // The timeline's background.
    pixmap.fill(palette.color(QPalette::Base));
    QPainter p(&pixmap);
    paint(p, marking, QSizeF(size), palette, font);
    return pixmap;
}

} // namespace sunrelay::gui
