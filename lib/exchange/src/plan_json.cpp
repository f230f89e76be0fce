#include "sunrelay/exchange/plan_json.h"

#include "plan_document.h"
#include "plan_layout.h"
#include "sunrelay/exchange/iso_time.h"
#include "text_util.h"

#include "sunrelay/core/plan_limits.h"
#include "sunrelay/core/plan_validity.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace sunrelay::exchange
{

namespace
{

// Reading looks keys up by name, so a std::map-backed document keeps that
// O(log n) even for a hostile object with a million keys; writing needs
// DESIGN.md's key order, which ordered_json keeps as inserted.
using Json = nlohmann::json;
using detail::OrderedJson;

// Thrown inside this file only, caught by readPlanJson(): the first problem
// ends the read, and plain returns would bury the checks in plumbing.
struct ReadFailure {
    InputError error;
};

[[noreturn]] void fail(InputErrorCode code, std::string path, std::string detail)
{
    throw ReadFailure{InputError{code, std::move(path), std::move(detail), 0, 0}};
}

std::string childPath(const std::string &path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string indexPath(const std::string &path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

// ---------------------------------------------------------------------------
// Parsing: a SAX handler that builds the document like nlohmann's own DOM
// parser, but also (a) reports the byte position of every syntax error, which
// the DOM parser's out_of_range (number overflow) exception lacks, and
// (b) refuses duplicate keys, which the DOM parser silently lets the last one
// win -- a hand-edited plan with two "zone"s must not quietly lose one.

struct SyntaxProblem {
    std::size_t position = 0; // bytes read when it was found (1-based offset)
    std::string reason;
};

class DocumentBuilder final : public nlohmann::json_sax<Json>
{
public:
    explicit DocumentBuilder(Json &root)
        : m_root(root)
    {
    }

    const std::optional<SyntaxProblem> &syntaxProblem() const { return m_syntax; }
    const std::optional<InputError> &structureProblem() const { return m_structure; }

    bool null() override { return add(nullptr); }
    bool boolean(bool value) override { return add(value); }
    bool number_integer(number_integer_t value) override { return add(value); }
    bool number_unsigned(number_unsigned_t value) override { return add(value); }
    bool number_float(number_float_t value, const string_t &) override { return add(value); }
    bool string(string_t &value) override { return add(std::move(value)); }
    bool binary(binary_t &) override { return false; } // JSON text has no binary values

    bool start_object(std::size_t) override { return open(Json::object()); }
    bool start_array(std::size_t) override { return open(Json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t &key) override
    {
        Json &object = *m_open.back().value;
        if (object.contains(key)) {
            m_structure = InputError{InputErrorCode::Syntax,
                                     currentPath(),
                                     "duplicate key " + detail::quoted(key),
                                     0,
                                     0};
            return false;
        }
        m_slot = &object[key];
        m_key = std::move(key);
        return true;
    }

    bool parse_error(std::size_t position,
                     const std::string &lastToken,
                     const nlohmann::detail::exception &error) override
    {
        m_syntax = SyntaxProblem{position, shortReason(error, lastToken)};
        return false;
    }

private:
    struct Open {
        Json *value;
        std::string segment; // "members", "[3]": how the parent reaches it
    };

    template<typename Value>
    Json *place(Value &&value)
    {
        if (m_open.empty()) {
            m_root = Json(std::forward<Value>(value));
            return &m_root;
        }
        Json &parent = *m_open.back().value;
        if (parent.is_array()) {
            parent.emplace_back(std::forward<Value>(value));
            return &parent.back();
        }
        *m_slot = Json(std::forward<Value>(value));
        return m_slot;
    }

    template<typename Value>
    bool add(Value &&value)
    {
        place(std::forward<Value>(value));
        return true;
    }

    bool open(Json container)
    {
        std::string segment;
        if (!m_open.empty()) {
            const Json &parent = *m_open.back().value;
            segment = parent.is_array() ? "[" + std::to_string(parent.size()) + "]" : m_key;
        }
        // Pointers into a parent stay valid: a parent only grows after the
        // child it holds is closed (the same reasoning as nlohmann's parser).
        m_open.push_back({place(std::move(container)), std::move(segment)});
        return true;
    }

    bool close()
    {
        m_open.pop_back();
        return true;
    }

    static bool isPlainKey(std::string_view key)
    {
        if (key.empty() || key.size() > 80)
            return false;
        for (const char c : key) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u == 0x7F || c == '.' || c == '[' || c == ']' || c == '"' || c == '\\')
                return false;
        }
        return true;
    }

    std::string currentPath() const
    {
        std::string path;
        for (std::size_t i = 1; i < m_open.size(); ++i) {
            const std::string &segment = m_open[i].segment;
            if (segment.starts_with('['))
                path += segment;
            else if (isPlainKey(segment))
                path = childPath(path, segment);
            else // a key that would garble the path: members["a.b"]
                path += "[" + detail::quoted(segment) + "]";
        }
        return path;
    }

    // nlohmann's what() is "[json.exception.parse_error.101] parse error at
    // line 1, column 9: syntax error while parsing value - invalid literal;
    // last read: '...'". Keep only the reason: the position is ours (computed
    // from the byte offset) and "last read" repeats raw input.
    static std::string shortReason(const nlohmann::detail::exception &error,
                                   const std::string &lastToken)
    {
        std::string text = error.what();
        if (const auto end = text.find("] ");
            text.starts_with("[json.exception.") && end != std::string::npos)
            text.erase(0, end + 2);
        if (text.starts_with("parse error")) {
            if (const auto colon = text.find(": "); colon != std::string::npos)
                text.erase(0, colon + 2);
        }
        if (text.starts_with("syntax error")) {
            if (const auto dash = text.find(" - "); dash != std::string::npos)
                text.erase(0, dash + 3);
        }
        const std::string lastRead = "; last read: '" + lastToken + "'";
        if (const auto at = text.find(lastRead); at != std::string::npos)
            text.erase(at, lastRead.size());
        else if (const auto cut = text.find("; last read: "); cut != std::string::npos)
            text.erase(cut);
        constexpr std::size_t maxLength = 120; // a huge number token is not a reason
        if (text.size() > maxLength)
            text = text.substr(0, maxLength) + "...";
        return text;
    }

    Json &m_root;
    std::vector<Open> m_open;
    Json *m_slot = nullptr; // the member of the innermost object the next value fills
    std::string m_key;
    std::optional<SyntaxProblem> m_syntax;
    std::optional<InputError> m_structure;
};

// A file Git left with conflict markers (the merge driver's, or Git's own)
// is not JSON; saying so, at the first marker, beats "invalid literal".
std::optional<InputError> conflictMarkerProblem(std::string_view text)
{
    int line = 1;
    for (std::size_t start = 0; start < text.size(); ++line) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view lineText = text.substr(start, end - start);
        if (lineText.starts_with(detail::oursMarker) || lineText.starts_with(detail::theirsMarker)
            || lineText.starts_with(detail::separatorMarker)) {
            return InputError{InputErrorCode::Syntax,
                              "",
                              "unresolved merge conflict " + detail::quoted(lineText)
                                  + ": keep one version of each conflicting block, delete the "
                                    "marker lines, then read the plan again",
                              line,
                              1};
        }
        start = end + 1;
    }
    return std::nullopt;
}

Json parseDocument(std::string_view text)
{
    Json root;
    DocumentBuilder builder(root);
    const bool parsed = Json::sax_parse(text, &builder);
    if (const auto &problem = builder.syntaxProblem()) {
        // position counts the bytes read including the offending one.
        const std::size_t offset = problem->position > 0 ? problem->position - 1 : 0;
        if (auto marker = conflictMarkerProblem(text))
            throw ReadFailure{std::move(*marker)};
        const auto where = detail::textPosition(text, offset);
        throw ReadFailure{InputError{InputErrorCode::Syntax,
                                     "",
                                     "syntax error: " + problem->reason,
                                     where.line,
                                     where.column}};
    }
    if (const auto &problem = builder.structureProblem())
        throw ReadFailure{*problem};
    if (!parsed) // not reachable: every refusal above records why
        fail(InputErrorCode::Syntax, "", "syntax error");
    return root;
}

// ---------------------------------------------------------------------------
// Typed access with the error messages of the format.

const Json &expectObject(const Json &value, const std::string &path)
{
    if (!value.is_object())
        fail(InputErrorCode::WrongType, path, "expected an object");
    return value;
}

const Json &expectArray(const Json &value, const std::string &path)
{
    if (!value.is_array())
        fail(InputErrorCode::WrongType, path, "expected an array");
    return value;
}

const Json &required(const Json &object, std::string_view key, const std::string &path)
{
    const auto it = object.find(key);
    if (it == object.end())
        fail(InputErrorCode::MissingKey, path, "missing \"" + std::string(key) + "\"");
    return *it;
}

// An optional key: absent and null both mean "not given".
const Json *optional(const Json &object, std::string_view key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return nullptr;
    return &*it;
}

std::string readString(const Json &value, const std::string &path)
{
    if (!value.is_string())
        fail(InputErrorCode::WrongType, path, "expected a string");
    return value.get<std::string>();
}

std::string readId(const Json &value, const std::string &path)
{
    std::string id = readString(value, path);
    if (id.empty())
        fail(InputErrorCode::EmptyValue, path, "must not be empty");
    return id;
}

// How a number is shown in a message: as JSON writes it.
std::string numberText(const Json &value)
{
    return value.dump();
}

// Integral JSON numbers; 1.0 and 1e2 count, as JSON does not tell 1 from 1.0.
std::optional<long double> integralValue(const Json &value)
{
    if (value.is_number_integer() && !value.is_number_unsigned())
        return static_cast<long double>(value.get<std::int64_t>());
    if (value.is_number_unsigned())
        return static_cast<long double>(value.get<std::uint64_t>());
    const double number = value.get<double>();
    if (std::isfinite(number) && std::floor(number) == number)
        return number;
    return std::nullopt;
}

long long readInteger(const Json &value, const std::string &path, long long min, long long max)
{
    if (!value.is_number())
        fail(InputErrorCode::WrongType, path, "expected an integer");
    const auto integral = integralValue(value);
    if (!integral)
        fail(InputErrorCode::WrongType, path, "expected an integer");
    if (*integral < static_cast<long double>(min))
        fail(InputErrorCode::BadNumber,
             path,
             numberText(value) + " is out of range (must be at least " + std::to_string(min) + ")");
    if (*integral > static_cast<long double>(max))
        fail(InputErrorCode::BadNumber,
             path,
             numberText(value) + " is out of range (must be at most " + std::to_string(max) + ")");
    return static_cast<long long>(*integral);
}

// Minutes of a policy: positive, and at most a week, which keeps every
// computation with them far from overflow.
constexpr long long maxPolicyMinutes = 7 * 24 * 60;
// Effort in hours, for the task named `taskId`: see isValidEffort().
double readEffort(const Json &value, const std::string &path, const std::string &taskId)
{
    if (!value.is_number())
        fail(InputErrorCode::WrongType, path, "expected a number");
    const double hours = value.get<double>();
    if (hours > maximumEffortHours)
        fail(InputErrorCode::BadNumber,
             path,
             numberText(value) + " is out of range (must be at most 100000)");
    if (!isValidEffort(hours))
        fail(InputErrorCode::BadNumber,
             path,
             numberText(value) + " hours is less than a minute of work for task "
                 + detail::quoted(taskId) + " (must be at least 1 minute, 0.0167 hours)");
    return hours;
}

bool isColor(std::string_view text)
{
    if (text.size() != 7 || text[0] != '#')
        return false;
    for (const char c : text.substr(1))
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    return true;
}

Instant readInstant(const Json &value, const std::string &path)
{
    if (!value.is_string())
        fail(InputErrorCode::WrongType, path, "expected a string or null");
    const auto &text = value.get_ref<const std::string &>();
    const auto instant = parseInstant(text);
    if (!instant)
        fail(InputErrorCode::BadInstant,
             path,
             detail::quoted(text) + " is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ)");
    if (!isPlanInstant(*instant))
        fail(InputErrorCode::BadInstant, path, detail::quoted(text) + ": " + planDateRangeRule());
    return *instant;
}

LocalDate readDate(const Json &value, const std::string &path)
{
    const std::string text = readString(value, path);
    const auto date = parseDate(text);
    if (!date)
        fail(InputErrorCode::BadDate, path, detail::quoted(text) + " is not a date (YYYY-MM-DD)");
    if (!isPlanDate(*date))
        fail(InputErrorCode::BadDate, path, detail::quoted(text) + ": " + planDateRangeRule());
    return *date;
}

Minutes readClockTime(const Json &value, const std::string &path, ClockEnd end)
{
    const std::string text = readString(value, path);
    const auto time = parseClockTime(text, end);
    if (!time) {
        if (end == ClockEnd::NotAllowed && text == "24:00")
            fail(InputErrorCode::BadClockTime, path, "\"24:00\" is only allowed as an end");
        fail(InputErrorCode::BadClockTime,
             path,
             detail::quoted(text) + " is not a time of day (HH:MM)");
    }
    return *time;
}

// Remembers the ids seen in one array so a duplicate names the first holder.
class IdRegistry
{
public:
    explicit IdRegistry(std::string arrayPath)
        : m_arrayPath(std::move(arrayPath))
    {
    }

    void add(const std::string &id, std::size_t index, const std::string &path)
    {
        const auto [it, inserted] = m_first.emplace(id, index);
        if (!inserted)
            fail(InputErrorCode::DuplicateId,
                 path,
                 "duplicate id " + detail::quoted(id) + " (already used by "
                     + indexPath(m_arrayPath, it->second) + ")");
    }
    bool contains(const std::string &id) const { return m_first.contains(id); }

private:
    std::string m_arrayPath;
    std::map<std::string, std::size_t> m_first;
};

// ---------------------------------------------------------------------------
// The plan, in DESIGN.md's order; the first problem found is reported.

void checkVersion(const Json &root)
{
    const auto it = root.find("sunrelayPlan");
    if (it == root.end())
        fail(InputErrorCode::MissingKey, "", "missing \"sunrelayPlan\"");
    const Json &version = *it;
    if (!version.is_number())
        fail(InputErrorCode::WrongType, "sunrelayPlan", "expected an integer");
    const auto integral = integralValue(version);
    if (!integral)
        fail(InputErrorCode::WrongType, "sunrelayPlan", "expected an integer");
    if (*integral != planJsonVersion)
        fail(InputErrorCode::UnsupportedVersion,
             "sunrelayPlan",
             "unsupported version " + numberText(version) + " (this build reads version "
                 + std::to_string(planJsonVersion) + ")");
}

Policy readPolicy(const Json &root)
{
    Policy policy;
    const Json *value = optional(root, "policy");
    if (!value)
        return policy;
    const std::string path = "policy";
    expectObject(*value, path);
    const auto minutes = [&](std::string_view key, Minutes &target) {
        if (const Json *field = optional(*value, key))
            target = Minutes{readInteger(*field, childPath(path, key), 1, maxPolicyMinutes)};
    };
    minutes("syncSlotMinutes", policy.syncSlot);
    minutes("deepWorkMinimumMinutes", policy.deepWorkMinimum);
    minutes("gapLimitMinutes", policy.gapLimit);
    return policy;
}

std::vector<Region> readRegions(const Json &root, IdRegistry &ids)
{
    const Json &array = expectArray(required(root, "regions", ""), "regions");
    std::vector<Region> regions;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string path = indexPath("regions", i);
        const Json &object = expectObject(array[i], path);
        Region region;
        region.id = readId(required(object, "id", path), childPath(path, "id"));
        ids.add(region.id, i, childPath(path, "id"));
        region.name = readString(required(object, "name", path), childPath(path, "name"));
        const std::string colorPath = childPath(path, "color");
        region.color = readString(required(object, "color", path), colorPath);
        if (!isColor(region.color))
            fail(InputErrorCode::BadColor,
                 colorPath,
                 detail::quoted(region.color) + " is not a colour (#rrggbb)");
        regions.push_back(std::move(region));
    }
    return regions;
}

WeeklyRange readWeeklyRange(const Json &value, const std::string &path)
{
    const Json &object = expectObject(value, path);
    WeeklyRange range;
    const std::string daysPath = childPath(path, "days");
    const Json &days = expectArray(required(object, "days", path), daysPath);
    if (days.empty())
        fail(InputErrorCode::EmptyValue, daysPath, "must not be empty");
    for (std::size_t i = 0; i < days.size(); ++i) {
        const std::string dayPath = indexPath(daysPath, i);
        const std::string key = readString(days[i], dayPath);
        const auto day = parseWeekdayKey(key);
        if (!day)
            fail(InputErrorCode::UnknownWeekday, dayPath, "unknown weekday " + detail::quoted(key));
        range.days.insert(*day);
    }
    range.start = readClockTime(required(object, "start", path),
                                childPath(path, "start"),
                                ClockEnd::NotAllowed);
    range.end =
        readClockTime(required(object, "end", path), childPath(path, "end"), ClockEnd::Allowed);
    return range;
}

WeeklyPattern readPattern(const Json &value, const std::string &path)
{
    const Json &array = expectArray(value, path);
    WeeklyPattern pattern;
    for (std::size_t i = 0; i < array.size(); ++i)
        pattern.ranges.push_back(readWeeklyRange(array[i], indexPath(path, i)));
    return pattern;
}

std::vector<DateRange> readTimeOff(const Json &value, const std::string &path)
{
    const Json &array = expectArray(value, path);
    std::vector<DateRange> ranges;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string rangePath = indexPath(path, i);
        const Json &object = expectObject(array[i], rangePath);
        const LocalDate from =
            readDate(required(object, "from", rangePath), childPath(rangePath, "from"));
        const LocalDate to =
            readDate(required(object, "to", rangePath), childPath(rangePath, "to"));
        if (to < from)
            fail(InputErrorCode::ReversedRange,
                 childPath(rangePath, "to"),
                 formatDate(to) + " is before from " + formatDate(from));
        ranges.push_back({from, to});
    }
    return ranges;
}

