#include "gui/style/region_swatch.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace sunrelay::gui {

QIcon regionSwatch(const QString &colour, const QPalette &palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette.color(QPalette::WindowText));
    painter.setBrush(QColor::fromString(colour));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace sunrelay::gui
