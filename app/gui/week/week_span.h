#pragma once

// A weekly range as it lies on the week editor's grid: the day it starts on
// and minutes from that day's midnight. The end counts past 24:00 when the
// range runs into the next day, which makes length and movement plain
// arithmetic. Days are 0 = Monday ... 6 = Sunday, as in Weekdays::bits().
// Pure values over the core's WeeklyRange; no Qt.
//
// Example:
//   WeeklyRange night{Weekdays::workdays(), Minutes{22 * 60}, Minutes{6 * 60}};
//   Span friday = Span::of(night, 4);  // {4, 22:00, 30:00}: Fri 22:00 to Sat 06:00
//   friday.movedTo(25 * 60);           // {5, 01:00, 09:00}: Sat, the same 8 hours
//   friday.toRange();                  // {Fri, 22:00, 06:00}

#include "sunrelay/core/weekly_pattern.h"

namespace sunrelay::gui::week
{

constexpr int kMinutesPerDay = 24 * 60;

inline int minutesOf(Minutes m)
{
    return static_cast<int>(m.count());
}
// Any day count as a day of the week: -1 is Sunday, 7 Monday again.
inline int wrapDay(int day)
{
    return ((day % 7) + 7) % 7;
}
inline bool containsDay(Weekdays days, int day)
{
    return (days.bits() >> day) & 1u;
}
// The same days `by` days later (or earlier), wrapping round the week.
Weekdays rotated(Weekdays days, int by);

struct Span {
    int day = 0; // 0 = Monday ... 6 = Sunday
    int start = 0; // [0, 24:00)
    int endAbs = 0; // (start, start + 24:00]

    int length() const { return endAbs - start; }

    // `range` on `day`, clamped so a range that breaks its invariants still
    // paints.
    static Span of(const WeeklyRange &range, int day);
    // The range on this one day.
    WeeklyRange toRange() const;
    // The same length starting `startFromDay` minutes after this span's
    // day's midnight (negative: before it), on whichever day that start falls.
    Span movedTo(int startFromDay) const;

    bool operator==(const Span &) const = default;
};

// Replaces `day` of range `index` by `span`. A range on several days is split
// without asking: the edited day becomes its own range right after the
// original, the other days keep their times. Returns the edited range's index.
int replaceDay(WeeklyPattern &pattern, int index, int day, const Span &span);

// Takes `day` out of range `index`; a range left without days goes.
void removeDay(WeeklyPattern &pattern, int index, int day);

} // namespace sunrelay::gui::week
