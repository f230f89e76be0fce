#include "gui/myweek/my_week_picture.h"

#include "gui/export/view_export.h"
#include "gui/myweek/my_week_painter.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace sunrelay::gui {

namespace {

class WeekPicture {
    Q_DECLARE_TR_FUNCTIONS(WeekPicture)
};

// Pictures are laid out in pixels at 96 dpi, with a font sized in pixels,
// so every format takes the room the layout measured.
constexpr int pictureDpi = 96;

QFont pictureFont()
{
    QFont font = QApplication::font();
    font.setPixelSize(13);
    return font;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

void paint(QPainter &p, const MyWeekContent &content, const QSize &size)
{
    p.setFont(pictureFont());
    paintMyWeekPage(p, content, QRectF(QPointF(0, 0), QSizeF(size)), printPalette());
}

bool paintPng(const MyWeekContent &content, QIODevice &device, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    const int dotsPerMeter = int(std::lround(pictureDpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paint(painter, content, size);
    }
    return image.save(&device, "PNG");
}

bool paintSvg(const MyWeekContent &content, QIODevice &device, const QSize &size)
{
    QSvgGenerator svg;
    svg.setOutputDevice(&device);
    svg.setResolution(pictureDpi);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(content.title);
    svg.setDescription(WeekPicture::tr("One member's week exported by Sunrelay, in their own "
                                       "local time."));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    paint(painter, content, size);
    return painter.end();
}

bool paintPdf(const MyWeekContent &content, QIODevice &device, const QSize &size)
{
    QPdfWriter pdf(&device);
    pdf.setResolution(pictureDpi);
    pdf.setTitle(content.title);
    pdf.setCreator(QStringLiteral("Sunrelay"));
    const QSizeF points(size.width() * 72.0 / pictureDpi, size.height() * 72.0 / pictureDpi);
    pdf.setPageLayout(
        QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    paint(painter, content, size);
    return painter.end();
}

} // namespace

std::optional<QString> exportWeekPicture(const MyWeekContent &content, const QString &path,
                                         int width)
{
    const auto format = pictureFormatOf(path);
    if (!format)
        return WeekPicture::tr("%1: unknown picture type \"%2\"; use %3")
            .arg(nativePath(path), QFileInfo(path).suffix(), acceptedPictureFormatsText());
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return WeekPicture::tr("cannot write %1: there is no folder %2")
            .arg(nativePath(path), QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return WeekPicture::tr("cannot write %1: %2").arg(nativePath(path), file.errorString());
    const QSize size(width, int(std::ceil(myWeekPageHeight(content, pictureFont()))));
    bool painted = false;
    switch (*format) {
    case PictureFormat::Png:
        painted = paintPng(content, file, size);
        break;
    case PictureFormat::Svg:
        painted = paintSvg(content, file, size);
        break;
    case PictureFormat::Pdf:
        painted = paintPdf(content, file, size);
        break;
    }
    if (!painted) {
        file.cancelWriting();
        return WeekPicture::tr("cannot write %1: the %2 × %3 px picture could not be drawn")
            .arg(nativePath(path))
            .arg(size.width())
            .arg(size.height());
    }
    if (!file.commit())
        return WeekPicture::tr("cannot write %1: %2").arg(nativePath(path), file.errorString());
    return std::nullopt;
}

} // namespace sunrelay::gui
