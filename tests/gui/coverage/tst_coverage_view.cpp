// The Coverage page (coverage/coverage_view.h): its charts hold core's
// dailyCoverage() values for the demo plan, computed here independently
// (routePlan rather than the document's route cache), and follow edits and
// undo; the range chooser picks the days; the charts follow the palette.

#include "gui/coverage/coverage_view.h"
#include "gui/document/plan_document.h"

#include "../gui_test_support.h"
#include "chart_test_support.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace sunrelay;
using namespace sunrelay::gui;
using namespace sunrelay::charttest;
using namespace std::chrono_literals;

namespace
{
LocalDate localDate(int y, unsigned m, unsigned d)
{
    return LocalDate{date::year{y} / m / d};
}
double hours(Seconds s)
{
    return double(s.count()) / 3600.0;
}
} // namespace

class TestCoverageView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void chartsHoldTheCoresValues();
    void handWorkedDemoDay();
    void updatesOnADocumentChangeAndUndo();
    void rangeChooser();
    void toolTipAndSummaryGiveExactValues();
    void hoverShowsTheToolTip();
    void followsThePalette();

private:
    std::vector<DailyCoverage> expected() const
    {
        const Plan &plan = m_document->plan();
        return dailyCoverage(plan,
                             *TimeZone::find("Europe/Berlin"),
                             m_view->from(),
                             m_view->to(),
                             routePlan(plan).routes);
    }
    void compareCharts(const std::vector<DailyCoverage> &days);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<CoverageView> m_view;
};

