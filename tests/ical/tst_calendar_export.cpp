// Calendar export: every instant an exported event denotes is the engine's.
//
// The plan has the DST cases of DESIGN.md: Berlin and New York (the US/EU
// mismatch weeks: US clocks change 2026-03-08 and 2026-11-01, EU ones
// 2026-03-29 and 2026-10-25), Australia/Lord_Howe (30-minute DST: back
// 02:00 -> 01:30 on 2026-04-05, forward 02:00 -> 02:30 on 2026-10-04), a
// night block past midnight, and deep-work blocks that start inside the
// spring-forward gap and inside the repeated fall-back hour.
//
// Each export is read back by libical (its own RRULE/EXDATE expansion) and by
// Python's icalendar + dateutil + zoneinfo, and both must give exactly the
// engine's instances. Hand calculations pin the DST instances themselves.

#include "ical_test_support.h"

#include "sunrelay/core/expansion.h"
#include "sunrelay/core/schedule_report.h"
#include "sunrelay/ical/calendar_export.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

Plan dstPlan()
{
    Plan plan = PlanBuilder()
                    .region("emea")
                    .region("amer")
                    .region("apac")
                    .member("anna",
                            "emea",
                            QStringLiteral("Europe/Berlin"),
                            QStringLiteral("mon-fri 09:00-17:30"),
                            QStringLiteral("mon-fri 09:00-12:00; sun 02:30-04:30"),
                            QStringLiteral("mon-fri 11:00-11:30"))
                    .timeOff(QStringLiteral("2026-03-11"), QStringLiteral("2026-03-12"))
                    .member("nia",
                            "amer",
                            QStringLiteral("America/New_York"),
                            QStringLiteral("mon-fri 09:00-17:30"),
                            QStringLiteral("mon-fri 13:00-16:00; sun 02:30-04:30; "
                                           "sun 01:30-03:00; sat 22:00-06:00"),
                            QStringLiteral("mon-fri 09:00-09:30"))
                    .member("kai",
                            "apac",
                            QStringLiteral("Australia/Lord_Howe"),
                            QStringLiteral("mon-fri 08:00-16:00"),
                            QStringLiteral("sun 01:45-02:15; mon-fri 09:00-12:00"))
                    .member("priya",
                            "apac",
                            QStringLiteral("Asia/Calcutta"),
                            QStringLiteral("mon-fri 09:30-18:00"),
                            QStringLiteral("mon-fri 11:30-15:00"))
                    .task("T1", 40, 1, QStringLiteral("2026-03-02T08:00Z"), "emea")
                    .build();
    plan.name = "DST plan";
    plan.regions[0].name = "EMEA";
    plan.regions[1].name = "AMER";
    plan.regions[2].name = "APAC";
    plan.regions[0].holidays.push_back({day(QStringLiteral("2026-04-03")), "Good Friday"});
    return plan;
}

Interval window(const QString &from, const QString &to)
{
    return dayWindow(date::sys_days{day(from).time_since_epoch()},
                     date::sys_days{day(to).time_since_epoch()});
}

std::string exported(const Plan &plan, const ical::ExportRequest &request)
{
    auto text = ical::exportCalendar(plan, request);
    if (!text)
        qFatal("export failed: %s", text.error().message().c_str());
    return text.value();
}

QString writeTemporary(QTemporaryDir &dir, const std::string &text)
{
    const QString path = dir.filePath(QStringLiteral("export.ics"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.data(), qint64(text.size()));
    return path;
}

// The property lines of the event with this UID, unfolded.
QString eventText(const std::string &calendar, const QString &uid)
{
    QString text = QString::fromStdString(calendar);
    text.replace(QLatin1String("\r\n "), QString());
    const qsizetype at = text.indexOf(QLatin1String("UID:") + uid + QLatin1String("\r\n"));
    if (at < 0)
        return {};
    const qsizetype begin = text.lastIndexOf(QLatin1String("BEGIN:VEVENT"), at);
    const qsizetype end = text.indexOf(QLatin1String("END:VEVENT"), at);
    return text.mid(begin, end - begin);
}

} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT

private slots:
    void instantsMatchEngine_data();
    void instantsMatchEngine();
    void dstInstancesAreUtcEvents_data();
    void dstInstancesAreUtcEvents();
    void emptyInstancesAreNotWritten();
    void zoneWindowsReadBack_data();
    void zoneWindowsReadBack();
    void vtimezoneComponents();
    void calendarStructure();
    void userTextRoundTrips_data();
    void userTextRoundTrips();
    void calendarNameAndControlCharacters_data();
    void calendarNameAndControlCharacters();
    void deterministicWithSequence();
    void handoffsListTheTasksOfThePlansRoutes();
    void handoffNotesFollowTheHandoffNumber();
    void taskSegmentsAreTheRouteMembersWork_data();
    void taskSegmentsAreTheRouteMembersWork();
    void includeChoosesWhatIsWritten_data();
    void includeChoosesWhatIsWritten();
    void errors();
};

void TestCalendarExport::instantsMatchEngine_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const int plan = int(ical::ExportScope::Plan), region = int(ical::ExportScope::Region),
              member = int(ical::ExportScope::Member);
    // March: US spring-forward 03-08, EU 03-29, Lord Howe back 04-05.
    QTest::newRow("plan, spring mismatch weeks") << plan << QString() << "2026-03-01"
                                                 << "2026-04-12";
    QTest::newRow("amer, spring") << region << "amer"
                                  << "2026-03-01"
                                  << "2026-04-12";
    QTest::newRow("nia, spring") << member << "nia"
                                 << "2026-03-01"
                                 << "2026-04-12";
    QTest::newRow("anna, spring with time off + holiday") << member << "anna"
                                                          << "2026-03-01"
                                                          << "2026-04-12";
    // Autumn: Lord Howe forward 10-04, EU back 10-25, US back 11-01.
    QTest::newRow("plan, autumn mismatch weeks") << plan << QString() << "2026-09-27"
                                                 << "2026-11-08";
    QTest::newRow("kai, autumn") << member << "kai"
                                 << "2026-09-27"
                                 << "2026-11-08";
    QTest::newRow("apac, one day") << region << "apac"
                                   << "2026-10-04"
                                   << "2026-10-04";
    QTest::newRow("plan, a quiet winter week") << plan << QString() << "2026-11-30"
                                               << "2026-12-06";
}

