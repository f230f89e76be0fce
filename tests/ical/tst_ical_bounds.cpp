// Hostile calendar files (issue 14): tiny rules that make libical walk minute
// by minute, a VTIMEZONE with a SECONDLY rule, a million parameters, a 15 MB
// line, 900k EXDATEs, 49k RECURRENCE-IDs. Each must end quickly in an
// IcalError that names the event or the line. Every file is generated here,
// and every case runs in a forked child with alarm(): a regression fails in
// seconds instead of hanging the test run.
//
// Also: a UTF-8 byte order mark is accepted, and an earlier export that
// cannot be read within the same limits is ignored with a warning.

#include "ical_test_support.h"

#include "sunrelay/ical/busy_import.h"
#include "sunrelay/ical/calendar_export.h"
#include "sunrelay/ical/holiday_import.h"

#include <QElapsedTimer>
#include <QTest>

#include <csignal>
#include <functional>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

// What a bounded run gave: "ok" or "<code> <message>", or why it did not end.
struct Outcome {
    bool finished = false;
    std::string text;
    qint64 milliseconds = 0;
};

constexpr unsigned childSeconds = 20; // far above the expected milliseconds

// Runs `work` in a forked child killed by SIGALRM after childSeconds.
Outcome runBounded(const std::function<std::string()> &work)
{
    int fds[2];
    if (pipe(fds) != 0)
        qFatal("pipe failed");
    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child < 0)
        qFatal("fork failed");
    if (child == 0) {
        close(fds[0]);
        alarm(childSeconds);
        const std::string result = work();
        std::size_t written = 0;
        while (written < result.size()) {
            const ssize_t n = write(fds[1], result.data() + written, result.size() - written);
            if (n <= 0)
                break;
            written += std::size_t(n);
        }
        close(fds[1]);
        _exit(0);
    }
    close(fds[1]);
    Outcome outcome;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(fds[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        outcome.text.append(buffer, std::size_t(n));
    }
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    outcome.milliseconds = timer.elapsed();
    outcome.finished = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!outcome.finished)
        outcome.text = WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM
            ? "did not end within " + std::to_string(childSeconds) + " s"
            : "the child crashed (status " + std::to_string(status) + ")";
    return outcome;
}

Interval march()
{
    return {utc(QStringLiteral("2026-03-01T00:00Z")), utc(QStringLiteral("2026-04-01T00:00Z"))};
}

std::string describeBusy(const std::string &text)
{
    const auto busy = ical::importBusyTimes(text, {march(), zone(QStringLiteral("Europe/Berlin"))});
    if (busy)
        return "ok " + std::to_string(busy.value().size());
    return std::to_string(int(busy.error().code)) + " " + busy.error().message();
}

std::string describeHolidays(const std::string &text)
{
    const auto holidays = ical::importHolidays(text, {march()});
    if (holidays)
        return "ok " + std::to_string(holidays.value().size());
    return std::to_string(int(holidays.error().code)) + " " + holidays.error().message();
}

QByteArray bytes(const std::string &text)
{
    return QByteArray::fromStdString(text);
}

const std::string head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n";
const std::string tail = "END:VCALENDAR\r\n";

// One event "hostile@t" with `lines` (each ending in CRLF) after its times.
std::string eventWith(const std::string &lines,
                      const std::string &times =
                          "DTSTART:20260302T100000Z\r\n"
                          "DTEND:20260302T110000Z\r\n")
{
    return "BEGIN:VEVENT\r\nUID:hostile@t\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Hostile\r\n"
        + times + lines + "END:VEVENT\r\n";
}

std::string calendarWithRule(const std::string &rule,
                             const std::string &times =
                                 "DTSTART:20260302T100000Z\r\n"
                                 "DTEND:20260302T110000Z\r\n")
{
    return head + eventWith("RRULE:" + rule + "\r\n", times) + tail;
}

std::string oneMillionParameters()
{
    std::string line = "X-HOSTILE";
    line.reserve(9 + 6 * 1'000'000 + 4);
    for (int i = 0; i < 1'000'000; ++i)
        line += ";X-P=1";
    return head + eventWith(line + ":x\r\n") + tail;
}

