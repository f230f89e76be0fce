// The `sunrelay` executable as the system treats it: a SIGTERM (shutdown,
// logout, `kill`) or SIGINT closes the window like Quit: the layout is saved
// and the open plan closed properly, no journal left beside it and its lock
// released.

#include "../gui_test_support.h"

#include "sunrelay/store/plan_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sunrelay;

class TestAppProcess : public QObject
{
    Q_OBJECT

private slots:
    void terminationSignalsCloseThePlan_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGINT") << SIGINT;
    }
    void terminationSignalsCloseThePlan()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString plan = dir.filePath(QStringLiteral("plan.sunrelay"));
        {
            auto created = store::PlanStore::create(plan.toStdString(), guitest::demoPlan());
            QVERIFY(created.ok());
        }

        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The app's settings and data go to the test's folder.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(SUNRELAY_APP), {plan});
        QVERIFY(app.waitForStarted());
        // Open for editing, the plan is locked against other programs.
        const auto lockedByTheApp = [&] {
            auto other = store::PlanStore::open(plan.toStdString(), store::OpenMode::ReadOnly);
            return !other.ok() && other.error().code == store::StoreErrorCode::Locked;
        };
        QTRY_VERIFY_WITH_TIMEOUT(lockedByTheApp(), 20000);

        QCOMPARE(::kill(pid_t(app.processId()), signal), 0);
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        // Closed as by Quit: the window's layout was saved ...
        const QString settings = dir.filePath(QStringLiteral("config/Sunrelay/sunrelay.conf"));
        QFile file(settings);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings));
        QVERIFY(file.readAll().contains("state="));
        // ... and the plan closed: no journal beside it, the lock released,
        // and it opens for editing as it was.
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QVERIFY2(!QFileInfo::exists(plan + QLatin1String(suffix)), suffix);
        auto reopened = store::PlanStore::open(plan.toStdString(), store::OpenMode::ReadWrite);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value().plan().members.size(), guitest::demoPlan().members.size());
    }
};

QTEST_GUILESS_MAIN(TestAppProcess)
#include "tst_app_process.moc"