void TestCalendarExport::instantsMatchEngine()
{
    QFETCH(int, scope);
    QFETCH(QString, id);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const Plan plan = dstPlan();
    ical::ExportRequest request;
    request.scope = ical::ExportScope(scope);
    request.id = id.toStdString();
    request.window = window(from, to);
    request.stamp = utc(QStringLiteral("2026-01-01T00:00Z"));
    const std::string text = exported(plan, request);
    const Instances expected = engineInstances(plan, request);
    QVERIFY(!expected.isEmpty());

    QCOMPARE(libicalInstances(text, request.window), expected);
    QString error;
    QCOMPARE(libicalFileZoneInstances(text, request.window, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QTemporaryDir dir;
    const QJsonArray events = pythonEvents(writeTemporary(dir, text), request.window, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pythonInstances(events), expected);
    QCOMPARE(pythonInstances(events, QLatin1String("named_instances")), expected);
}

void TestCalendarExport::dstInstancesAreUtcEvents_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("dtstart");
    QTest::addColumn<QString>("dtend");
    // Nia (New York) sun 02:30-04:30 on 2026-03-08: 02:30 is skipped and read
    // with the offset before the gap, -5: 07:30Z; 04:30 EDT (-4) = 08:30Z.
    QTest::newRow("start in the US gap") << "deepwork-nia-1-20260308@sunrelay"
                                         << "DTSTART:20260308T073000Z"
                                         << "DTEND:20260308T083000Z";
    // Nia sun 01:30-03:00 on 2026-11-01: 01:30 occurs twice, the first is EDT
    // (-4): 05:30Z; 03:00 EST (-5) = 08:00Z.
    QTest::newRow("start in the repeated hour") << "deepwork-nia-2-20261101@sunrelay"
                                                << "DTSTART:20261101T053000Z"
                                                << "DTEND:20261101T080000Z";
    // Nia sat 22:00-06:00 from 2026-10-31: 22:00 EDT = 02:00Z (11-01); 06:00
    // EST = 11:00Z: 9 h in UTC for 8 h on the wall clock.
    QTest::newRow("night block over the US fall-back") << "deepwork-nia-3-20261031@sunrelay"
                                                       << "DTSTART:20261101T020000Z"
                                                       << "DTEND:20261101T110000Z";
    // Anna (Berlin) sun 02:30-04:30 on 2026-03-29: 02:30 skipped, offset
    // before +1: 01:30Z; 04:30 CEST (+2) = 02:30Z.
    QTest::newRow("start in the EU gap") << "deepwork-anna-1-20260329@sunrelay"
                                         << "DTSTART:20260329T013000Z"
                                         << "DTEND:20260329T023000Z";
    // Kai (Lord Howe) sun 01:45-02:15 on 2026-04-05: 01:45 repeated, first at
    // +11: 14:45Z on 04-04; 02:15 at +10:30 = 15:45Z.
    QTest::newRow("Lord Howe repeated half hour") << "deepwork-kai-0-20260405@sunrelay"
                                                  << "DTSTART:20260404T144500Z"
                                                  << "DTEND:20260404T154500Z";
    // Kai on 2026-10-04: 01:45 at +10:30 = 15:15Z (10-03); 02:15 skipped,
    // offset before +10:30: 15:45Z.
    QTest::newRow("Lord Howe end in the gap") << "deepwork-kai-0-20261004@sunrelay"
                                              << "DTSTART:20261003T151500Z"
                                              << "DTEND:20261003T154500Z";
}

void TestCalendarExport::dstInstancesAreUtcEvents()
{
    QFETCH(QString, uid);
    QFETCH(QString, dtstart);
    QFETCH(QString, dtend);
    ical::ExportRequest request;
    request.window = window(QStringLiteral("2026-03-01"), QStringLiteral("2026-11-08"));
    const std::string text = exported(dstPlan(), request);
    const QString event = eventText(text, uid);
    QVERIFY2(!event.isEmpty(), qPrintable(uid));
    QVERIFY2(event.contains(dtstart + QLatin1String("\r\n")), qPrintable(event));
    QVERIFY2(event.contains(dtend + QLatin1String("\r\n")), qPrintable(event));
    QVERIFY(!event.contains(QLatin1String("RRULE")));
}

void TestCalendarExport::emptyInstancesAreNotWritten()
{
    // New York springs forward on Sunday 2026-03-08, 02:00 EST -> 03:00 EDT.
    // Comms 02:15-03:00: 02:15 is skipped and read with EST (-5), 07:15Z;
    // 03:00 EDT (-4) is 07:00Z: nothing is left. Deep work 02:00-03:00:
    // 07:00Z to 07:00Z, nothing either. The Sundays around it are whole:
    // 03-01 in EST (+5 h), 03-15 in EDT (+4 h).
    const Plan plan = PlanBuilder()
                          .region("amer")
                          .member("nia",
                                  "amer",
                                  QStringLiteral("America/New_York"),
                                  QStringLiteral("mon-fri 09:00-17:00"),
                                  QStringLiteral("sun 02:00-03:00"),
                                  QStringLiteral("sun 02:15-03:00"))
                          .build();
    ical::ExportRequest request;
    request.scope = ical::ExportScope::Member;
    request.id = "nia";
    request.window = window(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-21"));
    const std::string text = exported(plan, request);
    const Instances expected{{QStringLiteral("comms-nia"),
                              {QStringLiteral("2026-03-01T07:15Z/2026-03-01T08:00Z"),
                               QStringLiteral("2026-03-15T06:15Z/2026-03-15T07:00Z")}},
                             {QStringLiteral("deepwork-nia"),
                              {QStringLiteral("2026-03-01T07:00Z/2026-03-01T08:00Z"),
                               QStringLiteral("2026-03-15T06:00Z/2026-03-15T07:00Z")}}};
    QCOMPARE(engineInstances(plan, request), expected);
    QVERIFY(!QString::fromStdString(text).contains(QLatin1String("20260308T07")));
    QVERIFY(eventText(text, QStringLiteral("comms-nia-0-20260308@sunrelay")).isEmpty());

    QCOMPARE(libicalInstances(text, request.window), expected);
    QString error;
    QCOMPARE(libicalFileZoneInstances(text, request.window, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    const QJsonArray events = pythonEvents(writeTemporary(dir, text), request.window, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pythonInstances(events), expected);
    QCOMPARE(pythonInstances(events, QLatin1String("named_instances")), expected);
}

void TestCalendarExport::zoneWindowsReadBack_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("deepWork");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("handWorked"); // "category start/end" that must be there
    QTest::addColumn<QStringList>("absent"); // UTC starts that must not be

    // Asia/Jerusalem: clocks go 02:00 IST (+2) -> 03:00 IDT (+3) on the
    // Friday before the last Sunday of March; in 2028 that is Fri 03-24.
    // Daily 02:30-03:30: on 03-20..03-23 00:30Z-01:30Z; on 03-24 02:30 is
    // skipped (+2: 00:30Z) and 03:30 IDT is 00:30Z: empty; from Sat 03-25 on,
    // 02:30 IDT = 23:30Z the day before. libical 3.0 put Saturday's at
    // 00:30Z: its RRULE iterator stepped through Friday's 02:30 first.
    QTest::newRow("Jerusalem, Friday change 2028")
        << "Asia/Jerusalem"
        << "daily 02:30-03:30"
        << "2028-03-20"
        << "2028-03-31"
        << QStringList{"deepwork-m 2028-03-23T00:30Z/2028-03-23T01:30Z",
                       "deepwork-m 2028-03-24T23:30Z/2028-03-25T00:30Z",
                       "deepwork-m 2028-03-25T23:30Z/2028-03-26T00:30Z",
                       "comms-m 2028-03-23T07:00Z/2028-03-23T15:00Z",
                       "comms-m 2028-03-27T06:00Z/2028-03-27T14:00Z"}
        << QStringList{"2028-03-24T00:30Z", "2028-03-25T00:30Z"};
    // The same on Fridays and Saturdays only: libical had Sat 03-25 and
    // Fri 03-31 at 03:30 IDT (00:30Z).
    QTest::newRow("Jerusalem, Fridays and Saturdays")
        << "Asia/Jerusalem"
        << "fri,sat 02:30-03:30"
        << "2028-03-20"
        << "2028-04-09"
        << QStringList{"deepwork-m 2028-03-24T23:30Z/2028-03-25T00:30Z",
                       "deepwork-m 2028-03-30T23:30Z/2028-03-31T00:30Z",
                       "deepwork-m 2028-03-31T23:30Z/2028-04-01T00:30Z"}
        << QStringList{"2028-03-25T00:30Z", "2028-03-31T00:30Z"};
    // America/Asuncion: back from -03 to -04 on Sun 2024-03-24 00:00, forward
    // again on Sun 2024-10-06. April-September 2024 is all -04: comms
    // 09:00-17:00 are 13:00Z-21:00Z (the trimmed VTIMEZONE gave -03).
    QTest::newRow("Asuncion, April-September 2024")
        << "America/Asuncion"
        << "daily 01:30-03:30"
        << "2024-04-01"
        << "2024-09-30"
        << QStringList{"comms-m 2024-04-01T13:00Z/2024-04-01T21:00Z",
                       "comms-m 2024-09-30T13:00Z/2024-09-30T21:00Z",
                       "deepwork-m 2024-06-15T05:30Z/2024-06-15T07:30Z"}
        << QStringList{"2024-04-01T12:00Z"};
    // Africa/Cairo: summer time (+3) ends at 24:00 on the last Thursday of
    // October (2024-10-31 -> 23:00 +2) and starts at 00:00 on the last Friday
    // of April (2025-04-25 -> 01:00 +3). Winter is +2: 09:00 = 07:00Z.
    QTest::newRow("Cairo, winter 2024-25")
        << "Africa/Cairo"
        << "daily 23:00-01:00"
        << "2024-11-01"
        << "2025-04-30"
        << QStringList{"comms-m 2024-11-04T07:00Z/2024-11-04T15:00Z",
                       "comms-m 2025-04-24T07:00Z/2025-04-24T15:00Z",
                       "comms-m 2025-04-28T06:00Z/2025-04-28T14:00Z",
                       // Thu 04-24 23:00 +2 = 21:00Z; Fri 01:00 +3 = 22:00Z:
                       // an hour long, its own UTC event.
                       "deepwork-m 2025-04-24T21:00Z/2025-04-24T22:00Z",
                       "deepwork-m 2025-01-15T21:00Z/2025-01-15T23:00Z"}
        << QStringList{"2024-11-04T06:00Z"};
    // America/Coyhaique (Aysén, tzdata 2025b): forward to -03 on Sun
    // 2024-09-08 and never back; in April-September 2025, when continental
    // Chile is at -04, it stays at -03: 09:00 = 12:00Z.
    QTest::newRow("Coyhaique, April-September 2025")
        << "America/Coyhaique"
        << "daily 01:30-03:30"
        << "2025-04-01"
        << "2025-09-30"
        << QStringList{"comms-m 2025-04-07T12:00Z/2025-04-07T20:00Z",
                       "comms-m 2025-09-08T12:00Z/2025-09-08T20:00Z"}
        << QStringList{"2025-04-07T13:00Z"};
    // Asia/Gaza: back from +3 to +2 on Sat 2024-10-26 02:00, forward on Sat
    // 2025-04-12 02:00 (after Ramadan). Winter is +2: 09:00 = 07:00Z; after
    // 04-12, 06:00Z. Daily 02:30-03:30 on 04-12 is empty (02:30 skipped,
    // +2: 00:30Z; 03:30 +3: 00:30Z); Sunday 04-13: 04-12 23:30Z.
    QTest::newRow("Gaza, winter 2024-25 and the Saturday change")
        << "Asia/Gaza"
        << "daily 02:30-03:30"
        << "2024-11-01"
        << "2025-04-20"
        << QStringList{"comms-m 2024-11-04T07:00Z/2024-11-04T15:00Z",
                       "comms-m 2025-04-11T07:00Z/2025-04-11T15:00Z",
                       "comms-m 2025-04-14T06:00Z/2025-04-14T14:00Z",
                       "deepwork-m 2025-04-11T00:30Z/2025-04-11T01:30Z",
                       "deepwork-m 2025-04-12T23:30Z/2025-04-13T00:30Z"}
        << QStringList{"2025-04-12T00:30Z", "2025-04-13T00:30Z"};
    // Asia/Hebron: the same rules; forward on Sat 2024-04-20 02:00.
    QTest::newRow("Hebron, April 2024")
        << "Asia/Hebron"
        << "daily 02:30-03:30"
        << "2024-04-01"
        << "2024-04-30"
        << QStringList{"comms-m 2024-04-19T07:00Z/2024-04-19T15:00Z",
                       "comms-m 2024-04-22T06:00Z/2024-04-22T14:00Z",
                       "deepwork-m 2024-04-20T23:30Z/2024-04-21T00:30Z"}
        << QStringList{"2024-04-20T00:30Z", "2024-04-21T00:30Z"};
}

void TestCalendarExport::zoneWindowsReadBack()
{
    QFETCH(QString, zone);
    QFETCH(QString, deepWork);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, handWorked);
    QFETCH(QStringList, absent);
    const Plan plan = PlanBuilder()
                          .region("r")
                          .member("m",
                                  "r",
                                  zone,
                                  QStringLiteral("mon-fri 09:00-17:00"),
                                  deepWork,
                                  QStringLiteral("mon-fri 09:00-17:00"))
                          .build();
    ical::ExportRequest request;
    request.scope = ical::ExportScope::Member;
    request.id = "m";
    request.window = window(from, to);
    const std::string text = exported(plan, request);
    const Instances expected = engineInstances(plan, request);
    // The engine agrees with the hand calculations...
    for (const QString &item : handWorked) {
        const QStringList parts = item.split(QLatin1Char(' '));
        QVERIFY2(expected.value(parts[0]).contains(parts[1]), qPrintable(item));
    }
    for (const QString &start : absent)
        for (const QStringList &list : expected)
            for (const QString &instance : list)
                QVERIFY2(!instance.startsWith(start + QLatin1Char('/')), qPrintable(instance));
    // ...and every reader of the file with the engine.
    QCOMPARE(libicalInstances(text, request.window), expected);
    QString error;
    QCOMPARE(libicalFileZoneInstances(text, request.window, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    const QJsonArray events = pythonEvents(writeTemporary(dir, text), request.window, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pythonInstances(events), expected);
    QCOMPARE(pythonInstances(events, QLatin1String("named_instances")), expected);
}

void TestCalendarExport::vtimezoneComponents()
{
    // New York in April 2026: the last change before the first event is the
    // spring-forward of 03-08 (DAYLIGHT); the fall-back of 2025-11-02 before
    // it is there too, so the zone has a STANDARD component. DTSTART is the
    // change's reading on the clock before it: 02:00 both times.
    const Plan plan = PlanBuilder()
                          .region("r")
                          .member("m",
                                  "r",
                                  QStringLiteral("America/New_York"),
                                  QStringLiteral("mon-fri 09:00-17:00"),
                                  {},
                                  QStringLiteral("mon-fri 09:00-17:00"))
                          .member("k",
                                  "r",
                                  QStringLiteral("Asia/Kolkata"),
                                  QStringLiteral("mon-fri 09:00-17:00"),
                                  {},
                                  QStringLiteral("mon-fri 09:00-17:00"))
                          .build();
    ical::ExportRequest request;
    request.window = window(QStringLiteral("2026-04-01"), QStringLiteral("2026-04-30"));
    QString text = QString::fromStdString(exported(plan, request));
    text.replace(QLatin1String("\r\n "), QString());
    const auto zoneText = [&](const QString &tzid) {
        const qsizetype at = text.indexOf(QLatin1String("TZID:") + tzid + QLatin1String("\r\n"));
        return text.mid(at, text.indexOf(QLatin1String("END:VTIMEZONE"), at) - at);
    };
    QCOMPARE(zoneText(QStringLiteral("America/New_York")),
             QStringLiteral("TZID:America/New_York\r\n"
                            "BEGIN:STANDARD\r\nDTSTART:20251102T020000\r\nTZOFFSETFROM:-0400\r\n"
                            "TZOFFSETTO:-0500\r\nTZNAME:EST\r\nEND:STANDARD\r\n"
                            "BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\n"
                            "TZOFFSETTO:-0400\r\nTZNAME:EDT\r\nEND:DAYLIGHT\r\n"));
    // Kolkata has been at +05:30 since 1945: one STANDARD from 1970, no change.
    QCOMPARE(zoneText(QStringLiteral("Asia/Kolkata")),
             QStringLiteral("TZID:Asia/Kolkata\r\n"
                            "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\n"
                            "TZOFFSETTO:+0530\r\nTZNAME:IST\r\nEND:STANDARD\r\n"));
}

void TestCalendarExport::calendarStructure()
{
    ical::ExportRequest request;
    request.window = window(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-14"));
    const QString text = QString::fromStdString(exported(dstPlan(), request));
    QVERIFY(text.startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
    QVERIFY(text.contains(QLatin1String("\r\nVERSION:2.0\r\n")));
    QVERIFY(text.contains(QLatin1String("\r\nPRODID:")));
    QVERIFY(text.contains(QLatin1String("\r\nX-WR-CALNAME:DST plan\r\n")));
    QVERIFY(!text.contains(QLatin1String("METHOD")));
    QVERIFY(!text.contains(QLatin1String("freeassociation")));
    // Every TZID used has its VTIMEZONE, with the plain IANA id.
    for (const char *zone :
         {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Calcutta"}) {
        const QString name = QLatin1String(zone);
        QVERIFY2(text.contains(QLatin1String("\r\nTZID:") + name + QLatin1String("\r\n")), zone);
        QVERIFY2(text.contains(QLatin1String(";TZID=") + name + QLatin1Char(':')), zone);
    }
    // DTSTAMP in UTC; deep work busy, comms free.
    QVERIFY(text.contains(QLatin1String("\r\nDTSTAMP:")));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("DTSTAMP:[0-9T]+\r\n"))));
    const QString deep = eventText(text.toStdString(), QStringLiteral("deepwork-anna-0@sunrelay"));
    QVERIFY(deep.contains(QLatin1String("TRANSP:OPAQUE")));
    QVERIFY(deep.contains(QLatin1String("RRULE:FREQ=WEEKLY;COUNT=")));
    // Anna's time off 2026-03-11/12 (Wed, Thu) are EXDATEs at 09:00 local.
    QVERIFY(deep.contains(QLatin1String("EXDATE;TZID=Europe/Berlin:20260311T090000")));
    QVERIFY(deep.contains(QLatin1String("EXDATE;TZID=Europe/Berlin:20260312T090000")));
    const QString comms = eventText(text.toStdString(), QStringLiteral("comms-anna-0@sunrelay"));
    QVERIFY(comms.contains(QLatin1String("TRANSP:TRANSPARENT")));
    QVERIFY(text.contains(QStringLiteral("SUMMARY:Handoff EMEA \u2192 AMER")));
}

void TestCalendarExport::userTextRoundTrips_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("note");
    QTest::newRow("CRLF and a planted event")
        << QStringLiteral("Fix\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil")
        << QStringLiteral("line one\r\nline two");
    QTest::newRow("commas, semicolons, backslashes")
        << QStringLiteral("a,b;c\\d\\,e\\;f\\n") << QStringLiteral("x;y,z\\");
    QTest::newRow("emoji") << QStringLiteral("Deploy \U0001F680 \U0001F468\u200D\U0001F4BB done")
                           << QStringLiteral("\u00fc\u00df \u4e2d\u6587 \U0001F600");
    QTest::newRow("300 characters")
        << QString(300, QLatin1Char('x')) << QString(150, QChar(0x00e9));
    QTest::newRow("colon line") << QStringLiteral("DTSTART:19700101T000000Z")
                                << QStringLiteral("\nRRULE:FREQ=SECONDLY\n");
}

void TestCalendarExport::userTextRoundTrips()
{
    QFETCH(QString, title);
    QFETCH(QString, note);
    Plan plan = dstPlan();
    plan.tasks.front().title = title.toStdString();
    ical::ExportRequest request;
    request.scope = ical::ExportScope::Region;
    request.id = "emea";
    request.window = window(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-02"));
    // The task passes EMEA -> AMER on its first day, its handoff 1 (hand
    // check: EMEA covers 08:00-16:30Z on 03-02, AMER 14:00-22:30Z; 40 h do
    // not fit in one day).
    plan.tasks.front().handoffNotes = {{1, note.toStdString()}};
    const std::string text = exported(plan, request);

    // Line length: libical folds at 75 octets, and never inside a UTF-8
    // character (each line decodes on its own).
    for (const QByteArray &line : QByteArray::fromStdString(text).split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData());
        QVERIFY(QString::fromUtf8(line).toUtf8() == line);
    }

    // iCalendar TEXT has one line break: CRLF and CR come back as LF.
    const auto lf = [](QString text) {
        return text.replace(QLatin1String("\r\n"), QLatin1String("\n"))
            .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    };
    const QString expected =
        QLatin1String("- T1 ") + lf(title) + QLatin1String("\n  Note: ") + lf(note);
    const QString uid = QStringLiteral("handoff-emea-amer-20260302T163000Z@sunrelay");

    // libical reads back exactly that text, and no planted event.
    std::unique_ptr<icalcomponent, CalendarDeleter> root(icalparser_parse_string(text.c_str()));
    QVERIFY(root);
    QStringList uids;
    for (icalcomponent *e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        uids << QString::fromUtf8(icalcomponent_get_uid(e));
        if (uids.back() == uid) {
            const QString description = QString::fromUtf8(icalcomponent_get_description(e));
            QVERIFY2(description.endsWith(expected), qPrintable(description));
        }
    }
    QVERIFY(uids.contains(uid));
    QVERIFY(!uids.contains(QLatin1String("evil")));

    // Python's icalendar parses it too, with the same events. (icalendar 4.0
    // unescapes an escaped backslash before a comma or semicolon wrongly —
    // its bug, libical above reads it right — so its text is compared only
    // without backslashes.)
    QTemporaryDir dir;
    QString error;
    const QJsonArray events = pythonEvents(writeTemporary(dir, text), request.window, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList pythonUids;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        pythonUids << event[QLatin1String("uid")].toString();
        if (pythonUids.back() == uid && !expected.contains(QLatin1Char('\\'))) {
            const QString description = event[QLatin1String("description")].toString();
            QVERIFY2(description.endsWith(expected), qPrintable(description));
        }
    }
    QCOMPARE(pythonUids, uids);
}

void TestCalendarExport::calendarNameAndControlCharacters_data()
{
    QTest::addColumn<QByteArray>("name"); // the plan's and a member's name, as bytes
    QTest::addColumn<QString>("expected"); // as a reader must get it back
    QTest::addColumn<QString>("written"); // the X-WR-CALNAME line, unfolded
    // TEXT escapes (RFC 5545 3.3.11): ; , \ and the line break come back as
    // written. (No backslash right before ; or , here: Python's icalendar
    // 4.0 reads that wrongly, see userTextRoundTrips.)
    QTest::newRow("; , \\ and a line break")
        << QByteArray("Team; EMEA, AMER \\ night\nshift")
        << QStringLiteral("Team; EMEA, AMER \\ night\nshift")
        << QStringLiteral("X-WR-CALNAME:Team\\; EMEA\\, AMER \\\\ night\\nshift\r\n");
    // Control characters TEXT may not carry are dropped by hand: ESC (the
    // rest of the colour sequence stays as text), BEL, DEL, the C1 CSI
    // U+009B; a CR becomes the line break; TAB stays; a byte that is not
    // UTF-8 (0xFF) becomes U+FFFD.
    QTest::newRow("control characters")
        << QByteArray(
               "Ops\x1b[31mred\x07 \x7f\xc2\x9b"
               "C1\rnext\tcol \xff end")
        << QStringLiteral("Ops[31mred C1\nnext\tcol \uFFFD end")
        << QStringLiteral("X-WR-CALNAME:Ops[31mred C1\\nnext\tcol \uFFFD end\r\n");
}

void TestCalendarExport::calendarNameAndControlCharacters()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, expected);
    QFETCH(QString, written);
    Plan plan = dstPlan();
    plan.name = name.toStdString();
    plan.members.front().name = name.toStdString(); // anna: "Deep work · <name>"
    ical::ExportRequest request;
    request.window = window(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-02"));
    const std::string text = exported(plan, request);

    // Nothing a terminal or client acts on: no C0 but CR, LF and TAB, no
    // DEL, no C1; the whole file is UTF-8; lines of at most 75 octets.
    const QByteArray bytes = QByteArray::fromStdString(text);
    for (const char c : bytes)
        QVERIFY2((static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) || c == '\r' || c == '\n'
                     || c == '\t',
                 qPrintable(QString::number(static_cast<unsigned char>(c))));
    QVERIFY(QString::fromUtf8(bytes).toUtf8() == bytes);
    QVERIFY(!QString::fromUtf8(bytes).contains(QChar(0x9b)));
    for (const QByteArray &line : bytes.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData());
    // The name is TEXT, escaped as RFC 5545 3.3.11 asks (libical writes an
    // X- property's ; and , raw).
    QVERIFY2(QString::fromUtf8(bytes).replace(QLatin1String("\r\n "), QString()).contains(written),
             bytes.constData());

    // libical reads the exact name back, as X-WR-CALNAME and in SUMMARY.
    const QString summary = QStringLiteral("Deep work \u00b7 ") + expected;
    std::unique_ptr<icalcomponent, CalendarDeleter> root(icalparser_parse_string(text.c_str()));
    QVERIFY(root);
    icalproperty *calname = icalcomponent_get_first_property(root.get(), ICAL_X_PROPERTY);
    while (calname && std::string_view(icalproperty_get_x_name(calname)) != "X-WR-CALNAME")
        calname = icalcomponent_get_next_property(root.get(), ICAL_X_PROPERTY);
    QVERIFY(calname);
    QCOMPARE(QString::fromUtf8(icalproperty_get_x(calname)), expected);
    bool sawDeepWork = false;
    for (icalcomponent *e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT))
        if (QString::fromUtf8(icalcomponent_get_uid(e))
            == QLatin1String("deepwork-anna-0@sunrelay")) {
            QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(e)), summary);
            sawDeepWork = true;
        }
    QVERIFY(sawDeepWork);

    // And so does Python's icalendar.
    QTemporaryDir dir;
    const QString path = writeTemporary(dir, text);
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import icalendar, json, sys\n"
                        "c = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                        "print(json.dumps(str(c['X-WR-CALNAME'])))\n"),
         path});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QCOMPARE(QJsonDocument::fromJson("[" + python.readAllStandardOutput() + "]")
                 .array()
                 .first()
                 .toString(),
             expected);
    QString error;
    const QJsonArray events = pythonEvents(path, request.window, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    bool pythonSawDeepWork = false;
    for (const QJsonValue &value : events)
        if (value[QLatin1String("uid")].toString() == QLatin1String("deepwork-anna-0@sunrelay")) {
            QCOMPARE(value[QLatin1String("summary")].toString(), summary);
            pythonSawDeepWork = true;
        }
    QVERIFY(pythonSawDeepWork);
}

