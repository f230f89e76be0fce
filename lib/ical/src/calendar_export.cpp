#include "sunrelay/ical/calendar_export.h"

#include "calendar_reader.h"
#include "libical_ptr.h"
#include "zones.h"

#include "sunrelay/core/expansion.h"
#include "sunrelay/core/routing.h"
#include "sunrelay/core/schedule_report.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace sunrelay::ical
{

namespace
{

using detail::ComponentPtr;

constexpr Minutes shortestHandoffEvent{15};
// The tz database of Debian's date library ends in 2037 (see README).
constexpr date::sys_days firstExportDay = date::year{1970} / 1 / 1;
constexpr date::sys_days lastExportDay = date::year{2038} / 1 / 1;

using detail::readingTime;
using detail::utcTime;

icalproperty *withTzid(icalproperty *property, const std::string &tzid)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(tzid.c_str()));
    return property;
}

// The length of the UTF-8 character at text[i], or 0 if the bytes there
// are no valid UTF-8 (overlong, a surrogate, past U+10FFFF, cut short).
std::size_t utf8Length(const std::string &text, std::size_t i)
{
    const auto byte = [&](std::size_t k) {
        return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u;
    };
    const unsigned lead = byte(i);
    const auto continues = [&](std::size_t k) {
        return (byte(k) & 0xC0) == 0x80;
    };
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continues(i + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned second = byte(i + 1);
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F))
            return 0;
        return continues(i + 1) && continues(i + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned second = byte(i + 1);
        if ((lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
            return 0;
        return continues(i + 1) && continues(i + 2) && continues(i + 3) ? 4 : 0;
    }
    return 0;
}

// User text as iCalendar TEXT may carry it (RFC 5545 3.3.11): one kind of
// line break, LF (libical writes it as \n; CRLF and CR become LF); TAB
// kept; the other control characters (C0, DEL, C1: a terminal or a client
// would act on them) dropped; bytes that are not UTF-8 (a plan file from
// elsewhere) become U+FFFD. libical escapes \ ; , and the line break.
std::string userText(const std::string &text)
{
    std::string result;
    result.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\r') {
            result += '\n';
            i += i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
            continue;
        }
        const std::size_t length = utf8Length(text, i);
        if (length == 0) {
            result += "\uFFFD";
            ++i;
            continue;
        }
        const bool control = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F
            || (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0);
        if (!control)
            result.append(text, i, length);
        i += length;
    }
    return result;
}

// A TEXT value escaped by hand (RFC 5545 3.3.11), for the one property
// libical writes without escaping ; and , (an X- property).
std::string escapedText(const std::string &text)
{
    std::string result;
    for (const char c : text) {
        if (c == '\\' || c == ';' || c == ',')
            result += '\\';
        if (c == '\n')
            result += "\\n";
        else
            result += c;
    }
    return result;
}

// A content line folded as RFC 5545 3.1 asks: at most 75 octets a line,
// never inside a UTF-8 character, CRLF and a space before each continuation.
std::string foldedLine(const std::string &line)
{
    std::string result;
    std::size_t lineStart = 0; // in `result`, after the last CRLF
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = 1;
        while (i + length < line.size()
               && (static_cast<unsigned char>(line[i + length]) & 0xC0) == 0x80)
            ++length;
        if (result.size() - lineStart + length > 75) {
            result += "\r\n ";
            lineStart = result.size() - 1;
        }
        result.append(line, i, length);
        i += length;
    }
    return result + "\r\n";
}

// X-WR-CALNAME after CALSCALE, written by hand: libical escapes neither ;
// nor , in an X- property's value.
std::string withCalendarName(std::string calendar, const std::string &name)
{
    const std::string calscale = "CALSCALE:GREGORIAN\r\n";
    const std::size_t at = calendar.find(calscale);
    if (at != std::string::npos)
        calendar.insert(at + calscale.size(),
                        foldedLine("X-WR-CALNAME:" + escapedText(userText(name))));
    return calendar;
}

std::string compactDate(LocalDate day)
{
    return date::format("%Y%m%d", day);
}

std::string compactUtc(Instant t)
{
    return date::format("%Y%m%dT%H%M%SZ", t);
}

