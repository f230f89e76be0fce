// Plan > Publish… against Radicale (started by with_server.py): the dialog
// publishes the demo with a progress bar and a summary, refuses plain http
// to another computer unless confirmed, cancels, and without a system
// keyring (this test has no D-Bus session) asks for the password each time.
// A screenshot of the finished dialog goes to the build folder.

#include "gui/publish/publish_dialog.h"

#include "sunrelay/exchange/plan_json.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace sunrelay;
using namespace sunrelay::gui;

namespace
{

QString env(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set: run this test through tests/caldav/with_server.py", name);
    return value;
}

Plan demoPlan()
{
    QFile file(QStringLiteral(SUNRELAY_DEMO_PLAN));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo plan");
    auto plan = exchange::readPlanJson(file.readAll().toStdString());
    if (!plan)
        qFatal("demo plan: %s", plan.error().message().c_str());
    return std::move(plan).value();
}

void fillAccount(PublishDialog &dialog)
{
    dialog.setServer(QUrl(env("SUNRELAY_CALDAV_URL")), env("SUNRELAY_CALDAV_LEAD_USER"));
    dialog.setPassword(env("SUNRELAY_CALDAV_LEAD_PASSWORD"));
    dialog.setDates(QDate(2026, 11, 30), QDate(2026, 12, 6));
}

} // namespace

class TestPublishDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishesWithProgressAndSummary();
    void plainHttpToAnotherComputerNeedsConfirmation();
    void cancelStopsThePublish();
    void withoutAKeyringThePasswordIsAskedEachTime();

private:
    Plan m_plan = demoPlan();
};

void TestPublishDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPublishDialog::publishesWithProgressAndSummary()
{
    PublishDialog dialog(m_plan);
    fillAccount(dialog);
    dialog.setScope(caldav::PublishScopeKind::Region, "emea");
    dialog.show();
    QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
    dialog.publish();
    QVERIFY(dialog.isPublishing());
    QVERIFY(finished.wait(120'000));
    QVERIFY(dialog.summary());
    QVERIFY2(dialog.summary()->ok(), qPrintable(dialog.summaryText()));
    // EMEA's calendar and its four members' (demo: leila, lars, anna, tom).
    QCOMPARE(dialog.summary()->calendars.size(), std::size_t{5});
    QCOMPARE(dialog.progressBar()->maximum(), 5);
    QCOMPARE(dialog.progressBar()->value(), 5);
    QVERIFY2(dialog.summaryText().contains(QLatin1String("Sunrelay: Anna Schmidt: ")),
             qPrintable(dialog.summaryText()));
    QVERIFY(dialog.summaryText().contains(QLatin1String(" created, 0 updated, 0 deleted")));
    dialog.grab().save(QStringLiteral("publish_dialog.png"));
    // The server and user are kept for next time, never the password.
    QCOMPARE(QSettings().value(QStringLiteral("caldav/user")).toString(),
             env("SUNRELAY_CALDAV_LEAD_USER"));
    for (const QString &key : QSettings().allKeys())
        QVERIFY(!QSettings().value(key).toString().contains(env("SUNRELAY_CALDAV_LEAD_PASSWORD")));
}

void TestPublishDialog::plainHttpToAnotherComputerNeedsConfirmation()
{
    PublishDialog dialog(m_plan);
    fillAccount(dialog);
    dialog.setServer(QUrl(QStringLiteral("http://dav.example.com/")), QStringLiteral("lead"));
    QUrl asked;
    dialog.setInsecureConfirmation([&asked](const QUrl &url) {
        asked = url;
        return false;
    });
    dialog.publish();
    QCOMPARE(asked, QUrl(QStringLiteral("http://dav.example.com/")));
    QVERIFY(!dialog.isPublishing());
    QVERIFY2(dialog.errorText().contains(QLatin1String("not encrypted")),
             qPrintable(dialog.errorText()));
}

void TestPublishDialog::cancelStopsThePublish()
{
    PublishDialog dialog(m_plan);
    fillAccount(dialog);
    dialog.setDates(QDate(2027, 1, 4), QDate(2027, 3, 28)); // all new: many PUTs
    QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
    dialog.publish();
    QVERIFY(dialog.isPublishing());
    QTest::qWait(300);
    dialog.reject(); // Cancel: the dialog stays open until the worker stops
    QVERIFY(dialog.isPublishing() || finished.count() == 1);
    QVERIFY(finished.count() == 1 || finished.wait(60'000));
    QVERIFY(dialog.summary());
    QVERIFY(dialog.summary()->cancelled);
    QVERIFY(!dialog.summary()->ok());
}

void TestPublishDialog::withoutAKeyringThePasswordIsAskedEachTime()
{
    // The last publish left server and user in the settings: the dialog asks
    // the keyring for the password, which is not there.
    PublishDialog dialog(m_plan);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.rememberBox()->isEnabled(), 30'000);
    QVERIFY(!dialog.rememberBox()->isChecked());
}

QTEST_MAIN(TestPublishDialog)
#include "tst_publish_dialog.moc"