std::vector<Member> readMembers(const Json &root, const IdRegistry &regionIds)
{
    const Json &array = expectArray(required(root, "members", ""), "members");
    std::vector<Member> members;
    IdRegistry ids("members");
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string path = indexPath("members", i);
        const Json &object = expectObject(array[i], path);
        Member member;
        member.id = readId(required(object, "id", path), childPath(path, "id"));
        ids.add(member.id, i, childPath(path, "id"));
        member.name = readString(required(object, "name", path), childPath(path, "name"));

        const std::string regionPath = childPath(path, "region");
        member.region = readId(required(object, "region", path), regionPath);
        if (!regionIds.contains(member.region))
            fail(InputErrorCode::UnknownRegion,
                 regionPath,
                 "unknown region " + detail::quoted(member.region));

        const std::string zonePath = childPath(path, "zone");
        const std::string zoneName = readString(required(object, "zone", path), zonePath);
        auto zone = TimeZone::find(zoneName);
        if (!zone)
            fail(InputErrorCode::UnknownZone,
                 zonePath,
                 "unknown time zone " + detail::quoted(zoneName));
        member.zone = std::move(*zone);

        member.work = readPattern(required(object, "work", path), childPath(path, "work"));
        if (const Json *value = optional(object, "deepWork"))
            member.deepWork = readPattern(*value, childPath(path, "deepWork"));
        if (const Json *value = optional(object, "comms"))
            member.comms = readPattern(*value, childPath(path, "comms"));
        if (const Json *value = optional(object, "timeOff"))
            member.timeOff = readTimeOff(*value, childPath(path, "timeOff"));
        members.push_back(std::move(member));
    }
    return members;
}

