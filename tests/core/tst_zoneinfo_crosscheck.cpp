// Cross-check of the DST rule and of expansion against Python's zoneinfo, an
// independent reading of the same system tz database.
//
// zoneinfo with fold=0 implements exactly the DESIGN.md rule: for a skipped
// (spring-forward) reading fold=0 uses the offset before the transition, for a
// repeated (fall-back) reading fold=0 is the first occurrence (PEP 495). The
// kind of a reading is derived independently too: unique when fold=0 and
// fold=1 agree; otherwise repeated when the fold=0 instant reads back as the
// same wall clock, skipped when it does not.
//
// The test runs /usr/bin/python3 once (QProcess) with PYTHONTZPATH pointing at
// the system tz database, which date-tz reads as well (USE_OS_TZDB). If
// python3 or zoneinfo is missing the test FAILS: it is the independent source
// of truth for these expectations and must not be skipped silently.

#include "plan_builder.h"

#include "sunrelay/core/expansion.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

const char *const python = "/usr/bin/python3";

// Both halves of the check, in one Python run. Input (stdin, JSON):
//   zones, gridFirst/gridLast (local dates), ranges [[isoDays], startMin,
//   endMin], first/last (local dates), timeOff [[from, to]].
// Output lines:
//   G zone localMinutes utcSeconds kind       -- grid change points
//   E zone date rangeIndex startUtc kind endUtc kind -- expansion instances
const char *const script = R"PY(
import datetime as dt
import json
import sys
from zoneinfo import ZoneInfo

spec = json.load(sys.stdin)
EPOCH = dt.datetime(1970, 1, 1)

def resolve(tz, naive):
    first = naive.replace(tzinfo=tz, fold=0)
    instant = int(first.timestamp())
    if first.utcoffset() == naive.replace(tzinfo=tz, fold=1).utcoffset():
        return instant, 'U'
    back = dt.datetime.fromtimestamp(instant, tz).replace(tzinfo=None)
    return instant, ('R' if back == naive else 'S')

def day(text):
    return dt.date.fromisoformat(text)

out = []
for zone in spec['zones']:
    tz = ZoneInfo(zone)
    # Every 15 minutes of local time; print where (instant - reading, kind)
    # changes.
    t = dt.datetime.combine(day(spec['gridFirst']), dt.time())
    end = dt.datetime.combine(day(spec['gridLast']), dt.time())
    last = None
    while t < end:
        instant, kind = resolve(tz, t)
        local = int((t - EPOCH).total_seconds())
        state = (instant - local, kind)
        if state != last:
            out.append('G %s %d %d %s' % (zone, local // 60, instant, kind))
            last = state
        t += dt.timedelta(minutes=15)

    offs = [(day(a), day(b)) for a, b in spec['timeOff']]
    d = day(spec['first'])
    while d <= day(spec['last']):
        if not any(a <= d <= b for a, b in offs):
            midnight = dt.datetime.combine(d, dt.time())
            for index, (days, start, stop) in enumerate(spec['ranges']):
                if d.isoweekday() not in days:
                    continue
                s = midnight + dt.timedelta(minutes=start)
                e = midnight + dt.timedelta(days=1 if stop <= start else 0, minutes=stop)
                si, sk = resolve(tz, s)
                ei, ek = resolve(tz, e)
                out.append('E %s %s %d %d %s %d %s' % (zone, d.isoformat(), index, si, sk, ei, ek))
        d += dt.timedelta(days=1)
sys.stdout.write('\n'.join(out) + '\n')
)PY";

const QStringList zones = {
    QStringLiteral("Australia/Lord_Howe"),
    QStringLiteral("Pacific/Chatham"),
    QStringLiteral("Australia/Sydney"),
    QStringLiteral("America/New_York"),
    QStringLiteral("Europe/Berlin"),
    QStringLiteral("Asia/Kathmandu"),
    QStringLiteral("Australia/Adelaide"),
    QStringLiteral("Asia/Kolkata"),
    QStringLiteral("America/Sao_Paulo"),
    QStringLiteral("Europe/London"),
    QStringLiteral("Pacific/Auckland"),
    QStringLiteral("America/St_Johns"),
    QStringLiteral("Asia/Calcutta"),
};

struct Range {
    QList<int> isoDays; // 1 = Monday ... 7 = Sunday
    int start; // minutes
    int end;
};

// Ranges chosen so that, across the zones above, starts and ends fall into
// spring-forward gaps and repeated fall-back hours (02:00-03:00 in New York,
// Berlin, Sydney, Adelaide, Auckland, St Johns; 01:00-02:00 in London;
// 02:00-02:30 / 01:30-02:00 on Lord Howe; 02:45-03:45 on Chatham), plus
// night shifts, 24:00 ends and whole days.
const QList<Range> ranges = {
    {{1, 2, 3, 4, 5, 6, 7}, 9 * 60, 17 * 60}, // 0 daily 09:00-17:00
    {{1, 2, 3, 4, 5, 6, 7}, 22 * 60, 6 * 60}, // 1 night shift 22:00-06:00
    {{1, 2, 3, 4, 5, 6, 7}, 18 * 60, 24 * 60}, // 2 until 24:00
    {{1, 2, 3, 4, 5, 6, 7}, 2 * 60 + 15, 4 * 60}, // 3 starts in most gaps
    {{1, 2, 3, 4, 5, 6, 7}, 60 + 40, 2 * 60 + 50}, // 4 starts in repeated hours
    {{7}, 2 * 60 + 30, 3 * 60 + 15}, // 5 Sun 02:30-03:15
    {{6, 7}, 3 * 60, 3 * 60 + 30}, // 6 Chatham's odd hour
    {{1, 2, 3, 4, 5, 6, 7}, 0, 24 * 60}, // 7 whole days 00:00-24:00
    {{1, 2, 3, 4, 5}, 23 * 60 + 45, 15}, // 8 23:45-00:15
    {{7}, 30, 60 + 30}, // 9 Sun 00:30-01:30
    {{1, 2, 3, 4, 5, 6, 7}, 0, 0}, // 10 00:00-00:00 = 24 h
    {{7}, 60, 60}, // 11 Sun 01:00-Mon 01:00
    {{1, 2, 3, 4, 5, 6, 7}, 2 * 60 + 45, 3 * 60 + 45}, // 12 Chatham's DST hour
};

const QList<QPair<QString, QString>> timeOff = {
    // The Monday after US spring-forward (Sunday's night shift is kept).
    {QStringLiteral("2026-03-09"), QStringLiteral("2026-03-10")},
    {QStringLiteral("2026-07-15"), QStringLiteral("2026-07-15")},
    {QStringLiteral("2026-12-24"), QStringLiteral("2026-12-31")},
};

WeeklyPattern toPattern(const QList<Range> &list)
{
    WeeklyPattern pattern;
    for (const Range &r : list) {
        Weekdays days;
        for (const int iso : r.isoDays)
            days.insert(date::weekday{static_cast<unsigned>(iso % 7)});
        pattern.ranges.push_back(
            WeeklyRange{.days = days, .start = Minutes{r.start}, .end = Minutes{r.end}});
    }
    return pattern;
}

QString kindLetter(LocalTimeKind kind)
{
    switch (kind) {
    case LocalTimeKind::Unique:
        return QStringLiteral("U");
    case LocalTimeKind::Skipped:
        return QStringLiteral("S");
    case LocalTimeKind::Repeated:
        return QStringLiteral("R");
    }
    return QStringLiteral("?");
}

QString dateText(LocalDate d)
{
    const date::year_month_day ymd{d};
    return QString::asprintf("%04d-%02u-%02u",
                             int(ymd.year()),
                             unsigned(ymd.month()),
                             unsigned(ymd.day()));
}

} // namespace

class TestZoneinfoCrosscheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolveLocalTime_data();
    void resolveLocalTime();
    void expansion_data();
    void expansion();

private:
    QHash<QString, QStringList> m_grid; // zone -> "G ..." lines from Python
    QHash<QString, QStringList> m_instances; // zone -> "E ..." lines from Python
};

void TestZoneinfoCrosscheck::initTestCase()
{
    QJsonArray rangeArray;
    for (const Range &r : ranges) {
        QJsonArray days;
        for (const int d : r.isoDays)
            days.append(d);
        rangeArray.append(QJsonArray{days, r.start, r.end});
    }
    QJsonArray offArray;
    for (const auto &[from, to] : timeOff)
        offArray.append(QJsonArray{from, to});
    const QJsonObject spec{
        {QStringLiteral("zones"), QJsonArray::fromStringList(zones)},
        {QStringLiteral("gridFirst"), QStringLiteral("2025-12-31")},
        {QStringLiteral("gridLast"), QStringLiteral("2027-01-02")},
        {QStringLiteral("ranges"), rangeArray},
        {QStringLiteral("first"), QStringLiteral("2026-01-01")},
        {QStringLiteral("last"), QStringLiteral("2026-12-31")},
        {QStringLiteral("timeOff"), offArray},
    };

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The same database date-tz reads; never a pip "tzdata" copy.
    env.insert(QStringLiteral("PYTHONTZPATH"), QStringLiteral("/usr/share/zoneinfo"));
    process.setProcessEnvironment(env);
    process.start(QLatin1String(python), {QStringLiteral("-c"), QLatin1String(script)});
    if (!process.waitForStarted(10000))
        QFAIL(qPrintable(QStringLiteral("cannot start %1 (%2): the zoneinfo cross-check needs "
                                        "Debian's python3 (apt-get install python3)")
                             .arg(QLatin1String(python), process.errorString())));
    process.write(QJsonDocument(spec).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        QFAIL("python3 zoneinfo cross-check did not finish within 120 s");
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        QFAIL(qPrintable(QStringLiteral("python3 failed (exit code %1); is the zoneinfo module "
                                        "(Python >= 3.9) and every zone available?\n%2")
                             .arg(process.exitCode())
                             .arg(QString::fromUtf8(errors))));

    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        const QStringList fields = line.split(QLatin1Char(' '));
        if (fields.size() < 2)
            continue;
        if (fields[0] == QLatin1String("G"))
            m_grid[fields[1]] << line;
        else if (fields[0] == QLatin1String("E"))
            m_instances[fields[1]] << line;
        else
            QFAIL(qPrintable(QStringLiteral("unexpected python3 output: ") + line));
    }
    for (const QString &zone : zones) {
        if (m_grid.value(zone).isEmpty() || m_instances.value(zone).isEmpty())
            QFAIL(qPrintable(QStringLiteral("python3 gave no results for ") + zone));
    }
}

