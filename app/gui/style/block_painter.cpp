#include "gui/style/block_painter.h"

#include "gui/style/palette_colours.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <cmath>

namespace sunrelay::gui
{

void paintWorkBlock(QPainter &p, const QRectF &rect, const QColor &regionColour)
{
    p.fillRect(rect, regionColour);
}

void paintDeepWorkBlock(QPainter &p,
                        const QRectF &rect,
                        const QColor &regionColour,
                        const QPalette &palette)
{
    // Hatch and lock in the palette's light end (Base in a light palette,
    // Text in a dark one) so they show on the dark block either way.
    const QColor hatch = lightEnd(palette);
    p.fillRect(rect, regionColour.darker(135));
    p.fillRect(rect, QBrush(withAlpha(hatch, 110), Qt::BDiagPattern));
    if (rect.width() > 18 && rect.height() >= 13)
        p.drawPixmap(QPointF(rect.left() + 4, rect.center().y() - 7),
                     lockGlyph(hatch, p.device() ? p.device()->devicePixelRatioF() : 1.0));
}

void paintCommsBand(QPainter &p, const QRectF &rect, const QPalette &palette)
{
    // Outlined in the text colour so it shows on every region colour and
    // background; at least 3 px wide so a short window stays visible.
    const double x0 = std::round(rect.left());
    const double x1 = std::max(x0 + 3, std::round(rect.right()));
    const QRectF band(x0, rect.top(), x1 - x0, rect.height());
    p.fillRect(band, palette.color(QPalette::Text));
    p.fillRect(band.adjusted(1, 1, -1, -1), lightEnd(palette));
}

void paintTimeOff(QPainter &p, const QRectF &rect, const QPalette &palette)
{
    p.fillRect(rect, withAlpha(palette.color(QPalette::Mid), 60));
    p.fillRect(rect, QBrush(withAlpha(palette.color(QPalette::Mid), 120), Qt::DiagCrossPattern));
}

namespace
{
// The last glyph made. Every block of a frame asks for the same one, so this
// is a pointer compare per block; it goes away with the application object
// (a QPixmap must not outlive it).
struct LockCache {
    QPixmap pixmap;
    QColor colour;
    qreal ratio = 0;
};
LockCache *lockCache = nullptr;
} // namespace

const QPixmap &lockGlyph(const QColor &colour, qreal devicePixelRatio)
{
    if (!lockCache) {
        lockCache = new LockCache;
        qAddPostRoutine([] {
            delete lockCache;
            lockCache = nullptr;
        });
    }
    LockCache &cache = *lockCache;
    if (!cache.pixmap.isNull() && colour == cache.colour && devicePixelRatio == cache.ratio)
        return cache.pixmap;
    QPixmap lock(QSize(11, 13) * devicePixelRatio);
    lock.setDevicePixelRatio(devicePixelRatio);
    lock.fill(Qt::transparent);
    QPainter p(&lock);
    p.setRenderHint(QPainter::Antialiasing);
    // Shackle and body.
    p.setPen(QPen(colour, 1.4));
    p.drawArc(QRectF(2.5, 1, 6, 6), 0, 180 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1, 4, 9, 7), 1.5, 1.5);
    p.end();
    cache = {lock, colour, devicePixelRatio};
    return cache.pixmap;
}

} // namespace sunrelay::gui