void TestCalendarExport::handoffsListTheTasksOfThePlansRoutes()
{
    // T1 (40 h from Mon 03-02 08:00Z, EMEA), hand-routed: EMEA 08:00-16:30Z
    // (8.5 h), AMER 16:30-22:30Z (New York EST, 14.5 h), APAC from 22:30Z
    // (Lord Howe +11 from 21:00Z, Kolkata to 12:30Z) to Tue 12:30Z (28.5 h),
    // EMEA 12:30-16:30Z (32.5 h), AMER 16:30-22:30Z (38.5 h), APAC 22:30Z to
    // Wed 00:00Z: done. An EMEA export of Tue and Wed lists T1 on Tuesday's
    // two handoffs and on none of Wednesday's, whatever its window: the
    // routes are the plan's, from the task's own start.
    ical::ExportRequest request;
    request.scope = ical::ExportScope::Region;
    request.id = "emea";
    request.window = window(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-04"));
    const std::string text = exported(dstPlan(), request);
    CalendarPtr root(icalparser_parse_string(text.c_str()));
    QVERIFY(root);
    QStringList withT1;
    QStringList handoffs;
    for (icalcomponent *e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        const QString uid = QString::fromUtf8(icalcomponent_get_uid(e));
        if (!uid.startsWith(QLatin1String("handoff-")))
            continue;
        handoffs << uid;
        if (QString::fromUtf8(icalcomponent_get_description(e)).contains(QLatin1String("- T1 ")))
            withT1 << uid;
    }
    QCOMPARE(handoffs.size(), 4);
    QCOMPARE(withT1,
             (QStringList{QStringLiteral("handoff-apac-emea-20260303T123000Z@sunrelay"),
                          QStringLiteral("handoff-emea-amer-20260303T163000Z@sunrelay")}));
}

// T1 of dstPlan (40 h from Mon 03-02 08:00Z in EMEA), hand-routed as in
// handoffsListTheTasksOfThePlansRoutes, member by member (Lord Howe is +11
// in March, so kai works 21:00-05:00Z; priya in Kolkata 04:00-12:30Z; the
// task stays with kai until he stops, then goes to priya, no handoff):
//   0 anna  Mon 08:00-16:30Z   8.5 h
//   1 nia   Mon 16:30-22:30Z  14.5 h
//   2 kai   Mon 22:30-Tue 05:00Z  21 h
//   3 priya Tue 05:00-12:30Z  28.5 h
//   4 anna  Tue 12:30-16:30Z  32.5 h
//   5 nia   Tue 16:30-22:30Z  38.5 h
//   6 kai   Tue 22:30-Wed 00:00Z  40 h: done
void TestCalendarExport::taskSegmentsAreTheRouteMembersWork_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("events"); // "UID SUMMARY start/end"
    const int plan = int(ical::ExportScope::Plan), region = int(ical::ExportScope::Region),
              member = int(ical::ExportScope::Member);
    const auto row = [](int index, const char *summary, const char *span) {
        return QStringLiteral("task-T1-%1@sunrelay %2 %3")
            .arg(index)
            .arg(QString::fromUtf8(summary), QLatin1String(span));
    };
    QTest::newRow("kai, his own calendar")
        << member << "kai"
        << QStringList{row(2, "T1 Write runbook", "2026-03-02T22:30Z/2026-03-03T05:00Z"),
                       row(6, "T1 Write runbook", "2026-03-03T22:30Z/2026-03-04T00:00Z")};
    QTest::newRow("apac, names who works it")
        << region << "apac"
        << QStringList{
               row(2, "T1 Write runbook \u00b7 kai", "2026-03-02T22:30Z/2026-03-03T05:00Z"),
               row(3, "T1 Write runbook \u00b7 priya", "2026-03-03T05:00Z/2026-03-03T12:30Z"),
               row(6, "T1 Write runbook \u00b7 kai", "2026-03-03T22:30Z/2026-03-04T00:00Z")};
    QTest::newRow("plan, all seven")
        << plan << QString()
        << QStringList{
               row(0, "T1 Write runbook \u00b7 anna", "2026-03-02T08:00Z/2026-03-02T16:30Z"),
               row(1, "T1 Write runbook \u00b7 nia", "2026-03-02T16:30Z/2026-03-02T22:30Z"),
               row(2, "T1 Write runbook \u00b7 kai", "2026-03-02T22:30Z/2026-03-03T05:00Z"),
               row(3, "T1 Write runbook \u00b7 priya", "2026-03-03T05:00Z/2026-03-03T12:30Z"),
               row(4, "T1 Write runbook \u00b7 anna", "2026-03-03T12:30Z/2026-03-03T16:30Z"),
               row(5, "T1 Write runbook \u00b7 nia", "2026-03-03T16:30Z/2026-03-03T22:30Z"),
               row(6, "T1 Write runbook \u00b7 kai", "2026-03-03T22:30Z/2026-03-04T00:00Z")};
}

