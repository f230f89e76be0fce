// MainWindow (gui/main_window.h): hostile plan files are refused with a
// dialog that says what is wrong, and are left byte for byte as they were;
// the demo plan JSON opens; a member added through the Team panel's dialog
// (name typed, zone found by typing a city) lands in the document as one
// undo step.
//
// Nothing here touches the real data folder: QStandardPaths' test mode is on
// before the window exists (plan JSON is imported into AppDataLocation).

#include "gui/dialogs/member_dialog.h"
#include "gui/dialogs/preferences_dialog.h"
#include "gui/document/plan_document.h"
#include "gui/team/team_panel.h"
#include "gui/timeline/timeline_view.h"
#include "gui/widgets/zone_picker.h"
#include "gui/window/main_window.h"

#include "../gui_test_support.h"

#include "sunrelay/store/plan_store.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QWindow>

#include <functional>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::demoPlan;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Every file of a folder with its bytes: what must not change.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QFileInfo(path).fileName(), readAll(path));
    }
    return files;
}

// A real plan file (the demo plan), closed again.
QByteArray planFileBytes(const QString &folder)
{
    const QString path = folder + QStringLiteral("/made.sunrelay");
    {
        auto store = store::PlanStore::create(path.toStdString(), demoPlan());
        if (!store)
            qFatal("cannot create a plan file: %s", store.error().message().c_str());
    }
    const QByteArray bytes = readAll(path);
    QFile::remove(path);
    return bytes;
}

void setBigEndian32(QByteArray &bytes, int at, quint32 value)
{
    bytes[at] = char(value >> 24);
    bytes[at + 1] = char(value >> 16);
    bytes[at + 2] = char(value >> 8);
    bytes[at + 3] = char(value);
}

// Watches for the window's error dialog, remembers what it said and closes it
// (the dialog is modal: without this, openPath() would wait forever).
class ErrorDialogCloser
{
public:
    ErrorDialogCloser()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                if (!box || box->objectName() != QLatin1String("errorDialog") || !box->isVisible())
                    continue;
                m_titles << box->windowTitle();
                m_texts << box->text();
                box->accept();
            }
        });
        m_timer.start(10);
    }
    const QStringList &titles() const { return m_titles; }
    const QStringList &texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_titles;
    QStringList m_texts;
};

// The demo plan JSON with another plan name.
QByteArray demoJsonNamed(const QByteArray &name)
{
    QByteArray json = readAll(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json"));
    const QByteArray original = "\"name\": \"Acme Platform\"";
    if (json.count(original) != 1)
        qFatal("the demo plan's name is not where the test expects it");
    json.replace(original, "\"name\": \"" + name + '"');
    return json;
}

QAction *actionWithText(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>())
        if (action->text() == text)
            return action;
    return nullptr;
}

// The field a form label names ("&Appearance:") in a dialog.
template<typename T>
T *buddyOf(QWidget *dialog, const QString &labelText)
{
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->text() == labelText)
            return qobject_cast<T *>(label->buddy());
    return nullptr;
}

// Chooses an appearance ("Dark", "Follow the system", ...) in Edit >
// Preferences and presses OK; false if the dialog was not as expected.
bool chooseAppearance(QWidget *window, const QString &choice)
{
    QAction *preferences = actionWithText(window, QStringLiteral("&Preferences…"));
    if (!preferences)
        return false;
    bool chosen = false;
    QTimer::singleShot(0, window, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *appearance = buddyOf<QComboBox>(dialog, QStringLiteral("&Appearance:"));
        const int index = appearance ? appearance->findText(choice) : -1;
        if (index < 0) {
            dialog->reject();
            return;
        }
        appearance->setCurrentIndex(index);
        chosen = true;
        dialog->accept();
    });
    preferences->trigger();
    return chosen;
}

template<typename T>
T *findByAccessibleName(QWidget *parent, const QString &name)
{
    for (T *child : parent->findChildren<T *>())
        if (child->accessibleName() == name)
            return child;
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void redoHasEveryPlatformBinding();
    void bracketsStepThroughHandoffsFromTheDateField();
    void hostileFileShowsTheErrorDialog_data();
    void hostileFileShowsTheErrorDialog();
    void missingFileNamesWhereItLooked();
    void saveAsOntoItselfIsExplained();
    void preferencesShowTheZoneSearchOnlyForAnotherZone();
    void openingTheDemoJson();
    void importingJsonNeverReusesAPlanFile();
    void demoPlanIsReopenedOnlyWhileUnedited();
    void aTypedDateKeepsItsMonth();
    void theMembersFilterNarrowsTheTimeline();
    void aLockedPlanOffersAReadOnlyCopy();
    void smallScreensKeepTheTimelineUsable_data();
    void smallScreensKeepTheTimelineUsable();
    void aStatusMessageTakesTheSummarysPlace();
    void addMemberThroughTheTeamPanel();
    void opensOnThisWeekAndNavigatesByDate();
    void darkPaletteDimsDisabledControls();
    void renamePlan();
    void saveAsAndPreferencesHaveShortcuts();
    void welcomeStateShowsNoDateAndNoTeamDock();
    void fileDialogsStartInTheLastFolder();
    void saveAsProposesTheFolderOfThePlan();
    void toolbarCanBeShownFromTheViewMenu();
    void recentFilesShowTheirFolderAndDropMissingOnes();
    void followTheSystemRestoresItsPalette();
    void cleanup();
    void cleanupTestCase();

private:
    QString m_dataFolder;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("sunrelay-tst_main_window"));
    QApplication::setOrganizationName(QStringLiteral("Sunrelay"));
    m_dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Test mode puts it under ~/.qttest; start from an empty folder there so
    // the demo JSON is imported afresh, not reopened from a previous run.
    QVERIFY2(m_dataFolder.contains(QLatin1String("/.qttest/")), qPrintable(m_dataFolder));
    QDir(m_dataFolder).removeRecursively();
    // Nor from settings an earlier run (perhaps an aborted one) left.
    QSettings().clear();
    // Day and month names in texts are English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMainWindow::cleanup()
{
    // A failed appearance test must not leave its palette to the next test.
    QSettings().remove(QStringLiteral("appearance"));
    QSettings().remove(QStringLiteral("window"));
    QSettings().remove(QStringLiteral("files"));
    QPalette system;
    system.setResolveMask(0);
    QApplication::setPalette(system);
}

