// The calendar dialogs (app/gui/calendar): the export dialog, driven as a
// user would fill it, writes a file the calendar checks of tests/ical
// accept (libical's expansion and Python's icalendar land on the engine's
// instants) for each scope, honours what to include and always ends in
// .ics; the import dialog reads off the GUI thread, previews hand-worked rows
// for a small .ics (a Europe/Berlin TZID with an RRULE across the EU clock
// change of 2026-10-25), applies them as one undo step, and changes nothing
// for a broken file or on Cancel.

#include "../../ical/ical_test_support.h"

#include "gui/calendar/calendar_export_dialog.h"
#include "gui/calendar/calendar_import_dialog.h"
#include "gui/calendar/export_fields.h"
#include "gui/calendar/handoffs_csv_dialog.h"
#include "gui/document/plan_document.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sunrelay;
using namespace sunrelay::gui;
using namespace sunrelay::test;

namespace
{

const QString dataDir = QStringLiteral(SUNRELAY_SOURCE_DIR "/tests/gui/calendar/data/");

// EMEA: Anna, Berlin (CET +1 in early March); AMER: Nia, New York (EST -5
// until Sunday 2026-03-08 02:00, then EDT -4). Both work Mon-Fri
// 09:00-17:30 local with deep work and a comms window; T1 (12 h) starts in
// EMEA on Monday 2026-03-02 08:00Z.
Plan teamPlan()
{
    Plan plan = PlanBuilder()
                    .region("emea")
                    .region("amer")
                    .member("anna",
                            "emea",
                            QStringLiteral("Europe/Berlin"),
                            QStringLiteral("mon-fri 09:00-17:30"),
                            QStringLiteral("mon-fri 09:00-12:00"),
                            QStringLiteral("mon-fri 13:00-13:30"))
                    .member("nia",
                            "amer",
                            QStringLiteral("America/New_York"),
                            QStringLiteral("mon-fri 09:00-17:30"),
                            QStringLiteral("mon-fri 13:00-16:00"),
                            QStringLiteral("mon-fri 09:00-09:30"))
                    .task("T1", 12, 1, QStringLiteral("2026-03-02T08:00Z"), "emea")
                    .build();
    plan.name = "Acme";
    plan.regions[0].name = "EMEA";
    plan.regions[1].name = "AMER";
    plan.members[0].name = "Anna Schmidt";
    plan.members[1].name = "Nia Brown";
    plan.tasks[0].title = "Write runbook";
    return plan;
}

QString fileText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList rowTexts(const QTreeWidget *tree)
{
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells << tree->topLevelItem(i)->text(c);
        rows << cells.join(QLatin1String(" | "));
    }
    return rows;
}

QLineEdit *findFileEdit(const QWidget &dialog)
{
    return dialog.findChild<QLineEdit *>(QStringLiteral("filePath"));
}

} // namespace

class TestCalendarDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportWritesWhatTheChecksAccept_data();
    void exportWritesWhatTheChecksAccept();
    void exportHonoursIncludeChoices();
    void exportAlwaysEndsInIcs();
    void exportRefusesBadChoices();
    void exportSuggestsAFileName();
    void handoffsCsvExport();
    void importPreviewShowsHandWorkedRows_data();
    void importPreviewShowsHandWorkedRows();
    void importIsOneUndoStep();
    void importHolidays();
    void brokenFileChangesNothing();
    void cancelChangesNothing();
    void bigFileIsReadOffTheGuiThread();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestCalendarDialogs::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("sunrelay-tst-calendar-dialogs"));
    // Day names in English, 24-hour clock.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestCalendarDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created =
        PlanDocument::create(m_dir->filePath(QStringLiteral("acme.sunrelay")), teamPlan());
    QVERIFY(created);
    m_document = std::move(created).value();
}

void TestCalendarDialogs::cleanup()
{
    m_document.reset();
    m_dir.reset();
}

