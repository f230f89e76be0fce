// Busy-time import from calendars shaped like Google Calendar, Outlook, Apple
// Calendar and Thunderbird exports (tests/ical/data/ics/, written from those
// producers' documented formats), checked against hand calculations; and bad
// or hostile files, which must end in a clear error within bounded time.

#include "ical_test_support.h"

#include "sunrelay/ical/busy_import.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

std::string readData(const QString &name)
{
    QFile file(QStringLiteral(SUNRELAY_TEST_DATA_DIR "/ics/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", qPrintable(name));
    return file.readAll().toStdString();
}

Interval march()
{
    return {utc(QStringLiteral("2026-03-01T00:00Z")), utc(QStringLiteral("2026-04-01T00:00Z"))};
}

QStringList describe(const std::vector<BusyTime> &busy)
{
    QStringList result;
    for (const BusyTime &b : busy)
        result << iso(b.interval) + QLatin1Char(' ') + QString::fromStdString(b.summary);
    return result;
}

} // namespace

class TestBusyImport : public QObject
{
    Q_OBJECT

private slots:
    void producers_data();
    void producers();
    void allDayBusyWhenAsked();
    void allDayEventsJustOutsideTheRangeAreNotBusy();
    void hostile_data();
    void hostile();
    void tooManyEvents();
};

void TestBusyImport::producers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("floatingZone");
    QTest::addColumn<QStringList>("expected");

    // Google, Europe/Berlin (CET +1 until 2026-03-29, then CEST +2). Weekly
    // Tuesdays 10:00-11:00, 5 times from 03-03: 03-03 09:00Z, 03-10 09:00Z,
    // 03-17 EXDATE, 03-24 moved by RECURRENCE-ID to 15:00 CET = 14:00Z,
    // 03-31 10:00 CEST = 08:00Z. The transparent event, the all-day events
    // and the cancelled one are not busy; the UTC call is as written.
    QTest::newRow("Google Calendar")
        << "google-calendar.ics"
        << "Europe/Berlin"
        << QStringList{"2026-03-03T09:00Z/2026-03-03T10:00Z Weekly sync",
                       "2026-03-09T12:00Z/2026-03-09T12:30Z Call with vendor",
                       "2026-03-10T09:00Z/2026-03-10T10:00Z Weekly sync",
                       "2026-03-24T14:00Z/2026-03-24T15:00Z Weekly sync (moved)",
                       "2026-03-31T08:00Z/2026-03-31T09:00Z Weekly sync"};
    // Outlook's own zone "W. Europe Standard Time" (its VTIMEZONE: +1, +2
    // from the last Sunday of March). Daily 09:00-10:30 from 03-26, 4 times:
    // 26, 27, 28 at 08:00Z; 29 (CEST) at 07:00Z. The 1:1 16:00 CET = 15:00Z;
    // the free lunch walk is not busy.
    QTest::newRow("Outlook") << "outlook.ics"
                             << "Europe/Berlin"
                             << QStringList{
                                    "2026-03-02T15:00Z/2026-03-02T15:30Z 1:1 with Lars",
                                    "2026-03-26T08:00Z/2026-03-26T09:30Z Architecture review",
                                    "2026-03-27T08:00Z/2026-03-27T09:30Z Architecture review",
                                    "2026-03-28T08:00Z/2026-03-28T09:30Z Architecture review",
                                    "2026-03-29T07:00Z/2026-03-29T08:30Z Architecture review"};
    // Apple, America/New_York: daily 02:30-03:00 from 03-06, 5 times. EST
    // (-5): 03-06, 03-07 at 07:30Z. 03-08 02:30 is in the gap: the offset
    // before it, 07:30Z, lasting the rule's 30 min. 03-09 and 03-10 are
    // 02:30 EDT (-4) = 06:30Z: the meeting stays at 02:30 local (libical's
    // own expansion says 03:30 EDT on 03-09).
    QTest::newRow("Apple Calendar, daily 02:30 across the US gap")
        << "apple-calendar.ics"
        << "America/New_York"
        << QStringList{"2026-03-06T07:30Z/2026-03-06T08:00Z Night standup with APAC",
                       "2026-03-07T07:30Z/2026-03-07T08:00Z Night standup with APAC",
                       "2026-03-08T07:30Z/2026-03-08T08:00Z Night standup with APAC",
                       "2026-03-09T06:30Z/2026-03-09T07:00Z Night standup with APAC",
                       "2026-03-10T06:30Z/2026-03-10T07:00Z Night standup with APAC"};
    // Thunderbird, Europe/London (GMT +0 until 03-29): DTSTART plus two RDATEs
    // at 14:00Z; the floating 09:00 read in the member's zone (London, GMT);
    // an old "/mozilla.org/.../Europe/London" TZID read as Europe/London.
    QTest::newRow("Thunderbird")
        << "thunderbird.ics"
        << "Europe/London"
        << QStringList{"2026-03-04T14:00Z/2026-03-04T15:00Z Customer calls",
                       "2026-03-05T09:00Z/2026-03-05T10:00Z Dentist (floating time)",
                       "2026-03-06T11:00Z/2026-03-06T11:30Z Old Lightning zone id",
                       "2026-03-11T14:00Z/2026-03-11T15:00Z Customer calls",
                       "2026-03-18T14:00Z/2026-03-18T15:00Z Customer calls"};
    // The same floating event for a member in Tokyo (+9): 00:00Z.
    QTest::newRow("Thunderbird, floating time in Tokyo")
        << "thunderbird.ics"
        << "Asia/Tokyo"
        << QStringList{"2026-03-04T14:00Z/2026-03-04T15:00Z Customer calls",
                       "2026-03-05T00:00Z/2026-03-05T01:00Z Dentist (floating time)",
                       "2026-03-06T11:00Z/2026-03-06T11:30Z Old Lightning zone id",
                       "2026-03-11T14:00Z/2026-03-11T15:00Z Customer calls",
                       "2026-03-18T14:00Z/2026-03-18T15:00Z Customer calls"};
}

