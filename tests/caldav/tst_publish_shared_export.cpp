// What a publish sends is worked out with one shared export
// (ical::exportCalendars: the plan's routes and each window's schedule once
// for every calendar). Its calendars must be byte for byte what separate
// exports (ical::exportCalendar, one per calendar, the path publishes took
// before and the `ics` command still takes) write, and publishSet's
// resources what splitting those separate exports gives: on the demo plan
// and on a synthetic team of 40 members in 40 zones over three regions.

#include "../bench/synthetic_plan.h"
#include "caldav_test_support.h"

#include "caldav/publish_set.h"

#include "sunrelay/core/schedule_report.h"
#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/ical/calendar_export.h"

#include <QFile>
#include <QtTest>

using namespace sunrelay;
using namespace sunrelay::caldav;
using sunrelay::caldavtest::demoPlan;

namespace
{

date::sys_days firstDay()
{
    using namespace date::literals;
    return date::sys_days{2026_y / 11 / 30};
}

// Two weeks of the demo, and a second, overlapping window so the shared
// export must keep each window's handoffs apart.
Interval twoWeeks()
{
    return dayWindow(firstDay(), firstDay() + date::days{13});
}

Interval laterWeek()
{
    return dayWindow(firstDay() + date::days{10}, firstDay() + date::days{16});
}

// The synthetic team over the spring changes of Europe (2027-03-28) and
// southern Australia (2027-04-04), where the exporter splits rules.
date::sys_days springDay()
{
    using namespace date::literals;
    return date::sys_days{2027_y / 3 / 22};
}

Plan syntheticPlan()
{
    return bench::syntheticPlan(40, 12, springDay(), 14);
}

Interval springWeeks()
{
    return dayWindow(springDay(), springDay() + date::days{13});
}

ical::ExportRequest request(ical::ExportScope scope, const std::string &id, const Interval &window)
{
    ical::ExportRequest result;
    result.scope = scope;
    result.id = id;
    result.window = window;
    result.stamp = window.start;
    return result;
}

// Every calendar a publish of the whole plan writes, in publishSet's order
// (members, regions, handoffs).
std::vector<ical::ExportRequest> publishRequests(const Plan &plan, const Interval &window)
{
    std::vector<ical::ExportRequest> requests;
    for (const Member &member : plan.members)
        requests.push_back(request(ical::ExportScope::Member, member.id, window));
    for (const Region &region : plan.regions)
        requests.push_back(request(ical::ExportScope::Region, region.id, window));
    auto handoffs = request(ical::ExportScope::Plan, {}, window);
    handoffs.include = {.handoffs = true, .deepWork = false, .comms = false, .taskSegments = false};
    requests.push_back(handoffs);
    return requests;
}

void compareWithSeparateExports(const Plan &plan, const std::vector<ical::ExportRequest> &requests)
{
    const auto shared = ical::exportCalendars(plan, requests);
    QVERIFY(shared);
    QCOMPARE(shared.value().size(), requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const auto separate = ical::exportCalendar(plan, requests[i]);
        QVERIFY(separate);
        QVERIFY2(shared.value()[i] == separate.value(),
                 ("calendar " + std::to_string(i) + " (" + requests[i].id + ") differs").c_str());
    }
}

void compareWithPublishSet(const Plan &plan, const Interval &window)
{
    const auto set = publishSet(plan, {}, window, window.start);
    QVERIFY(set);
    const auto requests = publishRequests(plan, window);
    QCOMPARE(set.value().size(), requests.size());
    std::size_t events = 0;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const auto separate = ical::exportCalendar(plan, requests[i]);
        QVERIFY(separate);
        const auto resources = splitCalendar(separate.value());
        QVERIFY(resources);
        const std::vector<PublishResource> &got = set.value()[i].resources;
        QCOMPARE(got.size(), resources.value().size());
        for (std::size_t r = 0; r < got.size(); ++r) {
            QCOMPARE(got[r].uid, resources.value()[r].uid);
            QCOMPARE(got[r].digest, resources.value()[r].digest);
            QVERIFY2(got[r].ics == resources.value()[r].ics, got[r].uid.c_str());
        }
        events += got.size();
    }
    // Not a comparison of two empty sets.
    QVERIFY(events > 10 * requests.size());
}

} // namespace

class TestPublishSharedExport : public QObject
{
    Q_OBJECT

private slots:
    void sharedExportIsByteIdenticalOnTheDemo();
    void sharedExportIsByteIdenticalOnASyntheticTeam();
    void sharedExportKeepsWindowsAndPreviousExportsApart();
    void publishSetEqualsSplitSeparateExports();
    void sharedExportStopsAtAnUnknownScope();
};

void TestPublishSharedExport::sharedExportIsByteIdenticalOnTheDemo()
{
    compareWithSeparateExports(demoPlan(), publishRequests(demoPlan(), twoWeeks()));
}

void TestPublishSharedExport::sharedExportIsByteIdenticalOnASyntheticTeam()
{
    const Plan plan = syntheticPlan();
    QCOMPARE(plan.members.size(), std::size_t{40});
    QCOMPARE(plan.regions.size(), std::size_t{3});
    compareWithSeparateExports(plan, publishRequests(plan, springWeeks()));
}

void TestPublishSharedExport::sharedExportKeepsWindowsAndPreviousExportsApart()
{
    // Mixed windows, the whole-plan default contents and an earlier export
    // (SEQUENCE/DTSTAMP kept or bumped) in one shared export.
    const Plan plan = demoPlan();
    std::vector<ical::ExportRequest> requests = publishRequests(plan, twoWeeks());
    for (ical::ExportRequest one : publishRequests(plan, laterWeek()))
        requests.push_back(one);
    requests.push_back(request(ical::ExportScope::Plan, {}, twoWeeks()));
    auto again = request(ical::ExportScope::Member, "anna", laterWeek());
    again.previous =
        ical::exportCalendar(plan, request(ical::ExportScope::Member, "anna", twoWeeks())).value();
    again.stamp = laterWeek().end;
    requests.push_back(again);
    compareWithSeparateExports(plan, requests);
}

void TestPublishSharedExport::publishSetEqualsSplitSeparateExports()
{
    compareWithPublishSet(demoPlan(), twoWeeks());
    compareWithPublishSet(syntheticPlan(), springWeeks());
}

void TestPublishSharedExport::sharedExportStopsAtAnUnknownScope()
{
    const Plan plan = demoPlan();
    std::vector<ical::ExportRequest> requests = publishRequests(plan, twoWeeks());
    requests.insert(requests.begin() + 1, request(ical::ExportScope::Member, "nobody", twoWeeks()));
    const auto shared = ical::exportCalendars(plan, requests);
    QVERIFY(!shared);
    QCOMPARE(shared.error().code, ical::IcalErrorCode::UnknownScope);
    QVERIFY(shared.error().message().find("nobody") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestPublishSharedExport)
#include "tst_publish_shared_export.moc"
