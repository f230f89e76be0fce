// The Conflicts dock (gui/conflicts/conflicts_panel.h) and its model over a
// real plan file, with every expected value worked by hand below:
//
//   region emea; one member, Anna Schmidt, zone Europe/Berlin (CET, UTC+1,
//   until Sun 29 Mar 2026 01:00Z; CEST, UTC+2, after), Mon-Fri: works
//   09:00-17:00, deep work 13:00-16:00 (3 h: the policy minimum, so no
//   ShortDeepWork), comms 11:00-11:30 (outside the deep work). One region
//   hands off to nobody; the gap limit (7 days) is longer than a weekend
//   (64 h), so the plan starts with no conflict at all.
//   (2026-03-09 is a Monday: 1 Jan 2026 is a Thursday and 9 Mar is 67 days
//   later, 9 weeks and 4 days.)
//
// Imported meetings, a comms window moved into the deep work, undo and redo
// show in the dock on the next turn of the event loop; double-click and
// Enter emit the conflict; the count's words; the days searched; and the
// timeline's showInterval() that the window calls with it.

#include "gui/conflicts/conflicts_model.h"
#include "gui/conflicts/conflicts_panel.h"
#include "gui/conflicts/conflicts_status.h"
#include "gui/document/plan_document.h"
#include "gui/document/preferences.h"
#include "gui/timeline/timeline_view.h"
#include "gui/window/main_window.h"

#include "../gui_test_support.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::clock;
using sunrelay::guitest::utc;

namespace
{

Plan annaPlan()
{
    Plan plan;
    plan.name = "Conflicts";
    plan.policy.gapLimit = Minutes{7 * 24 * 60};
    plan.regions.push_back(Region{"emea", "EMEA", "#0072B2"});
    Member anna;
    anna.id = "anna";
    anna.name = "Anna Schmidt";
    anna.region = "emea";
    anna.zone = TimeZone::find("Europe/Berlin").value();
    anna.work = WeeklyPattern{{WeeklyRange{Weekdays::workdays(), clock(9), clock(17)}}};
    anna.deepWork = WeeklyPattern{{WeeklyRange{Weekdays::workdays(), clock(13), clock(16)}}};
    anna.comms = WeeklyPattern{{WeeklyRange{Weekdays::workdays(), clock(11), clock(11, 30)}}};
    plan.members.push_back(anna);
    return plan;
}

// The week of Mon 9 Mar 2026 in UTC, as the timeline shows it.
const Interval week{utc(2026, 3, 9), utc(2026, 3, 16)};

} // namespace

class TestConflictsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importedMeetingShowsAndUndoes();
    void commsIntoDeepWorkShowsAtOnce();
    void rowsStayWhileOthersCome();
    void activationEmitsTheConflict();
    void filtersAndSorting();
    void daysSearched();
    void countText();
    void timelineShowsTheConflict();
    void inTheMainWindow();
    void pictures();

private:
    // The text of the view's row `row` in `column`.
    QString shown(int row, int column) const
    {
        return m_table->model()->index(row, column).data().toString();
    }
    // Anna with her comms window moved to 13:30-14:00, into her deep work.
    Member annaWithCommsInDeepWork() const
    {
        Member anna = m_document->plan().members.front();
        anna.comms = WeeklyPattern{{WeeklyRange{Weekdays::workdays(), clock(13, 30), clock(14)}}};
        return anna;
    }

    QTranslator m_english;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<ConflictsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTableView *m_table = nullptr;
};

void TestConflictsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("sunrelay-tst_conflicts_panel"));
    QApplication::setOrganizationName(QStringLiteral("Sunrelay"));
    QSettings().clear();
    // Day and month names in texts are English; 24-hour clock.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // The English plural forms the apps install ("1 conflict", "3 conflicts").
    QVERIFY2(m_english.load(QStringLiteral(SUNRELAY_ENGLISH_QM)), SUNRELAY_ENGLISH_QM);
    QCoreApplication::installTranslator(&m_english);
}

void TestConflictsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created =
        PlanDocument::create(m_dir->filePath(QStringLiteral("plan.sunrelay")), annaPlan());
    QVERIFY(created);
    m_document = std::move(created).value();
    m_panel = std::make_unique<ConflictsPanel>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->setReferenceZone(TimeZone::utc());
    m_panel->setClockStyle(ClockStyle::TwentyFourHour);
    m_panel->setSpan(ConflictsPanel::Span::VisibleDays);
    m_panel->setVisibleRange(week);
    m_panel->resize(1100, 300);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_table = m_panel->table();
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->count(), 0); // annaPlan() has no conflict
}

void TestConflictsPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_document.reset();
    m_dir.reset();
}

void TestConflictsPanel::importedMeetingShowsAndUndoes()
{
    int announced = -1;
    connect(m_panel.get(), &ConflictsPanel::conflictsChanged, this, [&](int count) {
        announced = count;
    });
    // Two meetings on Tue 10 Mar (CET = UTC+1), deep work 13:00-16:00 CET =
    // 12:00-15:00Z:
    //  - 14:30-15:30 CET (13:30-14:30Z), inside the block: the cut is all of
    //    it, 1 h;
    //  - 15:30-16:30 CET (14:30-15:30Z), across the block's end: the cut is
    //    15:30-16:00 CET (14:30-15:00Z), 30 min.
    m_document->replaceBusyTimes(
        "anna",
        {BusyTime{{utc(2026, 3, 10, 13, 30), utc(2026, 3, 10, 14, 30)},
                  "Architecture review",
                  "uid-1"},
         BusyTime{{utc(2026, 3, 10, 14, 30), utc(2026, 3, 10, 15, 30)}, "Hiring sync", "uid-2"}},
        QStringLiteral("Import busy time of Anna Schmidt"));
    QCoreApplication::processEvents(); // one turn of the event loop
    QCOMPARE(m_panel->count(), 2);
    QCOMPARE(announced, 2);
    QCOMPARE(m_panel->worstSeverity(), std::optional<Severity>(Severity::Error));

    QCOMPARE(shown(0, ConflictsModel::SeverityColumn), QStringLiteral("Error"));
    QVERIFY(!m_table->model()
                 ->index(0, ConflictsModel::SeverityColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QCOMPARE(m_table->model()
                 ->index(0, ConflictsModel::SeverityColumn)
                 .data(Qt::AccessibleTextRole)
                 .toString(),
             QStringLiteral("Error"));
    QCOMPARE(shown(0, ConflictsModel::MemberColumn), QStringLiteral("Anna Schmidt"));
    QCOMPARE(shown(0, ConflictsModel::LocalTimeColumn),
             QStringLiteral("Tue 10 Mar, 14:30–15:30 CET"));
    QCOMPARE(m_table->model()
                 ->index(0, ConflictsModel::LocalTimeColumn)
                 .data(Qt::ToolTipRole)
                 .toString(),
             QStringLiteral("In the reference zone (UTC): Tue 10 Mar, 13:30–14:30 UTC"));
    QCOMPARE(shown(0, ConflictsModel::ExplanationColumn),
             QStringLiteral("A meeting from Anna Schmidt's calendar cuts 1 h into a deep-work "
                            "block."));
    QCOMPARE(shown(1, ConflictsModel::LocalTimeColumn),
             QStringLiteral("Tue 10 Mar, 15:30–16:00 CET"));
    QCOMPARE(shown(1, ConflictsModel::ExplanationColumn),
             QStringLiteral("A meeting from Anna Schmidt's calendar cuts 30 min into a deep-work "
                            "block."));
    QCOMPARE(m_panel->model()->conflictAt(0),
             (Conflict{ConflictKind::MeetingInDeepWork,
                       Severity::Error,
                       0,
                       {utc(2026, 3, 10, 13, 30), utc(2026, 3, 10, 14, 30)}}));

    m_document->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->count(), 0);
    QCOMPARE(announced, 0);
    QVERIFY(m_table->findChild<QLabel *>(QStringLiteral("emptyConflicts"))->isVisible());
    m_document->undoStack()->redo();
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->count(), 2);
}

