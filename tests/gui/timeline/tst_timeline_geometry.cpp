// TimelineGeometry (gui/timeline_geometry.h): instant <-> x, zoom, pan,
// centring, resizing, snapping and the spacing of hour labels.
//
// Every expected value is worked out by hand in the row's comment. Most rows
// use one day over 960 px, so one pixel is 86400 s / 960 = 90 s and one hour
// is 3600 / 90 = 40 px. M is Monday 2026-11-30 00:00Z.

#include "gui/timeline/timeline_geometry.h"

#include "../gui_test_support.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::utc;

namespace
{

const Instant M = utc(2026, 11, 30);
constexpr Seconds hours(long long h)
{
    return Seconds{h * 3600};
}
constexpr Seconds days(long long d)
{
    return Seconds{d * 86400};
}

// One day over 960 px: 90 s a pixel.
TimelineGeometry oneDay()
{
    return TimelineGeometry({M, M + days(1)}, 960);
}

} // namespace

class TestTimelineGeometry : public QObject
{
    Q_OBJECT

private slots:
    void scaleAndX();
    void roundTrip_data();
    void roundTrip();
    void instantAtRoundsToTheSecond();
    void constructorClampsTheSpan_data();
    void constructorClampsTheSpan();
    void zoomKeepsTheAnchor_data();
    void zoomKeepsTheAnchor();
    void zoomClamps_data();
    void zoomClamps();
    void zoomIgnoresNonPositiveFactors();
    void panBySeconds();
    void panByPixels_data();
    void panByPixels();
    void centeredOn();
    void snap_data();
    void snap();
    void labelStep_data();
    void labelStep();
};

void TestTimelineGeometry::scaleAndX()
{
    const TimelineGeometry g = oneDay();
    QCOMPARE(g.scale(), 90.0);
    QCOMPARE(g.width(), 960.0);
    QCOMPARE(g.visible(), (Interval{M, M + days(1)}));
    // The header's example: noon is half way, 240 px is 06:00.
    QCOMPARE(g.x(M + hours(12)), 480.0);
    QCOMPARE(g.instantAt(240), M + hours(6));
    // Left of the visible range is negative, right of it beyond the width:
    // 23:00 the day before is -1 h = -40 px; 26:00 is 26 * 40 = 1040 px.
    QCOMPARE(g.x(M - hours(1)), -40.0);
    QCOMPARE(g.x(M + hours(26)), 1040.0);
    // A zero width is taken as 1 px, never a division by zero.
    const TimelineGeometry narrow({M, M + hours(1)}, 0);
    QCOMPARE(narrow.width(), 1.0);
    QCOMPARE(narrow.scale(), 3600.0);
}

void TestTimelineGeometry::roundTrip_data()
{
    QTest::addColumn<Instant>("instant");
    QTest::addColumn<double>("x");
    // x = seconds after M / 90.
    QTest::newRow("start") << M << 0.0;
    QTest::newRow("one pixel: 90 s") << M + Seconds{90} << 1.0;
    QTest::newRow("09:30 = 34200 s") << M + Seconds{34200} << 380.0;
    QTest::newRow("end") << M + days(1) << 960.0;
    QTest::newRow("45 s: half a pixel") << M + Seconds{45} << 0.5;
    QTest::newRow("12345 s") << M + Seconds{12345} << 12345.0 / 90;
    QTest::newRow("7 h before: -25200 s") << M - hours(7) << -280.0;
    QTest::newRow("3 days after: 259200 s") << M + days(3) << 2880.0;
}

void TestTimelineGeometry::roundTrip()
{
    QFETCH(Instant, instant);
    QFETCH(double, x);
    const TimelineGeometry g = oneDay();
    QCOMPARE(g.x(instant), x);
    QCOMPARE(g.instantAt(x), instant);
    QCOMPARE(g.instantAt(g.x(instant)), instant);
}

void TestTimelineGeometry::instantAtRoundsToTheSecond()
{
    // A week over 1000 px: 604.8 s a pixel.
    const TimelineGeometry g({M, M + days(7)}, 1000);
    QCOMPARE(g.scale(), 604.8);
    // 1 px = 604.8 s -> 605 s; 10 px = 6048 s; 0.25 px = 151.2 s -> 151 s.
    QCOMPARE(g.instantAt(1), M + Seconds{605});
    QCOMPARE(g.instantAt(10), M + Seconds{6048});
    QCOMPARE(g.instantAt(0.25), M + Seconds{151});
    // Left of the range: -1 px = -604.8 s -> -605 s.
    QCOMPARE(g.instantAt(-1), M - Seconds{605});
}

