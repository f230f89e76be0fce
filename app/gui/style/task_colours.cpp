#include "gui/style/task_colours.h"

#include <array>
#include <cmath>
#include <cstdint>

namespace sunrelay::gui
{

namespace
{

constexpr std::array<QRgb, 9> muted =
    {0x332288, 0x88CCEE, 0x44AA99, 0x117733, 0x999933, 0xDDCC77, 0xCC6677, 0x882255, 0xAA4499};

std::size_t colourIndex(const std::string &taskId)
{
    // FNV-1a: the same colour for the same id in every run and build
    // (std::hash promises neither).
    std::uint32_t hash = 2166136261u;
    for (const unsigned char c : taskId) {
        hash ^= c;
        hash *= 16777619u;
    }
    return hash % muted.size();
}

} // namespace

QColor taskColour(const std::string &taskId)
{
    return QColor(muted[colourIndex(taskId)]);
}

const TaskBarColours &taskBarColours(const std::string &taskId)
{
    static const std::array<TaskBarColours, muted.size()> colours = [] {
        std::array<TaskBarColours, muted.size()> all;
        for (std::size_t i = 0; i < muted.size(); ++i) {
            const QColor fill(muted[i]);
            all[i] = {fill, fill.darker(160), textColourOn(fill)};
        }
        return all;
    }();
    return colours[colourIndex(taskId)];
}

QColor textColourOn(const QColor &background)
{
    // Relative luminance (sRGB, WCAG 2): the contrast with white is better
    // below about 0.18.
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * linear(background.redF())
        + 0.7152 * linear(background.greenF()) + 0.0722 * linear(background.blueF());
    return luminance < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace sunrelay::gui
