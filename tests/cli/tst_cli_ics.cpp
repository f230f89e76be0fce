// sunrelay-cli's calendar commands as a user runs them. The demo plan's Anna
// Schmidt (Europe/Berlin) has deep work Mon-Fri 11:30-15:00 local. Her Google
// calendar (tests/ical/data/ics/google-calendar.ics) has, in March 2026, a
// vendor call 2026-03-09 12:00-12:30Z = 13:00-13:30 CET: inside the block, so
// `conflicts` reports one meetingInDeepWork of 30 min; the weekly sync at
// 10:00 local is outside it.

#include "cli_run.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

QString ics(const char *name)
{
    return QStringLiteral(SUNRELAY_ICS_DIR "/") + QLatin1String(name);
}

} // namespace

class TestCliIcs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportScopes_data();
    void exportScopes();
    void exportUsageErrors_data();
    void exportUsageErrors();
    void exportIncludeChoosesEvents();
    void unreadableEarlierExportGivesAFreshOne_data();
    void unreadableEarlierExportGivesAFreshOne();
    void importBusyShowsConflicts();
    void importHolidaysTakesDaysOff();
    void importRefusesJsonAndBadFiles();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plan;
};

void TestCliIcs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_plan = m_dir->filePath(QStringLiteral("demo.sunrelay"));
    const Run made = runCli({QStringLiteral("import"),
                             QStringLiteral(SUNRELAY_DEMO_PLAN),
                             QStringLiteral("-o"),
                             m_plan});
    QCOMPARE(made.exitCode, 0);
}

void TestCliIcs::exportScopes_data()
{
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<QString>("calendarName");
    QTest::newRow("member") << QStringList{QStringLiteral("--member"), QStringLiteral("anna")}
                            << QStringLiteral("X-WR-CALNAME:Acme Platform · Anna Schmidt");
    QTest::newRow("region") << QStringList{QStringLiteral("--region"), QStringLiteral("emea")}
                            << QStringLiteral("X-WR-CALNAME:Acme Platform · EMEA");
    QTest::newRow("all") << QStringList{QStringLiteral("--all")}
                         << QStringLiteral("X-WR-CALNAME:Acme Platform");
}

void TestCliIcs::exportScopes()
{
    QFETCH(QStringList, scope);
    QFETCH(QString, calendarName);
    const QString out = m_dir->filePath(QStringLiteral("out.ics"));
    for (const QString &plan : {m_plan, QStringLiteral(SUNRELAY_DEMO_PLAN)}) {
        const Run run = runCli(QStringList{QStringLiteral("ics"), plan} + scope
                               + QStringList{QStringLiteral("--from"),
                                             QStringLiteral("2026-11-30"),
                                             QStringLiteral("--to"),
                                             QStringLiteral("2026-12-06"),
                                             QStringLiteral("-o"),
                                             out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains(" events"));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
        QVERIFY2(text.contains(calendarName + QLatin1String("\r\n")), qPrintable(text.left(400)));
        // The demo week Mon 30 Nov: EMEA -> AMER at 17:00Z (hand check in
        // tst_cli.cpp).
        QVERIFY(text.contains(QLatin1String("UID:handoff-emea-amer-20261130T170000Z@sunrelay")));
    }
    // Exported again over itself: the same file (unchanged events keep their
    // SEQUENCE and DTSTAMP).
    QFile first(out);
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray before = first.readAll();
    first.close();
    const Run again = runCli(QStringList{QStringLiteral("ics"), m_plan} + scope
                             + QStringList{QStringLiteral("--from"),
                                           QStringLiteral("2026-11-30"),
                                           QStringLiteral("--to"),
                                           QStringLiteral("2026-12-06"),
                                           QStringLiteral("-o"),
                                           out});
    QCOMPARE(again.exitCode, 0);
    QFile second(out);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), before);
}

void TestCliIcs::exportUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no scope") << QStringList{QStringLiteral("--from"),
                                             QStringLiteral("2026-11-30"),
                                             QStringLiteral("--to"),
                                             QStringLiteral("2026-12-06"),
                                             QStringLiteral("-o"),
                                             QStringLiteral("x.ics")}
                              << 2;
    QTest::newRow("two scopes") << QStringList{QStringLiteral("--all"),
                                               QStringLiteral("--member"),
                                               QStringLiteral("anna"),
                                               QStringLiteral("--from"),
                                               QStringLiteral("2026-11-30"),
                                               QStringLiteral("--to"),
                                               QStringLiteral("2026-12-06"),
                                               QStringLiteral("-o"),
                                               QStringLiteral("x.ics")}
                                << 2;
    QTest::newRow("no output") << QStringList{QStringLiteral("--all"),
                                              QStringLiteral("--from"),
                                              QStringLiteral("2026-11-30"),
                                              QStringLiteral("--to"),
                                              QStringLiteral("2026-12-06")}
                               << 2;
    QTest::newRow("unknown --include item") << QStringList{QStringLiteral("--all"),
                                                           QStringLiteral("--include"),
                                                           QStringLiteral("handoffs,meetings"),
                                                           QStringLiteral("--from"),
                                                           QStringLiteral("2026-11-30"),
                                                           QStringLiteral("--to"),
                                                           QStringLiteral("2026-12-06"),
                                                           QStringLiteral("-o"),
                                                           QStringLiteral("x.ics")}
                                            << 2;
    QTest::newRow("unknown member") << QStringList{QStringLiteral("--member"),
                                                   QStringLiteral("nobody"),
                                                   QStringLiteral("--from"),
                                                   QStringLiteral("2026-11-30"),
                                                   QStringLiteral("--to"),
                                                   QStringLiteral("2026-12-06"),
                                                   QStringLiteral("-o"),
                                                   QStringLiteral("x.ics")}
                                    << 1;
}