// "handoffNotes": [{"handoff": 1, "note": "Done: ..."}], numbers from 1, each
// at most once; an empty note is no note (a script may list every handoff).
std::map<int, std::string> readHandoffNotes(const Json &value, const std::string &path)
{
    const Json &array = expectArray(value, path);
    std::map<int, std::string> notes;
    std::map<int, std::size_t> firstIndex;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string notePath = indexPath(path, i);
        const Json &object = expectObject(array[i], notePath);
        const std::string numberPath = childPath(notePath, "handoff");
        const int number = static_cast<int>(
            readInteger(required(object, "handoff", notePath), numberPath, 1, INT_MAX));
        std::string text =
            readString(required(object, "note", notePath), childPath(notePath, "note"));
        const auto [first, inserted] = firstIndex.emplace(number, i);
        if (!inserted)
            fail(InputErrorCode::DuplicateId,
                 numberPath,
                 "duplicate handoff " + std::to_string(number) + " (already noted in "
                     + indexPath(path, first->second) + ")");
        if (!text.empty())
            notes.emplace(number, std::move(text));
    }
    return notes;
}

std::vector<Task> readTasks(const Json &root, const IdRegistry &regionIds)
{
    std::vector<Task> tasks;
    const Json *value = optional(root, "tasks");
    if (!value)
        return tasks;
    const Json &array = expectArray(*value, "tasks");
    IdRegistry ids("tasks");
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string path = indexPath("tasks", i);
        const Json &object = expectObject(array[i], path);
        Task task;
        task.id = readId(required(object, "id", path), childPath(path, "id"));
        ids.add(task.id, i, childPath(path, "id"));
        task.title = readString(required(object, "title", path), childPath(path, "title"));
        task.effortHours = readEffort(required(object, "effortHours", path),
                                      childPath(path, "effortHours"),
                                      task.id);
        task.priority = static_cast<int>(readInteger(required(object, "priority", path),
                                                     childPath(path, "priority"),
                                                     1,
                                                     INT_MAX));
        if (const Json *start = optional(object, "start"))
            task.start = readInstant(*start, childPath(path, "start"));
        if (const Json *region = optional(object, "region")) {
            const std::string regionPath = childPath(path, "region");
            if (!region->is_string())
                fail(InputErrorCode::WrongType, regionPath, "expected a string or null");
            task.region = readId(*region, regionPath);
            if (!regionIds.contains(*task.region))
                fail(InputErrorCode::UnknownRegion,
                     regionPath,
                     "unknown region " + detail::quoted(*task.region));
        }
        if (const Json *deadline = optional(object, "deadline"))
            task.deadline = readInstant(*deadline, childPath(path, "deadline"));
        if (const Json *notes = optional(object, "notes"))
            task.notes = readString(*notes, childPath(path, "notes"));
        if (const Json *notes = optional(object, "handoffNotes"))
            task.handoffNotes = readHandoffNotes(*notes, childPath(path, "handoffNotes"));
        tasks.push_back(std::move(task));
    }
    return tasks;
}