void TestMainWindow::cleanupTestCase()
{
    if (m_dataFolder.contains(QLatin1String("/.qttest/")))
        QDir(m_dataFolder).removeRecursively();
}

void TestMainWindow::hostileFileShowsTheErrorDialog_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    // The texts of storeErrorText() for what the store's header probe finds,
    // as UI.md words them: what happened, what to do, that nothing changed.
    QTest::newRow("plain text")
        << 0
        << QStringLiteral(
               "This is not a Sunrelay plan file (not an SQLite database). Choose a "
               ".sunrelay file, or use File > Import for plan JSON. The file was not "
               "changed.");
    QTest::newRow("empty file")
        << 1
        << QStringLiteral(
               "This is not a Sunrelay plan file (the file is empty). Choose a "
               ".sunrelay file, or use File > Import for plan JSON. The file was not "
               "changed.");
    // Bytes 60-63 of the SQLite header: user_version, set to 99.
    QTest::newRow("made by a newer version")
        << 2
        << QStringLiteral(
               "This plan was made by a newer version of Sunrelay (file format 99; "
               "this version reads up to %1). Open it with a newer version of "
               "Sunrelay; the file was not changed.")
               .arg(sunrelay::store::schemaVersion);
    // Bytes 68-71: application_id, set to 0x12345678.
    QTest::newRow("another program's SQLite file")
        << 3
        << QStringLiteral(
               "This file belongs to another program (an SQLite database of another "
               "program (application id 0x12345678)). The file was not changed.");
    // Only the first page of a plan file of several pages.
    QTest::newRow("truncated plan file")
        << 4
        << QStringLiteral(
               "This plan file is damaged (the file is truncated). Open a backup copy "
               "if you have one. The file was not changed.");
}

void TestMainWindow::hostileFileShowsTheErrorDialog()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hostile.sunrelay"));
    QByteArray bytes;
    switch (kind) {
    case 0:
        bytes = "name,zone\nAnna,Europe/Berlin\n";
        break;
    case 1:
        break;
    case 2:
        bytes = planFileBytes(dir.path());
        QCOMPARE(bytes.mid(0, 16), QByteArray("SQLite format 3\0", 16));
        setBigEndian32(bytes, 60, 99);
        break;
    case 3:
        bytes = planFileBytes(dir.path());
        setBigEndian32(bytes, 68, 0x12345678);
        break;
    case 4:
        bytes = planFileBytes(dir.path());
        QVERIFY(bytes.size() > 4096);
        bytes = bytes.left(4096);
        break;
    }
    writeAll(path, bytes);
    const auto before = snapshot(dir.path());
    QCOMPARE(before.size(), 1);

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QVERIFY(!window.openPath(path));

    QCOMPARE(closer.texts(), QStringList{text});
    QCOMPARE(closer.titles(), QStringList{QStringLiteral("Cannot open hostile.sunrelay")});
    QVERIFY(!window.document());
    QVERIFY(!window.findChild<TimelineView *>());
    // No plan, no title of ours: the platform window shows the application's
    // display name alone.
    QCOMPARE(window.windowTitle(), QString());
    QCOMPARE(window.windowFilePath(), QString());
    // Not a byte changed, and no journal or WAL appeared beside it.
    const auto after = snapshot(dir.path());
    QCOMPARE(after.keys(), before.keys());
    QVERIFY(after.value(QStringLiteral("hostile.sunrelay")) == bytes);
}

void TestMainWindow::missingFileNamesWhereItLooked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    for (const QString &name : {QStringLiteral("gone.sunrelay"), QStringLiteral("gone.json")}) {
        const QString path = dir.filePath(name);
        QVERIFY(!window.openPath(path));
        QTRY_COMPARE(closer.texts().size(), name.endsWith(QLatin1String(".json")) ? 2 : 1);
        QCOMPARE(closer.texts().last(),
                 QStringLiteral("There is no file at %1. It may have been moved, renamed or "
                                "deleted.")
                     .arg(QDir::toNativeSeparators(path)));
        QCOMPARE(closer.titles().last(), QStringLiteral("Cannot open ") + name);
    }
    QVERIFY(QDir(dir.path()).isEmpty()); // nothing was made there
    QVERIFY(!window.document());
}

void TestMainWindow::openingTheDemoJson()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QVERIFY(window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
    QVERIFY(closer.texts().isEmpty());
    QVERIFY(window.document());
    // KDE HIG: the plan's name. " — Sunrelay" (the display name) is appended
    // by the platform window (xcb, wayland), not part of the widget's or the
    // QWindow's title; the offscreen platform shows it as set.
    QCOMPARE(window.windowTitle(), QStringLiteral("Acme Platform"));
    QVERIFY(window.windowHandle());
    QCOMPARE(window.windowHandle()->title(), QStringLiteral("Acme Platform"));
    // Imported into a plan file of the same name in the (test) data folder.
    QCOMPARE(window.document()->filePath(), m_dataFolder + QStringLiteral("/demo-plan.sunrelay"));
    QCOMPARE(window.document()->plan().members.size(), std::size_t(13));
    QVERIFY(!window.document()->isReadOnly());
    QCOMPARE(window.windowFilePath(), window.document()->filePath());
    auto *timeline = window.findChild<TimelineView *>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    QVERIFY(timeline->isVisible());
    QVERIFY(!timeline->memberRowRect("anna").isNull());
}

