// IntervalSet (interval_set.h): a sorted union of half-open intervals;
// touching intervals merge.
//
// Test data is written in hours and minutes after a base instant
// (2026-03-09T00:00Z), "09:00-12:00, 15:00-16:00"; "" is the empty set and
// hours may pass 24 ("22:00-30:00" ends 06:00 the next day). Expected values
// are plain interval arithmetic, worked out by hand in each row's name or
// comment.

#include "plan_builder.h"

#include "sunrelay/core/interval_set.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

namespace
{

const Instant base = date::sys_days{date::year{2026} / 3 / 9};

Instant at(const QString &hhmm)
{
    return base + clock(hhmm.trimmed());
}

Interval iv(const QString &text)
{
    const QStringList ends = text.trimmed().split(QLatin1Char('-'));
    if (ends.size() != 2)
        qFatal("test data: bad interval '%s'", qPrintable(text));
    return Interval{at(ends[0]), at(ends[1])};
}

std::vector<Interval> ivs(const QString &text)
{
    std::vector<Interval> result;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        result.push_back(iv(part));
    return result;
}

// Parsed without going through IntervalSet's own merging: the expected text
// must already be normalized.
IntervalSet set(const QString &text)
{
    return IntervalSet(ivs(text));
}

QString hhmm(Instant t)
{
    const auto minutes = date::floor<Minutes>(t - base).count();
    return QString::asprintf("%02lld:%02lld",
                             static_cast<long long>(minutes / 60),
                             static_cast<long long>(minutes % 60));
}

QString text(const IntervalSet &s)
{
    QStringList parts;
    for (const Interval &i : s.intervals())
        parts << hhmm(i.start) + QLatin1Char('-') + hhmm(i.end);
    return parts.join(QStringLiteral(", "));
}

QString text(const std::optional<Interval> &i)
{
    return i ? hhmm(i->start) + QLatin1Char('-') + hhmm(i->end) : QStringLiteral("none");
}

// The invariant of interval_set.h, checked on every result.
bool isNormalized(const IntervalSet &s)
{
    const auto &list = s.intervals();
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i].isEmpty())
            return false;
        if (i > 0 && !(list[i - 1].end < list[i].start))
            return false;
    }
    return true;
}

} // namespace

class TestIntervalSet : public QObject
{
    Q_OBJECT

private slots:
    void interval_data();
    void interval();

    void construct_data();
    void construct();

    void unite_data();
    void unite();
    void intersect_data();
    void intersect();
    void subtract_data();
    void subtract();
    void complement_data();
    void complement();

    void addInPlace_data();
    void addInPlace();
    void subtractInPlace_data();
    void subtractInPlace();

    void clipped_data();
    void clipped();

    void queries_data();
    void queries();

    void containsAndIntersects_data();
    void containsAndIntersects();
};

void TestIntervalSet::interval_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("intersects");
    QTest::addColumn<QString>("intersection");

    QTest::newRow("overlapping") << "09:00-12:00"
                                 << "11:00-13:00" << true << "11:00-12:00";
    QTest::newRow("touching shares no time") << "09:00-12:00"
                                             << "12:00-13:00" << false << "12:00-12:00";
    QTest::newRow("disjoint: empty at the later start") << "09:00-10:00"
                                                        << "11:00-12:00" << false << "11:00-11:00";
    QTest::newRow("contained") << "09:00-17:00"
                               << "12:00-13:00" << true << "12:00-13:00";
}

void TestIntervalSet::interval()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, intersects);
    QFETCH(QString, intersection);
    QCOMPARE(iv(a).intersects(iv(b)), intersects);
    QCOMPARE(iv(b).intersects(iv(a)), intersects);
    QCOMPARE(sunrelay::intersection(iv(a), iv(b)), iv(intersection));

    // Half-open: the start is in, the end is out.
    const Interval work = iv(QStringLiteral("09:00-17:00"));
    QVERIFY(work.contains(at(QStringLiteral("09:00"))));
    QVERIFY(work.contains(at(QStringLiteral("16:59"))));
    QVERIFY(!work.contains(at(QStringLiteral("17:00"))));
    QCOMPARE(work.length(), Seconds{8 * 3600});
    QVERIFY(iv(QStringLiteral("09:00-09:00")).isEmpty());
}

