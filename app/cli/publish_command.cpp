#include "publish_command.h"

#include "caldav/publisher.h"
#include "plan_source.h"
#include "shared/file_text.h"
#include "shared/terminal_text.h"

#include "sunrelay/core/schedule_report.h"
#include "sunrelay/exchange/iso_time.h"
#include "sunrelay/ical/busy_import.h"
#include "sunrelay/io/regular_file.h"
#include "sunrelay/store/plan_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace sunrelay::cli
{

namespace
{

class PublishCli
{
    Q_DECLARE_TR_FUNCTIONS(PublishCli)
};

constexpr int exitOk = 0;
constexpr int exitBadInput = 1;
constexpr int exitUsage = 2;

// A command line being run: its parser, its streams and its exits.
class Call
{
public:
    Call(QString synopsis, QTextStream &out, QTextStream &err)
        : m_synopsis(std::move(synopsis))
        , m_out(out)
        , m_err(err)
    {
        // Not addHelpOption(): its --help-all (Qt's own options) means
        // nothing to a command and would be the only one with it.
        m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                              //: sunrelay-cli publish --help: the -h/--help
                                              //: option, which prints this command's help
                                              PublishCli::tr("Show this help.")));
    }

    QCommandLineParser &parser() { return m_parser; }
    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }

    // nullopt: go on; otherwise the exit status (help shown, or a usage error).
    std::optional<int> parse(const QStringList &arguments, int positionalCount)
    {
        if (auto done = parseOptions(arguments))
            return done;
        return checkPositionalCount(positionalCount);
    }
    // The same without the count of positional arguments, for a command
    // whose options decide it (checkPositionalCount).
    std::optional<int> parseOptions(const QStringList &arguments)
    {
        if (!m_parser.parse(arguments))
            return usage(m_parser.errorText());
        if (m_parser.isSet(QStringLiteral("help"))) {
            //: sunrelay-cli publish --help: %1 is the command's synopsis, %2 its description
            m_out << PublishCli::tr("Usage: sunrelay-cli %1\n\n%2")
                         .arg(m_synopsis, m_parser.helpText().section(u'\n', 2));
            return exitOk;
        }
        return std::nullopt;
    }
    // nullopt when `count` positional arguments were given; otherwise a
    // usage error's exit status.
    std::optional<int> checkPositionalCount(int count)
    {
        //: sunrelay-cli error: a command got the wrong number of arguments
        if (m_parser.positionalArguments().size() != count)
            return usage(PublishCli::tr("expected %n argument(s)", nullptr, count));
        return std::nullopt;
    }
    // The same for at most `most`.
    std::optional<int> checkPositionalCountAtMost(int most)
    {
        //: sunrelay-cli error: a command got more arguments than it takes
        if (m_parser.positionalArguments().size() > most)
            return usage(PublishCli::tr("expected at most %n argument(s)", nullptr, most));
        return std::nullopt;
    }
    int usage(const QString &problem)
    {
        m_err << apptext::terminalText(
            PublishCli::tr("sunrelay-cli: %1\nUsage: sunrelay-cli %2\n").arg(problem, m_synopsis));
        return exitUsage;
    }
    int badInput(const QString &where, const QString &problem)
    {
        //: sunrelay-cli error line: %1 is the file or server at fault, %2 the problem
        m_err << apptext::terminalText(PublishCli::tr("%1: %2\n").arg(where, problem));
        return exitBadInput;
    }
    void print(const QString &text) { m_out << apptext::terminalText(text); }
    void warn(const QString &text) { m_err << apptext::terminalText(text); }

private:
    QString m_synopsis;
    QCommandLineParser m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
};

void addAccountOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("user"),
         //: sunrelay-cli publish --help: the --user option
         PublishCli::tr("The account's user name."),
         QStringLiteral("NAME")},
        {QStringLiteral("password-file"),
         PublishCli::tr("A file whose first line is the password."),
         QStringLiteral("FILE")},
        {QStringLiteral("insecure-http"),
         PublishCli::tr("Allow a plain http:// server other than this computer (the password "
                        "travels unencrypted).")},
        {QStringLiteral("from"),
         //: sunrelay-cli publish --help: the --from option, the first day of the range
         PublishCli::tr("First UTC date (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"),
         PublishCli::tr("Last UTC date (YYYY-MM-DD), inclusive."),
         QStringLiteral("DATE")},
    });
}

