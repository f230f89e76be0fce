// The Task details panel (gui/tasks/task_details_panel.h) and the route in
// words (gui/tasks/route_text.h) on a route that crosses Europe's DST end.
//
// The plan, worked by hand:
//   EMEA: Anna Schmidt, Europe/Berlin; AMER: Nia Johnson, America/New_York;
//   both Mon-Fri 09:00-17:00 local, no deep work, no comms windows.
//   Berlin is CEST (UTC+2) until Sun 25 Oct 2026 01:00Z, then CET (UTC+1);
//   New York is EDT (UTC-4) until Sun 1 Nov 2026.
//   T-1 "Cut the release", 20 h, placed in EMEA Fri 23 Oct 07:00Z (09:00
//   Berlin), deadline Mon 26 Oct 12:00Z.
// Route:
//   Anna  Fri 07:00-15:00Z = 09:00-17:00 Berlin             8 h
//   EMEA stops 15:00Z; AMER (Nia from 13:00Z) overlapped it 2 h: handoff
//   EMEA -> AMER at 15:00Z; sync slot: the earliest 15 min of the overlap,
//   13:00-13:15Z = 15:00-15:15 Berlin = 09:00-09:15 New York.
//   Nia   Fri 15:00-21:00Z = 11:00-17:00 New York            6 h (14)
//   AMER stops 21:00Z, nobody covers: gap handoff to EMEA, first back Mon 26
//   Oct 09:00 CET = 08:00Z; waits 59 h = 2 d 11 h; no sync slot.
//   Anna  Mon 08:00-14:00Z = 09:00-15:00 Berlin             6 h (20)
//   Finish Mon 26 Oct 14:00Z: 2 h after the deadline.
//   EMEA alone: Fri 8 h, Mon 08:00-16:00Z 8 h, Tue 27 Oct 08:00-12:00Z 4 h:
//   Tue 12:00Z, 22 h later than follow-the-sun.

#include "gui/document/plan_document.h"
#include "gui/tasks/route_text.h"
#include "gui/tasks/task_details_panel.h"

#include "sunrelay/exchange/plan_json.h"

#include "../gui_test_support.h"

#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sunrelay;
using namespace sunrelay::gui;
using guitest::clock;
using guitest::utc;

namespace
{

Plan dstPlan()
{
    Plan plan;
    plan.name = "DST";
    plan.regions = {Region{"emea", "EMEA", "#E69F00"}, Region{"amer", "AMER", "#009E73"}};
    const auto member = [](std::string id, std::string name, std::string region, const char *zone) {
        Member m;
        m.id = std::move(id);
        m.name = std::move(name);
        m.region = std::move(region);
        m.zone = *TimeZone::find(zone);
        m.work = WeeklyPattern{{WeeklyRange{Weekdays::workdays(), clock(9), clock(17)}}};
        return m;
    };
    plan.members = {member("anna", "Anna Schmidt", "emea", "Europe/Berlin"),
                    member("nia", "Nia Johnson", "amer", "America/New_York")};
    Task task;
    task.id = "T-1";
    task.title = "Cut the release";
    task.effortHours = 20;
    task.priority = 1;
    task.start = utc(2026, 10, 23, 7);
    task.region = "emea";
    task.deadline = utc(2026, 10, 26, 12);
    plan.tasks = {task};
    return plan;
}

} // namespace

