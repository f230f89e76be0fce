// Help > About Sunrelay: the version, licence and homepage, and the versions
// of the libraries as the libraries themselves tell them: qVersion(),
// sqlite3_libversion(), Debian's tzdata package (the system tz database;
// date reads no version from it) and libical's pkg-config file, which must
// agree with libical's own ICAL_VERSION ("3.0").

#include "../../support/tool_output.h"
#include "gui/help/about_dialog.h"
#include "gui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <libical/ical.h>
#include <sqlite3.h>

using namespace sunrelay::gui;
using sunrelay::test::toolOutput;
using sunrelay::test::tzdataVersion;

namespace
{

QString labelText(QWidget *dialog, const QString &name)
{
    auto *label = dialog->findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("(no label %1)").arg(name);
}

} // namespace

class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setApplicationName(QStringLiteral("sunrelay-tst_about"));
        QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    }

    void showsTheRealVersions()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *about = window.findChild<QAction *>(QStringLiteral("showAbout"));
        QVERIFY(about);
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        const QString sqlite = QString::fromLatin1(sqlite3_libversion());
        const QString tzdata = tzdataVersion();
        const QString libical =
            toolOutput(QStringLiteral("pkg-config"),
                       {QStringLiteral("--modversion"), QStringLiteral("libical")});
        QVERIFY2(libical.startsWith(QStringLiteral(ICAL_VERSION) + u'.'), qPrintable(libical));

        QCOMPARE(labelText(dialog, QStringLiteral("version-Qt")), QString::fromLatin1(qVersion()));
        QCOMPARE(labelText(dialog, QStringLiteral("version-SQLite")), sqlite);
        QCOMPARE(labelText(dialog, QStringLiteral("version-tz database")), tzdata);
        QCOMPARE(labelText(dialog, QStringLiteral("version-libical")), libical);
        QVERIFY(labelText(dialog, QStringLiteral("aboutTitle"))
                    .contains(QStringLiteral("Sunrelay 0.1.0")));
        QVERIFY(labelText(dialog, QStringLiteral("aboutHomepage"))
                    .contains(QStringLiteral("https://github.com/sunrelay/sunrelay")));
        bool licence = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            licence =
                licence || label->text() == QStringLiteral("Free software under the MIT licence.");
        QVERIFY(licence);

        // Copy Versions: the same, as a bug report wants it.
        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyVersions"));
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("Sunrelay 0.1.0\nQt %1\nSQLite %2\ntz database %3\nlibical %4\n")
                     .arg(QString::fromLatin1(qVersion()), sqlite, tzdata, libical));
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