void TestConflictsPanel::commsIntoDeepWorkShowsAtOnce()
{
    // Comms 13:30-14:00 CET inside deep work 13:00-16:00 CET on each workday
    // of the week, Mon 9 to Fri 13 Mar: five cuts of 30 min, 12:30-13:00Z.
    m_document->changeMember(annaWithCommsInDeepWork(), QStringLiteral("Move comms window"));
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->count(), 5);
    const QStringList days{"Mon 9 Mar", "Tue 10 Mar", "Wed 11 Mar", "Thu 12 Mar", "Fri 13 Mar"};
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(shown(row, ConflictsModel::SeverityColumn), QStringLiteral("Warning"));
        QCOMPARE(shown(row, ConflictsModel::LocalTimeColumn),
                 days[row] + QStringLiteral(", 13:30–14:00 CET"));
        QCOMPARE(shown(row, ConflictsModel::ExplanationColumn),
                 QStringLiteral("Anna Schmidt's comms window cuts 30 min into a deep-work block."));
        QCOMPARE(m_panel->model()->conflictAt(row),
                 (Conflict{ConflictKind::CommsInDeepWork,
                           Severity::Warning,
                           0,
                           {utc(2026, 3, 9 + unsigned(row), 12, 30),
                            utc(2026, 3, 9 + unsigned(row), 13)}}));
    }
    m_document->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->count(), 0);
}

void TestConflictsPanel::rowsStayWhileOthersCome()
{
    m_document->changeMember(annaWithCommsInDeepWork(), QStringLiteral("Move comms window"));
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->count(), 5);
    // Wednesday's row chosen; a meeting imported on Tuesday adds a row above
    // it, which keeps Wednesday chosen (rows are inserted, not reset).
    m_table->setCurrentIndex(m_table->model()->index(2, 0));
    int resets = 0;
    connect(m_panel->model(), &QAbstractItemModel::modelReset, this, [&] {
        ++resets;
    });
    m_document->replaceBusyTimes(
        "anna",
        {BusyTime{{utc(2026, 3, 10, 13, 30), utc(2026, 3, 10, 14, 30)}, "Review", "uid-1"}},
        QStringLiteral("Import busy time of Anna Schmidt"));
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->count(), 6);
    QCOMPARE(resets, 0);
    QCOMPARE(m_table->currentIndex().row(), 3);
    QCOMPARE(
        m_table->currentIndex().siblingAtColumn(ConflictsModel::LocalTimeColumn).data().toString(),
        QStringLiteral("Wed 11 Mar, 13:30–14:00 CET"));
    // Renaming Anna changes no conflict but every row's words.
    Member renamed = m_document->plan().members.front();
    renamed.name = "Anna Weber";
    m_document->changeMember(renamed);
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->count(), 6);
    QCOMPARE(shown(0, ConflictsModel::MemberColumn), QStringLiteral("Anna Weber"));
    QCOMPARE(shown(0, ConflictsModel::ExplanationColumn),
             QStringLiteral("Anna Weber's comms window cuts 30 min into a deep-work block."));
}

void TestConflictsPanel::activationEmitsTheConflict()
{
    m_document->changeMember(annaWithCommsInDeepWork(), QStringLiteral("Move comms window"));
    QCoreApplication::processEvents();
    std::vector<Conflict> activated;
    connect(m_panel.get(), &ConflictsPanel::conflictActivated, this, [&](const Conflict &conflict) {
        activated.push_back(conflict);
    });
    // Double-click on Tuesday's row (12:30-13:00Z).
    const QRect tuesday =
        m_table->visualRect(m_table->model()->index(1, ConflictsModel::MemberColumn));
    // (QTest sends a widget only the double-click event: the press comes first.)
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, tuesday.center());
    QTest::mouseDClick(m_table->viewport(), Qt::LeftButton, {}, tuesday.center());
    QCOMPARE(activated.size(), std::size_t(1));
    QCOMPARE(activated.back(),
             (Conflict{ConflictKind::CommsInDeepWork,
                       Severity::Warning,
                       0,
                       {utc(2026, 3, 10, 12, 30), utc(2026, 3, 10, 13)}}));
    // Enter on Thursday's.
    m_table->setFocus();
    m_table->setCurrentIndex(m_table->model()->index(3, 0));
    QTest::keyClick(m_table, Qt::Key_Return);
    QCOMPARE(activated.size(), std::size_t(2));
    QCOMPARE(activated.back().interval, (Interval{utc(2026, 3, 12, 12, 30), utc(2026, 3, 12, 13)}));
}

