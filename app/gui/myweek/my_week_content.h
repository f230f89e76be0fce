#pragma once

// What My week shows for one member and one week, as data: the seven local
// days (each from its local midnight to the next, so 23, 24 or 25 h long) and
// every block in them with its label and tooltip, the maker score and its
// one-line verdict. The screen, the printout and `sunrelay --export-week`
// all paint this (my_week_painter.h); tests read it.
//
// Everything is computed by core (schedule, handoffs, routes, conflicts,
// maker score) and only put into words here. A block that crosses local
// midnight appears once per day column it touches, with the same label (its
// whole local span, "22:00–06:00").
//
// Example (Mia, Australia/Sydney, works 09:00-17:00; the week of Mon
// 2027-03-29, clocks go back Sun 2027-04-04 03:00 -> 02:00):
//   content.days[6].span.length() == 25 h
//   a Work block on day 4 (Fri 2 Apr): 2027-04-01T22:00Z-2027-04-02T06:00Z,
//   label "09:00–17:00"

#include "gui/text/time_format.h"

#include "sunrelay/core/conflict.h"
#include "sunrelay/core/maker_score.h"
#include "sunrelay/core/routing.h"

#include <QColor>
#include <QString>

#include <optional>
#include <vector>

namespace sunrelay::gui
{

enum class WeekBlockKind {
    TimeOff, // the member's own time off, a whole day
    Holiday, // a public holiday of the member's region, a whole day
    Work,
    DeepWork,
    Comms,
    Busy, // an imported meeting
    Task, // a segment of a task the member works
    HandoffIn, // an instant: work arrives (the pickup)
    HandoffOut, // an instant: the member's region passes work on
    Conflict, // a conflict of the member (conflict.h), marked at its start
};

struct WeekBlock {
    WeekBlockKind kind = WeekBlockKind::Work;
    int day = 0; // column, 0..6
    Interval interval; // the part within that day (empty for an instant)
    Interval whole; // the whole block
    QString label; // the local times, "09:00–17:00" ("14:00" for an instant)
    QString caption; // what it is: "Deep work", a meeting's summary, "T-1", "→ AMER"
    QString tooltip;
    std::string taskId{}; // Task blocks
    Severity severity = Severity::Warning; // Conflict blocks
};

struct WeekDay {
    LocalDate date;
    Interval span; // local midnight to the next local midnight
    QString title; // "Mon 5 Apr"
    MakerDay maker;
};

struct MyWeekContent {
    std::string memberId;
    QString memberName;
    TimeZone zone;
    QColor regionColour;
    ClockStyle clock = ClockStyle::TwentyFourHour;
    std::vector<WeekDay> days; // seven
    std::vector<WeekBlock> blocks; // in painting order: kind, then day, then start
    MakerScore score;
    QString verdict; // "4 of 5 days protected; Wednesday's block is cut by a 14:00 meeting"
    QString title; // "Anna Schmidt — 9–15 Mar 2026 (Europe/Berlin)"

    // From the first day's midnight to the end of the last day.
    Interval week() const;
    // The blocks of `kind`, for tests and hit tests.
    std::vector<WeekBlock> blocksOf(WeekBlockKind kind) const;
};

// The first date of the week holding `day`, weeks starting on `firstDayOfWeek`.
LocalDate weekStartOf(LocalDate day, Qt::DayOfWeek firstDayOfWeek);

// My week of plan.members[member] from `firstDay` for seven local dates.
// `routes` are the plan's routes (PlanDocument::routes() or routePlan()).
MyWeekContent buildMyWeek(const Plan &plan,
                          const PlanRoutes &routes,
                          std::size_t member,
                          LocalDate firstDay,
                          ClockStyle clock);

// "09:00–17:00": an interval's local ends in `zone`.
QString localSpanText(const Interval &interval, const TimeZone &zone, ClockStyle clock);

// The maker score in one line: "4 of 5 days protected; Wednesday's block is
// cut by a 14:00 meeting" (the first day that is not protected, and what cut
// it, or that it has no block long enough).
QString makerVerdict(const Plan &plan, const MyWeekContent &content);

// A conflict explained in a sentence, for tooltips.
QString conflictExplanation(const Plan &plan, const Conflict &conflict);

} // namespace sunrelay::gui