void TestCalendarExport::taskSegmentsAreTheRouteMembersWork()
{
    QFETCH(int, scope);
    QFETCH(QString, id);
    QFETCH(QStringList, events);
    Plan plan = dstPlan();
    plan.tasks[0].title = "Write runbook";
    ical::ExportRequest request;
    request.scope = ical::ExportScope(scope);
    request.id = id.toStdString();
    request.window = window(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-08"));
    request.include = {.handoffs = false, .deepWork = false, .comms = false, .taskSegments = true};
    const std::string text = exported(plan, request);

    // libical reads each segment as one event in UTC.
    CalendarPtr root(icalparser_parse_string(text.c_str()));
    QVERIFY(root);
    QStringList got;
    for (icalcomponent *e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        QVERIFY(icaltime_is_utc(icalcomponent_get_dtstart(e)));
        QVERIFY(!icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY));
        const Interval interval{Instant{Seconds{icaltime_as_timet(icalcomponent_get_dtstart(e))}},
                                Instant{Seconds{icaltime_as_timet(icalcomponent_get_dtend(e))}}};
        got << QStringLiteral("%1 %2 %3")
                   .arg(QString::fromUtf8(icalcomponent_get_uid(e)),
                        QString::fromUtf8(icalcomponent_get_summary(e)),
                        iso(interval));
        // The description names who works it, in their zone, and the route.
        const QString description = QString::fromUtf8(icalcomponent_get_description(e));
        QVERIFY2(description.contains(QLatin1String(" of 7 of T1 Write runbook: ")),
                 qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("\nRoute:\n1. EMEA, anna: 2026-03-02 "
                                                     "08:00\u201316:30 UTC\n")),
                 qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("\n3. APAC, kai: 2026-03-02 22:30"
                                                     "\u20132026-03-03 05:00 UTC\n")),
                 qPrintable(description));
        QVERIFY2(description.endsWith(QLatin1String("\nFinishes 2026-03-04 00:00 UTC")),
                 qPrintable(description));
    }
    got.sort();
    QCOMPARE(got, events);
    // Kai's second segment: Wed 09:30 to 11:00 at Lord Howe (+11).
    if (id == QLatin1String("kai")) {
        const QString six = eventText(text, QStringLiteral("task-T1-6@sunrelay"));
        QVERIFY2(six.contains(QLatin1String("kai (APAC) works it\\n  from Wed 04 Mar 09:30 ")),
                 qPrintable(six));
        QVERIFY(six.contains(QLatin1String("TRANSP:TRANSPARENT")));
    }

    // And Python's icalendar reads the same instants.
    QTemporaryDir dir;
    QString error;
    const QJsonArray python = pythonEvents(writeTemporary(dir, text), request.window, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList pythonGot;
    for (const QJsonValue &value : python) {
        const QJsonObject event = value.toObject();
        for (const QJsonValue &pair : event[QLatin1String("instances")].toArray())
            pythonGot << QStringLiteral("%1 %2 %3")
                             .arg(event[QLatin1String("uid")].toString(),
                                  event[QLatin1String("summary")].toString(),
                                  iso(Interval{Instant{Seconds{pair.toArray()[0].toInteger()}},
                                               Instant{Seconds{pair.toArray()[1].toInteger()}}}));
    }
    pythonGot.sort();
    QCOMPARE(pythonGot, events);
}

