#include "publish_set.h"

#include "sunrelay/ical/calendar_export.h"

#include <libical/ical.h>

#include <QCryptographicHash>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace sunrelay::caldav
{

namespace
{

struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

std::string toText(icalcomponent *component)
{
    char *text = icalcomponent_as_ical_string_r(component);
    std::string result = text ? text : "";
    icalmemory_free_buffer(text);
    return result;
}

void removeProperties(icalcomponent *component, icalproperty_kind kind)
{
    while (icalproperty *p = icalcomponent_get_first_property(component, kind)) {
        icalcomponent_remove_property(component, p);
        icalproperty_free(p);
    }
}

void removeDigest(icalcomponent *component)
{
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p;) {
        icalproperty *next = icalcomponent_get_next_property(component, ICAL_X_PROPERTY);
        if (std::string_view(icalproperty_get_x_name(p)) == digestProperty) {
            icalcomponent_remove_property(component, p);
            icalproperty_free(p);
        }
        p = next;
    }
}

// SHA-256 of the events' text without what changes on every export.
std::string eventDigest(const std::vector<icalcomponent *> &events)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (icalcomponent *event : events) {
        ComponentPtr copy(icalcomponent_new_clone(event));
        removeProperties(copy.get(), ICAL_DTSTAMP_PROPERTY);
        removeProperties(copy.get(), ICAL_SEQUENCE_PROPERTY);
        removeDigest(copy.get());
        const std::string text = toText(copy.get());
        hash.addData(QByteArrayView(text.data(), qsizetype(text.size())));
    }
    return hash.result().toHex().left(32).toStdString();
}

// The TZIDs an event's properties name.
void collectTzids(icalcomponent *event, std::set<std::string> &tzids)
{
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_ANY_PROPERTY)) {
        if (icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER))
            tzids.insert(icalparameter_get_tzid(tzid));
    }
}

std::string tzidOf(icalcomponent *vtimezone)
{
    icalproperty *p = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY);
    return p ? icalproperty_get_tzid(p) : "";
}

PublishResource makeResource(icalcomponent *calendar,
                             const std::string &uid,
                             const std::vector<icalcomponent *> &events)
{
    ComponentPtr out(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    for (icalproperty *p = icalcomponent_get_first_property(calendar, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(calendar, ICAL_ANY_PROPERTY))
        icalcomponent_add_property(out.get(), icalproperty_new_clone(p));
    std::set<std::string> tzids;
    for (icalcomponent *event : events)
        collectTzids(event, tzids);
    for (icalcomponent *zone =
             icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
         zone;
         zone = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
        if (tzids.count(tzidOf(zone)))
            icalcomponent_add_component(out.get(), icalcomponent_new_clone(zone));
    }
    const std::string digest = eventDigest(events);
    for (icalcomponent *event : events) {
        icalcomponent *copy = icalcomponent_new_clone(event);
        icalproperty *mark = icalproperty_new_x(digest.c_str());
        icalproperty_set_x_name(mark, digestProperty);
        icalcomponent_add_property(copy, mark);
        icalcomponent_add_component(out.get(), copy);
    }
    return {uid, toText(out.get()), digest};
}

// The value of the first content line named `name` (unfolded), or "".
std::string firstValue(std::string_view text, std::string_view name)
{
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(at, end - at);
        at = end + 1;
        if (line.size() <= name.size() || line.substr(0, name.size()) != name)
            continue;
        const char separator = line[name.size()];
        if (separator != ':' && separator != ';')
            continue;
        std::string value(line.substr(line.find(':') + 1));
        // Folded continuation lines start with a space or a tab.
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) {
            std::size_t next = text.find('\n', at);
            if (next == std::string_view::npos)
                next = text.size();
            value += text.substr(at + 1, next - at - 1);
            at = next + 1;
        }
        value.erase(std::remove(value.begin(), value.end(), '\r'), value.end());
        return value;
    }
    return {};
}

ical::ExportRequest
exportRequest(ical::ExportScope scope, const std::string &id, const Interval &window, Instant stamp)
{
    ical::ExportRequest request;
    request.scope = scope;
    request.id = id;
    request.window = window;
    request.stamp = stamp;
    return request;
}

} // namespace

std::string digestOf(std::string_view ics)
{
    return firstValue(ics, digestProperty);
}

std::string uidOf(std::string_view ics)
{
    return firstValue(ics, "UID");
}

Expected<std::vector<PublishResource>, ical::IcalError> splitCalendar(const std::string &ics)
{
    ComponentPtr calendar(icalparser_parse_string(ics.c_str()));
    if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT)
        return ical::IcalError{ical::IcalErrorCode::NotACalendar, "exported calendar"};
    std::map<std::string, std::vector<icalcomponent *>> byUid;
    for (icalcomponent *event =
             icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         event;
         event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        const char *uid = icalcomponent_get_uid(event);
        byUid[uid ? uid : ""].push_back(event);
    }
    std::vector<PublishResource> resources;
    resources.reserve(byUid.size());
    for (const auto &entry : byUid)
        resources.push_back(makeResource(calendar.get(), entry.first, entry.second));
    return resources;
}

Expected<std::vector<PublishCalendar>, ical::IcalError>
publishSet(const Plan &plan, const PublishScope &scope, const Interval &window, Instant stamp)
{
    struct Wanted {
        std::string slug;
        std::string key;
        std::string displayName;
        ical::ExportRequest request;
    };
    std::vector<Wanted> wanted;
    const bool all = scope.kind == PublishScopeKind::All;
    for (const Member &member : plan.members) {
        const bool inScope = all
            || (scope.kind == PublishScopeKind::Member && member.id == scope.id)
            || (scope.kind == PublishScopeKind::Region && member.region == scope.id);
        if (inScope)
            wanted.push_back({"sunrelay-member-" + member.id,
                              std::string(memberKeyPrefix) + member.id,
                              "Sunrelay: " + member.name,
                              exportRequest(ical::ExportScope::Member, member.id, window, stamp)});
    }
    for (const Region &region : plan.regions) {
        if (all || (scope.kind == PublishScopeKind::Region && region.id == scope.id))
            wanted.push_back({"sunrelay-region-" + region.id,
                              std::string(regionKeyPrefix) + region.id,
                              "Sunrelay: " + region.name,
                              exportRequest(ical::ExportScope::Region, region.id, window, stamp)});
    }
    if (all) {
        auto request = exportRequest(ical::ExportScope::Plan, {}, window, stamp);
        request.include = {.handoffs = true,
                           .deepWork = false,
                           .comms = false,
                           .taskSegments = false};
        wanted.push_back(
            {"sunrelay-handoffs", std::string(handoffsCalendarKey), "Sunrelay: handoffs", request});
    }
    if (wanted.empty())
        return ical::IcalError{ical::IcalErrorCode::UnknownScope, "\"" + scope.id + "\""};

    // One export for all calendars: the plan's routes and schedule are
    // worked out once, not once per calendar.
    std::vector<ical::ExportRequest> requests;
    requests.reserve(wanted.size());
    for (const Wanted &one : wanted)
        requests.push_back(one.request);
    auto texts = ical::exportCalendars(plan, requests);
    if (!texts)
        return texts.error();
    std::vector<PublishCalendar> calendars;
    calendars.reserve(wanted.size());
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        auto resources = splitCalendar(texts.value()[i]);
        if (!resources)
            return resources.error();
        calendars.push_back(
            {wanted[i].slug, wanted[i].key, wanted[i].displayName, std::move(resources).value()});
    }
    return calendars;
}

} // namespace sunrelay::caldav
