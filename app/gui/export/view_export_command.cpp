#include "gui/export/view_export_command.h"

#include "gui/document/plan_document.h"
#include "gui/export/export_plan_source.h"
#include "gui/export/view_export.h"
#include "gui/text/time_format.h"
#include "gui/timeline/timeline_view.h"

#include "sunrelay/core/local_time.h"
#include "sunrelay/exchange/iso_time.h"
#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/store/plan_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <chrono>
#include <memory>
#include <string_view>

namespace sunrelay::gui
{

namespace
{

class ViewExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ViewExportCommand)
};

const QString exportName = QStringLiteral("export-view");
const QString fromName = QStringLiteral("from");
const QString toName = QStringLiteral("to");
const QString zoneName = QStringLiteral("zone");
const QString widthName = QStringLiteral("width");

// The dates the tz database has rules for (Debian's date library reads its
// explicit transitions, which end in 2037; later DST would silently be wrong).
constexpr LocalDate lastSupportedDate{date::year{2037} / 12 / 31};

// The one line a refusal prints; exit code 1.
int refuse(const QString &problem)
{
    //: Error printed by sunrelay --export-view; %1 is the problem
    QTextStream(stderr) << ViewExportCommand::tr("sunrelay: %1").arg(problem) << '\n';
    return 1;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// --from or --to as a date, or the problem with it.
Expected<LocalDate, QString> dateValue(const QCommandLineParser &parser, const QString &name)
{
    const QString text = parser.value(name);
    const auto day = exchange::parseDate(text.toStdString());
    if (!day)
        return ViewExportCommand::tr("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(name, text);
    if (*day > lastSupportedDate)
        return ViewExportCommand::tr("--%1: dates after 2037 are not supported").arg(name);
    return *day;
}

// --width: a whole number of pixels within the picture's limits.
Expected<int, QString> widthValue(const QString &text)
{
    bool isNumber = false;
    const int width = text.toInt(&isNumber);
    if (!isNumber)
        return ViewExportCommand::tr("--width: \"%1\" is not a whole number of pixels").arg(text);
    if (width < ViewExportOptions::minimumWidth || width > ViewExportOptions::maximumWidth)
        return ViewExportCommand::tr("--width: %1 px is outside %2–%3 px")
            .arg(width)
            .arg(ViewExportOptions::minimumWidth)
            .arg(ViewExportOptions::maximumWidth);
    return width;
}

struct ExportRequest {
    QString target;
    QString planPath;
    TimeZone zone = TimeZone::utc();
    Interval shown{};
    int width = ViewExportOptions::defaultWidth;
};

// Everything checked before the plan is read: nothing is opened for a command
// line that cannot be carried out.
Expected<ExportRequest, QString> exportRequest(const QCommandLineParser &parser)
{
    ExportRequest request;
    request.target = parser.value(exportName);
    if (request.target.isEmpty())
        return ViewExportCommand::tr("--export-view needs a file name ending in %1")
            .arg(acceptedPictureFormatsText());
    if (!pictureFormatOf(request.target))
        return ViewExportCommand::tr(
                   "--export-view %1: unknown picture type; the name must end "
                   "in %2")
            .arg(native(request.target), acceptedPictureFormatsText());
    const QFileInfo target(request.target);
    if (!QFileInfo(target.absolutePath()).isDir())
        return ViewExportCommand::tr("--export-view %1: there is no folder %2")
            .arg(native(request.target), native(target.absolutePath()));
    if (target.isDir())
        return ViewExportCommand::tr("--export-view %1: that is a folder")
            .arg(native(request.target));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return ViewExportCommand::tr(
            "--export-view needs the plan to draw (a .sunrelay file or "
            "plan JSON)");
    if (positional.size() > 1)
        //: %n is how many plans were named (2 or more), %1 the plans
        return ViewExportCommand::tr("--export-view draws one plan, not %n: %1",
                                     nullptr,
                                     int(positional.size()))
            .arg(positional.join(QStringLiteral(", ")));
    request.planPath = positional.constFirst();

    if (!parser.isSet(fromName) || !parser.isSet(toName))
        return ViewExportCommand::tr("--export-view needs --from and --to (YYYY-MM-DD)");
    const auto from = dateValue(parser, fromName);
    if (!from)
        return from.error();
    const auto to = dateValue(parser, toName);
    if (!to)
        return to.error();
    if (to.value() < from.value())
        return ViewExportCommand::tr("--to %1 is before --from %2")
            .arg(parser.value(toName), parser.value(fromName));

    if (parser.isSet(zoneName)) {
        const QString name = parser.value(zoneName);
        const auto zone = TimeZone::find(name.toStdString());
        if (!zone)
            return ViewExportCommand::tr(
                       "--zone: unknown time zone \"%1\" (an IANA name such as "
                       "Europe/Berlin)")
                .arg(name);
        request.zone = *zone;
    }

    // From --from 00:00 to the end of --to, in the zone (DESIGN.md's rule
    // for a midnight a clock change skips).
    request.shown = {resolveLocalTime(request.zone, LocalTime{from.value()}).instant,
                     resolveLocalTime(request.zone, LocalTime{to.value() + date::days{1}}).instant};
    const auto days = (to.value() - from.value()).count() + 1;
    if (request.shown.length() > TimelineGeometry::maximumSpan)
        return ViewExportCommand::tr(
                   "--from %1 --to %2: %3 days in %4; a picture shows at most "
                   "4 weeks")
            .arg(parser.value(fromName), parser.value(toName))
            .arg(days)
            .arg(QString::fromStdString(request.zone.name()));

    if (parser.isSet(widthName)) {
        const auto width = widthValue(parser.value(widthName));
        if (!width)
            return width.error();
        request.width = width.value();
    }
    return request;
}

// The plan as a document the timeline can show: a copy in `scratch`, which
// is removed afterwards (the plan file itself is only read).
Expected<std::unique_ptr<PlanDocument>, QString> openPlan(const QString &path,
                                                          const QTemporaryDir &scratch)
{
    auto plan = readExportPlan(path);
    if (!plan)
        return plan.error();
    if (!scratch.isValid())
        return ViewExportCommand::tr("cannot make a temporary folder for %1: %2")
            .arg(native(path), scratch.errorString());
    auto created =
        PlanDocument::create(scratch.filePath(QStringLiteral("plan.sunrelay")), plan.value());
    if (!created)
        //: A plan file and why a working copy of it cannot be made
        return ViewExportCommand::tr("%1: %2").arg(native(path), storeErrorText(created.error()));
    return std::move(created).value();
}

int exportView(const QCommandLineParser &parser)
{
    const auto request = exportRequest(parser);
    if (!request)
        return refuse(request.error());
    const QTemporaryDir scratch;
    auto document = openPlan(request.value().planPath, scratch);
    if (!document)
        return refuse(document.error());

    // Never shown: it paints into the picture only.
    TimelineView view(document.value().get());
    view.setUse24HourClock(preferredClockStyle() == ClockStyle::TwentyFourHour);
    view.setReferenceZone(request.value().zone);
    view.setVisibleRange(request.value().shown);

    ViewExportOptions options;
    options.planName = QString::fromStdString(document.value()->plan().name);
    options.width = request.value().width;
    if (const auto error = exportTimelinePicture(view, request.value().target, options))
        return refuse(*error);
    return 0;
}

} // namespace

bool argumentsAskForViewExport(int argc, const char *const *argv)
{
    // "--export-view FILE" or "--export-view=FILE", and its companions, which
    // without it are refused with a message, which needs no display either.
    // After "--" come only plans.
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "--")
            return false;
        for (const std::string_view option :
             {"--export-view", "--from", "--to", "--zone", "--width"})
            if (argument.starts_with(option)
                && (argument.size() == option.size() || argument[option.size()] == '='))
                return true;
    }
    return false;
}

void useOffscreenPlatformWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

QList<QCommandLineOption> viewExportOptions()
{
    return {
        {exportName,
         ViewExportCommand::tr("Write a picture of the plan's timeline to FILE (.png, .svg or "
                               ".pdf) and quit, showing no window. Needs --from, --to and the "
                               "plan."),
         QStringLiteral("FILE")},
        {fromName,
         ViewExportCommand::tr("With --export-view: the first day shown, from 00:00 in --zone."),
         QStringLiteral("DATE")},
        {toName,
         ViewExportCommand::tr("With --export-view: the last day shown, to its end (inclusive)."),
         QStringLiteral("DATE")},
        {zoneName,
         ViewExportCommand::tr("With --export-view: the IANA time zone of the axis and of the "
                               "dates (default UTC)."),
         QStringLiteral("ZONE")},
        {widthName,
         ViewExportCommand::tr("With --export-view: the picture's width in pixels, %1 to %2 "
                               "(default %3); its height fits all rows.")
             .arg(ViewExportOptions::minimumWidth)
             .arg(ViewExportOptions::maximumWidth)
             .arg(ViewExportOptions::defaultWidth),
         QStringLiteral("PX")},
    };
}

std::optional<int> runViewExportIfAsked(const QCommandLineParser &parser)
{
    if (parser.isSet(exportName))
        return exportView(parser);
    for (const QString &name : {fromName, toName, zoneName, widthName})
        //: Command-line error: option --%1 is only allowed with --export-view (option names stay in
        //: English)
        if (parser.isSet(name))
            return refuse(ViewExportCommand::tr("--%1 goes with --export-view").arg(name));
    return std::nullopt;
}

} // namespace sunrelay::gui
