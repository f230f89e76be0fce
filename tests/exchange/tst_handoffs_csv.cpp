// Handoffs as CSV (handoffs_csv.h): rows worked out by hand, read back with
// Python's csv module (/usr/bin/python3), an RFC 4180 reader that is not ours.

#include "../core/plan_builder.h"

#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule_report.h"
#include "sunrelay/exchange/handoffs_csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

// EMEA (Anna, Berlin, CET +1) and AMER (Nia, New York, EST -5), both Mon-Fri
// 09:00-17:30 local: EMEA covers 08:00-16:30Z, AMER 14:00-22:30Z. Task T1,
// 12 h, placed in EMEA on Monday 2026-03-02 08:00Z, works EMEA 08:00-16:30Z
// (8.5 h) and AMER 16:30-20:00Z (3.5 h): it passes the 16:30Z handoff only.
Plan twoRegionPlan()
{
    Plan plan = PlanBuilder()
                    .region("emea")
                    .region("amer")
                    .member("anna",
                            "emea",
                            QStringLiteral("Europe/Berlin"),
                            QStringLiteral("mon-fri 09:00-17:30"))
                    .member("nia",
                            "amer",
                            QStringLiteral("America/New_York"),
                            QStringLiteral("mon-fri 09:00-17:30"))
                    .task("T1", 12, 1, QStringLiteral("2026-03-02T08:00Z"), "emea")
                    .build();
    plan.regions[0].name = "EMEA, \"Berlin\""; // a comma and quotes: quoted
    plan.regions[1].name = "AMER";
    plan.tasks[0].title = "Write runbook";
    setHandoffNote(plan.tasks[0], 1, "Done: dump\nNext: replay shard 3");
    return plan;
}

std::string csvOfMonday(const Plan &plan)
{
    const Interval monday = dayWindow(date::sys_days{date::year{2026} / 3 / 2},
                                      date::sys_days{date::year{2026} / 3 / 2});
    return exchange::writeHandoffsCsv(plan,
                                      reportSchedule(plan, monday).handoffs,
                                      routePlan(plan).routes);
}

// The rows as Python's csv.reader sees them.
QJsonArray pythonRows(const std::string &csv, QString *error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handoffs.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(csv.data(), qint64(csv.size())) != qint64(csv.size()))
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                 "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
                  path});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit
        || python.exitCode() != 0) {
        *error = QStringLiteral("python3: ") + QString::fromUtf8(python.readAllStandardError())
            + python.errorString();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

QStringList strings(const QJsonValue &row)
{
    QStringList list;
    for (const QJsonValue &value : row.toArray())
        list << value.toString();
    return list;
}

} // namespace

class TestHandoffsCsv : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreTheHandWorkedHandoffs();
    void rfc4180Form();
    void quoting_data();
    void quoting();
    void noHandoffsIsAHeaderOnly();
    void formulasAreGuarded();
};