// The first line of --password-file, read through lib/io (a regular file,
// at most 4 KiB).
std::optional<QString> readPassword(Call &call, int &status)
{
    const QString path = call.value(QStringLiteral("password-file"));
    const auto text = io::readRegularFile(QFile::encodeName(path).toStdString(), 4096);
    if (!text) {
        status = call.badInput(path, apptext::ioErrorText(text.error()));
        return std::nullopt;
    }
    const QString password = QString::fromUtf8(text.value()).section(u'\n', 0, 0).remove(u'\r');
    if (password.isEmpty()) {
        status = call.badInput(path, PublishCli::tr("the first line (the password) is empty"));
        return std::nullopt;
    }
    return password;
}

// --user, --password-file and the server URL as an account; a usage error
// for what is missing.
std::optional<caldav::ServerAccount> account(Call &call, const QString &urlOption, int &status)
{
    for (const QString &required :
         {urlOption, QStringLiteral("user"), QStringLiteral("password-file")}) {
        if (!call.isSet(required)) {
            //: sunrelay-cli error: %1 is the name of a required option that is missing
            status = call.usage(PublishCli::tr("--%1 is required").arg(required));
            return std::nullopt;
        }
    }
    caldav::ServerAccount result;
    result.server = QUrl(call.value(urlOption), QUrl::StrictMode);
    result.user = call.value(QStringLiteral("user"));
    result.insecureHttp = call.isSet(QStringLiteral("insecure-http"))
        ? caldav::InsecureHttp::Allow
        : caldav::InsecureHttp::Refuse;
    if (auto problem = caldav::checkServerUrl(result.server, result.insecureHttp)) {
        status = call.usage(caldav::describe(*problem));
        return std::nullopt;
    }
    auto password = readPassword(call, status);
    if (!password)
        return std::nullopt;
    result.password = *password;
    return result;
}

std::optional<date::sys_days> dateValue(Call &call, const QString &name, int &status)
{
    const QString text = call.value(name);
    const auto day = exchange::parseDate(text.toStdString());
    if (!day || *day > LocalDate{date::year{2037} / 12 / 31}) {
        status = call.usage(
            PublishCli::tr("--%1: \"%2\" is not a date up to 2037 (YYYY-MM-DD)").arg(name, text));
        return std::nullopt;
    }
    return date::sys_days{day->time_since_epoch()};
}

// --from/--to, or `before` days ago to `ahead` days from today.
std::optional<Interval> window(Call &call, date::days before, date::days ahead, int &status)
{
    const bool hasFrom = call.isSet(QStringLiteral("from"));
    const bool hasTo = call.isSet(QStringLiteral("to"));
    if (!hasFrom && !hasTo) {
        const date::sys_days today = date::floor<date::days>(std::chrono::system_clock::now());
        return dayWindow(today - before, today + ahead);
    }
    if (hasFrom != hasTo) {
        status = call.usage(PublishCli::tr("--from and --to are both required"));
        return std::nullopt;
    }
    const auto from = dateValue(call, QStringLiteral("from"), status);
    const auto to = from ? dateValue(call, QStringLiteral("to"), status) : std::nullopt;
    if (!from || !to)
        return std::nullopt;
    if (*to < *from || (*to - *from).count() > 3 * 366) {
        status = call.usage(
            PublishCli::tr("--from..--to must run forwards and span at most three years"));
        return std::nullopt;
    }
    return dayWindow(*from, *to);
}

std::optional<caldav::PublishScope> scope(Call &call, int &status)
{
    const bool member = call.isSet(QStringLiteral("member"));
    const bool region = call.isSet(QStringLiteral("region"));
    if (int(member) + int(region) + int(call.isSet(QStringLiteral("all"))) > 1) {
        status =
            call.usage(PublishCli::tr("give at most one of --member ID, --region ID and --all"));
        return std::nullopt;
    }
    if (member)
        return caldav::PublishScope{caldav::PublishScopeKind::Member,
                                    call.value(QStringLiteral("member")).toStdString()};
    if (region)
        return caldav::PublishScope{caldav::PublishScopeKind::Region,
                                    call.value(QStringLiteral("region")).toStdString()};
    return caldav::PublishScope{};
}