void TestTimelineGeometry::constructorClampsTheSpan_data()
{
    QTest::addColumn<Interval>("asked");
    QTest::addColumn<Interval>("expected");
    QTest::newRow("1 hour is the least") << Interval{M, M + hours(1)} << Interval{M, M + hours(1)};
    // 30 min around its middle M+15 min widened to 1 h: M-15 min .. M+45 min.
    QTest::newRow("30 minutes widen to 1 hour")
        << Interval{M, M + Seconds{1800}} << Interval{M - Seconds{900}, M + Seconds{2700}};
    // An empty range at M widens to M-30 min .. M+30 min.
    QTest::newRow("empty widens to 1 hour")
        << Interval{M, M} << Interval{M - Seconds{1800}, M + Seconds{1800}};
    QTest::newRow("4 weeks is the most") << Interval{M, M + days(28)} << Interval{M, M + days(28)};
    // 60 days, middle M+30 d, narrowed to 28 days: M+16 d .. M+44 d.
    QTest::newRow("60 days narrow to 4 weeks")
        << Interval{M, M + days(60)} << Interval{M + days(16), M + days(44)};
}

void TestTimelineGeometry::constructorClampsTheSpan()
{
    QFETCH(Interval, asked);
    QFETCH(Interval, expected);
    QCOMPARE(TimelineGeometry(asked, 800).visible(), expected);
}

void TestTimelineGeometry::zoomKeepsTheAnchor_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<Instant>("anchor");
    QTest::addColumn<Interval>("expected");
    // Zoom in 2x on noon: 12 h span, noon still in the middle: 06:00-18:00.
    QTest::newRow("2x on noon") << 2.0 << M + hours(12) << Interval{M + hours(6), M + hours(18)};
    // Zoom in 2x on 06:00 (a quarter of the width): span 12 h, 06:00 stays a
    // quarter in: start 06:00 - 3 h = 03:00, end 15:00.
    QTest::newRow("2x on 06:00") << 2.0 << M + hours(6) << Interval{M + hours(3), M + hours(15)};
    // Zoom out 2x on the left edge: span 48 h starting at M.
    QTest::newRow("0.5x on the start") << 0.5 << M << Interval{M, M + hours(48)};
    // Zoom out 2x on the right edge: span 48 h ending at M+24 h.
    QTest::newRow("0.5x on the end") << 0.5 << M + days(1) << Interval{M - days(1), M + days(1)};
    // Zoom in 1.5x on 18:00 (three quarters in): span 16 h, start =
    // 18:00 - 0.75 * 16 h = 18:00 - 12 h = 06:00, end 22:00.
    QTest::newRow("1.5x on 18:00") << 1.5 << M + hours(18) << Interval{M + hours(6), M + hours(22)};
}

void TestTimelineGeometry::zoomKeepsTheAnchor()
{
    QFETCH(double, factor);
    QFETCH(Instant, anchor);
    QFETCH(Interval, expected);
    const TimelineGeometry before = oneDay();
    const TimelineGeometry after = before.zoomed(factor, anchor);
    QCOMPARE(after.visible(), expected);
    QCOMPARE(after.width(), before.width());
    // The anchor stays under the same pixel.
    QCOMPARE(after.x(anchor), before.x(anchor));
}

void TestTimelineGeometry::zoomClamps_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<Interval>("expected");
    // 24 h / 100 = 14.4 min, clamped to 1 h around noon: 11:30-12:30.
    QTest::newRow("in to 1 hour") << 100.0 << Interval{M + Seconds{41400}, M + Seconds{45000}};
    // 24 h * 100 = 100 days, clamped to 28 days around noon:
    // noon - 14 d = 2026-11-16 12:00Z, noon + 14 d = 2026-12-14 12:00Z.
    QTest::newRow("out to 4 weeks")
        << 0.01 << Interval{utc(2026, 11, 16, 12), utc(2026, 12, 14, 12)};
}

void TestTimelineGeometry::zoomClamps()
{
    QFETCH(double, factor);
    QFETCH(Interval, expected);
    const TimelineGeometry g = oneDay().zoomed(factor, M + hours(12));
    QCOMPARE(g.visible(), expected);
    // And further zooming the same way changes nothing.
    QCOMPARE(g.zoomed(factor, M + hours(12)).visible(), expected);
}

void TestTimelineGeometry::zoomIgnoresNonPositiveFactors()
{
    const TimelineGeometry g = oneDay();
    QCOMPARE(g.zoomed(0, M + hours(3)), g);
    QCOMPARE(g.zoomed(-2, M + hours(3)), g);
}

