// The DST Drift page (drift/drift_view.h) on the demo plan: "the DST drift
// data equals the core's handoffs on sampled weeks" (each sampled week's
// point against reportSchedule for that Wednesday alone), the chart's lines
// hold those points at the local times read here independently, the marked
// weeks are named in words (one worked by hand), and the page follows edits,
// undo, the sender/receiver switch and the palette.

#include "gui/coverage/coverage_view.h"
#include "gui/document/plan_document.h"
#include "gui/drift/drift_view.h"
#include "gui/window/main_window.h"

#include "../coverage/chart_test_support.h"
#include "../gui_test_support.h"

#include "sunrelay/core/local_time.h"
#include "sunrelay/core/schedule_report.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QListWidget>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <set>

using namespace sunrelay;
using namespace sunrelay::gui;
using namespace sunrelay::charttest;
using namespace std::chrono_literals;

namespace
{
// Monday 4 January 2027.
const date::sys_days start{date::year{2027} / 1 / 4};

double clockHours(const TimeZone &zone, Instant instant)
{
    const LocalTime local = toLocal(zone, instant);
    return double((local - date::floor<date::days>(local)).count()) / 3600.0;
}
} // namespace

class TestDriftView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void driftEqualsTheCoresHandoffsOnSampledWeeks();
    void linesHoldTheLocalTimes();
    void senderSwitch();
    void markedWeeksInWords();
    void updatesOnADocumentChangeAndUndo();
    void hoverShowsTheToolTip();
    void followsThePalette();
    void pagesOfTheMainWindow();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<DriftView> m_view;
};

