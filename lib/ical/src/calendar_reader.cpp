#include "calendar_reader.h"

#include "libical_ptr.h"
#include "zones.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <tuple>

namespace sunrelay::ical::detail
{

namespace
{

// Instants and dates outside these years are refused as values: they keep
// all arithmetic far from overflow, like the plan file's bounds.
constexpr int earliestYear = 1900;
constexpr int latestYear = 2199;
constexpr Seconds longestEvent = date::days{366};

IcalError error(IcalErrorCode code, std::string detail, std::string uid = {}, int line = 0)
{
    return IcalError{code, std::move(detail), std::move(uid), line};
}

std::string upper(std::string_view text)
{
    std::string result(text);
    for (char &c : result)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return result;
}

// The lexical pre-scan: content lines and BEGIN/END pairs, and the sizes that
// make libical slow, before libical reads anything. libical silently closes
// what is left open and takes any line it cannot read as an error property,
// so a truncated or badly folded file would be half-read; and its parser is
// quadratic in the length of a line and in the values of a list property.
class TextScan
{
public:
    explicit TextScan(const ImportLimits &limits)
        : m_limits(limits)
    {
    }

    std::optional<IcalError> run(std::string_view text);

private:
    std::optional<IcalError> contentLine(std::string_view line, int lineNumber);
    std::optional<IcalError>
    sizes(std::string_view line, std::size_t nameEnd, const std::string &name, int lineNumber);