void printSummary(Call &call, const caldav::PublishSummary &summary)
{
    for (const caldav::CalendarSummary &calendar : summary.calendars) {
        //: One calendar's line of a publish summary
        call.print(PublishCli::tr("%1: %2 created, %3 updated, %4 deleted, %5 unchanged, "
                                  "%6 conflict(s)\n")
                       .arg(calendar.displayName)
                       .arg(calendar.created)
                       .arg(calendar.updated)
                       .arg(calendar.deleted)
                       .arg(calendar.unchanged)
                       .arg(calendar.conflicts.size()));
        //: sunrelay-cli publish warning: %1 says which event changed on the server meanwhile
        for (const caldav::DavError &conflict : calendar.conflicts)
            call.warn(PublishCli::tr("conflict: %1\n").arg(caldav::describe(conflict)));
        //: sunrelay-cli publish warning: %1 is the server's or network's error on one calendar
        for (const caldav::DavError &error : calendar.errors)
            call.warn(PublishCli::tr("error: %1\n").arg(caldav::describe(error)));
    }
    for (const caldav::DavError &error : summary.errors)
        call.warn(PublishCli::tr("error: %1\n").arg(caldav::describe(error)));
    const caldav::RequestCounts &n = summary.counts;
    call.print(PublishCli::tr("requests: %1 (PROPFIND %2, REPORT %3, MKCALENDAR %4, PUT %5, "
                              "DELETE %6)\n")
                   .arg(n.total())
                   .arg(n.propfind)
                   .arg(n.report)
                   .arg(n.mkcalendar)
                   .arg(n.put)
                   .arg(n.del));
}

// --calendars FILE: the calendar map, checked against the plan; nullopt
// with `status` set when the file cannot be read or is wrong.
std::optional<caldav::CalendarMap>
calendarMap(Call &call, const QUrl &server, const Plan &plan, int &status)
{
    if (!call.isSet(QStringLiteral("calendars")))
        return caldav::CalendarMap{};
    const QString path = call.value(QStringLiteral("calendars"));
    const auto text = io::readRegularFile(QFile::encodeName(path).toStdString(), 1 << 20);
    if (!text) {
        status = call.badInput(path, apptext::ioErrorText(text.error()));
        return std::nullopt;
    }
    auto map = caldav::parseCalendarMap(QString::fromUtf8(text.value()), server);
    if (!map) {
        status = call.badInput(path, map.error().text());
        return std::nullopt;
    }
    if (auto problem = caldav::checkCalendarMap(map.value(), plan)) {
        status = call.badInput(path, problem->text());
        return std::nullopt;
    }
    return std::move(map).value();
}

// One line of --list-calendars: URL, name and components, tab-separated,
// with a note on a calendar that cannot hold the plan's events.
QString calendarLine(const caldav::ServerCalendar &calendar)
{
    const QString url = calendar.url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo);
    const QString components = calendar.components.isEmpty()
        //: --list-calendars: the server does not say which components a calendar holds
        ? PublishCli::tr("any components")
        : calendar.components.join(QStringLiteral(", "));
    if (calendar.holdsEvents()) {
        //: --list-calendars, one calendar a line: %1 its URL, %2 its display name, %3 the
        //: components it holds ("VEVENT, VTODO"); keep the tabs
        return PublishCli::tr("%1\t\"%2\"\t%3\n").arg(url, calendar.displayName, components);
    }
    //: --list-calendars, a calendar that holds no events (e.g. only tasks), so a --calendars
    //: file cannot map the plan's calendars to it: %1 its URL, %2 its display name, %3 the
    //: components it holds ("VTODO"); keep the tabs
    return PublishCli::tr("%1\t\"%2\"\t%3 (holds no events: cannot be mapped)\n")
        .arg(url, calendar.displayName, components);
}

// --list-calendars: the account's calendars, one a line (URL, name, the
// components each holds), for a --calendars file. It reads no plan (PLAN
// may be left out) and ignores what only a publish reads (scope, dates,
// --calendars).
int listCalendars(Call &call)
{
    if (auto done = call.checkPositionalCountAtMost(1))
        return *done;
    int status = exitOk;
    auto serverAccount = account(call, QStringLiteral("server"), status);
    if (!serverAccount)
        return status;
    caldav::DavClient client(std::move(*serverAccount));
    const auto calendars = caldav::listCalendars(client);
    if (!calendars) {
        call.warn(PublishCli::tr("error: %1\n").arg(caldav::describe(calendars.error())));
        return exitBadInput;
    }
    for (const caldav::ServerCalendar &calendar : calendars.value())
        call.print(calendarLine(calendar));
    //: --list-calendars: the last line
    call.print(
        PublishCli::tr("%n calendar(s). Map one in a --calendars file with a line such "
                       "as: member:ID = URL\n",
                       nullptr,
                       int(calendars.value().size())));
    return exitOk;
}