void TestDriftView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("sunrelay-tst_drift_view"));
    QApplication::setOrganizationName(QStringLiteral("Sunrelay"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestDriftView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created =
        PlanDocument::create(m_dir->filePath(QStringLiteral("plan.sunrelay")), guitest::demoPlan());
    QVERIFY(created);
    m_document = std::move(created).value();
    m_view = std::make_unique<DriftView>(m_document.get());
    m_view->setStart(start);
    m_view->setClockStyle(ClockStyle::TwentyFourHour);
    m_view->resize(1100, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestDriftView::cleanup()
{
    m_view.reset();
    m_document.reset();
    m_dir.reset();
}

void TestDriftView::driftEqualsTheCoresHandoffsOnSampledWeeks()
{
    const Plan &plan = m_document->plan();
    const HandoffDrift &drift = m_view->drift();
    // Wednesdays 6 Jan 2027 .. 29 Dec 2027: 52 weeks.
    QCOMPARE(drift.weeks.size(), std::size_t{52});
    // Around the US change (14 Mar, weeks 9-10), the EU change (28 Mar, week
    // 12), Sydney's (4 Apr, week 13), summer, Sydney's October change (3 Oct,
    // week 39), the EU (31 Oct, 43) and US (7 Nov, 44) autumn changes and
    // the last week of the year.
    for (const std::size_t index : {0, 9, 10, 11, 12, 13, 27, 39, 43, 44, 45, 51}) {
        const date::sys_days wednesday = drift.weeks[index] + date::days{2};
        const auto core = reportSchedule(plan, dayWindow(wednesday, wednesday)).handoffs;
        std::size_t pointsThatWeek = 0;
        for (const DriftLine &line : drift.lines)
            for (const DriftPoint &point : line.points)
                if (point.week == drift.weeks[index]) {
                    ++pointsThatWeek;
                    const auto expected = firstHandoffOn(core, line.from, line.to, wednesday);
                    QVERIFY(expected);
                    QCOMPARE(point.handoff, *expected);
                }
        // Every pair handing off that Wednesday has its point.
        std::set<std::pair<std::size_t, std::size_t>> pairs;
        for (const Handoff &handoff : core)
            pairs.insert({handoff.from, handoff.to});
        QCOMPARE(pointsThatWeek, pairs.size());
    }
    // The demo hands off APAC -> EMEA -> AMER -> APAC.
    QCOMPARE(drift.lines.size(), std::size_t{3});
}

void TestDriftView::linesHoldTheLocalTimes()
{
    const Plan &plan = m_document->plan();
    const HandoffDrift &drift = m_view->drift();
    const auto lines = seriesOf<QLineSeries>(m_view->chart()->chart());
    // Line series only (QScatterSeries derive from QXYSeries, not QLineSeries).
    QCOMPARE(lines.size(), drift.lines.size());
    for (std::size_t l = 0; l < drift.lines.size(); ++l) {
        const DriftLine &line = drift.lines[l];
        QCOMPARE(lines[l]->name(),
                 QString::fromStdString(plan.regions[line.from].name) + QStringLiteral(" → ")
                     + QString::fromStdString(plan.regions[line.to].name));
        QCOMPARE(lines[l]->pen().color(),
                 QColor(QString::fromStdString(plan.regions[line.from].color)));
        QCOMPARE(std::size_t(lines[l]->count()), line.points.size());
        for (std::size_t p = 0; p < line.points.size(); ++p) {
            const DriftPoint &point = line.points[p];
            const double week = double((point.week - drift.weeks.front()).count() / 7);
            const TimeZone &zone = plan.members[point.receiverMember].zone;
            QCOMPARE(lines[l]->at(int(p)), QPointF(week, clockHours(zone, point.handoff.pickup)));
        }
    }
    // EMEA -> AMER, hand-worked: Tom (London) stops at 17:00 GMT = 17:00Z;
    // AMER covers from 14:00Z, so it is picked up at 17:00Z by Diego (first
    // in member order, Sao Paulo -3): 14:00 all year. Wed 6 Jan 2027.
    const DriftLine &emeaAmer = drift.lines[1];
    QCOMPARE(emeaAmer.from, std::size_t{1});
    QCOMPARE(emeaAmer.points[0].handoff.at, guitest::utc(2027, 1, 6, 17));
    QCOMPARE(plan.members[emeaAmer.points[0].receiverMember].id, std::string("diego"));
    QCOMPARE(lines[1]->at(0), QPointF(0, 14.0));
    // Week 12 (29 Mar, London on BST): 17:00 BST = 16:00Z = 13:00 Sao Paulo.
    QCOMPARE(emeaAmer.points[12].week, start + date::weeks{12});
    QCOMPARE(lines[1]->at(12), QPointF(12, 13.0));
}

void TestDriftView::senderSwitch()
{
    auto *choice = m_view->findChild<QComboBox *>(QStringLiteral("driftSide"));
    QVERIFY(choice);
    choice->setCurrentIndex(1);
    QCOMPARE(m_view->side(), DriftView::Side::Sender);
    // EMEA -> AMER in the sender's time: Tom's 17:00 London, all year.
    const auto lines = seriesOf<QLineSeries>(m_view->chart()->chart());
    for (const QPointF &point : lines[1]->points())
        QCOMPARE(point.y(), 17.0);
}

void TestDriftView::markedWeeksInWords()
{
    // Week of 15 Mar 2027 (Wed 17 Mar): New York and Chicago are on summer
    // time since 14 Mar, London not yet. Tom hands off at 17:00 GMT =
    // 17:00Z = 12:00 CDT in Chicago, inside Maya's deep work 12:00-15:00;
    // the week before it was 11:00 CST, outside.
    const QStringList texts = m_view->eventTexts();
    QVERIFY2(texts.contains(QStringLiteral("Week of 15 Mar 2027: EMEA → AMER handoff moves to "
                                           "12:00 in Chicago, into Maya Patel's deep work")),
             qPrintable(texts.join(QLatin1Char('\n'))));
    // The list below the chart names the same weeks; the chart marks them.
    QListWidget *list = m_view->eventList();
    QCOMPARE(list->count(), int(texts.size()));
    for (int i = 0; i < list->count(); ++i)
        QCOMPARE(list->item(i)->text(), texts[i]);
    std::size_t eventPoints = 0;
    for (const DriftLine &line : m_view->drift().lines)
        for (const DriftPoint &point : line.points)
            eventPoints += point.events.empty() ? 0 : 1;
    const auto marks = seriesOf<QScatterSeries>(m_view->chart()->chart());
    QCOMPARE(marks.size(), std::size_t{2});
    QCOMPARE(marks[1]->markerShape(), QScatterSeries::MarkerShapeTriangle);
    QCOMPARE(std::size_t(marks[1]->count()), eventPoints);
    // Its tooltip gives the exact times of both sides.
    const DriftLine &emeaAmer = m_view->drift().lines[1];
    const QString tip = m_view->pointToolTip(emeaAmer, emeaAmer.points[10]);
    QVERIFY2(tip.contains(QStringLiteral("Week of 15 Mar 2027")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Handed off Wed 17 Mar, 17:00 London GMT (Tom Okafor)")),
             qPrintable(tip));
}

void TestDriftView::updatesOnADocumentChangeAndUndo()
{
    const HandoffDrift before = m_view->drift();
    // Maya's deep work moves to 13:00-15:00: 12:00 CDT is outside it, so
    // the 15 March week is no longer marked.
    Member maya = m_document->plan().members[11];
    QCOMPARE(maya.id, std::string("maya"));
    maya.deepWork.ranges[0].start = 13h;
    m_document->changeMember(maya, QStringLiteral("Later deep work"));
    QCOMPARE(m_view->drift(), handoffDrift(m_document->plan(), start));
    QVERIFY(!m_view->eventTexts().contains(
        QStringLiteral("Week of 15 Mar 2027: EMEA → AMER handoff moves to 12:00 in Chicago, "
                       "into Maya Patel's deep work")));
    m_document->undoStack()->undo();
    QCOMPARE(m_view->drift(), before);
}

void TestDriftView::hoverShowsTheToolTip()
{
    // Hovering EMEA -> AMER near the week of 15 Mar (index 10) shows that
    // week's point; so does its triangle (Maya's deep work).
    const DriftLine &emeaAmer = m_view->drift().lines[1];
    const QString expected = m_view->pointToolTip(emeaAmer, emeaAmer.points[10]);
    const auto lines = seriesOf<QLineSeries>(m_view->chart()->chart());
    emit lines[1]->hovered(QPointF(10.2, 12.0), true);
    QTRY_COMPARE(QToolTip::text(), expected);
    emit lines[1]->hovered(QPointF(10.2, 12.0), false);
    QTRY_VERIFY(!QToolTip::isVisible());
    // A mark names every point under it: that week APAC -> EMEA is picked up
    // at 14:00 Stockholm too, as EMEA -> AMER at 14:00 Sao Paulo.
    const auto marks = seriesOf<QScatterSeries>(m_view->chart()->chart());
    emit marks[1]->hovered(QPointF(10, m_view->hourOf(emeaAmer.points[10])), true);
    QTRY_VERIFY2(QToolTip::text().contains(expected), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("APAC → EMEA, overlap handoff")));
}

void TestDriftView::followsThePalette()
{
    for (const auto &[palette, name] : {std::pair{lightPalette(), QStringLiteral("drift-light")},
                                        std::pair{darkPalette(), QStringLiteral("drift-dark")}}) {
        m_view->setPalette(palette);
        QChart *chart = m_view->chart()->chart();
        QCOMPARE(chart->backgroundBrush().color(), palette.color(QPalette::Base));
        for (QAbstractAxis *axis : chart->axes())
            QCOMPARE(axis->labelsColor(), palette.color(QPalette::Text));
        QVERIFY(pictureHasContent(m_view.get(), name));
    }
}

void TestDriftView::pagesOfTheMainWindow()
{
    // Both pages are tabs of the main window, reached by View > Coverage
    // (Ctrl+3) and View > DST Drift (Ctrl+4), and follow the plan's edits.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
    auto *views = window.findChild<QTabWidget *>(QStringLiteral("views"));
    QVERIFY(views);
    QStringList tabs;
    for (int i = 0; i < views->count(); ++i)
        tabs << views->tabText(i);
    QVERIFY2(tabs.contains(QStringLiteral("Coverage"))
                 && tabs.contains(QStringLiteral("DST Drift")),
             qPrintable(tabs.join(QLatin1Char(','))));
    const auto trigger = [&](const QKeySequence &keys) {
        for (QAction *action : window.findChildren<QAction *>())
            if (action->shortcut() == keys && action->isEnabled()) {
                action->trigger();
                return true;
            }
        return false;
    };
    // The pages scroll on a small screen: each tab is a scroll area around one.
    const auto currentPage = [views] {
        auto *area = qobject_cast<QScrollArea *>(views->currentWidget());
        return area ? area->widget() : views->currentWidget();
    };
    QVERIFY(trigger(QKeySequence(Qt::CTRL | Qt::Key_3)));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("coverage"));
    QVERIFY(trigger(QKeySequence(Qt::CTRL | Qt::Key_4)));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("drift"));

    auto *drift = qobject_cast<DriftView *>(currentPage());
    QVERIFY(drift);
    Member tom = window.document()->plan().members[8];
    QCOMPARE(tom.id, std::string("tom"));
    tom.work.ranges[0].end = 18h;
    window.document()->changeMember(tom, QStringLiteral("Longer day"));
    QCOMPARE(drift->drift(), handoffDrift(window.document()->plan(), drift->start()));
    auto *coverage = window.findChild<CoverageView *>(QStringLiteral("coverage"));
    QVERIFY(coverage);
    QCOMPARE(coverage->days(),
             dailyCoverage(window.document()->plan(),
                           coverage->referenceZone(),
                           coverage->from(),
                           coverage->to(),
                           routePlan(window.document()->plan()).routes));
}

QTEST_MAIN(TestDriftView)
#include "tst_drift_view.moc"
