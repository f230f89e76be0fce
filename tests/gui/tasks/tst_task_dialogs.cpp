// The task dialogs (gui/tasks/task_dialog.h, place_task_dialog.h) and the
// words they share (task_text.h): each bad field is named and keeps OK
// disabled; new tasks get the next free "T-<n>"; Place at… reads a local
// time by DESIGN.md's DST rule across Berlin's 2026 changes. Expected
// instants are worked by hand in the comments.

#include "gui/tasks/dialog_parts.h"
#include "gui/tasks/place_task_dialog.h"
#include "gui/tasks/task_dialog.h"
#include "gui/tasks/task_text.h"

#include "task_test_plan.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

#include <limits>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::utc;
using sunrelay::tasktest::taskPlan;

namespace
{

template<typename T>
T *byName(QWidget *parent, const QString &name)
{
    for (T *child : parent->findChildren<T *>())
        if (child->accessibleName() == name)
            return child;
    return nullptr;
}

QString problem(QWidget *dialog, const QString &name)
{
    auto *field = byName<FieldProblem>(dialog, name);
    return field ? field->text() : QStringLiteral("<no %1>").arg(name);
}

bool okEnabled(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    return buttons && buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

TimeZone zone(const char *name)
{
    return TimeZone::find(name).value();
}

Plan planWithIds(const std::vector<std::string> &ids)
{
    Plan plan;
    for (const std::string &id : ids) {
        Task task;
        task.id = id;
        task.title = "x";
        task.effortHours = 1;
        plan.tasks.push_back(task);
    }
    return plan;
}

} // namespace

class TestTaskDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nextTaskId_data();
    void nextTaskId();
    void effortText_data();
    void effortText();
    void titleIsRequired();
    void effortIsValidated_data();
    void effortIsValidated();
    void priorityBounds();
    void editKeepsPlacementAndReadsTheFields();
    void deadlineInAnotherZoneAcrossFallBack();
    void unknownZoneIsNamed();
    void placeAtAcrossDst_data();
    void placeAtAcrossDst();
    void placeAtPrefillsThePlacement();
    void placeStepText();
};

