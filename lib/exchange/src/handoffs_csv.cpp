#include "sunrelay/exchange/handoffs_csv.h"

#include "sunrelay/exchange/iso_time.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace sunrelay::exchange
{

namespace
{

// "2026-03-02T17:30+01:00 Europe/Berlin" for each zone of `region`'s members,
// in member order, joined by "; ".
std::string localTimes(const Plan &plan, std::size_t region, Instant t)
{
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
                             date::make_zoned(&zone.tz(), date::floor<Minutes>(t)))
            + zone.name();
    }
    return text;
}

std::string wholeMinutes(Seconds length)
{
    return std::to_string(date::floor<Minutes>(length).count());
}

} // namespace

bool startsLikeFormula(std::string_view text)
{
    return !text.empty()
        && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string csvField(const std::string &text)
{
    // A spreadsheet runs a cell starting with = + - @ (or tab/CR before one)
    // as a formula: a task named =HYPERLINK(...) would act when the file is
    // opened. OWASP's guard: a leading single quote, and the cell quoted.
    const bool formula = startsLikeFormula(text);
    const bool quote = formula || text.find_first_of(",\"\r\n") != std::string::npos
        || (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote)
        return text;
    std::string field = formula ? "\"'" : "\"";
    for (const char c : text) {
        if (c == '"')
            field += '"';
        field += c;
    }
    return field + '"';
}

std::string writeHandoffsCsv(const Plan &plan,
                             const std::vector<Handoff> &handoffs,
                             const std::vector<TaskRoute> &routes)
{
    std::string csv =
        "from,from id,to,to id,at,from local,to local,kind,overlap minutes,"
        "wait minutes,pickup,sync slot start,sync slot end,tasks,notes\r\n";
    // Each route's handoffs by (from, to, at), once: scanning every route
    // for every handoff was quadratic in large plans. Within a key, the
    // routes stay in route order and each route counts once (its first
    // handoff there), as the scan found them.
    using Key = std::tuple<std::size_t, std::size_t, Instant>;
    std::map<Key, std::vector<std::pair<std::size_t, int>>> passedBy; // -> (route, number)
    for (std::size_t r = 0; r < routes.size(); ++r)
        for (std::size_t h = 0; h < routes[r].handoffs.size(); ++h) {
            const RouteHandoff &passed = routes[r].handoffs[h];
            auto &list = passedBy[Key{passed.from, passed.to, passed.at}];
            if (list.empty() || list.back().first != r)
                list.emplace_back(r, static_cast<int>(h) + 1); // notes are numbered from 1
        }
    for (const Handoff &handoff : handoffs) {
        const Region &from = plan.regions[handoff.from];
        const Region &to = plan.regions[handoff.to];
        std::string tasks;
        std::string notes;
        const auto passing = passedBy.find(Key{handoff.from, handoff.to, handoff.at});
        if (passing != passedBy.end())
            for (const auto &[r, number] : passing->second) {
                const Task &task = plan.tasks[routes[r].task];
                tasks += (tasks.empty() ? "" : "\n") + task.id + " " + task.title;
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
