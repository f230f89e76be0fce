#include "gui/week/week_segments.h"

#include <algorithm>

namespace sunrelay::gui::week
{

void EditorState::setFirstDay(Qt::DayOfWeek first)
{
    firstDay = first;
    for (int row = 0; row < 7; ++row) {
        dayOfRow[std::size_t(row)] = wrapDay(int(first) - 1 + row);
        rowOfDay[std::size_t(dayOfRow[std::size_t(row)])] = row;
    }
}

void appendSegments(std::vector<Segment> &out,
                    const EditorState &state,
                    WeekLayer layer,
                    int range,
                    const Span &span)
{
    const bool continues = span.endAbs > kMinutesPerDay;
    out.push_back(Segment{layer,
                          range,
                          span.day,
                          state.rowOfDay[std::size_t(span.day)],
                          span.start,
                          std::min(span.endAbs, kMinutesPerDay),
                          true,
                          !continues});
    if (continues) {
        out.push_back(Segment{layer,
                              range,
                              span.day,
                              state.rowOfDay[std::size_t(wrapDay(span.day + 1))],
                              0,
                              span.endAbs - kMinutesPerDay,
                              false,
                              true});
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

} // namespace sunrelay::gui::week
