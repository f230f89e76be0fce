// One window per plan: opening a plan that a running Sunrelay shows brings
// that window to the front, from the command line (`sunrelay PLAN`, a second
// process that then exits 0) and from File > Open in another window, instead
// of meeting the plan's lock. Checked with real processes of the app.

#include "../gui_test_support.h"

#include "gui/document/plan_document.h"
#include "gui/window/main_window.h"
#include "gui/window/plan_beacon.h"

#include "sunrelay/store/plan_store.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>

using namespace sunrelay;

namespace
{

// A process of the app with its settings, data and runtime folder in `dir`;
// its window logs when it is brought to the front.
std::unique_ptr<QProcess> startApp(const QTemporaryDir &dir, const QString &plan)
{
    auto app = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("sunrelay.gui.window.info=true"));
    app->setProcessEnvironment(environment); // XDG_RUNTIME_DIR: the test's own
    app->start(QStringLiteral(SUNRELAY_APP), {plan});
    return app;
}

bool lockedByAnotherProgram(const QString &plan)
{
    auto other = store::PlanStore::open(plan.toStdString(), store::OpenMode::ReadOnly);
    return !other.ok() && other.error().code == store::StoreErrorCode::Locked;
}

bool someoneListensFor(const QString &plan)
{
    QLocalSocket socket;
    socket.connectToServer(gui::planBeaconName(plan));
    return socket.waitForConnected(1000);
}

void stop(QProcess &app)
{
    if (app.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(app.processId()), SIGTERM);
    if (!app.waitForFinished(20000))
        app.kill();
}

} // namespace