void TestConflictsPanel::filtersAndSorting()
{
    m_document->changeMember(annaWithCommsInDeepWork(), QStringLiteral("Move comms window"));
    m_document->replaceBusyTimes(
        "anna",
        {BusyTime{{utc(2026, 3, 12, 13, 30), utc(2026, 3, 12, 14, 30)}, "Review", "uid-1"}},
        QStringLiteral("Import busy time of Anna Schmidt"));
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->count(), 6);
    // By time: Thursday's comms cut (12:30Z) before its meeting (13:30Z).
    QCOMPARE(shown(3, ConflictsModel::SeverityColumn), QStringLiteral("Warning"));
    QCOMPARE(shown(4, ConflictsModel::SeverityColumn), QStringLiteral("Error"));
    // Severity, most severe first; equal ones stay in time order.
    m_table->sortByColumn(ConflictsModel::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(shown(0, ConflictsModel::SeverityColumn), QStringLiteral("Error"));
    QCOMPARE(shown(1, ConflictsModel::LocalTimeColumn),
             QStringLiteral("Mon 9 Mar, 13:30–14:00 CET"));
    QCOMPARE(shown(5, ConflictsModel::LocalTimeColumn),
             QStringLiteral("Fri 13 Mar, 13:30–14:00 CET"));
    m_table->sortByColumn(ConflictsModel::LocalTimeColumn, Qt::AscendingOrder);

    m_panel->setSeverityFilter(ConflictsPanel::SeverityFilter::Errors);
    QCOMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(shown(0, ConflictsModel::LocalTimeColumn),
             QStringLiteral("Thu 12 Mar, 14:30–15:30 CET"));
    m_panel->setSeverityFilter(ConflictsPanel::SeverityFilter::Warnings);
    QCOMPARE(m_table->model()->rowCount(), 5);
    m_panel->setSeverityFilter(ConflictsPanel::SeverityFilter::Info);
    QCOMPARE(m_table->model()->rowCount(), 0);
    QVERIFY(m_table->findChild<QLabel *>(QStringLiteral("emptyConflicts"))->isVisible());
    m_panel->setSeverityFilter(ConflictsPanel::SeverityFilter::All);
    m_panel->setTextFilter(QStringLiteral("WED")); // the local time, any case
    QCOMPARE(m_table->model()->rowCount(), 1);
    m_panel->setTextFilter(QStringLiteral("meeting")); // the explanation
    QCOMPARE(m_table->model()->rowCount(), 1);
    m_panel->setTextFilter(QStringLiteral("anna schmidt")); // the member
    QCOMPARE(m_table->model()->rowCount(), 6);
    m_panel->setTextFilter(QString());
    // The count is of all conflicts, whatever the filters show.
    QCOMPARE(m_panel->count(), 6);
}

void TestConflictsPanel::daysSearched()
{
    // Whole days of what the timeline shows, in the reference zone.
    m_panel->setVisibleRange({utc(2026, 3, 9, 10), utc(2026, 3, 11, 15)});
    QCOMPARE(m_panel->window(), (Interval{utc(2026, 3, 9), utc(2026, 3, 12)}));
    // In Berlin (CET, UTC+1) those days start at 23:00Z the day before.
    m_panel->setReferenceZone(TimeZone::find("Europe/Berlin").value());
    QCOMPARE(m_panel->window(), (Interval{utc(2026, 3, 8, 23), utc(2026, 3, 11, 23)}));
    m_panel->setReferenceZone(TimeZone::utc());

    m_document->changeMember(annaWithCommsInDeepWork(), QStringLiteral("Move comms window"));
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->count(), 3); // Mon, Tue, Wed

    // Next 4 weeks from Tue 10 Mar: [10 Mar, 7 Apr) has 20 workdays (Tue-Fri
    // 10-13 Mar, three whole weeks, Mon 6 Apr). From Mon 30 Mar Berlin is on
    // CEST (UTC+2): the cut is still 13:30-14:00 local, now 11:30-12:00Z.
    m_panel->setNow(utc(2026, 3, 10, 12));
    m_panel->setSpan(ConflictsPanel::Span::NextFourWeeks);
    QCOMPARE(m_panel->window(), (Interval{utc(2026, 3, 10), utc(2026, 4, 7)}));
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->count(), 20);
    // Mon 30 Mar comes after 4 + 5 + 5 workdays: row 14.
    QCOMPARE(shown(13, ConflictsModel::LocalTimeColumn),
             QStringLiteral("Fri 27 Mar, 13:30–14:00 CET"));
    QCOMPARE(shown(14, ConflictsModel::LocalTimeColumn),
             QStringLiteral("Mon 30 Mar, 13:30–14:00 CEST"));
    QCOMPARE(m_panel->model()->conflictAt(14).interval,
             (Interval{utc(2026, 3, 30, 11, 30), utc(2026, 3, 30, 12)}));
    // The choice is remembered.
    QCOMPARE(QSettings().value(QStringLiteral("conflicts/span")).toInt(),
             int(ConflictsPanel::Span::NextFourWeeks));
    m_panel->setSpan(ConflictsPanel::Span::VisibleDays);
}