std::string durationText(Seconds length)
{
    const auto minutes = date::floor<Minutes>(length).count();
    const auto hours = minutes / 60;
    if (hours == 0)
        return std::to_string(minutes) + " min";
    if (minutes % 60 == 0)
        return std::to_string(hours) + " h";
    return std::to_string(hours) + " h " + std::to_string(minutes % 60) + " min";
}

// "Mon 30 Nov 18:00 CET Europe/Berlin"
std::string localText(const TimeZone &zone, Instant t)
{
    return date::format("%a %d %b %H:%M %Z ", date::make_zoned(&zone.tz(), t)) + zone.name();
}

// What the previous export said about each UID.
struct PreviousEvent {
    int sequence = 0;
    icaltimetype stamp{};
    std::string text; // without DTSTAMP and SEQUENCE
};

std::string comparableText(icalcomponent *event)
{
    ComponentPtr copy(icalcomponent_new_clone(event));
    for (const icalproperty_kind kind : {ICAL_DTSTAMP_PROPERTY, ICAL_SEQUENCE_PROPERTY})
        while (icalproperty *p = icalcomponent_get_first_property(copy.get(), kind)) {
            icalcomponent_remove_property(copy.get(), p);
            icalproperty_free(p);
        }
    return detail::toText(copy.get());
}

// The earlier export, read through the import's lexical limits (it is a
// file the user names, whatever sits there); one that cannot be read gives
// a warning and no events, so the export is fresh.
std::map<std::string, PreviousEvent> readPrevious(const std::string &previous,
                                                  std::vector<IcalError> &warnings)
{
    std::map<std::string, PreviousEvent> events;
    if (previous.empty())
        return events;
    const std::string_view text = detail::withoutByteOrderMark(previous);
    const auto unreadable = [&](IcalError problem) {
        warnings.push_back(std::move(problem));
        return std::map<std::string, PreviousEvent>{};
    };
    if (auto problem = detail::checkCalendarText(text, ImportLimits{}))
        return unreadable(*problem);
    ComponentPtr root(icalparser_parse_string(std::string(text).c_str()));
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
        return unreadable({IcalErrorCode::NotACalendar, "no VCALENDAR component", {}, 0});
    for (icalcomponent *e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        const char *uid = icalcomponent_get_uid(e);
        if (!uid)
            continue;
        PreviousEvent event;
        if (icalcomponent_get_first_property(e, ICAL_SEQUENCE_PROPERTY))
            event.sequence = std::max(0, icalcomponent_get_sequence(e));
        event.stamp = icalcomponent_get_dtstamp(e);
        event.text = comparableText(e);
        events[uid] = std::move(event);
    }
    return events;
}

// The weekly rule of `range` for `count` instances from `startDate`.
icalrecurrencetype weeklyRule(const WeeklyRange &range, LocalDate startDate, std::size_t count)
{
    icalrecurrencetype rule;
    icalrecurrencetype_clear(&rule);
    rule.freq = ICAL_WEEKLY_RECURRENCE;
    rule.interval = 1;
    rule.count = static_cast<int>(count);
    // BYDAY in week order from WKST, as libical's parser leaves it (its
    // iterator relies on that order).
    const date::weekday weekStart{startDate};
    std::size_t n = 0;
    for (unsigned i = 0; i < 7; ++i)
        if (const date::weekday day = weekStart + date::days{i}; range.days.contains(day))
            rule.by_day[n++] = static_cast<short>(day.c_encoding() + 1); // SU = 1
    rule.by_day[n] = ICAL_RECURRENCE_ARRAY_MAX;
    // The week starts on DTSTART's weekday (for a weekly rule of interval 1
    // WKST changes nothing in RFC 5545): libical otherwise steps through the
    // days of DTSTART's week before DTSTART too (see firstMisread), and one
    // of them in a gap shifts DTSTART's own instance. Asia/Jerusalem's
    // clocks go forward on Friday 2028-03-24 02:00: the daily 02:30 rule
    // resumed on Saturday came out at 03:30, an hour late.
    rule.week_start = static_cast<icalrecurrencetype_weekday>(weekStart.c_encoding() + 1);
    return rule;
}