void TestCalendarDialogs::exportWritesWhatTheChecksAccept_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("windowStart");
    QTest::addColumn<QString>("windowEnd");
    const int plan = int(ical::ExportScope::Plan), region = int(ical::ExportScope::Region),
              member = int(ical::ExportScope::Member);
    // Plan and region dates in the reference zone (UTC here):
    // [Mon 03-02 00:00Z, Mon 03-09 00:00Z).
    QTest::newRow("whole plan") << plan << QString() << "2026-03-02T00:00Z"
                                << "2026-03-09T00:00Z";
    QTest::newRow("region EMEA") << region << "emea"
                                 << "2026-03-02T00:00Z"
                                 << "2026-03-09T00:00Z";
    // A member's dates in their own zone: Mon 03-02 00:00 EST is 05:00Z; Mon
    // 03-09 00:00 is EDT after Sunday's change, 04:00Z.
    QTest::newRow("member Nia") << member << "nia"
                                << "2026-03-02T05:00Z"
                                << "2026-03-09T04:00Z";
}

void TestCalendarDialogs::exportWritesWhatTheChecksAccept()
{
    QFETCH(int, scope);
    QFETCH(QString, id);
    QFETCH(QString, windowStart);
    QFETCH(QString, windowEnd);
    CalendarExportDialog dialog(m_document->plan());
    dialog.setReferenceZone(TimeZone::utc());
    // As a user: pick the scope and the name in the combo boxes, type dates.
    dialog.scopeBox()->setCurrentIndex(dialog.scopeBox()->findData(scope));
    if (!id.isEmpty())
        dialog.targetBox()->setCurrentIndex(dialog.targetBox()->findData(id));
    dialog.dateRange()->fromEdit()->setDate(QDate(2026, 3, 2));
    dialog.dateRange()->toEdit()->setDate(QDate(2026, 3, 8));
    const QString chosen = m_dir->filePath(QStringLiteral("export"));
    dialog.setFilePath(chosen);
    dialog.accept();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.writtenPath(), chosen + QStringLiteral(".ics"));

    ical::ExportRequest request;
    request.scope = ical::ExportScope(scope);
    request.id = id.toStdString();
    request.window = {utc(windowStart), utc(windowEnd)};
    QCOMPARE(dialog.request().window, request.window);
    const std::string text = fileText(dialog.writtenPath()).toStdString();
    QVERIFY(QString::fromStdString(text).startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
    const Instances expected = engineInstances(m_document->plan(), request);
    QVERIFY(expected.contains(QStringLiteral("handoff")));
    QVERIFY(expected.contains(QStringLiteral("task-T1")));
    QCOMPARE(libicalInstances(text, request.window), expected);
    QString error;
    QCOMPARE(libicalFileZoneInstances(text, request.window, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray events = pythonEvents(dialog.writtenPath(), request.window, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pythonInstances(events), expected);
    QCOMPARE(pythonInstances(events, QLatin1String("named_instances")), expected);
}

void TestCalendarDialogs::exportHonoursIncludeChoices()
{
    CalendarExportDialog dialog(m_document->plan());
    dialog.setScope(ical::ExportScope::Member, "anna");
    dialog.setDates(QDate(2026, 3, 2), QDate(2026, 3, 8));
    dialog.setContents({.handoffs = false, .deepWork = true, .comms = false, .taskSegments = true});
    dialog.setFilePath(m_dir->filePath(QStringLiteral("anna.ics")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::string text = fileText(m_dir->filePath(QStringLiteral("anna.ics"))).toStdString();
    // Anna's deep work Mon-Fri 09:00-12:00 CET and T1's EMEA stretches:
    // Monday 08:00-16:30Z only (12 h: 8.5 in EMEA, 3.5 in AMER).
    const Instances read = libicalInstances(text, dialog.request().window);
    QCOMPARE(read.keys(),
             (QStringList{QStringLiteral("deepwork-anna"), QStringLiteral("task-T1")}));
    QCOMPARE(read[QStringLiteral("task-T1")],
             QStringList{QStringLiteral("2026-03-02T08:00Z/2026-03-02T16:30Z")});
    QCOMPARE(read[QStringLiteral("deepwork-anna")].size(), 5);
    QCOMPARE(read[QStringLiteral("deepwork-anna")].first(),
             QStringLiteral("2026-03-02T08:00Z/2026-03-02T11:00Z"));
}

void TestCalendarDialogs::exportAlwaysEndsInIcs()
{
    // "acme.json" exists: the calendar goes to "acme.json.ics", the JSON stays.
    const QString json = m_dir->filePath(QStringLiteral("acme.json"));
    {
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
    }
    CalendarExportDialog dialog(m_document->plan());
    dialog.setDates(QDate(2026, 3, 2), QDate(2026, 3, 3));
    dialog.setFilePath(json);
    dialog.accept();
    QCOMPARE(dialog.writtenPath(), json + QStringLiteral(".ics"));
    QCOMPARE(fileText(json), QStringLiteral("{}"));
    QVERIFY(fileText(json + QStringLiteral(".ics")).startsWith(QLatin1String("BEGIN:VCALENDAR")));
    // An .ics (any case) is kept as named.
    const QString upper = m_dir->filePath(QStringLiteral("Team.ICS"));
    dialog.setFilePath(upper);
    dialog.accept();
    QCOMPARE(dialog.writtenPath(), upper);
}

void TestCalendarDialogs::exportRefusesBadChoices()
{
    CalendarExportDialog dialog(m_document->plan());
    dialog.setFilePath(m_dir->filePath(QStringLiteral("bad.ics")));
    dialog.setDates(QDate(2026, 3, 8), QDate(2026, 3, 2));
    dialog.accept();
    QCOMPARE(dialog.errorText(),
             QStringLiteral("The last date (2026-03-02) is before the first (2026-03-08)."));
    QVERIFY(dialog.result() != QDialog::Accepted);
    dialog.setDates(QDate(2026, 3, 2), QDate(2026, 3, 8));
    dialog.setContents({false, false, false, false});
    dialog.accept();
    QCOMPARE(dialog.errorText(), QStringLiteral("Choose at least one thing to include."));
    dialog.setContents({});
    dialog.setFilePath(QString());
    dialog.accept();
    QCOMPARE(dialog.errorText(), QStringLiteral("Choose a file to export to."));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("bad.ics"))));
    // An unknown preset leaves the scope as it was.
    dialog.setScope(ical::ExportScope::Member, "nobody");
    QCOMPARE(dialog.scope(), ical::ExportScope::Plan);
}

void TestCalendarDialogs::exportSuggestsAFileName()
{
    CalendarExportDialog dialog(m_document->plan());
    dialog.setFolder(QStringLiteral("/home/ana/Documents"));
    QCOMPARE(dialog.filePath(), QStringLiteral("/home/ana/Documents/Acme.ics"));
    dialog.setScope(ical::ExportScope::Member, "nia");
    QCOMPARE(dialog.filePath(), QStringLiteral("/home/ana/Documents/Acme - Nia Brown.ics"));
    dialog.setScope(ical::ExportScope::Region, "emea");
    QCOMPARE(dialog.filePath(), QStringLiteral("/home/ana/Documents/Acme - EMEA.ics"));
    // Once the user names the file, it stays.
    QTest::keyClicks(findFileEdit(dialog), QStringLiteral("x"));
    const QString typed = dialog.filePath();
    dialog.setScope(ical::ExportScope::Plan);
    QCOMPARE(dialog.filePath(), typed);
}

void TestCalendarDialogs::handoffsCsvExport()
{
    HandoffsCsvDialog dialog(m_document.get());
    dialog.setReferenceZone(TimeZone::utc());
    dialog.setDates(QDate(2026, 3, 2), QDate(2026, 3, 2));
    dialog.setFilePath(m_dir->filePath(QStringLiteral("handoffs")));
    dialog.accept();
    QCOMPARE(dialog.writtenPath(), m_dir->filePath(QStringLiteral("handoffs.csv")));
    // Monday: EMEA 08:00-16:30Z, AMER 14:00-22:30Z. EMEA hands to AMER at
    // 16:30Z with 150 min of overlap and T1; AMER waits for EMEA from 22:30Z
    // to Tuesday 08:00Z, 570 min.
    const QStringList lines = fileText(dialog.writtenPath()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
    QVERIFY2(lines[1].startsWith(QLatin1String(
                 "EMEA,emea,AMER,amer,2026-03-02T16:30:00Z,2026-03-02T17:30+01:00 Europe/Berlin,"
                 "2026-03-02T11:30-05:00 America/New_York,overlap,150,0,")),
             qPrintable(lines[1]));
    QVERIFY2(lines[1].endsWith(QLatin1String(",T1 Write runbook,")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QLatin1String("AMER,amer,EMEA,emea,2026-03-02T22:30:00Z,")),
             qPrintable(lines[2]));
    QVERIFY2(lines[2].contains(QLatin1String(",gap,0,570,2026-03-03T08:00:00Z,")),
             qPrintable(lines[2]));
}

void TestCalendarDialogs::importPreviewShowsHandWorkedRows_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QStringList>("rows");
    // The review: Tuesdays 14:00-15:00 Berlin from 10-20, three times:
    // 12:00Z (CEST), then 13:00Z on 10-27 and 11-03 (CET after 10-25). The
    // standup: Thursday 10-22 08:30-08:45Z. (Python zoneinfo agrees.)
    QTest::newRow("Anna, Berlin: the wall clock of the file")
        << "anna"
        << QStringList{QStringLiteral("Tue 2026-10-20 | 14:00\u201315:00 | Architecture review"),
                       QStringLiteral("Thu 2026-10-22 | 10:30\u201310:45 | Standup"),
                       QStringLiteral("Tue 2026-10-27 | 14:00\u201315:00 | Architecture review"),
                       QStringLiteral("Tue 2026-11-03 | 14:00\u201315:00 | Architecture review")};
    // New York: EDT -4 until 11-01, EST -5 after: 08:00, 09:00 on 10-27 (EU
    // already changed, US not), 08:00 again on 11-03.
    QTest::newRow("Nia, New York: the mismatch week shows")
        << "nia"
        << QStringList{QStringLiteral("Tue 2026-10-20 | 08:00\u201309:00 | Architecture review"),
                       QStringLiteral("Thu 2026-10-22 | 04:30\u201304:45 | Standup"),
                       QStringLiteral("Tue 2026-10-27 | 09:00\u201310:00 | Architecture review"),
                       QStringLiteral("Tue 2026-11-03 | 08:00\u201309:00 | Architecture review")};
}

void TestCalendarDialogs::importPreviewShowsHandWorkedRows()
{
    QFETCH(QString, member);
    QFETCH(QStringList, rows);
    CalendarImportDialog dialog(m_document.get(), CalendarImportKind::BusyTime);
    dialog.setTarget(member.toStdString());
    dialog.setDates(QDate(2026, 10, 1), QDate(2026, 11, 30));
    QSignalSpy finished(&dialog, &CalendarImportDialog::readFinished);
    dialog.read(dataDir + QStringLiteral("busy-berlin.ics"));
    QVERIFY(dialog.isReading());
    QVERIFY(finished.wait(20000));
    QVERIFY(!dialog.isReading());
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(rowTexts(dialog.preview()), rows);
    const QString name = member == QLatin1String("anna") ? QStringLiteral("Anna Schmidt")
                                                         : QStringLiteral("Nia Brown");
    // Source texts: tests load no translation, and English plural forms
    // ("4 busy times") come from translations/sunrelay_en.ts.
    QCOMPARE(dialog.summaryText(),
             QStringLiteral("4 busy time(s) to import for %1. Nothing was "
                            "imported for %1 before.")
                 .arg(name));
}

void TestCalendarDialogs::importIsOneUndoStep()
{
    QUndoStack *undo = m_document->undoStack();
    const int steps = undo->count();
    {
        CalendarImportDialog dialog(m_document.get(), CalendarImportKind::BusyTime);
        dialog.setTarget("anna");
        dialog.setDates(QDate(2026, 10, 1), QDate(2026, 11, 30));
        QSignalSpy finished(&dialog, &CalendarImportDialog::readFinished);
        dialog.read(dataDir + QStringLiteral("busy-berlin.ics"));
        QVERIFY(finished.wait(20000));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Import busy time of Anna Schmidt"));
    const Member &anna = m_document->plan().members[0];
    QCOMPARE(anna.busy.size(), std::size_t(4));
    QCOMPARE(anna.busy[0].interval,
             (Interval{utc(QStringLiteral("2026-10-20T12:00Z")),
                       utc(QStringLiteral("2026-10-20T13:00Z"))}));
    QCOMPARE(anna.busy[3].interval,
             (Interval{utc(QStringLiteral("2026-11-03T13:00Z")),
                       utc(QStringLiteral("2026-11-03T14:00Z"))}));

    // Again, over a shorter range: the preview says what it replaces.
    CalendarImportDialog again(m_document.get(), CalendarImportKind::BusyTime);
    again.setTarget("anna");
    again.setDates(QDate(2026, 10, 1), QDate(2026, 10, 25));
    QSignalSpy finished(&again, &CalendarImportDialog::readFinished);
    again.read(dataDir + QStringLiteral("busy-berlin.ics"));
    QVERIFY(finished.wait(20000));
    QCOMPARE(again.summaryText(),
             QStringLiteral("2 busy time(s) to import for Anna Schmidt. "
                            "Replaces 4 busy time(s) from the last import."));
    again.accept();
    QCOMPARE(m_document->plan().members[0].busy.size(), std::size_t(2));
    QCOMPARE(undo->count(), steps + 2);
    undo->undo();
    QCOMPARE(m_document->plan().members[0].busy.size(), std::size_t(4));
    undo->undo();
    QVERIFY(m_document->plan().members[0].busy.empty());
}

void TestCalendarDialogs::importHolidays()
{
    CalendarImportDialog dialog(m_document.get(), CalendarImportKind::Holidays);
    dialog.setTarget("emea");
    dialog.setDates(QDate(2026, 12, 1), QDate(2027, 12, 31));
    QSignalSpy finished(&dialog, &CalendarImportDialog::readFinished);
    dialog.read(dataDir + QStringLiteral("holidays.ics"));
    QVERIFY(finished.wait(20000));
    // 2026-12-25 is a Friday (1 January 2026 is a Thursday, 358 days
    // before); 2027-12-25 a Saturday (2027 starts on a Friday).
    QCOMPARE(rowTexts(dialog.preview()),
             (QStringList{QStringLiteral("Fri 2026-12-25 | Christmas Day"),
                          QStringLiteral("Sat 2026-12-26 | St Stephen's Day"),
                          QStringLiteral("Sat 2027-12-25 | Christmas Day")}));
    QCOMPARE(
        dialog.summaryText(),
        QStringLiteral("3 holiday(s) to import for EMEA. Nothing was imported for EMEA before."));
    dialog.accept();
    QCOMPARE(m_document->plan().regions[0].holidays.size(), std::size_t(3));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Import holidays of EMEA"));
}

void TestCalendarDialogs::brokenFileChangesNothing()
{
    const int steps = m_document->undoStack()->count();
    CalendarImportDialog dialog(m_document.get(), CalendarImportKind::BusyTime);
    dialog.setTarget("anna");
    QSignalSpy finished(&dialog, &CalendarImportDialog::readFinished);
    dialog.read(dataDir + QStringLiteral("broken.ics"));
    QVERIFY(finished.wait(20000));
    // The file's name and what is wrong in it.
    const QString error = dialog.errorText();
    QVERIFY2(error.startsWith(QLatin1String("broken.ics: ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("broken@example.com")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("DTSTART")), qPrintable(error));
    QCOMPARE(dialog.summaryText(), QStringLiteral("Nothing will change."));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(m_document->undoStack()->count(), steps);
    QVERIFY(m_document->plan().members[0].busy.empty());

    // A file that is not there: named too.
    dialog.read(m_dir->filePath(QStringLiteral("missing.ics")));
    QVERIFY(finished.wait(20000));
    QVERIFY2(dialog.errorText().startsWith(QLatin1String("Cannot read missing.ics: ")),
             qPrintable(dialog.errorText()));
}

void TestCalendarDialogs::cancelChangesNothing()
{
    const int steps = m_document->undoStack()->count();
    {
        // Cancel while reading: the read's end finds no dialog to change.
        CalendarImportDialog dialog(m_document.get(), CalendarImportKind::BusyTime);
        dialog.setTarget("anna");
        dialog.read(dataDir + QStringLiteral("busy-berlin.ics"));
        QVERIFY(dialog.isReading());
        dialog.reject();
    }
    {
        // Cancel after the preview.
        CalendarImportDialog dialog(m_document.get(), CalendarImportKind::BusyTime);
        dialog.setTarget("anna");
        dialog.setDates(QDate(2026, 10, 1), QDate(2026, 11, 30));
        QSignalSpy finished(&dialog, &CalendarImportDialog::readFinished);
        dialog.read(dataDir + QStringLiteral("busy-berlin.ics"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog.preview()->topLevelItemCount(), 4);
        dialog.reject();
    }
    QTest::qWait(50);
    QCOMPARE(m_document->undoStack()->count(), steps);
    QVERIFY(m_document->plan().members[0].busy.empty());
}

void TestCalendarDialogs::bigFileIsReadOffTheGuiThread()
{
    // 20,000 half-hour meetings, one every 30 minutes from 2026-01-05 on
    // (about 4 MB): the window keeps handling events while lib/ical reads.
    const QString path = m_dir->filePath(QStringLiteral("big.ics"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sunrelay tests//EN\r\n";
        const Instant first = utc(QStringLiteral("2026-01-05T00:00Z"));
        for (int i = 0; i < 20000; ++i) {
            const Instant start = first + Minutes{30} * i;
            text += "BEGIN:VEVENT\r\nUID:m" + QByteArray::number(i)
                + "@example.com\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:"
                + QByteArray::fromStdString(date::format("%Y%m%dT%H%M%SZ", start)) + "\r\nDTEND:"
                + QByteArray::fromStdString(date::format("%Y%m%dT%H%M%SZ", start + Minutes{30}))
                + "\r\nSUMMARY:Meeting " + QByteArray::number(i) + "\r\nEND:VEVENT\r\n";
        }
        text += "END:VCALENDAR\r\n";
        QVERIFY(file.write(text) == text.size());
    }
    CalendarImportDialog dialog(m_document.get(), CalendarImportKind::BusyTime);
    dialog.setTarget("anna");
    dialog.setDates(QDate(2026, 1, 1), QDate(2027, 12, 31));
    QSignalSpy finished(&dialog, &CalendarImportDialog::readFinished);
    int ticksWhileReading = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        if (dialog.isReading())
            ++ticksWhileReading;
    });
    tick.start(0);
    QElapsedTimer clock;
    clock.start();
    dialog.read(path);
    QVERIFY(finished.wait(120000));
    qInfo("20,000 events read and previewed in %lld ms (this build)", clock.elapsed());
    QVERIFY2(ticksWhileReading > 0, "the GUI thread was blocked while reading");
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.preview()->topLevelItemCount(), 20000);
    QVERIFY(dialog.summaryText().startsWith(QLatin1String("20000 busy time(s) to import")));
}

QTEST_MAIN(TestCalendarDialogs)
#include "tst_calendar_dialogs.moc"