void TestCliIcs::exportUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QDir::setCurrent(m_dir->path());
    const Run run = runCli(QStringList{QStringLiteral("ics"), m_plan} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.ics"))));
}

void TestCliIcs::exportIncludeChoosesEvents()
{
    const QString out = m_dir->filePath(QStringLiteral("anna.ics"));
    const auto exportWith = [&](const QStringList &include) {
        const Run run = runCli(QStringList{QStringLiteral("ics"),
                                           m_plan,
                                           QStringLiteral("--member"),
                                           QStringLiteral("anna"),
                                           QStringLiteral("--from"),
                                           QStringLiteral("2026-11-30"),
                                           QStringLiteral("--to"),
                                           QStringLiteral("2026-12-06"),
                                           QStringLiteral("-o"),
                                           out}
                               + include);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    // Without --include: what the command always wrote, no task segments.
    QString text = exportWith({});
    QVERIFY(text.contains(QLatin1String("UID:handoff-")));
    QVERIFY(text.contains(QLatin1String("UID:deepwork-anna-")));
    QVERIFY(text.contains(QLatin1String("UID:comms-anna-")));
    QVERIFY(!text.contains(QLatin1String("UID:task-")));
    // Anna works on the demo's placed EMEA tasks that week (T-1 from Monday
    // 08:00Z): their segments, and nothing else asked for.
    text = exportWith({QStringLiteral("--include"), QStringLiteral("tasks, deepwork")});
    QVERIFY2(text.contains(QLatin1String("UID:task-T-1-")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QLatin1String("UID:deepwork-anna-")));
    QVERIFY(!text.contains(QLatin1String("UID:handoff-")));
    QVERIFY(!text.contains(QLatin1String("UID:comms-")));
}

void TestCliIcs::unreadableEarlierExportGivesAFreshOne_data()
{
    QTest::addColumn<QByteArray>("earlier");
    QTest::addColumn<QByteArray>("why");
    // libical needed minutes for one 15 MB line before the import limits
    // also guarded the earlier export.
    QTest::newRow("a 15 MB line") << QByteArray(
        "BEGIN:VCALENDAR\r\nSUMMARY:" + QByteArray(15 << 20, 'x') + "\r\n")
                                  << QByteArray("line");
    // Larger than the import's 16 MiB: not even read.
    QTest::newRow("over the size limit") << QByteArray(17 << 20, '\n') << QByteArray("too large");
}

void TestCliIcs::unreadableEarlierExportGivesAFreshOne()
{
    QFETCH(QByteArray, earlier);
    QFETCH(QByteArray, why);
    const QString out = m_dir->filePath(QStringLiteral("earlier.ics"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(earlier), qint64(earlier.size()));
    file.close();
    QElapsedTimer timer;
    timer.start();
    const Run run = runCli({QStringLiteral("ics"),
                            m_plan,
                            QStringLiteral("--member"),
                            QStringLiteral("anna"),
                            QStringLiteral("--from"),
                            QStringLiteral("2026-11-30"),
                            QStringLiteral("--to"),
                            QStringLiteral("2026-12-06"),
                            QStringLiteral("-o"),
                            out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Bounded, not timed: under a minute even under the sanitizers.
    QVERIFY(timer.elapsed() < 60000);
    QVERIFY2(run.err.contains("warning: not read as an earlier export"), run.err.constData());
    QVERIFY2(run.err.contains(why), run.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.startsWith("BEGIN:VCALENDAR\r\n"));
    // Fresh: every event starts again at SEQUENCE 0.
    QVERIFY(written.contains("SEQUENCE:0\r\n"));
    QVERIFY(!written.contains("SEQUENCE:1\r\n"));
}

void TestCliIcs::importBusyShowsConflicts()
{
    const Run imported = runCli({QStringLiteral("import-busy"),
                                 m_plan,
                                 QStringLiteral("--member"),
                                 QStringLiteral("anna"),
                                 ics("google-calendar.ics"),
                                 QStringLiteral("--from"),
                                 QStringLiteral("2026-03-01"),
                                 QStringLiteral("--to"),
                                 QStringLiteral("2026-03-31")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    // Hand count in tst_busy_import: 5 busy instances in March.
    QVERIFY2(imported.out.contains(": 5 busy times for Anna Schmidt"), imported.out.constData());

    const Run conflicts = runCli({QStringLiteral("conflicts"),
                                  m_plan,
                                  QStringLiteral("--from"),
                                  QStringLiteral("2026-03-01"),
                                  QStringLiteral("--to"),
                                  QStringLiteral("2026-03-31"),
                                  QStringLiteral("--json")});
    QCOMPARE(conflicts.exitCode, 0);
    QJsonArray meetings;
    for (const QJsonValue &value : QJsonDocument::fromJson(conflicts.out).array())
        if (value.toObject()[QLatin1String("kind")].toString()
            == QLatin1String("meetingInDeepWork"))
            meetings.append(value);
    QCOMPARE(meetings.size(), 1);
    const QJsonObject meeting = meetings.first().toObject();
    QCOMPARE(meeting[QLatin1String("severity")].toString(), QStringLiteral("error"));
    QCOMPARE(meeting[QLatin1String("member")].toString(), QStringLiteral("anna"));
    QCOMPARE(meeting[QLatin1String("interval")].toArray(),
             (QJsonArray{QStringLiteral("2026-03-09T12:00:00Z"),
                         QStringLiteral("2026-03-09T12:30:00Z")}));

    // A second import replaces the first: an empty calendar clears it.
    const QString empty = m_dir->filePath(QStringLiteral("empty.ics"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n");
    file.close();
    const Run cleared = runCli({QStringLiteral("import-busy"),
                                m_plan,
                                QStringLiteral("--member"),
                                QStringLiteral("anna"),
                                empty});
    QCOMPARE(cleared.exitCode, 0);
    const Run after = runCli({QStringLiteral("conflicts"),
                              m_plan,
                              QStringLiteral("--from"),
                              QStringLiteral("2026-03-01"),
                              QStringLiteral("--to"),
                              QStringLiteral("2026-03-31"),
                              QStringLiteral("--json")});
    QVERIFY(!after.out.contains("meetingInDeepWork"));
}

void TestCliIcs::importHolidaysTakesDaysOff()
{
    // Fri 2027-03-26 is a holiday (Easter, four days): EMEA's members work
    // Mon-Fri, so EMEA's coverage that Friday is gone. Schedule of that UTC
    // day before and after: the emea region's coverage turns empty. (Leila in
    // Dubai starts 04:00Z; everyone in EMEA is off on the local date.)
    const auto coverage = [&]() {
        const Run run = runCli({QStringLiteral("schedule"),
                                m_plan,
                                QStringLiteral("--from"),
                                QStringLiteral("2027-03-26"),
                                QStringLiteral("--to"),
                                QStringLiteral("2027-03-26"),
                                QStringLiteral("--json")});
        for (const QJsonValue &region :
             QJsonDocument::fromJson(run.out).object()[QLatin1String("regions")].toArray())
            if (region.toObject()[QLatin1String("id")].toString() == QLatin1String("emea"))
                return region.toObject()[QLatin1String("coverage")].toArray().size();
        return qsizetype(-1);
    };
    QVERIFY(coverage() > 0);
    const Run imported = runCli({QStringLiteral("import-holidays"),
                                 m_plan,
                                 QStringLiteral("--region"),
                                 QStringLiteral("emea"),
                                 ics("holidays-de.ics"),
                                 QStringLiteral("--from"),
                                 QStringLiteral("2026-12-01"),
                                 QStringLiteral("--to"),
                                 QStringLiteral("2027-12-31")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.contains(": 9 holidays for EMEA"), imported.out.constData());
    QCOMPARE(coverage(), qsizetype(0));
}

void TestCliIcs::importRefusesJsonAndBadFiles()
{
    const Run json = runCli({QStringLiteral("import-busy"),
                             QStringLiteral(SUNRELAY_DEMO_PLAN),
                             QStringLiteral("--member"),
                             QStringLiteral("anna"),
                             ics("google-calendar.ics")});
    QCOMPARE(json.exitCode, 1);
    QVERIFY(json.err.contains("plan files only"));

    const QString broken = m_dir->filePath(QStringLiteral("broken.ics"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n");
    file.close();
    const Run bad = runCli({QStringLiteral("import-busy"),
                            m_plan,
                            QStringLiteral("--member"),
                            QStringLiteral("anna"),
                            broken});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("missing END:VEVENT"), bad.err.constData());

    const Run member = runCli({QStringLiteral("import-busy"),
                               m_plan,
                               QStringLiteral("--member"),
                               QStringLiteral("nobody"),
                               ics("google-calendar.ics")});
    QCOMPARE(member.exitCode, 1);
    const Run region = runCli({QStringLiteral("import-holidays"),
                               m_plan,
                               QStringLiteral("--region"),
                               QStringLiteral("nowhere"),
                               ics("holidays-de.ics")});
    QCOMPARE(region.exitCode, 1);
    const Run usage = runCli({QStringLiteral("import-busy"), m_plan, ics("google-calendar.ics")});
    QCOMPARE(usage.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliIcs)
#include "tst_cli_ics.moc"
