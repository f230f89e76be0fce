// Limits, dates and text validity of the interchange JSON and the roster CSV
// (issue 14): the same rules as plan files (plan_limits.h, text_validity.h),
// each refusal naming the JSON path or CSV row and column. Positions and day
// counts are worked out by hand.
//
//   <path>: "<date>": dates must lie between 1900-01-01 and 2199-12-31
//   <path>: control character U+XXXX at character C (byte B)
//   <path>: invalid UTF-8 at character C (byte B)
//   <path>: must be at most N bytes long (it is M)
//   <path>: N <things> is more than the limit of L

#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/exchange/roster_csv.h"

#include <QTest>

#include <string>

using namespace sunrelay;
using namespace sunrelay::exchange;

Q_DECLARE_METATYPE(sunrelay::exchange::InputErrorCode)
Q_DECLARE_METATYPE(std::string)

namespace
{

struct Parts {
    std::string planName = R"("Acme")";
    std::string regions = R"([{"id": "emea", "name": "EMEA", "color": "#2f6fde"}])";
    std::string memberName = R"("Anna")";
    std::string memberId = R"("anna")";
    std::string zone = R"("Europe/Berlin")";
    std::string timeOff = R"([{"from": "2026-12-24", "to": "2026-12-31"}])";
    std::string taskStart = R"("2026-12-01T08:00:00Z")";
    std::string taskDeadline = "null";
    std::string taskNotes = R"("")";
    std::string handoffNotes = "[]";
};

std::string planJson(const Parts &p)
{
    return R"({"sunrelayPlan": 1, "name": )" + p.planName + R"(, "regions": )" + p.regions
        + R"(, "members": [{"id": )" + p.memberId + R"(, "name": )" + p.memberName
        + R"(, "region": "emea", "zone": )" + p.zone
        + R"(, "work": [{"days": ["mon"], "start": "09:00", "end": "17:00"}], "timeOff": )"
        + p.timeOff
        + R"(}], "tasks": [{"id": "T-1", "title": "Migrate", "effortHours": 3, )"
          R"("priority": 1, "start": )"
        + p.taskStart + R"(, "region": "emea", "deadline": )" + p.taskDeadline + R"(, "notes": )"
        + p.taskNotes + R"(, "handoffNotes": )" + p.handoffNotes + "}]}";
}

template<typename Change>
std::string planWith(Change change)
{
    Parts parts;
    change(parts);
    return planJson(parts);
}

std::string manyRegions(int count)
{
    std::string text = "[";
    for (int i = 0; i < count; ++i)
        text += std::string(i ? ", " : "") + R"({"id": ")" + (i ? "r" + std::to_string(i) : "emea")
            + R"(", "name": "R", "color": "#000000"})";
    return text + "]";
}

const std::string rosterHeader = "name,region,zone,work days,work start,work end\n";

} // namespace

class TestInputValidity : public QObject
{
    Q_OBJECT

private slots:
    void validPlanReads();
    void badJson_data();
    void badJson();
    void badRoster_data();
    void badRoster();
};

void TestInputValidity::validPlanReads()
{
    const auto plan = readPlanJson(planWith([](Parts &p) {
        p.taskNotes = R"("Done:\n\t- schema")";
        p.timeOff = R"([{"from": "1900-01-01", "to": "2199-12-31"}])"; // both ends included
        p.taskDeadline = R"("2200-01-01T00:00:00Z")";
    }));
    QVERIFY2(plan, plan ? "" : plan.error().message().c_str());
    QCOMPARE(plan.value().tasks[0].notes, std::string("Done:\n\t- schema"));
}