void TestHandoffsCsv::rowsAreTheHandWorkedHandoffs()
{
    QString error;
    const QJsonArray rows = pythonRows(csvOfMonday(twoRegionPlan()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(strings(rows[0]),
             (QStringList{"from",
                          "from id",
                          "to",
                          "to id",
                          "at",
                          "from local",
                          "to local",
                          "kind",
                          "overlap minutes",
                          "wait minutes",
                          "pickup",
                          "sync slot start",
                          "sync slot end",
                          "tasks",
                          "notes"}));
    // EMEA stops at 16:30Z (17:30 in Berlin); AMER has covered since 14:00Z
    // (09:00 in New York): an overlap handoff, 150 min overlap, pickup at
    // once (11:30 in New York). No deep work anywhere: the sync slot is the
    // first 15 minutes of the overlap. T1 passes here with its first note.
    QCOMPARE(strings(rows[1]),
             (QStringList{"EMEA, \"Berlin\"",
                          "emea",
                          "AMER",
                          "amer",
                          "2026-03-02T16:30:00Z",
                          "2026-03-02T17:30+01:00 Europe/Berlin",
                          "2026-03-02T11:30-05:00 America/New_York",
                          "overlap",
                          "150",
                          "0",
                          "2026-03-02T16:30:00Z",
                          "2026-03-02T14:00:00Z",
                          "2026-03-02T14:15:00Z",
                          "T1 Write runbook",
                          "T1: Done: dump\nNext: replay shard 3"}));
    // AMER stops at 22:30Z (17:30 in New York); nobody covers until EMEA on
    // Tuesday 08:00Z (09:00 in Berlin): a gap handoff, 9 h 30 min = 570 min
    // wait. T1 finished at 20:00Z in AMER: no task.
    QCOMPARE(strings(rows[2]),
             (QStringList{"AMER",
                          "amer",
                          "EMEA, \"Berlin\"",
                          "emea",
                          "2026-03-02T22:30:00Z",
                          "2026-03-02T17:30-05:00 America/New_York",
                          "2026-03-03T09:00+01:00 Europe/Berlin",
                          "gap",
                          "0",
                          "570",
                          "2026-03-03T08:00:00Z",
                          "",
                          "",
                          "",
                          ""}));
}

void TestHandoffsCsv::rfc4180Form()
{
    const QByteArray csv = QByteArray::fromStdString(csvOfMonday(twoRegionPlan()));
    // Rows end in CRLF; the line break inside the quoted note is a bare LF.
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count("\r\n"), 3);
    QVERIFY(csv.contains("\"T1: Done: dump\nNext: replay shard 3\"\r\n"));
    // The region name with a comma and quotes: quoted, quotes doubled.
    QVERIFY(csv.contains("\r\n\"EMEA, \"\"Berlin\"\"\",emea,AMER,amer,"));
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
}

void TestHandoffsCsv::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "EMEA"
                           << "EMEA";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("line break") << "a\nb"
                                << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\r\nb"
                                     << "\"a\r\nb\"";
    QTest::newRow("leading space") << " a"
                                   << "\" a\"";
    QTest::newRow("trailing space") << "a "
                                    << "\"a \"";
    QTest::newRow("inner space, UTF-8") << "Zürich Büro"
                                        << "Zürich Büro";
    // Formula injection (OWASP "CSV Injection"): a leading ' and quotes.
    QTest::newRow("formula =") << "=HYPERLINK(\"http://evil\",\"x\")"
                               << "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"";
    QTest::newRow("formula +") << "+1+cmd|' /C calc'!A0"
                               << "\"'+1+cmd|' /C calc'!A0\"";
    QTest::newRow("formula -") << "-2+3"
                               << "\"'-2+3\"";
    QTest::newRow("formula @") << "@SUM(1+1)"
                               << "\"'@SUM(1+1)\"";
    QTest::newRow("leading tab") << "\t=1"
                                 << "\"'\t=1\"";
    QTest::newRow("leading CR") << "\r=1"
                                << "\"'\r=1\"";
    QTest::newRow("= inside, not first") << "a=b-c"
                                         << "a=b-c";
}

void TestHandoffsCsv::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(QString::fromStdString(exchange::csvField(text.toStdString())), field);
}

void TestHandoffsCsv::noHandoffsIsAHeaderOnly()
{
    const Plan plan = twoRegionPlan();
    const std::string csv = exchange::writeHandoffsCsv(plan, {}, {});
    QCOMPARE(QString::fromStdString(csv),
             QStringLiteral("from,from id,to,to id,at,from local,to local,kind,overlap minutes,"
                            "wait minutes,pickup,sync slot start,sync slot end,tasks,notes\r\n"));
}

// A region and a task named like formulas reach a spreadsheet as text: the
// cells read back (Python's csv module) as the names with a leading '.
void TestHandoffsCsv::formulasAreGuarded()
{
    Plan plan = twoRegionPlan();
    plan.regions[1].name = "=HYPERLINK(\"http://evil\",\"AMER\")";
    plan.tasks[0].id = "@T1";
    plan.tasks[0].title = "Write runbook";
    QString error;
    const QJsonArray rows = pythonRows(csvOfMonday(plan), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    const QStringList first = strings(rows[1]);
    QCOMPARE(first[2], QStringLiteral("'=HYPERLINK(\"http://evil\",\"AMER\")"));
    QCOMPARE(first[13], QStringLiteral("'@T1 Write runbook"));
    // The note cell starts with the task id too.
    QCOMPARE(first[14], QStringLiteral("'@T1: Done: dump\nNext: replay shard 3"));
    QCOMPARE(strings(rows[2])[0], QStringLiteral("'=HYPERLINK(\"http://evil\",\"AMER\")"));
}

QTEST_GUILESS_MAIN(TestHandoffsCsv)
#include "tst_handoffs_csv.moc"
