#pragma once

// Calendar export: a plan, or one region or member of it, over a window of
// instants, as an iCalendar file (RFC 5545) written with libical.
//
// What is in it:
//  - each handoff whose `at` lies in the window (for a region or member: the
//    handoffs its region sends or receives): one event in UTC from `at` to
//    max(pickup, at + 15 min), transparent (free), summary
//    "Handoff EMEA → AMER", a description with both sides' local times, the
//    sync slot if any, and the tasks passed, each with its note for that
//    handoff (Task::handoffNotes, numbered along the task's route);
//  - each member's deep-work blocks (busy, TRANSP:OPAQUE) and comms windows
//    (free, TRANSP:TRANSPARENT): one weekly event per range with
//    DTSTART;TZID=<IANA id> and an RRULE with COUNT, time off and holidays as
//    EXDATEs. Instances that intersect the window are exported, unclipped.
//  - each task segment a member of the scope works (routing.h: the plan's
//    routes, which no window changes) that intersects the window, unclipped:
//    one event in UTC per segment, free (TRANSP:TRANSPARENT: the work lies
//    in working hours, where colleagues should still find comms windows
//    free), summary "T-3 Write runbook" (with " · Anna Schmidt" outside a
//    member's scope), a description with the member's local times and the
//    task's whole route; UID "task-T-3-1@sunrelay" from the task id and the
//    segment's index along the route (0-based; the index follows the last
//    '-'), so a re-export after the task moved updates its segments;
//  - what ExportRequest::include names; by default all of the above;
//  - a VTIMEZONE for every TZID, with the plain IANA id as TZID, written
//    from the engine's own tz database (date/tz on the system zoneinfo, not
//    libical's builtin zones): one STANDARD or DAYLIGHT component per offset
//    change, from the last change before the zone's first event through its
//    last event, so a client that reads only the file lands on the engine's
//    instants (see zones.h).
//
// DST: calendar clients do not all follow RFC 5545 §3.3.5 (ical.js and
// libical read a skipped time with the offset after the gap and a repeated
// one as the second occurrence; an RRULE instance lasts DTEND - DTSTART in
// exact time). So an instance whose local start or end is skipped or
// repeated, or whose length in UTC differs from its wall-clock length, is
// never left to the rule: the rule is split around it and it is written as
// its own event in UTC. An instance that a DST gap leaves empty (New York,
// 02:15-03:00 on 2026-03-08 is 07:15Z-07:00Z) is not written at all: the
// schedule has none.
//
// libical's RRULE expansion (3.0, built with ICU) steps through a rule's
// readings in ICU's calendar for the TZID, with ICU's own, older copy of the
// tz database (Debian 12's ICU 72: tzdata 2022e); a reading in a DST gap
// there is pushed past the gap and drags the next readings with it. Hence:
//  - a weekly rule's WKST is the weekday of its DTSTART (no change for RFC
//    5545 at INTERVAL=1); otherwise libical also steps through the days of
//    DTSTART's week before DTSTART, and Asia/Jerusalem's Friday change
//    pushed the daily 02:30 block of Saturday 2028-03-25 to 03:30;
//  - each rule is expanded with the libical the exporter is linked with, and
//    an instance that libical reads differently from the engine is taken out
//    of the rule and written as its own event in UTC (Asia/Gaza moved its
//    2025 spring change to 04-12; ICU still springs forward on 03-29, and
//    a daily 02:30 block on 03-29 and 03-30 came out an hour late).
// Every instant in the file is the engine's instant; the tests read files
// back with libical and Python's icalendar, for every zone of zone1970.tab
// month by month over 2024-2030.
//
// UIDs derive from entity ids ("deepwork-anna-0@sunrelay",
// "handoff-emea-amer-20261130T170000Z@sunrelay"), so importing an updated
// export replaces events. SEQUENCE and DTSTAMP: an event equal to the one of
// the same UID in `previous` (the earlier export) keeps both; a changed event
// gets SEQUENCE + 1 and DTSTAMP = `stamp`; a new one SEQUENCE 0. The output
// depends only on the arguments and the system's tz database, libical and
// ICU (golden files work on one system), no METHOD is written.
//
// Example:
//   ExportRequest request{.scope = ExportScope::Member, .id = "anna",
//                         .window = dayWindow(2026_y/11/30, 2026_y/12/6),
//                         .stamp = t};
//   exportCalendar(plan, request).value()   // "BEGIN:VCALENDAR\r\n..."

#include "sunrelay/core/expected.h"
#include "sunrelay/core/plan.h"
#include "sunrelay/ical/ical_error.h"

#include <string>
#include <vector>

namespace sunrelay::ical
{

enum class ExportScope {
    Plan,
    Region,
    Member
};

// What a calendar file holds; by default everything. A file with nothing
// included (or nothing in the window) is still a valid calendar, without
// events.
struct ExportContents {
    bool handoffs = true;
    bool deepWork = true;
    bool comms = true;
    bool taskSegments = true;

    bool operator==(const ExportContents &) const = default;
};

struct ExportRequest {
    ExportScope scope = ExportScope::Plan;
    std::string id{}; // the region or member for those scopes
    Interval window{};
    Instant stamp{}; // DTSTAMP of new and changed events (UTC)
    std::string previous{}; // the earlier export of this scope; may be empty
    ExportContents include{};

    bool operator==(const ExportRequest &) const = default;
};

// The calendar file, CRLF line ends, lines folded by libical. `warnings`
// gets what did not stop the export: an earlier export (request.previous)
// that cannot be read within ImportLimits' lexical bounds is ignored (every
// event SEQUENCE 0) with a warning saying why and where in it (the
// import's error for that text).
Expected<std::string, IcalError>
exportCalendar(const Plan &plan, const ExportRequest &request, std::vector<IcalError> &warnings);
// The same, the warnings dropped.
Expected<std::string, IcalError> exportCalendar(const Plan &plan, const ExportRequest &request);

// Several calendars of one plan, each exactly as exportCalendar writes it
// (warnings dropped), with the plan's routes and each window's handoffs
// worked out once for all of them: what a CalDAV publish of one calendar
// per member and region needs (500 separate exports of a 500-member plan
// route and schedule the whole plan 500 times). Stops at the first request
// that fails, with its error.
Expected<std::vector<std::string>, IcalError>
exportCalendars(const Plan &plan, const std::vector<ExportRequest> &requests);

// "deepwork-anna-0@sunrelay": the UID of a member's weekly range; a part of
// the rule after a split adds "-from-YYYYMMDD", an instance written in UTC
// "-YYYYMMDD" (its local start date).
enum class PatternKind {
    DeepWork,
    Comms
};
std::string patternUid(PatternKind kind, const std::string &memberId, std::size_t range);

// "task-T-3-1@sunrelay": the UID of segment `segment` (0-based, along the
// route) of task `taskId`.
std::string taskSegmentUid(const std::string &taskId, std::size_t segment);

} // namespace sunrelay::ical
