#pragma once

// PlaceTaskDialog: the keyboard path for placing a task (the timeline's drop
// with the mouse): the starting region, a date and a time, and the zone the
// time is read in (the reference zone unless changed). The reading becomes an
// instant by the one DST rule (resolveLocalTime): a time in a spring-forward
// gap or a repeated fall-back hour is said, with the instant it will be.
// Prefilled with the task's placement, if it has one.
//
// Example (zone Europe/Berlin, Sun 29 Mar 2026, clocks 02:00 -> 03:00):
//   time 02:30 -> start() == 2026-03-29T01:30:00Z; the dialog says
//   "02:30 does not exist on Sun 29 Mar 2026 in Berlin: the task starts at 03:30."

#include "gui/text/time_format.h"

#include "sunrelay/core/plan.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <string>

namespace sunrelay::gui
{

class PlaceTaskDialog : public QDialog
{
    Q_OBJECT

public:
    PlaceTaskDialog(const Plan &plan,
                    const Task &task,
                    const TimeZone &referenceZone,
                    ClockStyle style,
                    QWidget *parent = nullptr);
    ~PlaceTaskDialog() override;

    // The chosen region's id; empty when the plan has none.
    std::string regionId() const;
    // The start as an instant; nullopt while the zone names none.
    std::optional<Instant> start() const;
    // What the dialog says about the reading (DST), empty when nothing.
    QString note() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
