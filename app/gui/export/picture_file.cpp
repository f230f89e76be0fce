#include "gui/export/picture_file.h"

#include "gui/export/chosen_file.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace sunrelay::gui
{

namespace
{

class PictureFile
{
    Q_DECLARE_TR_FUNCTIONS(PictureFile)
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool paintPng(const Picture &picture, QIODevice &device)
{
    QImage image(picture.size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) // too big to allocate
        return false;
    const int dotsPerMeter = int(std::lround(picture.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(picture.background);
    {
        QPainter painter(&image);
        picture.paint(painter);
    }
    return image.save(&device, "PNG");
}

bool paintSvg(const Picture &picture, QIODevice &device)
{
    QSvgGenerator svg;
    svg.setOutputDevice(&device);
    svg.setResolution(picture.dpi);
    svg.setSize(picture.size);
    svg.setViewBox(QRect(QPoint(0, 0), picture.size));
    svg.setTitle(picture.title);
    svg.setDescription(picture.description);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    picture.paint(painter);
    return painter.end();
}

bool paintPdf(const Picture &picture, QIODevice &device)
{
    QPdfWriter pdf(&device);
    pdf.setResolution(picture.dpi);
    pdf.setTitle(picture.title);
    pdf.setCreator(QStringLiteral("Sunrelay"));
    // One page exactly the picture's size: pixels at `dpi` in points.
    const QSizeF points(picture.size.width() * 72.0 / picture.dpi,
                        picture.size.height() * 72.0 / picture.dpi);
    pdf.setPageLayout(
        QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait,
                    QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    picture.paint(painter);
    return painter.end();
}

} // namespace

std::optional<PictureFormat> pictureFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return PictureFormat::Png;
    if (suffix == QLatin1String("svg"))
        return PictureFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return PictureFormat::Pdf;
    return std::nullopt;
}

QString acceptedPictureFormatsText()
{
    //: The file name endings Export Picture accepts, in a sentence
    return PictureFile::tr(".png, .svg or .pdf");
}

std::optional<QString> writePicture(const QString &path, const Picture &picture)
{
    const auto format = pictureFormatOf(path);
    if (!format)
        return PictureFile::tr("%1: unknown picture type \"%2\"; use %3")
            .arg(nativePath(path), QFileInfo(path).suffix(), acceptedPictureFormatsText());
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return PictureFile::tr("cannot write %1: there is no folder %2")
            .arg(nativePath(path), QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    // Painted into memory, then written as files the user chose are.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool painted = false;
    switch (*format) {
    case PictureFormat::Png:
        painted = paintPng(picture, buffer);
        break;
    case PictureFormat::Svg:
        painted = paintSvg(picture, buffer);
        break;
    case PictureFormat::Pdf:
        painted = paintPdf(picture, buffer);
        break;
    }
    buffer.close();
    if (!painted)
        return PictureFile::tr("cannot write %1: the %2 × %3 px picture could not be drawn")
            .arg(nativePath(path))
            .arg(picture.size.width())
            .arg(picture.size.height());
    return writeChosenFile(path, std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

} // namespace sunrelay::gui
