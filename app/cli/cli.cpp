#include "cli.h"

#include "merge_command.h"
#include "plan_source.h"
#include "publish_command.h"
#include "report_json.h"
#include "report_text.h"
#include "shared/logging.h"

#include "shared/file_text.h"
#include "shared/library_versions.h"
#include "shared/terminal_text.h"

#include "sunrelay/core/conflict.h"
#include "sunrelay/core/plan_limits.h"
#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule_report.h"
#include "sunrelay/exchange/iso_time.h"
#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/exchange/roster_csv.h"
#include "sunrelay/ical/busy_import.h"
#include "sunrelay/ical/calendar_export.h"
#include "sunrelay/ical/holiday_import.h"
#include "sunrelay/io/output_file.h"
#include "sunrelay/io/regular_file.h"
#include "sunrelay/store/plan_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <functional>

namespace sunrelay::cli
{

namespace
{

// The translation context of this file's words.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

class Invocation;

// One command: what `--help` says about it and the function that runs it.
struct Command {
    QString name;
    QString synopsis;
    QString summary;
    int (*handler)(Invocation &call, const QStringList &arguments) = nullptr;
};

// One command's command line, parsed; reports usage errors itself.
class Invocation
{
public:
    Invocation(const Command &command, QTextStream &out, QTextStream &err)
        : m_command(command)
        , m_out(out)
        , m_err(err)
    {
        m_parser.setApplicationDescription(command.summary);
        m_parser.addHelpOption();
    }

    QCommandLineParser &parser() { return m_parser; }

    // Parses; on --help prints help and returns Ok, on errors returns
    // UsageError; otherwise nullopt: go on.
    std::optional<int> parse(const QStringList &arguments, int positionalCount)
    {
        if (!m_parser.parse(arguments))
            return usage(m_parser.errorText());
        if (m_parser.isSet(QStringLiteral("help"))) {
            //: sunrelay-cli --help: %1 is the command's synopsis, %2 its description
            m_out << Cli::tr("Usage: sunrelay-cli %1\n\n%2\n")
                         .arg(m_command.synopsis, m_command.summary);
            return int(Ok);
        }
        //: sunrelay-cli error: a command got the wrong number of arguments
        if (m_parser.positionalArguments().size() != positionalCount)
            return usage(Cli::tr("expected %n argument(s)", nullptr, positionalCount));
        return std::nullopt;
    }

    // Messages and reports quote names from files and arguments: a name
    // holding ESC or a C1 control must not drive the terminal.
    int usage(const QString &problem)
    {
        //: sunrelay-cli usage error: %1 is the command, %2 the problem, %3 the command's synopsis
        m_err << apptext::terminalText(Cli::tr("sunrelay-cli %1: %2\nUsage: sunrelay-cli %3\n")
                                           .arg(m_command.name, problem, m_command.synopsis));
        return UsageError;
    }

    int badInput(const QString &file, const QString &problem)
    {
        //: sunrelay-cli error line: %1 is the file (or input) at fault, %2 the problem with it
        m_err << apptext::terminalText(Cli::tr("%1: %2\n").arg(file, problem));
        return BadInput;
    }

    // Text for the terminal, escaped (JSON goes to out() as is: its writer
    // escapes every control).
    void print(const QString &text) { m_out << apptext::terminalText(text); }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    Command m_command;
    QCommandLineParser m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
};

QCommandLineOption fromOption()
{
    return {QStringLiteral("from"),
            //: sunrelay-cli --help: the --from option, the first day of the range
            Cli::tr("First UTC date (YYYY-MM-DD)."),
            QStringLiteral("DATE")};
}

QCommandLineOption toOption()
{
    return {QStringLiteral("to"),
            Cli::tr("Last UTC date (YYYY-MM-DD), inclusive."),
            QStringLiteral("DATE")};
}

QCommandLineOption zoneOption()
{
    return {QStringLiteral("zone"),
            Cli::tr("Show times in this IANA zone (default: the system zone)."),
            QStringLiteral("ZONE")};
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), Cli::tr("Print JSON as documented in the README.")};
}

QCommandLineOption outputOption(const QString &valueName)
{
    return {{QStringLiteral("o"), QStringLiteral("output")},
            //: sunrelay-cli --help: the -o/--output option
            Cli::tr("The file to write."),
            valueName};
}

// A step of a command that stopped: its message is printed; `status` is
// the exit status the command ends with.
struct Stopped {
    int status;
};

// A step's result: its value, or Stopped.
template<typename T>
using Step = Expected<T, Stopped>;