void TestMainWindow::importingJsonNeverReusesAPlanFile()
{
    // Two different plans in files of the same name, "team.json".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("b")));
    const QString jsonA = dir.filePath(QStringLiteral("a/team.json"));
    const QString jsonB = dir.filePath(QStringLiteral("b/team.json"));
    writeAll(jsonA, demoJsonNamed("Plan A"));
    writeAll(jsonB, demoJsonNamed("Plan B"));
    const QString fileA = m_dataFolder + QStringLiteral("/team.sunrelay");
    const QString fileB = m_dataFolder + QStringLiteral("/team 2.sunrelay");
    QVERIFY(!QFileInfo::exists(fileA));
    QVERIFY(!QFileInfo::exists(fileB));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QVERIFY(window.openPath(jsonA));
    QCOMPARE(window.document()->filePath(), fileA);
    QCOMPARE(window.document()->plan().name, std::string("Plan A"));
    QAction *close = actionWithText(&window, QStringLiteral("&Close"));
    QVERIFY(close);
    close->trigger();
    QVERIFY(!window.document());
    const QByteArray bytesA = readAll(fileA);
    QVERIFY(!bytesA.isEmpty());

    QVERIFY(window.openPath(jsonB));
    QCOMPARE(window.document()->plan().name, std::string("Plan B"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Plan B"));
    QCOMPARE(window.document()->filePath(), fileB);
    // The status bar says where the imported plan now lives.
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Imported team.json as a new plan file: %1")
                 .arg(QDir::toNativeSeparators(fileB)));
    close->trigger();
    // A's plan file is still there, byte for byte.
    QVERIFY(readAll(fileA) == bytesA);

    // The same JSON again, edited: a new file, the others untouched. "team
    // 3" is passed over: a WAL an earlier "team 3.sunrelay" left behind is
    // there, and SQLite would replay it into a new file of that name.
    const QByteArray bytesB = readAll(fileB);
    const QString leftover = m_dataFolder + QStringLiteral("/team 3.sunrelay-wal");
    writeAll(leftover, QByteArray("an earlier plan's write-ahead log"));
    const auto removeLeftover = qScopeGuard([&] {
        QFile::remove(leftover);
    });
    writeAll(jsonA, demoJsonNamed("Plan A, edited"));
    QVERIFY(window.openPath(jsonA));
    QCOMPARE(window.document()->plan().name, std::string("Plan A, edited"));
    QCOMPARE(window.document()->filePath(), m_dataFolder + QStringLiteral("/team 4.sunrelay"));
    close->trigger();
    QVERIFY(readAll(fileA) == bytesA);
    QVERIFY(readAll(fileB) == bytesB);
    QVERIFY(readAll(leftover) == QByteArray("an earlier plan's write-ahead log"));
    QVERIFY(!QFileInfo::exists(m_dataFolder + QStringLiteral("/team 3.sunrelay")));
    QVERIFY(closer.texts().isEmpty());
}

void TestMainWindow::demoPlanIsReopenedOnlyWhileUnedited()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    const QStringList before = QDir(m_dataFolder).entryList(QDir::Files);
    QVERIFY(window.openDemoPlan());
    const QString first = window.document()->filePath();
    QVERIFY2(!before.contains(QFileInfo(first).fileName()), qPrintable(first));
    QVERIFY(window.document()->plan() == demoPlan());
    // Opened again without an edit: the same copy, no new file.
    QVERIFY(window.openDemoPlan());
    QCOMPARE(window.document()->filePath(), first);
    // ... and after closing it, too.
    QAction *close = actionWithText(&window, QStringLiteral("&Close"));
    QVERIFY(close);
    close->trigger();
    QVERIFY(window.openDemoPlan());
    QCOMPARE(window.document()->filePath(), first);
    QCOMPARE(QDir(m_dataFolder).entryList(QDir::Files).size(), before.size() + 1);
    // After a crash the copy is left in WAL mode with its -wal and -shm
    // beside it (a process that dies without closing it, here Python's
    // sqlite3): it still reopens, and is not "open in this program".
    close->trigger();
    QProcess crash;
    crash.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import os, sqlite3, sys\n"
                                "c = sqlite3.connect(sys.argv[1])\n"
                                "c.execute('pragma journal_mode=wal')\n"
                                "c.execute('select count(*) from members').fetchall()\n"
                                "os._exit(0)\n"),
                 first});
    QVERIFY(crash.waitForFinished(30000));
    QCOMPARE(crash.exitCode(), 0);
    QVERIFY(QFileInfo::exists(first + QStringLiteral("-shm")));
    QVERIFY(window.openDemoPlan());
    QCOMPARE(window.document()->filePath(), first);
    QVERIFY2(closer.texts().isEmpty(), qPrintable(closer.texts().join(u'\n')));
    // Once edited, the demo opens as a new copy and the edited one stays.
    window.document()->setPlanName(QStringLiteral("My edited demo"));
    QVERIFY(window.openDemoPlan());
    const QString second = window.document()->filePath();
    QVERIFY(second != first);
    QCOMPARE(window.document()->plan().name, std::string("Acme Platform"));
    {
        auto edited = PlanDocument::open(first, store::OpenMode::ReadOnly);
        QVERIFY(edited);
        QCOMPARE(edited.value()->plan().name, std::string("My edited demo"));
    }
    QVERIFY(closer.texts().isEmpty());
}