void TestIntervalSet::construct_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("totalMinutes");

    // The DESIGN.md example: a 3 h block followed directly by a 1 h block is
    // one 4 h interval.
    QTest::newRow("touching 3 h + 1 h = 4 h") << "09:00-12:00, 12:00-13:00"
                                              << "09:00-13:00" << 240;
    QTest::newRow("header example") << "09:00-12:00, 12:00-13:00, 15:00-16:00"
                                    << "09:00-13:00, 15:00-16:00" << 300;
    QTest::newRow("overlapping merge") << "09:00-12:00, 11:00-14:00"
                                       << "09:00-14:00" << 300;
    QTest::newRow("contained is absorbed") << "09:00-17:00, 10:00-11:00"
                                           << "09:00-17:00" << 480;
    QTest::newRow("unsorted input") << "15:00-16:00, 09:00-10:00, 12:00-13:00"
                                    << "09:00-10:00, 12:00-13:00, 15:00-16:00" << 180;
    QTest::newRow("unsorted touching chain") << "11:00-12:00, 09:00-10:00, 10:00-11:00"
                                             << "09:00-12:00" << 180;
    QTest::newRow("one minute apart stays apart") << "09:00-10:00, 10:01-11:00"
                                                  << "09:00-10:00, 10:01-11:00" << 119;
    QTest::newRow("empties dropped") << "09:00-09:00, 10:00-11:00, 12:00-12:00"
                                     << "10:00-11:00" << 60;
    QTest::newRow("nothing") << ""
                             << "" << 0;
    QTest::newRow("across midnight") << "22:00-30:00, 30:00-32:00"
                                     << "22:00-32:00" << 600;
    QTest::newRow("duplicates") << "09:00-10:00, 09:00-10:00"
                                << "09:00-10:00" << 60;
    QTest::newRow("same start, longer wins") << "09:00-10:00, 09:00-12:00"
                                             << "09:00-12:00" << 180;
}

void TestIntervalSet::construct()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, totalMinutes);
    const IntervalSet s(ivs(input));
    QCOMPARE(text(s), expected);
    QVERIFY(isNormalized(s));
    QCOMPARE(s.totalLength(), Seconds{Minutes{totalMinutes}});
    QCOMPARE(s.isEmpty(), expected.isEmpty());
    QCOMPARE(int(s.size()), int(ivs(expected).size()));
}

void TestIntervalSet::unite_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");

    QTest::newRow("touching across the sets") << "09:00-12:00"
                                              << "12:00-13:00"
                                              << "09:00-13:00";
    QTest::newRow("interleaved") << "09:00-10:00, 12:00-13:00"
                                 << "10:30-11:00, 12:30-14:00"
                                 << "09:00-10:00, 10:30-11:00, 12:00-14:00";
    QTest::newRow("one bridges two") << "09:00-10:00, 11:00-12:00"
                                     << "10:00-11:00"
                                     << "09:00-12:00";
    QTest::newRow("with empty") << "09:00-10:00"
                                << ""
                                << "09:00-10:00";
    QTest::newRow("both empty") << ""
                                << ""
                                << "";
}

void TestIntervalSet::unite()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QCOMPARE(text(sunrelay::unite(set(a), set(b))), expected);
    QCOMPARE(text(sunrelay::unite(set(b), set(a))), expected);
    QVERIFY(isNormalized(sunrelay::unite(set(a), set(b))));
}

void TestIntervalSet::intersect_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");

    // EMEA 08:00-16:30 and AMER 14:00-22:00 share 14:00-16:30
    QTest::newRow("overlap of two shifts") << "08:00-16:30"
                                           << "14:00-22:00"
                                           << "14:00-16:30";
    QTest::newRow("touching shares nothing") << "09:00-12:00"
                                             << "12:00-13:00"
                                             << "";
    QTest::newRow("one long against many") << "09:00-17:00"
                                           << "08:00-10:00, 11:00-12:00, 16:00-18:00"
                                           << "09:00-10:00, 11:00-12:00, 16:00-17:00";
    QTest::newRow("same end on both sides") << "09:00-12:00, 13:00-14:00"
                                            << "10:00-12:00, 13:30-15:00"
                                            << "10:00-12:00, 13:30-14:00";
    QTest::newRow("one b across a hole of a") << "09:00-10:00, 10:30-12:00"
                                              << "09:30-11:00"
                                              << "09:30-10:00, 10:30-11:00";
    QTest::newRow("with empty") << "09:00-10:00"
                                << ""
                                << "";
}

