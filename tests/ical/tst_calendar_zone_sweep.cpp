// The zone sweep: every zone of the system's zone1970.tab, and some links,
// exported month by month from 2024-01 to 2030-12 for a member whose weekly
// pattern runs into every kind of DST change:
//  - daily 01:30-03:30: starts in the US repeated hour and in 01:00 gaps
//    (London), ends in 03:00 gaps (Helsinki);
//  - daily 23:00-01:00: across midnight, starts in the repeated 23:00 hour
//    of changes at 24:00 (Santiago, Cairo), ends in midnight gaps;
//  - Fri-Sun 00:30-01:00 and 02:30-03:00: start in midnight and 02:00 gaps
//    (and, for libical, in the gaps of ICU's older tz copy) on the days
//    clocks change (Israel, Egypt: Friday; Palestine: Saturday; most zones
//    Sunday), with the multi-day rules that libical expands week by week;
//  - Mon-Fri 09:00-17:00, which no change touches.
// Each monthly file is read back by clients that are not the exporter, and
// every instance's UTC start and end must be the engine's (expansion.h):
//  - libical's recurrence iterator in the event's zone, with only the
//    file's VTIMEZONEs;
//  - libical's icalcomponent_foreach_recurrence, as libical clients use it;
//  - Python's icalendar + dateutil (ics_instants.py --check, one run per
//    row for all its files), with the file's VTIMEZONEs (Timezone.to_tz) and
//    with zoneinfo.
// Each month is its own export, so the VTIMEZONE written for that month's
// events alone must carry every change the month needs. One row per area
// (Africa, America, ...) or part of one, each with its own Python run beside
// the C++ one.
// A failure names the zone, the window, the reader and the instances.

#include "ical_test_support.h"

#include <QFile>
#include <QTest>

#include <chrono>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

constexpr int firstYear = 2024;
constexpr int lastYear = 2030;
constexpr int reportedFailures = 40;
constexpr qsizetype rowZones = 30;

// Links (old names, backward file) that members may have picked.
const char *const links[] = {"US/Eastern",
                             "Asia/Calcutta",
                             "Asia/Katmandu",
                             "Asia/Tel_Aviv",
                             "Egypt",
                             "Europe/Kiev",
                             "Australia/LHI",
                             "Brazil/East",
                             "Chile/Continental",
                             "America/Buenos_Aires",
                             "Cuba",
                             "Iran",
                             "UTC"};

