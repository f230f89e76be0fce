// Plan limits (plan_limits.h), the whole-plan checks built on them
// (plan_validity.h) and portable zone names (time_zone.h). Day counts and
// epoch days are worked out by hand and with Python's datetime.

#include "plan_builder.h"

#include "sunrelay/core/plan_limits.h"
#include "sunrelay/core/plan_validity.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

class TestPlanLimits : public QObject
{
    Q_OBJECT

private slots:
    void planDates();
    void reportWindow();
    void counts();
    void planProblems();
    void problemsNameTheirPlace();
    void entityChecksMatchThePlanCheck();
    void portableZoneNames_data();
    void portableZoneNames();
};

void TestPlanLimits::planDates()
{
    // 1900-01-01 is day -25567 of the Unix epoch, 2199-12-31 day 84005.
    QCOMPARE(earliestPlanDate, day("1900-01-01"));
    QCOMPARE(latestPlanDate, day("2199-12-31"));
    QCOMPARE(earliestPlanInstant, utc("1900-01-01T00:00:00Z"));
    QCOMPARE(latestPlanInstant, utc("2200-01-01T00:00:00Z"));
    QVERIFY(isPlanDate(day("1900-01-01")));
    QVERIFY(!isPlanDate(day("1899-12-31")));
    QVERIFY(isPlanDate(day("2199-12-31")));
    QVERIFY(!isPlanDate(day("2200-01-01")));
    QVERIFY(!isPlanDate(LocalDate{date::year{1} / 1 / 1}));
    QVERIFY(!isPlanDate(LocalDate{date::year{9999} / 12 / 31}));
    QVERIFY(isPlanInstant(utc("2200-01-01T00:00:00Z")));
    QVERIFY(!isPlanInstant(utc("2200-01-01T00:00:01Z")));
    QVERIFY(!isPlanInstant(utc("1899-12-31T23:59:59Z")));
    QCOMPARE(planDateRangeRule(), std::string("dates must lie between 1900-01-01 and 2199-12-31"));
}

void TestPlanLimits::reportWindow()
{
    QCOMPARE(checkReportWindow(day("2026-01-01"), day("2026-12-31")), std::nullopt);
    QCOMPARE(checkReportWindow(day("2026-03-09"), day("2026-03-09")), std::nullopt);
    // 2026-01-01 .. 2029-01-02 is 1098 days (365 + 365 + 366 + 2): the limit.
    QCOMPARE(checkReportWindow(day("2026-01-01"), day("2029-01-02")), std::nullopt);
    QCOMPARE(checkReportWindow(day("2026-01-01"), day("2029-01-03")),
             std::optional<std::string>("the report window 2026-01-01 to 2029-01-03 spans 1099 "
                                        "days; at most 1098 days (3 years) are allowed: choose a "
                                        "shorter --from/--to"));
    // The issue's 2.4 GB command: 50,404 days.
    QCOMPARE(checkReportWindow(day("1900-01-01"), day("2037-12-31")),
             std::optional<std::string>("the report window 1900-01-01 to 2037-12-31 spans 50404 "
                                        "days; at most 1098 days (3 years) are allowed: choose a "
                                        "shorter --from/--to"));
    QCOMPARE(checkReportWindow(day("2026-02-01"), day("2026-01-31")),
             std::optional<std::string>(
                 "the report window ends (2026-01-31) before it starts (2026-02-01)"));
    QCOMPARE(checkReportWindow(day("1899-12-31"), day("1900-01-02")),
             std::optional<std::string>(planDateRangeRule()));
}