// --zone, or the system zone.
Step<TimeZone> displayZone(Invocation &call)
{
    if (!call.parser().isSet(zoneOption()))
        return TimeZone::system();
    const QString name = call.parser().value(zoneOption());
    if (auto zone = TimeZone::find(name.toStdString()))
        return *zone;
    //: sunrelay-cli error: %1 is a time zone name given on the command line
    return Stopped{call.usage(Cli::tr("unknown time zone \"%1\"").arg(name))};
}

Step<date::sys_days> dateOption(Invocation &call, const QCommandLineOption &option)
{
    const QString text = call.parser().value(option);
    if (const auto day = exchange::parseDate(text.toStdString())) {
        // Debian's date library reads only the tz database's explicit
        // transitions, which end in 2037; later DST would silently be wrong.
        if (*day > LocalDate{date::year{2037} / 12 / 31})
            return Stopped{call.usage(Cli::tr("--%1: dates after 2037 are not supported")
                                          .arg(option.names().constFirst()))};
        return date::sys_days{day->time_since_epoch()};
    }
    return Stopped{call.usage(
        Cli::tr("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(option.names().constFirst(), text))};
}

// --from and --to as a window; both required unless `optional`.
enum class WindowOptions {
    Required,
    Optional
};
Step<std::optional<Interval>> windowOptions(Invocation &call, WindowOptions need)
{
    const bool hasFrom = call.parser().isSet(fromOption());
    const bool hasTo = call.parser().isSet(toOption());
    if (!hasFrom && !hasTo && need == WindowOptions::Optional)
        return std::optional<Interval>{};
    if (!hasFrom || !hasTo)
        return Stopped{call.usage(Cli::tr("--from and --to are both required"))};
    const auto from = dateOption(call, fromOption());
    if (!from)
        return from.error();
    const auto to = dateOption(call, toOption());
    if (!to)
        return to.error();
    //: sunrelay-cli error: the --to date is earlier than the --from date (option names stay in
    //: English)
    if (to.value() < from.value())
        return Stopped{call.usage(Cli::tr("--to is before --from"))};
    // The longest --from..--to (plan_limits.h): a schedule of 138 years
    // took 2.4 GB. Imports and calendar exports keep to it too.
    const auto days = (to.value() - from.value()).count() + 1;
    if (days > maxReportWindowDays) {
        return Stopped{
            call.usage(Cli::tr("%1 to %2 is %3 days; a report covers at most %4 days "
                               "(about three years): ask for a shorter window")
                           .arg(call.parser().value(fromOption()), call.parser().value(toOption()))
                           .arg(days)
                           .arg(maxReportWindowDays))};
    }
    return std::optional<Interval>{dayWindow(from.value(), to.value())};
}

Step<Plan> loadPlan(Invocation &call)
{
    const QString path = call.parser().positionalArguments().constFirst();
    auto plan = readPlanFile(path);
    if (!plan)
        return Stopped{call.badInput(path, plan.error())};
    return std::move(plan).value();
}

// What schedule, route and conflicts share: PLAN, --from/--to, --zone, --json.
struct ReportRequest {
    std::optional<Interval> window;
    TimeZone zone;
    Plan plan;
    bool json = false;
};

// Parses and loads; Stopped after help or an error.
Step<ReportRequest>
reportRequest(Invocation &call, const QStringList &arguments, WindowOptions need)
{
    call.parser().addOptions({fromOption(), toOption(), zoneOption(), jsonOption()});
    //: sunrelay-cli --help: the PLAN argument
    call.parser().addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    if (auto done = call.parse(arguments, 1))
        return Stopped{*done};
    const auto window = windowOptions(call, need);
    if (!window)
        return window.error();
    const auto zone = displayZone(call);
    if (!zone)
        return zone.error();
    auto plan = loadPlan(call);
    if (!plan)
        return plan.error();
    return ReportRequest{window.value(),
                         zone.value(),
                         std::move(plan).value(),
                         call.parser().isSet(jsonOption())};
}

int scheduleCommand(Invocation &call, const QStringList &arguments)
{
    const auto found = reportRequest(call, arguments, WindowOptions::Required);
    if (!found)
        return found.error().status;
    const ReportRequest &request = found.value();
    const ScheduleReport report = reportSchedule(request.plan, *request.window);
    if (request.json) {
        //: sunrelay-cli: names the console output in an error line, "standard output: ..."
        if (const auto error = writeScheduleJson(call.out(), request.plan, report))
            return call.badInput(Cli::tr("standard output"), *error);
    } else {
        call.print(scheduleText(request.plan, report, request.zone));
    }
    return Ok;
}

int routeCommand(Invocation &call, const QStringList &arguments)
{
    const auto found = reportRequest(call, arguments, WindowOptions::Optional);
    if (!found)
        return found.error().status;
    const ReportRequest &request = found.value();
    const Plan &plan = request.plan;
    // Every task is routed from its own start; --from/--to only choose
    // which routes are listed.
    const PlanRoutes all = routePlan(plan);
    const std::vector<TaskRoute> routes =
        request.window ? routesMeeting(plan, all, *request.window) : all.routes;
    if (request.json) {
        if (const auto error = writeRouteJson(call.out(), plan, routes))
            return call.badInput(Cli::tr("standard output"), *error);
    } else {
        call.print(routeText(plan, routes, all.routes.size(), request.zone));
    }
    return Ok;
}

int conflictsCommand(Invocation &call, const QStringList &arguments)
{
    const auto found = reportRequest(call, arguments, WindowOptions::Required);
    if (!found)
        return found.error().status;
    const ReportRequest &request = found.value();
    const Plan &plan = request.plan;
    const TeamSchedule schedule = computeSchedule(plan, withMargin(*request.window));
    const auto conflicts =
        findConflicts(plan, schedule, computeHandoffs(plan, schedule), *request.window);
    if (request.json) {
        if (const auto error = writeConflictsJson(call.out(), plan, conflicts))
            return call.badInput(Cli::tr("standard output"), *error);
    } else {
        call.print(conflictsText(plan, conflicts, request.zone));
    }
    return Ok;
}

int checkCommand(Invocation &call, const QStringList &arguments)
{
    call.parser().addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    if (auto done = call.parse(arguments, 1))
        return *done;
    const auto loaded = loadPlan(call);
    if (!loaded)
        return loaded.error().status;
    const Plan &plan = loaded.value();
    const QString path = call.parser().positionalArguments().constFirst();
    if (store::looksLikePlanFile(path.toStdString())) {
        // Opening runs SQLite's quick_check; `check` answers "is this file
        // sound?", so it runs the thorough integrity_check too (it finds rows
        // out of key order that quick_check passes).
        auto opened = store::PlanStore::open(path.toStdString(), store::OpenMode::ReadOnly);
        if (!opened)
            return call.badInput(path, QString::fromStdString(opened.error().message()));
        const std::vector<std::string> problems = opened.value().checkIntegrity();
        if (problems.size() == 1)
            //: check: %1 is the problem SQLite's integrity check reports, in English
            return call.badInput(path,
                                 Cli::tr("the file is damaged (SQLite's integrity check: %1); the "
                                         "file was not changed; restore it from a backup")
                                     .arg(QString::fromStdString(problems.front())));
        if (problems.size() > 1)
            //: check: %1 is the first problem SQLite's integrity check reports, in English; %n
            //: how many more it found
            return call.badInput(path,
                                 Cli::tr("the file is damaged (SQLite's integrity check: %1, and "
                                         "%n more problem(s)); the file was not changed; restore "
                                         "it from a backup",
                                         nullptr,
                                         int(problems.size() - 1))
                                     .arg(QString::fromStdString(problems.front())));
    }
    const auto placed = std::count_if(plan.tasks.begin(), plan.tasks.end(), [](const Task &task) {
        return task.isPlaced();
    });
    call.print(Cli::tr("%1: ok: \"%2\", %3 regions, %4 members, %5 tasks (%6 placed)\n")
                   .arg(call.parser().positionalArguments().constFirst(),
                        QString::fromStdString(plan.name))
                   .arg(plan.regions.size())
                   .arg(plan.members.size())
                   .arg(plan.tasks.size())
                   .arg(placed));
    return Ok;
}

std::vector<std::filesystem::path> filePaths(const QStringList &paths)
{
    std::vector<std::filesystem::path> files;
    for (const QString &path : paths)
        files.emplace_back(QFile::encodeName(path).toStdString());
    return files;
}

// Why -o cannot be written (a FIFO or device, one of `inputs`, a dangling
// link), asked before anything is read or written; nullopt if it can.
std::optional<QString> outputProblem(const QString &path, const QStringList &inputs)
{
    if (const auto problem = io::checkOutputPath(filePaths({path}).front(), filePaths(inputs)))
        return apptext::ioErrorText(*problem);
    return std::nullopt;
}

// Writes -o atomically (replacing an earlier output, never an input).
std::optional<QString>
writeOutput(const QString &path, std::string_view contents, const QStringList &inputs)
{
    if (const auto problem = io::writeFileAtomically(filePaths({path}).front(),
                                                     contents,
                                                     io::Existing::Replace,
                                                     filePaths(inputs)))
        return apptext::ioErrorText(*problem);
    return std::nullopt;
}

int importCsvCommand(Invocation &call, const QStringList &arguments)
{
    const QCommandLineOption output = outputOption(QStringLiteral("PLAN.json"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Cli::tr("The plan's name (default: the roster's file name)."),
                                  QStringLiteral("NAME"));
    call.parser().addOptions({output, name});
    //: sunrelay-cli --help: the ROSTER argument of the import command
    call.parser().addPositionalArgument(QStringLiteral("ROSTER"), Cli::tr("The roster CSV file."));
    if (auto done = call.parse(arguments, 1))
        return *done;
    //: sunrelay-cli error: the -o option is missing (option and placeholder stay in English)
    if (!call.parser().isSet(output))
        return call.usage(Cli::tr("-o PLAN.json is required"));
    const QString rosterPath = call.parser().positionalArguments().constFirst();
    const QString outPath = call.parser().value(output);
    if (const auto problem = outputProblem(outPath, {rosterPath}))
        return call.badInput(outPath, *problem);
    const auto bytes = io::readRegularFile(filePaths({rosterPath}).front(), io::maxRosterCsvBytes);
    if (!bytes)
        return call.badInput(rosterPath, apptext::ioErrorText(bytes.error()));
    const QString planName = call.parser().isSet(name) ? call.parser().value(name)
                                                       : QFileInfo(rosterPath).completeBaseName();
    const auto plan = exchange::readRosterCsv(bytes.value(), planName.toStdString());
    if (!plan)
        return call.badInput(rosterPath, QString::fromStdString(plan.error().message()));
    if (const auto problem =
            writeOutput(outPath, exchange::writePlanJson(plan.value()), {rosterPath}))
        return call.badInput(outPath, *problem);
    //: sunrelay-cli after a roster import: %1 is the plan file written, %2 and %3 counts
    call.print(Cli::tr("%1: %2 members in %3 regions\n")
                   .arg(outPath)
                   .arg(plan.value().members.size())
                   .arg(plan.value().regions.size()));
    return Ok;
}

// import and export: read PLAN, write it to -o in the other form.
using PlanWriter = std::function<
    std::optional<QString>(const QString &path, const Plan &plan, const QString &inputPath)>;
int convertCommand(Invocation &call,
                   const QStringList &arguments,
                   const QString &input,
                   const QString &output,
                   const PlanWriter &write)
{
    call.parser().addOption(outputOption(output));
    //: sunrelay-cli --help: the input plan argument of a conversion command
    call.parser().addPositionalArgument(input, Cli::tr("The plan to read."));
    if (auto done = call.parse(arguments, 1))
        return *done;
    //: sunrelay-cli error: the -o option is missing; %1 is the output's placeholder, e.g.
    //: PLAN.sunrelay
    if (!call.parser().isSet(QStringLiteral("o")))
        return call.usage(Cli::tr("-o %1 is required").arg(output));
    const QString inPath = call.parser().positionalArguments().constFirst();
    const QString outPath = call.parser().value(QStringLiteral("o"));
    if (const auto problem = outputProblem(outPath, {inPath}))
        return call.badInput(outPath, *problem);
    const auto loaded = loadPlan(call);
    if (!loaded)
        return loaded.error().status;
    const Plan &plan = loaded.value();
    if (const auto problem = write(outPath, plan, inPath))
        return call.badInput(outPath, *problem);
    //: After writing a plan file: its path and how many members and tasks it holds
    call.print(Cli::tr("Wrote %1 (members: %2, tasks: %3)\n")
                   .arg(outPath)
                   .arg(plan.members.size())
                   .arg(plan.tasks.size()));
    return Ok;
}

int importCommand(Invocation &call, const QStringList &arguments)
{
    return convertCommand(
        call,
        arguments,
        QStringLiteral("PLAN.json"),
        QStringLiteral("PLAN.sunrelay"),
        [](const QString &path, const Plan &plan, const QString &) -> std::optional<QString> {
            // PlanStore::create never replaces a file.
            const auto created = store::PlanStore::create(path.toStdString(), plan);
            if (!created)
                return QString::fromStdString(created.error().message());
            return std::nullopt;
        });
}

int exportCommand(Invocation &call, const QStringList &arguments)
{
    return convertCommand(
        call,
        arguments,
        QStringLiteral("PLAN"),
        QStringLiteral("PLAN.json"),
        [](const QString &path, const Plan &plan, const QString &input) -> std::optional<QString> {
            return writeOutput(path, exchange::writePlanJson(plan), {input});
        });
}

QCommandLineOption memberOption()
{
    //: sunrelay-cli --help: the --member option
    return {QStringLiteral("member"), Cli::tr("The member's id."), QStringLiteral("ID")};
}

QCommandLineOption regionOption()
{
    //: sunrelay-cli --help: the --region option
    return {QStringLiteral("region"), Cli::tr("The region's id."), QStringLiteral("ID")};
}

// --include handoffs,deepwork,comms,tasks: what the calendar holds. Without
// it the file holds what it always did (no task segments), so scripts that
// export today get the same file.
std::optional<ical::ExportContents> exportContents(const QString &list, QString &problem)
{
    ical::ExportContents contents{false, false, false, false};
    for (const QString &item : list.split(u',')) {
        const QString key = item.trimmed().toLower();
        if (key == QLatin1String("handoffs"))
            contents.handoffs = true;
        else if (key == QLatin1String("deepwork"))
            contents.deepWork = true;
        else if (key == QLatin1String("comms"))
            contents.comms = true;
        else if (key == QLatin1String("tasks"))
            contents.taskSegments = true;
        else {
            problem = Cli::tr(
                          "unknown --include item \"%1\" (use handoffs, deepwork, comms, "
                          "tasks, separated by commas)")
                          .arg(item.trimmed());
            return std::nullopt;
        }
    }
    return contents;
}

// Re-exporting over an earlier export keeps SEQUENCE and DTSTAMP of the
// events that did not change and bumps those that did. Whatever sits at -o
// is read only if it is a regular file (a FIFO would block), up to the
// import's size limit, and then through the import's limits; one that cannot
// be read gives a fresh export and a warning.
std::string readEarlierExport(Invocation &call, const QString &outPath)
{
    const std::filesystem::path path = filePaths({outPath}).front();
    if (io::fileKind(path) == io::FileKind::Missing)
        return {};
    auto text = io::readRegularFile(path, ical::ImportLimits{}.maxBytes);
    if (!text) {
        call.badInput(outPath,
                      Cli::tr("warning: not read as an earlier export (%1); every event "
                              "is new (SEQUENCE 0)")
                          .arg(apptext::ioErrorText(text.error())));
        return {};
    }
    return std::move(text).value();
}

int icsCommand(Invocation &call, const QStringList &arguments)
{
    //: sunrelay-cli --help: the --all option of calendar export
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Export the whole plan."));
    const QCommandLineOption include(
        QStringLiteral("include"),
        Cli::tr("What to export, separated by commas: handoffs, deepwork, comms, tasks "
                "(default: handoffs,deepwork,comms)."),
        QStringLiteral("LIST"));
    call.parser().addOptions({memberOption(),
                              regionOption(),
                              all,
                              fromOption(),
                              toOption(),
                              include,
                              outputOption(QStringLiteral("FILE.ics"))});
    call.parser().addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    if (auto done = call.parse(arguments, 1))
        return *done;
    const int scopes = int(call.parser().isSet(memberOption()))
        + int(call.parser().isSet(regionOption())) + int(call.parser().isSet(all));
    if (scopes != 1)
        return call.usage(Cli::tr("give exactly one of --member ID, --region ID and --all"));
    //: sunrelay-cli error: the -o option is missing (option and placeholder stay in English)
    if (!call.parser().isSet(QStringLiteral("o")))
        return call.usage(Cli::tr("-o FILE.ics is required"));
    // Before the earlier export at -o is read: it may be a FIFO or a device.
    const QString planPath = call.parser().positionalArguments().constFirst();
    const QString outPath = call.parser().value(QStringLiteral("o"));
    if (const auto problem = outputProblem(outPath, {planPath}))
        return call.badInput(outPath, *problem);
    const auto window = windowOptions(call, WindowOptions::Required);
    if (!window)
        return window.error().status;

    ical::ExportRequest request;
    request.window = *window.value();
    request.include = {.handoffs = true, .deepWork = true, .comms = true, .taskSegments = false};
    if (call.parser().isSet(include)) {
        QString problem;
        const auto contents = exportContents(call.parser().value(include), problem);
        if (!contents)
            return call.usage(problem);
        request.include = *contents;
    }
    if (call.parser().isSet(memberOption())) {
        request.scope = ical::ExportScope::Member;
        request.id = call.parser().value(memberOption()).toStdString();
    } else if (call.parser().isSet(regionOption())) {
        request.scope = ical::ExportScope::Region;
        request.id = call.parser().value(regionOption()).toStdString();
    }
    // Handoff notes come with the tasks, from a plan file or JSON alike.
    const auto plan = loadPlan(call);
    if (!plan)
        return plan.error().status;
    request.previous = readEarlierExport(call, outPath);
    request.stamp = date::floor<Seconds>(std::chrono::system_clock::now());

    std::vector<ical::IcalError> warnings;
    const auto calendar = ical::exportCalendar(plan.value(), request, warnings);
    for (const ical::IcalError &warning : warnings) // printed, the export goes on
        call.badInput(outPath,
                      Cli::tr("warning: not read as an earlier export (%1); every event "
                              "is new (SEQUENCE 0)")
                          .arg(QString::fromStdString(warning.message())));
    if (!calendar)
        return call.badInput(planPath, QString::fromStdString(calendar.error().message()));
    if (const auto problem = writeOutput(outPath, calendar.value(), {planPath}))
        return call.badInput(outPath, *problem);
    const QByteArray text = QByteArray::fromStdString(calendar.value());
    //: sunrelay-cli after a calendar export: %1 is the file written, %2 the number of events in it
    call.print(Cli::tr("%1: %2 events\n").arg(outPath).arg(text.count("BEGIN:VEVENT")));
    return Ok;
}

// The calendar file named on the command line, read whole if it is not too
// large for the importer anyway.
Step<std::string> readCalendarFile(Invocation &call, const QString &path)
{
    auto text = io::readRegularFile(filePaths({path}).front(), ical::ImportLimits{}.maxBytes);
    if (!text)
        return Stopped{call.badInput(path, apptext::ioErrorText(text.error()))};
    return std::move(text).value();
}

// The plan file an import writes to: a regular file (SQLite and the header
// probe before it would block on a FIFO), and a plan file, as a JSON plan
// cannot keep imports.
Step<store::PlanStore> openForImport(Invocation &call)
{
    const QString path = call.parser().positionalArguments().constFirst();
    const std::filesystem::path file = filePaths({path}).front();
    if (const auto problem = io::checkRegularFile(file))
        return Stopped{call.badInput(path, apptext::ioErrorText(*problem))};
    if (!store::looksLikePlanFile(file) && !path.endsWith(QLatin1String(".sunrelay")))
        return Stopped{call.badInput(
            path,
            Cli::tr("imported calendars are kept in plan files only, not in plan JSON; "
                    "make one with: sunrelay-cli import %1 -o PLAN.sunrelay")
                .arg(path))};
    auto opened = store::PlanStore::open(file, store::OpenMode::ReadWrite);
    if (!opened)
        return Stopped{call.badInput(path, QString::fromStdString(opened.error().message()))};
    return std::move(opened).value();
}

// --from/--to, or by default from a week ago to `ahead` from today (not past
// 2037).
Step<Interval> importRange(Invocation &call, date::days ahead)
{
    const auto window = windowOptions(call, WindowOptions::Optional);
    if (!window)
        return window.error();
    if (window.value())
        return *window.value();
    const date::sys_days today = date::floor<date::days>(std::chrono::system_clock::now());
    const date::sys_days last = std::min(today + ahead, date::sys_days{date::year{2037} / 12 / 31});
    return dayWindow(today - date::days{7}, last);
}

// What import-busy and import-holidays read before they look inside: the
// range, the calendar's text and the plan file, opened for the import.
struct ImportInput {
    Interval range;
    std::string text;
    store::PlanStore planStore;
};

Step<ImportInput> readImportInput(Invocation &call, date::days ahead)
{
    auto range = importRange(call, ahead);
    if (!range)
        return range.error();
    auto text = readCalendarFile(call, call.parser().positionalArguments().at(1));
    if (!text)
        return text.error();
    auto planStore = openForImport(call);
    if (!planStore)
        return planStore.error();
    return ImportInput{range.value(), std::move(text).value(), std::move(planStore).value()};
}

int importBusyCommand(Invocation &call, const QStringList &arguments)
{
    if (usesCalDav(arguments))
        return importBusyCalDavCommand(arguments, call.out(), call.err());
    const QCommandLineOption allDayBusy(QStringLiteral("all-day-busy"),
                                        Cli::tr("Count all-day events as busy."));
    call.parser().addOptions({memberOption(), fromOption(), toOption(), allDayBusy});
    call.parser().addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    //: sunrelay-cli --help: the iCalendar file argument
    call.parser().addPositionalArgument(QStringLiteral("FILE.ics"), Cli::tr("The calendar file."));
    if (auto done = call.parse(arguments, 2))
        return *done;
    //: sunrelay-cli error: the --member option is missing (option stays in English)
    if (!call.parser().isSet(memberOption()))
        return call.usage(Cli::tr("--member ID is required"));
    auto input = readImportInput(call, date::days{365});
    if (!input)
        return input.error().status;
    const QString icsPath = call.parser().positionalArguments().at(1);
    const std::string &text = input.value().text;
    const Interval &range = input.value().range;
    store::PlanStore &planStore = input.value().planStore;
    const QString planPath = call.parser().positionalArguments().constFirst();
    const QString memberId = call.parser().value(memberOption());
    const auto member = planStore.plan().memberIndex(memberId.toStdString());
    //: sunrelay-cli error: %1 is a member id not found in the plan
    if (!member)
        return call.badInput(planPath, Cli::tr("no member \"%1\"").arg(memberId));
    ical::BusyImportOptions options{range, planStore.plan().members[*member].zone};
    if (call.parser().isSet(allDayBusy))
        options.allDay = ical::AllDayEvents::Busy;
    auto busy = ical::importBusyTimes(text, options);
    if (!busy)
        return call.badInput(icsPath, QString::fromStdString(busy.error().message()));
    const std::size_t count = busy.value().size();
    if (auto error = planStore.replaceBusyTimes(memberId.toStdString(), std::move(busy).value()))
        return call.badInput(planPath, QString::fromStdString(error->message()));
    //: sunrelay-cli after a busy-time import: %1 plan file, %2 count, %3 member's name, %4
    //: iCalendar file
    call.print(Cli::tr("%1: %2 busy times for %3 from %4\n")
                   .arg(planPath)
                   .arg(count)
                   .arg(QString::fromStdString(planStore.plan().members[*member].name), icsPath));
    return Ok;
}

int importHolidaysCommand(Invocation &call, const QStringList &arguments)
{
    call.parser().addOptions({regionOption(), fromOption(), toOption()});
    call.parser().addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    call.parser().addPositionalArgument(QStringLiteral("FILE.ics"), Cli::tr("The calendar file."));
    if (auto done = call.parse(arguments, 2))
        return *done;
    //: sunrelay-cli error: the --region option is missing (option stays in English)
    if (!call.parser().isSet(regionOption()))
        return call.usage(Cli::tr("--region ID is required"));
    auto input = readImportInput(call, date::days{2 * 365});
    if (!input)
        return input.error().status;
    const QString icsPath = call.parser().positionalArguments().at(1);
    const std::string &text = input.value().text;
    const Interval &range = input.value().range;
    store::PlanStore &planStore = input.value().planStore;
    const QString planPath = call.parser().positionalArguments().constFirst();
    const QString regionId = call.parser().value(regionOption());
    const auto region = planStore.plan().regionIndex(regionId.toStdString());
    //: sunrelay-cli error: %1 is a region id not found in the plan
    if (!region)
        return call.badInput(planPath, Cli::tr("no region \"%1\"").arg(regionId));
    auto holidays = ical::importHolidays(text, {range});
    if (!holidays)
        return call.badInput(icsPath, QString::fromStdString(holidays.error().message()));
    const std::size_t count = holidays.value().size();
    if (auto error = planStore.replaceHolidays(regionId.toStdString(), std::move(holidays).value()))
        return call.badInput(planPath, QString::fromStdString(error->message()));
    //: sunrelay-cli after a holiday import: %1 plan file, %2 count, %3 region's name, %4 iCalendar
    //: file
    call.print(Cli::tr("%1: %2 holidays for %3 from %4\n")
                   .arg(planPath)
                   .arg(count)
                   .arg(QString::fromStdString(planStore.plan().regions[*region].name), icsPath));
    return Ok;
}

// Every command, in the order --help lists them.
QList<Command> commands()
{
    return {
        {QStringLiteral("schedule"),
         QStringLiteral("schedule PLAN --from DATE --to DATE [--zone ZONE] [--json]"),
         Cli::tr("Coverage, gaps, overlaps and handoffs for the dates DATE..DATE."),
         scheduleCommand},
        {QStringLiteral("route"),
         QStringLiteral("route PLAN [--from DATE --to DATE] [--zone ZONE] [--json]"),
         Cli::tr("How each placed task travels region to region, and what that gains."),
         routeCommand},
        {QStringLiteral("conflicts"),
         QStringLiteral("conflicts PLAN --from DATE --to DATE [--zone ZONE] [--json]"),
         Cli::tr("Where the plan breaks its maker-schedule rules."),
         conflictsCommand},
        {QStringLiteral("check"),
         QStringLiteral("check PLAN"),
         //: sunrelay-cli --help: summary of the check command
         Cli::tr("Validate a plan file."),
         checkCommand},
        {QStringLiteral("import-csv"),
         QStringLiteral("import-csv ROSTER.csv -o PLAN.json [--name NAME]"),
         Cli::tr("Make a plan from a member roster kept in a spreadsheet."),
         importCsvCommand},
        {QStringLiteral("import"),
         QStringLiteral("import PLAN.json -o PLAN.sunrelay"),
         Cli::tr("Make a plan file from plan interchange JSON."),
         importCommand},
        {QStringLiteral("export"),
         QStringLiteral("export PLAN.sunrelay -o PLAN.json"),
         Cli::tr("Write a plan file as plan interchange JSON."),
         exportCommand},
        {QStringLiteral("ics"),
         QStringLiteral("ics PLAN (--member ID | --region ID | --all) --from DATE --to DATE "
                        "[--include LIST] -o FILE.ics"),
         Cli::tr("Export handoffs, deep-work blocks, comms windows and task segments as an "
                 "iCalendar file."),
         icsCommand},
        {QStringLiteral("import-busy"),
         QStringLiteral(
             "import-busy PLAN.sunrelay --member ID (FILE.ics | --caldav URL --user NAME "
             "--password-file FILE) [--from DATE --to DATE] [--all-day-busy]"),
         Cli::tr(
             "Import a member's own calendar as busy time (replaces the member's earlier import)."),
         importBusyCommand},
        {QStringLiteral("import-holidays"),
         QStringLiteral(
             "import-holidays PLAN.sunrelay --region ID FILE.ics [--from DATE --to DATE]"),
         Cli::tr("Import a region's public holidays as time off for its members."),
         importHolidaysCommand},
        {QStringLiteral("publish"),
         QStringLiteral("publish (PLAN [--from DATE --to DATE] [--member ID | --region ID | "
                        "--all] [--calendars FILE] | --list-calendars) --server URL --user NAME "
                        "--password-file FILE [--insecure-http]"),
         Cli::tr("Publish members', regions' and handoff calendars to a CalDAV server, "
                 "changing only what changed."),
         [](Invocation &call, const QStringList &arguments) {
             return publishCommand(arguments, call.out(), call.err());
         }},
        {QStringLiteral("merge-driver"),
         QStringLiteral("merge-driver BASE OURS THEIRS"),
         Cli::tr("Git's merge driver for plan JSON: merge THEIRS into OURS by region, member "
                 "and task (exit 1: conflicts marked in OURS)."),
         [](Invocation &call, const QStringList &arguments) {
             auto done = call.parse(arguments, 3);
             return done ? *done
                         : mergeDriverCommand(call.parser().positionalArguments(), call.err());
         }},
    };
}

QString generalHelp()
{
    QString text = Cli::tr(
        "Usage: sunrelay-cli COMMAND [OPTIONS]\n\n"
        "Plans follow-the-sun work for teams across time zones.\n"
        "PLAN is a plan file (.sunrelay) or plan interchange JSON; DATE is YYYY-MM-DD (UTC "
        "dates).\n\n"
        "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.summary);
    text += Cli::tr(
        "\nOptions:\n"
        "  -h, --help     Show this help, or a command's help after its name.\n"
        "  -v, --version  Show the version.\n\n"
        "Exit status: 0 ok, 1 bad input, 2 usage error.\n");
    return text;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        err << generalHelp();
        return UsageError;
    }
    if (first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("help")) {
        out << generalHelp();
        return Ok;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        // The first line as ever (scripts read it), then what a bug report needs.
        out << QStringLiteral("sunrelay-cli %1\n").arg(QCoreApplication::applicationVersion());
        for (const QString &line : apptext::libraryVersionLines())
            out << line << u'\n';
        return Ok;
    }

    const QList<Command> all = commands();
    const auto command = std::find_if(all.begin(), all.end(), [&](const Command &c) {
        return c.name == first;
    });
    if (command == all.end()) {
        //: sunrelay-cli error: %1 is the command typed, not one sunrelay-cli knows
        err << apptext::terminalText(Cli::tr("sunrelay-cli: unknown command \"%1\"\n\n").arg(first))
            << generalHelp();
        return UsageError;
    }
    Invocation call(*command, out, err);
    // The parser expects a program name first; drop the command's name.
    QStringList rest = arguments;
    rest.removeAt(1);
    QElapsedTimer timer;
    timer.start();
    const int status = command->handler(call, rest);
    qCDebug(lcCli) << "command" << first << "exited" << status << "after" << timer.elapsed()
                   << "ms";
    return status;
}

} // namespace sunrelay::cli