void TestZoneinfoCrosscheck::resolveLocalTime_data()
{
    QTest::addColumn<QString>("zone");
    for (const QString &zone : zones)
        QTest::newRow(qPrintable(zone)) << zone;
}

void TestZoneinfoCrosscheck::resolveLocalTime()
{
    // Every 15 minutes of local time from 2025-12-31 to 2027-01-02, through
    // resolveLocalTime and through a LocalTimeResolver, compressed to the
    // points where (instant - reading, kind) changes, exactly like the Python
    // side.
    QFETCH(QString, zone);
    const TimeZone tz = sunrelay::test::zone(zone);
    LocalTimeResolver resolver(tz);
    const LocalTime first{LocalDate{date::year{2025} / 12 / 31}};
    const LocalTime last{LocalDate{date::year{2027} / 1 / 2}};
    QStringList viaFunction;
    QStringList viaResolver;
    const auto record = [&](QStringList &out,
                            std::optional<std::pair<Seconds, LocalTimeKind>> &state,
                            LocalTime t,
                            const LocalTimeLookup &lookup) {
        const Seconds offset = lookup.instant.time_since_epoch() - t.time_since_epoch();
        if (state && state->first == offset && state->second == lookup.kind)
            return;
        state = std::pair{offset, lookup.kind};
        out << QStringLiteral("G %1 %2 %3 %4")
                   .arg(zone)
                   .arg(date::floor<Minutes>(t.time_since_epoch()).count())
                   .arg(lookup.instant.time_since_epoch().count())
                   .arg(kindLetter(lookup.kind));
    };
    std::optional<std::pair<Seconds, LocalTimeKind>> a;
    std::optional<std::pair<Seconds, LocalTimeKind>> b;
    for (LocalTime t = first; t < last; t += Minutes{15}) {
        record(viaFunction, a, t, sunrelay::resolveLocalTime(tz, t));
        record(viaResolver, b, t, resolver.resolve(t));
    }
    QCOMPARE(viaFunction, m_grid.value(zone));
    QCOMPARE(viaResolver, m_grid.value(zone));
}

void TestZoneinfoCrosscheck::expansion_data()
{
    QTest::addColumn<QString>("zone");
    for (const QString &zone : zones)
        QTest::newRow(qPrintable(zone)) << zone;
}

void TestZoneinfoCrosscheck::expansion()
{
    // Every instance of every range over 2026, with the DST status of both
    // ends, against zoneinfo; then the merged expansion against the union of
    // zoneinfo's instances.
    QFETCH(QString, zone);
    const TimeZone tz = sunrelay::test::zone(zone);
    const WeeklyPattern pattern = toPattern(ranges);
    std::vector<DateRange> off;
    for (const auto &[from, to] : timeOff)
        off.push_back(DateRange{.from = day(from), .to = day(to)});
    const LocalDate first{date::year{2026} / 1 / 1};
    const LocalDate last{date::year{2026} / 12 / 31};

    LocalTimeResolver resolver(tz);
    QStringList got;
    for (const ExpandedRange &r : expandInstances(pattern, resolver, first, last, off))
        got << QStringLiteral("E %1 %2 %3 %4 %5 %6 %7")
                   .arg(zone, dateText(r.date))
                   .arg(r.rangeIndex)
                   .arg(r.start.instant.time_since_epoch().count())
                   .arg(kindLetter(r.start.kind))
                   .arg(r.end.instant.time_since_epoch().count())
                   .arg(kindLetter(r.end.kind));
    const QStringList &expected = m_instances.value(zone);
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);

    // The union, per range (each range separately: non-touching instances
    // except where the range itself touches the next day's).
    std::vector<std::vector<Interval>> fromPython(ranges.size());
    for (const QString &line : expected) {
        const QStringList f = line.split(QLatin1Char(' '));
        fromPython[static_cast<std::size_t>(f[3].toInt())].push_back(
            Interval{Instant{Seconds{f[4].toLongLong()}}, Instant{Seconds{f[6].toLongLong()}}});
    }
    for (std::size_t i = 0; i < fromPython.size(); ++i) {
        LocalTimeResolver fresh(tz);
        const IntervalSet merged =
            expand(WeeklyPattern{{pattern.ranges[i]}}, fresh, first, last, off);
        const IntervalSet union_(std::move(fromPython[i]));
        if (merged != union_)
            QCOMPARE(isoList(merged), isoList(union_)); // shows the first difference
    }
}

QTEST_GUILESS_MAIN(TestZoneinfoCrosscheck)
#include "tst_zoneinfo_crosscheck.moc"