void TestMainWindow::opensOnThisWeekAndNavigatesByDate()
{
    MainWindow window;
    window.resize(900, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QVERIFY(window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
    auto *timeline = window.findChild<TimelineView *>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    // The week holding now, from local midnight of the preferred first day
    // (the locale's: test settings are empty) in the reference zone (UTC).
    const Interval opened = timeline->timeGeometry().visible();
    QCOMPARE(opened.length(), Seconds{7 * 86400});
    QVERIFY(opened.contains(timeline->now()));
    const date::sys_days firstDay = date::floor<date::days>(opened.start);
    QCOMPARE(Instant{firstDay}, opened.start);
    QCOMPARE(date::weekday{firstDay}.iso_encoding(), unsigned(QLocale().firstDayOfWeek()));
    // A bigger window shows the same week, and the navigator its middle.
    window.resize(1500, 900);
    QApplication::processEvents();
    QCOMPARE(timeline->timeGeometry().visible(), opened);
    auto *navigator = window.findChild<QDateEdit *>();
    QVERIFY(navigator);
    const date::year_month_day middle{
        date::floor<date::days>(opened.start + date::days{3} + std::chrono::hours{12})};
    QCOMPARE(navigator->date(),
             QDate(int(middle.year()), int(unsigned(middle.month())), int(unsigned(middle.day()))));
    // Picking a date puts it in the middle.
    const QDate target = navigator->date().addDays(10);
    navigator->setDate(target);
    QCOMPARE(timeline->centralDate(), target);
    QCOMPARE(timeline->timeGeometry().visible().length(), opened.length());
    QCOMPARE(navigator->date(), target);
}

void TestMainWindow::aTypedDateKeepsItsMonth()
{
    // The QA report: typing a day into the date field jumped to another
    // month: each keystroke moved the timeline, which set the field back.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QVERIFY(window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
    auto *navigator = window.findChild<QDateEdit *>();
    auto *timeline = window.findChild<TimelineView *>();
    QVERIFY(navigator && timeline);
    navigator->setDate(QDate(2026, 12, 3));
    QCOMPARE(timeline->centralDate(), QDate(2026, 12, 3));
    navigator->setFocus();
    navigator->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(navigator, QStringLiteral("15"));
    QTest::keyClick(navigator, Qt::Key_Return);
    QCOMPARE(navigator->date(), QDate(2026, 12, 15));
    QCOMPARE(timeline->centralDate(), QDate(2026, 12, 15));
    // The month typed over the month, the year kept.
    navigator->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(navigator, QStringLiteral("Jan"));
    QTest::keyClick(navigator, Qt::Key_Return);
    QCOMPARE(navigator->date(), QDate(2026, 1, 15));
    QCOMPARE(timeline->centralDate(), QDate(2026, 1, 15));
}

void TestMainWindow::theMembersFilterNarrowsTheTimeline()
{
    // "Just me": the Team panel's filter shows only the matching members on
    // the timeline; the region rows (coverage, gaps, handoffs) stay.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QVERIFY(window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
    auto *timeline = window.findChild<TimelineView *>();
    auto *team = window.findChild<TeamPanel *>();
    QVERIFY(timeline && team);
    auto *filter = findByAccessibleName<QLineEdit>(team, QStringLiteral("Filter members"));
    QVERIFY(filter);
    QVERIFY(!timeline->memberRowRect("lars").isNull());
    QTest::keyClicks(filter, QStringLiteral("anna"));
    QVERIFY(!timeline->memberRowRect("anna").isNull());
    for (const char *other : {"lars", "sam", "nia", "tom"})
        QVERIFY2(timeline->memberRowRect(other).isNull(), other);
    for (const char *region : {"apac", "emea", "amer"})
        QVERIFY2(!timeline->regionRowRect(region).isNull(), region);
    // Anna's row comes right under her region's.
    QCOMPARE(timeline->memberRowRect("anna").top(), timeline->regionRowRect("emea").bottom() + 1);
    // A region name lets its members through.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("AMER"));
    QVERIFY(!timeline->memberRowRect("nia").isNull());
    QVERIFY(timeline->memberRowRect("anna").isNull());
    // No filter: everyone again.
    filter->clear();
    for (const char *member : {"anna", "lars", "sam", "nia", "tom"})
        QVERIFY2(!timeline->memberRowRect(member).isNull(), member);
}

void TestMainWindow::aLockedPlanOffersAReadOnlyCopy()
{
    // The QA report: a plan open elsewhere only said so; now the dialog
    // offers a copy to read, with the other program's latest edits.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("team.sunrelay"));
    QVERIFY(PlanDocument::create(path, sunrelay::guitest::demoPlan()));
    // Another editor holds it, with an edit still in its write-ahead log.
    auto holder = store::PlanStore::open(path.toStdString(), store::OpenMode::ReadWrite);
    QVERIFY(holder);
    QVERIFY(!holder.value().setPlanName("Held Elsewhere"));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString offered;
    const auto answer = [&offered](const QString &button) {
        QTimer::singleShot(0, [&offered, button] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                if (!box || box->objectName() != QLatin1String("lockedDialog"))
                    continue;
                offered = box->text();
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == button)
                        b->click();
            }
        });
    };
    // Cancel opens nothing.
    answer(QStringLiteral("Cancel"));
    QVERIFY(!window.openPath(path));
    QVERIFY(offered.startsWith(QStringLiteral("This plan is open for editing in")));
    QVERIFY(!window.document());

    answer(QStringLiteral("Open a Read-Only &Copy"));
    QVERIFY(window.openPath(path));
    PlanDocument *document = window.document();
    QVERIFY(document);
    QVERIFY(document->isReadOnly());
    QVERIFY(document->filePath() != path);
    QVERIFY(document->filePath().contains(QStringLiteral("team (copy)")));
    QCOMPARE(document->plan().name, std::string("Held Elsewhere"));
    QCOMPARE(document->plan().members.size(), sunrelay::guitest::demoPlan().members.size());
    QVERIFY(window.windowTitle().contains(QStringLiteral("[read-only]")));
    // The original is still the other editor's, untouched.
    QVERIFY(!holder.value().setPlanName("Still Editing"));
}

void TestMainWindow::smallScreensKeepTheTimelineUsable_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024 x 600") << QSize(1024, 600);
    QTest::newRow("800 x 600") << QSize(800, 600);
}