// libical (3.0, built with ICU) expands an RRULE in ICU's calendar for the
// zone named by DTSTART's TZID, with ICU's own copy of the tz database (ICU
// 72: tzdata 2022e). A reading that falls into a DST gap there is pushed past
// the gap, and the next readings keep the push: Asia/Gaza's clocks went
// forward on 2025-04-12 (after Ramadan), but ICU still has the 2022 rule
// (the Saturday on or before 30 March, 02:00), so a daily 02:30 block came
// out at 03:30 on 2025-03-29 and 2025-03-30. libical clients (Evolution) show exactly that.
// The index of the first of `readings` (the rule's instances in order) that
// libical's expansion gets wrong; readings.size() if none.
std::size_t firstMisread(const icalrecurrencetype &rule,
                         const std::vector<LocalTime> &readings,
                         icaltimezone *icuZone)
{
    icaltimetype start = readingTime(readings.front());
    start.zone = icuZone;
    detail::IteratorPtr it(icalrecur_iterator_new(rule, start));
    if (!it)
        return 0;
    for (std::size_t i = 0; i < readings.size(); ++i) {
        const icaltimetype got = icalrecur_iterator_next(it.get());
        const icaltimetype want = readingTime(readings[i]);
        if (icaltime_is_null_time(got) || got.year != want.year || got.month != want.month
            || got.day != want.day || got.hour != want.hour || got.minute != want.minute
            || got.second != want.second)
            return i;
    }
    return readings.size();
}

// What the calendars of one plan share, worked out on first use: the plan's
// routes (no window changes them), the handoffs of each window and each
// handoff's description (every member calendar of a region repeats the
// region's handoffs). Routing and scheduling the whole plan cost far more
// than writing one member's calendar, so a publish of 500 calendars must
// not redo them 500 times.
class PlanFacts
{
public:
    explicit PlanFacts(const Plan &plan)
        : m_plan(plan)
    {
    }

    const std::vector<TaskRoute> &routes()
    {
        if (!m_routes)
            m_routes = routePlan(m_plan).routes;
        return *m_routes;
    }

    struct WindowHandoffs {
        Interval window;
        std::vector<Handoff> handoffs;
        std::vector<std::optional<std::string>> descriptions; // by handoff, once written
    };

    WindowHandoffs &handoffs(const Interval &window)
    {
        for (WindowHandoffs &computed : m_handoffs)
            if (computed.window == window)
                return computed;
        std::vector<Handoff> handoffs = reportSchedule(m_plan, window).handoffs;
        const std::size_t count = handoffs.size();
        m_handoffs.push_back(
            {window, std::move(handoffs), std::vector<std::optional<std::string>>(count)});
        return m_handoffs.back();
    }

private:
    const Plan &m_plan;
    std::optional<std::vector<TaskRoute>> m_routes;
    std::vector<WindowHandoffs> m_handoffs;
};

class Exporter
{
public:
    Exporter(PlanFacts &facts,
             const Plan &plan,
             const ExportRequest &request,
             std::vector<IcalError> &warnings)
        : m_facts(facts)
        , m_plan(plan)
        , m_request(request)
        , m_warnings(warnings)
    {
    }

    Expected<std::string, IcalError> run();

private:
    class RangeSeries;
    struct ExportMembers {
        std::vector<std::size_t> members;
        std::set<std::size_t> regions;
        std::string scopeName;
    };

    Expected<ExportMembers, IcalError> resolveScope() const;

    std::string handoffDescription(const Handoff &handoff,
                                   const std::vector<TaskRoute> &routes) const;
    void handoffEvent(const Handoff &handoff, const std::string &description);
    void patternEvents(const Member &member, PatternKind kind);
    void taskSegmentEvents(const TaskRoute &route, const std::set<std::size_t> &members);
    // Notes that events of the file read `instance` in `zone`: its VTIMEZONE
    // must cover it.
    void coverInZone(const TimeZone &zone, const Interval &instance);
    // A libical zone that is only the name `tzid`, for libical's recurrence
    // iterator, which hands the name to ICU.
    icaltimezone *namedZone(const std::string &tzid);
    ComponentPtr
    newEvent(const std::string &uid, const std::string &summary, icalproperty_transp transp);
    void finish(ComponentPtr event);

    PlanFacts &m_facts;
    const Plan &m_plan;
    const ExportRequest &m_request;
    std::vector<IcalError> &m_warnings;
    std::map<std::string, PreviousEvent> m_previous;
    struct ZoneUse {
        TimeZone zone;
        Interval span; // from the first zoned reading to the last one
    };
    std::map<std::string, ZoneUse> m_zones; // by TZID, sorted
    std::map<std::string, detail::TimezonePtr> m_namedZones;
    std::vector<ComponentPtr> m_events;
};