// The busy times of the calendar's events (`resources`, the calendar data
// of one event each), in start order and each once, though a server may list
// an event twice; nullopt with `status` set when one cannot be read.
std::optional<std::vector<BusyTime>> busyTimesOf(Call &call,
                                                 const QUrl &calendarUrl,
                                                 const std::vector<QByteArray> &resources,
                                                 const ical::BusyImportOptions &options,
                                                 int &status)
{
    std::vector<BusyTime> busy;
    for (const QByteArray &data : resources) {
        auto times =
            ical::importBusyTimes(std::string_view(data.constData(), std::size_t(data.size())),
                                  options);
        if (!times) {
            status = call.badInput(calendarUrl.toDisplayString(),
                                   QString::fromStdString(times.error().message()));
            return std::nullopt;
        }
        busy.insert(busy.end(), times.value().begin(), times.value().end());
    }
    std::sort(busy.begin(), busy.end(), [](const BusyTime &a, const BusyTime &b) {
        return std::tie(a.interval.start, a.sourceUid) < std::tie(b.interval.start, b.sourceUid);
    });
    busy.erase(std::unique(busy.begin(),
                           busy.end(),
                           [](const BusyTime &a, const BusyTime &b) {
                               return a.interval.start == b.interval.start
                                   && a.sourceUid == b.sourceUid;
                           }),
               busy.end());
    return busy;
}

} // namespace

int publishCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Call call(QStringLiteral("publish (PLAN [--from DATE --to DATE] [--member ID | --region ID | "
                             "--all] [--calendars FILE] | --list-calendars) --server URL --user "
                             "NAME --password-file FILE [--insecure-http]"),
              out,
              err);
    QCommandLineParser &parser = call.parser();
    parser.addOptions({
        {QStringLiteral("server"),
         //: sunrelay-cli publish --help: the --server option
         PublishCli::tr("The CalDAV server's URL."),
         QStringLiteral("URL")},
        {QStringLiteral("member"),
         //: sunrelay-cli publish --help: the --member option
         PublishCli::tr("Publish this member's calendar."),
         QStringLiteral("ID")},
        {QStringLiteral("region"),
         PublishCli::tr("Publish this region's calendar and its members'."),
         QStringLiteral("ID")},
        {QStringLiteral("all"),
         PublishCli::tr("Publish every member's and region's calendar and all handoffs (the "
                        "default).")},
        {QStringLiteral("calendars"),
         PublishCli::tr("Publish into the existing calendars this file maps (lines KEY = URL, "
                        "KEY member:ID, region:ID or handoffs) instead of creating them."),
         QStringLiteral("FILE")},
        {QStringLiteral("list-calendars"),
         PublishCli::tr("List the account's calendars on the server, and publish nothing.")},
    });
    addAccountOptions(parser);
    //: sunrelay-cli publish --help: the PLAN argument
    parser.addPositionalArgument(QStringLiteral("PLAN"), PublishCli::tr("The plan file."));
    if (auto done = call.parseOptions(arguments))
        return *done;
    if (call.isSet(QStringLiteral("list-calendars")))
        return listCalendars(call);
    if (auto done = call.checkPositionalCount(1))
        return *done;
    int status = exitOk;
    const auto publishScope = scope(call, status);
    const auto range =
        publishScope ? window(call, date::days{0}, date::days{90}, status) : std::nullopt;
    auto serverAccount = range ? account(call, QStringLiteral("server"), status) : std::nullopt;
    if (!serverAccount)
        return status;
    const QString planPath = parser.positionalArguments().constFirst();
    const auto plan = readPlanFile(planPath);
    if (!plan)
        return call.badInput(planPath, plan.error());
    const auto existing = calendarMap(call, serverAccount->server, plan.value(), status);
    if (!existing)
        return status;
    const auto calendars =
        caldav::publishSet(plan.value(),
                           *publishScope,
                           *range,
                           date::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    if (!calendars)
        return call.badInput(planPath, QString::fromStdString(calendars.error().message()));
    caldav::DavClient client(std::move(*serverAccount));
    const caldav::PublishSummary summary = caldav::publish(client, calendars.value(), *existing);
    printSummary(call, summary);
    return summary.ok() ? exitOk : exitBadInput;
}