void TestMainWindow::smallScreensKeepTheTimelineUsable()
{
    // A netbook or a tiled half screen: the window fits, the docks give way
    // and the timeline keeps at least 600 px of width and its rows.
    QFETCH(QSize, size);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QVERIFY(window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
    window.resize(size);
    QApplication::processEvents();
    QCOMPARE(window.size(), size);
    auto *timeline = window.findChild<TimelineView *>();
    QVERIFY(timeline);
    QVERIFY2(timeline->width() >= 600, qPrintable(QString::number(timeline->width())));
    QVERIFY2(timeline->viewport()->height() >= 200,
             qPrintable(QString::number(timeline->viewport()->height())));
    // The docks are still there, smaller.
    for (const char *dock : {"teamDock", "backlogDock"})
        QVERIFY2(window.findChild<QDockWidget *>(QLatin1String(dock))->isVisible(), dock);
}

void TestMainWindow::aStatusMessageTakesTheSummarysPlace()
{
    // The QA report: "Imported demo-plan.json as ..." was drawn over the
    // summary ("13 members · 3 regions ...").
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QVERIFY(window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
    QLabel *summary = nullptr;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("member")))
            summary = label;
    QVERIFY(summary);
    window.statusBar()->showMessage(QStringLiteral("Imported something"));
    QVERIFY(!summary->isVisible());
    window.statusBar()->clearMessage();
    QVERIFY(summary->isVisible());
}