// zone1970.tab's zones and the links, by area ("Africa", ..., "links").
QMap<QString, QStringList> sweptZones()
{
    QFile table(QStringLiteral("/usr/share/zoneinfo/zone1970.tab"));
    if (!table.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read /usr/share/zoneinfo/zone1970.tab (package tzdata)");
    QMap<QString, QStringList> areas;
    while (!table.atEnd()) {
        const QString line = QString::fromUtf8(table.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() < 3)
            qFatal("zone1970.tab: bad line '%s'", qPrintable(line));
        areas[columns[2].section(QLatin1Char('/'), 0, 0)] << columns[2];
    }
    for (const char *link : links)
        areas[QStringLiteral("links")] << QLatin1String(link);
    return areas;
}

Plan memberIn(const QString &zoneName)
{
    return PlanBuilder()
        .region("r")
        .member("m",
                "r",
                zoneName,
                QStringLiteral("mon-fri 09:00-17:00"),
                QStringLiteral("daily 01:30-03:30; daily 23:00-01:00"),
                QStringLiteral("mon-fri 09:00-17:00; fri-sun 00:30-01:00; fri-sun 02:30-03:00"))
        .build();
}

// The engine's instances of the member's ranges over the whole sweep, by
// category (empty ones dropped, as the schedule drops them).
Spans engineSpans(const Member &member)
{
    LocalTimeResolver resolver(member.zone);
    const LocalDate first = date::local_days{date::year{firstYear} / 1 / 1} - date::days{2};
    const LocalDate last = date::local_days{date::year{lastYear + 1} / 1 / 1};
    Spans result;
    for (const auto &[kind, pattern] :
         {std::pair{"deepwork-", &member.deepWork}, std::pair{"comms-", &member.comms}})
        for (const ExpandedRange &instance : expandInstances(*pattern, resolver, first, last)) {
            const Interval interval{instance.start.instant, instance.end.instant};
            if (!interval.isEmpty())
                result[QLatin1String(kind) + QString::fromStdString(member.id)].push_back(interval);
        }
    sortAll(result);
    return result;
}

// The instances that intersect the window (each category sorted by start;
// none is longer than a day).
Spans within(const Spans &all, const Interval &window)
{
    Spans result;
    for (const auto &[category, list] : all) {
        auto it = std::lower_bound(list.begin(),
                                   list.end(),
                                   window.start - date::days{2},
                                   [](const Interval &i, Instant t) {
                                       return i.start < t;
                                   });
        for (; it != list.end() && it->start < window.end; ++it)
            if (it->intersects(window))
                result[category].push_back(*it);
    }
    return result;
}

// "deepwork-m" -> [[start, end], ...] in UTC seconds, for ics_instants.py.
QJsonObject asEpochs(const Spans &spans)
{
    QJsonObject result;
    for (const auto &[category, list] : spans) {
        QJsonArray pairs;
        for (const Interval &interval : list)
            pairs.append(QJsonArray{qint64(interval.start.time_since_epoch().count()),
                                    qint64(interval.end.time_since_epoch().count())});
        result[category] = pairs;
    }
    return result;
}

// What differs between two readings, per category.
QStringList differences(const Spans &expected, const Spans &got)
{
    if (expected == got)
        return {};
    QStringList result;
    const Instances want = asText(expected);
    const Instances have = asText(got);
    QStringList categories = want.keys() + have.keys();
    categories.removeDuplicates();
    for (const QString &category : categories) {
        const QStringList w = want.value(category);
        const QStringList h = have.value(category);
        if (w == h)
            continue;
        QStringList missing, extra;
        for (const QString &item : w)
            if (!h.contains(item))
                missing << item;
        for (const QString &item : h)
            if (!w.contains(item))
                extra << item;
        result << QStringLiteral("%1: engine's instances missing [%2], extra [%3]")
                      .arg(category, missing.join(QLatin1Char(' ')), extra.join(QLatin1Char(' ')));
    }
    return result;
}

} // namespace

class TestCalendarZoneSweep : public QObject
{
    Q_OBJECT

private slots:
    void everyZoneMonthByMonth_data();
    void everyZoneMonthByMonth();
};

void TestCalendarZoneSweep::everyZoneMonthByMonth_data()
{
    QTest::addColumn<QStringList>("zones");
    // Rows of at most rowZones zones ("America 31-60"): each row stays far
    // from Qt Test's 5-minute limit per row on a slow CI machine.
    const QMap<QString, QStringList> areas = sweptZones();
    for (auto it = areas.begin(); it != areas.end(); ++it)
        for (qsizetype first = 0; first < it.value().size(); first += rowZones) {
            const QStringList zones = it.value().mid(first, rowZones);
            QTest::addRow("%s %d-%d",
                          qPrintable(it.key()),
                          int(first + 1),
                          int(first + zones.size()))
                << zones;
        }
}

