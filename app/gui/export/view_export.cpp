#include "gui/export/view_export.h"

#include "gui/timeline/timeline_view.h"

#include "sunrelay/core/local_time.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <chrono>

namespace sunrelay::gui
{

namespace
{

class ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(ViewExport)
};

QString isoDate(LocalTime local)
{
    return QString::fromStdString(date::format("%F", date::floor<date::days>(local)));
}

// The picture is laid out in the view's pixels, whose fonts are measured at
// the screen's logical DPI: the PNG, SVG and PDF are painted at that DPI too,
// so text takes the room it was measured to take.
int layoutDpi(const TimelineView &view)
{
    return std::max(1, view.logicalDpiY());
}

} // namespace

QString pictureTitle(const TimelineView &view, const QString &planName)
{
    const Interval visible = view.timeGeometry().visible();
    const TimeZone &zone = view.referenceZone();
    // The last date shown is the one of the last second in view.
    //: Title of an exported picture: %1 plan name, %2 first date, %3 last date, %4 IANA zone
    return ViewExport::tr("Sunrelay — %1, %2–%3 (%4)")
        .arg(planName,
             isoDate(toLocal(zone, visible.start)),
             isoDate(toLocal(zone, visible.end - Seconds{1})),
             QString::fromStdString(zone.name()));
}

std::optional<QString>
exportTimelinePicture(TimelineView &view, const QString &path, const ViewExportOptions &options)
{
    if (!pictureFormatOf(path))
        return writePicture(path, {}); // names the unknown type
    if (options.width < ViewExportOptions::minimumWidth
        || options.width > ViewExportOptions::maximumWidth)
        return ViewExport::tr("the width %1 px is outside %2–%3 px")
            .arg(options.width)
            .arg(ViewExportOptions::minimumWidth)
            .arg(ViewExportOptions::maximumWidth);
    Picture picture;
    picture.size = QSize(options.width, view.fullHeight());
    picture.dpi = layoutDpi(view);
    picture.background = view.palette().color(QPalette::Base);
    picture.title = pictureTitle(view, options.planName);
    picture.description = ViewExport::tr(
        "The world timeline exported by Sunrelay: regions, "
        "members, handoffs and placed tasks.");
    picture.paint = [&view, width = options.width](QPainter &painter) {
        view.renderPicture(painter, width);
    };
    return writePicture(path, picture);
}

} // namespace sunrelay::gui
