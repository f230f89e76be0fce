// The plan interchange JSON (DESIGN.md, "Plan interchange JSON").
//
// Every bad input gets one InputError naming where and what. The message
// forms, as asserted row by row in badInput_data() and syntaxErrors_data():
//
//   line L, column C: syntax error: <reason>       not JSON (reason from the parser)
//   <path>: duplicate key "<key>"                  a key twice in one object (path
//                                                  segments that are not plain
//                                                  keys are written ["a.b"])
//   expected a JSON object at the top level
//   missing "<key>"                                a top-level key is missing
//   <path>: missing "<key>"                        a key of an object is missing
//   <path>: expected a string | a number | an integer | an object | an array
//                                                  | a string or null
//   sunrelayPlan: unsupported version N (this build reads version 1)
//   <path>: must not be empty                      ids, days
//   <path>: duplicate id "<id>" (already used by <first path>)
//   <path>: duplicate handoff N (already noted in <first path>)
//   <path>: unknown region "<id>"
//   <path>: unknown time zone "<name>"
//   <path>: "<text>" is not a colour (#rrggbb)
//   <path>: "<text>" is not a time of day (HH:MM)
//   <path>: "24:00" is only allowed as an end
//   <path>: unknown weekday "<text>"
//   <path>: "<text>" is not a date (YYYY-MM-DD)
//   <path>: <to> is before from <from>             timeOff.to before timeOff.from
//   <path>: "<text>" is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ)
//   <path>: <number> is out of range (must be at least N | at most N | more than 0)
//
// Quoted values escape '"', '\' and control characters and are cut after 80
// bytes. Paths are JSON-path style: members[3].work[0].days[2].

#include "sunrelay/exchange/plan_json.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace sunrelay;
using namespace sunrelay::exchange;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(sunrelay::exchange::InputErrorCode)