void TestTaskDialogs::initTestCase()
{
    // Day and month names in texts are English, numbers written 1,000.5.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestTaskDialogs::nextTaskId_data()
{
    QTest::addColumn<std::vector<std::string>>("ids");
    QTest::addColumn<QString>("next");
    QTest::newRow("no tasks") << std::vector<std::string>{} << QStringLiteral("T-1");
    // 1 + the largest suffix: 10, not the last in the list nor the longest string.
    QTest::newRow("largest numeric suffix")
        << std::vector<std::string>{"T-2", "T-10", "T-9"} << QStringLiteral("T-11");
    // "T-x" and "migration" are no "T-<digits>"; "T-007" counts as 7.
    QTest::newRow("other ids do not count")
        << std::vector<std::string>{"T-x", "migration", "T-007", "T-"} << QStringLiteral("T-8");
    QTest::newRow("only other ids")
        << std::vector<std::string>{"alpha", "T-1a"} << QStringLiteral("T-1");
    QTest::newRow("carry") << std::vector<std::string>{"T-99"} << QStringLiteral("T-100");
    // Longer than any integer type: decimal addition on the digits.
    QTest::newRow("beyond 64 bits") << std::vector<std::string>{"T-99999999999999999999"}
                                    << QStringLiteral("T-100000000000000000000");
}

void TestTaskDialogs::nextTaskId()
{
    QFETCH(std::vector<std::string>, ids);
    QFETCH(QString, next);
    QCOMPARE(QString::fromStdString(gui::nextTaskId(planWithIds(ids))), next);
}

void TestTaskDialogs::effortText_data()
{
    QTest::addColumn<double>("hours");
    QTest::addColumn<QString>("text");
    QTest::newRow("30 h, no days") << 30.0 << QStringLiteral("30 h");
    QTest::newRow("1.5 h") << 1.5 << QStringLiteral("1 h 30 min");
    QTest::newRow("0.75 h") << 0.75 << QStringLiteral("45 min");
    QTest::newRow("one minute") << 1.0 / 60 << QStringLiteral("1 min");
    // 1.2345 h = 4444.2 s = 74.07 min: 1 h 14 min.
    QTest::newRow("rounded to the minute") << 1.2345 << QStringLiteral("1 h 14 min");
}

void TestTaskDialogs::effortText()
{
    QFETCH(double, hours);
    QFETCH(QString, text);
    QCOMPARE(gui::effortText(hours), text);
}

void TestTaskDialogs::titleIsRequired()
{
    const Plan plan = taskPlan();
    TaskDialog dialog(plan, TaskDialog::newTask(plan), TimeZone::utc(), ClockStyle::TwentyFourHour);
    // The next free id after T-10.
    QCOMPARE(dialog.task().id, std::string("T-11"));
    QVERIFY(!okEnabled(&dialog));
    QVERIFY(!problem(&dialog, QStringLiteral("Title problem")).isEmpty());
    QVERIFY(!problem(&dialog, QStringLiteral("Effort problem")).isEmpty()); // no effort yet

    auto *title = byName<QLineEdit>(&dialog, QStringLiteral("Title"));
    auto *effort = byName<QLineEdit>(&dialog, QStringLiteral("Effort in hours"));
    QTest::keyClicks(effort, QStringLiteral("2.5"));
    QVERIFY(problem(&dialog, QStringLiteral("Effort problem")).isEmpty());
    QVERIFY(!okEnabled(&dialog)); // still no title
    QTest::keyClicks(title, QStringLiteral("   "));
    QVERIFY(!problem(&dialog, QStringLiteral("Title problem")).isEmpty()); // blanks are no title
    QTest::keyClicks(title, QStringLiteral("Draft the drill "));
    QVERIFY(problem(&dialog, QStringLiteral("Title problem")).isEmpty());
    QVERIFY(okEnabled(&dialog));
    const Task task = dialog.task();
    QCOMPARE(task.title, std::string("Draft the drill"));
    QCOMPARE(task.effortHours, 2.5);
    QVERIFY(!task.isPlaced());
    QVERIFY(!task.deadline);
}

void TestTaskDialogs::effortIsValidated_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("0") << QStringLiteral("0") << false;
    // 0.001 h = 3.6 s, under the one minute a task needs.
    QTest::newRow("0.001") << QStringLiteral("0.001") << false;
    QTest::newRow("negative") << QStringLiteral("-2") << false;
    QTest::newRow("not a number") << QStringLiteral("abc") << false;
    QTest::newRow("NaN") << QStringLiteral("nan") << false;
    QTest::newRow("infinity") << QStringLiteral("inf") << false;
    QTest::newRow("over 100000") << QStringLiteral("100000.5") << false;
    QTest::newRow("100000 exactly") << QStringLiteral("100000") << true;
    // 0.02 h = 72 s: more than a minute.
    QTest::newRow("0.02") << QStringLiteral("0.02") << true;
    QTest::newRow("with a group separator") << QStringLiteral("1,000") << true;
    QTest::newRow("1.5") << QStringLiteral("1.5") << true;
}

void TestTaskDialogs::effortIsValidated()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    Plan plan = taskPlan();
    TaskDialog dialog(plan, plan.tasks[1], TimeZone::utc(), ClockStyle::TwentyFourHour);
    QVERIFY(okEnabled(&dialog)); // T-2 as it is
    auto *effort = byName<QLineEdit>(&dialog, QStringLiteral("Effort in hours"));
    effort->clear();
    QTest::keyClicks(effort, typed);
    QCOMPARE(okEnabled(&dialog), valid);
    const QString message = problem(&dialog, QStringLiteral("Effort problem"));
    QCOMPARE(message.isEmpty(), valid);
    if (!valid && !typed.isEmpty()) {
        // It names what was typed and both limits.
        QVERIFY2(message.contains(typed), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("1 min")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("100,000")), qPrintable(message));
    }
}

void TestTaskDialogs::priorityBounds()
{
    // The plan file takes priorities from 1 (the highest) up to the largest int.
    Plan plan = taskPlan();
    TaskDialog dialog(plan, plan.tasks[1], TimeZone::utc(), ClockStyle::TwentyFourHour);
    auto *priority = byName<QSpinBox>(&dialog, QStringLiteral("Priority"));
    QVERIFY(priority);
    QCOMPARE(priority->value(), 2);
    QCOMPARE(priority->minimum(), 1);
    QCOMPARE(priority->maximum(), std::numeric_limits<int>::max());
    priority->setValue(0);
    QCOMPARE(dialog.task().priority, 1);
    priority->selectAll();
    QTest::keyClicks(priority, QStringLiteral("12"));
    QCOMPARE(dialog.task().priority, 12);
    QVERIFY(okEnabled(&dialog));
}