void TestIntervalSet::intersect()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QCOMPARE(text(sunrelay::intersect(set(a), set(b))), expected);
    QCOMPARE(text(sunrelay::intersect(set(b), set(a))), expected);
    QVERIFY(isNormalized(sunrelay::intersect(set(a), set(b))));
}

void TestIntervalSet::subtract_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");

    QTest::newRow("hole in the middle") << "09:00-17:00"
                                        << "12:00-13:00"
                                        << "09:00-12:00, 13:00-17:00";
    QTest::newRow("cut the start") << "09:00-17:00"
                                   << "08:00-10:00"
                                   << "10:00-17:00";
    QTest::newRow("cut the end") << "09:00-17:00"
                                 << "16:00-18:00"
                                 << "09:00-16:00";
    QTest::newRow("remove all") << "09:00-17:00"
                                << "09:00-17:00"
                                << "";
    QTest::newRow("touching removes nothing") << "09:00-12:00"
                                              << "12:00-13:00, 08:00-09:00"
                                              << "09:00-12:00";
    QTest::newRow("many holes in many") << "08:00-12:00, 13:00-18:00"
                                        << "09:00-10:00, 11:00-14:00, 15:00-16:00, 17:00-20:00"
                                        << "08:00-09:00, 10:00-11:00, 14:00-15:00, 16:00-17:00";
    QTest::newRow("one b across two a") << "08:00-10:00, 11:00-13:00"
                                        << "09:00-12:00"
                                        << "08:00-09:00, 12:00-13:00";
    QTest::newRow("nothing to subtract") << "08:00-10:00"
                                         << ""
                                         << "08:00-10:00";
    QTest::newRow("from nothing") << ""
                                  << "08:00-10:00"
                                  << "";
}

void TestIntervalSet::subtract()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QCOMPARE(text(sunrelay::subtract(set(a), set(b))), expected);
    QVERIFY(isNormalized(sunrelay::subtract(set(a), set(b))));
}

void TestIntervalSet::complement_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("expected");

    // The coverage.h example: covered 08:00-16:30 and 14:00-22:00 in one day
    QTest::newRow("gaps of a day") << "08:00-22:00"
                                   << "00:00-24:00"
                                   << "00:00-08:00, 22:00-24:00";
    QTest::newRow("set reaches past the window") << "06:00-10:00, 20:00-30:00"
                                                 << "08:00-24:00"
                                                 << "10:00-20:00";
    QTest::newRow("empty set: the whole window") << ""
                                                 << "08:00-12:00"
                                                 << "08:00-12:00";
    QTest::newRow("set covers the window") << "00:00-48:00"
                                           << "08:00-12:00"
                                           << "";
    QTest::newRow("empty window") << "09:00-10:00"
                                  << "12:00-12:00"
                                  << "";
}

void TestIntervalSet::complement()
{
    QFETCH(QString, set);
    QFETCH(QString, window);
    QFETCH(QString, expected);
    QCOMPARE(text(sunrelay::complement(::set(set), iv(window))), expected);
}