void TestTimelineGeometry::panBySeconds()
{
    const TimelineGeometry g = oneDay();
    QCOMPARE(g.panned(hours(1)).visible(), (Interval{M + hours(1), M + hours(25)}));
    QCOMPARE(g.panned(-days(2)).visible(), (Interval{M - days(2), M - days(1)}));
    QCOMPARE(g.panned(hours(1)).scale(), 90.0);
}

void TestTimelineGeometry::panByPixels_data()
{
    QTest::addColumn<double>("pixels");
    QTest::addColumn<Seconds>("shift");
    // Pixels * 90 s.
    QTest::newRow("+40 px = 1 h") << 40.0 << hours(1);
    QTest::newRow("-100 px = -2.5 h") << -100.0 << Seconds{-9000};
    QTest::newRow("+960 px = one whole width") << 960.0 << days(1);
    QTest::newRow("+0.5 px = 45 s") << 0.5 << Seconds{45};
    QTest::newRow("+1.01 px = 90.9 s -> 91 s") << 1.01 << Seconds{91};
}

void TestTimelineGeometry::panByPixels()
{
    QFETCH(double, pixels);
    QFETCH(Seconds, shift);
    const TimelineGeometry g = oneDay().panned(pixels);
    QCOMPARE(g.visible(), (Interval{M + shift, M + days(1) + shift}));
    QCOMPARE(g.width(), 960.0);
}

void TestTimelineGeometry::centeredOn()
{
    // Half the span (12 h) either side of the instant.
    const TimelineGeometry g = oneDay().centeredOn(M + days(3));
    QCOMPARE(g.visible(), (Interval{M + days(3) - hours(12), M + days(3) + hours(12)}));
    QCOMPARE(g.width(), 960.0);
    QCOMPARE(g.x(M + days(3)), 480.0);
    // An odd span: 1 h 1 s has half 1800 s (integer halving), so the range
    // is [t - 1800 s, t + 1801 s).
    const TimelineGeometry odd({M, M + Seconds{3601}}, 100);
    QCOMPARE(odd.centeredOn(M + days(1)).visible(),
             (Interval{M + days(1) - Seconds{1800}, M + days(1) + Seconds{1801}}));
}

void TestTimelineGeometry::snap_data()
{
    QTest::addColumn<Instant>("instant");
    QTest::addColumn<Seconds>("step");
    QTest::addColumn<Instant>("expected");
    const Seconds quarter{900};
    const Seconds minute{60};
    const Instant epoch{Seconds{0}};
    // 15 minutes: below half (450 s) rounds down, from half on up.
    QTest::newRow("15 min: on the grid") << M + quarter << quarter << M + quarter;
    QTest::newRow("15 min: +7:29 down") << M + Seconds{449} << quarter << M;
    QTest::newRow("15 min: +7:30 halfway up") << M + Seconds{450} << quarter << M + quarter;
    QTest::newRow("15 min: 14:22:29 down to 14:15")
        << M + hours(14) + Seconds{1349} << quarter << M + hours(14) + quarter;
    QTest::newRow("15 min: 14:22:30 halfway up to 14:30")
        << M + hours(14) + Seconds{1350} << quarter << M + hours(14) + 2 * quarter;
    QTest::newRow("15 min: 23:59 up to next day")
        << M + hours(23) + Seconds{59 * 60} << quarter << M + days(1);
    // 1 minute: half is 30 s.
    QTest::newRow("1 min: +29 s down") << M + Seconds{29} << minute << M;
    QTest::newRow("1 min: +30 s halfway up") << M + Seconds{30} << minute << M + minute;
    QTest::newRow("1 min: 14:37:10 to 14:37")
        << M + hours(14) + Seconds{37 * 60 + 10} << minute << M + hours(14) + Seconds{37 * 60};
    // Before the epoch the grid continues: -1 s lies 899 s above -900, so up to 0.
    QTest::newRow("negative: -1 s up to 0") << epoch - Seconds{1} << quarter << epoch;
    // -450 s is exactly half way between -900 and 0: half rounds up, to 0.
    QTest::newRow("negative: -450 s halfway up to 0") << epoch - Seconds{450} << quarter << epoch;
    // -451 s is 449 s above -900: down.
    QTest::newRow("negative: -451 s down to -900")
        << epoch - Seconds{451} << quarter << epoch - quarter;
    QTest::newRow("negative: on the grid") << epoch - quarter << quarter << epoch - quarter;
    QTest::newRow("negative: -30 s to 0 by minutes") << epoch - Seconds{30} << minute << epoch;
    QTest::newRow("negative: -31 s to -60 by minutes")
        << epoch - Seconds{31} << minute << epoch - minute;
    // 1969-12-31 23:37:30Z is -1350 s: half way between -1800 and -900: -900.
    QTest::newRow("negative: 1969-12-31 23:37:30 to 23:45")
        << utc(1969, 12, 31, 23, 37, 30) << quarter << utc(1969, 12, 31, 23, 45);
    // No step: unchanged.
    QTest::newRow("step 0 leaves it") << M + Seconds{7} << Seconds{0} << M + Seconds{7};
    QTest::newRow("negative step leaves it") << M + Seconds{7} << Seconds{-60} << M + Seconds{7};
}