void TestBusyImport::producers()
{
    QFETCH(QString, file);
    QFETCH(QString, floatingZone);
    QFETCH(QStringList, expected);
    const auto busy = ical::importBusyTimes(readData(file), {march(), zone(floatingZone)});
    QVERIFY2(busy, busy ? "" : busy.error().message().c_str());
    QCOMPARE(describe(busy.value()), expected);
}

void TestBusyImport::allDayBusyWhenAsked()
{
    // The opaque all-day "Conference" on 03-19 in Berlin (+1): 03-18 23:00Z
    // to 03-19 23:00Z; the transparent offsite stays free.
    ical::BusyImportOptions options{march(), zone(QStringLiteral("Europe/Berlin"))};
    options.allDay = ical::AllDayEvents::Busy;
    const auto busy =
        ical::importBusyTimes(readData(QStringLiteral("google-calendar.ics")), options);
    QVERIFY(busy);
    QVERIFY(describe(busy.value())
                .contains(QStringLiteral("2026-03-18T23:00Z/2026-03-19T23:00Z Conference")));
    QCOMPARE(busy.value().size(), std::size_t{6});
}

void TestBusyImport::allDayEventsJustOutsideTheRangeAreNotBusy()
{
    // Found by fuzz_ical_import. Weekly all-day events on Thursdays from
    // 03-26: in Berlin (+1, +2 from 03-29) 03-26 is 03-25 23:00Z-03-26
    // 23:00Z, inside March; 04-02 is 04-01 22:00Z-04-02 22:00Z, after the
    // range's end (04-01 00:00Z), so it is no busy time in the range.
    const std::string ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
        "BEGIN:VEVENT\r\nUID:offsite@t\r\nDTSTAMP:20260220T101500Z\r\n"
        "DTSTART;VALUE=DATE:20260326\r\nDTEND;VALUE=DATE:20260327\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Offsite\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n";
    ical::BusyImportOptions options{march(), zone(QStringLiteral("Europe/Berlin"))};
    options.allDay = ical::AllDayEvents::Busy;
    const auto busy = ical::importBusyTimes(ics, options);
    QVERIFY2(busy, busy ? "" : busy.error().message().c_str());
    QCOMPARE(describe(busy.value()),
             QStringList{QStringLiteral("2026-03-25T23:00Z/2026-03-26T23:00Z Offsite")});
}

