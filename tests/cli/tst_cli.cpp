// sunrelay-cli as a user runs it. The demo plan's week of Mon 2026-11-30 is
// checked against a hand calculation (northern winter everywhere it matters):
//
// Working hours Mon-Fri, local -> UTC:
//   APAC  Sam    Sydney    10:00-18:30 AEDT (+11) -> 23:00 (day before)-07:30
//         Kenji  Tokyo     09:00-17:30 (+9)       -> 00:00-08:30
//         Mei    Singapore 09:00-17:30 (+8)       -> 01:00-09:30
//         Priya  Kolkata   09:30-18:00 (+5:30)    -> 04:00-12:30
//         Arjun  Calcutta  10:00-18:30 (+5:30)    -> 04:30-13:00
//         => APAC covers [D-1 23:00, D 13:00)
//   EMEA  Leila  Dubai     08:00-16:00 (+4)       -> 04:00-12:00
//         Lars   Stockholm 08:00-16:30 (+1)       -> 07:00-15:30
//         Anna   Berlin    09:00-17:30 (+1)       -> 08:00-16:30
//         Tom    London    08:30-17:00 (+0)       -> 08:30-17:00
//         => EMEA covers [04:00, 17:00)
//   AMER  Diego  Sao Paulo 11:00-19:30 (-3)       -> 14:00-22:30
//         Nia    New York  09:00-17:30 (-5)       -> 14:00-22:30
//         Maya   Chicago   08:00-16:00 (-6)       -> 14:00-22:00
//         Lucas  LA        06:30-14:30 (-8)       -> 14:30-22:30
//         => AMER covers [14:00, 22:30)
// Handoffs every weekday D:
//   13:00 APAC ends; only EMEA covers 13:00 -> overlap handoff APAC->EMEA,
//         overlap 13:00 - max(D-1 23:00, 04:00) = 9 h.
//   17:00 EMEA ends; AMER covers -> overlap handoff EMEA->AMER, overlap
//         17:00 - max(04:00, 14:00) = 3 h.
//   22:30 AMER ends; nobody covers; APAC starts next at 23:00 -> gap handoff,
//         wait 30 min. On Friday APAC next starts Sun 23:00 (Sam's Monday):
//         wait 48 h 30 min = 2910 min.
// Sync slots (15 min). Deep work in UTC: Kenji 02:30-06:00, Mei 03:30-07:00,
// Priya/Arjun 06:00-09:30, Leila 07:30-11:00, Lars/Anna 10:30-14:00, Tom
// 09:00-11:00, Nia 16:30-20:00, Maya 18:00-21:00, Diego 18:30-22:00, Lucas
// 19:30-22:30.
//   APAC->EMEA, overlap [04:00, 13:00): every start from 04:00 to 12:45 shares
//         time with the deep work of someone working then (Kenji until 06:00,
//         Mei until 07:00, Priya/Arjun to 09:30, Leila to 11:00, Lars/Anna
//         10:30-14:00): no slot, async only.
//   EMEA->AMER, overlap [14:00, 17:00): 14:00-14:15 has Lars and Anna (deep
//         work ended 14:00) and Diego/Nia/Maya working, touches no deep work,
//         and is inside Lars's and Anna's 15:00 CET comms window and Diego's
//         11:00 BRT one: slot [14:00, 14:15).