void TestIntervalSet::addInPlace_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("expected");

    QTest::newRow("3 h then 1 h touching = 4 h") << "09:00-12:00"
                                                 << "12:00-13:00"
                                                 << "09:00-13:00";
    QTest::newRow("touching before") << "09:00-12:00"
                                     << "08:00-09:00"
                                     << "08:00-12:00";
    QTest::newRow("bridges two and touches a third")
        << "08:00-09:00, 10:00-11:00, 12:00-13:00, 15:00-16:00"
        << "09:00-12:00"
        << "08:00-13:00, 15:00-16:00";
    QTest::newRow("inside existing") << "08:00-12:00"
                                     << "09:00-10:00"
                                     << "08:00-12:00";
    QTest::newRow("swallows existing") << "09:00-10:00, 11:00-12:00"
                                       << "08:00-13:00"
                                       << "08:00-13:00";
    QTest::newRow("new one at the front") << "09:00-10:00"
                                          << "06:00-07:00"
                                          << "06:00-07:00, 09:00-10:00";
    QTest::newRow("new one in between") << "06:00-07:00, 12:00-13:00"
                                        << "09:00-10:00"
                                        << "06:00-07:00, 09:00-10:00, 12:00-13:00";
    QTest::newRow("new one at the end") << "06:00-07:00"
                                        << "09:00-10:00"
                                        << "06:00-07:00, 09:00-10:00";
    QTest::newRow("empty interval changes nothing") << "06:00-07:00"
                                                    << "09:00-09:00"
                                                    << "06:00-07:00";
    QTest::newRow("into empty set") << ""
                                    << "09:00-10:00"
                                    << "09:00-10:00";
}

void TestIntervalSet::addInPlace()
{
    QFETCH(QString, set);
    QFETCH(QString, added);
    QFETCH(QString, expected);
    IntervalSet s = ::set(set);
    s.add(iv(added));
    QCOMPARE(text(s), expected);
    QVERIFY(isNormalized(s));
}

void TestIntervalSet::subtractInPlace_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("removed");
    QTest::addColumn<QString>("expected");

    QTest::newRow("hole in the middle") << "09:00-17:00"
                                        << "12:00-13:00"
                                        << "09:00-12:00, 13:00-17:00";
    QTest::newRow("across three") << "08:00-10:00, 11:00-12:00, 13:00-15:00"
                                  << "09:00-14:00"
                                  << "08:00-09:00, 14:00-15:00";
    QTest::newRow("exactly one of three") << "08:00-10:00, 11:00-12:00, 13:00-15:00"
                                          << "11:00-12:00"
                                          << "08:00-10:00, 13:00-15:00";
    QTest::newRow("touching removes nothing") << "08:00-10:00, 11:00-12:00"
                                              << "10:00-11:00"
                                              << "08:00-10:00, 11:00-12:00";
    QTest::newRow("the start only") << "08:00-10:00"
                                    << "07:00-09:00"
                                    << "09:00-10:00";
    QTest::newRow("the end only") << "08:00-10:00"
                                  << "09:30-11:00"
                                  << "08:00-09:30";
    QTest::newRow("empty interval changes nothing") << "08:00-10:00"
                                                    << "09:00-09:00"
                                                    << "08:00-10:00";
    QTest::newRow("from empty set") << ""
                                    << "09:00-10:00"
                                    << "";
}

void TestIntervalSet::subtractInPlace()
{
    QFETCH(QString, set);
    QFETCH(QString, removed);
    QFETCH(QString, expected);
    IntervalSet s = ::set(set);
    s.subtract(iv(removed));
    QCOMPARE(text(s), expected);
    QVERIFY(isNormalized(s));
}

void TestIntervalSet::clipped_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("expected");

    QTest::newRow("night shift cut at midnight") << "22:00-30:00"
                                                 << "24:00-48:00"
                                                 << "24:00-30:00";
    QTest::newRow("both ends cut") << "06:00-10:00, 11:00-12:00, 13:00-20:00"
                                   << "08:00-14:00"
                                   << "08:00-10:00, 11:00-12:00, 13:00-14:00";
    QTest::newRow("touching the window is out") << "06:00-08:00, 14:00-16:00"
                                                << "08:00-14:00"
                                                << "";
    QTest::newRow("window inside one interval") << "06:00-20:00"
                                                << "08:00-14:00"
                                                << "08:00-14:00";
    // An empty window holds no time: the result is empty, not a set holding
    // an empty interval (the "none empty" invariant).
    QTest::newRow("empty window inside an interval") << "06:00-20:00"
                                                     << "10:00-10:00"
                                                     << "";
    QTest::newRow("empty window at a start") << "06:00-20:00"
                                             << "06:00-06:00"
                                             << "";
}