    const ImportLimits &m_limits;
    std::vector<std::string> m_open;
    std::size_t m_events = 0;
    bool m_seenCalendar = false;
    // The VEVENT being read: its UID and whether it overrides an instance.
    std::string m_uid;
    bool m_isOverride = false;
    std::map<std::string, std::size_t> m_overrides; // by UID
};

// "DESCRIPTION" from the start of a content line, for messages.
std::string nameForMessage(std::string_view line)
{
    const std::string_view name =
        line.substr(0, std::min(line.find_first_of(":;"), std::size_t{40}));
    return name.empty() ? std::string("a property") : std::string(name);
}

std::optional<IcalError> TextScan::run(std::string_view text)
{
    if (text.size() > m_limits.maxBytes)
        return error(IcalErrorCode::TooLarge,
                     "the file has " + std::to_string(text.size()) + " bytes; the limit is "
                         + std::to_string(m_limits.maxBytes));
    if (text.find('\0') != std::string_view::npos)
        return error(IcalErrorCode::Syntax, "the file contains NUL bytes");
    // The content line being unfolded, from physical line `pendingLine`.
    std::string pending;
    int pendingLine = 0;
    bool hasPending = false;
    const auto flush = [&]() -> std::optional<IcalError> {
        if (!hasPending)
            return std::nullopt;
        hasPending = false;
        return contentLine(pending, pendingLine);
    };
    int lineNumber = 0;
    std::size_t position = 0;
    while (position < text.size()) {
        std::size_t end = text.find('\n', position);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(position, end - position);
        position = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const bool continuation = !line.empty() && (line.front() == ' ' || line.front() == '\t');
        if (continuation) {
            if (!hasPending)
                return error(IcalErrorCode::Syntax,
                             "a folded line continues nothing",
                             {},
                             lineNumber);
            line.remove_prefix(1);
            if (pending.size() + line.size() > m_limits.maxLineBytes)
                return error(IcalErrorCode::TooLarge,
                             nameForMessage(pending) + " is longer than "
                                 + std::to_string(m_limits.maxLineBytes)
                                 + " bytes (the limit for one content line)",
                             {},
                             pendingLine);
            pending += line;
            continue;
        }
        if (auto problem = flush())
            return problem;
        if (line.empty())
            continue;
        if (line.size() > m_limits.maxLineBytes)
            return error(IcalErrorCode::TooLarge,
                         nameForMessage(line) + " is " + std::to_string(line.size())
                             + " bytes long; the limit for one content line is "
                             + std::to_string(m_limits.maxLineBytes),
                         {},
                         lineNumber);
        pending.assign(line);
        pendingLine = lineNumber;
        hasPending = true;
    }
    if (auto problem = flush())
        return problem;
    if (!m_seenCalendar)
        return error(IcalErrorCode::NotACalendar, "no BEGIN:VCALENDAR");
    if (!m_open.empty())
        return error(IcalErrorCode::Syntax,
                     "missing END:" + m_open.back() + " at the end of the file",
                     {},
                     lineNumber);
    return std::nullopt;
}

std::optional<IcalError> TextScan::contentLine(std::string_view line, int lineNumber)
{
    const std::size_t nameEnd = line.find_first_of(":;");
    const bool nameOk = nameEnd != std::string_view::npos && nameEnd > 0
        && std::all_of(line.begin(),
                       line.begin() + static_cast<std::ptrdiff_t>(nameEnd),
                       [](char c) {
                           return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
                       })
        && line.find(':') != std::string_view::npos;
    if (!nameOk)
        return error(IcalErrorCode::Syntax,
                     "not a content line NAME:value (a long line folded without a leading "
                     "space?)",
                     {},
                     lineNumber);
    if (m_open.empty() && m_seenCalendar)
        return error(IcalErrorCode::Syntax, "content after END:VCALENDAR", {}, lineNumber);
    const std::string name = upper(line.substr(0, nameEnd));
    if (name != "BEGIN" && name != "END") {
        if (m_open.empty())
            return error(IcalErrorCode::NotACalendar,
                         "the file does not start with BEGIN:VCALENDAR",
                         {},
                         lineNumber);
        return sizes(line, nameEnd, name, lineNumber);
    }
    if (line[nameEnd] != ':')
        return error(IcalErrorCode::Syntax, name + " takes no parameters", {}, lineNumber);
    std::string value = upper(line.substr(nameEnd + 1));
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
        value.pop_back();
    if (name == "BEGIN") {
        if (m_open.empty() && value != "VCALENDAR")
            return error(IcalErrorCode::NotACalendar,
                         "the file does not start with BEGIN:VCALENDAR",
                         {},
                         lineNumber);
        if (m_open.size() >= m_limits.maxNesting)
            return error(IcalErrorCode::Syntax, "components nested too deeply", {}, lineNumber);
        if (value == "VEVENT") {
            if (++m_events > m_limits.maxEvents)
                return error(IcalErrorCode::TooManyEvents,
                             "more than " + std::to_string(m_limits.maxEvents) + " events",
                             {},
                             lineNumber);
            m_uid.clear();
            m_isOverride = false;
        }
        m_open.push_back(value);
        m_seenCalendar = true;
        return std::nullopt;
    }
    if (m_open.empty() || m_open.back() != value)
        return error(IcalErrorCode::Syntax,
                     "END:" + value
                         + (m_open.empty() ? " without BEGIN"
                                           : " where END:" + m_open.back() + " was expected"),
                     {},
                     lineNumber);
    m_open.pop_back();
    if (value == "VEVENT" && m_isOverride && ++m_overrides[m_uid] > m_limits.maxOverrides)
        return error(IcalErrorCode::TooManyInstances,
                     "more than " + std::to_string(m_limits.maxOverrides)
                         + " RECURRENCE-ID overrides of one event",
                     m_uid,
                     lineNumber);
    return std::nullopt;
}

// Parameters and list values of one property, and the UID and RECURRENCE-ID
// of the event it belongs to.
std::optional<IcalError>
TextScan::sizes(std::string_view line, std::size_t nameEnd, const std::string &name, int lineNumber)
{
    std::size_t parameters = 0;
    bool quoted = false;
    std::size_t valueStart = line.size();
    for (std::size_t i = nameEnd; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ';')
            ++parameters;
        else if (!quoted && c == ':') {
            valueStart = i + 1;
            break;
        }
    }
    if (parameters > m_limits.maxParameters)
        return error(IcalErrorCode::TooLarge,
                     name + " has " + std::to_string(parameters) + " parameters; the limit is "
                         + std::to_string(m_limits.maxParameters),
                     {},
                     lineNumber);
    const std::string_view value = line.substr(std::min(valueStart, line.size()));
    static const std::set<std::string> listProperties{"EXDATE",
                                                      "RDATE",
                                                      "CATEGORIES",
                                                      "RESOURCES",
                                                      "FREEBUSY"};
    if (listProperties.count(name)) {
        std::size_t values = 1;
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (value[i] == '\\')
                ++i; // an escaped comma in TEXT is no separator
            else if (value[i] == ',')
                ++values;
        }
        if (values > m_limits.maxListValues)
            return error(IcalErrorCode::TooLarge,
                         name + " lists " + std::to_string(values) + " values; the limit is "
                             + std::to_string(m_limits.maxListValues),
                         {},
                         lineNumber);
    }
    if (m_open.empty() || m_open.back() != "VEVENT")
        return std::nullopt;
    if (name == "UID") {
        if (value.size() > m_limits.maxUidBytes)
            return error(IcalErrorCode::TooLarge,
                         "UID is " + std::to_string(value.size()) + " bytes long; the limit is "
                             + std::to_string(m_limits.maxUidBytes),
                         {},
                         lineNumber);
        m_uid.assign(value);
    } else if (name == "RECURRENCE-ID") {
        m_isOverride = true;
    }
    return std::nullopt;
}

enum class TimeKind {
    Utc,
    Zoned,
    Floating,
    Date
};

struct TimeValue {
    TimeKind kind = TimeKind::Floating;
    LocalTime local{}; // the reading; for Utc the UTC reading, for Date midnight
    FileZone *zone = nullptr;

    LocalDate day() const { return date::floor<date::days>(local); }
};

// One VEVENT's properties, read and checked.
struct EventData {
    icalcomponent *component = nullptr;
    std::string uid;
    std::string summary;
    bool cancelled = false;
    bool transparent = false;
    TimeValue start;
    std::optional<TimeValue> recurrenceId;
};