#include "../support/tool_output.h"
#include "cli_run.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace
{

using sunrelay::test::Run;
using sunrelay::test::runCli;
using sunrelay::test::toolOutput;
using sunrelay::test::tzdataVersion;

QString demo()
{
    return QStringLiteral(SUNRELAY_DEMO_PLAN);
}

QJsonArray pair(const char *start, const char *end)
{
    return {QString::fromLatin1(start), QString::fromLatin1(end)};
}

// A file in `dir` holding `contents`; empty if it cannot be written.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

// Two regions without DST, worked out by hand for Wed 2026-03-11 (UTC):
//   east  kei  Asia/Tokyo (+9)  work 09:00-18:00 -> 00:00-09:00Z
//                               deep 10:00-13:00 -> 01:00-04:00Z
//                               comms 17:00-17:30 -> 08:00-08:30Z
//   west  ana  UTC              work 08:00-17:00, deep 13:00-16:00,
//                               comms 08:00-08:30
// Coverage east [00:00, 09:00), west [08:00, 17:00); overlap [08:00, 09:00);
// gap [17:00, Thu 00:00).
// Handoffs: 09:00 east -> west, overlap 60 min, sync slot [08:00, 08:15)
//   (inside both comms windows, no deep work then); 17:00 west -> east, a
//   gap handoff picked up Thu 00:00, wait 7 h = 420 min.
// Task T-1, 3 h from 07:00 in east: kei 07:00-09:00, handed to west at
//   09:00, ana 09:00-10:00, finished 10:00; alone in east it would do 2 h
//   Wednesday and the last hour Thu 00:00-01:00.
// Conflicts: only the 7 h gap (over the 2 h limit).
const char smallPlan[] = R"({
  "sunrelayPlan": 1,
  "name": "Small",
  "policy": {"syncSlotMinutes": 15, "deepWorkMinimumMinutes": 180, "gapLimitMinutes": 120},
  "regions": [{"id": "east", "name": "East", "color": "#0072B2"},
              {"id": "west", "name": "West", "color": "#E69F00"}],
  "members": [
    {"id": "kei", "name": "Kei", "region": "east", "zone": "Asia/Tokyo",
     "work": [{"days": ["mon","tue","wed","thu","fri"], "start": "09:00", "end": "18:00"}],
     "deepWork": [{"days": ["mon","tue","wed","thu","fri"], "start": "10:00", "end": "13:00"}],
     "comms": [{"days": ["mon","tue","wed","thu","fri"], "start": "17:00", "end": "17:30"}],
     "timeOff": []},
    {"id": "ana", "name": "Ana", "region": "west", "zone": "UTC",
     "work": [{"days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00"}],
     "deepWork": [{"days": ["mon","tue","wed","thu","fri"], "start": "13:00", "end": "16:00"}],
     "comms": [{"days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "08:30"}],
     "timeOff": []}],
  "tasks": [{"id": "T-1", "title": "Ship", "effortHours": 3, "priority": 1,
             "start": "2026-03-11T07:00:00Z", "region": "east", "deadline": null, "notes": ""}]
})";

// `command` on the small plan for Wed 2026-03-11, parsed; `ok` false if the
// run failed or its output is not one JSON document.
QJsonDocument smallPlanReport(const QString &command, bool &ok)
{
    ok = false;
    QTemporaryDir dir;
    const QString plan = writeFile(dir, QStringLiteral("small.json"), smallPlan);
    if (plan.isEmpty())
        return {};
    QStringList arguments{command, plan, QStringLiteral("--json")};
    if (command != QLatin1String("route"))
        arguments << QStringLiteral("--from") << QStringLiteral("2026-03-11")
                  << QStringLiteral("--to") << QStringLiteral("2026-03-11");
    const Run run = runCli(arguments);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    ok = run.exitCode == 0 && error.error == QJsonParseError::NoError && run.out.endsWith("\n");
    if (!ok)
        qWarning("%s: exit %d, %s\n%s",
                 qPrintable(command),
                 run.exitCode,
                 qPrintable(error.errorString()),
                 run.err.constData());
    return document;
}

// `text` as Python's json module lays it out with indent=2 (the layout of
// nlohmann's dump(2), which the reports have always had), or an error.
struct Relaid {
    bool ok = false;
    QByteArray text;
    QByteArray error;
};
Relaid relaidByPython(const QByteArray &text)
{
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         // DEL and C1 escaped as the CLI does (terminal-safe, same JSON).
         QStringLiteral(
             "import json, re, sys\n"
             "value = json.loads(sys.stdin.buffer.read().decode('utf-8'))\n"
             "text = json.dumps(value, indent=2, ensure_ascii=False)\n"
             "text = re.sub('[\\x7f-\\x9f]', lambda m: '\\\\u%04x' % ord(m.group()), text)\n"
             "sys.stdout.buffer.write((text + '\\n').encode('utf-8'))\n")});
    if (!python.waitForStarted(10000))
        return {false, {}, "cannot start /usr/bin/python3: " + python.errorString().toUtf8()};
    python.write(text);
    python.closeWriteChannel();
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        return {false, {}, python.readAllStandardError()};
    return {true, python.readAllStandardOutput(), {}};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void badPlanNamesFileAndPlace();
    void pluralFormsInTheUsersLanguage_data();
    void pluralFormsInTheUsersLanguage();
    void versionAndHelp();
    void demoWeekHandoffs();
    void demoMismatchWeekHandsApacToEmea();
    void demoWeekGapsAndOverlaps();
    void demoWeekCoverage();
    void textScheduleShowsBothSides();
    void routeJsonShape();
    void routeWindowNeverChangesAResult();
    void routeTextExplainsStartAndAlone();
    void effortUnderAMinuteIsRefused();
    void conflictsJson();
    void importCsvWritesPlan();
    void importExportRoundTrip();
    void smallPlanScheduleJson();
    void smallPlanRouteJson();
    void smallPlanConflictsJson();
    void routeShowsHandoffNotes();
    void jsonLayoutIsIndent2_data();
    void jsonLayoutIsIndent2();
    void bigPlanJsonIsComplete();
};

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString plan = demo();
    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::newRow("schedule without dates") << QStringList{QStringLiteral("schedule"), plan} << 2;
    QTest::newRow("schedule with a bad date") << QStringList{QStringLiteral("schedule"),
                                                             plan,
                                                             QStringLiteral("--from"),
                                                             QStringLiteral("2026-02-30"),
                                                             QStringLiteral("--to"),
                                                             QStringLiteral("2026-03-01")}
                                              << 2;
    QTest::newRow("a date after 2037") << QStringList{QStringLiteral("schedule"),
                                                      plan,
                                                      QStringLiteral("--from"),
                                                      QStringLiteral("2037-12-31"),
                                                      QStringLiteral("--to"),
                                                      QStringLiteral("2038-01-01")}
                                       << 2;
    QTest::newRow("to before from") << QStringList{QStringLiteral("schedule"),
                                                   plan,
                                                   QStringLiteral("--from"),
                                                   QStringLiteral("2026-03-02"),
                                                   QStringLiteral("--to"),
                                                   QStringLiteral("2026-03-01")}
                                    << 2;
    QTest::newRow("unknown zone option") << QStringList{QStringLiteral("schedule"),
                                                        plan,
                                                        QStringLiteral("--from"),
                                                        QStringLiteral("2026-03-02"),
                                                        QStringLiteral("--to"),
                                                        QStringLiteral("2026-03-03"),
                                                        QStringLiteral("--zone"),
                                                        QStringLiteral("Mars/Olympus")}
                                         << 2;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("check"), plan, QStringLiteral("--bogus")} << 2;
    QTest::newRow("two plans") << QStringList{QStringLiteral("check"), plan, plan} << 2;
    QTest::newRow("missing file") << QStringList{QStringLiteral("check"),
                                                 QStringLiteral("/nonexistent/plan.json")}
                                  << 1;
    QTest::newRow("check demo") << QStringList{QStringLiteral("check"), plan} << 0;
    QTest::newRow("route demo") << QStringList{QStringLiteral("route"), plan} << 0;
    QTest::newRow("import-csv without -o")
        << QStringList{QStringLiteral("import-csv"), QStringLiteral("roster.csv")} << 2;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0)
        QVERIFY2(!run.err.isEmpty(), "an error must be explained on stderr");
}

void TestCli::pluralFormsInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("English locale")
        << QStringLiteral("en_US.UTF-8") << QByteArray("sunrelay-cli check: expected 1 argument\n");
    // No translation for C: the English plural forms are the fallback, never
    // the source text "expected %n argument(s)".
    QTest::newRow("C locale") << QStringLiteral("C.UTF-8")
                              << QByteArray("sunrelay-cli check: expected 1 argument\n");
    // The translated singular; French puts a no-break space (U+00A0) before
    // the colon.
    QTest::newRow("German locale")
        << QStringLiteral("de_DE.UTF-8") << QByteArray("sunrelay-cli check: 1 Argument erwartet\n");
    QTest::newRow("French locale") << QStringLiteral("fr_FR.UTF-8")
                                   << QByteArray("sunrelay-cli check\u00a0: 1 argument attendu\n");
}

void TestCli::pluralFormsInTheUsersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, expected);
    const Run run = runCli({QStringLiteral("check")}, language);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(expected), run.err.constData());
}

void TestCli::badPlanNamesFileAndPlace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QFile demoFile(demo());
    QVERIFY(demoFile.open(QIODevice::ReadOnly));
    QByteArray text = demoFile.readAll();
    text.replace("\"Europe/Berlin\"", "\"Europe/Berlim\"");
    file.write(text);
    file.close();

    const Run run = runCli({QStringLiteral("check"), path});
    QCOMPARE(run.exitCode, 1);
    // Anna is the 8th member (index 7) of the demo plan.
    QCOMPARE(QString::fromUtf8(run.err).trimmed(),
             path + QStringLiteral(": members[7].zone: unknown time zone \"Europe/Berlim\""));
}