void TestTimelineGeometry::snap()
{
    QFETCH(Instant, instant);
    QFETCH(Seconds, step);
    QFETCH(Instant, expected);
    QCOMPARE(TimelineGeometry::snap(instant, step), expected);
}

void TestTimelineGeometry::labelStep_data()
{
    QTest::addColumn<Interval>("visible");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("minimumPixels");
    QTest::addColumn<Seconds>("expected");
    const Interval day{M, M + days(1)};
    // One day over 960 px: 15 min = 10 px, 30 min = 20, 1 h = 40 px,
    // 2 h = 80, 3 h = 120, 6 h = 240, 12 h = 480, 1 d = 960, 2 d = 1920,
    // 7 d = 6720.
    QTest::newRow("15 min when 10 px is enough") << day << 960.0 << 10.0 << Seconds{15 * 60};
    QTest::newRow("30 min when 11 px needed") << day << 960.0 << 11.0 << Seconds{30 * 60};
    QTest::newRow("1 h when 40 px is enough") << day << 960.0 << 40.0 << hours(1);
    QTest::newRow("2 h when 41 px needed") << day << 960.0 << 41.0 << hours(2);
    QTest::newRow("3 h when 100 px needed") << day << 960.0 << 100.0 << hours(3);
    QTest::newRow("6 h when 200 px needed") << day << 960.0 << 200.0 << hours(6);
    QTest::newRow("12 h when 400 px needed") << day << 960.0 << 400.0 << hours(12);
    QTest::newRow("1 day when 500 px needed") << day << 960.0 << 500.0 << days(1);
    QTest::newRow("2 days when 1000 px needed") << day << 960.0 << 1000.0 << days(2);
    QTest::newRow("7 days when 2000 px needed") << day << 960.0 << 2000.0 << days(7);
    QTest::newRow("14 days beyond that") << day << 960.0 << 7000.0 << days(14);
    // Four weeks over 1000 px: 2419.2 s a pixel; 12 h = 17.9 px, 1 d = 35.7,
    // 2 d = 71.4, 7 d = 250.
    const Interval month{M, M + days(28)};
    QTest::newRow("4 weeks, 30 px: 1 day") << month << 1000.0 << 30.0 << days(1);
    QTest::newRow("4 weeks, 60 px: 2 days") << month << 1000.0 << 60.0 << days(2);
    QTest::newRow("4 weeks, 100 px: 7 days") << month << 1000.0 << 100.0 << days(7);
    // One week over 1150 px: 525.9 s a pixel; 6 h = 41.1 px, 12 h = 82.1.
    QTest::newRow("1 week, 60 px: 12 h") << Interval{M, M + days(7)} << 1150.0 << 60.0 << hours(12);
    // One hour over 1200 px: 15 min = 300 px, 30 min = 600, 1 h = 1200.
    QTest::newRow("1 hour, 80 px: 15 min")
        << Interval{M, M + hours(1)} << 1200.0 << 80.0 << Seconds{15 * 60};
    QTest::newRow("1 hour, 400 px: 30 min")
        << Interval{M, M + hours(1)} << 1200.0 << 400.0 << Seconds{30 * 60};
    QTest::newRow("1 hour, 700 px: 1 h")
        << Interval{M, M + hours(1)} << 1200.0 << 700.0 << hours(1);
}

void TestTimelineGeometry::labelStep()
{
    QFETCH(Interval, visible);
    QFETCH(double, width);
    QFETCH(double, minimumPixels);
    QFETCH(Seconds, expected);
    QCOMPARE(TimelineGeometry(visible, width).labelStep(minimumPixels).count(), expected.count());
}

QTEST_GUILESS_MAIN(TestTimelineGeometry)
#include "tst_timeline_geometry.moc"
