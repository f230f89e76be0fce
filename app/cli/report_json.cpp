#include "report_json.h"

#include "conflict_text.h"

#include "sunrelay/exchange/iso_time.h"

#include <nlohmann/json.hpp>

namespace sunrelay::cli {

namespace {

using Json = nlohmann::ordered_json;
using exchange::formatInstant;

Json instantJson(const std::optional<Instant> &instant)
{
    return instant ? Json(formatInstant(*instant)) : Json(nullptr);
}

Json intervalJson(const Interval &interval)
{
    return Json::array({formatInstant(interval.start), formatInstant(interval.end)});
}

Json intervalsJson(const IntervalSet &set)
{
    Json list = Json::array();
    for (const Interval &interval : set.intervals())
        list.push_back(intervalJson(interval));
    return list;
}

std::string dump(const Json &json)
{
    return json.dump(2) + '\n';
}

} // namespace

std::string scheduleJson(const Plan &plan, const ScheduleReport &report)
{
    Json json;
    json["range"] = {{"from", formatInstant(report.window.start)},
                     {"to", formatInstant(report.window.end)}};
    Json members = Json::array();
    for (std::size_t m = 0; m < plan.members.size(); ++m) {
        const Member &member = plan.members[m];
        members.push_back({{"id", member.id},
                           {"region", member.region},
                           {"zone", member.zone.name()},
                           {"work", intervalsJson(report.members[m].work)},
                           {"deepWork", intervalsJson(report.members[m].deepWork)},
                           {"comms", intervalsJson(report.members[m].comms)}});
    }
    json["members"] = members;
    Json regions = Json::array();
    for (std::size_t r = 0; r < plan.regions.size(); ++r)
        regions.push_back(
            {{"id", plan.regions[r].id}, {"coverage", intervalsJson(report.coverage[r])}});
    json["regions"] = regions;
    json["gaps"] = intervalsJson(report.gaps);
    Json overlaps = Json::array();
    for (const Overlap &overlap : report.overlaps) {
        Json ids = Json::array();
        for (const std::size_t r : overlap.regions)
            ids.push_back(plan.regions[r].id);
        overlaps.push_back({{"regions", ids}, {"interval", intervalJson(overlap.interval)}});
    }
    json["overlaps"] = overlaps;
    Json handoffs = Json::array();
    for (const Handoff &handoff : report.handoffs) {
        const auto minutes = [](Seconds s) {
            return std::chrono::duration_cast<Minutes>(s).count();
        };
        handoffs.push_back(
            {{"from", plan.regions[handoff.from].id},
             {"to", plan.regions[handoff.to].id},
             {"at", formatInstant(handoff.at)},
             {"pickup", formatInstant(handoff.pickup)},
             {"kind", handoff.kind == HandoffKind::Overlap ? "overlap" : "gap"},
             {"overlapMinutes", minutes(handoff.overlap)},
             {"waitMinutes", minutes(handoff.wait)},
             {"syncSlot", handoff.syncSlot ? intervalJson(*handoff.syncSlot) : Json(nullptr)}});
    }
    json["handoffs"] = handoffs;
    return dump(json);
}

std::string routeJson(const Plan &plan, const std::vector<TaskRoute> &routes)
{
    Json list = Json::array();
    for (const TaskRoute &route : routes) {
        Json segments = Json::array();
        for (const RouteSegment &segment : route.segments)
            segments.push_back({{"region", plan.regions[segment.region].id},
                                {"member", plan.members[segment.member].id},
                                {"start", formatInstant(segment.interval.start)},
                                {"end", formatInstant(segment.interval.end)}});
        Json handoffs = Json::array();
        for (const RouteHandoff &handoff : route.handoffs)
            handoffs.push_back({{"from", plan.regions[handoff.from].id},
                                {"to", plan.regions[handoff.to].id},
                                {"at", formatInstant(handoff.at)}});
        list.push_back({{"id", plan.tasks[route.task].id},
                        {"start", instantJson(route.start)},
                        {"finish", instantJson(route.finish)},
                        {"singleRegionFinish", instantJson(route.singleRegionFinish)},
                        {"segments", segments},
                        {"handoffs", handoffs}});
    }
    return dump(list);
}

std::string conflictsJson(const Plan &plan, const std::vector<Conflict> &conflicts)
{
    Json list = Json::array();
    for (const Conflict &conflict : conflicts)
        list.push_back(
            {{"kind", conflictKindKey(conflict.kind).toStdString()},
             {"severity", severityKey(conflict.severity).toStdString()},
             {"member", conflict.member ? Json(plan.members[*conflict.member].id) : Json(nullptr)},
             {"interval", intervalJson(conflict.interval)},
             {"message", conflictMessage(plan, conflict).toStdString()}});
    return dump(list);
}

} // namespace sunrelay::cli