void TestCli::versionAndHelp()
{
    Run run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("sunrelay-cli "));
    // Then the libraries, each version read from the library's own side:
    // Qt's qVersion() (the same shared library), SQLite through Python's
    // sqlite3 module (the system libsqlite3), the tzdata package's version,
    // libical's pkg-config file.
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    const QStringList expected = {
        QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
        QStringLiteral("SQLite %1")
            .arg(toolOutput(QStringLiteral("/usr/bin/python3"),
                            {QStringLiteral("-c"),
                             QStringLiteral("import sqlite3; "
                                            "print(sqlite3.sqlite_version)")})),
        QStringLiteral("tz database %1").arg(tzdataVersion()),
        QStringLiteral("libical %1")
            .arg(toolOutput(QStringLiteral("pkg-config"),
                            {QStringLiteral("--modversion"), QStringLiteral("libical")})),
    };
    QCOMPARE(lines.mid(1), expected);
    run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"schedule", "route", "conflicts", "check", "import-csv"})
        QVERIFY2(run.out.contains(command), command);
    run = runCli({QStringLiteral("schedule"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--from"));
}

static QJsonObject demoWeek()
{
    const Run run = runCli({QStringLiteral("schedule"),
                            demo(),
                            QStringLiteral("--from"),
                            QStringLiteral("2026-11-30"),
                            QStringLiteral("--to"),
                            QStringLiteral("2026-12-06"),
                            QStringLiteral("--json")});
    if (run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.out).object();
}

void TestCli::demoMismatchWeekHandsApacToEmea()
{
    // Mon 2027-03-15: New York is on EDT since 03-14, Europe and Sydney keep
    // their winter/summer offsets until 03-28 and 04-04. APAC still covers
    // [03-14 23:00Z, 13:00Z) and EMEA [04:00Z, 17:00Z) (Dubai 08:00 +4), but
    // Nia now starts at 09:00 EDT = 13:00Z, exactly when APAC stops, and AMER
    // runs to 22:30Z, longer than EMEA. The receiver is still EMEA, which
    // worked alongside APAC for 13:00 - 04:00 = 9 h = 540 min, not AMER
    // with 0 min.
    const Run run = runCli({QStringLiteral("schedule"),
                            demo(),
                            QStringLiteral("--from"),
                            QStringLiteral("2027-03-15"),
                            QStringLiteral("--to"),
                            QStringLiteral("2027-03-15"),
                            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray handoffs =
        QJsonDocument::fromJson(run.out).object()[QStringLiteral("handoffs")].toArray();
    QVERIFY(!handoffs.isEmpty());
    const QJsonObject first = handoffs.first().toObject();
    QCOMPARE(first[QStringLiteral("from")], QJsonValue(QStringLiteral("apac")));
    QCOMPARE(first[QStringLiteral("to")], QJsonValue(QStringLiteral("emea")));
    QCOMPARE(first[QStringLiteral("at")], QJsonValue(QStringLiteral("2027-03-15T13:00:00Z")));
    QCOMPARE(first[QStringLiteral("overlapMinutes")], QJsonValue(540));
}

void TestCli::demoWeekHandoffs()
{
    const QJsonObject week = demoWeek();
    QVERIFY(!week.isEmpty());
    QCOMPARE(week[QStringLiteral("range")].toObject(),
             (QJsonObject{{QStringLiteral("from"), QStringLiteral("2026-11-30T00:00:00Z")},
                          {QStringLiteral("to"), QStringLiteral("2026-12-07T00:00:00Z")}}));

    QJsonArray expected;
    const auto handoff = [](const char *from,
                            const char *to,
                            const QString &at,
                            const QString &pickup,
                            const char *kind,
                            int overlap,
                            int wait,
                            const QJsonValue &slot) {
        return QJsonObject{{QStringLiteral("from"), QString::fromLatin1(from)},
                           {QStringLiteral("to"), QString::fromLatin1(to)},
                           {QStringLiteral("at"), at},
                           {QStringLiteral("pickup"), pickup},
                           {QStringLiteral("kind"), QString::fromLatin1(kind)},
                           {QStringLiteral("overlapMinutes"), overlap},
                           {QStringLiteral("waitMinutes"), wait},
                           {QStringLiteral("syncSlot"), slot}};
    };
    const QStringList days = {QStringLiteral("2026-11-30"),
                              QStringLiteral("2026-12-01"),
                              QStringLiteral("2026-12-02"),
                              QStringLiteral("2026-12-03"),
                              QStringLiteral("2026-12-04")};
    for (const QString &day : days) {
        const auto at = [&](const char *time) {
            return day + u'T' + QString::fromLatin1(time) + u'Z';
        };
        expected.append(handoff("apac",
                                "emea",
                                at("13:00:00"),
                                at("13:00:00"),
                                "overlap",
                                540,
                                0,
                                QJsonValue::Null));
        expected.append(handoff("emea",
                                "amer",
                                at("17:00:00"),
                                at("17:00:00"),
                                "overlap",
                                180,
                                0,
                                QJsonArray{at("14:00:00"), at("14:15:00")}));
        const bool friday = day == days.last();
        expected.append(handoff("amer",
                                "apac",
                                at("22:30:00"),
                                friday ? QStringLiteral("2026-12-06T23:00:00Z") : at("23:00:00"),
                                "gap",
                                0,
                                friday ? 2910 : 30,
                                QJsonValue::Null));
    }
    const QJsonArray actual = week[QStringLiteral("handoffs")].toArray();
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(actual[i].toObject(), expected[i].toObject());
}

void TestCli::demoWeekGapsAndOverlaps()
{
    const QJsonObject week = demoWeek();
    QVERIFY(!week.isEmpty());
    // 22:30-23:00 Mon-Thu; Friday 22:30 until Sam's Monday at Sun 23:00.
    const QJsonArray gaps{pair("2026-11-30T22:30:00Z", "2026-11-30T23:00:00Z"),
                          pair("2026-12-01T22:30:00Z", "2026-12-01T23:00:00Z"),
                          pair("2026-12-02T22:30:00Z", "2026-12-02T23:00:00Z"),
                          pair("2026-12-03T22:30:00Z", "2026-12-03T23:00:00Z"),
                          pair("2026-12-04T22:30:00Z", "2026-12-06T23:00:00Z")};
    QCOMPARE(week[QStringLiteral("gaps")].toArray(), gaps);

    // APAC+EMEA [04:00, 13:00) and EMEA+AMER [14:00, 17:00) each weekday.
    const QJsonArray overlaps = week[QStringLiteral("overlaps")].toArray();
    QCOMPARE(overlaps.size(), 10);
    QCOMPARE(
        overlaps[0].toObject(),
        (QJsonObject{
            {QStringLiteral("regions"), QJsonArray{QStringLiteral("apac"), QStringLiteral("emea")}},
            {QStringLiteral("interval"), pair("2026-11-30T04:00:00Z", "2026-11-30T13:00:00Z")}}));
    QCOMPARE(
        overlaps[9].toObject(),
        (QJsonObject{
            {QStringLiteral("regions"), QJsonArray{QStringLiteral("emea"), QStringLiteral("amer")}},
            {QStringLiteral("interval"), pair("2026-12-04T14:00:00Z", "2026-12-04T17:00:00Z")}}));
}

void TestCli::demoWeekCoverage()
{
    const QJsonObject week = demoWeek();
    QVERIFY(!week.isEmpty());
    const QJsonArray regions = week[QStringLiteral("regions")].toArray();
    QCOMPARE(regions.size(), 3);
    // APAC: clipped at the window start (its Monday began Sun 23:00), and its
    // next Monday begins Sun 2026-12-06 23:00, clipped at the window end.
    const QJsonArray apac = regions[0].toObject()[QStringLiteral("coverage")].toArray();
    QCOMPARE(apac.first(), QJsonValue(pair("2026-11-30T00:00:00Z", "2026-11-30T13:00:00Z")));
    QCOMPARE(apac[1], QJsonValue(pair("2026-11-30T23:00:00Z", "2026-12-01T13:00:00Z")));
    QCOMPARE(apac.last(), QJsonValue(pair("2026-12-06T23:00:00Z", "2026-12-07T00:00:00Z")));

    // Members' intervals are unclipped: Sam's Monday shift starts Sun 23:00.
    const QJsonArray members = week[QStringLiteral("members")].toArray();
    QCOMPARE(members[0].toObject()[QStringLiteral("id")], QJsonValue(QStringLiteral("sam")));
    const QJsonArray samWork = members[0].toObject()[QStringLiteral("work")].toArray();
    QCOMPARE(samWork.first(), QJsonValue(pair("2026-11-29T23:00:00Z", "2026-11-30T07:30:00Z")));
    QCOMPARE(samWork.last(), QJsonValue(pair("2026-12-06T23:00:00Z", "2026-12-07T07:30:00Z")));
    QCOMPARE(samWork.size(), 6);
}

void TestCli::textScheduleShowsBothSides()
{
    const Run run = runCli({QStringLiteral("schedule"),
                            demo(),
                            QStringLiteral("--from"),
                            QStringLiteral("2026-11-30"),
                            QStringLiteral("--to"),
                            QStringLiteral("2026-11-30"),
                            QStringLiteral("--zone"),
                            QStringLiteral("Europe/Berlin")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    // APAC->EMEA at 13:00Z: 14:00 in Berlin; Arjun (Asia/Calcutta, the last
    // of APAC) leaves at 18:30 IST; Lars (Europe/Stockholm, the first EMEA
    // member working at 13:00Z; Leila left at 12:00Z) reads 14:00 CET.
    QVERIFY2(text.contains(QStringLiteral("Mon 30 Nov 14:00 CET")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("18:30 IST Asia/Calcutta")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("14:00 CET Europe/Stockholm")), qPrintable(text));
    // AMER->APAC gap at 22:30Z, picked up by Sam at 10:00 AEDT.
    QVERIFY2(text.contains(QStringLiteral("10:00 AEDT Australia/Sydney")), qPrintable(text));
}

void TestCli::routeJsonShape()
{
    const Run run = runCli({QStringLiteral("route"), demo(), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray routes = QJsonDocument::fromJson(run.out).array();
    // 12 of the 15 demo tasks are placed.
    QCOMPARE(routes.size(), 12);
    for (const QJsonValue &value : routes)
        QCOMPARE(value.toObject().keys(),
                 (QStringList{QStringLiteral("finish"),
                              QStringLiteral("handoffs"),
                              QStringLiteral("id"),
                              QStringLiteral("segments"),
                              QStringLiteral("singleRegionFinish"),
                              QStringLiteral("start")}));
    const auto routeOf = [&](const char *id) {
        for (const QJsonValue &value : routes)
            if (value.toObject()[QStringLiteral("id")] == QString::fromLatin1(id))
                return value.toObject();
        return QJsonObject{};
    };

    // T-1 (priority 1, 60 h, EMEA, Mon 08:00Z) is served first, so nothing
    // holds it up: it progresses over the union of all coverage. Mon
    // 08:00-22:30 = 14.5 h; Mon 23:00 - Tue 22:30 = 23.5 h (38 h); the last
    // 22 h run from Tue 23:00 to Wed 21:00.
    // Alone in EMEA (04:00-17:00, 13 h a day): Mon 9 h, Tue-Thu 39 h (48 h),
    // Fri 04:00 + 12 h = 16:00.
    const QJsonObject t1 = routeOf("T-1");
    QCOMPARE(t1[QStringLiteral("start")], QJsonValue(QStringLiteral("2026-11-30T08:00:00Z")));
    QCOMPARE(t1[QStringLiteral("finish")], QJsonValue(QStringLiteral("2026-12-02T21:00:00Z")));
    QCOMPARE(t1[QStringLiteral("singleRegionFinish")],
             QJsonValue(QStringLiteral("2026-12-04T16:00:00Z")));
    QJsonArray t1Handoffs;
    for (const char *day : {"2026-11-30", "2026-12-01", "2026-12-02"}) {
        const auto hop = [&](const char *from, const char *to, const char *time) {
            return QJsonObject{{QStringLiteral("from"), QString::fromLatin1(from)},
                               {QStringLiteral("to"), QString::fromLatin1(to)},
                               {QStringLiteral("at"),
                                QStringLiteral("%1T%2Z").arg(QString::fromLatin1(day),
                                                             QString::fromLatin1(time))}};
        };
        if (QLatin1String(day) != QLatin1String("2026-11-30"))
            t1Handoffs.append(hop("apac", "emea", "13:00:00"));
        t1Handoffs.append(hop("emea", "amer", "17:00:00"));
        if (QLatin1String(day) != QLatin1String("2026-12-02"))
            t1Handoffs.append(hop("amer", "apac", "22:30:00"));
    }
    // The demo plan's note on T-1's handoff 1 comes with that handoff only.
    QJsonObject first = t1Handoffs.first().toObject();
    first.insert(
        QStringLiteral("note"),
        QStringLiteral("Done: schema dump of shards 1-4; replay of shard 1 running (38% at "
                       "handoff).\nNext: watch the shard 1 replay, then start shard 2 with "
                       "the same script.\nBlockers: none. The old cluster stays read-only "
                       "until sign-off.\nLinks: runbook docs/billing-migration.md, "
                       "dashboard billing-replay"));
    t1Handoffs.replace(0, first);
    QCOMPARE(t1[QStringLiteral("handoffs")].toArray(), t1Handoffs);
    // In EMEA at 08:00Z Anna (to 16:30) outlasts Leila (12:00) and Lars
    // (15:30), so T-1 starts with her.
    QCOMPARE(
        t1[QStringLiteral("segments")].toArray().first(),
        QJsonValue(QJsonObject{{QStringLiteral("region"), QStringLiteral("emea")},
                               {QStringLiteral("member"), QStringLiteral("anna")},
                               {QStringLiteral("start"), QStringLiteral("2026-11-30T08:00:00Z")},
                               {QStringLiteral("end"), QStringLiteral("2026-11-30T16:30:00Z")}}));

    // T-2 (priority 1, 6 h, APAC, Mon 23:00Z) comes after T-1, which holds
    // Sam, the only APAC member working at 23:00Z (to 07:30Z). Kenji starts at
    // 00:00Z (09:00 Tokyo) and is the longest-working free member then, so
    // T-2 runs 00:00-06:00Z with him. Alone, ignoring other tasks, it would
    // have been done at 23:00 + 6 h = 05:00Z.
    const QJsonObject t2 = routeOf("T-2");
    QCOMPARE(t2[QStringLiteral("start")], QJsonValue(QStringLiteral("2026-12-01T00:00:00Z")));
    QCOMPARE(t2[QStringLiteral("finish")], QJsonValue(QStringLiteral("2026-12-01T06:00:00Z")));
    QCOMPARE(t2[QStringLiteral("singleRegionFinish")],
             QJsonValue(QStringLiteral("2026-12-01T05:00:00Z")));
    QCOMPARE(
        t2[QStringLiteral("segments")].toArray(),
        (QJsonArray{QJsonObject{{QStringLiteral("region"), QStringLiteral("apac")},
                                {QStringLiteral("member"), QStringLiteral("kenji")},
                                {QStringLiteral("start"), QStringLiteral("2026-12-01T00:00:00Z")},
                                {QStringLiteral("end"), QStringLiteral("2026-12-01T06:00:00Z")}}}));
    QCOMPARE(t2[QStringLiteral("handoffs")].toArray(), QJsonArray{});
}

void TestCli::routeWindowNeverChangesAResult()
{
    // A window only chooses which routes are listed. Tuesday 2026-12-01: T-1
    // (Mon 08:00Z - Wed 21:00Z, routeJsonShape) is still listed as it is,
    // started on Monday, not re-run from Tuesday; so is T-2 (Tue 00:00Z -
    // 06:00Z). Every listed route equals the one of the whole plan.
    const Run whole = runCli({QStringLiteral("route"), demo(), QStringLiteral("--json")});
    const Run tuesday = runCli({QStringLiteral("route"),
                                demo(),
                                QStringLiteral("--from"),
                                QStringLiteral("2026-12-01"),
                                QStringLiteral("--to"),
                                QStringLiteral("2026-12-01"),
                                QStringLiteral("--json")});
    QCOMPARE(whole.exitCode, 0);
    QCOMPARE(tuesday.exitCode, 0);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : QJsonDocument::fromJson(whole.out).array())
        byId.insert(value[QStringLiteral("id")].toString(), value.toObject());
    QStringList listed;
    for (const QJsonValue &value : QJsonDocument::fromJson(tuesday.out).array()) {
        const QString id = value[QStringLiteral("id")].toString();
        listed << id;
        QCOMPARE(value.toObject(), byId.value(id));
    }
    QVERIFY2(listed.contains(QStringLiteral("T-1")), qPrintable(listed.join(u' ')));
    QVERIFY2(listed.contains(QStringLiteral("T-2")), qPrintable(listed.join(u' ')));
    QCOMPARE(byId.value(QStringLiteral("T-1"))[QStringLiteral("start")],
             QJsonValue(QStringLiteral("2026-11-30T08:00:00Z")));
    QVERIFY(listed.size() < byId.size());

    // A window after every task's run lists none.
    const Run later = runCli({QStringLiteral("route"),
                              demo(),
                              QStringLiteral("--from"),
                              QStringLiteral("2030-01-01"),
                              QStringLiteral("--to"),
                              QStringLiteral("2030-01-02"),
                              QStringLiteral("--json")});
    QCOMPARE(later.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(later.out).array(), QJsonArray{});
}

void TestCli::routeTextExplainsStartAndAlone()
{
    // T-2 (routeJsonShape): planned Mon 23:00Z, first picked up Tue 00:00Z
    // by Kenji after an hour's wait; alone it would be done at 05:00Z, an
    // hour before its 06:00Z finish, because T-1 held Sam.
    const Run run = runCli({QStringLiteral("route"),
                            demo(),
                            QStringLiteral("--zone"),
                            QStringLiteral("UTC"),
                            QStringLiteral("--from"),
                            QStringLiteral("2026-12-01"),
                            QStringLiteral("--to"),
                            QStringLiteral("2026-12-01")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    const qsizetype t2 = text.indexOf(QStringLiteral("T-2  "));
    QVERIFY2(t2 >= 0, qPrintable(text));
    const QString block = text.mid(t2, text.indexOf(QStringLiteral("\n\n"), t2) - t2);
    const auto line = [&](const QString &label) {
        for (const QString &l : block.split(u'\n'))
            if (l.trimmed().startsWith(label))
                return l.trimmed();
        return QString();
    };
    QVERIFY2(line(QStringLiteral("Planned start")).contains(QStringLiteral("23:00")),
             qPrintable(block));
    QVERIFY2(line(QStringLiteral("Planned start")).contains(QStringLiteral("APAC")),
             qPrintable(block));
    QVERIFY2(line(QStringLiteral("First pickup")).contains(QStringLiteral("00:00")),
             qPrintable(block));
    QVERIFY2(line(QStringLiteral("First pickup")).contains(QStringLiteral("Kenji")),
             qPrintable(block));
    QVERIFY2(line(QStringLiteral("First pickup")).contains(QStringLiteral("after a wait of 1 h")),
             qPrintable(block));
    QVERIFY2(line(QStringLiteral("One region alone")).contains(QStringLiteral("05:00")),
             qPrintable(block));
    QVERIFY2(line(QStringLiteral("One region alone"))
                 .contains(QStringLiteral("tasks served first held members")),
             qPrintable(block));
    QVERIFY2(text.startsWith(QStringLiteral("Acme Platform · ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("12 placed tasks, 4 of them on these dates")),
             qPrintable(text));
}

void TestCli::effortUnderAMinuteIsRefused()
{
    // The issue's 0.0001 h (0.36 s): `check` refuses it, naming the task,
    // instead of `route` printing a start and finish of null.
    QTemporaryDir dir;
    QFile demoFile(demo());
    QVERIFY(demoFile.open(QIODevice::ReadOnly));
    QByteArray json = demoFile.readAll();
    const qsizetype at = json.indexOf("\"effortHours\"");
    QVERIFY(at > 0);
    const qsizetype valueEnd = json.indexOf(',', at);
    json.replace(at, valueEnd - at, "\"effortHours\": 0.0001");
    const QString path = dir.filePath(QStringLiteral("tiny.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    for (const char *command : {"check", "route"}) {
        const Run run = runCli({QString::fromLatin1(command), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("tasks[0].effortHours: 0.0001 hours is less than a minute of "
                                  "work for task \"T-1\""),
                 run.err.constData());
    }
}

void TestCli::conflictsJson()
{
    const Run run = runCli({QStringLiteral("conflicts"),
                            demo(),
                            QStringLiteral("--from"),
                            QStringLiteral("2026-11-30"),
                            QStringLiteral("--to"),
                            QStringLiteral("2026-12-06"),
                            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray conflicts = QJsonDocument::fromJson(run.out).array();
    // Tom's 2 h of deep work is short of the 3 h policy on each of his 5
    // workdays (08:30-17:00Z), and the weekend gap Fri 22:30Z - Sun 23:00Z is
    // longer than the 2 h limit. Nothing else: every pickup finds someone
    // outside deep work, the comms windows sit outside deep work.
    QCOMPARE(conflicts.size(), 6);
    int shortDays = 0;
    for (const QJsonValue &value : conflicts) {
        const QJsonObject conflict = value.toObject();
        if (conflict[QStringLiteral("kind")] == QStringLiteral("shortDeepWork")) {
            ++shortDays;
            QCOMPARE(conflict[QStringLiteral("member")], QJsonValue(QStringLiteral("tom")));
            QCOMPARE(conflict[QStringLiteral("severity")], QJsonValue(QStringLiteral("warning")));
        } else {
            QCOMPARE(conflict[QStringLiteral("kind")], QJsonValue(QStringLiteral("longGap")));
            QCOMPARE(conflict[QStringLiteral("member")], QJsonValue(QJsonValue::Null));
            QCOMPARE(conflict[QStringLiteral("interval")],
                     QJsonValue(pair("2026-12-04T22:30:00Z", "2026-12-06T23:00:00Z")));
        }
        QVERIFY(!conflict[QStringLiteral("message")].toString().isEmpty());
    }
    QCOMPARE(shortDays, 5);
    QCOMPARE(conflicts[0].toObject()[QStringLiteral("interval")],
             QJsonValue(pair("2026-11-30T08:30:00Z", "2026-11-30T17:00:00Z")));
}

void TestCli::importCsvWritesPlan()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString roster = dir.filePath(QStringLiteral("team.csv"));
    QFile file(roster);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "name,region,zone,work days,work start,work end\n"
        "Anna Schmidt,EMEA,Europe/Berlin,mon-fri,09:00,17:30\n"
        "Nia Johnson,AMER,America/New_York,mon-fri,09:00,17:30\n");
    file.close();
    const QString plan = dir.filePath(QStringLiteral("team.json"));
    Run run = runCli({QStringLiteral("import-csv"), roster, QStringLiteral("-o"), plan});
    QCOMPARE(run.exitCode, 0);
    run = runCli({QStringLiteral("check"), plan});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("2 regions, 2 members"));

    // A bad row names its row and column, and nothing is written.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(
        "name,region,zone,work days,work start,work end\n"
        "Anna Schmidt,EMEA,Europe/Berlim,mon-fri,09:00,17:30\n");
    file.close();
    const QString other = dir.filePath(QStringLiteral("other.json"));
    run = runCli({QStringLiteral("import-csv"), roster, QStringLiteral("-o"), other});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("row 2, column zone: unknown time zone \"Europe/Berlim\""),
             run.err.constData());
    QVERIFY(!QFile::exists(other));
}

void TestCli::importExportRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString planFile = dir.filePath(QStringLiteral("demo.sunrelay"));
    const QString json = dir.filePath(QStringLiteral("demo.json"));
    QCOMPARE(runCli({QStringLiteral("import"), demo()}).exitCode, 2); // -o is required
    QCOMPARE(runCli({QStringLiteral("import"), demo(), QStringLiteral("-o"), planFile}).exitCode,
             0);
    // A plan file is never overwritten by import.
    QCOMPARE(runCli({QStringLiteral("import"), demo(), QStringLiteral("-o"), planFile}).exitCode,
             1);
    QCOMPARE(runCli({QStringLiteral("export"), planFile, QStringLiteral("-o"), json}).exitCode, 0);
    QFile original(demo());
    QFile exported(json);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    // Same plan, compared as JSON values (key order and spacing may differ).
    QCOMPARE(QJsonDocument::fromJson(exported.readAll()),
             QJsonDocument::fromJson(original.readAll()));
}

void TestCli::smallPlanScheduleJson()
{
    bool ok = false;
    const QJsonDocument report = smallPlanReport(QStringLiteral("schedule"), ok);
    QVERIFY(ok);
    const auto at = [](const char *time) {
        return QStringLiteral("2026-03-11T%1Z").arg(QLatin1String(time));
    };
    const auto span = [&](const char *start, const char *end) {
        return QJsonArray{at(start), at(end)};
    };
    const QJsonObject expected{
        {QStringLiteral("range"),
         QJsonObject{{QStringLiteral("from"), at("00:00:00")},
                     {QStringLiteral("to"), QStringLiteral("2026-03-12T00:00:00Z")}}},
        {QStringLiteral("members"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("kei")},
                         {QStringLiteral("region"), QStringLiteral("east")},
                         {QStringLiteral("zone"), QStringLiteral("Asia/Tokyo")},
                         {QStringLiteral("work"), QJsonArray{span("00:00:00", "09:00:00")}},
                         {QStringLiteral("deepWork"), QJsonArray{span("01:00:00", "04:00:00")}},
                         {QStringLiteral("comms"), QJsonArray{span("08:00:00", "08:30:00")}}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("ana")},
                         {QStringLiteral("region"), QStringLiteral("west")},
                         {QStringLiteral("zone"), QStringLiteral("UTC")},
                         {QStringLiteral("work"), QJsonArray{span("08:00:00", "17:00:00")}},
                         {QStringLiteral("deepWork"), QJsonArray{span("13:00:00", "16:00:00")}},
                         {QStringLiteral("comms"), QJsonArray{span("08:00:00", "08:30:00")}}}}},
        {QStringLiteral("regions"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("east")},
                         {QStringLiteral("coverage"), QJsonArray{span("00:00:00", "09:00:00")}}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("west")},
                         {QStringLiteral("coverage"), QJsonArray{span("08:00:00", "17:00:00")}}}}},
        {QStringLiteral("gaps"),
         QJsonArray{QJsonArray{at("17:00:00"), QStringLiteral("2026-03-12T00:00:00Z")}}},
        {QStringLiteral("overlaps"),
         QJsonArray{QJsonObject{{QStringLiteral("regions"),
                                 QJsonArray{QStringLiteral("east"), QStringLiteral("west")}},
                                {QStringLiteral("interval"), span("08:00:00", "09:00:00")}}}},
        {QStringLiteral("handoffs"),
         QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("east")},
                                {QStringLiteral("to"), QStringLiteral("west")},
                                {QStringLiteral("at"), at("09:00:00")},
                                {QStringLiteral("pickup"), at("09:00:00")},
                                {QStringLiteral("kind"), QStringLiteral("overlap")},
                                {QStringLiteral("overlapMinutes"), 60},
                                {QStringLiteral("waitMinutes"), 0},
                                {QStringLiteral("syncSlot"), span("08:00:00", "08:15:00")}},
                    QJsonObject{{QStringLiteral("from"), QStringLiteral("west")},
                                {QStringLiteral("to"), QStringLiteral("east")},
                                {QStringLiteral("at"), at("17:00:00")},
                                {QStringLiteral("pickup"), QStringLiteral("2026-03-12T00:00:00Z")},
                                {QStringLiteral("kind"), QStringLiteral("gap")},
                                {QStringLiteral("overlapMinutes"), 0},
                                {QStringLiteral("waitMinutes"), 420},
                                {QStringLiteral("syncSlot"), QJsonValue::Null}}}},
    };
    const QJsonObject actual = report.object();
    // Field by field first, so a failure names the field.
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString &key : expected.keys())
        QCOMPARE(actual[key], expected[key]);
}