void Exporter::coverInZone(const TimeZone &zone, const Interval &instance)
{
    const auto [use, added] = m_zones.try_emplace(zone.name(), ZoneUse{zone, instance});
    if (!added)
        use->second.span = {std::min(use->second.span.start, instance.start),
                            std::max(use->second.span.end, instance.end)};
}

icaltimezone *Exporter::namedZone(const std::string &tzid)
{
    auto found = m_namedZones.find(tzid);
    if (found == m_namedZones.end()) {
        detail::TimezonePtr zone(icaltimezone_new());
        icalcomponent *vtimezone = icalcomponent_new_vtimezone();
        icalcomponent_add_property(vtimezone, icalproperty_new_tzid(tzid.c_str()));
        icaltimezone_set_component(zone.get(), vtimezone); // takes it
        found = m_namedZones.emplace(tzid, std::move(zone)).first;
    }
    return found->second.get();
}

ComponentPtr
Exporter::newEvent(const std::string &uid, const std::string &summary, icalproperty_transp transp)
{
    ComponentPtr event(icalcomponent_new_vevent());
    icalcomponent_add_property(event.get(), icalproperty_new_uid(userText(uid).c_str()));
    icalcomponent_add_property(event.get(), icalproperty_new_summary(userText(summary).c_str()));
    icalcomponent_add_property(event.get(), icalproperty_new_transp(transp));
    return event;
}

