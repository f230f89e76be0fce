#include "gui/style/region_swatch.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace sunrelay::gui
{

namespace
{
QPixmap swatchPixmap(const QColor &fill, const QColor &border)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return pixmap;
}
} // namespace

QIcon regionSwatch(const QString &colour, const QPalette &palette)
{
    const QColor fill = QColor::fromString(colour);
    QIcon icon(swatchPixmap(fill, palette.color(QPalette::WindowText)));
    // In a selected row the style would tint the icon with the selection
    // colour (the region's blue turned into the highlight's): the swatch
    // keeps its colour there, framed in the selection's text colour.
    icon.addPixmap(swatchPixmap(fill, palette.color(QPalette::HighlightedText)), QIcon::Selected);
    return icon;
}

} // namespace sunrelay::gui