void TestTaskDialogs::editKeepsPlacementAndReadsTheFields()
{
    Plan plan = taskPlan();
    const Task before = plan.tasks[0];
    TaskDialog dialog(plan, before, TimeZone::utc(), ClockStyle::TwentyFourHour);
    // Untouched, the dialog gives the task back unchanged.
    QCOMPARE(dialog.task(), before);
    auto *notes = byName<QPlainTextEdit>(&dialog, QStringLiteral("Notes"));
    notes->setPlainText(QStringLiteral("line one\nline two"));
    auto *hasDeadline = byName<QCheckBox>(&dialog, QStringLiteral("Has a deadline"));
    QVERIFY(hasDeadline->isChecked());
    hasDeadline->setChecked(false);
    const Task after = dialog.task();
    QCOMPARE(after.notes, std::string("line one\nline two"));
    QVERIFY(!after.deadline);
    QCOMPARE(after.start, before.start); // placing is Place at…'s job
    QCOMPARE(after.region, before.region);
    QCOMPARE(after.id, before.id);
}

void TestTaskDialogs::deadlineInAnotherZoneAcrossFallBack()
{
    Plan plan = taskPlan();
    TaskDialog dialog(plan, plan.tasks[1], TimeZone::utc(), ClockStyle::TwentyFourHour);
    byName<QCheckBox>(&dialog, QStringLiteral("Has a deadline"))->setChecked(true);
    // The reference zone is offered first.
    auto *zoneBox = byName<ZoneCombo>(&dialog, QStringLiteral("Deadline time zone"));
    QCOMPARE(zoneBox->currentText(), QStringLiteral("UTC"));
    zoneBox->setEditText(QStringLiteral("Europe/Berlin"));
    byName<QDateEdit>(&dialog, QStringLiteral("Deadline date"))->setDate(QDate(2026, 10, 25));
    byName<QTimeEdit>(&dialog, QStringLiteral("Deadline time"))->setTime(QTime(2, 30));
    // Sun 25 Oct 2026, Berlin: 03:00 CEST -> 02:00 CET, so 02:30 happens
    // twice; the first is CEST (+2): 02:30 - 2 h = 00:30Z.
    QVERIFY(okEnabled(&dialog));
    QCOMPARE(dialog.task().deadline, std::optional<Instant>(utc(2026, 10, 25, 0, 30)));
    auto *note = byName<QLabel>(&dialog, QStringLiteral("Deadline note"));
    QCOMPARE(note->text(),
             QStringLiteral("02:30 happens twice on Sun 25 Oct 2026 in Berlin: "
                            "the deadline is at the first, 02:30 CEST (00:30 UTC)."));
}

void TestTaskDialogs::unknownZoneIsNamed()
{
    Plan plan = taskPlan();
    PlaceTaskDialog dialog(plan, plan.tasks[2], TimeZone::utc(), ClockStyle::TwentyFourHour);
    QVERIFY(okEnabled(&dialog));
    auto *zoneBox = byName<ZoneCombo>(&dialog, QStringLiteral("Time zone of the start"));
    zoneBox->setEditText(QStringLiteral("Europe/Berlim"));
    QVERIFY(!okEnabled(&dialog));
    QVERIFY(!dialog.start());
    const QString message = problem(&dialog, QStringLiteral("Time zone problem"));
    QVERIFY2(message.contains(QStringLiteral("“Europe/Berlim”")), qPrintable(message));
    zoneBox->setEditText(QStringLiteral("Asia/Calcutta")); // a link is a zone too
    QVERIFY(okEnabled(&dialog));
}

