// Save dialogs add the format's extension (gui/window/save_target.h): a new
// plan typed as "team" is "team.sunrelay", which File > Open lists; plan
// JSON typed as "acme.ics" is "acme.ics.json", never JSON in a .ics file.

#include "gui/window/save_target.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sunrelay::gui;

class TestSaveTarget : public QObject
{
    Q_OBJECT
private slots:
    void suffixIsAddedUnlessItIsThere_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("saved");
        QTest::newRow("none") << "/home/ana/team"
                              << "sunrelay"
                              << "/home/ana/team.sunrelay";
        QTest::newRow("its own") << "/home/ana/team.sunrelay"
                                 << "sunrelay"
                                 << "/home/ana/team.sunrelay";
        QTest::newRow("its own, capitals") << "/home/ana/acme.JSON"
                                           << "json"
                                           << "/home/ana/acme.JSON";
        QTest::newRow("another format") << "/home/ana/acme.ics"
                                        << "json"
                                        << "/home/ana/acme.ics.json";
        QTest::newRow("dots in folders") << "/home/a.b/team"
                                         << "sunrelay"
                                         << "/home/a.b/team.sunrelay";
        QTest::newRow("trailing dot") << "/home/ana/team."
                                      << "json"
                                      << "/home/ana/team..json";
    }
    void suffixIsAddedUnlessItIsThere()
    {
        QFETCH(QString, typed);
        QFETCH(QString, suffix);
        QFETCH(QString, saved);
        QCOMPARE(withSuffix(typed, suffix), saved);
    }

    void anotherFileOfTheNewNameIsReplacedOnlyIfWanted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString typed = dir.filePath(QStringLiteral("acme"));
        QFile existing(typed + QStringLiteral(".json"));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        // No: nothing is chosen.
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::No)->click();
        });
        QCOMPARE(saveTarget(nullptr, typed, QStringLiteral("json")), std::nullopt);
        // Yes: the name with the suffix.
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QCOMPARE(saveTarget(nullptr, typed, QStringLiteral("json")),
                 std::optional<QString>(typed + QStringLiteral(".json")));
        // No such file: no question.
        QCOMPARE(saveTarget(nullptr, dir.filePath(QStringLiteral("new")), QStringLiteral("json")),
                 std::optional<QString>(dir.filePath(QStringLiteral("new.json"))));
    }
};

QTEST_MAIN(TestSaveTarget)
#include "tst_save_target.moc"
