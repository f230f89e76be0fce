// The window opening files it must not trust (issue 14): a FIFO, a device, a
// directory, an oversized plan JSON. Each gets the error dialog saying what
// the file is, at once. An alarm bounds every test: a regression that
// blocks (a FIFO opened for reading waits for a writer) fails in seconds.

#include "gui/calendar/calendar_files.h"
#include "gui/window/main_window.h"

#include "../gui_test_support.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

using namespace sunrelay;

namespace
{

// Closes the window's modal error dialogs and remembers their text.
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
                m_texts << box->text();
                box->accept();
            }
        });
        m_timer.start(10);
    }
    const QStringList &texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};

} // namespace

class TestMainWindowFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    }
    void init() { ::alarm(30); }
    void cleanup() { ::alarm(0); }

    void refusesWhatIsNoRegularFile_data()
    {
        QTest::addColumn<QString>("name"); // made in a temporary folder, or an absolute path
        QTest::addColumn<QString>("says");
        QTest::newRow("FIFO.sunrelay") << "plan.sunrelay"
                                       << "is not a regular file (a FIFO)";
        QTest::newRow("FIFO.json") << "plan.json"
                                   << "is not a regular file (a FIFO)";
        QTest::newRow("FIFO") << "plan"
                              << "is not a regular file (a FIFO)";
        QTest::newRow("/dev/zero") << "/dev/zero"
                                   << "is not a regular file (a character device)";
        QTest::newRow("a directory") << "/tmp"
                                     << "is not a regular file (a directory)";
    }
    void refusesWhatIsNoRegularFile()
    {
        QFETCH(QString, name);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QString path = name;
        if (!name.startsWith(u'/')) {
            path = dir.filePath(name);
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        gui::MainWindow window;
        ErrorDialogCloser closer;
        QVERIFY(!window.openPath(path));
        QCOMPARE(closer.texts().size(), 1);
        QVERIFY2(closer.texts().constFirst().contains(says),
                 qPrintable(closer.texts().constFirst()));
        QVERIFY2(closer.texts().constFirst().contains(QDir::toNativeSeparators(path)),
                 qPrintable(closer.texts().constFirst()));
    }

    // 65 MiB of plan JSON is refused by its size, before it is read (a
    // sparse file: no disk used). 65 MiB = 68157440 bytes.
    void refusesOversizedPlanJson()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{");
        QVERIFY(file.resize(qint64(65) << 20));
        file.close();
        gui::MainWindow window;
        ErrorDialogCloser closer;
        QVERIFY(!window.openPath(file.fileName()));
        QCOMPARE(closer.texts().size(), 1);
        QVERIFY2(closer.texts().constFirst().contains(
                     QStringLiteral("huge.json: the file is too large (65.0 MiB, more than the "
                                    "limit of 64.0 MiB)")),
                 qPrintable(closer.texts().constFirst()));
    }

    // A calendar export to a FIFO picked in the save dialog: refused before
    // anything is read from it (the earlier export) or written; the FIFO
    // stays a FIFO.
    void calendarExportRefusesFifo()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("anna.ics"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        ical::ExportRequest request;
        request.window = {guitest::utc(2026, 11, 30), guitest::utc(2026, 12, 1)};
        const auto error = gui::writeCalendarFile(guitest::demoPlan(), request, fifo);
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("anna.ics: is not a regular file (a FIFO)")),
                 qPrintable(*error));
        struct stat status {
        };
        QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &status), 0);
        QVERIFY(S_ISFIFO(status.st_mode));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestMainWindowFiles)
#include "tst_main_window_files.moc"