class TestTaskDetails : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto created =
            PlanDocument::create(m_dir->filePath(QStringLiteral("dst.sunrelay")), dstPlan());
        QVERIFY(created);
        m_document = std::move(created).value();
    }
    void cleanup()
    {
        m_document.reset();
        m_dir.reset();
    }

    void routeIsTheHandWorkedOne()
    {
        const TaskRoute *route = m_document->routeOf("T-1");
        QVERIFY(route);
        QCOMPARE(route->segments.size(), std::size_t(3));
        QCOMPARE(route->segments[0].interval,
                 (Interval{utc(2026, 10, 23, 7), utc(2026, 10, 23, 15)}));
        QCOMPARE(route->segments[1].interval,
                 (Interval{utc(2026, 10, 23, 15), utc(2026, 10, 23, 21)}));
        QCOMPARE(route->segments[2].interval,
                 (Interval{utc(2026, 10, 26, 8), utc(2026, 10, 26, 14)}));
        QCOMPARE(route->finish, std::optional<Instant>(utc(2026, 10, 26, 14)));
        QCOMPARE(route->singleRegionFinish, std::optional<Instant>(utc(2026, 10, 27, 12)));
    }

    void stretchesInEachMembersZoneAndTheReference()
    {
        const Plan &plan = m_document->plan();
        const TaskRoute &route = *m_document->routeOf("T-1");
        const TimeZone utcZone = TimeZone::utc();
        const auto style = ClockStyle::TwentyFourHour;
        QCOMPARE(segmentText(plan, route.segments[0], utcZone, style),
                 QStringLiteral("Anna Schmidt · Fri 23 Oct 09:00–17:00 Berlin · 07:00–15:00 UTC"));
        QCOMPARE(segmentText(plan, route.segments[1], utcZone, style),
                 QStringLiteral("Nia Johnson · Fri 23 Oct 11:00–17:00 New York · 15:00–21:00 UTC"));
        // After the change Berlin is an hour nearer UTC.
        QCOMPARE(segmentText(plan, route.segments[2], utcZone, style),
                 QStringLiteral("Anna Schmidt · Mon 26 Oct 09:00–15:00 Berlin · 08:00–14:00 UTC"));
        // New York as the reference, 12-hour clock: Mon 08:00Z is 4:00 AM EDT.
        QCOMPARE(segmentText(plan,
                             route.segments[2],
                             *TimeZone::find("America/New_York"),
                             ClockStyle::TwelveHour),
                 QStringLiteral("Anna Schmidt · Mon 26 Oct 9:00 AM–3:00 PM Berlin · "
                                "4:00 AM–10:00 AM New York"));
    }

    void handoffsWithBothSidesAndTheSyncSlot()
    {
        const Plan &plan = m_document->plan();
        const TaskRoute &route = *m_document->routeOf("T-1");
        const auto &handoffs = m_document->routeHandoffs();
        QCOMPARE(route.handoffs.size(), std::size_t(2));
        const TimeZone utcZone = TimeZone::utc();
        QCOMPARE(
            routeHandoffText(plan,
                             route,
                             0,
                             regionHandoff(handoffs, route.handoffs[0]),
                             utcZone,
                             ClockStyle::TwentyFourHour),
            QStringLiteral("EMEA → AMER · Fri 23 Oct, 15:00 UTC\n"
                           "Anna Schmidt stops 17:00 Berlin; Nia Johnson picks up 11:00 New York\n"
                           "Sync slot 15:00–15:15 Berlin · 09:00–09:15 New York"));
        QCOMPARE(
            routeHandoffText(plan,
                             route,
                             1,
                             regionHandoff(handoffs, route.handoffs[1]),
                             utcZone,
                             ClockStyle::TwentyFourHour),
            QStringLiteral("AMER → EMEA · Fri 23 Oct, 21:00 UTC\n"
                           "Nia Johnson stops 17:00 New York; Anna Schmidt picks up Mon 26 Oct "
                           "09:00 Berlin (waits 2 d 11 h)\n"
                           "Async only: no time both sides can meet; leave a written note"));
    }

    void finishAgainstTheRegionAlone()
    {
        const TaskRoute &route = *m_document->routeOf("T-1");
        QCOMPARE(
            finishText(m_document->plan(),
                       route,
                       m_document->routes().horizon,
                       TimeZone::utc(),
                       ClockStyle::TwentyFourHour),
            QStringLiteral("Finishes Mon 26 Oct, 14:00 UTC: follow-the-sun finishes 22 h sooner "
                           "than EMEA alone (Tue 27 Oct, 12:00 UTC)."));
    }

    void panelShowsTheSelectedTask()
    {
        TaskDetailsPanel panel(m_document.get());
        QVERIFY(panel.lines().join(u'\n').contains(QStringLiteral("Select a task")));
        panel.showTask("T-1");
        const QStringList lines = panel.lines();
        QCOMPARE(lines.front(), QStringLiteral("T-1 · Cut the release"));
        // Effort, priority and deadline (12:00Z, in the panel's UTC) in one line.
        QCOMPARE(lines.at(1),
                 QStringLiteral("20 h of work · priority 1 · deadline Mon 26 Oct, 12:00 UTC"));
        QVERIFY(lines.contains(QStringLiteral("Misses its deadline by 2 h.")));
        // Stretches and handoffs in the order they happen.
        const auto at = [&](const QString &start) {
            for (qsizetype i = 0; i < lines.size(); ++i)
                if (lines[i].startsWith(start))
                    return i;
            return qsizetype(-1);
        };
        const qsizetype first = at(QStringLiteral("Anna Schmidt · Fri"));
        const qsizetype toAmer = at(QStringLiteral("EMEA → AMER"));
        const qsizetype nia = at(QStringLiteral("Nia Johnson · Fri"));
        const qsizetype toEmea = at(QStringLiteral("AMER → EMEA"));
        const qsizetype last = at(QStringLiteral("Anna Schmidt · Mon"));
        QVERIFY(first >= 0);
        QVERIFY(first < toAmer && toAmer < nia && nia < toEmea && toEmea < last);
        // An edit shows at once: a day later it starts Monday.
        m_document->placeTask("T-1", "emea", utc(2026, 10, 26, 8), QStringLiteral("Move"));
        QVERIFY(panel.lines().contains(
            QStringLiteral("Anna Schmidt · Mon 26 Oct 09:00–17:00 Berlin · 08:00–16:00 UTC")));
        panel.showTask({});
        QVERIFY(panel.lines().join(u'\n').contains(QStringLiteral("Select a task")));
    }

    void handoffNotesAreEditedAndKept()
    {
        auto owned = std::make_unique<TaskDetailsPanel>(m_document.get());
        TaskDetailsPanel &panel = *owned;
        // Wired as the main window wires it.
        PlanDocument *document = m_document.get();
        connect(&panel,
                &TaskDetailsPanel::handoffNoteEdited,
                document,
                [document](const std::string &id, int number, const QString &text) {
                    Task task = document->plan().tasks.front();
                    QCOMPARE(task.id, id);
                    setHandoffNote(task, number, text.toStdString());
                    document->changeTask(task, QStringLiteral("Edit note"));
                });
        panel.show();
        panel.showTask("T-1");
        QPlainTextEdit *second = panel.noteEditor(2);
        QVERIFY(second);
        QVERIFY(panel.noteEditor(3) == nullptr); // two handoffs
        // Focused empty, it offers the template; left untouched, no note.
        second->setFocus();
        QTRY_VERIFY(second->hasFocus());
        QCOMPARE(second->toPlainText(), TaskDetailsPanel::noteTemplate());
        second->clearFocus();
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY(m_document->plan().tasks.front().handoffNotes.empty());

        const QString note = QStringLiteral(
            "Done: cut 4.2.0\nNext: smoke test in staging\n"
            "Blockers: none\nLinks: https://ci.example/4.2.0");
        second = panel.noteEditor(2);
        second->setFocus();
        QTRY_VERIFY(second->hasFocus());
        second->setPlainText(note);
        second->clearFocus();
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(handoffNote(m_document->plan().tasks.front(), 2), note.toStdString());
        QCOMPARE(handoffNote(m_document->plan().tasks.front(), 1), std::string_view());
        // The panel shows it again after the edit rebuilt it.
        QTRY_VERIFY(panel.noteEditor(2));
        QCOMPARE(panel.noteEditor(2)->toPlainText(), note);

        // Through the plan file: reopened, the note is there.
        const QString path = m_document->filePath();
        owned.reset();
        m_document.reset();
        auto reopened = PlanDocument::open(path, store::OpenMode::ReadOnly);
        QVERIFY(reopened);
        QCOMPARE(handoffNote(reopened.value()->plan().tasks.front(), 2), note.toStdString());
        // Through plan JSON: written and read back, the note is there.
        const std::string json = exchange::writePlanJson(reopened.value()->plan());
        QVERIFY(json.find("\"handoffNotes\"") != std::string::npos);
        const auto read = exchange::readPlanJson(json);
        QVERIFY(read);
        QCOMPARE(handoffNote(read.value().tasks.front(), 2), note.toStdString());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

QTEST_MAIN(TestTaskDetails)
#include "tst_task_details.moc"
