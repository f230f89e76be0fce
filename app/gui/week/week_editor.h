#pragma once

// WeekEditor: paints a member's working hours, deep-work blocks and comms
// windows on a 7-day x 24-hour grid in the member's local time. Drag on the
// grid to add a range to the current layer (15-minute snap, Shift for 1
// minute), drag on a range to erase it with the right button or Delete; the
// table below the grid edits exact times. Ranges may run past midnight.
//
// Times read on the user's clock (12- or 24-hour) and the week starts on the
// user's first day, both from Preferences unless set. Typed times are
// understood in either form ("17:30", "1730", "5:30 PM", "5 pm") whatever the
// clock shows; on a 12-hour clock an end at 24:00 reads "12:00 AM (next day)".
//
// Example:
//   WeekEditor editor;
//   editor.setPatterns(member.work, member.deepWork, member.comms);
//   editor.setCurrentLayer(WeekLayer::DeepWork);
//   ... member.deepWork = editor.pattern(WeekLayer::DeepWork);

#include "gui/text/time_format.h"
#include "gui/week/week_layer.h"

#include "sunrelay/core/weekly_pattern.h"

#include <QColor>
#include <QWidget>

#include <memory>

namespace sunrelay::gui
{

class WeekEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WeekEditor(QWidget *parent = nullptr);
    ~WeekEditor() override;

    void setPatterns(const WeeklyPattern &work,
                     const WeeklyPattern &deepWork,
                     const WeeklyPattern &comms);
    WeeklyPattern pattern(WeekLayer layer) const;

    void setCurrentLayer(WeekLayer layer);
    WeekLayer currentLayer() const;

    // Preferences::load() until set: use24HourClock and firstDayOfWeek.
    void setClockStyle(ClockStyle style);
    ClockStyle clockStyle() const;
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    Qt::DayOfWeek firstDayOfWeek() const;

    // Work and deep-work blocks in the member's region colour, as on the
    // timeline; until set (or set to an invalid colour) the palette's
    // Highlight.
    void setBlockColour(const QColor &colour);
    QColor blockColour() const;

    // Read-only: the grid and the table show and select but do not edit, and
    // the editing hint, the layer switches and the add/remove buttons are
    // hidden (the table then lists the working hours).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

signals:
    void patternsChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
