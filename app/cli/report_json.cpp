#include "report_json.h"

#include "json_stream.h"
#include "shared/conflict_text.h"

namespace sunrelay::cli
{

using apptext::conflictKindKey;
using apptext::conflictMessage;
using apptext::severityKey;

namespace
{

std::int64_t minutes(Seconds seconds)
{
    return std::chrono::duration_cast<Minutes>(seconds).count();
}

} // namespace

namespace
{

void writeMembers(JsonStream &json, const Plan &plan, const ScheduleReport &report)
{
    json.beginArray();
    for (std::size_t m = 0; m < plan.members.size(); ++m) {
        const Member &member = plan.members[m];
        json.beginObject();
        json.key("id");
        json.string(member.id);
        json.key("region");
        json.string(member.region);
        json.key("zone");
        json.string(member.zone.name());
        json.key("work");
        json.intervals(report.members[m].work.intervals());
        json.key("deepWork");
        json.intervals(report.members[m].deepWork.intervals());
        json.key("comms");
        json.intervals(report.members[m].comms.intervals());
        json.endObject();
    }
    json.endArray();
}

void writeCoverage(JsonStream &json, const Plan &plan, const ScheduleReport &report)
{
    json.beginArray();
    for (std::size_t r = 0; r < plan.regions.size(); ++r) {
        json.beginObject();
        json.key("id");
        json.string(plan.regions[r].id);
        json.key("coverage");
        json.intervals(report.coverage[r].intervals());
        json.endObject();
    }
    json.endArray();
}

void writeOverlaps(JsonStream &json, const Plan &plan, const ScheduleReport &report)
{
    json.beginArray();
    for (const Overlap &overlap : report.overlaps) {
        json.beginObject();
        json.key("regions");
        json.beginArray();
        for (const std::size_t r : overlap.regions)
            json.string(plan.regions[r].id);
        json.endArray();
        json.key("interval");
        json.interval(overlap.interval);
        json.endObject();
    }
    json.endArray();
}

void writeHandoff(JsonStream &json, const Plan &plan, const Handoff &handoff)
{
    json.beginObject();
    json.key("from");
    json.string(plan.regions[handoff.from].id);
    json.key("to");
    json.string(plan.regions[handoff.to].id);
    json.key("at");
    json.instant(handoff.at);
    json.key("pickup");
    json.instant(handoff.pickup);
    json.key("kind");
    json.string(handoff.kind == HandoffKind::Overlap ? "overlap" : "gap");
    json.key("overlapMinutes");
    json.integer(minutes(handoff.overlap));
    json.key("waitMinutes");
    json.integer(minutes(handoff.wait));
    json.key("syncSlot");
    if (handoff.syncSlot)
        json.interval(*handoff.syncSlot);
    else
        json.null();
    json.endObject();
}

} // namespace

std::optional<QString>
writeScheduleJson(QTextStream &out, const Plan &plan, const ScheduleReport &report)
{
    JsonStream json(out);
    json.beginObject();
    json.key("range");
    json.beginObject();
    json.key("from");
    json.instant(report.window.start);
    json.key("to");
    json.instant(report.window.end);
    json.endObject();
    json.key("members");
    writeMembers(json, plan, report);
    json.key("regions");
    writeCoverage(json, plan, report);
    json.key("gaps");
    json.intervals(report.gaps.intervals());
    json.key("overlaps");
    writeOverlaps(json, plan, report);
    json.key("handoffs");
    json.beginArray();
    for (const Handoff &handoff : report.handoffs)
        writeHandoff(json, plan, handoff);
    json.endArray();
    json.endObject();
    return json.finish();
}

std::optional<QString>
writeRouteJson(QTextStream &out, const Plan &plan, const std::vector<TaskRoute> &routes)
{
    JsonStream json(out);
    json.beginArray();
    for (const TaskRoute &route : routes) {
        json.beginObject();
        json.key("id");
        json.string(plan.tasks[route.task].id);
        json.key("start");
        json.instant(route.start);
        json.key("finish");
        json.instant(route.finish);
        json.key("singleRegionFinish");
        json.instant(route.singleRegionFinish);
        json.key("segments");
        json.beginArray();
        for (const RouteSegment &segment : route.segments) {
            json.beginObject();
            json.key("region");
            json.string(plan.regions[segment.region].id);
            json.key("member");
            json.string(plan.members[segment.member].id);
            json.key("start");
            json.instant(segment.interval.start);
            json.key("end");
            json.instant(segment.interval.end);
            json.endObject();
        }
        json.endArray();
        json.key("handoffs");
        json.beginArray();
        const Task &task = plan.tasks[route.task];
        for (std::size_t i = 0; i < route.handoffs.size(); ++i) {
            const RouteHandoff &handoff = route.handoffs[i];
            json.beginObject();
            json.key("from");
            json.string(plan.regions[handoff.from].id);
            json.key("to");
            json.string(plan.regions[handoff.to].id);
            json.key("at");
            json.instant(handoff.at);
            // The task's note for its handoff i + 1, only when it has one.
            if (const std::string_view note = handoffNote(task, static_cast<int>(i) + 1);
                !note.empty()) {
                json.key("note");
                json.string(note);
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    return json.finish();
}

std::optional<QString>
writeConflictsJson(QTextStream &out, const Plan &plan, const std::vector<Conflict> &conflicts)
{
    JsonStream json(out);
    json.beginArray();
    for (const Conflict &conflict : conflicts) {
        json.beginObject();
        json.key("kind");
        json.string(conflictKindKey(conflict.kind).toStdString());
        json.key("severity");
        json.string(severityKey(conflict.severity).toStdString());
        json.key("member");
        if (conflict.member)
            json.string(plan.members[*conflict.member].id);
        else
            json.null();
        json.key("interval");
        json.interval(conflict.interval);
        json.key("message");
        json.string(conflictMessage(plan, conflict).toStdString());
        json.endObject();
    }
    json.endArray();
    return json.finish();
}

} // namespace sunrelay::cli