std::string fifteenMegabyteSummary()
{
    return head + eventWith("DESCRIPTION:" + std::string(15'000'000, 'a') + "\r\n") + tail;
}

std::string nineHundredThousandExdates()
{
    std::string line = "RRULE:FREQ=DAILY\r\nEXDATE:";
    line.reserve(line.size() + 17 * 900'000);
    for (int i = 0; i < 900'000; ++i)
        line += i == 0 ? "20260302T100000Z" : ",20260302T100000Z";
    return head + eventWith(line + "\r\n") + tail;
}

// A daily master and 49,000 overrides, each moving one instance by an hour.
std::string manyOverrides()
{
    std::string text = head
        + eventWith("RRULE:FREQ=DAILY\r\n",
                    "DTSTART:19000101T100000Z\r\nDTEND:19000101T110000Z\r\n");
    date::sys_days day = date::year{1900} / 1 / 1;
    for (int i = 0; i < 49'000; ++i, day += date::days{1}) {
        const std::string stamp = date::format("%Y%m%d", day);
        text += "BEGIN:VEVENT\r\nUID:hostile@t\r\nDTSTAMP:20260101T000000Z\r\nRECURRENCE-ID:"
            + stamp + "T100000Z\r\nDTSTART:" + stamp + "T110000Z\r\nDTEND:" + stamp
            + "T120000Z\r\nEND:VEVENT\r\n";
    }
    return text + tail;
}

// An event in a zone of the file whose STANDARD part repeats every second.
std::string secondlyTimeZone()
{
    return head +
           "BEGIN:VTIMEZONE\r\nTZID:Hostile Zone\r\n"
           "BEGIN:STANDARD\r\nDTSTART:19000101T000000\r\nRRULE:FREQ=SECONDLY\r\n"
           "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:HST\r\nEND:STANDARD\r\n"
           "BEGIN:DAYLIGHT\r\nDTSTART:19000101T000001\r\nRRULE:FREQ=SECONDLY\r\n"
           "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:HDT\r\nEND:DAYLIGHT\r\n"
           "END:VTIMEZONE\r\n" +
           eventWith("", "DTSTART;TZID=Hostile Zone:20260302T100000\r\n"
                         "DTEND;TZID=Hostile Zone:20260302T110000\r\n") +
           tail;
}

// 2,000 events whose rule matches once in four years (29 February), each
// counted from 1900: libical walks day by day between the instances.
std::string manySparseRules()
{
    std::string text = head;
    for (int i = 0; i < 2000; ++i)
        text += "BEGIN:VEVENT\r\nUID:sparse-" + std::to_string(i) +
                "@t\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:19000301T100000Z\r\n"
                "DTEND:19000301T110000Z\r\nRRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;COUNT=100\r\n"
                "END:VEVENT\r\n";
    return text + tail;
}

// One member in Berlin with a deep-work block and a comms window.
Plan smallPlan()
{
    return PlanBuilder()
        .region("emea")
        .member("anna",
                "emea",
                QStringLiteral("Europe/Berlin"),
                QStringLiteral("mon-fri 09:00-17:30"),
                QStringLiteral("mon-fri 09:00-12:00"),
                QStringLiteral("mon-fri 11:00-11:30"))
        .build();
}

} // namespace

class TestIcalBounds : public QObject
{
    Q_OBJECT

private slots:
    void hostileFilesEndQuickly_data();
    void hostileFilesEndQuickly();
    void byteOrderMarkIsAccepted();
    void sparseRulesThatCanOccurStillWork();
    void longSummaryIsCut();
    void unreadablePreviousExportIsIgnoredWithAWarning_data();
    void unreadablePreviousExportIsIgnoredWithAWarning();
};

void TestIcalBounds::hostileFilesEndQuickly_data()
{
    QTest::addColumn<bool>("holidays");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("named"); // what the message names

    const int invalid = int(ical::IcalErrorCode::InvalidValue);
    const int tooLarge = int(ical::IcalErrorCode::TooLarge);
    const int tooMany = int(ical::IcalErrorCode::TooManyInstances);
    const QString event = QStringLiteral("event \"hostile@t\"");
    const std::string allDay = "DTSTART;VALUE=DATE:20260302\r\nDTEND;VALUE=DATE:20260303\r\n";

    QTest::newRow("MINUTELY in a February 30")
        << false << bytes(calendarWithRule("FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30")) << invalid
        << event;
    QTest::newRow("SECONDLY in a February 30")
        << false << bytes(calendarWithRule("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30")) << invalid
        << event;
    QTest::newRow("SECONDLY, no end")
        << false << bytes(calendarWithRule("FREQ=SECONDLY")) << invalid << event;
    QTest::newRow("MINUTELY on day 366")
        << false << bytes(calendarWithRule("FREQ=MINUTELY;BYYEARDAY=366")) << invalid << event;
    QTest::newRow("HOURLY in week 53")
        << false << bytes(calendarWithRule("FREQ=HOURLY;BYWEEKNO=53")) << invalid << event;
    QTest::newRow("MINUTELY in a February 30, COUNT")
        << false << bytes(calendarWithRule("FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30;COUNT=5"))
        << invalid << event;
    QTest::newRow("DAILY day 366 of February, COUNT from 1900")
        << false
        << bytes(calendarWithRule("FREQ=DAILY;BYMONTH=2;BYYEARDAY=366;COUNT=5",
                                  "DTSTART:19000101T100000Z\r\nDTEND:19000101T110000Z\r\n"))
        << invalid << event;
    QTest::newRow("MONTHLY on 31 April")
        << false << bytes(calendarWithRule("FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31")) << invalid
        << event;
    QTest::newRow("holidays: DAILY on 30 February")
        << true << bytes(calendarWithRule("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", allDay)) << invalid
        << event;
    QTest::newRow("holidays: HOURLY in February")
        << true << bytes(calendarWithRule("FREQ=HOURLY;BYMONTH=2", allDay)) << invalid << event;
    QTest::newRow("VTIMEZONE with a SECONDLY rule")
        << false << bytes(secondlyTimeZone()) << invalid << QStringLiteral("Hostile Zone");
    QTest::newRow("a property with a million parameters")
        << false << bytes(oneMillionParameters()) << tooLarge << QStringLiteral("line 10:");
    QTest::newRow("a 15 MB line") << false << bytes(fifteenMegabyteSummary()) << tooLarge
                                  << QStringLiteral("line 10:");
    QTest::newRow("holidays: a 15 MB line")
        << true << bytes(fifteenMegabyteSummary()) << tooLarge << QStringLiteral("line 10:");
    QTest::newRow("900k EXDATEs on one line")
        << false << bytes(nineHundredThousandExdates()) << tooLarge << QStringLiteral("line 11:");
    // Within the line length, but past the counts.
    std::string parameters = "X-HOSTILE";
    for (int i = 0; i < 200; ++i)
        parameters += ";X-P=\"a:b;c\"";
    QTest::newRow("a property with 200 parameters")
        << false << bytes(head + eventWith(parameters + ":x\r\n") + tail) << tooLarge
        << QStringLiteral("line 10: too large: X-HOSTILE has 200 parameters");
    std::string exdates = "RRULE:FREQ=DAILY\r\nEXDATE:20260302T100000Z";
    for (int i = 0; i < 2000; ++i)
        exdates += ",20260302T100000Z";
    QTest::newRow("2,001 EXDATEs on one line")
        << false << bytes(head + eventWith(exdates + "\r\n") + tail) << tooLarge
        << QStringLiteral("line 11: too large: EXDATE lists 2001 values");
    QTest::newRow("a 2 kB UID") << false
                                << bytes(head + "BEGIN:VEVENT\r\nUID:" + std::string(2000, 'u')
                                         + "\r\n" + tail)
                                << tooLarge
                                << QStringLiteral("line 5: too large: UID is 2000 bytes long");
    QTest::newRow("49k RECURRENCE-IDs") << false << bytes(manyOverrides()) << tooMany << event;
    QTest::newRow("2,000 rules counted day by day from 1900")
        << false << bytes(manySparseRules()) << tooMany << QStringLiteral("event \"sparse-");
}

void TestIcalBounds::hostileFilesEndQuickly()
{
    QFETCH(bool, holidays);
    QFETCH(QByteArray, bytes);
    const std::string text = bytes.toStdString();
    QFETCH(int, code);
    QFETCH(QString, named);
    const Outcome outcome = runBounded([&] {
        return holidays ? describeHolidays(text) : describeBusy(text);
    });
    QVERIFY2(outcome.finished, outcome.text.c_str());
    const QString result = QString::fromStdString(outcome.text);
    qInfo("%lld ms: %s", outcome.milliseconds, qPrintable(result.left(300)));
    QVERIFY2(result.startsWith(QString::number(code) + QLatin1Char(' ')),
             qPrintable(result.left(300)));
    QVERIFY2(result.contains(named), qPrintable(result.left(300)));
    // The message stays readable: it never quotes a whole hostile line.
    QVERIFY2(result.size() < 400, qPrintable(result.left(300)));
    // Well under a second in a release build; the sanitizers and a machine
    // shared with other builds get some room.
    QVERIFY2(outcome.milliseconds < 3000, qPrintable(QString::number(outcome.milliseconds)));
}

void TestIcalBounds::byteOrderMarkIsAccepted()
{
    // Windows editors save UTF-8 with a byte order mark (EF BB BF) in front
    // of BEGIN:VCALENDAR: one busy hour, 10:00-11:00Z on 03-02.
    const std::string text = "\xEF\xBB\xBF" + head + eventWith("") + tail;
    const auto busy = ical::importBusyTimes(text, {march(), zone(QStringLiteral("Europe/Berlin"))});
    QVERIFY2(busy, busy ? "" : busy.error().message().c_str());
    QCOMPARE(busy.value().size(), std::size_t{1});
    QCOMPARE(iso(busy.value().front().interval),
             QStringLiteral("2026-03-02T10:00Z/2026-03-02T11:00Z"));
    const std::string allDay =
        "\xEF\xBB\xBF" + head + eventWith("", "DTSTART;VALUE=DATE:20260302\r\n") + tail;
    const auto holidays = ical::importHolidays(allDay, {march()});
    QVERIFY2(holidays, holidays ? "" : holidays.error().message().c_str());
    QCOMPARE(holidays.value().size(), std::size_t{1});
    // A byte order mark anywhere else is no calendar line.
    const std::string inside = head + "\xEF\xBB\xBF" + eventWith("") + tail;
    QVERIFY(!ical::importBusyTimes(inside, {march(), zone(QStringLiteral("Europe/Berlin"))}));
}

void TestIcalBounds::sparseRulesThatCanOccurStillWork()
{
    // Rules the checks must not refuse, by hand: 29 February 2028 (the next
    // leap day after 2026-03-01), counted from 2020 (2020-02-29 is the
    // first, 2024-02-29 the second, 2028-02-29 the third of COUNT=3); every
    // day 10:00Z in March with BYDAY weekdays (22 weekdays in March 2026);
    // HOURLY without filters, COUNT=3 from 03-02 10:00Z.
    const Interval leapYears{utc(QStringLiteral("2026-03-01T00:00Z")),
                             utc(QStringLiteral("2029-01-01T00:00Z"))};
    const auto leap = ical::importBusyTimes(
        calendarWithRule("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;COUNT=3",
                         "DTSTART:20200229T100000Z\r\nDTEND:20200229T110000Z\r\n"),
        {leapYears, zone(QStringLiteral("UTC"))});
    QVERIFY2(leap, leap ? "" : leap.error().message().c_str());
    QCOMPARE(leap.value().size(), std::size_t{1});
    QCOMPARE(iso(leap.value().front().interval),
             QStringLiteral("2028-02-29T10:00Z/2028-02-29T11:00Z"));

    const auto weekdays = ical::importBusyTimes(
        calendarWithRule("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
                         "DTSTART:20200101T100000Z\r\nDTEND:20200101T110000Z\r\n"),
        {march(), zone(QStringLiteral("UTC"))});
    QVERIFY2(weekdays, weekdays ? "" : weekdays.error().message().c_str());
    QCOMPARE(weekdays.value().size(), std::size_t{22});

    const auto hourly = ical::importBusyTimes(calendarWithRule("FREQ=HOURLY;COUNT=3"),
                                              {march(), zone(QStringLiteral("UTC"))});
    QVERIFY2(hourly, hourly ? "" : hourly.error().message().c_str());
    QCOMPARE(hourly.value().size(), std::size_t{3});
    QCOMPARE(iso(hourly.value().back().interval),
             QStringLiteral("2026-03-02T12:00Z/2026-03-02T13:00Z"));
}

void TestIcalBounds::longSummaryIsCut()
{
    // Every instance carries its SUMMARY: a 200 kB one (within the line
    // limit) is cut to ImportLimits::maxSummaryBytes (1024) before a
    // character, then "…": "é" is two bytes, so 512 of them and U+2026. A
    // daily rule in March: 30 instances, 03-02 to 03-31.
    std::string summary;
    for (int i = 0; i < 100'000; ++i)
        summary += "\u00e9";
    const std::string text = head +
                             "BEGIN:VEVENT\r\nUID:long@t\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:" +
                             summary +
                             "\r\nDTSTART:20260302T100000Z\r\nDTEND:20260302T110000Z\r\n"
                             "RRULE:FREQ=DAILY\r\nEND:VEVENT\r\n" +
                             tail;
    const auto busy = ical::importBusyTimes(text, {march(), zone(QStringLiteral("UTC"))});
    QVERIFY2(busy, busy ? "" : busy.error().message().c_str());
    QCOMPARE(busy.value().size(), std::size_t{30});
    const QString cut = QString::fromStdString(busy.value().front().summary);
    QCOMPARE(cut, QString(512, QChar(0x00e9)) + QChar(0x2026));
}

void TestIcalBounds::unreadablePreviousExportIsIgnoredWithAWarning_data()
{
    QTest::addColumn<QByteArray>("previous");
    QTest::newRow("a 15 MB line") << bytes(fifteenMegabyteSummary());
    QTest::newRow("a million parameters") << bytes(oneMillionParameters());
    QTest::newRow("900k EXDATEs") << bytes(nineHundredThousandExdates());
    QTest::newRow("not a calendar") << QByteArray("{\"json\": true}");
}

void TestIcalBounds::unreadablePreviousExportIsIgnoredWithAWarning()
{
    // The exporter reads an earlier export only to keep SEQUENCE and
    // DTSTAMP; one it cannot read within the import limits gives a fresh
    // export (every event SEQUENCE:0) and a warning, quickly.
    QFETCH(QByteArray, previous);
    const Plan plan = smallPlan();
    ical::ExportRequest request;
    request.window = {utc(QStringLiteral("2026-03-02T00:00Z")),
                      utc(QStringLiteral("2026-03-03T00:00Z"))};
    request.previous = previous.toStdString();
    const Outcome outcome = runBounded([&] {
        std::vector<ical::IcalError> warnings;
        const auto text = ical::exportCalendar(plan, request, warnings);
        if (!text)
            return "error " + text.error().message();
        const bool fresh = QString::fromStdString(text.value()).count(QLatin1String("SEQUENCE:0"))
            == QString::fromStdString(text.value()).count(QLatin1String("BEGIN:VEVENT"));
        return std::string(fresh ? "fresh" : "not fresh") + " " + std::to_string(warnings.size())
            + (warnings.empty() ? std::string() : " " + warnings.front().message());
    });
    QVERIFY2(outcome.finished, outcome.text.c_str());
    qInfo("%lld ms: %s", outcome.milliseconds, outcome.text.c_str());
    QVERIFY2(QString::fromStdString(outcome.text).startsWith(QLatin1String("fresh 1 ")),
             outcome.text.c_str());
    QVERIFY2(outcome.text.size() < 400, outcome.text.c_str());
    QVERIFY2(outcome.milliseconds < 3000, qPrintable(QString::number(outcome.milliseconds)));
}

QTEST_GUILESS_MAIN(TestIcalBounds)
#include "tst_ical_bounds.moc"
