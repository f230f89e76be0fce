#include "gui/style/palette_colours.h"

#include <QPalette>

namespace sunrelay::gui
{

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QColor lightEnd(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    return base.lightness() >= text.lightness() ? base : text;
}

QRect bottomRule(const QRect &rect)
{
    return QRect(rect.left(), rect.bottom(), rect.width(), 1);
}

} // namespace sunrelay::gui
