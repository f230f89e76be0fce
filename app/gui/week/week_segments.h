#pragma once

// What the week editor's grid and table share (EditorState: the three
// patterns, the layer being edited, the selection, the user's clock and week
// order), and the pieces a layer's ranges make on the grid's rows (Segment):
// a range past midnight has a second piece at the start of the next day's
// row. No widgets.
//
// Example, a week starting on Sunday (rows Sun, Mon, ... Sat):
//   state.setFirstDay(Qt::Sunday);
//   state.patterns[0].ranges = {{Fri, 22:00, 06:00}};
//   segmentsOf(state, WeekLayer::Work)
//     // {row 5, 22:00-24:00, start edge only}, {row 6, 00:00-06:00, end edge only}

#include "gui/text/time_format.h"
#include "gui/week/week_layer.h"
#include "gui/week/week_span.h"

#include <QtCore/qnamespace.h>

#include <array>
#include <vector>

namespace sunrelay::gui::week
{

struct EditorState {
    std::array<WeeklyPattern, kWeekLayerCount> patterns;
    WeekLayer layer = WeekLayer::Work;
    int selectedRange = -1; // in the current layer
    int selectedDay = -1; // the day picked on the grid; -1: the whole range
    ClockStyle clock = ClockStyle::TwentyFourHour;
    Qt::DayOfWeek firstDay = Qt::Monday;
    bool readOnly = false; // shows and selects, never edits
    std::array<int, 7> dayOfRow{0, 1, 2, 3, 4, 5, 6};
    std::array<int, 7> rowOfDay{0, 1, 2, 3, 4, 5, 6};

    WeeklyPattern &current() { return patterns[std::size_t(layer)]; }
    const WeeklyPattern &current() const { return patterns[std::size_t(layer)]; }

    void setFirstDay(Qt::DayOfWeek first);
};

// A range's piece on one row.
struct Segment {
    WeekLayer layer = WeekLayer::Work;
    int range = -1; // index in the layer's pattern; -1 for a range being drawn
    int day = 0; // the day the range starts on
    int row = 0;
    int from = 0; // minutes from the row's midnight
    int to = 0;
    bool startEdge = true; // this piece holds the range's start or end
    bool endEdge = true;
};

// The one or two pieces of `span` (range `range` of `layer`) appended to `out`.
void appendSegments(std::vector<Segment> &out,
                    const EditorState &state,
                    WeekLayer layer,
                    int range,
                    const Span &span);

// Every piece of every range of `layer`, in pattern order.
std::vector<Segment> segmentsOf(const EditorState &state, WeekLayer layer);

} // namespace sunrelay::gui::week