void TestMainWindow::addMemberThroughTheTeamPanel()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QVERIFY(window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
    PlanDocument *document = window.document();
    QVERIFY(document);
    const std::size_t membersBefore = document->plan().members.size();
    const int stepsBefore = document->undoStack()->count();

    auto *team = window.findChild<TeamPanel *>();
    QVERIFY(team);
    auto *add = findByAccessibleName<QToolButton>(team, QStringLiteral("Add member…"));
    QVERIFY(add);
    QVERIFY(add->isEnabled());

    // What the dialog showed, filled in while it runs (it is modal).
    struct Seen {
        bool dialog = false;
        bool nameField = false;
        bool searchField = false;
        QString zoneAfterTyping;
        QString zoneAfterEnter;
        bool okEnabled = false;
    } seen;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<MemberDialog *>(QApplication::activeModalWidget());
        seen.dialog = dialog != nullptr;
        if (!dialog)
            return;
        // The name field is the buddy of the "&Name:" label (it has no
        // object or accessible name of its own).
        QLineEdit *name = nullptr;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->text() == QLatin1String("&Name:"))
                name = qobject_cast<QLineEdit *>(label->buddy());
        auto *picker = dialog->findChild<ZonePicker *>();
        QLineEdit *search = picker
            ? findByAccessibleName<QLineEdit>(picker, QStringLiteral("Search time zones"))
            : nullptr;
        seen.nameField = name != nullptr;
        seen.searchField = search != nullptr;
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
        if (!name || !search || !ok) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(name, QStringLiteral("Ravi Kumar"));
        QTest::keyClicks(search, QStringLiteral("Kolkata"));
        seen.zoneAfterTyping = picker->zone();
        QTest::keyClick(search, Qt::Key_Return); // pick the highlighted city
        seen.zoneAfterEnter = picker->zone();
        seen.okEnabled = ok->isEnabled();
        if (ok->isEnabled())
            QTest::mouseClick(ok, Qt::LeftButton);
        else
            dialog->reject();
    });
    QTest::mouseClick(add, Qt::LeftButton);

    QVERIFY(seen.dialog);
    QVERIFY2(seen.nameField, "no name field in the member dialog");
    QVERIFY2(seen.searchField, "no zone search field in the member dialog");
    QCOMPARE(seen.zoneAfterTyping, QStringLiteral("Asia/Kolkata"));
    QCOMPARE(seen.zoneAfterEnter, QStringLiteral("Asia/Kolkata"));
    QVERIFY(seen.okEnabled);

    const Plan &plan = document->plan();
    QCOMPARE(plan.members.size(), membersBefore + 1);
    const Member &added = plan.members.back();
    QCOMPARE(added.name, std::string("Ravi Kumar"));
    QCOMPARE(added.zone.name(), std::string("Asia/Kolkata"));
    // Issue 11: a new member starts with office hours, Mon-Fri 09:00-17:00
    // in their own zone, to adjust rather than draw from nothing.
    QCOMPARE(added.work.ranges.size(), std::size_t(1));
    QCOMPARE(added.work.ranges.front().days, Weekdays::workdays());
    QCOMPARE(added.work.ranges.front().start, Minutes{9 * 60});
    QCOMPARE(added.work.ranges.front().end, Minutes{17 * 60});
    QVERIFY(plan.regionIndex(added.region)); // a region of the plan
    QVERIFY(!added.id.empty());
    QCOMPARE(document->undoStack()->count(), stepsBefore + 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Add Ravi Kumar"));
    // The Edit menu says what Undo would undo.
    QAction *undo = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text().startsWith(QLatin1String("&Undo")))
            undo = action;
    QVERIFY(undo);
    QCOMPARE(undo->text(), QStringLiteral("&Undo Add Ravi Kumar"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(document->plan().members.size(), membersBefore);
    QVERIFY(closer.texts().isEmpty());
}

void TestMainWindow::renamePlan()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QAction *rename = actionWithText(&window, QStringLiteral("Re&name Plan…"));
    QVERIFY(rename);
    QVERIFY(!rename->isEnabled()); // no plan yet
    QVERIFY(window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
    QVERIFY(rename->isEnabled());
    PlanDocument *document = window.document();
    const int stepsBefore = document->undoStack()->count();

    struct Seen {
        QString nameAtStart;
        bool okWhenEmpty = true;
        bool explainedWhenEmpty = false;
        bool okWithName = false;
        bool explainedWithName = true;
        bool hintFits = false;
        int hintHeight = 0;
        int hintNeeds = 0;
        int heightAtStart = 0;
        int heightWithHint = 0;
        int heightWithName = 0;
    } seen;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen.heightAtStart = dialog->height();
        auto *name = buddyOf<QLineEdit>(dialog, QStringLiteral("&Name:"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
        QLabel *why = nullptr;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->text().startsWith(QLatin1String("A plan needs a name")))
                why = label;
        if (!name || !ok || !why) {
            dialog->reject();
            return;
        }
        seen.nameAtStart = name->text();
        name->clear();
        QTest::keyClicks(name, QStringLiteral("   ")); // blanks are no name either
        seen.okWhenEmpty = ok->isEnabled();
        seen.explainedWhenEmpty = why->isVisibleTo(dialog);
        // The QA report: the hint appeared cut at the top and bottom. Whole:
        // as tall as its wrapped lines need, inside the dialog, above the
        // buttons.
        const auto hintFits = [dialog, why, buttons] {
            return why->height() >= why->heightForWidth(why->width())
                && dialog->rect().contains(why->geometry())
                && why->geometry().bottom() < buttons->geometry().top();
        };
        seen.hintFits = QTest::qWaitFor(hintFits, 1000);
        seen.hintHeight = why->height();
        seen.hintNeeds = why->heightForWidth(why->width());
        seen.heightWithHint = dialog->height();
        name->clear();
        QTest::keyClicks(name, QStringLiteral(" Night Shift "));
        seen.okWithName = ok->isEnabled();
        seen.explainedWithName = why->isVisibleTo(dialog);
        // Back to its height without the hint.
        seen.heightWithName = dialog->height();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    rename->trigger();

    QCOMPARE(seen.nameAtStart, QStringLiteral("Acme Platform"));
    QVERIFY2(!seen.okWhenEmpty, "OK must be disabled without a name");
    QVERIFY2(seen.explainedWhenEmpty, "an empty name must be explained");
    QVERIFY2(seen.hintFits,
             qPrintable(QStringLiteral("the hint is %1 px tall and needs %2")
                            .arg(seen.hintHeight)
                            .arg(seen.hintNeeds)));
    QVERIFY(seen.heightWithHint > seen.heightAtStart);
    QVERIFY(seen.okWithName);
    QVERIFY(!seen.explainedWithName);
    QCOMPARE(seen.heightWithName, seen.heightAtStart);
    // Trimmed, one undo step, and the title follows.
    QCOMPARE(document->plan().name, std::string("Night Shift"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Night Shift"));
    QCOMPARE(document->undoStack()->count(), stepsBefore + 1);
    document->undoStack()->undo();
    QCOMPARE(document->plan().name, std::string("Acme Platform"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Acme Platform"));
    QVERIFY(closer.texts().isEmpty());
}

void TestMainWindow::saveAsAndPreferencesHaveShortcuts()
{
    MainWindow window;
    // QKeySequence::SaveAs and ::Preferences are empty outside KDE, GNOME
    // and macOS key schemes (the offscreen platform has none of them): then
    // Ctrl+Shift+S and Ctrl+, are the fallbacks.
    const struct {
        QString text;
        QKeySequence::StandardKey key;
        QKeySequence fallback;
    } expected[] = {
        {QStringLiteral("Save &As…"),
         QKeySequence::SaveAs,
         QKeySequence(QStringLiteral("Ctrl+Shift+S"))},
        {QStringLiteral("&Preferences…"),
         QKeySequence::Preferences,
         QKeySequence(QStringLiteral("Ctrl+,"))},
    };
    for (const auto &e : expected) {
        QAction *action = actionWithText(&window, e.text);
        QVERIFY2(action, qPrintable(e.text));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(e.text));
        const QList<QKeySequence> standard = QKeySequence::keyBindings(e.key);
        if (standard.isEmpty())
            QCOMPARE(action->shortcuts(), QList<QKeySequence>{e.fallback});
        else
            QCOMPARE(action->shortcuts(), standard);
    }
}

void TestMainWindow::welcomeStateShowsNoDateAndNoTeamDock()
{
    const QString demoJson = QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json");
    QSettings().remove(QStringLiteral("window"));
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ErrorDialogCloser closer;
    auto *navigator = window->findChild<QDateEdit *>();
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("teamDock"));
    QVERIFY(navigator);
    QVERIFY(dock);
    QAction *close = actionWithText(window.get(), QStringLiteral("&Close"));
    QVERIFY(close);

    // No plan: no made-up date (the date edit's default is 1 Jan 2000) and no
    // empty Team dock.
    QVERIFY(!navigator->isEnabled());
    QCOMPARE(navigator->text(), QStringLiteral("—"));
    QVERIFY(!dock->isVisible());
    QVERIFY(!dock->toggleViewAction()->isEnabled());

    // A plan: its week's date and its team.
    QVERIFY(window->openPath(demoJson));
    QVERIFY(navigator->isEnabled());
    QCOMPARE(navigator->text(),
             QLocale().toString(navigator->date(), QStringLiteral("ddd d MMM yyyy")));
    QVERIFY(navigator->date().year() >= 2024);
    QVERIFY(dock->isVisible());
    QVERIFY(dock->toggleViewAction()->isEnabled());

    // The user closes the dock: it stays closed through closing and opening
    // plans, and through a restart.
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isVisible());
    close->trigger();
    QCOMPARE(navigator->text(), QStringLiteral("—"));
    QVERIFY(window->openPath(demoJson));
    QVERIFY(!dock->isVisible());
    close->trigger();
    window->close(); // saves the window's state, without a plan open
    window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    dock = window->findChild<QDockWidget *>(QStringLiteral("teamDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QVERIFY(window->openPath(demoJson));
    QVERIFY(!dock->isVisible());

    // Opened again: back after closing and opening a plan, and a restart.
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    window->close(); // with the plan open
    window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    dock = window->findChild<QDockWidget *>(QStringLiteral("teamDock"));
    QVERIFY(!dock->isVisible());
    QVERIFY(window->openPath(demoJson));
    QVERIFY(dock->isVisible());
    QVERIFY(closer.texts().isEmpty());
}

void TestMainWindow::fileDialogsStartInTheLastFolder()
{
    QSettings().remove(QStringLiteral("files"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("picked.json"));
    writeAll(json, demoJsonNamed("Picked"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QAction *import = actionWithText(&window, QStringLiteral("&Import Plan JSON…"));
    QVERIFY(import);

    // Opens File > Import Plan JSON…, notes the dialog's folder, and picks
    // `pick` (or cancels when it is empty).
    const auto importDialog = [&](const QString &pick) {
        QString folder = QStringLiteral("(no file dialog)");
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            folder = dialog->directory().absolutePath();
            if (pick.isEmpty()) {
                dialog->reject();
                return;
            }
            dialog->selectFile(pick);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's checks the file
        });
        import->trigger();
        return folder;
    };
    // Never used a dialog: Documents, or home where there is no Documents
    // folder; not the working directory.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString first = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    QCOMPARE(importDialog(json), QDir(first).absolutePath());
    QVERIFY(window.document());
    QCOMPARE(window.document()->plan().name, std::string("Picked"));
    // Then the folder the file was picked from.
    QCOMPARE(importDialog(QString()), QDir(dir.path()).absolutePath());
    QVERIFY(closer.texts().isEmpty());
}

void TestMainWindow::saveAsProposesTheFolderOfThePlan()
{
    // The QA report: with no folder remembered Save As proposed the home
    // folder, and Enter wrote the copy there.
    QSettings().remove(QStringLiteral("files"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString own = dir.filePath(QStringLiteral("night.sunrelay"));
    QVERIFY(PlanDocument::create(own, demoPlan()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QAction *saveAs = actionWithText(&window, QStringLiteral("Save &As…"));
    QVERIFY(saveAs);
    // Opens Save As and cancels it: the folder and the file it proposed.
    const auto proposal = [&] {
        QString proposed = QStringLiteral("(no file dialog)");
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            proposed = dialog->selectedFiles().value(0);
            dialog->reject();
        });
        saveAs->trigger();
        return proposed;
    };

    // A plan the user keeps somewhere: a copy beside it, under a name no
    // file has (its own name would be the open file).
    QVERIFY(window.openPath(own));
    QCOMPARE(proposal(), QDir(dir.path()).absoluteFilePath(QStringLiteral("night 2.sunrelay")));

    // A plan made from JSON lives in the app's data folder, which the user
    // never chose: Documents (home where there is none).
    const QString json = dir.filePath(QStringLiteral("imported.json"));
    writeAll(json, demoJsonNamed("Imported"));
    QVERIFY(window.openPath(json));
    const QString imported = window.document()->filePath();
    const auto removeImport = qScopeGuard([&] {
        window.close();
        QFile::remove(imported);
    });
    QVERIFY(imported.startsWith(m_dataFolder));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString expectedFolder = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    const QString proposed = proposal();
    QCOMPARE(QFileInfo(proposed).absolutePath(), QDir(expectedFolder).absolutePath());
    QVERIFY(QFileInfo(proposed).fileName().startsWith(QLatin1String("imported")));
    QVERIFY(proposed.endsWith(QLatin1String(".sunrelay")));

    // A folder used in a file dialog since still comes first.
    QSettings().setValue(QStringLiteral("files/lastFolder"), dir.path());
    QCOMPARE(QFileInfo(proposal()).absolutePath(), QDir(dir.path()).absolutePath());
    QVERIFY(closer.texts().isEmpty());
}

void TestMainWindow::redoHasEveryPlatformBinding()
{
    // Issue 11: Ctrl+Y did not redo, although this platform binds it (and
    // Ctrl+Shift+Z): only the first binding was set.
    MainWindow window;
    QAction *redo = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QLatin1String("&Redo"))
            redo = action;
    QVERIFY(redo);
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(QKeySequence::Redo);
    QVERIFY(bindings.size() > 1);
    QCOMPARE(redo->shortcuts(), bindings);
}

void TestMainWindow::bracketsStepThroughHandoffsFromTheDateField()
{
    // Issue 11: with the toolbar's date field focused, ] was typed into it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.sunrelay"));
    QVERIFY(store::PlanStore::create(path.toStdString(), demoPlan()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(path));
    auto *date = window.findChild<QDateEdit *>();
    QVERIFY(date);
    window.activateWindow();
    date->setFocus();
    QTRY_VERIFY(date->hasFocus());
    QTest::keyClick(date, Qt::Key_BracketRight);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Handoff ")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(date->hasFocus());
}

void TestMainWindow::toolbarCanBeShownFromTheViewMenu()
{
    // The QA report: a hidden toolbar could not be brought back without a
    // plan, and the View menu did not offer it at all.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    QVERIFY(bar);
    QMenu *view = nullptr;
    for (QMenu *menu : window.findChildren<QMenu *>())
        if (menu->title() == QLatin1String("&View"))
            view = menu;
    QVERIFY(view);
    QAction *show = nullptr;
    for (QAction *action : view->actions())
        if (action->text() == QLatin1String("Show Tool&bar"))
            show = action;
    QVERIFY2(show, "no Show Toolbar in the View menu");
    QVERIFY(show->isCheckable());
    // No plan open (the welcome page): it still works both ways.
    QVERIFY(!window.document());
    QVERIFY(show->isEnabled());
    QVERIFY(show->isChecked());
    show->trigger();
    QVERIFY(!bar->isVisible());
    QVERIFY(!show->isChecked());
    show->trigger();
    QVERIFY(bar->isVisible());
    // And with a plan.
    ErrorDialogCloser closer;
    QVERIFY(window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
    QVERIFY(show->isEnabled());
    QVERIFY(closer.texts().isEmpty());
}

void TestMainWindow::preferencesShowTheZoneSearchOnlyForAnotherZone()
{
    Preferences preferences;
    preferences.referenceZone = ReferenceZoneChoice::Utc;
    PreferencesDialog dialog(preferences);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *picker = dialog.findChild<ZonePicker *>();
    QVERIFY(picker);
    QVERIFY(!picker->isVisible());
    const int compact = dialog.height();
    QComboBox *reference = nullptr;
    for (QComboBox *box : dialog.findChildren<QComboBox *>())
        if (box->findData(int(ReferenceZoneChoice::Other)) >= 0
            && box->itemText(box->findData(int(ReferenceZoneChoice::Other)))
                == QStringLiteral("Another zone"))
            reference = box;
    QVERIFY(reference);
    reference->setCurrentIndex(reference->findData(int(ReferenceZoneChoice::Other)));
    QVERIFY(picker->isVisible());
    QVERIFY(dialog.height() > compact); // the dialog grew to show it
    QVERIFY(picker->geometry().bottom() < dialog.height());
    reference->setCurrentIndex(reference->findData(int(ReferenceZoneChoice::Utc)));
    QVERIFY(!picker->isVisible());
}

void TestMainWindow::saveAsOntoItselfIsExplained()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("save-as-itself.json"));
    writeAll(json, demoJsonNamed("Team"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorDialogCloser closer;
    QVERIFY(window.openPath(json));
    const QString own = window.document()->filePath();
    // The import's plan file is in the (test) data folder: leave none behind.
    const auto removeImport = qScopeGuard([&] {
        window.close();
        QFile::remove(own);
    });
    const QByteArray before = readAll(own);
    QAction *saveAs = actionWithText(&window, QStringLiteral("Save &As…"));
    QVERIFY(saveAs);
    // The file dialog's own "replace it?" is answered yes, as a user would.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setOption(QFileDialog::DontConfirmOverwrite);
        dialog->selectFile(own);
        static_cast<QDialog *>(dialog)->accept();
    });
    saveAs->trigger();
    QTRY_COMPARE(closer.texts().size(), 1);
    QCOMPARE(closer.texts().front(),
             QStringLiteral("This plan is already saved in %1: every change goes into it as you "
                            "make it. To make a copy, choose another name.")
                 .arg(QFileInfo(own).fileName()));
    QCOMPARE(window.document()->filePath(), own);
    QVERIFY(readAll(own) == before);
}

void TestMainWindow::recentFilesShowTheirFolderAndDropMissingOnes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Two real plan files, one of them under the home folder (the test data
    // folder is ~/.qttest/...), and one that no longer exists.
    const QString outside = dir.filePath(QStringLiteral("outside.sunrelay"));
    QVERIFY(QDir().mkpath(m_dataFolder));
    const QString home = m_dataFolder + QStringLiteral("/at home.sunrelay");
    for (const QString &path : {outside, home}) {
        QFile::remove(path);
        QVERIFY(store::PlanStore::create(path.toStdString(), demoPlan()));
    }
    const QString gone = dir.filePath(QStringLiteral("gone.sunrelay"));
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{outside, gone, home});
    QVERIFY(m_dataFolder.startsWith(QDir::homePath() + u'/'));
    const QString homeFolder = QStringLiteral("~") + m_dataFolder.mid(QDir::homePath().size());
    const QStringList expected{
        QStringLiteral("outside.sunrelay — ") + QDir(dir.path()).absolutePath(),
        QStringLiteral("at home.sunrelay — ") + homeFolder,
    };

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *recent = findByAccessibleName<QListWidget>(&window, QStringLiteral("Recent plans"));
    QVERIFY(recent);
    QStringList listed;
    for (int row = 0; row < recent->count(); ++row)
        listed << recent->item(row)->text();
    QCOMPARE(listed, expected);
    QCOMPARE(recent->item(0)->toolTip(), outside);

    QMenu *menu = nullptr;
    for (QMenu *candidate : window.findChildren<QMenu *>())
        if (candidate->title() == QLatin1String("Open &Recent"))
            menu = candidate;
    QVERIFY(menu);
    const auto menuTexts = [menu] {
        emit menu->aboutToShow();
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << action->text();
        return texts;
    };
    QCOMPARE(menuTexts(), expected);
    QCOMPARE(menu->actions().constLast()->statusTip(), home);
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(),
             (QStringList{outside, home}));

    // Deleted while the app runs: gone from the menu when it next opens.
    QVERIFY(QFile::remove(outside));
    QCOMPARE(menuTexts(), QStringList{expected.at(1)});
    QVERIFY(QFile::remove(home));
    QSettings().remove(QStringLiteral("recentFiles"));
}

void TestMainWindow::darkPaletteDimsDisabledControls()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(chooseAppearance(&window, QStringLiteral("Dark")));
    const QPalette dark = QApplication::palette();
    // Dark means light text on a dark window.
    QVERIFY(dark.color(QPalette::Active, QPalette::Window).lightness() < 80);
    QVERIFY(dark.color(QPalette::Active, QPalette::WindowText).lightness() > 200);
    // Disabled text must read as disabled: clearly darker than enabled text
    // (at least a quarter of the lightness scale), yet still visible on the
    // window (at least a sixth above it).
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        const int active = dark.color(QPalette::Active, role).lightness();
        const int disabled = dark.color(QPalette::Disabled, role).lightness();
        const int window = dark.color(QPalette::Disabled, QPalette::Window).lightness();
        QVERIFY2(active - disabled >= 64, qPrintable(QString::number(role)));
        QVERIFY2(disabled - window >= 43, qPrintable(QString::number(role)));
    }
    // A disabled selection is not the bright accent of an enabled one.
    QVERIFY(dark.color(QPalette::Disabled, QPalette::Highlight)
            != dark.color(QPalette::Active, QPalette::Highlight));
    // Disabled widgets in the window really get the disabled colours.
    auto *navigator = window.findChild<QDateEdit *>();
    QVERIFY(navigator);
    QVERIFY(!navigator->isEnabled()); // no plan open
    QApplication::processEvents(); // the palette reaches widgets by events
    QCOMPARE(navigator->palette().color(QPalette::Disabled, QPalette::Text),
             dark.color(QPalette::Disabled, QPalette::Text));
    QVERIFY(chooseAppearance(&window, QStringLiteral("Follow the system")));
}

void TestMainWindow::followTheSystemRestoresItsPalette()
{
    const QPalette system = QApplication::palette();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(chooseAppearance(&window, QStringLiteral("Dark")));
    QVERIFY(QApplication::palette() != system);
    QVERIFY(chooseAppearance(&window, QStringLiteral("Light")));
    QVERIFY(QApplication::palette() != system);
    QVERIFY(chooseAppearance(&window, QStringLiteral("Follow the system")));
    QVERIFY(QApplication::palette() == system);
    QApplication::processEvents();
    QCOMPARE(window.palette().color(QPalette::Window), system.color(QPalette::Window));
    // No role is pinned any more: all of them come from the platform theme
    // and the style, so a change of the system's colours is followed.
    QCOMPARE(QApplication::palette().resolveMask(), QPalette::ResolveMask(0));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