void TestInputValidity::badJson_data()
{
    using C = InputErrorCode;
    QTest::addColumn<std::string>("json");
    QTest::addColumn<std::string>("message");
    QTest::addColumn<InputErrorCode>("code");
    const std::string rule = "dates must lie between 1900-01-01 and 2199-12-31";

    QTest::newRow("time off in year 1") << planWith([](Parts &p) {
        p.timeOff = R"([{"from": "0001-01-01", "to": "2026-01-01"}])";
    }) << "members[0].timeOff[0].from: \"0001-01-01\": " + rule
                                        << C::BadDate;
    QTest::newRow("time off to 9999") << planWith([](Parts &p) {
        p.timeOff = R"([{"from": "2026-01-01", "to": "9999-12-31"}])";
    }) << "members[0].timeOff[0].to: \"9999-12-31\": " + rule
                                      << C::BadDate;
    QTest::newRow("time off from 1899-12-31") << planWith([](Parts &p) {
        p.timeOff = R"([{"from": "1899-12-31", "to": "1900-01-01"}])";
    }) << "members[0].timeOff[0].from: \"1899-12-31\": " + rule
                                              << C::BadDate;
    QTest::newRow("task start in 9999") << planWith([](Parts &p) {
        p.taskStart = R"("9999-12-31T23:59:59Z")";
    }) << "tasks[0].start: \"9999-12-31T23:59:59Z\": " + rule
                                        << C::BadInstant;
    QTest::newRow("deadline one second past 2200") << planWith([](Parts &p) {
        p.taskDeadline = R"("2200-01-01T00:00:01Z")";
    }) << "tasks[0].deadline: \"2200-01-01T00:00:01Z\": " + rule
                                                   << C::BadInstant;

    QTest::newRow("ESC in a member name") << planWith([](Parts &p) {
        p.memberName = R"("A\u001b[2J")";
    }) << std::string("members[0].name: control character U+001B at character 2 (byte 2)")
                                          << C::InvalidText;
    // "Zü" then CSI U+009B: the 3rd character, bytes 1, 2-3, 4.
    QTest::newRow("C1 CSI in a region name") << planWith([](Parts &p) {
        p.regions = R"([{"id": "emea", "name": "Z\u00fc\u009b", "color": "#2f6fde"}])";
    }) << std::string("regions[0].name: control character U+009B at character 3 (byte 4)")
                                             << C::InvalidText;
    QTest::newRow("DEL in a member id") << planWith([](Parts &p) {
        p.memberId = R"("anna\u007f")";
    }) << std::string("members[0].id: control character U+007F at character 5 (byte 5)")
                                        << C::InvalidText;
    QTest::newRow("newline in the plan name") << planWith([](Parts &p) {
        p.planName = R"("Acme\nPlatform")";
    }) << std::string("name: control character U+000A at character 5 (byte 5)")
                                              << C::InvalidText;
    QTest::newRow("BEL in task notes") << planWith([](Parts &p) {
        p.taskNotes = R"("line\n\u0007")";
    }) << std::string("tasks[0].notes: control character U+0007 at character 6 (byte 6)")
                                       << C::InvalidText;
    QTest::newRow("OSC in a handoff note")
        << planWith([](Parts &p) {
               p.handoffNotes = R"([{"handoff": 2, "note": "\u001b]0;owned\u0007"}])";
           })
        << std::string(
               "tasks[0].handoffNotes: the note of handoff 2: control character U+001B "
               "at character 1 (byte 1)")
        << C::InvalidText;

    QTest::newRow("zone localtime") << planWith([](Parts &p) {
        p.zone = R"("localtime")";
    }) << std::string("members[0].zone: unknown time zone \"localtime\"")
                                    << C::UnknownZone;
    QTest::newRow("zone posixrules") << planWith([](Parts &p) {
        p.zone = R"("posixrules")";
    }) << std::string("members[0].zone: unknown time zone \"posixrules\"")
                                     << C::UnknownZone;
    QTest::newRow("zone as a path") << planWith([](Parts &p) {
        p.zone = R"("../zoneinfo/Europe/Berlin")";
    }) << std::string("members[0].zone: unknown time zone \"../zoneinfo/Europe/Berlin\"")
                                    << C::UnknownZone;

    QTest::newRow("id of 201 bytes") << planWith([](Parts &p) {
        p.memberId = "\"" + std::string(201, 'a') + "\"";
    }) << std::string("members[0].id: must be at most 200 bytes long (it is 201)")
                                     << C::OverLimit;
    QTest::newRow("101 regions") << planWith([](Parts &p) {
        p.regions = manyRegions(101);
    }) << std::string("regions: 101 regions is more than the limit of 100")
                                 << C::OverLimit;
}

void TestInputValidity::badJson()
{
    QFETCH(std::string, json);
    QFETCH(std::string, message);
    QFETCH(InputErrorCode, code);
    const auto plan = readPlanJson(json);
    QVERIFY2(!plan, "read without an error");
    QCOMPARE(plan.error().message(), message);
    QCOMPARE(plan.error().code, code);
}

void TestInputValidity::badRoster_data()
{
    using C = InputErrorCode;
    QTest::addColumn<std::string>("csv");
    QTest::addColumn<std::string>("message");
    QTest::addColumn<InputErrorCode>("code");

    QTest::newRow("ESC in a name")
        << rosterHeader + "Anna\x1B[31m,EMEA,Europe/Berlin,mon-fri,09:00,17:30\n"
        << std::string(
               "row 2, column name: control character U+001B at "
               "character 5 (byte 5)")
        << C::InvalidText;
    QTest::newRow("C1 in a region")
        << rosterHeader + "Anna,EM\xC2\x9B" "EA,Europe/Berlin,mon-fri,09:00,17:30\n"
        << std::string("row 2, column region: control character U+009B at "
                       "character 3 (byte 3)")
        << C::InvalidText;
    QTest::newRow("tab inside a quoted name")
        << rosterHeader + "\"An\tna\",EMEA,Europe/Berlin,mon-fri,09:00,17:30\n"
        << std::string(
               "row 2, column name: control character U+0009 at "
               "character 3 (byte 3)")
        << C::InvalidText;
    QTest::newRow("zone localtime")
        << rosterHeader + "Anna,EMEA,localtime,mon-fri,09:00,17:30\n"
        << std::string("row 2, column zone: unknown time zone \"localtime\"") << C::UnknownZone;
    std::string many = rosterHeader;
    for (int i = 0; i <= 100; ++i)
        many += "M" + std::to_string(i) + ",Region " + std::to_string(i)
            + ",Europe/Berlin,mon-fri,09:00,17:30\n";
    // Row 102 (member 101) brings region 101.
    QTest::newRow("101 regions") << many
                                 << std::string(
                                        "row 102, column region: 101 regions is more than the "
                                        "limit of 100")
                                 << C::OverLimit;
}

void TestInputValidity::badRoster()
{
    QFETCH(std::string, csv);
    QFETCH(std::string, message);
    QFETCH(InputErrorCode, code);
    const auto plan = readRosterCsv(csv, "Team");
    QVERIFY2(!plan, "read without an error");
    QCOMPARE(plan.error().message(), message);
    QCOMPARE(plan.error().code, code);
}

QTEST_APPLESS_MAIN(TestInputValidity)
#include "tst_input_validity.moc"