class TestPlanBeacon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QVERIFY(QFile::setPermissions(m_runtime.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // The sockets go to a runtime folder of the test's own, for this
        // process and the apps it starts.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_plan = m_dir.filePath(QStringLiteral("team.sunrelay"));
        auto created = store::PlanStore::create(m_plan.toStdString(), guitest::demoPlan());
        QVERIFY(created.ok());
    }

    void oneNameForEverySpellingOfThePath()
    {
        const QString name = gui::planBeaconName(m_plan);
        QVERIFY(!name.isEmpty());
        // In the user's runtime folder, which only the user can enter.
        QCOMPARE(QFileInfo(name).absolutePath(), QFileInfo(m_runtime.path()).canonicalFilePath());
        const QString roundabout = m_dir.filePath(QStringLiteral("sub/../team.sunrelay"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
        QCOMPARE(gui::planBeaconName(roundabout), name);
        const QString link = m_dir.filePath(QStringLiteral("link.sunrelay"));
        QVERIFY(QFile::link(m_plan, link));
        QCOMPARE(gui::planBeaconName(link), name);
        // Another plan, another name; no file, no name.
        const QString other = m_dir.filePath(QStringLiteral("other.sunrelay"));
        QVERIFY(store::PlanStore::create(other.toStdString(), guitest::demoPlan()).ok());
        QVERIFY(gui::planBeaconName(other) != name);
        QVERIFY(gui::planBeaconName(m_dir.filePath(QStringLiteral("missing.sunrelay"))).isEmpty());
        // Nobody shows it: asking is answered at once with no.
        QVERIFY(!gui::raiseWindowShowingPlan(m_plan));
    }

    void aSecondSunrelayRaisesTheFirstAndExits()
    {
        QTemporaryDir dir;
        const auto first = startApp(dir, m_plan);
        QVERIFY(first->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(lockedByAnotherProgram(m_plan) && someoneListensFor(m_plan),
                                 20000);

        // Through a symbolic link: the same plan.
        const QString link = m_dir.filePath(QStringLiteral("team-link.sunrelay"));
        QVERIFY(QFile::link(m_plan, link));
        const auto second = startApp(dir, link);
        QVERIFY(second->waitForFinished(20000));
        const QString secondErrors = QString::fromLocal8Bit(second->readAllStandardError());
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QVERIFY2(second->exitCode() == 0, qPrintable(secondErrors));
        QVERIFY2(secondErrors.contains(QLatin1String("it did")), qPrintable(secondErrors));

        // The first one came to the front and still holds the plan.
        QByteArray firstErrors;
        QTRY_VERIFY_WITH_TIMEOUT(
            (firstErrors += first->readAllStandardError()).contains("brought to the front"),
            10000);
        QCOMPARE(first->state(), QProcess::Running);
        QVERIFY(lockedByAnotherProgram(m_plan));
        stop(*first);
        QCOMPARE(first->exitCode(), 0);
        // Closed, it no longer answers, and its socket is gone.
        QVERIFY(!someoneListensFor(m_plan));
        QVERIFY(!QFileInfo::exists(gui::planBeaconName(m_plan)));
    }

    void aSocketLeftByACrashIsNoObstacle()
    {
        QTemporaryDir dir;
        const auto crashed = startApp(dir, m_plan);
        QVERIFY(crashed->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(someoneListensFor(m_plan), 20000);
        crashed->kill(); // SIGKILL: the socket file stays behind
        QVERIFY(crashed->waitForFinished(10000));
        QVERIFY(QFileInfo::exists(gui::planBeaconName(m_plan)));

        // A new Sunrelay opens the plan itself and answers for it from then on.
        const auto next = startApp(dir, m_plan);
        QVERIFY(next->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(lockedByAnotherProgram(m_plan) && someoneListensFor(m_plan),
                                 20000);
        QCOMPARE(next->state(), QProcess::Running);
        QVERIFY(gui::raiseWindowShowingPlan(m_plan));
        stop(*next);
    }

    void fileOpenRaisesTheWindowOfAnotherProcess()
    {
        QTemporaryDir dir;
        const auto other = startApp(dir, m_plan);
        QVERIFY(other->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(lockedByAnotherProgram(m_plan) && someoneListensFor(m_plan),
                                 20000);

        gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Any dialog (the lock's, an error) would be a failure: note and close it.
        QStringList dialogs;
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, &window, [&dialogs] {
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                    dialogs << box->objectName() + QLatin1String(": ") + box->text();
                    box->reject();
                }
        });
        watcher.start(50);
        // What File > Open and a recent file call with the chosen path.
        QVERIFY(window.openPath(m_plan));
        QVERIFY2(dialogs.isEmpty(), qPrintable(dialogs.join(QLatin1Char('\n'))));
        QVERIFY(!window.document()); // this window stays as it was
        QVERIFY(window.statusBar()->currentMessage().contains(
            QLatin1String("open in another Sunrelay window")));
        QByteArray otherErrors;
        QTRY_VERIFY_WITH_TIMEOUT(
            (otherErrors += other->readAllStandardError()).contains("brought to the front"),
            10000);
        stop(*other);
    }

    void openingItsOwnPlanAgainKeepsIt()
    {
        gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(m_plan));
        auto *document = window.document();
        QVERIFY(document);
        QTRY_VERIFY(someoneListensFor(m_plan));
        // No lock dialog (it would block here): the same document, in front.
        QVERIFY(window.openPath(m_plan));
        QCOMPARE(window.document(), document);
        QVERIFY(!document->isReadOnly());
    }

    // A read-only window takes no lock and does not claim the plan: opening
    // it for editing elsewhere goes ahead instead of raising the viewer, and
    // the viewer's own window may open it again for editing.
    void aReadOnlyWindowDoesNotClaimThePlan()
    {
        gui::MainWindow viewer;
        QVERIFY(viewer.openPath(m_plan, store::OpenMode::ReadOnly));
        QVERIFY(viewer.document() && viewer.document()->isReadOnly());
        QTest::qWait(200); // room for a listener to appear, if there were one
        QVERIFY(!someoneListensFor(m_plan));

        {
            gui::MainWindow editor;
            QVERIFY(editor.openPath(m_plan));
            QVERIFY(editor.document() && !editor.document()->isReadOnly());
            QTRY_VERIFY(someoneListensFor(m_plan));
        }
        QTRY_VERIFY(!someoneListensFor(m_plan));

        QVERIFY(viewer.openPath(m_plan));
        QVERIFY(viewer.document() && !viewer.document()->isReadOnly());
        QTRY_VERIFY(someoneListensFor(m_plan));
    }

private:
    QTemporaryDir m_runtime;
    QTemporaryDir m_dir;
    QString m_plan;
};

QTEST_MAIN(TestPlanBeacon)
#include "tst_plan_beacon.moc"