// A problem of the whole plan (plan_validity.h) at its JSON path.
[[noreturn]] void failWith(const PlanProblem &problem)
{
    const InputErrorCode code = [&] {
        switch (problem.kind) {
        case PlanProblemKind::TooMany:
        case PlanProblemKind::TooLong:
            return InputErrorCode::OverLimit;
        case PlanProblemKind::InvalidText:
            return InputErrorCode::InvalidText;
        case PlanProblemKind::OutOfRange:
            break;
        }
        return problem.part == PlanPart::TimeOff ? InputErrorCode::BadDate
                                                 : InputErrorCode::BadInstant;
    }();
    std::string path;
    std::string detail = problem.detail;
    switch (problem.part) {
    case PlanPart::Plan:
        path = problem.field;
        break;
    case PlanPart::Region:
    case PlanPart::Holiday: // not part of the JSON; named by their region
        path = childPath(indexPath("regions", problem.index), problem.field);
        break;
    case PlanPart::Member:
    case PlanPart::WeeklyRange:
    case PlanPart::BusyTime: // not part of the JSON
        path = childPath(indexPath("members", problem.index), problem.field);
        break;
    case PlanPart::TimeOff:
        path = childPath(
            indexPath(childPath(indexPath("members", problem.index), "timeOff"), problem.item),
            problem.field);
        break;
    case PlanPart::Task:
        path = childPath(indexPath("tasks", problem.index), problem.field);
        break;
    case PlanPart::HandoffNote:
        path = childPath(indexPath("tasks", problem.index), "handoffNotes");
        detail = "the note of handoff " + std::to_string(problem.item) + ": " + detail;
        break;
    }
    fail(code, path, detail);
}

