// Plan > Publish… against Radicale (started by with_server.py): the dialog
// publishes the demo with a progress bar and a summary, refuses plain http
// to another computer unless confirmed, cancels, and without a system
// keyring (this test has no D-Bus session) asks for the password each time.
// A screenshot of the finished dialog goes to the build folder. Use Existing
// Calendars… maps Anna's calendar into one the "editor" account (which may
// not create calendars) can write, lists the server's calendars in its
// drop-downs (on a worker thread: Find and OK disabled meanwhile, Cancel
// stops it, deleting the dialog meanwhile is safe), shows a bad row's
// problem without a line number, and is remembered for the server.

#include "caldav_test_support.h"
#include "gui/publish/calendar_map_dialog.h"
#include "gui/publish/publish_dialog.h"

#include "caldav/dav_xml.h"

#include "sunrelay/exchange/plan_json.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::caldavtest::demoPlan;

namespace
{

QString env(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set: run this test through tests/caldav/with_server.py", name);
    return value;
}

void fillAccount(PublishDialog &dialog)
{
    dialog.setServer(QUrl(env("SUNRELAY_CALDAV_URL")), env("SUNRELAY_CALDAV_LEAD_USER"));
    dialog.setPassword(env("SUNRELAY_CALDAV_LEAD_PASSWORD"));
    dialog.setDates(QDate(2026, 11, 30), QDate(2026, 12, 6));
}

// The editor's home and, made by the lead (the editor may not), its
// calendar shared-dialog; returns that calendar's URL.
QUrl makeEditorCalendar()
{
    const QUrl server(env("SUNRELAY_CALDAV_URL"));
    caldav::DavClient editor(
        {server, env("SUNRELAY_CALDAV_EDITOR_USER"), env("SUNRELAY_CALDAV_EDITOR_PASSWORD")});
    const auto home = caldav::findCalendarHome(editor);
    if (!home)
        qFatal("editor's home: %s", qPrintable(caldav::describe(home.error())));
    caldav::DavClient lead(
        {server, env("SUNRELAY_CALDAV_LEAD_USER"), env("SUNRELAY_CALDAV_LEAD_PASSWORD")});
    const QUrl calendar = caldav::childUrl(home.value(), QStringLiteral("shared-dialog"), true);
    const int status =
        lead.send({"MKCALENDAR", calendar, caldav::mkcalendarBody(QStringLiteral("Dialog"))})
            .status;
    if (status != 201)
        qFatal("MKCALENDAR: %d", status);
    return calendar;
}

caldav::ServerAccount editorAccount()
{
    return {QUrl(env("SUNRELAY_CALDAV_URL")),
            env("SUNRELAY_CALDAV_EDITOR_USER"),
            env("SUNRELAY_CALDAV_EDITOR_PASSWORD")};
}

// A map dialog whose Find lists the editor's calendars.
std::unique_ptr<CalendarMapDialog> editorMapDialog(const Plan &plan)
{
    auto dialog = std::make_unique<CalendarMapDialog>(plan, QUrl(env("SUNRELAY_CALDAV_URL")));
    dialog->setAccountSource([]() -> CalendarMapDialog::AccountOrWhyNot {
        return editorAccount();
    });
    return dialog;
}

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QWidget *findButton(const QDialog &dialog)
{
    return dialog.findChild<QWidget *>(QStringLiteral("findCalendars"));
}

void fillEditorAccount(PublishDialog &dialog)
{
    dialog.setServer(QUrl(env("SUNRELAY_CALDAV_URL")), env("SUNRELAY_CALDAV_EDITOR_USER"));
    dialog.setPassword(env("SUNRELAY_CALDAV_EDITOR_PASSWORD"));
    dialog.setDates(QDate(2026, 11, 30), QDate(2026, 12, 6));
    dialog.setScope(caldav::PublishScopeKind::Member, "anna");
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
    void existingCalendarsAreFoundMappedAndRemembered();
    void findCanBeCancelledAndOutlivesItsDialog();

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

void TestPublishDialog::existingCalendarsAreFoundMappedAndRemembered()
{
    const QUrl shared = makeEditorCalendar();
    {
        // Without a map the editor's publish fails, naming what to map.
        PublishDialog dialog(m_plan);
        fillEditorAccount(dialog);
        dialog.setCalendarMapText({});
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        dialog.publish();
        QVERIFY(finished.wait(120'000));
        QVERIFY(!dialog.summary()->ok());
        QVERIFY2(dialog.summaryText().contains(QLatin1String("map member:anna to an existing")),
                 qPrintable(dialog.summaryText()));
    }

    // The mapping dialog lists the server's calendars and maps Anna's.
    const auto mapDialogOwner = editorMapDialog(m_plan);
    CalendarMapDialog &mapDialog = *mapDialogOwner;
    mapDialog.show();
    QVERIFY(findButton(mapDialog)->isEnabled());
    QSignalSpy found(&mapDialog, &CalendarMapDialog::findFinished);
    mapDialog.findCalendars();
    // It returned before the server answered: nothing offered yet, and
    // neither Find nor OK can be used until the answer is in.
    QVERIFY(mapDialog.isFinding());
    QCOMPARE(mapDialog.urlField(QStringLiteral("member:anna"))->count(), 0);
    QVERIFY(!findButton(mapDialog)->isEnabled());
    QVERIFY(!okButton(mapDialog)->isEnabled());
    mapDialog.accept(); // ignored while finding
    QVERIFY(mapDialog.isVisible());
    QVERIFY(found.wait(60'000));
    QVERIFY(!mapDialog.isFinding());
    QVERIFY(findButton(mapDialog)->isEnabled());
    QVERIFY(okButton(mapDialog)->isEnabled());
    QComboBox *anna = mapDialog.urlField(QStringLiteral("member:anna"));
    QVERIFY(anna);
    QVERIFY(anna->findText(shared.toString()) > 0);
    anna->setCurrentIndex(anna->findText(shared.toString()));
    mapDialog.grab().save(QStringLiteral("calendar_map_dialog.png"));
    // Another host is refused and the dialog stays open.
    mapDialog.urlField(QStringLiteral("handoffs"))
        ->setEditText(QStringLiteral("https://calendar.example.org/h/"));
    mapDialog.accept();
    // The row's problem, without the file's "line N:" (the rows are the lines).
    QCOMPARE(mapDialog.problemText(),
             QStringLiteral("handoffs: https://calendar.example.org/h/ is not on the server %1 "
                            "(the password is sent to that server only)")
                 .arg(QUrl(env("SUNRELAY_CALDAV_URL")).toDisplayString(QUrl::RemoveUserInfo)));
    QCOMPARE(mapDialog.result(), int(QDialog::Rejected));
    mapDialog.urlField(QStringLiteral("handoffs"))->setEditText({});
    mapDialog.accept();
    QCOMPARE(mapDialog.result(), int(QDialog::Accepted));
    QCOMPARE(mapDialog.map().entries.size(), std::size_t{1});
    QCOMPARE(mapDialog.map().urlFor(QStringLiteral("member:anna")), shared);

    {
        PublishDialog dialog(m_plan);
        fillEditorAccount(dialog);
        dialog.setCalendarMapText(mapDialog.map().toText());
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        dialog.publish();
        QVERIFY(finished.wait(120'000));
        QVERIFY2(dialog.summary()->ok(), qPrintable(dialog.summaryText()));
        QCOMPARE(dialog.summary()->counts.mkcalendar, 0);
        QCOMPARE(dialog.summary()->calendars.front().url, shared);
        QVERIFY(dialog.summary()->calendars.front().created > 0);
    }
    // Remembered for the server, without the password.
    PublishDialog again(m_plan);
    again.setServer(QUrl(env("SUNRELAY_CALDAV_URL")), env("SUNRELAY_CALDAV_EDITOR_USER"));
    QCOMPARE(again.calendarMapText(), mapDialog.map().toText());
    again.setServer(QUrl(QStringLiteral("https://dav.example.com/")), QStringLiteral("lead"));
    QCOMPARE(again.calendarMapText(), QString());
    for (const QString &key : QSettings().allKeys())
        QVERIFY(
            !QSettings().value(key).toString().contains(env("SUNRELAY_CALDAV_EDITOR_PASSWORD")));
}

void TestPublishDialog::findCanBeCancelledAndOutlivesItsDialog()
{
    {
        const auto dialog = editorMapDialog(m_plan);
        dialog->show();
        QSignalSpy found(dialog.get(), &CalendarMapDialog::findFinished);
        dialog->findCalendars();
        dialog->reject(); // Cancel stops the search; the dialog stays open
        QVERIFY(dialog->isVisible());
        QVERIFY(found.wait(60'000));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("findStatus"))->text(),
                 QStringLiteral("Cancelled."));
        QVERIFY(dialog->isVisible());
        QVERIFY(okButton(*dialog)->isEnabled());
        dialog->reject(); // now it closes
        QVERIFY(!dialog->isVisible());
    }
    // Deleted while its worker runs: cancelled and waited for, no crash.
    auto dialog = editorMapDialog(m_plan);
    dialog->show();
    dialog->findCalendars();
    QVERIFY(dialog->isFinding());
    dialog.reset();
    QTest::qWait(100); // the worker's finished() must not reach a dead dialog
}

QTEST_MAIN(TestPublishDialog)
#include "tst_publish_dialog.moc"