void TestTaskDialogs::placeAtAcrossDst_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<Instant>("start");
    QTest::addColumn<QString>("note");
    // Sun 29 Mar 2026, Berlin: clocks go 02:00 CET -> 03:00 CEST. 02:30 does
    // not exist; read with the offset before the gap (CET, +1): 01:30Z,
    // which the wall clock shows as 03:30 CEST.
    QTest::newRow("spring-forward gap")
        << QDate(2026, 3, 29) << QTime(2, 30) << utc(2026, 3, 29, 1, 30)
        << QStringLiteral(
               "02:30 does not exist on Sun 29 Mar 2026 in Berlin: the task starts "
               "at 03:30.");
    // Sun 25 Oct 2026, Berlin: 03:00 CEST -> 02:00 CET. 02:30 happens twice;
    // the first is CEST (+2): 00:30Z.
    QTest::newRow("fall-back overlap")
        << QDate(2026, 10, 25) << QTime(2, 30) << utc(2026, 10, 25, 0, 30)
        << QStringLiteral(
               "02:30 happens twice on Sun 25 Oct 2026 in Berlin: the task starts at "
               "the first, 02:30 CEST (00:30 UTC).");
    // The day after the change, 09:00 CEST (+2) = 07:00Z; nothing to say.
    QTest::newRow("ordinary summer time")
        << QDate(2026, 3, 30) << QTime(9, 0) << utc(2026, 3, 30, 7) << QString();
    // 01:59 before the gap is still CET (+1): 00:59Z.
    QTest::newRow("just before the gap")
        << QDate(2026, 3, 29) << QTime(1, 59) << utc(2026, 3, 29, 0, 59) << QString();
}

void TestTaskDialogs::placeAtAcrossDst()
{
    QFETCH(QDate, day);
    QFETCH(QTime, time);
    QFETCH(Instant, start);
    QFETCH(QString, note);
    Plan plan = taskPlan();
    PlaceTaskDialog dialog(plan, plan.tasks[2], TimeZone::utc(), ClockStyle::TwentyFourHour);
    byName<ZoneCombo>(&dialog, QStringLiteral("Time zone of the start"))
        ->setEditText(QStringLiteral("Europe/Berlin"));
    byName<QDateEdit>(&dialog, QStringLiteral("Start date"))->setDate(day);
    byName<QTimeEdit>(&dialog, QStringLiteral("Start time"))->setTime(time);
    QVERIFY(okEnabled(&dialog));
    QCOMPARE(dialog.regionId(), std::string("emea"));
    QCOMPARE(dialog.start(), std::optional<Instant>(start));
    QCOMPARE(dialog.note(), note);
}

void TestTaskDialogs::placeAtPrefillsThePlacement()
{
    Plan plan = taskPlan();
    // T-1 starts Mon 9 Mar 09:00Z = 10:00 CET in Berlin (+1 in March before
    // the 29th).
    PlaceTaskDialog dialog(plan, plan.tasks[0], zone("Europe/Berlin"), ClockStyle::TwentyFourHour);
    QCOMPARE(byName<QComboBox>(&dialog, QStringLiteral("Region"))->currentText(),
             QStringLiteral("EMEA"));
    QCOMPARE(byName<QDateEdit>(&dialog, QStringLiteral("Start date"))->date(), QDate(2026, 3, 9));
    QCOMPARE(byName<QTimeEdit>(&dialog, QStringLiteral("Start time"))->time(), QTime(10, 0));
    QCOMPARE(byName<ZoneCombo>(&dialog, QStringLiteral("Time zone of the start"))->currentText(),
             QStringLiteral("Europe/Berlin"));
    QCOMPARE(dialog.start(), plan.tasks[0].start);
}

void TestTaskDialogs::placeStepText()
{
    const Plan plan = taskPlan();
    // Tue 10 Mar 2026 09:00Z; in New York (EDT since 8 Mar, -4) 05:00.
    QCOMPARE(gui::placeStepText(plan,
                                plan.tasks[2],
                                "emea",
                                utc(2026, 3, 10, 9),
                                TimeZone::utc(),
                                ClockStyle::TwentyFourHour),
             QStringLiteral("Place T-10 in EMEA at Tue 09:00"));
    QCOMPARE(gui::placeStepText(plan,
                                plan.tasks[2],
                                "emea",
                                utc(2026, 3, 10, 9),
                                zone("America/New_York"),
                                ClockStyle::TwelveHour),
             QStringLiteral("Place T-10 in EMEA at Tue 5:00 AM"));
    // A placed task moves.
    QCOMPARE(gui::placeStepText(plan,
                                plan.tasks[0],
                                "emea",
                                utc(2026, 3, 11, 14),
                                TimeZone::utc(),
                                ClockStyle::TwentyFourHour),
             QStringLiteral("Move T-1 to EMEA at Wed 14:00"));
}

QTEST_MAIN(TestTaskDialogs)
#include "tst_task_dialogs.moc"
