#include "gui/style/high_contrast.h"

#include <algorithm>
#include <cmath>

namespace sunrelay::gui
{

namespace
{

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF());
}

} // namespace

QPalette highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    QPalette palette(white, black);
    for (const QPalette::ColorRole role : {QPalette::Window,
                                           QPalette::Base,
                                           QPalette::Button,
                                           QPalette::AlternateBase,
                                           QPalette::ToolTipBase})
        palette.setColor(role, black);
    for (const QPalette::ColorRole role : {QPalette::WindowText,
                                           QPalette::Text,
                                           QPalette::ButtonText,
                                           QPalette::ToolTipText,
                                           QPalette::BrightText,
                                           QPalette::Light,
                                           QPalette::Midlight,
                                           QPalette::Mid})
        palette.setColor(role, white);
    palette.setColor(QPalette::Dark, QColor(0xc0, 0xc0, 0xc0));
    palette.setColor(QPalette::Shadow, white);
    // Hints and secondary labels stay readable: no faint grey.
    palette.setColor(QPalette::PlaceholderText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Highlight, yellow);
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::Link, QColor(0x80, 0xd0, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xe0, 0xa0, 0xff));

    // Disabled controls: still 9:1 on black, told apart by their grey.
    const QColor disabled(0xa8, 0xa8, 0xa8);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Light, black); // no embossed copy
    palette.setColor(QPalette::Disabled, QPalette::Highlight, disabled);
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return palette;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isHighContrast(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return contrastRatio(base, palette.color(QPalette::Text)) >= 7
        && contrastRatio(palette.color(QPalette::Window), palette.color(QPalette::WindowText)) >= 7
        && contrastRatio(base, palette.color(QPalette::Highlight)) >= 10;
}

qreal focusFrameWidth(const QPalette &palette)
{
    return isHighContrast(palette) ? 4 : 2;
}

QColor quietText(const QPalette &palette, QPalette::ColorRole role, int alpha)
{
    QColor colour = palette.color(role);
    if (!isHighContrast(palette))
        colour.setAlpha(alpha);
    return colour;
}

} // namespace sunrelay::gui
