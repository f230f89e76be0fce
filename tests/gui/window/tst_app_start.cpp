// `sunrelay FILE` with a file it cannot open: start-up never hangs (a FIFO
// used to block it for good), the error dialog comes up, and SIGTERM or
// SIGINT still close the app while that modal dialog is open (they used to
// be ignored until someone clicked OK). Bounded: a regression fails in
// seconds, and the app is killed.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

#include <sys/stat.h>

namespace
{

// True once `pid` catches `signal` (its handler is installed): bit signal-1
// of SigCgt in /proc/PID/status.
bool catchesSignal(qint64 pid, int signal)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("SigCgt:")) {
            bool ok = false;
            const qulonglong mask = line.mid(7).trimmed().toULongLong(&ok, 16);
            return ok && (mask >> (signal - 1)) & 1;
        }
    }
    return false;
}

} // namespace

class TestAppStart : public QObject
{
    Q_OBJECT

private slots:
    void signalClosesAppUnderErrorDialog_data()
    {
        QTest::addColumn<QString>("argument"); // FIFO: a FIFO made in the test's folder
        QTest::addColumn<int>("signal");
        QTest::newRow("FIFO, SIGTERM") << QStringLiteral("FIFO") << SIGTERM;
        QTest::newRow("FIFO.json, SIGINT") << QStringLiteral("FIFO.json") << SIGINT;
        QTest::newRow("FIFO.sunrelay, SIGTERM") << QStringLiteral("FIFO.sunrelay") << SIGTERM;
        QTest::newRow("missing file, SIGTERM") << QStringLiteral("missing.sunrelay") << SIGTERM;
        QTest::newRow("/dev/zero, SIGTERM") << QStringLiteral("/dev/zero") << SIGTERM;
        QTest::newRow("not a plan, SIGINT") << QStringLiteral("text.json") << SIGINT;
    }
    void signalClosesAppUnderErrorDialog()
    {
        QFETCH(QString, argument);
        QFETCH(int, signal);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (argument.startsWith(QLatin1String("FIFO"))) {
            argument = dir.filePath(argument);
            QCOMPARE(::mkfifo(QFile::encodeName(argument).constData(), 0600), 0);
        } else if (argument == QLatin1String("text.json")) {
            QFile text(dir.filePath(argument));
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write("not JSON at all\n");
            argument = text.fileName();
        } else if (!argument.startsWith(u'/')) {
            argument = dir.filePath(argument);
        }

        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(SUNRELAY_APP), {argument});
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(catchesSignal(app.processId(), signal), 20000);
        // Time to reach the error dialog (or to hang where it used to).
        QThread::sleep(3);
        QCOMPARE(app.state(), QProcess::Running);

        QElapsedTimer timer;
        timer.start();
        QCOMPARE(::kill(pid_t(app.processId()), signal), 0);
        const bool finished = app.waitForFinished(10000);
        if (!finished) {
            app.kill();
            app.waitForFinished(5000);
        }
        QVERIFY2(finished, "still running 10 s after the signal");
        qInfo("closed %lld ms after the signal", timer.elapsed());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        // Refusing made no file: a missing plan stays missing, no journal.
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            if (!QFileInfo::exists(argument) || *suffix)
                QVERIFY2(!QFileInfo::exists(argument + QLatin1String(suffix)), suffix);
    }
};

QTEST_GUILESS_MAIN(TestAppStart)
#include "tst_app_start.moc"