void TestCli::smallPlanRouteJson()
{
    bool ok = false;
    const QJsonDocument report = smallPlanReport(QStringLiteral("route"), ok);
    QVERIFY(ok);
    const auto segment =
        [](const char *region, const char *member, const char *start, const char *end) {
            return QJsonObject{{QStringLiteral("region"), QString::fromLatin1(region)},
                               {QStringLiteral("member"), QString::fromLatin1(member)},
                               {QStringLiteral("start"), QString::fromLatin1(start)},
                               {QStringLiteral("end"), QString::fromLatin1(end)}};
        };
    const QJsonObject expected{
        {QStringLiteral("id"), QStringLiteral("T-1")},
        {QStringLiteral("start"), QStringLiteral("2026-03-11T07:00:00Z")},
        {QStringLiteral("finish"), QStringLiteral("2026-03-11T10:00:00Z")},
        {QStringLiteral("singleRegionFinish"), QStringLiteral("2026-03-12T01:00:00Z")},
        {QStringLiteral("segments"),
         QJsonArray{segment("east", "kei", "2026-03-11T07:00:00Z", "2026-03-11T09:00:00Z"),
                    segment("west", "ana", "2026-03-11T09:00:00Z", "2026-03-11T10:00:00Z")}},
        {QStringLiteral("handoffs"),
         QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("east")},
                                {QStringLiteral("to"), QStringLiteral("west")},
                                {QStringLiteral("at"), QStringLiteral("2026-03-11T09:00:00Z")}}}},
    };
    QCOMPARE(report.array().size(), 1);
    const QJsonObject actual = report.array().first().toObject();
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString &key : expected.keys())
        QCOMPARE(actual[key], expected[key]);
}