void TestBusyImport::hostile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("code");
    const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n";
    const QByteArray event = "BEGIN:VEVENT\r\nUID:e1\r\nDTSTAMP:20260101T000000Z\r\n";
    const QByteArray tail = "END:VEVENT\r\nEND:VCALENDAR\r\n";
    const QByteArray times = "DTSTART:20260302T100000Z\r\nDTEND:20260302T110000Z\r\n";
    QTest::newRow("empty") << QByteArray() << int(ical::IcalErrorCode::NotACalendar);
    QTest::newRow("plain text") << QByteArray("hello, world\n") << int(ical::IcalErrorCode::Syntax);
    QTest::newRow("a vCard") << QByteArray("BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n")
                             << int(ical::IcalErrorCode::NotACalendar);
    QTest::newRow("bad folding") << head + event + times
            + "DESCRIPTION:a long line\r\nfolded without a space\r\n"
            + tail << int(ical::IcalErrorCode::Syntax);
    QTest::newRow("missing END:VCALENDAR") << head + event + times + "END:VEVENT\r\n"
                                           << int(ical::IcalErrorCode::Syntax);
    QTest::newRow("missing END:VEVENT") << head + event + times + "END:VCALENDAR\r\n"
                                        << int(ical::IcalErrorCode::Syntax);
    QTest::newRow("END without BEGIN")
        << head + "END:VEVENT\r\n" + tail << int(ical::IcalErrorCode::Syntax);
    QTest::newRow("two calendars") << head + event + times + tail + head + "END:VCALENDAR\r\n"
                                   << int(ical::IcalErrorCode::Syntax);
    QTest::newRow("NUL byte") << head + event + QByteArray("SUMMARY:a\0b\r\n", 12) + times + tail
                              << int(ical::IcalErrorCode::Syntax);
    QByteArray deep = head;
    for (int i = 0; i < 20; ++i)
        deep += "BEGIN:X-NEST\r\n";
    QTest::newRow("nested too deep") << deep << int(ical::IcalErrorCode::Syntax);
    QTest::newRow("no DTSTART") << head + event + tail << int(ical::IcalErrorCode::InvalidValue);
    QTest::newRow("bad RRULE") << head + event + times + "RRULE:FREQ=SOMETIMES;COUNT=x\r\n" + tail
                               << int(ical::IcalErrorCode::InvalidValue);
    QTest::newRow("year 9999") << head + event
            + "DTSTART:99991231T100000Z\r\nDTEND:99991231T110000Z\r\n"
            + tail << int(ical::IcalErrorCode::InvalidValue);
    QTest::newRow("unknown TZID")
        << head + event +
               "DTSTART;TZID=Mars/Olympus_Mons:20260302T100000\r\nDTEND;TZID=Mars/"
               "Olympus_Mons:20260302T110000\r\n" +
               tail
        << int(ical::IcalErrorCode::UnknownTimeZone);
    QTest::newRow("FREQ=SECONDLY without an end") // refused before expanding
        << head + event + times + "RRULE:FREQ=SECONDLY\r\n" + tail
        << int(ical::IcalErrorCode::InvalidValue);
    QTest::newRow("COUNT of a billion from 1900")
        << head + event +
               "DTSTART:19000101T100000Z\r\nDTEND:19000101T110000Z\r\nRRULE:FREQ=MINUTELY;"
               "COUNT=1000000000\r\n" +
               tail
        << int(ical::IcalErrorCode::TooManyInstances);
    QTest::newRow("a year-long DURATION")
        << head + event + "DTSTART:20260302T100000Z\r\nDURATION:P9999W\r\n" + tail
        << int(ical::IcalErrorCode::InvalidValue);
}

void TestBusyImport::hostile()
{
    QFETCH(QByteArray, text);
    QFETCH(int, code);
    QElapsedTimer timer;
    timer.start();
    const auto busy =
        ical::importBusyTimes(text.toStdString(), {march(), zone(QStringLiteral("Europe/Berlin"))});
    QVERIFY(!busy);
    QCOMPARE(int(busy.error().code), code);
    QVERIFY(!busy.error().message().empty());
    // Bounded: well within a minute even under the sanitizers.
    QVERIFY(timer.elapsed() < 60000);
}

void TestBusyImport::tooManyEvents()
{
    // 100,000 events: refused by the pre-check before libical parses.
    std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n";
    for (int i = 0; i < 100000; ++i)
        text += "BEGIN:VEVENT\r\nUID:" + std::to_string(i)
            + "\r\nDTSTART:20260302T100000Z\r\nDTEND:20260302T110000Z\r\nEND:VEVENT\r\n";
    text += "END:VCALENDAR\r\n";
    ical::ImportLimits limits;
    limits.maxBytes = 64u << 20;
    const auto busy = ical::importBusyTimes(
        text,
        {march(), zone(QStringLiteral("Europe/Berlin")), ical::AllDayEvents::Free, limits});
    QVERIFY(!busy);
    QCOMPARE(busy.error().code, ical::IcalErrorCode::TooManyEvents);
    // With the default size limit the file (over 16 MiB? no: about 8 MiB)
    // reaches the event count first as well.
    const auto again =
        ical::importBusyTimes(text, {march(), zone(QStringLiteral("Europe/Berlin"))});
    QVERIFY(!again);
}

QTEST_GUILESS_MAIN(TestBusyImport)
#include "tst_busy_import.moc"
