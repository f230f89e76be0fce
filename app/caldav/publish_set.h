#pragma once

// What a publish puts on the server, worked out from the plan without any
// network: the calendars of a scope and, in each, one resource per event
// UID, each a complete iCalendar object (the event and the VTIMEZONEs it
// names), as the calendar exporter (sunrelay/ical/calendar_export.h) writes
// them.
//
//  - Calendars: one per member ("sunrelay-member-<id>", key "member:<id>":
//    deep work, comms windows, the handoffs of the member's region with
//    their notes, the member's task segments), one per region
//    ("sunrelay-region-<id>", key "region:<id>") and one with every handoff
//    ("sunrelay-handoffs", key "handoffs"). A member scope publishes the
//    member's calendar; a region scope the region's and its members'.
//  - Each event carries X-SUNRELAY-DIGEST: a SHA-256 of the event's text
//    without DTSTAMP, SEQUENCE and the digest itself. A publish compares
//    digests, never the server's text, so a server that reformats what it
//    stores does not make an event look changed, and a republish of an
//    unchanged plan sends nothing.
//
// Example: publishSet(demo, {PublishScopeKind::Member, "anna"}, window, now)
//   -> [{slug "sunrelay-member-anna", key "member:anna", name "Sunrelay: Anna Schmidt",
//        resources [{uid "deepwork-anna-0@sunrelay", ics "BEGIN:VCALENDAR..."}]}]

#include "sunrelay/core/expected.h"
#include "sunrelay/core/plan.h"
#include "sunrelay/ical/ical_error.h"

#include <string>
#include <string_view>
#include <vector>

namespace sunrelay::caldav
{

enum class PublishScopeKind {
    All,
    Region,
    Member
};

struct PublishScope {
    PublishScopeKind kind = PublishScopeKind::All;
    std::string id{};
};

struct PublishResource {
    std::string uid;
    std::string ics; // one VCALENDAR, CRLF line ends
    std::string digest; // X-SUNRELAY-DIGEST
};

// Calendar keys name a publish's calendars independently of the server:
// a calendar map (calendar_map.h) maps them to existing calendars.
inline constexpr std::string_view memberKeyPrefix = "member:"; // + the member's id
inline constexpr std::string_view regionKeyPrefix = "region:"; // + the region's id
inline constexpr std::string_view handoffsCalendarKey = "handoffs";

struct PublishCalendar {
    std::string slug; // the collection's last path segment
    std::string key; // the calendar key ("member:anna")
    std::string displayName;
    std::vector<PublishResource> resources; // sorted by uid
};

// The property publishes mark their events with.
inline constexpr const char *digestProperty = "X-SUNRELAY-DIGEST";

Expected<std::vector<PublishCalendar>, ical::IcalError>
publishSet(const Plan &plan, const PublishScope &scope, const Interval &window, Instant stamp);

// One exported calendar split into one resource per UID.
Expected<std::vector<PublishResource>, ical::IcalError> splitCalendar(const std::string &ics);

// The digest a resource's text carries, read without a full parse (first
// X-SUNRELAY-DIGEST, unfolded); empty when it has none. Also its first UID.
std::string digestOf(std::string_view ics);
std::string uidOf(std::string_view ics);

} // namespace sunrelay::caldav