void TestConflictsPanel::countText()
{
    QCOMPARE(conflictsTitle(0), QStringLiteral("Conflicts"));
    QCOMPARE(conflictsTitle(3), QStringLiteral("Conflicts (3)"));
    QCOMPARE(conflictCountText(0), QStringLiteral("No conflicts"));
    QCOMPARE(conflictCountText(1), QStringLiteral("1 conflict"));
    QCOMPARE(conflictCountText(3), QStringLiteral("3 conflicts"));

    ConflictsStatus status;
    QCOMPARE(status.text(), QStringLiteral("No conflicts"));
    QVERIFY(status.icon().isNull());
    status.showCount(3, Severity::Warning);
    QCOMPARE(status.text(), QStringLiteral("3 conflicts"));
    QVERIFY(!status.icon().isNull());
    QCOMPARE(status.accessibleName(), QStringLiteral("3 conflicts, the worst: Warning"));
}

void TestConflictsPanel::timelineShowsTheConflict()
{
    TimelineView timeline(m_document.get());
    timeline.resize(1000, 400);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.setVisibleRange(week);
    timeline.setRegionExpanded("emea", false);
    // A conflict three weeks on (Mon 30 Mar, 11:30-12:00Z) in a collapsed
    // region: the view centres it, keeping its zoom, and shows Anna's row.
    const Interval later{utc(2026, 3, 30, 11, 30), utc(2026, 3, 30, 12)};
    timeline.showInterval(later, "anna");
    const Interval visible = timeline.timeGeometry().visible();
    QVERIFY(visible.contains(later));
    QCOMPARE(visible.length(), week.length());
    QVERIFY(timeline.isRegionExpanded("emea"));
    QVERIFY(timeline.memberRowRect("anna").isValid());
    QCOMPARE(timeline.flashingMember(), std::optional<std::string>("anna"));
    QTRY_COMPARE_WITH_TIMEOUT(timeline.flashingMember(), std::optional<std::string>(), 3000);
    // A gap longer than the view zooms out to it.
    const Interval longer{utc(2026, 3, 1), utc(2026, 3, 20)};
    timeline.showInterval(longer);
    QVERIFY(timeline.timeGeometry().visible().contains(longer));
}