namespace
{

// ---------------------------------------------------------------------------
// Building test documents: each object is a list of (key, raw JSON) fields;
// a change replaces a field, adds it, or (with an empty value) removes it.

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string object(Fields fields, const Fields &changes)
{
    for (const auto &[key, value] : changes) {
        auto it = std::find_if(fields.begin(), fields.end(), [&](const auto &field) {
            return field.first == key;
        });
        if (it == fields.end())
            fields.emplace_back(key, value);
        else
            it->second = value;
    }
    std::string text = "{";
    for (const auto &[key, value] : fields) {
        if (value.empty())
            continue;
        if (text.size() > 1)
            text += ", ";
        text += "\"" + key + "\": " + value;
    }
    return text + "}";
}

std::string array(const std::vector<std::string> &items)
{
    std::string text = "[";
    for (const std::string &item : items)
        text += (text.size() > 1 ? ", " : "") + item;
    return text + "]";
}

std::string range(const Fields &changes = {})
{
    return object({{"days", R"(["mon", "tue", "wed", "thu", "fri"])"},
                   {"start", R"("09:00")"},
                   {"end", R"("17:30")"}},
                  changes);
}

std::string region(const Fields &changes = {})
{
    return object({{"id", R"("emea")"}, {"name", R"("EMEA")"}, {"color", "\"#2f6fde\""}}, changes);
}

std::string member(const Fields &changes = {})
{
    return object({{"id", R"("anna")"},
                   {"name", R"("Anna Schmidt")"},
                   {"region", R"("emea")"},
                   {"zone", R"("Europe/Berlin")"},
                   {"work", array({range()})}},
                  changes);
}

std::string task(const Fields &changes = {})
{
    return object({{"id", R"("T-1")"},
                   {"title", R"("Migrate billing DB")"},
                   {"effortHours", "30"},
                   {"priority", "1"},
                   {"start", R"("2026-12-01T08:00:00Z")"},
                   {"region", R"("emea")"}},
                  changes);
}

std::string plan(const Fields &changes = {})
{
    return object({{"sunrelayPlan", "1"},
                   {"name", R"("Acme Platform")"},
                   {"regions", array({region()})},
                   {"members", array({member()})},
                   {"tasks", array({task()})}},
                  changes);
}

QByteArray bytes(const std::string &text)
{
    return QByteArray::fromStdString(text);
}

std::string_view view(const QByteArray &text)
{
    return {text.constData(), static_cast<std::size_t>(text.size())};
}

// Whole JSON documents live in data/ rather than in raw string literals:
// they are easier to read there, and moc (Qt 6.4) misparses raw strings that
// hold "# or \" and then silently finds no Q_OBJECT class.
std::string readTestFile(const char *name)
{
    QFile file(QStringLiteral(SUNRELAY_TEST_DATA_DIR "/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll().toStdString();
}

Instant utc(date::year_month_day day, Seconds time = Seconds{0})
{
    return date::sys_days{day} + time;
}

TimeZone zone(std::string_view name)
{
    return TimeZone::find(name).value();
}

// A plan using every field: links, past-midnight ranges, a 24:00 end, time
// off, backlog and placed tasks, null and set deadlines, unicode text.
Plan richPlan()
{
    using date::Friday;
    using date::Monday;
    using date::Saturday;
    using date::Sunday;
    using date::Thursday;
    using date::Wednesday;
    using namespace date::literals;

    Plan plan;
    plan.name = "Acme Platform — Zürich & 東京";
    plan.policy = Policy{Minutes{30}, Minutes{240}, Minutes{90}};
    plan.regions = {Region{"emea", "EMEA", "#2f6fde"},
                    Region{"apac", "APAC", "#E69F00"},
                    Region{"amer", "Americas \"North\"", "#009e73"}};

    Member anna;
    anna.id = "anna";
    anna.name = "Anna Schmidt";
    anna.region = "emea";
    anna.zone = zone("Europe/Berlin");
    anna.work.ranges = {{Weekdays::workdays(), 9h, 17h + 30min}};
    anna.deepWork.ranges = {{Weekdays::workdays(), 9h, 12h}};
    anna.comms.ranges = {{Weekdays::workdays(), 11h, 11h + 30min},
                         {Weekdays::workdays(), 15h, 15h + 30min}};
    anna.timeOff = {{LocalDate{2026_y / 12 / 24}, LocalDate{2026_y / 12 / 31}},
                    {LocalDate{2027_y / 1 / 6}, LocalDate{2027_y / 1 / 6}}};

    Member raj;
    raj.id = "raj";
    raj.name = "Raj Patel";
    raj.region = "apac";
    raj.zone = zone("Asia/Calcutta"); // a link, kept as written
    Weekdays sundayToThursday{Sunday};
    sundayToThursday.insert(Monday);
    sundayToThursday.insert(date::Tuesday);
    sundayToThursday.insert(Wednesday);
    sundayToThursday.insert(Thursday);
    raj.work.ranges = {{sundayToThursday, 18h, 24h}}; // ends at 24:00
    raj.deepWork.ranges = {{Weekdays{Saturday}, 0min, 3h}};

    Member nightShift;
    nightShift.id = "nico";
    nightShift.name = "Nicolás Ñúñez";
    nightShift.region = "amer";
    nightShift.zone = zone("America/Sao_Paulo");
    nightShift.work.ranges = {{Weekdays{Friday}, 22h, 6h}, // Fri 22:00 - Sat 06:00
                              {Weekdays{Monday}, 0min, 0min}}; // a whole day, midnight to midnight

    plan.members = {anna, raj, nightShift};

    Task placed;
    placed.id = "T-1";
    placed.title = "Überprüfung der Zahlungsflüsse — 日本語 ✓";
    placed.effortHours = 30;
    placed.priority = 1;
    placed.start = utc(2026_y / 12 / 1, 8h);
    placed.region = "emea";
    placed.deadline = utc(2026_y / 12 / 11, 17h);
    placed.notes = "Line one\nline \"two\"\ttabbed \\ backslash";
    placed.handoffNotes = {{1,
                            "Done: dump\nNext: replay shard 3\nBlockers: none\nLinks: "
                            "https://wiki.example/db"},
                           {3, "\"Quoted\" \\ ✓"}};

    Task backlog;
    backlog.id = "T-2";
    backlog.title = "Fix invoice rounding";
    backlog.effortHours = 2.5;
    backlog.priority = 3;

    Task startOnly; // a start without a region: still backlog, but kept
    startOnly.id = "T-3";
    startOnly.title = "Tiny";
    startOnly.effortHours = 0.1;
    startOnly.priority = 2147483647;
    startOnly.start = utc(2026_y / 3 / 9, 13h);

    plan.tasks = {placed, backlog, startOnly};
    return plan;
}

} // namespace

class TestPlanJson : public QObject
{
    Q_OBJECT

private slots:
    void readsDesignExample()
    {
        // The example of DESIGN.md, verbatim.
        const std::string text = readTestFile("design-example.json");
        const auto result = readPlanJson(text);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        const Plan &plan = result.value();

        using namespace date::literals;
        Member anna;
        anna.id = "anna";
        anna.name = "Anna Schmidt";
        anna.region = "emea";
        anna.zone = zone("Europe/Berlin");
        anna.work.ranges = {{Weekdays::workdays(), 9h, 17h + 30min}};
        anna.deepWork.ranges = {{Weekdays::workdays(), 9h, 12h}};
        anna.comms.ranges = {{Weekdays::workdays(), 11h, 11h + 30min}};
        anna.timeOff = {{LocalDate{2026_y / 12 / 24}, LocalDate{2026_y / 12 / 31}}};
        Task migrate;
        migrate.id = "T-1";
        migrate.title = "Migrate billing DB";
        migrate.effortHours = 30;
        migrate.priority = 1;
        migrate.start = utc(2026_y / 12 / 1, 8h);
        migrate.region = "emea";

        QCOMPARE(plan.name, std::string("Acme Platform"));
        QVERIFY(plan.policy == Policy{});
        QCOMPARE(plan.regions.size(), std::size_t(1));
        QVERIFY(plan.regions[0] == (Region{"emea", "EMEA", "#2f6fde"}));
        QCOMPARE(plan.members.size(), std::size_t(1));
        QVERIFY(plan.members[0] == anna);
        QCOMPARE(plan.tasks.size(), std::size_t(1));
        QVERIFY(plan.tasks[0] == migrate);
        QVERIFY(plan.tasks[0].isPlaced());
    }

    void absentOptionalsGiveDefaults_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("absent") << bytes(plan({{"tasks", ""}}));
        QTest::newRow("null") << bytes(plan(
            {{"tasks", "null"},
             {"policy", "null"},
             {"members",
              array({member({{"deepWork", "null"}, {"comms", "null"}, {"timeOff", "null"}})})}}));
        QTest::newRow("empty") << bytes(
            plan({{"tasks", "[]"},
                  {"policy", "{}"},
                  {"members",
                   array({member({{"deepWork", "[]"}, {"comms", "[]"}, {"timeOff", "[]"}})})}}));
    }
    void absentOptionalsGiveDefaults()
    {
        QFETCH(QByteArray, json);
        const auto result = readPlanJson(view(json));
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        const Plan &plan = result.value();
        QVERIFY(plan.policy == Policy{});
        QVERIFY(plan.policy.syncSlot == 15min);
        QVERIFY(plan.policy.deepWorkMinimum == 180min);
        QVERIFY(plan.policy.gapLimit == 120min);
        QVERIFY(plan.tasks.empty());
        QVERIFY(plan.members.at(0).deepWork.isEmpty());
        QVERIFY(plan.members.at(0).comms.isEmpty());
        QVERIFY(plan.members.at(0).timeOff.empty());
    }

    void taskOptionals()
    {
        const std::string text =
            plan({{"tasks",
                   array({task({{"start", ""}, {"region", ""}}), // absent
                          task({{"id", R"("T-2")"},
                                {"start", "null"},
                                {"region", "null"},
                                {"deadline", "null"},
                                {"notes", "null"}}), // null
                          task({{"id", R"("T-3")"}, {"region", "null"}}), // start only
                          task({{"id", R"("T-4")"},
                                {"deadline", R"("2026-12-11T17:00:00Z")"},
                                {"notes", "\"keep \\\"old\\\" DB\""}})})}});
        const auto result = readPlanJson(text);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        const auto &tasks = result.value().tasks;
        QCOMPARE(tasks.size(), std::size_t(4));
        QVERIFY(!tasks[0].isPlaced() && !tasks[0].start && !tasks[0].region && !tasks[0].deadline);
        QCOMPARE(tasks[0].notes, std::string());
        QVERIFY(!tasks[1].isPlaced() && !tasks[1].start && !tasks[1].region && !tasks[1].deadline);
        QVERIFY(!tasks[2].isPlaced() && tasks[2].start && !tasks[2].region);
        QVERIFY(tasks[3].isPlaced());
        using namespace date::literals;
        QVERIFY(tasks[3].deadline == utc(2026_y / 12 / 11, 17h));
        QCOMPARE(tasks[3].notes, std::string("keep \"old\" DB"));
    }

    void readsWeeklyRanges_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("start"); // minutes
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("crossesMidnight");
        QTest::newRow("day shift") << bytes(range()) << 9 * 60 << 17 * 60 + 30 << false;
        QTest::newRow("ends at 24:00")
            << bytes(range({{"start", R"("18:00")"}, {"end", R"("24:00")"}})) << 18 * 60 << 24 * 60
            << false;
        QTest::newRow("past midnight")
            << bytes(range({{"start", R"("22:00")"}, {"end", R"("06:00")"}})) << 22 * 60 << 6 * 60
            << true;
        QTest::newRow("start equals end: a whole day")
            << bytes(range({{"start", R"("07:00")"}, {"end", R"("07:00")"}})) << 7 * 60 << 7 * 60
            << true;
    }
    void readsWeeklyRanges()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(bool, crossesMidnight);
        const auto result = readPlanJson(
            plan({{"members", array({member({{"work", "[" + json.toStdString() + "]"}})})}}));
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        const WeeklyRange &read = result.value().members.at(0).work.ranges.at(0);
        QVERIFY(read.days == Weekdays::workdays());
        QCOMPARE(read.start.count(), start);
        QCOMPARE(read.end.count(), end);
        QCOMPARE(read.crossesMidnight(), crossesMidnight);
    }

    void keepsZoneLinksAsWritten()
    {
        const auto result =
            readPlanJson(plan({{"members", array({member({{"zone", R"("Asia/Calcutta")"}})})}}));
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        QCOMPARE(result.value().members.at(0).zone.name(), std::string("Asia/Calcutta"));
        QVERIFY(writePlanJson(result.value()).find("\"zone\": \"Asia/Calcutta\"")
                != std::string::npos);
    }

    void acceptsIntegralNumbersWrittenAsFloats()
    {
        // JSON does not tell 1 from 1.0; some writers (Python) emit 1.0.
        const auto result = readPlanJson(
            plan({{"sunrelayPlan", "1.0"},
                  {"policy", R"({"syncSlotMinutes": 3e1})"},
                  {"tasks", array({task({{"priority", "2.0"}, {"effortHours", "1.5"}})})}}));
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        QVERIFY(result.value().policy.syncSlot == 30min);
        QCOMPARE(result.value().tasks.at(0).priority, 2);
        QCOMPARE(result.value().tasks.at(0).effortHours, 1.5);
    }

    void acceptsAnEffortThatRoundsToAMinute()
    {
        // 0.01653 h = 59.508 s, counted as 60 s (half a second rounds up).
        const auto result =
            readPlanJson(plan({{"tasks", array({task({{"effortHours", "0.01653"}})})}}));
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        QCOMPARE(result.value().tasks.at(0).effort(), std::chrono::seconds{60});
    }

    void ignoresUnknownKeysAndReadsBom()
    {
        // Unknown keys are ignored (a newer minor writer may add some); a
        // UTF-8 byte order mark, as some editors save, is skipped.
        const auto result =
            readPlanJson("\xEF\xBB\xBF"
                         + plan({{"comment", R"("made by hand")"},
                                 {"members", array({member({{"email", "\"a@b\""}})})}}));
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
    }

    void writesExactText()
    {
        // Written by hand from DESIGN.md: its key order, 2-space indent,
        // whole effort as an integer, null for what a task lacks.
        using namespace date::literals;
        Plan plan;
        plan.name = "Tiny";
        plan.regions = {Region{"emea", "EMEA", "#2f6fde"}};
        Member anna;
        anna.id = "anna";
        anna.name = "Anna";
        anna.region = "emea";
        anna.zone = zone("Europe/Berlin");
        Weekdays monFri{date::Friday};
        monFri.insert(date::Monday); // inserted out of order, written Monday first
        anna.work.ranges = {{monFri, 22h, 24h}};
        anna.timeOff = {{LocalDate{2026_y / 12 / 24}, LocalDate{2026_y / 12 / 31}}};
        plan.members = {anna};
        Task migrate;
        migrate.id = "T-1";
        migrate.title = "Migrate";
        migrate.effortHours = 30;
        migrate.priority = 1;
        migrate.start = utc(2026_y / 12 / 1, 8h);
        migrate.region = "emea";
        Task later;
        later.id = "T-2";
        later.title = "Later";
        later.effortHours = 2.5;
        later.priority = 2;
        later.deadline = utc(2026_y / 3 / 9, 13h);
        later.notes = "n";
        plan.tasks = {migrate, later};

        const std::string expected = readTestFile("tiny-plan.json");
        QCOMPARE(QString::fromStdString(writePlanJson(plan)), QString::fromStdString(expected));
    }

    void roundTripIsLossless()
    {
        const Plan original = richPlan();
        const std::string written = writePlanJson(original);
        const auto read = readPlanJson(written);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message().c_str());
        QVERIFY(read.value() == original);
        QCOMPARE(writePlanJson(read.value()), written); // deterministic
        // Spot checks that the equal plan is not equal by accident.
        QVERIFY(read.value().tasks.at(0).isPlaced());
        QVERIFY(!read.value().tasks.at(1).isPlaced());
        QVERIFY(!read.value().tasks.at(2).isPlaced());
        QCOMPARE(read.value().members.at(1).zone.name(), std::string("Asia/Calcutta"));
        QVERIFY(written.find("\"effortHours\": 30,") != std::string::npos);
        QVERIFY(written.find("\"effortHours\": 0.1,") != std::string::npos);
        QVERIFY(written.find("\"end\": \"24:00\"") != std::string::npos);
        QVERIFY(written.find("Überprüfung der Zahlungsflüsse — 日本語 ✓") != std::string::npos);
        QCOMPARE(read.value().tasks.at(0).handoffNotes.size(), std::size_t{2});
        // Only T-1 has handoff notes; a task without them has no key.
        QVERIFY(written.find("\"handoffNotes\"") != std::string::npos);
        QVERIFY(written.find("\"handoffNotes\"") == written.rfind("\"handoffNotes\""));
    }

    // The key as docs/plan-json.md shows it, written by hand: numbers from 1,
    // in any order, empty notes meaning no note.
    void readsHandoffNotes()
    {
        const std::string json = plan({{"tasks", array({task({{"handoffNotes", R"([
            {"handoff": 3, "note": "Done: cut over\nNext: sign-off"},
            {"handoff": 1, "note": "Done: dump"},
            {"handoff": 2, "note": ""}])"}})})}});
        const auto read = readPlanJson(json);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message().c_str());
        const Task &noted = read.value().tasks.at(0);
        QVERIFY((noted.handoffNotes
                 == std::map<int, std::string>{{1, "Done: dump"},
                                               {3, "Done: cut over\nNext: sign-off"}}));
        QCOMPARE(std::string(handoffNote(noted, 3)), std::string("Done: cut over\nNext: sign-off"));
        QCOMPARE(std::string(handoffNote(noted, 2)), std::string());

        // Written in number order, after "notes"; absent when a task has none.
        const std::string written = writePlanJson(read.value());
        const auto notes = written.find("\"notes\"");
        const auto first = written.find("\"handoff\": 1,");
        const auto third = written.find("\"handoff\": 3,");
        QVERIFY(notes != std::string::npos && first != std::string::npos
                && third != std::string::npos);
        QVERIFY(notes < first && first < third);
        QVERIFY(written.find("\"handoff\": 2,") == std::string::npos);
        QVERIFY(writePlanJson(Plan{}).find("handoffNotes") == std::string::npos);
        QVERIFY(readPlanJson(plan({{"tasks", array({task({{"handoffNotes", "null"}})})}}))
                    .value()
                    .tasks.at(0)
                    .handoffNotes.empty());
    }

    // The text for Git (docs/plan-json.md, "Writing"): one canonical text per
    // plan, and every region, member and task on lines of its own.
    void writesOneCanonicalText()
    {
        // The tiny plan written by hand another way: one line, keys shuffled,
        // 30.0 for 30, nulls left out, days out of order.
        const std::string scrambled =
            R"({"tasks": [{"title": "Migrate", "id": "T-1", "priority": 1, "effortHours": 30.0,)"
            R"( "region": "emea", "start": "2026-12-01T08:00:00Z"}, {"id": "T-2",)"
            R"( "title": "Later", "effortHours": 2.5, "priority": 2, "notes": "n",)"
            R"( "deadline": "2026-03-09T13:00:00Z"}], "name": "Tiny", "sunrelayPlan": 1.0,)"
            R"( "regions": [{"color": "#2f6fde", "name": "EMEA", "id": "emea"}],)"
            R"( "members": [{"id": "anna", "name": "Anna", "region": "emea",)"
            R"( "zone": "Europe/Berlin", "timeOff": [{"to": "2026-12-31", "from": "2026-12-24"}],)"
            R"( "work": [{"days": ["fri", "mon"], "start": "22:00", "end": "24:00"}]}]})";
        const auto read = readPlanJson(scrambled);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message().c_str());
        const std::string canonical = readTestFile("tiny-plan.json");
        QCOMPARE(QString::fromStdString(writePlanJson(read.value())),
                 QString::fromStdString(canonical));
        // export -> import -> export: the same bytes.
        QCOMPARE(writePlanJson(readPlanJson(canonical).value()), canonical);
    }

    void eachElementHasLinesOfItsOwn()
    {
        const std::string written = writePlanJson(richPlan());
        QVERIFY(written.ends_with("}\n"));
        std::size_t start = 0;
        while (start < written.size()) {
            const std::size_t end = written.find('\n', start);
            const std::string line = written.substr(start, end - start);
            start = end + 1;
            // An element's opening and closing brace stand alone on their
            // line (with its comma), so no two elements share one.
            if (line == "    {" || line == "    }" || line == "    },")
                continue;
            QVERIFY2(!line.starts_with("    {") && !line.starts_with("    }"), line.c_str());
            // One key a line in a member or task: "id" opens its own line.
            QVERIFY2(line.find("\"id\"") == std::string::npos || line.starts_with("      \"id\": "),
                     line.c_str());
        }
    }

    void conflictMarkersAreNamedWithTheirLine()
    {
        const std::string text =
            "{\n  \"sunrelayPlan\": 1,\n<<<<<<< ours: plan name\n"
            "  \"name\": \"A\",\n=======\n  \"name\": \"B\",\n"
            ">>>>>>> theirs: plan name\n}\n";
        const auto read = readPlanJson(text);
        QVERIFY(!read);
        QCOMPARE(QString::fromStdString(read.error().message()),
                 QStringLiteral("line 3, column 1: unresolved merge conflict \"<<<<<<< ours: "
                                "plan name\": keep one version of each conflicting block, delete "
                                "the marker lines, then read the plan again"));
        // Git's own markers (no label after the arrows) too.
        const auto plain = readPlanJson("{\n=======\n}\n");
        QVERIFY(!plain);
        QCOMPARE(plain.error().line, 2);
    }

    void demoPlanParses()
    {
        QFile file(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray text = file.readAll();
        const auto result = readPlanJson(view(text));
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        QVERIFY(!result.value().regions.empty());
        QVERIFY(!result.value().members.empty());
        QVERIFY(!result.value().tasks.empty());
        const auto again = readPlanJson(writePlanJson(result.value()));
        QVERIFY(again.ok());
        QVERIFY(again.value() == result.value());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addColumn<InputErrorCode>("code");

        const auto members = [](std::vector<std::string> items) {
            return Fields{{"members", array(items)}};
        };
        const auto oneMember = [&](const Fields &changes) {
            return members({member(changes)});
        };
        const auto oneTask = [](const Fields &changes) {
            return Fields{{"tasks", array({task(changes)})}};
        };
        const auto work = [&](const Fields &changes) {
            return oneMember({{"work", array({range(changes)})}});
        };
        const auto row = [](const char *name,
                            const std::string &json,
                            const char *message,
                            InputErrorCode code) {
            QTest::newRow(name) << bytes(json) << QString::fromUtf8(message) << code;
        };
        using C = InputErrorCode;

        // The document and its version.
        row("top level is an array", "[]", "expected a JSON object at the top level", C::WrongType);
        row("top level is a string",
            R"("plan")",
            "expected a JSON object at the top level",
            C::WrongType);
        row("missing sunrelayPlan",
            plan({{"sunrelayPlan", ""}}),
            R"(missing "sunrelayPlan")",
            C::MissingKey);
        row("version 2",
            plan({{"sunrelayPlan", "2"}}),
            "sunrelayPlan: unsupported version 2 (this build reads version 1)",
            C::UnsupportedVersion);
        row("version 0",
            plan({{"sunrelayPlan", "0"}}),
            "sunrelayPlan: unsupported version 0 (this build reads version 1)",
            C::UnsupportedVersion);
        row("version huge",
            plan({{"sunrelayPlan", "1e300"}}),
            "sunrelayPlan: unsupported version 1e+300 (this build reads version 1)",
            C::UnsupportedVersion);
        row("version as string",
            plan({{"sunrelayPlan", R"("1")"}}),
            "sunrelayPlan: expected an integer",
            C::WrongType);
        row("version 1.5",
            plan({{"sunrelayPlan", "1.5"}}),
            "sunrelayPlan: expected an integer",
            C::WrongType);
        row("version checked first",
            plan({{"sunrelayPlan", "2"}, {"name", "7"}}),
            "sunrelayPlan: unsupported version 2 (this build reads version 1)",
            C::UnsupportedVersion);
        row("missing name", plan({{"name", ""}}), R"(missing "name")", C::MissingKey);
        row("name not a string", plan({{"name", "7"}}), "name: expected a string", C::WrongType);
        row("duplicate top-level key",
            R"({"sunrelayPlan": 1, "name": "a", "name": "b", "regions": [], "members": []})",
            R"(duplicate key "name")",
            C::Syntax);
        std::string twoZones = plan();
        twoZones.insert(twoZones.find(R"("work")"), R"("zone": "UTC", )");
        row("duplicate key in a member",
            twoZones,
            R"(members[0]: duplicate key "zone")",
            C::Syntax);
        row("duplicate key under an odd key",
            R"({"sunrelayPlan": 1, "a.b": {"x": 1, "x": 2}})",
            R"(["a.b"]: duplicate key "x")",
            C::Syntax);

        // Policy.
        row("policy not an object",
            plan({{"policy", "[]"}}),
            "policy: expected an object",
            C::WrongType);
        row("sync slot zero",
            plan({{"policy", R"({"syncSlotMinutes": 0})"}}),
            "policy.syncSlotMinutes: 0 is out of range (must be at least 1)",
            C::BadNumber);
        row("deep work minimum negative",
            plan({{"policy", R"({"deepWorkMinimumMinutes": -180})"}}),
            "policy.deepWorkMinimumMinutes: -180 is out of range (must be at least 1)",
            C::BadNumber);
        row("gap limit over a week",
            plan({{"policy", R"({"gapLimitMinutes": 10081})"}}),
            "policy.gapLimitMinutes: 10081 is out of range (must be at most 10080)",
            C::BadNumber);
        row("gap limit beyond 64 bits",
            plan({{"policy", R"({"gapLimitMinutes": 123456789012345678901234567890})"}}),
            "policy.gapLimitMinutes: 1.2345678901234568e+29 is out of range (must be at most "
            "10080)",
            C::BadNumber);
        row("sync slot fractional",
            plan({{"policy", R"({"syncSlotMinutes": 15.5})"}}),
            "policy.syncSlotMinutes: expected an integer",
            C::WrongType);
        row("sync slot as string",
            plan({{"policy", R"({"syncSlotMinutes": "15"})"}}),
            "policy.syncSlotMinutes: expected an integer",
            C::WrongType);

        // Regions.
        row("missing regions", plan({{"regions", ""}}), R"(missing "regions")", C::MissingKey);
        row("regions not an array",
            plan({{"regions", "{}"}}),
            "regions: expected an array",
            C::WrongType);
        row("region not an object",
            plan({{"regions", R"(["emea"])"}}),
            "regions[0]: expected an object",
            C::WrongType);
        row("region without id",
            plan({{"regions", array({region({{"id", ""}})})}}),
            R"(regions[0]: missing "id")",
            C::MissingKey);
        row("region id empty",
            plan({{"regions", array({region({{"id", R"("")"}})})}}),
            "regions[0].id: must not be empty",
            C::EmptyValue);
        row("region name a number",
            plan({{"regions", array({region({{"name", "5"}})})}}),
            "regions[0].name: expected a string",
            C::WrongType);
        row("duplicate region id",
            plan({{"regions", array({region(), region({{"name", R"("E")"}})})}}),
            R"(regions[1].id: duplicate id "emea" (already used by regions[0]))",
            C::DuplicateId);
        row("colour a word",
            plan({{"regions", array({region({{"color", R"("blue")"}})})}}),
            R"(regions[0].color: "blue" is not a colour (#rrggbb))",
            C::BadColor);
        row("colour short form",
            plan({{"regions", array({region({{"color", "\"#fff\""}})})}}),
            "regions[0].color: \"#fff\" is not a colour (#rrggbb)",
            C::BadColor);
        row("colour not hex",
            plan({{"regions", array({region({{"color", "\"#12345g\""}})})}}),
            "regions[0].color: \"#12345g\" is not a colour (#rrggbb)",
            C::BadColor);
        row("colour missing",
            plan({{"regions", array({region({{"color", ""}})})}}),
            R"(regions[0]: missing "color")",
            C::MissingKey);

        // Members.
        row("missing members", plan({{"members", ""}}), R"(missing "members")", C::MissingKey);
        row("member without zone",
            plan(oneMember({{"zone", ""}})),
            R"(members[0]: missing "zone")",
            C::MissingKey);
        row("unknown zone, fourth member",
            plan(members({member(),
                          member({{"id", R"("bob")"}}),
                          member({{"id", R"("cy")"}}),
                          member({{"id", R"("dee")"}, {"zone", R"("Europe/Berlim")"}})})),
            R"(members[3].zone: unknown time zone "Europe/Berlim")",
            C::UnknownZone);
        row("zone not a string",
            plan(oneMember({{"zone", "1"}})),
            "members[0].zone: expected a string",
            C::WrongType);
        row("zone with control characters",
            plan(oneMember({{"zone", "\"Europe/\\\"X\\\"\\n\\u0001\""}})),
            "members[0].zone: unknown time zone \"Europe/\\\"X\\\"\\n\\u0001\"",
            C::UnknownZone);
        row("zone very long",
            plan(oneMember({{"zone", "\"" + std::string(200, 'x') + "\""}})),
            ("members[0].zone: unknown time zone \"" + std::string(80, 'x') + "...\"").c_str(),
            C::UnknownZone);
        row("duplicate member id",
            plan(members({member(), member({{"name", R"("Anna B")"}})})),
            R"(members[1].id: duplicate id "anna" (already used by members[0]))",
            C::DuplicateId);
        row("member in unknown region",
            plan(oneMember({{"region", R"("apac")"}})),
            R"(members[0].region: unknown region "apac")",
            C::UnknownRegion);
        row("member region empty",
            plan(oneMember({{"region", R"("")"}})),
            "members[0].region: must not be empty",
            C::EmptyValue);
        row("missing work",
            plan(oneMember({{"work", ""}})),
            R"(members[0]: missing "work")",
            C::MissingKey);
        row("work not an array",
            plan(oneMember({{"work", range()}})),
            "members[0].work: expected an array",
            C::WrongType);
        row("work range not an object",
            plan(oneMember({{"work", "[1]"}})),
            "members[0].work[0]: expected an object",
            C::WrongType);
        row("start without two digits",
            plan(members({member(),
                          member({{"id", R"("bob")"},
                                  {"work", array({range({{"start", R"("9:00")"}})})}})})),
            R"(members[1].work[0].start: "9:00" is not a time of day (HH:MM))",
            C::BadClockTime);
        row("start 24:00",
            plan(work({{"start", R"("24:00")"}})),
            R"(members[0].work[0].start: "24:00" is only allowed as an end)",
            C::BadClockTime);
        row("end 24:30",
            plan(work({{"end", R"("24:30")"}})),
            R"(members[0].work[0].end: "24:30" is not a time of day (HH:MM))",
            C::BadClockTime);
        row("end with seconds",
            plan(work({{"end", R"("17:30:00")"}})),
            R"(members[0].work[0].end: "17:30:00" is not a time of day (HH:MM))",
            C::BadClockTime);
        row("start a number",
            plan(work({{"start", "900"}})),
            "members[0].work[0].start: expected a string",
            C::WrongType);
        row("missing end",
            plan(work({{"end", ""}})),
            R"(members[0].work[0]: missing "end")",
            C::MissingKey);
        row("unknown weekday",
            plan(work({{"days", R"(["mon", "tue", "thurs"])"}})),
            R"(members[0].work[0].days[2]: unknown weekday "thurs")",
            C::UnknownWeekday);
        row("capitalised weekday",
            plan(work({{"days", R"(["Mon"])"}})),
            R"(members[0].work[0].days[0]: unknown weekday "Mon")",
            C::UnknownWeekday);
        row("no days",
            plan(work({{"days", "[]"}})),
            "members[0].work[0].days: must not be empty",
            C::EmptyValue);
        row("days a string",
            plan(work({{"days", R"("mon-fri")"}})),
            "members[0].work[0].days: expected an array",
            C::WrongType);
        row("day a number",
            plan(work({{"days", "[1]"}})),
            "members[0].work[0].days[0]: expected a string",
            C::WrongType);
        row("deep work bad start",
            plan(oneMember({{"deepWork", array({range({{"start", R"("9h")"}})})}})),
            R"(members[0].deepWork[0].start: "9h" is not a time of day (HH:MM))",
            C::BadClockTime);
        row("comms not an array",
            plan(oneMember({{"comms", R"("11:00-11:30")"}})),
            "members[0].comms: expected an array",
            C::WrongType);
        row("time off reversed",
            plan(oneMember({{"timeOff", R"([{"from": "2026-12-24", "to": "2026-12-20"}])"}})),
            "members[0].timeOff[0].to: 2026-12-20 is before from 2026-12-24",
            C::ReversedRange);
        row("time off February 30",
            plan(oneMember({{"timeOff", R"([{"from": "2026-02-30", "to": "2026-03-02"}])"}})),
            R"(members[0].timeOff[0].from: "2026-02-30" is not a date (YYYY-MM-DD))",
            C::BadDate);
        row("time off date with time",
            plan(oneMember(
                {{"timeOff", R"([{"from": "2026-12-24", "to": "2026-12-31T00:00:00Z"}])"}})),
            R"(members[0].timeOff[0].to: "2026-12-31T00:00:00Z" is not a date (YYYY-MM-DD))",
            C::BadDate);
        row("time off without to",
            plan(oneMember({{"timeOff", R"([{"from": "2026-12-24"}])"}})),
            R"(members[0].timeOff[0]: missing "to")",
            C::MissingKey);
        row("time off not an object",
            plan(oneMember({{"timeOff", R"(["2026-12-24"])"}})),
            "members[0].timeOff[0]: expected an object",
            C::WrongType);

        // Tasks.
        row("tasks not an array",
            plan({{"tasks", R"({"id": "T-1"})"}}),
            "tasks: expected an array",
            C::WrongType);
        row("task without title",
            plan(oneTask({{"title", ""}})),
            R"(tasks[0]: missing "title")",
            C::MissingKey);
        row("task id empty",
            plan(oneTask({{"id", R"("")"}})),
            "tasks[0].id: must not be empty",
            C::EmptyValue);
        row("duplicate task id",
            plan({{"tasks", array({task(), task({{"title", R"("Again")"}})})}}),
            R"(tasks[1].id: duplicate id "T-1" (already used by tasks[0]))",
            C::DuplicateId);
        row("task in unknown region",
            plan(oneTask({{"region", R"("apac")"}})),
            R"(tasks[0].region: unknown region "apac")",
            C::UnknownRegion);
        row("task region a number",
            plan(oneTask({{"region", "5"}})),
            "tasks[0].region: expected a string or null",
            C::WrongType);
        // Efforts are whole seconds, half a second rounding up, and at least
        // a minute: 0.0001 h = 0.36 s; 0.0165 h = 59.4 s -> 59 s.
        const auto tooSmall = [](const std::string &hours) {
            return "tasks[0].effortHours: " + hours +
                   " hours is less than a minute of work for task \"T-1\" (must be at least 1 "
                   "minute, 0.0167 hours)";
        };
        row("effort zero",
            plan(oneTask({{"effortHours", "0"}})),
            tooSmall("0").c_str(),
            C::BadNumber);
        row("effort negative",
            plan(oneTask({{"effortHours", "-2.5"}})),
            tooSmall("-2.5").c_str(),
            C::BadNumber);
        row("effort of 0.36 s",
            plan(oneTask({{"effortHours", "0.0001"}})),
            tooSmall("0.0001").c_str(),
            C::BadNumber);
        row("effort of 59.4 s",
            plan(oneTask({{"effortHours", "0.0165"}})),
            tooSmall("0.0165").c_str(),
            C::BadNumber);
        row("effort huge",
            plan(oneTask({{"effortHours", "1e6"}})),
            "tasks[0].effortHours: 1000000.0 is out of range (must be at most 100000)",
            C::BadNumber);
        row("effort as string",
            plan(oneTask({{"effortHours", R"("30")"}})),
            "tasks[0].effortHours: expected a number",
            C::WrongType);
        row("effort missing",
            plan(oneTask({{"effortHours", ""}})),
            R"(tasks[0]: missing "effortHours")",
            C::MissingKey);
        row("priority zero",
            plan(oneTask({{"priority", "0"}})),
            "tasks[0].priority: 0 is out of range (must be at least 1)",
            C::BadNumber);
        row("priority fractional",
            plan(oneTask({{"priority", "1.5"}})),
            "tasks[0].priority: expected an integer",
            C::WrongType);
        row("priority beyond int",
            plan(oneTask({{"priority", "2147483648"}})),
            "tasks[0].priority: 2147483648 is out of range (must be at most 2147483647)",
            C::BadNumber);
        row("priority beyond 64 bits",
            plan(oneTask({{"priority", "99999999999999999999"}})),
            "tasks[0].priority: 1e+20 is out of range (must be at most 2147483647)",
            C::BadNumber);
        row("priority most negative",
            plan(oneTask({{"priority", "-9223372036854775808"}})),
            "tasks[0].priority: -9223372036854775808 is out of range (must be at least 1)",
            C::BadNumber);
        row("priority null",
            plan(oneTask({{"priority", "null"}})),
            "tasks[0].priority: expected an integer",
            C::WrongType);
        row("start without Z",
            plan(oneTask({{"start", R"("2026-12-01T08:00:00")"}})),
            R"(tasks[0].start: "2026-12-01T08:00:00" is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ))",
            C::BadInstant);
        row("start with offset",
            plan(oneTask({{"start", R"("2026-12-01T09:00:00+01:00")"}})),
            R"(tasks[0].start: "2026-12-01T09:00:00+01:00" is not a UTC instant )"
            R"((YYYY-MM-DDTHH:MM:SSZ))",
            C::BadInstant);
        row("start a number",
            plan(oneTask({{"start", "1796112000"}})),
            "tasks[0].start: expected a string or null",
            C::WrongType);
        row("deadline a word",
            plan(oneTask({{"deadline", R"("tomorrow")"}})),
            R"(tasks[0].deadline: "tomorrow" is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ))",
            C::BadInstant);
        row("deadline February 30",
            plan(oneTask({{"deadline", R"("2026-02-30T00:00:00Z")"}})),
            R"(tasks[0].deadline: "2026-02-30T00:00:00Z" is not a UTC instant )"
            R"((YYYY-MM-DDTHH:MM:SSZ))",
            C::BadInstant);
        row("notes a number",
            plan(oneTask({{"notes", "5"}})),
            "tasks[0].notes: expected a string",
            C::WrongType);
        const auto handoffNotes = [&](const std::string &notes) {
            return plan(
                {{"tasks", array({task(), task({{"id", R"("T-2")"}, {"handoffNotes", notes}})})}});
        };
        row("handoff notes an object",
            handoffNotes(R"({"handoff": 1, "note": "x"})"),
            "tasks[1].handoffNotes: expected an array",
            C::WrongType);
        row("handoff notes a string",
            handoffNotes(R"("Done: x")"),
            "tasks[1].handoffNotes: expected an array",
            C::WrongType);
        row("handoff note not an object",
            handoffNotes(R"(["Done: x"])"),
            "tasks[1].handoffNotes[0]: expected an object",
            C::WrongType);
        row("handoff number missing",
            handoffNotes(R"([{"note": "x"}])"),
            R"(tasks[1].handoffNotes[0]: missing "handoff")",
            C::MissingKey);
        row("handoff note text missing",
            handoffNotes(R"([{"handoff": 1}])"),
            R"(tasks[1].handoffNotes[0]: missing "note")",
            C::MissingKey);
        row("handoff number 0",
            handoffNotes(R"([{"handoff": 0, "note": "x"}])"),
            "tasks[1].handoffNotes[0].handoff: 0 is out of range (must be at least 1)",
            C::BadNumber);
        row("handoff number negative",
            handoffNotes(R"([{"handoff": 1, "note": "a"}, {"handoff": -2, "note": "x"}])"),
            "tasks[1].handoffNotes[1].handoff: -2 is out of range (must be at least 1)",
            C::BadNumber);
        row("handoff number beyond int",
            handoffNotes(R"([{"handoff": 2147483648, "note": "x"}])"),
            "tasks[1].handoffNotes[0].handoff: 2147483648 is out of range (must be at most "
            "2147483647)",
            C::BadNumber);
        row("handoff number fractional",
            handoffNotes(R"([{"handoff": 1.5, "note": "x"}])"),
            "tasks[1].handoffNotes[0].handoff: expected an integer",
            C::WrongType);
        row("handoff number a string",
            handoffNotes(R"([{"handoff": "1", "note": "x"}])"),
            "tasks[1].handoffNotes[0].handoff: expected an integer",
            C::WrongType);
        row("handoff note a number",
            handoffNotes(R"([{"handoff": 1, "note": 5}])"),
            "tasks[1].handoffNotes[0].note: expected a string",
            C::WrongType);
        row("handoff note null",
            handoffNotes(R"([{"handoff": 1, "note": null}])"),
            "tasks[1].handoffNotes[0].note: expected a string",
            C::WrongType);
        row("duplicate handoff number",
            handoffNotes(R"([{"handoff": 2, "note": "a"}, {"handoff": 1, "note": "b"},)"
                         R"( {"handoff": 2.0, "note": ""}])"),
            "tasks[1].handoffNotes[2].handoff: duplicate handoff 2 (already noted in "
            "tasks[1].handoffNotes[0])",
            C::DuplicateId);

        // The first problem in document order wins.
        row("first error wins",
            plan({{"regions", array({region({{"color", R"("red")"}})})},
                  {"members", array({member({{"zone", R"("Mars/Olympus")"}})})}}),
            R"(regions[0].color: "red" is not a colour (#rrggbb))",
            C::BadColor);

        // Deep nesting where a string belongs: no recursion, no crash.
        row("deeply nested name",
            plan({{"name", std::string(100000, '[') + std::string(100000, ']')}}),
            "name: expected a string",
            C::WrongType);
        row("deeply nested document",
            std::string(100000, '[') + std::string(100000, ']'),
            "expected a JSON object at the top level",
            C::WrongType);
    }
    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QFETCH(InputErrorCode, code);
        const auto result = readPlanJson(view(json));
        QVERIFY(!result.ok());
        QCOMPARE(QString::fromStdString(result.error().message()), message);
        QCOMPARE(result.error().code, code);
        if (code != InputErrorCode::Syntax)
            QCOMPARE(result.error().line, 0);
    }

    void syntaxErrors_data()
    {
        // Line and column count characters from 1, as an editor shows them
        // (counted here by hand). The position is the last character the
        // parser read: a bad token's last character, or the one after it that
        // showed it was bad.
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty text")
            << QByteArray("") << 1 << 1
            << "line 1, column 1: syntax error: unexpected end of input; expected '[', '{', or a "
               "literal";
        QTest::newRow("only spaces and a line break")
            << QByteArray("  \n ") << 2 << 2
            << "line 2, column 2: syntax error: unexpected end of input; expected '[', '{', or a "
               "literal";
        QTest::newRow("unclosed object")
            << QByteArray("{\"sunrelayPlan\": 1,\n") << 2 << 1
            << "line 2, column 1: syntax error: unexpected end of input; expected string literal";
        QTest::newRow("missing comma between keys")
            << QByteArray("{\n  \"sunrelayPlan\": 1,\n  \"name\": \"Acme\"\n  \"regions\": []\n}")
            << 4 << 11
            << "line 4, column 11: syntax error: unexpected string literal; expected '}'";
        QTest::newRow("trailing comma")
            << QByteArray("{\"name\": \"a\",}") << 1 << 14
            << "line 1, column 14: syntax error: unexpected '}'; expected string literal";
        QTest::newRow("bad literal") << QByteArray("{\r\n  \"name\": tru\r\n}") << 2 << 14
                                     << "line 2, column 14: syntax error: invalid literal";
        QTest::newRow("columns count characters, not bytes")
            << QByteArray("{\"name\": \"Zürich\", x}") << 1 << 20
            << "line 1, column 20: syntax error: invalid literal; expected string literal";
        QTest::newRow("number too large")
            << QByteArray("{\"sunrelayPlan\": 1e400}") << 1 << 22
            << "line 1, column 22: syntax error: number overflow parsing '1e400'";
        QTest::newRow("line break inside a string")
            << QByteArray("{\"name\": \"Ac\nme\"}") << 1 << 13
            << "line 1, column 13: syntax error: invalid string: control character U+000A (LF) "
               "must be escaped to \\u000A or \\n";
        QTest::newRow("not UTF-8")
            << QByteArray("{\"name\": \"Caf\xE9\"}") << 1 << 15 // the '"' after the lone byte
            << "line 1, column 15: syntax error: invalid string: ill-formed UTF-8 byte";
        QTest::newRow("text after the document")
            << QByteArray("{} x") << 1 << 4
            << "line 1, column 4: syntax error: invalid literal; expected end of input";
        QTest::newRow("comment")
            << QByteArray("{// no comments in JSON\n}") << 1 << 2
            << "line 1, column 2: syntax error: invalid literal; expected string literal";
        QTest::newRow("deeply nested, unclosed")
            << QByteArray(100000, '[') << 1 << 100001
            << "line 1, column 100001: syntax error: unexpected end of input; expected '[', '{', "
               "or a literal";
    }
    void syntaxErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto result = readPlanJson(view(json));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, InputErrorCode::Syntax);
        QCOMPARE(result.error().line, line);
        QCOMPARE(result.error().column, column);
        QCOMPARE(QString::fromStdString(result.error().message()), message);
    }

    void messageJoinsWhereAndWhat_data()
    {
        QTest::addColumn<InputErrorCode>("code");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        // detail is always "problem"
        QTest::newRow("path") << InputErrorCode::UnknownZone << "members[3].zone" << 0
                              << "members[3].zone: problem";
        QTest::newRow("no path") << InputErrorCode::MissingKey << "" << 0 << "problem";
        QTest::newRow("syntax with a position")
            << InputErrorCode::Syntax << "row 4" << 3 << "line 3, column 14: problem";
        QTest::newRow("syntax without a position")
            << InputErrorCode::Syntax << "row 4" << 0 << "row 4: problem";
        QTest::newRow("position of a non-syntax error is not shown")
            << InputErrorCode::UnknownZone << "row 4, column zone" << 3
            << "row 4, column zone: problem";
    }
    void messageJoinsWhereAndWhat()
    {
        QFETCH(InputErrorCode, code);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(QString, message);
        const InputError error{code, path.toStdString(), "problem", line, line > 0 ? 14 : 0};
        QCOMPARE(QString::fromStdString(error.message()), message);
    }

    void neverCrashesOnDamagedInput()
    {
        // Every prefix of a valid plan, and the plan with each byte replaced,
        // gives a value or an error -- never a crash, hang or exception (the
        // sanitizer build checks the rest).
        const std::string text = writePlanJson(richPlan());
        QVERIFY(text.ends_with("}\n"));
        // Every proper prefix without the closing "}" is cut short.
        for (std::size_t length = 0; length + 2 < text.size(); ++length) {
            const auto result = readPlanJson(std::string_view(text).substr(0, length));
            QVERIFY(!result.ok());
            QVERIFY(!result.error().message().empty());
        }
        // One replacement per position, taking turns: all kinds of damage at
        // every kind of place, in seconds under the sanitizers.
        const std::array<char, 7> replacements = {'\0', '"', '}', ']', '9', '\xff', ' '};
        for (std::size_t i = 0; i < text.size(); ++i) {
            std::string damaged = text;
            damaged[i] = replacements[i % replacements.size()];
            const auto result = readPlanJson(damaged);
            if (!result.ok())
                QVERIFY(!result.error().message().empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_plan_json.moc"
