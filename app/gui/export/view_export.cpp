#include "gui/export/view_export.h"

#include "gui/timeline/timeline_view.h"

#include "sunrelay/core/local_time.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <chrono>
#include <cmath>

namespace sunrelay::gui {

namespace {

class ViewExport {
    Q_DECLARE_TR_FUNCTIONS(ViewExport)
};

QString isoDate(LocalTime local) {
    return QString::fromStdString(date::format("%F", date::floor<date::days>(local)));
}

QString nativePath(const QString &path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The picture is laid out in the view's pixels, whose fonts are measured at
// the screen's logical DPI: the PNG, SVG and PDF are painted at that DPI too,
// so text takes the room it was measured to take.
int layoutDpi(const TimelineView &view) {
    return std::max(1, view.logicalDpiY());
}

bool paintPng(TimelineView &view, QIODevice &device, const QSize &size) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) // too big to allocate
        return false;
    const int dotsPerMeter = int(std::lround(layoutDpi(view) / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(view.palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        view.renderPicture(painter, size.width());
    }
    return image.save(&device, "PNG");
}

bool paintSvg(TimelineView &view, QIODevice &device, const QSize &size, const QString &title) {
    QSvgGenerator svg;
    svg.setOutputDevice(&device);
    svg.setResolution(layoutDpi(view));
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(
        ViewExport::tr("The world timeline exported by Sunrelay: regions, members, handoffs "
                       "and placed tasks."));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    view.renderPicture(painter, size.width());
    return painter.end();
}

bool paintPdf(TimelineView &view, QIODevice &device, const QSize &size, const QString &title) {
    QPdfWriter pdf(&device);
    const int dpi = layoutDpi(view);
    pdf.setResolution(dpi);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Sunrelay"));
    // One page exactly the picture's size: pixels at `dpi` in points.
    const QSizeF points(size.width() * 72.0 / dpi, size.height() * 72.0 / dpi);
    pdf.setPageLayout(
        QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    view.renderPicture(painter, size.width());
    return painter.end();
}

} // namespace

std::optional<PictureFormat> pictureFormatOf(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return PictureFormat::Png;
    if (suffix == QLatin1String("svg"))
        return PictureFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return PictureFormat::Pdf;
    return std::nullopt;
}

QString acceptedPictureFormatsText() {
    return ViewExport::tr(".png, .svg or .pdf");
}

QString pictureTitle(const TimelineView &view, const QString &planName) {
    const Interval visible = view.timeGeometry().visible();
    const TimeZone &zone = view.referenceZone();
    // The last date shown is the one of the last second in view.
    return ViewExport::tr("Sunrelay — %1, %2–%3 (%4)")
        .arg(planName, isoDate(toLocal(zone, visible.start)),
             isoDate(toLocal(zone, visible.end - Seconds{1})), QString::fromStdString(zone.name()));
}

std::optional<QString> exportTimelinePicture(TimelineView &view, const QString &path,
                                             const ViewExportOptions &options) {
    const auto format = pictureFormatOf(path);
    if (!format)
        return ViewExport::tr("%1: unknown picture type \"%2\"; use %3")
            .arg(nativePath(path), QFileInfo(path).suffix(), acceptedPictureFormatsText());
    if (options.width < ViewExportOptions::minimumWidth ||
        options.width > ViewExportOptions::maximumWidth)
        return ViewExport::tr("the width %1 px is outside %2–%3 px")
            .arg(options.width)
            .arg(ViewExportOptions::minimumWidth)
            .arg(ViewExportOptions::maximumWidth);
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return ViewExport::tr("cannot write %1: there is no folder %2")
            .arg(nativePath(path), QDir::toNativeSeparators(QFileInfo(path).absolutePath()));

    // Written beside the target and renamed over it on commit(): a failed
    // export leaves no half file and the old one, if any, untouched.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ViewExport::tr("cannot write %1: %2").arg(nativePath(path), file.errorString());
    const QSize size(options.width, view.fullHeight());
    const QString title = pictureTitle(view, options.planName);
    bool painted = false;
    switch (*format) {
    case PictureFormat::Png:
        painted = paintPng(view, file, size);
        break;
    case PictureFormat::Svg:
        painted = paintSvg(view, file, size, title);
        break;
    case PictureFormat::Pdf:
        painted = paintPdf(view, file, size, title);
        break;
    }
    if (!painted) {
        file.cancelWriting();
        return ViewExport::tr("cannot write %1: the %2 × %3 px picture could not be drawn")
            .arg(nativePath(path))
            .arg(size.width())
            .arg(size.height());
    }
    if (!file.commit())
        return ViewExport::tr("cannot write %1: %2").arg(nativePath(path), file.errorString());
    return std::nullopt;
}

} // namespace sunrelay::gui