void Exporter::finish(ComponentPtr event)
{
    // SEQUENCE and DTSTAMP from the previous export: kept for an unchanged
    // event, bumped for a changed one.
    const std::string uid = icalcomponent_get_uid(event.get());
    const auto previous = m_previous.find(uid);
    int sequence = 0;
    icaltimetype stamp = utcTime(m_request.stamp);
    if (previous != m_previous.end()) {
        if (previous->second.text == comparableText(event.get())) {
            sequence = previous->second.sequence;
            if (!icaltime_is_null_time(previous->second.stamp)
                && icaltime_is_utc(previous->second.stamp))
                stamp = previous->second.stamp;
        } else {
            sequence = previous->second.sequence + 1;
        }
    }
    icalcomponent_add_property(event.get(), icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(event.get(), icalproperty_new_sequence(sequence));
    m_events.push_back(std::move(event));
}

void Exporter::handoffEvent(const Handoff &handoff, const std::string &description)
{
    const Region &from = m_plan.regions[handoff.from];
    const Region &to = m_plan.regions[handoff.to];
    const std::string uid =
        "handoff-" + from.id + "-" + to.id + "-" + compactUtc(handoff.at) + "@sunrelay";
    ComponentPtr event = newEvent(uid,
                                  userText("Handoff " + from.name + " \u2192 " + to.name),
                                  ICAL_TRANSP_TRANSPARENT);
    const Instant end = std::max(handoff.pickup, handoff.at + shortestHandoffEvent);
    icalcomponent_add_property(event.get(), icalproperty_new_dtstart(utcTime(handoff.at)));
    icalcomponent_add_property(event.get(), icalproperty_new_dtend(utcTime(end)));
    icalcomponent_add_property(event.get(), icalproperty_new_description(description.c_str()));
    finish(std::move(event));
}

// Both sides' local times, the sync slot, the tasks passed with their notes;
// as DESCRIPTION text (userText).
std::string Exporter::handoffDescription(const Handoff &handoff,
                                         const std::vector<TaskRoute> &routes) const
{
    const Region &from = m_plan.regions[handoff.from];
    const Region &to = m_plan.regions[handoff.to];
    // Both sides' local times, one line per zone of each side.
    const auto sideText = [&](std::size_t region, Instant t) {
        std::string text;
        std::set<std::string> seen;
        for (const std::size_t m : m_plan.membersOf(region)) {
            const TimeZone &zone = m_plan.members[m].zone;
            if (!seen.insert(zone.name()).second)
                continue;
            text += "\n  " + localText(zone, t);
        }
        return text;
    };
    std::string description = from.name + " \u2192 " + to.name + ": ";
    description += handoff.kind == HandoffKind::Overlap
        ? "overlap handoff, " + durationText(handoff.overlap) + " overlap."
        : "gap handoff, the work waits " + durationText(handoff.wait) + ".";
    description += "\n" + from.name + " hands off at:" + sideText(handoff.from, handoff.at);
    description += "\n" + to.name + " picks up at:" + sideText(handoff.to, handoff.pickup);
    if (handoff.syncSlot)
        description += "\nSync slot: " + date::format("%Y-%m-%d %H:%M", handoff.syncSlot->start)
            + "\u2013" + date::format("%H:%M UTC", handoff.syncSlot->end) + " ("
            + durationText(handoff.syncSlot->length()) + ")";
    else if (handoff.kind == HandoffKind::Overlap)
        description += "\nNo sync slot: async only (a written note).";
    std::string tasks;
    for (const TaskRoute &route : routes) {
        const auto passed =
            std::find_if(route.handoffs.begin(), route.handoffs.end(), [&](const RouteHandoff &h) {
                return h.from == handoff.from && h.to == handoff.to && h.at == handoff.at;
            });
        if (passed == route.handoffs.end())
            continue;
        const Task &task = m_plan.tasks[route.task];
        tasks += "\n- " + userText(task.id + " " + task.title);
        // Its note for this handoff: notes are numbered along the route.
        const int number = static_cast<int>(passed - route.handoffs.begin()) + 1;
        if (const std::string_view note = handoffNote(task, number); !note.empty())
            tasks += "\n  Note: " + userText(std::string(note));
    }
    if (!tasks.empty())
        description += "\nTasks passed:" + tasks;
    return userText(description);
}

// "1. EMEA, Anna Schmidt: 2026-11-30 08:00–16:30 UTC"
std::string segmentLine(const Plan &plan, std::size_t number, const RouteSegment &segment)
{
    return std::to_string(number) + ". " + plan.regions[segment.region].name + ", "
        + plan.members[segment.member].name + ": "
        + date::format("%Y-%m-%d %H:%M", segment.interval.start) + "\u2013"
        + (date::floor<date::days>(segment.interval.start)
                   == date::floor<date::days>(segment.interval.end)
               ? date::format("%H:%M UTC", segment.interval.end)
               : date::format("%Y-%m-%d %H:%M UTC", segment.interval.end));
}

void Exporter::taskSegmentEvents(const TaskRoute &route, const std::set<std::size_t> &members)
{
    const Task &task = m_plan.tasks[route.task];
    std::string routeText;
    for (std::size_t s = 0; s < route.segments.size(); ++s)
        routeText += "\n" + segmentLine(m_plan, s + 1, route.segments[s]);
    routeText += route.finish ? "\nFinishes " + date::format("%Y-%m-%d %H:%M UTC", *route.finish)
                              : std::string("\nNot finished within the plan's routing horizon.");
    for (std::size_t s = 0; s < route.segments.size(); ++s) {
        const RouteSegment &segment = route.segments[s];
        if (!members.count(segment.member) || !segment.interval.intersects(m_request.window))
            continue;
        const Member &member = m_plan.members[segment.member];
        std::string summary = task.id + " " + task.title;
        if (m_request.scope != ExportScope::Member)
            summary += " \u00b7 " + member.name;
        ComponentPtr event = newEvent(taskSegmentUid(task.id, s), summary, ICAL_TRANSP_TRANSPARENT);
        icalcomponent_add_property(event.get(),
                                   icalproperty_new_dtstart(utcTime(segment.interval.start)));
        icalcomponent_add_property(event.get(),
                                   icalproperty_new_dtend(utcTime(segment.interval.end)));
        const std::string description = "Segment " + std::to_string(s + 1) + " of "
            + std::to_string(route.segments.size()) + " of " + task.id + " " + task.title + ": "
            + member.name + " (" + m_plan.regions[segment.region].name + ") works it\n  from "
            + localText(member.zone, segment.interval.start) + "\n  to "
            + localText(member.zone, segment.interval.end) + "\nRoute:" + routeText;
        icalcomponent_add_property(event.get(),
                                   icalproperty_new_description(userText(description).c_str()));
        finish(std::move(event));
    }
}

std::string patternUidBase(PatternKind kind, const std::string &memberId, std::size_t range)
{
    return std::string(kind == PatternKind::DeepWork ? "deepwork-" : "comms-") + memberId + "-"
        + std::to_string(range);
}

// The texts every event of one member's pattern carries.
struct PatternTexts {
    std::string summary;
    std::string description;
    icalproperty_transp transp;
};

// Writes the instances of one weekly range as RRULE events, in series of
// consecutive instances each left to a rule, and as standalone UTC events
// where no client's reading of a rule can be trusted.
class Exporter::RangeSeries
{
public:
    RangeSeries(Exporter &exporter,
                const Member &member,
                const WeeklyRange &range,
                std::string uidBase,
                const PatternTexts &texts)
        : m_exporter(exporter)
        , m_member(member)
        , m_range(range)
        , m_uidBase(std::move(uidBase))
        , m_texts(texts)
        , m_icuZone(exporter.namedZone(member.zone.name()))
    {
    }

    // Takes the next instance of the range, in date order.
    void add(const ExpandedRange &instance,
             const std::vector<DateRange> &timeOff,
             const Interval &window)
    {
        const Interval interval{instance.start.instant, instance.end.instant};
        // A DST gap can leave nothing of an instance (New York, 02:15-03:00
        // on spring-forward night is 07:15Z-07:00Z): the schedule has no
        // such instance, and neither has the file. The rule is split
        // around it, so no client makes one from the RRULE either.
        if (interval.isEmpty()) {
            flush();
            return;
        }
        if (!interval.intersects(window))
            return;
        const bool excluded =
            std::any_of(timeOff.begin(), timeOff.end(), [&](const DateRange &off) {
                return off.contains(instance.date);
            });
        const Seconds wallLength =
            m_range.localEnd(instance.date) - m_range.localStart(instance.date);
        // Left to no client's reading: skipped or repeated ends, or a UTC
        // length that differs from the wall-clock one.
        const bool standalone = instance.start.kind != LocalTimeKind::Unique
            || instance.end.kind != LocalTimeKind::Unique || interval.length() != wallLength;
        if (!standalone) {
            m_series.push_back({instance, excluded});
            return;
        }
        flush();
        if (!excluded)
            writeStandalone(instance);
    }

    // Writes the series collected so far as rules; an instance that
    // libical's expansion of its rule would read wrong (see firstMisread) is
    // taken out of the rule and written as its own UTC event, and a new rule
    // starts after it.
    void flush()
    {
        ItemIt begin = m_series.begin();
        const ItemIt end = m_series.end();
        while ((begin = firstIncluded(begin, end)) != end) {
            ItemIt last = end;
            while ((last - 1)->excluded)
                --last;
            const std::size_t misread = firstMisreadIn(begin, last);
            if (misread == std::size_t(last - begin)) {
                writeRule(begin, last);
                break;
            }
            const ItemIt wrong = begin + std::ptrdiff_t(misread);
            ItemIt ruleEnd = wrong;
            while (ruleEnd != begin && (ruleEnd - 1)->excluded)
                --ruleEnd;
            if (ruleEnd != begin)
                writeRule(begin, ruleEnd);
            if (!wrong->excluded)
                writeStandalone(wrong->instance);
            begin = wrong + 1;
        }
        m_series.clear();
    }

private:
    struct Item {
        ExpandedRange instance;
        bool excluded;
    };
    using ItemIt = std::vector<Item>::const_iterator;

    static ItemIt firstIncluded(ItemIt begin, ItemIt end)
    {
        while (begin != end && begin->excluded)
            ++begin;
        return begin;
    }

    // The index of the first instance of [begin, last) that libical reads
    // differently from the engine; last - begin when none.
    std::size_t firstMisreadIn(ItemIt begin, ItemIt last) const
    {
        std::vector<LocalTime> readings;
        for (auto it = begin; it != last; ++it)
            readings.push_back(m_range.localStart(it->instance.date));
        if (readings.size() < 2)
            return readings.size();
        return firstMisread(weeklyRule(m_range, begin->instance.date, readings.size()),
                            readings,
                            m_icuZone);
    }

    void writeStandalone(const ExpandedRange &instance)
    {
        ComponentPtr event =
            m_exporter.newEvent(m_uidBase + "-" + compactDate(instance.date) + "@sunrelay",
                                m_texts.summary,
                                m_texts.transp);
        icalcomponent_add_property(event.get(),
                                   icalproperty_new_dtstart(utcTime(instance.start.instant)));
        icalcomponent_add_property(event.get(),
                                   icalproperty_new_dtend(utcTime(instance.end.instant)));
        addDescription(event.get());
        m_exporter.finish(std::move(event));
    }

    // [begin, end): the first and last are not excluded.
    void writeRule(ItemIt begin, ItemIt end)
    {
        const LocalDate startDate = begin->instance.date;
        const std::string uid = m_firstSeries
            ? m_uidBase + "@sunrelay"
            : m_uidBase + "-from-" + compactDate(startDate) + "@sunrelay";
        m_firstSeries = false;
        const std::string &tzid = m_member.zone.name();
        ComponentPtr event = m_exporter.newEvent(uid, m_texts.summary, m_texts.transp);
        icalcomponent_add_property(
            event.get(),
            withTzid(icalproperty_new_dtstart(readingTime(m_range.localStart(startDate))), tzid));
        icalcomponent_add_property(
            event.get(),
            withTzid(icalproperty_new_dtend(readingTime(m_range.localEnd(startDate))), tzid));
        for (auto it = begin; it != end; ++it)
            m_exporter.coverInZone(m_member.zone,
                                   {it->instance.start.instant, it->instance.end.instant});
        const auto count = std::size_t(end - begin);
        if (count > 1) {
            icalcomponent_add_property(
                event.get(),
                icalproperty_new_rrule(weeklyRule(m_range, startDate, count)));
            for (auto it = begin; it != end; ++it)
                if (it->excluded)
                    icalcomponent_add_property(event.get(),
                                               withTzid(icalproperty_new_exdate(readingTime(
                                                            m_range.localStart(it->instance.date))),
                                                        tzid));
        }
        addDescription(event.get());
        m_exporter.finish(std::move(event));
    }

    void addDescription(icalcomponent *event) const
    {
        icalcomponent_add_property(
            event,
            icalproperty_new_description(userText(m_texts.description).c_str()));
    }

    Exporter &m_exporter;
    const Member &m_member;
    const WeeklyRange &m_range;
    const std::string m_uidBase;
    const PatternTexts &m_texts;
    icaltimezone *const m_icuZone;
    std::vector<Item> m_series; // consecutive instances, none left to no rule
    bool m_firstSeries = true;
};

void Exporter::patternEvents(const Member &member, PatternKind kind)
{
    const WeeklyPattern &pattern = kind == PatternKind::DeepWork ? member.deepWork : member.comms;
    if (pattern.isEmpty())
        return;
    LocalTimeResolver resolver(member.zone);
    const LocalDate first =
        date::floor<date::days>(toLocal(member.zone, m_request.window.start)) - date::days{1};
    const LocalDate last = date::floor<date::days>(toLocal(member.zone, m_request.window.end));
    const std::vector<ExpandedRange> instances = expandInstances(pattern, resolver, first, last);
    const std::vector<DateRange> timeOff = effectiveTimeOff(m_plan, member);
    const bool busy = kind == PatternKind::DeepWork;
    PatternTexts texts{busy ? "Deep work" : "Comms window",
                       (busy ? "Protected deep-work block of " : "Comms window of ") + member.name
                           + " (" + member.zone.name() + "), from Sunrelay plan \""
                           + userText(m_plan.name) + "\".",
                       busy ? ICAL_TRANSP_OPAQUE : ICAL_TRANSP_TRANSPARENT};
    if (m_request.scope != ExportScope::Member)
        texts.summary += " \u00b7 " + member.name;

    for (std::size_t r = 0; r < pattern.ranges.size(); ++r) {
        RangeSeries series(*this,
                           member,
                           pattern.ranges[r],
                           patternUidBase(kind, member.id, r),
                           texts);
        for (const ExpandedRange &instance : instances)
            if (instance.rangeIndex == r)
                series.add(instance, timeOff, m_request.window);
        series.flush();
    }
}

// Who the export is for: the members whose blocks it holds, the regions
// whose handoffs, and the calendar's name.
Expected<Exporter::ExportMembers, IcalError> Exporter::resolveScope() const
{
    ExportMembers result;
    auto &[members, regions, scopeName] = result;
    switch (m_request.scope) {
    case ExportScope::Plan:
        for (std::size_t m = 0; m < m_plan.members.size(); ++m)
            members.push_back(m);
        for (std::size_t r = 0; r < m_plan.regions.size(); ++r)
            regions.insert(r);
        scopeName = m_plan.name;
        break;
    case ExportScope::Region: {
        const auto r = m_plan.regionIndex(m_request.id);
        if (!r)
            return IcalError{IcalErrorCode::UnknownScope,
                             "no region \"" + m_request.id + "\"",
                             {},
                             0};
        members = m_plan.membersOf(*r);
        regions.insert(*r);
        scopeName = m_plan.name + " \u00b7 " + m_plan.regions[*r].name;
        break;
    }
    case ExportScope::Member: {
        const auto m = m_plan.memberIndex(m_request.id);
        if (!m)
            return IcalError{IcalErrorCode::UnknownScope,
                             "no member \"" + m_request.id + "\"",
                             {},
                             0};
        members.push_back(*m);
        if (const auto r = m_plan.regionIndex(m_plan.members[*m].region))
            regions.insert(*r);
        scopeName = m_plan.name + " \u00b7 " + m_plan.members[*m].name;
        break;
    }
    }
    return result;
}

Expected<std::string, IcalError> Exporter::run()
{
    const Interval &window = m_request.window;
    if (window.end <= window.start || window.start < Instant{firstExportDay}
        || window.end > Instant{lastExportDay})
        return IcalError{IcalErrorCode::OutOfRange,
                         "the export window must lie between 1970 and 2037",
                         {},
                         0};

    auto scope = resolveScope();
    if (!scope)
        return scope.error();
    const auto &[members, regions, scopeName] = scope.value();
    m_previous = readPrevious(m_request.previous, m_warnings);

    const ExportContents &include = m_request.include;
    // The tasks a handoff passes on, and the segments members work, come
    // from the plan's routes, which no export window may change (routing.h).
    static const std::vector<TaskRoute> noRoutes;
    const std::vector<TaskRoute> &routes =
        include.handoffs || include.taskSegments ? m_facts.routes() : noRoutes;
    if (include.handoffs) {
        PlanFacts::WindowHandoffs &shared = m_facts.handoffs(window);
        for (std::size_t h = 0; h < shared.handoffs.size(); ++h) {
            const Handoff &handoff = shared.handoffs[h];
            if (!regions.count(handoff.from) && !regions.count(handoff.to))
                continue;
            std::optional<std::string> &description = shared.descriptions[h];
            if (!description)
                description = handoffDescription(handoff, routes);
            handoffEvent(handoff, *description);
        }
    }
    for (const std::size_t m : members) {
        if (include.deepWork)
            patternEvents(m_plan.members[m], PatternKind::DeepWork);
        if (include.comms)
            patternEvents(m_plan.members[m], PatternKind::Comms);
    }
    if (include.taskSegments) {
        const std::set<std::size_t> scopeMembers(members.begin(), members.end());
        for (const TaskRoute &route : routes)
            taskSegmentEvents(route, scopeMembers);
    }

    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Sunrelay//Sunrelay 0.1//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    for (const auto &[tzid, use] : m_zones)
        icalcomponent_add_component(calendar.get(),
                                    detail::vtimezoneFor(use.zone, use.span).release());
    for (ComponentPtr &event : m_events)
        icalcomponent_add_component(calendar.get(), event.release());
    return withCalendarName(detail::toText(calendar.get()), scopeName);
}

} // namespace