Plan readPlan(std::string_view text)
{
    const Json root = parseDocument(text);
    if (!root.is_object())
        fail(InputErrorCode::WrongType, "", "expected a JSON object at the top level");
    checkVersion(root);
    Plan plan;
    plan.name = readString(required(root, "name", ""), "name");
    plan.policy = readPolicy(root);
    IdRegistry regionIds("regions");
    plan.regions = readRegions(root, regionIds);
    plan.members = readMembers(root, regionIds);
    plan.tasks = readTasks(root, regionIds);
    if (const auto problem = findPlanProblem(plan))
        failWith(*problem);
    return plan;
}

// ---------------------------------------------------------------------------
// Writing.

OrderedJson weeklyPatternJson(const WeeklyPattern &pattern)
{
    OrderedJson array = OrderedJson::array();
    for (const WeeklyRange &range : pattern.ranges) {
        OrderedJson days = OrderedJson::array();
        for (const date::weekday day : range.days.days())
            days.push_back(weekdayKey(day));
        OrderedJson object;
        object["days"] = std::move(days);
        object["start"] = formatClockTime(range.start);
        object["end"] = formatClockTime(range.end);
        array.push_back(std::move(object));
    }
    return array;
}

OrderedJson optionalInstantJson(const std::optional<Instant> &instant)
{
    return instant ? OrderedJson(formatInstant(*instant)) : OrderedJson(nullptr);
}