// The values of one BY part, up to libical's end marker.
std::vector<int> partValues(const short *part, std::size_t size)
{
    std::vector<int> values;
    for (std::size_t i = 0; i < size && part[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
        values.push_back(part[i]);
    return values;
}

std::string ruleText(icalrecurrencetype rule)
{
    char *text = icalrecurrencetype_as_string_r(&rule);
    std::string result = text ? text : "RRULE";
    icalmemory_free_buffer(text);
    return result;
}

// Whether some date satisfies the rule's BYMONTH, BYMONTHDAY, BYYEARDAY and
// BYDAY weekdays at once, tried over 2000-2027: the 28 years repeat every
// combination of leap year and weekdays (the ordinal of "2MO" and BYWEEKNO
// only thin the dates further and are left to the step budget). A rule that
// fails never occurs, and libical would step through every day (or minute)
// up to its year limit looking for one.
bool someDateMatches(const icalrecurrencetype &rule)
{
    std::vector<int> months;
    for (const int month : partValues(rule.by_month, ICAL_BY_MONTH_SIZE))
        months.push_back(icalrecurrencetype_month_month(short(month)));
    const std::vector<int> monthDays = partValues(rule.by_month_day, ICAL_BY_MONTHDAY_SIZE);
    const std::vector<int> yearDays = partValues(rule.by_year_day, ICAL_BY_YEARDAY_SIZE);
    std::set<unsigned> weekdays; // 0 = Sunday, as date::weekday
    for (const int day : partValues(rule.by_day, ICAL_BY_DAY_SIZE))
        weekdays.insert(unsigned(icalrecurrencetype_day_day_of_week(short(day))) - 1);
    const auto contains = [](const std::vector<int> &values, int a, int b) {
        return values.empty() || std::find(values.begin(), values.end(), a) != values.end()
            || std::find(values.begin(), values.end(), b) != values.end();
    };
    for (date::sys_days d = date::year{2000} / 1 / 1; d < date::sys_days{date::year{2028} / 1 / 1};
         d += date::days{1}) {
        const date::year_month_day ymd{d};
        const int month = int(unsigned(ymd.month()));
        const int monthDay = int(unsigned(ymd.day()));
        const int monthLength = int(unsigned((ymd.year() / ymd.month() / date::last).day()));
        const int yearDay = int((d - date::sys_days{ymd.year() / 1 / 1}).count()) + 1;
        const int yearLength = ymd.year().is_leap() ? 366 : 365;
        if (!months.empty() && std::find(months.begin(), months.end(), month) == months.end())
            continue;
        if (!contains(monthDays, monthDay, monthDay - monthLength - 1)
            || !contains(yearDays, yearDay, yearDay - yearLength - 1))
            continue;
        if (!weekdays.empty() && !weekdays.count(date::weekday{d}.c_encoding()))
            continue;
        return true;
    }
    return false;
}

// Why libical must not expand this rule, if it must not: a rule finer than a
// minute, an hourly or minutely rule with BY parts (libical steps through
// every minute looking for a match, inside one call that no budget can
// interrupt), or a rule that no date matches.
std::optional<std::string> unsafeRule(const icalrecurrencetype &rule)
{
    if (rule.freq == ICAL_SECONDLY_RECURRENCE)
        return ruleText(rule) + ": rules that repeat more often than every minute are not read";
    if (rule.freq == ICAL_MINUTELY_RECURRENCE || rule.freq == ICAL_HOURLY_RECURRENCE) {
        for (const auto &[part, name] : {std::pair{rule.by_second, "BYSECOND"},
                                         std::pair{rule.by_minute, "BYMINUTE"},
                                         std::pair{rule.by_hour, "BYHOUR"},
                                         std::pair{rule.by_day, "BYDAY"},
                                         std::pair{rule.by_month_day, "BYMONTHDAY"},
                                         std::pair{rule.by_year_day, "BYYEARDAY"},
                                         std::pair{rule.by_week_no, "BYWEEKNO"},
                                         std::pair{rule.by_month, "BYMONTH"},
                                         std::pair{rule.by_set_pos, "BYSETPOS"}})
            if (part[0] != ICAL_RECURRENCE_ARRAY_MAX)
                return ruleText(rule) + ": an "
                    + (rule.freq == ICAL_HOURLY_RECURRENCE ? "HOURLY" : "MINUTELY") + " rule with "
                    + name + " is not read (write it as a DAILY rule with BYHOUR and BYMINUTE)";
    }
    if (!someDateMatches(rule))
        return ruleText(rule) + ": no date matches its BYMONTH, BYMONTHDAY, BYYEARDAY and BYDAY";
    return std::nullopt;
}

// libical 3.0 shifts later instances by an hour after one falls into a
// spring-forward gap; rules that name no hours, minutes or seconds keep
// DTSTART's time of day.
bool keepsTimeOfDay(const icalrecurrencetype &rule)
{
    return rule.freq != ICAL_SECONDLY_RECURRENCE && rule.freq != ICAL_MINUTELY_RECURRENCE
        && rule.freq != ICAL_HOURLY_RECURRENCE && rule.by_hour[0] == ICAL_RECURRENCE_ARRAY_MAX
        && rule.by_minute[0] == ICAL_RECURRENCE_ARRAY_MAX
        && rule.by_second[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

bool thinsDays(const icalrecurrencetype &rule)
{
    for (const short *part : {rule.by_day,
                              rule.by_month_day,
                              rule.by_year_day,
                              rule.by_week_no,
                              rule.by_month,
                              rule.by_set_pos})
        if (part[0] != ICAL_RECURRENCE_ARRAY_MAX)
            return true;
    return false;
}

// A VTIMEZONE's STANDARD and DAYLIGHT rules, before libical expands them
// (from their DTSTART up to the year asked for, with no budget): yearly,
// as every time zone's rules are, and able to occur.
std::optional<std::string> unsafeTimeZone(icaltimezone *zone)
{
    icalcomponent *vtimezone = icaltimezone_get_component(zone);
    if (!vtimezone)
        return std::nullopt;
    for (icalcomponent *part = icalcomponent_get_first_component(vtimezone, ICAL_ANY_COMPONENT);
         part;
         part = icalcomponent_get_next_component(vtimezone, ICAL_ANY_COMPONENT))
        for (icalproperty *p = icalcomponent_get_first_property(part, ICAL_RRULE_PROPERTY); p;
             p = icalcomponent_get_next_property(part, ICAL_RRULE_PROPERTY)) {
            const icalrecurrencetype rule = icalproperty_get_rrule(p);
            if (rule.freq != ICAL_YEARLY_RECURRENCE)
                return ruleText(rule) + ": time zone rules repeat yearly";
            if (auto problem = unsafeRule(rule))
                return problem;
        }
    return std::nullopt;
}

// At most `limit` bytes of UTF-8 text, cut before a character, with "…".
std::string shortened(std::string text, std::size_t limit)
{
    if (text.size() <= limit)
        return text;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    text.resize(cut);
    return text + "\u2026";
}

class Reader
{
public:
    explicit Reader(const ReadOptions &options)
        : m_options(options)
        , m_floating(options.floatingZone)
        , m_iterationsLeft(options.limits.maxIterations)
        , m_walkDaysLeft(options.limits.maxWalkDays)
    {
        m_firstLocal = date::floor<date::days>(toLocal(options.floatingZone, options.range.start));
    }

    Expected<std::vector<Occurrence>, IcalError> read(std::string_view text);

private:
    std::optional<IcalError> readEvent(icalcomponent *event, std::size_t index, EventData &data);
    Expected<TimeValue, IcalError> timeOf(icalproperty *property,
                                          icaltimetype value,
                                          const std::string &uid,
                                          const TimeValue *like);
    Instant instantOf(const TimeValue &time);
    LocalTime localOf(const TimeValue &like, Instant t);
    std::optional<IcalError> expandMaster(const EventData &event);
    using Emit = std::function<std::optional<IcalError>(const TimeValue &)>;
    std::optional<IcalError>
    expandRule(const EventData &event, icalrecurrencetype rule, const Emit &emit);
    std::optional<IcalError> untilAsReading(const EventData &event, icalrecurrencetype &rule);
    std::optional<IcalError> countWalk(const EventData &event, const icalrecurrencetype &rule);
    std::optional<IcalError>
    chargeWalk(const EventData &event, LocalTime &walkedTo, LocalTime reading);
    std::optional<IcalError> add(const EventData &event, const TimeValue &start);
    std::optional<IcalError> lengthOf(const EventData &event);

    const ReadOptions &m_options;
    FileZone m_floating;
    LocalDate m_firstLocal;
    std::map<std::string, std::unique_ptr<FileZone>> m_zones;
    icalcomponent *m_root = nullptr;
    std::size_t m_iterationsLeft;
    std::size_t m_walkDaysLeft;
    std::vector<Occurrence> m_result;

    // The length of the event being expanded.
    Seconds m_exact{0};
    date::days m_nominal{0};
    bool m_noEnd = false;
};

LocalTime readingOf(const icaltimetype &t)
{
    return LocalTime{LocalDate{date::year{t.year} / static_cast<unsigned>(t.month)
                               / static_cast<unsigned>(t.day)}}
    + std::chrono::hours{t.hour} + std::chrono::minutes{t.minute} + Seconds{t.second};
}

icaltimetype floatingOf(LocalTime local, bool isDate)
{
    icaltimetype t = readingTime(local);
    if (isDate) {
        t.is_date = 1;
        t.hour = t.minute = t.second = 0;
    }
    return t;
}

bool isValidTime(const icaltimetype &t)
{
    if (icaltime_is_null_time(t) || t.year < earliestYear || t.year > latestYear)
        return false;
    const date::year_month_day ymd{date::year{t.year},
                                   date::month{static_cast<unsigned>(t.month)},
                                   date::day{static_cast<unsigned>(t.day)}};
    if (!ymd.ok())
        return false;
    return t.is_date
        || (t.hour >= 0 && t.hour < 24 && t.minute >= 0 && t.minute < 60 && t.second >= 0
            && t.second <= 60);
}

std::string textOf(icalcomponent *event, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(event, kind);
    if (!property)
        return {};
    const char *text = icalproperty_get_value_as_string(property);
    if (kind == ICAL_SUMMARY_PROPERTY)
        text = icalproperty_get_summary(property);
    else if (kind == ICAL_UID_PROPERTY)
        text = icalproperty_get_uid(property);
    return text ? text : "";
}

Expected<std::vector<Occurrence>, IcalError> Reader::read(std::string_view text)
{
    text = withoutByteOrderMark(text);
    if (auto problem = checkCalendarText(text, m_options.limits))
        return *problem;
    const std::string terminated(text);
    ComponentPtr root(icalparser_parse_string(terminated.c_str()));
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
        return error(IcalErrorCode::NotACalendar, "no VCALENDAR component");
    m_root = root.get();

    std::vector<icalcomponent *> components;
    for (icalcomponent *c = icalcomponent_get_first_component(m_root, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(m_root, ICAL_VEVENT_COMPONENT))
        components.push_back(c);

    std::vector<EventData> events(components.size());
    for (std::size_t i = 0; i < components.size(); ++i)
        if (auto problem = readEvent(components[i], i, events[i]))
            return *problem;

    // Overrides (RECURRENCE-ID) by UID; the masters' instances they replace
    // are removed after expansion.
    std::map<std::string, std::vector<const EventData *>> overrides;
    for (const EventData &event : events)
        if (event.recurrenceId)
            overrides[event.uid].push_back(&event);
    std::set<std::string> masterUids;
    for (const EventData &event : events) {
        if (event.recurrenceId)
            continue;
        masterUids.insert(event.uid);
        if (event.cancelled)
            continue;
        if (auto problem = expandMaster(event))
            return *problem;
    }
    for (const auto &entry : overrides) {
        const std::string &uid = entry.first;
        const std::vector<const EventData *> &list = entry.second;
        // The replaced instances, removed in one pass (49,000 overrides of
        // one event must not each scan every instance).
        std::set<Instant> replacedStarts;
        std::set<LocalDate> replacedDays;
        for (const EventData *event : list) {
            if (event->recurrenceId->kind == TimeKind::Date)
                replacedDays.insert(event->recurrenceId->day());
            else
                replacedStarts.insert(instantOf(*event->recurrenceId));
        }
        std::erase_if(m_result, [&](const Occurrence &o) {
            return o.uid == uid
                && ((o.allDay && replacedDays.count(o.firstDay) > 0)
                    || replacedStarts.count(o.interval.start) > 0);
        });
        for (const EventData *event : list) {
            if (event->cancelled)
                continue;
            if (auto problem = lengthOf(*event))
                return *problem;
            if (auto problem = add(*event, event->start))
                return *problem;
        }
    }

    std::sort(m_result.begin(), m_result.end(), [](const Occurrence &a, const Occurrence &b) {
        return std::tie(a.interval.start, a.uid, a.interval.end)
            < std::tie(b.interval.start, b.uid, b.interval.end);
    });
    m_result.erase(std::unique(m_result.begin(),
                               m_result.end(),
                               [](const Occurrence &a, const Occurrence &b) {
                                   return a.uid == b.uid && a.interval.start == b.interval.start;
                               }),
                   m_result.end());
    return std::move(m_result);
}

std::optional<IcalError> Reader::readEvent(icalcomponent *event, std::size_t index, EventData &data)
{
    data.component = event;
    data.uid = textOf(event, ICAL_UID_PROPERTY);
    if (data.uid.empty())
        data.uid = "(no UID, event " + std::to_string(index + 1) + ")";
    data.summary =
        shortened(textOf(event, ICAL_SUMMARY_PROPERTY), m_options.limits.maxSummaryBytes);
    if (icalproperty *bad = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY)) {
        const char *what = icalproperty_get_xlicerror(bad);
        return error(IcalErrorCode::InvalidValue, what ? what : "unreadable property", data.uid);
    }
    if (icalproperty *status = icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY))
        data.cancelled = icalproperty_get_status(status) == ICAL_STATUS_CANCELLED;
    if (icalproperty *transp = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY)) {
        const icalproperty_transp value = icalproperty_get_transp(transp);
        data.transparent =
            value == ICAL_TRANSP_TRANSPARENT || value == ICAL_TRANSP_TRANSPARENTNOCONFLICT;
    }
    icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!dtstart)
        return error(IcalErrorCode::InvalidValue, "no DTSTART", data.uid);
    auto start = timeOf(dtstart, icalproperty_get_dtstart(dtstart), data.uid, nullptr);
    if (!start)
        return start.error();
    data.start = start.value();
    if (icalproperty *rid = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
        auto when = timeOf(rid, icalproperty_get_recurrenceid(rid), data.uid, &data.start);
        if (!when)
            return when.error();
        data.recurrenceId = when.value();
    }
    return std::nullopt;
}

Expected<TimeValue, IcalError> Reader::timeOf(icalproperty *property,
                                              icaltimetype value,
                                              const std::string &uid,
                                              const TimeValue *like)
{
    const char *name = icalproperty_get_property_name(property);
    if (!isValidTime(value))
        return error(IcalErrorCode::InvalidValue,
                     std::string(name ? name : "a time") + " is not a date or time between "
                         + std::to_string(earliestYear) + " and " + std::to_string(latestYear),
                     uid);
    TimeValue time;
    time.local = readingOf(value);
    if (value.is_date) {
        time.kind = TimeKind::Date;
        return time;
    }
    if (icaltime_is_utc(value)) {
        time.kind = TimeKind::Utc;
        return time;
    }
    icalparameter *tzidParameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    if (!tzidParameter) {
        // EXDATE and RECURRENCE-ID without TZID mean the zone of DTSTART.
        if (like && like->kind == TimeKind::Zoned) {
            time.kind = TimeKind::Zoned;
            time.zone = like->zone;
        } else {
            time.kind = TimeKind::Floating;
        }
        return time;
    }
    const char *tzidText = icalparameter_get_tzid(tzidParameter);
    const std::string tzid = tzidText ? tzidText : "";
    auto found = m_zones.find(tzid);
    if (found == m_zones.end()) {
        std::unique_ptr<FileZone> zone;
        if (const auto iana = ianaZoneOf(tzid))
            zone = std::make_unique<FileZone>(*iana);
        else if (icaltimezone *inline_ = icalcomponent_get_timezone(m_root, tzid.c_str())) {
            if (auto problem = unsafeTimeZone(inline_))
                return error(IcalErrorCode::InvalidValue,
                             "VTIMEZONE \"" + shortened(tzid, 100) + "\": " + *problem,
                             uid);
            zone = std::make_unique<FileZone>(inline_);
        } else
            return error(IcalErrorCode::UnknownTimeZone,
                         "\"" + tzid + "\" (no such IANA zone and no VTIMEZONE in the file)",
                         uid);
        found = m_zones.emplace(tzid, std::move(zone)).first;
    }
    time.kind = TimeKind::Zoned;
    time.zone = found->second.get();
    return time;
}

Instant Reader::instantOf(const TimeValue &time)
{
    switch (time.kind) {
    case TimeKind::Utc:
        return Instant{time.local.time_since_epoch()};
    case TimeKind::Zoned:
        return time.zone->resolve(time.local).instant;
    case TimeKind::Floating:
    case TimeKind::Date:
        break;
    }
    return m_floating.resolve(time.local).instant;
}

std::optional<IcalError> Reader::lengthOf(const EventData &event)
{
    icalcomponent *component = event.component;
    m_exact = Seconds{0};
    m_nominal = date::days{0};
    m_noEnd = false;
    if (icalproperty *dtend = icalcomponent_get_first_property(component, ICAL_DTEND_PROPERTY)) {
        auto end = timeOf(dtend, icalproperty_get_dtend(dtend), event.uid, &event.start);
        if (!end)
            return end.error();
        if (event.start.kind == TimeKind::Date)
            m_nominal = date::days{(end.value().day() - event.start.day()).count()};
        else
            m_exact = instantOf(end.value()) - instantOf(event.start);
    } else if (icalproperty *duration =
                   icalcomponent_get_first_property(component, ICAL_DURATION_PROPERTY)) {
        const icaldurationtype d = icalproperty_get_duration(duration);
        if (d.weeks > 60 || d.days > 400 || d.hours > 10000 || d.minutes > 600000
            || d.seconds > 36000000)
            return error(IcalErrorCode::InvalidValue, "DURATION is longer than a year", event.uid);
        const int sign = d.is_neg ? -1 : 1;
        m_nominal = date::days{sign * int(d.weeks * 7 + d.days)};
        m_exact = Seconds{sign
                          * (std::int64_t{d.hours} * 3600 + std::int64_t{d.minutes} * 60
                             + std::int64_t{d.seconds})};
    } else if (event.start.kind == TimeKind::Date) {
        m_nominal = date::days{1};
    } else {
        m_noEnd = true;
    }
    if (m_exact + m_nominal > longestEvent || m_exact + m_nominal < -longestEvent)
        return error(IcalErrorCode::InvalidValue, "the event is longer than a year", event.uid);
    return std::nullopt;
}

std::optional<IcalError> Reader::add(const EventData &event, const TimeValue &start)
{
    Occurrence o;
    o.transparent = event.transparent;
    if (start.kind == TimeKind::Date) {
        o.allDay = true;
        o.firstDay = start.day();
        o.endDay = o.firstDay + m_nominal;
        if (o.endDay <= o.firstDay)
            return std::nullopt;
        o.interval = {m_floating.resolve(LocalTime{o.firstDay}).instant,
                      m_floating.resolve(LocalTime{o.endDay}).instant};
        // The range's UTC dates, widened by a day for the zones on either side.
        const LocalDate first =
            LocalDate{date::floor<date::days>(m_options.range.start).time_since_epoch()}
            - date::days{1};
        const LocalDate last =
            LocalDate{date::floor<date::days>(m_options.range.end).time_since_epoch()}
            + date::days{1};
        if (o.endDay <= first || o.firstDay > last)
            return std::nullopt;
    } else {
        const Instant begin = instantOf(start);
        Instant end = begin + m_exact;
        if (m_nominal.count() != 0) {
            TimeValue later = start;
            later.local += m_nominal;
            end = instantOf(later) + m_exact;
        }
        if (m_noEnd || end <= begin)
            return std::nullopt; // no length: busy for no time
        o.interval = {begin, end};
        if (!o.interval.intersects(m_options.range))
            return std::nullopt;
    }
    if (m_result.size() >= m_options.limits.maxInstances)
        return error(IcalErrorCode::TooManyInstances,
                     "more than " + std::to_string(m_options.limits.maxInstances)
                         + " instances in the range",
                     event.uid);
    // The texts only for kept instances: a rule counted from 1900 steps
    // through many outside the range.
    o.uid = event.uid;
    o.summary = event.summary;
    m_result.push_back(std::move(o));
    return std::nullopt;
}

LocalTime Reader::localOf(const TimeValue &like, Instant t)
{
    switch (like.kind) {
    case TimeKind::Utc:
        return LocalTime{t.time_since_epoch()};
    case TimeKind::Zoned:
        return like.zone->localOf(t);
    case TimeKind::Floating:
    case TimeKind::Date:
        break;
    }
    return toLocal(m_options.floatingZone, t);
}

// One RRULE of a master, expanded as wall-clock readings into `emit`.
std::optional<IcalError>
Reader::expandRule(const EventData &event, icalrecurrencetype rule, const Emit &emit)
{
    const bool isDate = event.start.kind == TimeKind::Date;
    if (rule.freq == ICAL_NO_RECURRENCE)
        return error(IcalErrorCode::InvalidValue, "RRULE has no FREQ", event.uid);
    if (auto problem = unsafeRule(rule))
        return error(IcalErrorCode::InvalidValue, "RRULE " + *problem, event.uid);
    if (auto problem = untilAsReading(event, rule))
        return problem;
    const LocalTime rangeEndLocal = localOf(event.start, m_options.range.end) + date::days{2};
    // UNTIL no later than the range's end: libical checks it while it
    // steps through the readings between two instances, so a rule whose
    // BY parts skip years ends there, not at libical's year limit (with
    // COUNT as well: the instances up to the range's end are the same).
    if (icaltime_is_null_time(rule.until) || readingOf(rule.until) > rangeEndLocal)
        rule.until = floatingOf(rangeEndLocal, isDate);
    if (auto problem = countWalk(event, rule))
        return problem;
    const icaltimetype dtstart = floatingOf(event.start.local, isDate);
    IteratorPtr iterator(icalrecur_iterator_new(rule, dtstart));
    if (!iterator)
        return error(IcalErrorCode::InvalidValue, "RRULE cannot be expanded", event.uid);
    // Jump close to the range when the rule counts nothing: a rule from
    // 1990 need not be walked through 35 years.
    LocalTime walkedTo = event.start.local;
    const LocalTime rangeStartLocal =
        localOf(event.start, m_options.range.start) - (m_exact + m_nominal + date::days{2});
    if (rule.count == 0 && rangeStartLocal > event.start.local) {
        icalrecur_iterator_set_start(iterator.get(), floatingOf(rangeStartLocal, isDate));
        walkedTo = rangeStartLocal;
    }
    // libical steps day by day (or finer) through the readings its BY
    // parts skip, inside one call: those days are counted against
    // maxWalkDays once the call returns (UNTIL bounds each call).
    const bool walksDays = thinsDays(rule);
    const auto walk = [&](LocalTime reading) {
        return walksDays ? chargeWalk(event, walkedTo, reading) : std::nullopt;
    };
    const bool keepTimeOfDay = keepsTimeOfDay(rule);
    const Seconds timeOfDay = event.start.local - LocalTime{event.start.day()};
    for (;;) {
        const icaltimetype next = icalrecur_iterator_next(iterator.get());
        if (icaltime_is_null_time(next)) {
            if (auto problem = walk(std::min(readingOf(rule.until), rangeEndLocal)))
                return problem;
            break;
        }
        if (m_iterationsLeft == 0)
            return error(IcalErrorCode::TooManyInstances,
                         "more than " + std::to_string(m_options.limits.maxIterations)
                             + " recurrence steps",
                         event.uid);
        --m_iterationsLeft;
        if (!isValidTime(next))
            break;
        TimeValue instance = event.start;
        instance.local = readingOf(next);
        if (auto problem = walk(instance.local))
            return problem;
        if (keepTimeOfDay && !isDate)
            instance.local = LocalTime{instance.day()} + timeOfDay;
        if (instance.local > rangeEndLocal)
            break;
        if (auto problem = emit(instance))
            return problem;
    }
    return std::nullopt;
}

// The days from `walkedTo` to `reading` against maxWalkDays.
std::optional<IcalError>
Reader::chargeWalk(const EventData &event, LocalTime &walkedTo, LocalTime reading)
{
    if (reading <= walkedTo)
        return std::nullopt;
    const auto days = std::size_t(date::floor<date::days>(reading - walkedTo).count());
    walkedTo = reading;
    if (days > m_walkDaysLeft)
        return error(IcalErrorCode::TooManyInstances,
                     "its RRULE skips more than " + std::to_string(m_options.limits.maxWalkDays)
                         + " days between instances (counted over the whole file)",
                     event.uid);
    m_walkDaysLeft -= days;
    return std::nullopt;
}

// UNTIL as a reading on the event's clock, as the iterator runs.
std::optional<IcalError> Reader::untilAsReading(const EventData &event, icalrecurrencetype &rule)
{
    const bool isDate = event.start.kind == TimeKind::Date;
    if (!icaltime_is_null_time(rule.until)) {
        if (!isValidTime(rule.until))
            return error(IcalErrorCode::InvalidValue, "RRULE UNTIL is out of range", event.uid);
        // The iterator runs on wall-clock readings: UNTIL in UTC becomes
        // the reading of the event's zone.
        if (icaltime_is_utc(rule.until) && !isDate) {
            const LocalTime until =
                localOf(event.start, Instant{readingOf(rule.until).time_since_epoch()});
            rule.until = floatingOf(until, false);
        } else if (isDate && !rule.until.is_date) {
            rule.until = floatingOf(readingOf(rule.until), true);
        } else {
            rule.until.zone = nullptr;
        }
    }
    return std::nullopt;
}

// A rule with COUNT is walked from DTSTART: refused at once if the
// instances before the range alone (at least the time to the range over the
// longest step of its FREQ) are past the step budget.
std::optional<IcalError> Reader::countWalk(const EventData &event, const icalrecurrencetype &rule)
{
    if (rule.count > 0) {
        const auto [longestStep, unit] = [&]() -> std::pair<Seconds, const char *> {
            switch (rule.freq) {
            case ICAL_MINUTELY_RECURRENCE:
                return {Minutes{1}, "minute"};
            case ICAL_HOURLY_RECURRENCE:
                return {std::chrono::hours{1}, "hour"};
            case ICAL_DAILY_RECURRENCE:
                return {date::days{1}, "day"};
            case ICAL_WEEKLY_RECURRENCE:
                return {date::days{7}, "week"};
            case ICAL_MONTHLY_RECURRENCE:
                return {date::days{31}, "month"};
            default:
                return {date::days{366}, "year"};
            }
        }();
        const LocalTime rangeStart = localOf(event.start, m_options.range.start);
        const auto stepsBefore = rangeStart > event.start.local
            ? std::size_t((rangeStart - event.start.local)
                          / (longestStep * std::max<short>(rule.interval, 1)))
            : std::size_t{0};
        if (std::min(std::size_t(rule.count), stepsBefore) > m_iterationsLeft)
            return error(IcalErrorCode::TooManyInstances,
                         "its RRULE counts from DTSTART, more than "
                             + std::to_string(m_options.limits.maxIterations)
                             + " instances before the range (one a " + unit
                             + "); recurrence steps are limited to that",
                         event.uid);
    }
    return std::nullopt;
}

std::optional<IcalError> Reader::expandMaster(const EventData &event)
{
    if (auto problem = lengthOf(event))
        return problem;
    icalcomponent *component = event.component;
    const bool isDate = event.start.kind == TimeKind::Date;

    // EXDATEs: instants, or dates for all-day events.
    std::set<Instant> excluded;
    std::set<LocalDate> excludedDays;
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_EXDATE_PROPERTY)) {
        auto when = timeOf(p, icalproperty_get_exdate(p), event.uid, &event.start);
        if (!when)
            return when.error();
        if (isDate || when.value().kind == TimeKind::Date)
            excludedDays.insert(when.value().day());
        else
            excluded.insert(instantOf(when.value()));
    }
    const auto emit = [&](const TimeValue &start) -> std::optional<IcalError> {
        if (isDate ? excludedDays.count(start.day()) > 0
                   : (excluded.count(instantOf(start)) > 0 || excludedDays.count(start.day()) > 0))
            return std::nullopt;
        return add(event, start);
    };

    icalproperty *rrule = icalcomponent_get_first_property(component, ICAL_RRULE_PROPERTY);
    if (!rrule) {
        if (auto problem = emit(event.start))
            return problem;
    } else if (auto problem = expandRule(event, icalproperty_get_rrule(rrule), emit)) {
        return problem;
    }

    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype value = icalproperty_get_rdate(p);
        const icaltimetype t = icaltime_is_null_time(value.time) ? value.period.start : value.time;
        auto when = timeOf(p, t, event.uid, &event.start);
        if (!when)
            return when.error();
        if ((when.value().kind == TimeKind::Date) != isDate)
            continue; // a date among times (or the reverse): nothing to place
        if (m_iterationsLeft == 0)
            return error(IcalErrorCode::TooManyInstances, "too many RDATEs", event.uid);
        --m_iterationsLeft;
        if (auto problem = emit(when.value()))
            return problem;
    }
    return std::nullopt;
}

} // namespace

std::string_view withoutByteOrderMark(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    return text;
}

std::optional<IcalError> checkCalendarText(std::string_view text, const ImportLimits &limits)
{
    return TextScan(limits).run(text);
}

Expected<std::vector<Occurrence>, IcalError> readOccurrences(std::string_view ics,
                                                             const ReadOptions &options)
{
    Reader reader(options);
    return reader.read(ics);
}

} // namespace sunrelay::ical::detail