void TestCalendarExport::includeChoosesWhatIsWritten_data()
{
    QTest::addColumn<bool>("handoffs");
    QTest::addColumn<bool>("deepWork");
    QTest::addColumn<bool>("comms");
    QTest::addColumn<bool>("taskSegments");
    QTest::addColumn<QStringList>("categories"); // of anna's export, 2026-03-02..08
    QTest::newRow("all (the default)") << true << true << true << true
                                       << QStringList{QStringLiteral("comms-anna"),
                                                      QStringLiteral("deepwork-anna"),
                                                      QStringLiteral("handoff"),
                                                      QStringLiteral("task-T1")};
    QTest::newRow("handoffs only")
        << true << false << false << false << QStringList{QStringLiteral("handoff")};
    QTest::newRow("deep work only")
        << false << true << false << false << QStringList{QStringLiteral("deepwork-anna")};
    QTest::newRow("comms and tasks")
        << false << false << true << true
        << QStringList{QStringLiteral("comms-anna"), QStringLiteral("task-T1")};
    QTest::newRow("nothing") << false << false << false << false << QStringList{};
}

void TestCalendarExport::includeChoosesWhatIsWritten()
{
    QFETCH(bool, handoffs);
    QFETCH(bool, deepWork);
    QFETCH(bool, comms);
    QFETCH(bool, taskSegments);
    QFETCH(QStringList, categories);
    const Plan plan = dstPlan();
    ical::ExportRequest request;
    request.scope = ical::ExportScope::Member;
    request.id = "anna";
    request.window = window(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-08"));
    request.include = {.handoffs = handoffs,
                       .deepWork = deepWork,
                       .comms = comms,
                       .taskSegments = taskSegments};
    const std::string text = exported(plan, request);
    const Instances read = libicalInstances(text, request.window);
    QCOMPARE(read.keys(), categories);
    QCOMPARE(read, engineInstances(plan, request));
    // A calendar even when empty, and only the zones it uses.
    QVERIFY(QString::fromStdString(text).startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
    QCOMPARE(QString::fromStdString(text).contains(QLatin1String("BEGIN:VTIMEZONE")),
             deepWork || comms);
}

void TestCalendarExport::handoffNotesFollowTheHandoffNumber()
{
    // T1's handoffs, numbered along its route (handoffsListTheTasksOfThe-
    // PlansRoutes): 1 Mon 16:30Z EMEA -> AMER, 2 Mon 22:30Z AMER -> APAC,
    // 3 Tue 12:30Z APAC -> EMEA, 4 Tue 16:30Z EMEA -> AMER, 5 Tue 22:30Z
    // AMER -> APAC; done Wed 00:00Z. An EMEA export of Tue and Wed shows the
    // notes of 3 and 4 on those events, and neither 1's (before the window)
    // nor 6's (a handoff the task never reaches), nor the task's own notes.
    Plan plan = dstPlan();
    plan.tasks.front().notes = "Task notes, not a handoff note";
    plan.tasks.front().handoffNotes = {{1, "Monday's note"},
                                       {3, "Done: shards 1-4\nNext: verify counts"},
                                       {4, "Blockers: none"},
                                       {6, "Never reached"}};
    ical::ExportRequest request;
    request.scope = ical::ExportScope::Region;
    request.id = "emea";
    request.window = window(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-04"));
    const std::string text = exported(plan, request);
    const QString apacToEmea = QStringLiteral("handoff-apac-emea-20260303T123000Z@sunrelay");
    const QString emeaToAmer = QStringLiteral("handoff-emea-amer-20260303T163000Z@sunrelay");
    const QString third = QStringLiteral("\n  Note: Done: shards 1-4\nNext: verify counts");
    const QString fourth = QStringLiteral("\n  Note: Blockers: none");
    const auto check = [&](const QString &uid, const QString &description) {
        QVERIFY2(!description.contains(QLatin1String("Monday's note")), qPrintable(description));
        QVERIFY2(!description.contains(QLatin1String("Never reached")), qPrintable(description));
        QVERIFY2(!description.contains(QLatin1String("Task notes")), qPrintable(description));
        if (uid == apacToEmea) {
            QVERIFY2(description.endsWith(QLatin1String("- T1 T1") + third),
                     qPrintable(description));
        } else if (uid == emeaToAmer) {
            QVERIFY2(description.endsWith(QLatin1String("- T1 T1") + fourth),
                     qPrintable(description));
        } else {
            QVERIFY2(!description.contains(QLatin1String("Note:")), qPrintable(description));
        }
    };

    // As libical reads it back.
    CalendarPtr root(icalparser_parse_string(text.c_str()));
    QVERIFY(root);
    QStringList seen;
    for (icalcomponent *e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        const QString uid = QString::fromUtf8(icalcomponent_get_uid(e));
        if (!uid.startsWith(QLatin1String("handoff-")))
            continue;
        seen << uid;
        check(uid, QString::fromUtf8(icalcomponent_get_description(e)));
    }
    QVERIFY(seen.contains(apacToEmea));
    QVERIFY(seen.contains(emeaToAmer));

    // As Python's icalendar reads it back.
    QTemporaryDir dir;
    QString error;
    const QJsonArray events = pythonEvents(writeTemporary(dir, text), request.window, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList pythonSeen;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString uid = event[QLatin1String("uid")].toString();
        if (!uid.startsWith(QLatin1String("handoff-")))
            continue;
        pythonSeen << uid;
        check(uid, event[QLatin1String("description")].toString());
    }
    QCOMPARE(pythonSeen, seen);
}

void TestCalendarExport::deterministicWithSequence()
{
    Plan plan = dstPlan();
    ical::ExportRequest request;
    request.scope = ical::ExportScope::Member;
    request.id = "anna";
    request.window = window(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-14"));
    request.stamp = utc(QStringLiteral("2026-02-01T10:00Z"));
    const std::string first = exported(plan, request);
    QCOMPARE(exported(plan, request), first);

    // Unchanged again, a later stamp: byte for byte the same file.
    request.previous = first;
    request.stamp = utc(QStringLiteral("2026-02-02T10:00Z"));
    QCOMPARE(exported(plan, request), first);

    // Anna's comms window moves: that event gets SEQUENCE:1 and the new
    // stamp; her deep work keeps SEQUENCE:0 and the first stamp.
    plan.members[0].comms.ranges[0].start = clock(QStringLiteral("15:00"));
    plan.members[0].comms.ranges[0].end = clock(QStringLiteral("15:30"));
    const std::string second = exported(plan, request);
    const QString comms = eventText(second, QStringLiteral("comms-anna-0@sunrelay"));
    QVERIFY(comms.contains(QLatin1String("SEQUENCE:1\r\n")));
    QVERIFY(comms.contains(QLatin1String("DTSTAMP:20260202T100000Z\r\n")));
    const QString deep = eventText(second, QStringLiteral("deepwork-anna-0@sunrelay"));
    QVERIFY(deep.contains(QLatin1String("SEQUENCE:0\r\n")));
    QVERIFY(deep.contains(QLatin1String("DTSTAMP:20260201T100000Z\r\n")));
    // And once more on top of the second: 2 only if it changes again.
    request.previous = second;
    QCOMPARE(exported(plan, request), second);
}

void TestCalendarExport::errors()
{
    ical::ExportRequest request;
    request.window = window(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-14"));
    request.scope = ical::ExportScope::Member;
    request.id = "nobody";
    auto result = ical::exportCalendar(dstPlan(), request);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ical::IcalErrorCode::UnknownScope);
    request.scope = ical::ExportScope::Plan;
    request.window = window(QStringLiteral("2040-01-01"), QStringLiteral("2040-01-02"));
    result = ical::exportCalendar(dstPlan(), request);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ical::IcalErrorCode::OutOfRange);
}

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendar_export.moc"