void TestCalendarZoneSweep::everyZoneMonthByMonth()
{
    QFETCH(QStringList, zones);
    const auto began = std::chrono::steady_clock::now();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString resultPath = dir.filePath(QStringLiteral("python.jsonl"));
    QProcess python;
    python.setStandardOutputFile(resultPath);
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral(SUNRELAY_TEST_SCRIPT_DIR "/ics_instants.py"), QStringLiteral("--check")});
    QVERIFY2(python.waitForStarted(), "cannot run /usr/bin/python3 (python3-icalendar)");

    QStringList failures;
    int failureCount = 0;
    const auto fail = [&](const QString &what) {
        if (++failureCount <= reportedFailures)
            failures << what;
    };
    int files = 0;
    qint64 instanceCount = 0;
    for (const QString &zoneName : zones) {
        const Plan plan = memberIn(zoneName);
        const Spans engine = engineSpans(plan.members.front());
        for (int year = firstYear; year <= lastYear; ++year)
            for (unsigned month = 1; month <= 12; ++month) {
                const date::year_month first{date::year{year}, date::month{month}};
                const date::year_month next = first + date::months{1};
                ical::ExportRequest request;
                request.scope = ical::ExportScope::Member;
                request.id = "m";
                request.window = Interval{date::sys_days{first / 1}, date::sys_days{next / 1}};
                const QString label = QStringLiteral("%1, window %2-%3")
                                          .arg(zoneName)
                                          .arg(year)
                                          .arg(month, 2, 10, QLatin1Char('0'));
                const auto text = ical::exportCalendar(plan, request);
                if (!text) {
                    fail(label + QStringLiteral(": export failed: ")
                         + QString::fromStdString(text.error().message()));
                    continue;
                }
                const Spans expected = within(engine, request.window);
                for (const auto &[category, list] : expected)
                    instanceCount += qint64(list.size());

                const CalendarPtr root(icalparser_parse_string(text.value().c_str()));
                if (!root) {
                    fail(label + QStringLiteral(": libical cannot parse the file"));
                    continue;
                }
                QString error;
                const Spans fileZones = libicalFileZoneSpans(root.get(), request.window, &error);
                if (!error.isEmpty())
                    fail(label + QStringLiteral(", libical (file VTIMEZONE): ") + error);
                for (const QString &d : differences(expected, fileZones))
                    fail(label + QStringLiteral(", libical (file VTIMEZONE): ") + d);
                for (const QString &d :
                     differences(expected, libicalSpans(root.get(), request.window)))
                    fail(label + QStringLiteral(", libical foreach_recurrence: ") + d);

                const QByteArray header =
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("label"), label},
                                    {QStringLiteral("from"),
                                     qint64(request.window.start.time_since_epoch().count())},
                                    {QStringLiteral("to"),
                                     qint64(request.window.end.time_since_epoch().count())},
                                    {QStringLiteral("bytes"), qint64(text.value().size())},
                                    {QStringLiteral("expected"), asEpochs(expected)}})
                        .toJson(QJsonDocument::Compact);
                python.write(header + '\n');
                python.write(text.value().data(), qint64(text.value().size()));
                ++files;
                // Python reads while we export; keep the pipe's backlog small.
                while (python.bytesToWrite() > (1 << 20) && python.state() == QProcess::Running)
                    python.waitForBytesWritten(1000);
            }
    }
    python.closeWriteChannel();
    QVERIFY2(python.waitForFinished(15 * 60 * 1000), "ics_instants.py --check did not finish");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             qPrintable(QString::fromUtf8(python.readAllStandardError())));

    QFile results(resultPath);
    QVERIFY(results.open(QIODevice::ReadOnly));
    int checked = -1;
    while (!results.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(results.readLine()).object();
        if (line.contains(QLatin1String("checked"))) {
            checked = line[QLatin1String("checked")].toInt();
        } else if (line.contains(QLatin1String("error"))) {
            fail(line[QLatin1String("label")].toString() + QStringLiteral(", Python icalendar: ")
                 + line[QLatin1String("error")].toString());
        } else {
            const auto list = [&](const char *key) {
                QStringList items;
                for (const QJsonValue &v : line[QLatin1String(key)].toArray())
                    items << v.toString();
                return items.join(QLatin1Char(' '));
            };
            fail(QStringLiteral("%1, Python %2: %3: engine's instances missing [%4], extra [%5]")
                     .arg(line[QLatin1String("label")].toString(),
                          line[QLatin1String("reader")].toString(),
                          line[QLatin1String("category")].toString(),
                          list("missing"),
                          list("extra")));
        }
    }
    if (checked != files)
        fail(QStringLiteral("ics_instants.py checked %1 of %2 files").arg(checked).arg(files));

    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    qInfo("%d zones, %d monthly files, %lld instances, %.1f s",
          int(zones.size()),
          files,
          instanceCount,
          seconds);
    if (failureCount > 0)
        QFAIL(qPrintable(
            QStringLiteral("%1 readings differ from the engine; the first:\n").arg(failureCount)
            + failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCalendarZoneSweep)
#include "tst_calendar_zone_sweep.moc"