bool usesCalDav(const QStringList &arguments)
{
    return std::any_of(arguments.begin(), arguments.end(), [](const QString &argument) {
        return argument == QLatin1String("--caldav")
            || argument.startsWith(QLatin1String("--caldav="));
    });
}

int importBusyCalDavCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Call call(QStringLiteral("import-busy PLAN.sunrelay --member ID --caldav URL --user NAME "
                             "--password-file FILE [--from DATE --to DATE] [--all-day-busy]"),
              out,
              err);
    QCommandLineParser &parser = call.parser();
    parser.addOptions({
        {QStringLiteral("member"),
         //: sunrelay-cli import-busy --help: the --member option, the id of the member whose
         //: busy time is imported (e.g. "anna")
         PublishCli::tr("The member's id."),
         QStringLiteral("ID")},
        {QStringLiteral("caldav"),
         PublishCli::tr("The URL of the member's own calendar on a CalDAV server."),
         QStringLiteral("URL")},
        {QStringLiteral("all-day-busy"), PublishCli::tr("Count all-day events as busy.")},
    });
    addAccountOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PLAN"), PublishCli::tr("The plan file."));
    if (auto done = call.parse(arguments, 1))
        return *done;
    //: sunrelay-cli import-busy error: the --member option is missing (option and ID stay in
    //: English)
    if (!call.isSet(QStringLiteral("member")))
        return call.usage(PublishCli::tr("--member ID is required"));
    int status = exitOk;
    const auto range = window(call, date::days{7}, date::days{365}, status);
    auto serverAccount = range ? account(call, QStringLiteral("caldav"), status) : std::nullopt;
    if (!serverAccount)
        return status;
    const QString planPath = parser.positionalArguments().constFirst();
    const std::filesystem::path file = QFile::encodeName(planPath).toStdString();
    if (const auto problem = io::checkRegularFile(file))
        return call.badInput(planPath, apptext::ioErrorText(*problem));
    if (!store::looksLikePlanFile(file))
        return call.badInput(planPath,
                             PublishCli::tr("imported calendars are kept in plan files "
                                            "(.sunrelay) only, not in plan JSON"));
    auto planStore = store::PlanStore::open(file, store::OpenMode::ReadWrite);
    if (!planStore)
        return call.badInput(planPath, QString::fromStdString(planStore.error().message()));
    const QString memberId = call.value(QStringLiteral("member"));
    const auto member = planStore.value().plan().memberIndex(memberId.toStdString());
    //: sunrelay-cli import-busy error: %1 is the --member id the plan has no member for
    if (!member)
        return call.badInput(planPath, PublishCli::tr("no member \"%1\"").arg(memberId));

    const QUrl calendarUrl = serverAccount->server;
    caldav::DavClient client(std::move(*serverAccount));
    const auto resources = caldav::queryCalendar(client, calendarUrl, *range);
    if (!resources)
        return call.badInput(calendarUrl.toDisplayString(), caldav::describe(resources.error()));
    ical::BusyImportOptions options{*range, planStore.value().plan().members[*member].zone};
    if (call.isSet(QStringLiteral("all-day-busy")))
        options.allDay = ical::AllDayEvents::Busy;
    auto busy = busyTimesOf(call, calendarUrl, resources.value(), options, status);
    if (!busy)
        return status;
    const std::size_t count = busy->size();
    if (auto error = planStore.value().replaceBusyTimes(memberId.toStdString(), std::move(*busy)))
        return call.badInput(planPath, QString::fromStdString(error->message()));
    //: sunrelay-cli after reading busy times: %1 plan, %2 count, %3 member, %4 calendar URL
    call.print(PublishCli::tr("%1: %2 busy times for %3 from %4\n")
                   .arg(planPath)
                   .arg(count)
                   .arg(QString::fromStdString(planStore.value().plan().members[*member].name),
                        calendarUrl.toDisplayString()));
    return exitOk;
}

} // namespace sunrelay::cli