void TestCli::routeShowsHandoffNotes()
{
    // The small plan's T-1 has one handoff, east -> west at 09:00Z
    // (smallPlanRouteJson). Its note 1 is shown on it; note 2 belongs to a
    // handoff the task never reaches and shows nowhere. The same from JSON,
    // from a plan file made by `import`, and back out through `export`.
    QByteArray json(smallPlan);
    const QByteArray notes = R"("notes": "", "handoffNotes": [
        {"handoff": 2, "note": "never reached"},
        {"handoff": 1, "note": "Done: schema\nNext: deploy\n\nLinks: https://ci.example/42"}])";
    QVERIFY(json.contains(R"("notes": "")"));
    json.replace(R"("notes": "")", notes);
    QTemporaryDir dir;
    const QString jsonPath = writeFile(dir, QStringLiteral("noted.json"), json);
    QVERIFY(!jsonPath.isEmpty());
    const QString filePath = dir.filePath(QStringLiteral("noted.sunrelay"));
    const Run imported =
        runCli({QStringLiteral("import"), jsonPath, QStringLiteral("-o"), filePath});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    const QString note =
        QStringLiteral("Done: schema\nNext: deploy\n\nLinks: https://ci.example/42");
    for (const QString &plan : {jsonPath, filePath}) {
        const Run route = runCli({QStringLiteral("route"), plan, QStringLiteral("--json")});
        QVERIFY2(route.exitCode == 0, route.err.constData());
        const QJsonArray handoffs = QJsonDocument::fromJson(route.out)
                                        .array()
                                        .first()[QStringLiteral("handoffs")]
                                        .toArray();
        QCOMPARE(
            handoffs,
            (QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("east")},
                                    {QStringLiteral("to"), QStringLiteral("west")},
                                    {QStringLiteral("at"), QStringLiteral("2026-03-11T09:00:00Z")},
                                    {QStringLiteral("note"), note}}}));

        // Text: the handoff's line, then the note indented under it, its
        // blank line too.
        const Run text = runCli(
            {QStringLiteral("route"), plan, QStringLiteral("--zone"), QStringLiteral("UTC")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("  Handoff 1: Wed 11 Mar 09:00 UTC, East → West\n"
                                             "      Done: schema\n"
                                             "      Next: deploy\n"
                                             "      \n"
                                             "      Links: https://ci.example/42\n")),
                 qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("never reached")), qPrintable(out));
    }

    // export writes the notes back as JSON, in number order.
    const QString exportedPath = dir.filePath(QStringLiteral("exported.json"));
    const Run exported =
        runCli({QStringLiteral("export"), filePath, QStringLiteral("-o"), exportedPath});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile exportedFile(exportedPath);
    QVERIFY(exportedFile.open(QIODevice::ReadOnly));
    const QJsonArray written = QJsonDocument::fromJson(exportedFile.readAll())
                                   .object()[QStringLiteral("tasks")]
                                   .toArray()
                                   .first()[QStringLiteral("handoffNotes")]
                                   .toArray();
    QCOMPARE(
        written,
        (QJsonArray{QJsonObject{{QStringLiteral("handoff"), 1}, {QStringLiteral("note"), note}},
                    QJsonObject{{QStringLiteral("handoff"), 2},
                                {QStringLiteral("note"), QStringLiteral("never reached")}}}));

    // The calendar export writes note 1 into the handoff's description
    // (iCalendar TEXT: a line break is "\n"; lines unfolded first).
    for (const QString &plan : {jsonPath, filePath}) {
        const QString icsPath = dir.filePath(QStringLiteral("noted.ics"));
        QFile::remove(icsPath);
        const Run ics = runCli({QStringLiteral("ics"),
                                plan,
                                QStringLiteral("--all"),
                                QStringLiteral("--from"),
                                QStringLiteral("2026-03-11"),
                                QStringLiteral("--to"),
                                QStringLiteral("2026-03-11"),
                                QStringLiteral("-o"),
                                icsPath});
        QVERIFY2(ics.exitCode == 0, ics.err.constData());
        QFile icsFile(icsPath);
        QVERIFY(icsFile.open(QIODevice::ReadOnly));
        const QString calendar =
            QString::fromUtf8(icsFile.readAll()).remove(QStringLiteral("\r\n "));
        QVERIFY2(calendar.contains(
                     QStringLiteral("- T-1 Ship\\n  Note: Done: schema\\nNext: deploy\\n\\nLinks: "
                                    "https://ci.example/42")),
                 qPrintable(calendar));
        QVERIFY2(!calendar.contains(QStringLiteral("never reached")), qPrintable(calendar));
    }
}

