#include "gui/style/theme_icon.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace sunrelay::gui
{

namespace
{

// The stroke and fill colour every bundled line icon is drawn in.
constexpr char bundledInk[] = "#6e7b85";

QColor inkFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QByteArray svg = m_svg;
        svg.replace(bundledInk, inkFor(mode).name(QColor::HexRgb).toLatin1());
        QSvgRenderer(svg).render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap
    scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        // Cached per size, ratio and colour: a palette change draws anew.
        const QColor ink = inkFor(mode);
        const QString key = QStringLiteral("%1x%2@%3:%4")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scale)
                                .arg(ink.rgba());
        if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
            return *cached;
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        painter.end();
        if (m_cache.size() > 64)
            m_cache.clear();
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaletteIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("sunrelay-palette-svg"); }

private:
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

QIcon themeIcon(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return QIcon::fromTheme(name);
    return QIcon::fromTheme(name, QIcon(new PaletteIconEngine(file.readAll())));
}

} // namespace sunrelay::gui