void TestIntervalSet::clipped()
{
    QFETCH(QString, set);
    QFETCH(QString, window);
    QFETCH(QString, expected);
    const IntervalSet result = ::set(set).clipped(iv(window));
    QCOMPARE(text(result), expected);
    QVERIFY(isNormalized(result));
    QCOMPARE(result.isEmpty(), expected.isEmpty());
}

void TestIntervalSet::queries_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("t");
    QTest::addColumn<QString>("intervalAt");
    QTest::addColumn<QString>("covering");
    QTest::addColumn<QString>("nextStartingAt");

    const QString s = QStringLiteral("09:00-12:00, 14:00-17:00");
    QTest::newRow("before everything") << s << "08:00"
                                       << "none"
                                       << "09:00-12:00"
                                       << "09:00-12:00";
    QTest::newRow("exactly at a start (inside)") << s << "09:00"
                                                 << "09:00-12:00"
                                                 << "09:00-12:00"
                                                 << "09:00-12:00";
    QTest::newRow("inside the first") << s << "10:00"
                                      << "09:00-12:00"
                                      << "09:00-12:00"
                                      << "14:00-17:00";
    QTest::newRow("last minute of the first") << s << "11:59"
                                              << "09:00-12:00"
                                              << "09:00-12:00"
                                              << "14:00-17:00";
    QTest::newRow("exactly at an end (outside)") << s << "12:00"
                                                 << "none"
                                                 << "14:00-17:00"
                                                 << "14:00-17:00";
    QTest::newRow("in the hole") << s << "13:00"
                                 << "none"
                                 << "14:00-17:00"
                                 << "14:00-17:00";
    QTest::newRow("exactly at the second start") << s << "14:00"
                                                 << "14:00-17:00"
                                                 << "14:00-17:00"
                                                 << "14:00-17:00";
    QTest::newRow("inside the last") << s << "15:00"
                                     << "14:00-17:00"
                                     << "14:00-17:00"
                                     << "none";
    QTest::newRow("exactly at the last end") << s << "17:00"
                                             << "none"
                                             << "none"
                                             << "none";
    QTest::newRow("after everything") << s << "20:00"
                                      << "none"
                                      << "none"
                                      << "none";
    QTest::newRow("empty set") << ""
                               << "10:00"
                               << "none"
                               << "none"
                               << "none";
}

void TestIntervalSet::queries()
{
    QFETCH(QString, set);
    QFETCH(QString, t);
    QFETCH(QString, intervalAt);
    QFETCH(QString, covering);
    QFETCH(QString, nextStartingAt);
    const IntervalSet s = ::set(set);
    QCOMPARE(text(s.intervalAt(at(t))), intervalAt);
    QCOMPARE(s.contains(at(t)), intervalAt != QLatin1String("none"));
    QCOMPARE(text(s.covering(at(t))), covering);
    QCOMPARE(text(s.nextStartingAt(at(t))), nextStartingAt);
}

void TestIntervalSet::containsAndIntersects_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("interval");
    QTest::addColumn<bool>("containsInterval");
    QTest::addColumn<bool>("intersects");

    const QString s = QStringLiteral("09:00-12:00, 12:30-17:00");
    QTest::newRow("inside one") << s << "10:00-11:00" << true << true;
    QTest::newRow("exactly one") << s << "09:00-12:00" << true << true;
    QTest::newRow("across the hole") << s << "11:00-13:00" << false << true;
    QTest::newRow("in the hole") << s << "12:00-12:30" << false << false;
    QTest::newRow("touching the end") << s << "17:00-18:00" << false << false;
    QTest::newRow("touching the start") << s << "08:00-09:00" << false << false;
    QTest::newRow("one minute in") << s << "08:00-09:01" << false << true;
    QTest::newRow("empty interval inside") << s << "10:00-10:00" << true << false;
}

void TestIntervalSet::containsAndIntersects()
{
    QFETCH(QString, set);
    QFETCH(QString, interval);
    QFETCH(bool, containsInterval);
    QFETCH(bool, intersects);
    QCOMPARE(::set(set).containsInterval(iv(interval)), containsInterval);
    QCOMPARE(::set(set).intersects(iv(interval)), intersects);
}

QTEST_GUILESS_MAIN(TestIntervalSet)
#include "tst_interval_set.moc"