std::string patternUid(PatternKind kind, const std::string &memberId, std::size_t range)
{
    return patternUidBase(kind, memberId, range) + "@sunrelay";
}

std::string taskSegmentUid(const std::string &taskId, std::size_t segment)
{
    return "task-" + taskId + "-" + std::to_string(segment) + "@sunrelay";
}

Expected<std::string, IcalError>
exportCalendar(const Plan &plan, const ExportRequest &request, std::vector<IcalError> &warnings)
{
    PlanFacts facts(plan);
    Exporter exporter(facts, plan, request, warnings);
    return exporter.run();
}

Expected<std::vector<std::string>, IcalError>
exportCalendars(const Plan &plan, const std::vector<ExportRequest> &requests)
{
    PlanFacts facts(plan);
    std::vector<std::string> calendars;
    calendars.reserve(requests.size());
    for (const ExportRequest &request : requests) {
        std::vector<IcalError> ignored;
        Exporter exporter(facts, plan, request, ignored);
        auto calendar = exporter.run();
        if (!calendar)
            return calendar.error();
        calendars.push_back(std::move(calendar).value());
    }
    return calendars;
}

Expected<std::string, IcalError> exportCalendar(const Plan &plan, const ExportRequest &request)
{
    std::vector<IcalError> ignored;
    return exportCalendar(plan, request, ignored);
}

} // namespace sunrelay::ical