OrderedJson effortJson(double hours)
{
    // "effortHours": 30, not 30.0: whole hours are what people write.
    constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(hours) && std::floor(hours) == hours && std::fabs(hours) < exactIntegerLimit)
        return OrderedJson(static_cast<std::int64_t>(hours));
    return OrderedJson(hours);
}

} // namespace

Result<Plan> readPlanJson(std::string_view text)
{
    try {
        return readPlan(text);
    } catch (const ReadFailure &failure) {
        return failure.error;
    } catch (const std::exception &error) {
        // Not expected (every nlohmann access above is type-checked first),
        // but no exception may leave the library.
        return InputError{InputErrorCode::Syntax,
                          "",
                          std::string("could not read: ") + error.what(),
                          0,
                          0};
    }
}

namespace detail
{

OrderedJson planDocument(const Plan &plan)
{
    OrderedJson root;
    root["sunrelayPlan"] = planJsonVersion;
    root["name"] = plan.name;
    OrderedJson policy;
    policy["syncSlotMinutes"] = plan.policy.syncSlot.count();
    policy["deepWorkMinimumMinutes"] = plan.policy.deepWorkMinimum.count();
    policy["gapLimitMinutes"] = plan.policy.gapLimit.count();
    root["policy"] = std::move(policy);

    OrderedJson regions = OrderedJson::array();
    for (const Region &region : plan.regions) {
        OrderedJson object;
        object["id"] = region.id;
        object["name"] = region.name;
        object["color"] = region.color;
        regions.push_back(std::move(object));
    }
    root["regions"] = std::move(regions);

    OrderedJson members = OrderedJson::array();
    for (const Member &member : plan.members) {
        OrderedJson object;
        object["id"] = member.id;
        object["name"] = member.name;
        object["region"] = member.region;
        object["zone"] = member.zone.name();
        object["work"] = weeklyPatternJson(member.work);
        object["deepWork"] = weeklyPatternJson(member.deepWork);
        object["comms"] = weeklyPatternJson(member.comms);
        OrderedJson timeOff = OrderedJson::array();
        for (const DateRange &range : member.timeOff) {
            OrderedJson entry;
            entry["from"] = formatDate(range.from);
            entry["to"] = formatDate(range.to);
            timeOff.push_back(std::move(entry));
        }
        object["timeOff"] = std::move(timeOff);
        members.push_back(std::move(object));
    }
    root["members"] = std::move(members);

    OrderedJson tasks = OrderedJson::array();
    for (const Task &task : plan.tasks) {
        OrderedJson object;
        object["id"] = task.id;
        object["title"] = task.title;
        object["effortHours"] = effortJson(task.effortHours);
        object["priority"] = task.priority;
        object["start"] = optionalInstantJson(task.start);
        object["region"] = task.region ? OrderedJson(*task.region) : OrderedJson(nullptr);
        object["deadline"] = optionalInstantJson(task.deadline);
        object["notes"] = task.notes;
        if (!task.handoffNotes.empty()) {
            OrderedJson notes = OrderedJson::array();
            for (const auto &[number, text] : task.handoffNotes) {
                OrderedJson note;
                note["handoff"] = number;
                note["note"] = text;
                notes.push_back(std::move(note));
            }
            object["handoffNotes"] = std::move(notes);
        }
        tasks.push_back(std::move(object));
    }
    root["tasks"] = std::move(tasks);

    return root;
}

} // namespace detail

std::string writePlanJson(const Plan &plan)
{
    // A Plan built in memory (say from a CSV) may hold text that is not
    // UTF-8; the layout replaces it rather than throw, as JSON must be UTF-8.
    return detail::layOutPlan(detail::planDocument(plan));
}

} // namespace sunrelay::exchange
