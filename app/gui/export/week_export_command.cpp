#include "gui/export/week_export_command.h"

#include "gui/document/plan_document.h"
#include "gui/document/preferences.h"
#include "gui/export/export_plan_source.h"
#include "gui/export/view_export.h"
#include "gui/myweek/my_week_picture.h"

#include "sunrelay/exchange/iso_time.h"
#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/store/plan_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <string_view>

namespace sunrelay::gui
{

namespace
{

class WeekExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(WeekExportCommand)
};

const QString exportName = QStringLiteral("export-week");
const QString weekName = QStringLiteral("week");
// How many of the plan's member ids an "unknown member" message lists.
constexpr int idsListed = 5;
// The dates the tz database has rules for (as --export-view).
constexpr LocalDate lastSupportedDate{date::year{2037} / 12 / 31};

int refuse(const QString &problem)
{
    //: Error printed by sunrelay --export-week; %1 is the problem
    QTextStream(stderr) << WeekExportCommand::tr("sunrelay: %1").arg(problem) << '\n';
    return 1;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct WeekRequest {
    std::string memberId;
    LocalDate day;
    QString target;
    QString planPath;
};

// Everything checked before the plan is read.
Expected<WeekRequest, QString> weekRequest(const QCommandLineParser &parser)
{
    WeekRequest request;
    request.memberId = parser.value(exportName).toStdString();
    if (request.memberId.empty())
        return WeekExportCommand::tr("--export-week needs a member id");
    if (!parser.isSet(weekName))
        return WeekExportCommand::tr("--export-week needs --week DATE (YYYY-MM-DD)");
    const QString dayText = parser.value(weekName);
    const auto day = exchange::parseDate(dayText.toStdString());
    if (!day)
        return WeekExportCommand::tr("--week: \"%1\" is not a date (YYYY-MM-DD)").arg(dayText);
    if (*day > lastSupportedDate)
        return WeekExportCommand::tr("--week: dates after 2037 are not supported");
    request.day = *day;

    const QStringList positional = parser.positionalArguments();
    //: Stands for no arguments at all in "--export-week needs the picture to write and the
    //: plan (FILE.png|svg|pdf PLAN); got: %1"
    const QString nothing = WeekExportCommand::tr("nothing");
    if (positional.size() != 2)
        return WeekExportCommand::tr(
                   "--export-week needs the picture to write and the plan "
                   "(FILE.png|svg|pdf PLAN); got: %1")
            .arg(positional.isEmpty() ? nothing : positional.join(QStringLiteral(", ")));
    request.target = positional[0];
    request.planPath = positional[1];
    if (!pictureFormatOf(request.target))
        return WeekExportCommand::tr("%1: unknown picture type; the name must end in %2")
            .arg(native(request.target), acceptedPictureFormatsText());
    const QFileInfo target(request.target);
    if (!QFileInfo(target.absolutePath()).isDir())
        return WeekExportCommand::tr("%1: there is no folder %2")
            .arg(native(request.target), native(target.absolutePath()));
    if (target.isDir())
        return WeekExportCommand::tr("%1: that is a folder").arg(native(request.target));
    return request;
}

// "anna, ben, chen, dev, emma, … (12 in all)"
QString someIds(const Plan &plan)
{
    QStringList ids;
    for (const Member &member : plan.members) {
        if (ids.size() == idsListed)
            break;
        ids << QString::fromStdString(member.id);
    }
    if (int(plan.members.size()) > idsListed)
        //: The first few member ids of a plan, then how many members it has in all:
        //: "anna, raj, mei, … (40 in all)"
        return WeekExportCommand::tr("%1, … (%2 in all)")
            .arg(ids.join(QStringLiteral(", ")))
            .arg(plan.members.size());
    return ids.join(QStringLiteral(", "));
}

int exportWeek(const QCommandLineParser &parser)
{
    const auto request = weekRequest(parser);
    if (!request)
        return refuse(request.error());
    const auto plan = readExportPlan(request.value().planPath);
    if (!plan)
        return refuse(plan.error());
    const auto member = plan.value().memberIndex(request.value().memberId);
    if (!member) {
        if (plan.value().members.empty())
            return refuse(WeekExportCommand::tr("--export-week: %1 has no members")
                              .arg(native(request.value().planPath)));
        return refuse(WeekExportCommand::tr("--export-week: no member \"%1\" in %2; its members "
                                            "are %3")
                          .arg(QString::fromStdString(request.value().memberId),
                               native(request.value().planPath),
                               someIds(plan.value())));
    }
    const Preferences preferences = Preferences::load();
    const LocalDate first = weekStartOf(request.value().day, preferences.firstDayOfWeek);
    const MyWeekContent content = buildMyWeek(
        plan.value(),
        routePlan(plan.value()),
        *member,
        first,
        preferences.use24HourClock ? ClockStyle::TwentyFourHour : ClockStyle::TwelveHour);
    if (const auto error = exportWeekPicture(content, request.value().target))
        return refuse(*error);
    return 0;
}

} // namespace

bool argumentsAskForWeekExport(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "--")
            return false;
        for (const std::string_view option : {"--export-week", "--week"})
            if (argument.starts_with(option)
                && (argument.size() == option.size() || argument[option.size()] == '='))
                return true;
    }
    return false;
}

QList<QCommandLineOption> weekExportOptions()
{
    return {
        {exportName,
         WeekExportCommand::tr("Write MEMBER's week (My Week) to a picture and quit, showing no "
                               "window: sunrelay --export-week MEMBER --week DATE "
                               "FILE.png|svg|pdf PLAN."),
         QStringLiteral("MEMBER")},
        {weekName,
         WeekExportCommand::tr("With --export-week: a date (YYYY-MM-DD) of the week to show, "
                               "in the member's own time zone."),
         QStringLiteral("DATE")},
    };
}

std::optional<int> runWeekExportIfAsked(const QCommandLineParser &parser)
{
    if (parser.isSet(exportName)) {
        if (parser.isSet(QStringLiteral("export-view")))
            return refuse(
                WeekExportCommand::tr("--export-week and --export-view: one picture "
                                      "at a time"));
        return exportWeek(parser);
    }
    //: Command-line error: --week is only allowed with --export-week (option names stay in English)
    if (parser.isSet(weekName))
        return refuse(WeekExportCommand::tr("--week goes with --export-week"));
    return std::nullopt;
}

} // namespace sunrelay::gui
