#pragma once

// A handoff in words, for tooltips, the status bar and the keyboard's ] and
// [: "Handoff APAC → EMEA", both sides' local times (with the day when the
// pickup is on another), why this receiver, the overlap or wait, and the
// sync slot or "async".

#include "gui/text/time_format.h"

#include "sunrelay/core/schedule_report.h"

#include <QString>

namespace sunrelay::gui
{

// `handoff` must be one of `report`'s.
QString handoffText(const Plan &plan,
                    const ScheduleReport &report,
                    const Handoff &handoff,
                    const TimeZone &reference,
                    ClockStyle clock);

} // namespace sunrelay::gui
