#pragma once

// The three weekly patterns of a member that the week editor shows and
// edits, in the order they stack on the grid: working hours at the bottom,
// deep-work blocks over them, comms windows on top.

#include <array>

namespace sunrelay::gui
{

enum class WeekLayer {
    Work,
    DeepWork,
    Comms
};

constexpr int kWeekLayerCount = 3;
constexpr std::array<WeekLayer, kWeekLayerCount> kWeekLayers{WeekLayer::Work,
                                                             WeekLayer::DeepWork,
                                                             WeekLayer::Comms};

} // namespace sunrelay::gui