void TestConflictsPanel::inTheMainWindow()
{
    // The plan file of init(), opened by the window on its current week: Anna
    // works Mon-Fri of every week, so moving her comms window into her deep
    // work makes five conflicts, whatever the week.
    const QString path = m_document->filePath();
    m_panel.reset();
    m_tester.reset();
    m_document.reset();
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("conflictsDock"));
    auto *status = window.findChild<ConflictsStatus *>(QStringLiteral("conflictsStatus"));
    QVERIFY(dock);
    QVERIFY(status);
    QVERIFY(!dock->isVisible()); // no plan yet
    QVERIFY(window.openPath(path));
    QCoreApplication::processEvents();
    QCOMPARE(dock->windowTitle(), QStringLiteral("Conflicts"));
    QCOMPARE(status->text(), QStringLiteral("No conflicts"));
    // Tabbed with the Backlog, which stays in front.
    auto *backlogDock = window.findChild<QDockWidget *>(QStringLiteral("backlogDock"));
    QVERIFY(window.tabifiedDockWidgets(backlogDock).contains(dock));

    PlanDocument *document = window.document();
    Member anna = document->plan().members.front();
    anna.comms = WeeklyPattern{{WeeklyRange{Weekdays::workdays(), clock(13, 30), clock(14)}}};
    document->changeMember(anna, QStringLiteral("Move comms window"));
    QCoreApplication::processEvents();
    QCOMPARE(dock->windowTitle(), QStringLiteral("Conflicts (5)"));
    QCOMPARE(status->text(), QStringLiteral("5 conflicts"));
    QVERIFY(window.statusBar()->isAncestorOf(status));

    // The count raises the dock in front of the Backlog.
    QTest::mouseClick(status, Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(dock->isVisible());
    QVERIFY(!dock->visibleRegion().isEmpty());

    // Enter on Thursday's row shows it on the timeline, Anna's row flashing.
    auto *panel = dock->findChild<ConflictsPanel *>();
    QVERIFY(panel);
    auto *timeline = window.findChild<TimelineView *>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    const Conflict thursday = panel->model()->conflictAt(3);
    timeline->setVisibleRange(
        {thursday.interval.start - date::days{20}, thursday.interval.start - date::days{13}});
    QVERIFY(!timeline->timeGeometry().visible().contains(thursday.interval));
    QTableView *table = panel->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(3, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(timeline->timeGeometry().visible().contains(thursday.interval));
    QCOMPARE(timeline->flashingMember(), std::optional<std::string>("anna"));

    // Undo clears them.
    document->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(dock->windowTitle(), QStringLiteral("Conflicts"));
    QCOMPARE(status->text(), QStringLiteral("No conflicts"));
}

void TestConflictsPanel::pictures()
{
    // The dock in the window on the demo plan's week of Mon 9 Mar 2026, in
    // the light and the dark palette: every row painted, each severity's
    // icon. With SUNRELAY_SCREENSHOT_DIR set, the pictures are kept there
    // (conflicts-light.png, conflicts-dark.png, and the whole window) to be
    // looked at.
    m_panel.reset();
    m_tester.reset();
    const QString folder = qEnvironmentVariable("SUNRELAY_SCREENSHOT_DIR");
    for (const Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        const QString name =
            appearance == Appearance::Light ? QStringLiteral("light") : QStringLiteral("dark");
        Preferences preferences;
        preferences.appearance = appearance;
        preferences.save();
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(
            window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
        auto *timeline = window.findChild<TimelineView *>(QStringLiteral("timeline"));
        timeline->setVisibleRange(week);
        PlanDocument *document = window.document();
        const Plan &plan = document->plan();
        // Kenji's comms window moved into his deep work (warnings), a
        // meeting of Anna's in hers (an error), Diego's deep work half an hour
        // past his day (info).
        Member kenji = plan.members[plan.memberIndex("kenji").value()];
        kenji.comms = WeeklyPattern{{WeeklyRange{Weekdays::workdays(), clock(12), clock(12, 30)}}};
        document->changeMember(kenji, QStringLiteral("Move comms window"));
        document->replaceBusyTimes(
            "anna",
            {BusyTime{{utc(2026, 3, 11, 13), utc(2026, 3, 11, 14)}, "Roadmap review", "uid-1"}},
            QStringLiteral("Import busy time of Anna Schmidt"));
        Member diego = plan.members[plan.memberIndex("diego").value()];
        diego.deepWork = WeeklyPattern{{WeeklyRange{Weekdays::workdays(), clock(16), clock(20)}}};
        document->changeMember(diego, QStringLiteral("Move deep work"));
        QCoreApplication::processEvents();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("conflictsDock"));
        auto *status = window.findChild<ConflictsStatus *>(QStringLiteral("conflictsStatus"));
        QTest::mouseClick(status, Qt::LeftButton);
        window.resizeDocks({dock}, {300}, Qt::Vertical);
        QCoreApplication::processEvents();
        auto *panel = dock->findChild<ConflictsPanel *>();
        QVERIFY(panel->count() > 10);
        QCOMPARE(panel->worstSeverity(), std::optional<Severity>(Severity::Error));
        const QImage picture = dock->grab().toImage();
        QVERIFY(!picture.isNull());
        // The table's base colour follows the palette (dark rows in dark).
        const QColor base = panel->table()->palette().color(QPalette::Base);
        QCOMPARE(base.lightness() < 128, appearance == Appearance::Dark);
        if (!folder.isEmpty()) {
            QVERIFY(picture.save(folder + QStringLiteral("/conflicts-%1.png").arg(name)));
            QVERIFY(
                window.grab().save(folder + QStringLiteral("/conflicts-window-%1.png").arg(name)));
        }
        window.close();
    }
    Preferences().save();
}

QTEST_MAIN(TestConflictsPanel)
#include "tst_conflicts_panel.moc"