void TestCoverageView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("sunrelay-tst_coverage_view"));
    QApplication::setOrganizationName(QStringLiteral("Sunrelay"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestCoverageView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created =
        PlanDocument::create(m_dir->filePath(QStringLiteral("plan.sunrelay")), guitest::demoPlan());
    QVERIFY(created);
    m_document = std::move(created).value();
    m_view = std::make_unique<CoverageView>(m_document.get());
    m_view->setReferenceZone(*TimeZone::find("Europe/Berlin"));
    // The demo's tasks start 30 Nov - 7 Dec 2026.
    m_view->setCustomRange(localDate(2026, 11, 30), localDate(2026, 12, 13));
    m_view->resize(1100, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestCoverageView::cleanup()
{
    m_view.reset();
    m_document.reset();
    m_dir.reset();
}

void TestCoverageView::compareCharts(const std::vector<DailyCoverage> &days)
{
    QChart *coverage = m_view->coverageChart()->chart();
    const auto bars = seriesOf<QBarSeries>(coverage);
    QCOMPARE(bars.size(), std::size_t{1});
    QBarSet *covered = bars[0]->barSets().at(0);
    QCOMPARE(std::size_t(covered->count()), days.size());
    // The gap line, then the wait: one line per run of days with a gap
    // handoff (no line across a day without one).
    const auto lines = seriesOf<QLineSeries>(coverage);
    QVERIFY(lines.size() >= 1);
    QLineSeries *gapLine = lines[0];
    QCOMPARE(gapLine->name(), QStringLiteral("Gap hours"));
    QList<QPointF> waitPoints;
    std::size_t waitRuns = 0;
    for (std::size_t l = 1; l < lines.size(); ++l) {
        QCOMPARE(lines[l]->name(), QStringLiteral("Average pickup wait at gap handoffs (h)"));
        waitPoints += lines[l]->points();
    }
    QList<QPointF> expectedWaits;
    QCOMPARE(std::size_t(gapLine->count()), days.size());
    for (std::size_t i = 0; i < days.size(); ++i) {
        QCOMPARE(covered->at(int(i)), 100.0 * days[i].coveredShare());
        QCOMPARE(gapLine->at(int(i)), QPointF(double(i), hours(days[i].gap)));
        if (days[i].averageWait) {
            expectedWaits << QPointF(double(i), hours(*days[i].averageWait));
            if (i == 0 || !days[i - 1].averageWait)
                ++waitRuns;
        }
    }
    QCOMPARE(waitPoints, expectedWaits);
    QCOMPARE(lines.size() - 1, waitRuns);

    // Stacked load bars: one set per region, in region order and colour.
    const Plan &plan = m_document->plan();
    const auto stacks = seriesOf<QStackedBarSeries>(m_view->loadChart()->chart());
    QCOMPARE(stacks.size(), std::size_t{1});
    const QList<QBarSet *> sets = stacks[0]->barSets();
    QCOMPARE(std::size_t(sets.size()), plan.regions.size());
    for (std::size_t r = 0; r < plan.regions.size(); ++r) {
        QCOMPARE(sets[int(r)]->label(), QString::fromStdString(plan.regions[r].name));
        QCOMPARE(sets[int(r)]->color(), QColor(QString::fromStdString(plan.regions[r].color)));
        for (std::size_t i = 0; i < days.size(); ++i)
            QCOMPARE(sets[int(r)]->at(int(i)), hours(days[i].regionLoad[r]));
    }
}

void TestCoverageView::chartsHoldTheCoresValues()
{
    const auto days = expected();
    QCOMPARE(days.size(), std::size_t{14});
    QCOMPARE(m_view->days(), days);
    compareCharts(days);
    // The demo's tasks put load on every region in the first week.
    Seconds load{0};
    for (const DailyCoverage &day : days)
        for (const Seconds s : day.regionLoad)
            load += s;
    QVERIFY(load > Seconds{24h});
}

void TestCoverageView::handWorkedDemoDay()
{
    // Wednesday 2 Dec 2026 in Berlin (CET, +1): [1 Dec 23:00Z, 2 Dec 23:00Z).
    // Coverage in UTC (winter: Sydney +11, Tokyo +9, Singapore +8, Kolkata
    // +5:30, Dubai +4, Stockholm/Berlin +1, London 0, Sao Paulo -3, New York
    // -5, Chicago -6, Los Angeles -8):
    //   APAC: Sam 10:00-18:30 = 23:00-07:30Z (from Tue 1 Dec 23:00Z and
    //         again Wed 23:00Z), Kenji 00:00-08:30Z, Mei 01:00-09:30Z, Priya
    //         04:00-12:30Z, Arjun 04:30-13:00Z -> 23:00Z (Tue) - 13:00Z;
    //   EMEA: Leila 04:00-12:00Z, Lars 07:00-15:30Z, Anna 08:00-16:30Z, Tom
    //         08:30-17:00Z -> 04:00-17:00Z;
    //   AMER: Diego 14:00-22:30Z, Nia 14:00-22:30Z, Maya 14:00-22:00Z, Lucas
    //         14:30-22:30Z -> 14:00-22:30Z.
    // Within the day: covered 23:00Z(Tue)-22:30Z = 23 h 30 min; the gap is
    // 22:30-23:00Z, 30 min. One gap handoff that day: AMER -> APAC at
    // 22:30Z, Sam picks up at 23:00Z: wait 30 min.
    const auto &days = m_view->days();
    const DailyCoverage &wednesday = days[2];
    QCOMPARE(wednesday.date, localDate(2026, 12, 2));
    QCOMPARE(wednesday.covered, Seconds{23h + 30min});
    QCOMPARE(wednesday.gap, Seconds{30min});
    QCOMPARE(wednesday.gapHandoffs, std::size_t{1});
    QCOMPARE(wednesday.averageWait, std::optional<Seconds>{30min});
    // Mon-Fri have gap handoffs, Sat-Sun not: the wait is two lines, so
    // bars, the gap line and those two.
    QCOMPARE(m_view->coverageChart()->chart()->series().size(), 4);
}

void TestCoverageView::updatesOnADocumentChangeAndUndo()
{
    const auto before = m_view->days();
    // Sam (Sydney) works 12:00-18:30 instead (01:00-07:30Z): APAC starts
    // with Kenji at 00:00Z, so Berlin's Wednesday [Tue 23:00Z, Wed 23:00Z)
    // has the gaps Tue 23:00Z-00:00Z and 22:30Z-23:00Z: 1 h 30 min.
    Member sam = m_document->plan().members[0];
    QCOMPARE(sam.id, std::string("sam"));
    sam.work.ranges[0].start = 12h;
    m_document->changeMember(sam, QStringLiteral("Later start"));
    QCOMPARE(m_view->days(), expected());
    QCOMPARE(m_view->days()[2].gap, Seconds{1h + 30min});
    compareCharts(m_view->days());

    m_document->undoStack()->undo();
    QCOMPARE(m_view->days(), before);
    compareCharts(before);
}

void TestCoverageView::rangeChooser()
{
    auto *choice = m_view->findChild<QComboBox *>(QStringLiteral("coverageRange"));
    QVERIFY(choice);
    QCOMPARE(m_view->range(), CoverageView::Range::Custom);
    choice->setCurrentIndex(0); // This week
    QCOMPARE(m_view->range(), CoverageView::Range::ThisWeek);
    QCOMPARE(date::weekday{m_view->from()}, date::Monday);
    QCOMPARE(m_view->to(), m_view->from() + date::days{6});
    QCOMPARE(m_view->days().size(), std::size_t{7});
    choice->setCurrentIndex(1); // Next 4 weeks
    QCOMPARE(m_view->days().size(), std::size_t{28});
    QCOMPARE(m_view->days(), expected());
    // Custom: the end before the start is the start; longer than the maximum
    // is cut.
    m_view->setCustomRange(localDate(2027, 3, 1), localDate(2027, 2, 1));
    QCOMPARE(m_view->days().size(), std::size_t{1});
    m_view->setCustomRange(localDate(2027, 1, 1), localDate(2027, 12, 31));
    QCOMPARE(m_view->to(), localDate(2027, 1, 1) + date::days{CoverageView::maximumDays - 1});
    QCOMPARE(choice->currentIndex(), 2);
}

void TestCoverageView::toolTipAndSummaryGiveExactValues()
{
    // Wednesday 2 Dec (see handWorkedDemoDay).
    const QString tip = m_view->dayToolTip(2);
    // The day in British English's long date ("dddd, d MMMM yyyy").
    QVERIFY2(tip.contains(QStringLiteral("Wednesday, 2 December 2026 (24 h day in Berlin)")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Covered: 23 h 30 min (97.9%)")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Gaps: 30 min")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Average pickup wait: 30 min at 1 gap handoff")),
             qPrintable(tip));
    const QString summary = m_view->summaryText();
    QVERIFY2(summary.startsWith(QStringLiteral("30 Nov – 13 Dec 2026 in Berlin: covered ")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("APAC")) && summary.contains(QStringLiteral("AMER")),
             qPrintable(summary));
}

void TestCoverageView::hoverShowsTheToolTip()
{
    // Hovering Wednesday's bar shows that day's exact values.
    QBarSet *covered = seriesOf<QBarSeries>(m_view->coverageChart()->chart())[0]->barSets().at(0);
    emit covered->hovered(true, 2);
    QTRY_COMPARE(QToolTip::text(), m_view->dayToolTip(2));
    emit covered->hovered(false, 2);
    QTRY_VERIFY(!QToolTip::isVisible());
    // A region's load bar names the region, the day and the hours.
    QBarSet *emea = seriesOf<QStackedBarSeries>(m_view->loadChart()->chart())[0]->barSets().at(1);
    emit emea->hovered(true, 2);
    QTRY_VERIFY2(QToolTip::text().startsWith(QStringLiteral("EMEA, Wed 2 Dec 2026: "))
                     && QToolTip::text().endsWith(QStringLiteral(" of task work")),
                 qPrintable(QToolTip::text()));
}

void TestCoverageView::followsThePalette()
{
    for (const auto &[palette, name] :
         {std::pair{lightPalette(), QStringLiteral("coverage-light")},
          std::pair{darkPalette(), QStringLiteral("coverage-dark")}}) {
        m_view->setPalette(palette);
        QChart *chart = m_view->coverageChart()->chart();
        QCOMPARE(chart->backgroundBrush().color(), palette.color(QPalette::Base));
        QCOMPARE(chart->titleBrush().color(), palette.color(QPalette::Text));
        for (QAbstractAxis *axis : chart->axes())
            QCOMPARE(axis->labelsColor(), palette.color(QPalette::Text));
        QVERIFY(pictureHasContent(m_view.get(), name));
    }
}

QTEST_MAIN(TestCoverageView)
#include "tst_coverage_view.moc"
