#include "sunrelay/exchange/handoffs_csv.h"

#include "sunrelay/exchange/iso_time.h"

#include <algorithm>
#include <set>

namespace sunrelay::exchange {

namespace {

// "2026-03-02T17:30+01:00 Europe/Berlin" for each zone of `region`'s members,
// in member order, joined by "; ".
std::string localTimes(const Plan &plan, std::size_t region, Instant t) {
    std::string text;
    std::set<std::string> seen;
    for (const std::size_t m : plan.membersOf(region)) {
        const TimeZone &zone = plan.members[m].zone;
        if (!seen.insert(zone.name()).second)
            continue;
        if (!text.empty())
            text += "; ";
        // %Ez writes the offset with a colon ("+05:30").
        text += date::format("%Y-%m-%dT%H:%M%Ez ",
                             date::make_zoned(&zone.tz(), date::floor<Minutes>(t))) +
                zone.name();
    }
    return text;
}

std::string wholeMinutes(Seconds length) {
    return std::to_string(date::floor<Minutes>(length).count());
}

} // namespace

std::string csvField(const std::string &text) {
    const bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote)
        return text;
    std::string field = "\"";
    for (const char c : text) {
        if (c == '"')
            field += '"';
        field += c;
    }
    return field + '"';
}

std::string writeHandoffsCsv(const Plan &plan, const std::vector<Handoff> &handoffs,
                             const std::vector<TaskRoute> &routes) {
    std::string csv = "from,from id,to,to id,at,from local,to local,kind,overlap minutes,"
                      "wait minutes,pickup,sync slot start,sync slot end,tasks,notes\r\n";
    for (const Handoff &handoff : handoffs) {
        const Region &from = plan.regions[handoff.from];
        const Region &to = plan.regions[handoff.to];
        std::string tasks;
        std::string notes;
        for (const TaskRoute &route : routes) {
            const auto passed = std::find_if(
                route.handoffs.begin(), route.handoffs.end(), [&](const RouteHandoff &h) {
                    return h.from == handoff.from && h.to == handoff.to && h.at == handoff.at;
                });
            if (passed == route.handoffs.end())
                continue;
            const Task &task = plan.tasks[route.task];
            tasks += (tasks.empty() ? "" : "\n") + task.id + " " + task.title;
            // Notes are numbered along the task's route, from 1.
            const int number = static_cast<int>(passed - route.handoffs.begin()) + 1;
            if (const std::string_view note = handoffNote(task, number); !note.empty())
                notes += (notes.empty() ? "" : "\n\n") + task.id + ": " + std::string(note);
        }
        const bool overlap = handoff.kind == HandoffKind::Overlap;
        const std::vector<std::string> fields{
            from.name,
            from.id,
            to.name,
            to.id,
            formatInstant(handoff.at),
            localTimes(plan, handoff.from, handoff.at),
            localTimes(plan, handoff.to, handoff.pickup),
            overlap ? "overlap" : "gap",
            overlap ? wholeMinutes(handoff.overlap) : "0",
            overlap ? "0" : wholeMinutes(handoff.wait),
            formatInstant(handoff.pickup),
            handoff.syncSlot ? formatInstant(handoff.syncSlot->start) : "",
            handoff.syncSlot ? formatInstant(handoff.syncSlot->end) : "",
            tasks,
            notes,
        };
        for (std::size_t i = 0; i < fields.size(); ++i)
            csv += (i ? "," : "") + csvField(fields[i]);
        csv += "\r\n";
    }
    return csv;
}

} // namespace sunrelay::exchange