void TestCli::smallPlanConflictsJson()
{
    bool ok = false;
    const QJsonDocument report = smallPlanReport(QStringLiteral("conflicts"), ok);
    QVERIFY(ok);
    const QJsonArray expected{QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("longGap")},
        {QStringLiteral("severity"), QStringLiteral("warning")},
        {QStringLiteral("member"), QJsonValue::Null},
        {QStringLiteral("interval"), pair("2026-03-11T17:00:00Z", "2026-03-12T00:00:00Z")},
        {QStringLiteral("message"), QStringLiteral("Nobody covers for 7 h (the limit is 2 h).")}}};
    QCOMPARE(report.array(), expected);
}

// The reports are written as they are produced, but the text is what it
// always was: the layout of a JSON library's indent-2 dump, here Python's,
// with strings escaped the same way (control characters as lowercase
// \u00xx, everything else, UTF-8 included, as it is).
void TestCli::jsonLayoutIsIndent2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("escaped"); // as the report must print it
    // Plans refuse control characters now (text validity); the JSON
    // writer's escapes of them are checked in tst_json_stream.
    const QByteArray region = R"("E\"M\\E/A é 🌍")";
    const QStringList week{QStringLiteral("--from"),
                           QStringLiteral("2026-11-30"),
                           QStringLiteral("--to"),
                           QStringLiteral("2026-12-06"),
                           QStringLiteral("--json")};
    QTest::newRow("schedule") << (QStringList{QStringLiteral("schedule"), QString()} + week)
                              << region;
    QTest::newRow("conflicts") << (QStringList{QStringLiteral("conflicts"), QString()} + week)
                               << QByteArray(R"("tõm")");
    QTest::newRow("route") << QStringList{QStringLiteral("route"),
                                          QString(),
                                          QStringLiteral("--json")}
                           << region;
}