void TestPlanLimits::counts()
{
    QCOMPARE(checkCount("members", 10'000, maxMembers), std::nullopt);
    QCOMPARE(checkCount("members", 12'000, maxMembers),
             std::optional<std::string>("12000 members is more than the limit of 10000"));
    QCOMPARE(checkLength("the name", "abcd", 4), std::nullopt);
    QCOMPARE(checkLength("the name", "abcde", 4),
             std::optional<std::string>("the name is 5 bytes long; the limit is 4"));
}

void TestPlanLimits::planProblems()
{
    const Plan good = PlanBuilder()
                          .region("emea")
                          .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:30")
                          .timeOff("2026-12-24", "2026-12-31")
                          .task("T-1", 8, 1, "2026-03-09T08:00:00Z", "emea")
                          .build();
    QCOMPARE(findPlanProblem(good), std::nullopt);

    Plan plan = good;
    plan.regions.resize(maxRegions + 1, plan.regions[0]);
    auto problem = findPlanProblem(plan);
    QVERIFY(problem);
    QCOMPARE(problem->part, PlanPart::Plan);
    QCOMPARE(problem->field, std::string("regions"));
    QCOMPARE(problem->detail, std::string("101 regions is more than the limit of 100"));

    plan = good;
    plan.tasks.resize(maxTasks + 1, plan.tasks[0]);
    QCOMPARE(findPlanProblem(plan)->detail,
             std::string("100001 tasks is more than the limit of 100000"));

    plan = good;
    plan.members[0].timeOff.push_back({day("2026-01-01"), day("9999-12-31")});
    problem = findPlanProblem(plan);
    QVERIFY(problem);
    QCOMPARE(problem->part, PlanPart::TimeOff);
    QCOMPARE(problem->item, std::size_t{1});
    QCOMPARE(problem->field, std::string("to"));
    QCOMPARE(problem->detail, planDateRangeRule());

    plan = good;
    plan.tasks[0].deadline = utc("0001-01-01T00:00:00Z");
    QCOMPARE(findPlanProblem(plan)->field, std::string("deadline"));

    plan = good;
    plan.members[0].name = std::string(maxNameBytes + 1, 'a');
    QCOMPARE(findPlanProblem(plan)->detail,
             std::string("must be at most 2000 bytes long (it is 2001)"));

    plan = good;
    plan.tasks[0].notes = "line one\n\tline two"; // notes may hold tabs and newlines
    QCOMPARE(findPlanProblem(plan), std::nullopt);
    plan.tasks[0].title = "line one\nline two"; // titles may not
    QCOMPARE(findPlanProblem(plan)->field, std::string("title"));
}

void TestPlanLimits::problemsNameTheirPlace()
{
    Plan plan = PlanBuilder()
                    .region("emea")
                    .region("amer")
                    .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:30")
                    .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:00")
                    .build();
    plan.members[1].name = "A\x1B[2J";
    const auto problem = findPlanProblem(plan);
    QVERIFY(problem);
    QCOMPARE(problem->part, PlanPart::Member);
    QCOMPARE(problem->index, std::size_t{1});
    QCOMPARE(problem->id, std::string("nia"));
    QCOMPARE(problem->field, std::string("name"));
    QCOMPARE(problem->detail, std::string("control character U+001B at character 2 (byte 2)"));

    plan.members[1].name = "Nia";
    plan.regions[1].holidays = {{day("2026-07-04"), "Independence Day"},
                                {day("2026-11-26"), "Thanks\xC2\x9Bgiving"}};
    const auto holiday = findPlanProblem(plan);
    QVERIFY(holiday);
    QCOMPARE(holiday->part, PlanPart::Holiday);
    QCOMPARE(holiday->index, std::size_t{1});
    QCOMPARE(holiday->item, std::size_t{1});
    QCOMPARE(holiday->field, std::string("name"));

    plan.regions[1].holidays.clear();
}

void TestPlanLimits::entityChecksMatchThePlanCheck()
{
    Member member;
    member.id = "m\xE9";
    const auto problem = findMemberProblem(member, 7);
    QVERIFY(problem);
    QCOMPARE(problem->index, std::size_t{7});
    QCOMPARE(problem->field, std::string("id"));
    QCOMPARE(problem->detail, std::string("invalid UTF-8 at character 2 (byte 2)"));

    Task task;
    task.id = "T";
    setHandoffNote(task, 3, "ok\n");
    QCOMPARE(findTaskProblem(task, 0), std::nullopt);
    setHandoffNote(task, 4, "bell\x07");
    const auto note = findTaskProblem(task, 0);
    QVERIFY(note);
    QCOMPARE(note->part, PlanPart::HandoffNote);
    QCOMPARE(note->item, std::size_t{4});

    Region region{"r\x7F", "R", "#000000"};
    QCOMPARE(findRegionProblem(region, 0)->field, std::string("id"));
}

void TestPlanLimits::portableZoneNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("Europe/Berlin") << "Europe/Berlin" << true;
    QTest::newRow("link Asia/Calcutta") << "Asia/Calcutta" << true;
    QTest::newRow("three segments") << "America/Argentina/Buenos_Aires" << true;
    QTest::newRow("Etc/GMT+5") << "Etc/GMT+5" << true;
    QTest::newRow("America/Port-au-Prince") << "America/Port-au-Prince" << true;
    QTest::newRow("UTC") << "UTC" << true;
    QTest::newRow("localtime") << "localtime" << false;
    QTest::newRow("posixrules") << "posixrules" << false;
    QTest::newRow("Factory") << "Factory" << false;
    QTest::newRow("posix/ copy") << "posix/Europe/Berlin" << false;
    QTest::newRow("right/ copy") << "right/UTC" << false;
    QTest::newRow("absolute path") << "/usr/share/zoneinfo/UTC" << false;
    QTest::newRow("dot-dot") << "Europe/../UTC" << false;
    QTest::newRow("leading dot-dot") << "../zoneinfo/UTC" << false;
    QTest::newRow("dot segment") << "./UTC" << false;
    QTest::newRow("double slash") << "Europe//Berlin" << false;
    QTest::newRow("trailing slash") << "Europe/Berlin/" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "Europe/Berlin " << false;
}

void TestPlanLimits::portableZoneNames()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    const std::string text = name.toStdString();
    QCOMPARE(TimeZone::isPortableName(text), accepted);
    QCOMPARE(TimeZone::find(text).has_value(), accepted);
}

QTEST_APPLESS_MAIN(TestPlanLimits)
#include "tst_plan_limits.moc"