void TestCli::jsonLayoutIsIndent2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, escaped);
    // The demo plan with ids and names no report of it held before: quotes,
    // a backslash, a slash, accents and a 4-byte character.
    QFile demoFile(demo());
    QVERIFY(demoFile.open(QIODevice::ReadOnly));
    QByteArray plan = demoFile.readAll();
    const QByteArray emea = R"(E\"M\\E/A é 🌍)";
    plan.replace("\"emea\"", "\"" + emea + "\"");
    plan.replace("\"Anna Schmidt\"", R"("Anna \"Ä\" Schmidt")");
    plan.replace("\"tom\"", R"("tõm")");
    QTemporaryDir dir;
    arguments[1] = writeFile(dir, QStringLiteral("awkward.json"), plan);
    QVERIFY(!arguments[1].isEmpty());

    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(escaped), escaped.constData());
    const Relaid relaid = relaidByPython(run.out);
    QVERIFY2(relaid.ok, relaid.error.constData());
    QCOMPARE(run.out, relaid.text);
}

// A plan big enough for a report of many chunks: each report is one whole,
// valid document, and the same text Python lays out.
void TestCli::bigPlanJsonIsComplete()
{
    const char *zones[] = {"Pacific/Auckland",
                           "Australia/Sydney",
                           "Australia/Lord_Howe",
                           "Asia/Kolkata",
                           "Asia/Kathmandu",
                           "Europe/Berlin",
                           "Europe/London",
                           "America/Sao_Paulo",
                           "America/New_York",
                           "America/Los_Angeles"};
    const QJsonArray workdays{QStringLiteral("mon"),
                              QStringLiteral("tue"),
                              QStringLiteral("wed"),
                              QStringLiteral("thu"),
                              QStringLiteral("fri")};
    const auto weekly = [&](const char *start, const char *end) {
        return QJsonArray{QJsonObject{{QStringLiteral("days"), workdays},
                                      {QStringLiteral("start"), QString::fromLatin1(start)},
                                      {QStringLiteral("end"), QString::fromLatin1(end)}}};
    };
    const QStringList regions{QStringLiteral("apac"),
                              QStringLiteral("emea"),
                              QStringLiteral("amer")};
    QJsonArray regionList;
    for (const QString &id : regions)
        regionList.append(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("name"), id.toUpper()},
                                      {QStringLiteral("color"), QStringLiteral("#336699")}});
    constexpr int memberCount = 100;
    QJsonArray members;
    for (int i = 0; i < memberCount; ++i) {
        const int zone = i % int(std::size(zones));
        members.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("m%1").arg(i)},
                        {QStringLiteral("name"), QStringLiteral("Mitglied Nr. %1 — Zoë").arg(i)},
                        {QStringLiteral("region"),
                         regions[zone < 5       ? 0
                                     : zone < 7 ? 1
                                                : 2]},
                        {QStringLiteral("zone"), QString::fromLatin1(zones[zone])},
                        {QStringLiteral("work"), weekly("09:00", "17:30")},
                        {QStringLiteral("deepWork"), weekly(i % 2 ? "09:30" : "10:00", "12:00")},
                        {QStringLiteral("comms"), weekly("11:00", "11:30")},
                        {QStringLiteral("timeOff"), QJsonArray{}}});
    }
    QJsonArray tasks;
    for (int i = 0; i < 200; ++i)
        tasks.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("T-%1").arg(i)},
                                 {QStringLiteral("title"), QStringLiteral("Task %1").arg(i)},
                                 {QStringLiteral("effortHours"), 1 + i % 12},
                                 {QStringLiteral("priority"), 1 + i % 5},
                                 {QStringLiteral("start"),
                                  QStringLiteral("2026-03-%1T%2:00:00Z")
                                      .arg(2 + i % 20, 2, 10, QLatin1Char('0'))
                                      .arg(i % 24, 2, 10, QLatin1Char('0'))},
                                 {QStringLiteral("region"), regions[i % 3]},
                                 {QStringLiteral("deadline"), QJsonValue::Null},
                                 {QStringLiteral("notes"), QString()}});
    const QJsonObject plan{{QStringLiteral("sunrelayPlan"), 1},
                           {QStringLiteral("name"), QStringLiteral("Big")},
                           {QStringLiteral("regions"), regionList},
                           {QStringLiteral("members"), members},
                           {QStringLiteral("tasks"), tasks}};
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("big.json"), QJsonDocument(plan).toJson());
    QVERIFY(!path.isEmpty());

    // Three months over the March and April DST changes.
    const QStringList window{QStringLiteral("--from"),
                             QStringLiteral("2026-02-15"),
                             QStringLiteral("--to"),
                             QStringLiteral("2026-05-15"),
                             QStringLiteral("--json")};
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("schedule"), path} + window,
          QStringList{QStringLiteral("conflicts"), path} + window,
          QStringList{QStringLiteral("route"), path, QStringLiteral("--json")}}) {
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.size() > 64 * 1024, "more than one chunk");
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        if (arguments.first() == QLatin1String("schedule"))
            QCOMPARE(document.object()[QStringLiteral("members")].toArray().size(), memberCount);
        else if (arguments.first() == QLatin1String("route"))
            QCOMPARE(document.array().size(), 200);
        else
            QVERIFY(!document.array().isEmpty());
        const Relaid relaid = relaidByPython(run.out);
        QVERIFY2(relaid.ok, relaid.error.constData());
        QVERIFY2(run.out == relaid.text, qPrintable(arguments.first()));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
