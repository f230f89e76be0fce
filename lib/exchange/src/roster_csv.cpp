#include "sunrelay/exchange/roster_csv.h"

#include "sunrelay/exchange/iso_time.h"
#include "text_util.h"

#include "sunrelay/core/plan_limits.h"
#include "sunrelay/core/plan_validity.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sunrelay::exchange
{

namespace
{

// Thrown inside this file only, caught by readRosterCsv(): the first problem
// ends the read.
struct ReadFailure {
    InputError error;
};

// ---------------------------------------------------------------------------
// RFC 4180 records.

struct Record {
    std::vector<std::string> fields;
    std::vector<std::size_t> offsets; // where each field starts in the text
};

// A syntax error at byte `offset`; `row` 0 when no row is known yet.
[[noreturn]] void
failAt(std::string_view text, std::size_t offset, std::size_t row, const std::string &problem)
{
    const auto where = detail::textPosition(text, offset);
    throw ReadFailure{InputError{InputErrorCode::Syntax,
                                 row > 0 ? "row " + std::to_string(row) : std::string(),
                                 "syntax error: " + problem,
                                 where.line,
                                 where.column}};
}

// Splits the text into records. Follows RFC 4180 (quoted fields, "" for a
// quote, line breaks inside quotes) and what spreadsheets write besides:
// CRLF, LF or CR line ends, a UTF-8 byte order mark, no final line end.
// Spaces around a quoted field are tolerated; a quote inside an unquoted
// field or text after a closing quote is refused, because guessing there
// silently shifts every later column.
std::vector<Record> splitRecords(std::string_view text)
{
    std::vector<Record> records;
    std::size_t i = text.starts_with(detail::utf8Bom) ? detail::utf8Bom.size() : 0;
    const auto isLineEnd = [&](std::size_t k) {
        return k < text.size() && (text[k] == '\n' || text[k] == '\r');
    };
    // Consumes one line end at i (CRLF counts once).
    const auto skipLineEnd = [&] {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        ++i;
    };

    while (i < text.size()) {
        Record record;
        const std::size_t row = records.size() + 1;
        while (true) { // one field per pass
            std::string field;
            record.offsets.push_back(i);
            std::size_t k = i;
            while (k < text.size() && (text[k] == ' ' || text[k] == '\t'))
                ++k;
            if (k < text.size() && text[k] == '"') {
                const std::size_t open = k;
                i = k + 1;
                while (true) {
                    if (i >= text.size())
                        failAt(text, open, row, "quoted field is not closed");
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    field += text[i++];
                }
                while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
                    ++i;
                if (i < text.size() && text[i] != ',' && !isLineEnd(i))
                    failAt(text, i, row, "unexpected text after a closing quote");
            } else {
                while (i < text.size() && text[i] != ',' && !isLineEnd(i)) {
                    if (text[i] == '"')
                        failAt(text, i, row, "quote in an unquoted field");
                    field += text[i++];
                }
                field = std::string(detail::trimmed(field));
            }
            record.fields.push_back(std::move(field));
            if (i < text.size() && text[i] == ',') {
                ++i;
                continue;
            }
            break;
        }
        if (i < text.size())
            skipLineEnd();
        records.push_back(std::move(record));
    }
    return records;
}

bool isBlank(const Record &record)
{
    for (const std::string &field : record.fields)
        if (!field.empty())
            return false;
    return true;
}

// ---------------------------------------------------------------------------
// Columns.

enum Column {
    Id,
    Name,
    RegionName,
    Zone,
    WorkDays,
    WorkStart,
    WorkEnd,
    DeepWorkStart,
    DeepWorkEnd,
    Comms,
    ColumnCount
};

// Canonical names, also used in messages.
constexpr std::array<std::string_view, ColumnCount> columnNames = {"id",
                                                                   "name",
                                                                   "region",
                                                                   "zone",
                                                                   "work days",
                                                                   "work start",
                                                                   "work end",
                                                                   "deep work start",
                                                                   "deep work end",
                                                                   "comms"};

constexpr std::array<Column, 6> requiredColumns =
    {Name, RegionName, Zone, WorkDays, WorkStart, WorkEnd};

// "Work_Start", "work-start" and " WORK START " all name "work start".
std::string normalizedHeader(std::string_view text)
{
    std::string name = detail::asciiLower(detail::trimmed(text));
    for (char &c : name)
        if (c == '_' || c == '-')
            c = ' ';
    return name;
}

// ---------------------------------------------------------------------------
// One row's cells, with errors that name row and column.

using ColumnPositions = std::array<std::optional<std::size_t>, ColumnCount>;

class Row
{
public:
    Row(std::string_view text,
        const Record &record,
        std::size_t row,
        const ColumnPositions &positions)
        : m_text(text)
        , m_record(record)
        , m_row(row)
        , m_positions(positions)
    {
    }

    std::size_t number() const { return m_row; }

    // The trimmed cell, or "" when the column is absent.
    std::string cell(Column column) const
    {
        const auto position = m_positions[column];
        if (!position)
            return {};
        return std::string(detail::trimmed(m_record.fields[*position]));
    }

    std::string requiredCell(Column column) const
    {
        std::string value = cell(column);
        if (value.empty())
            fail(column, InputErrorCode::EmptyValue, "must not be empty");
        return value;
    }

    [[noreturn]] void fail(Column column, InputErrorCode code, std::string problem) const
    {
        // line/column: where the cell starts, for an editor to jump to.
        detail::TextPosition where{0, 0};
        if (const auto position = m_positions[column])
            where = detail::textPosition(m_text, m_record.offsets[*position]);
        throw ReadFailure{
            InputError{code, path(column), std::move(problem), where.line, where.column}};
    }

    std::string path(Column column) const
    {
        return "row " + std::to_string(m_row) + ", column " + std::string(columnNames[column]);
    }

private:
    std::string_view m_text;
    const Record &m_record;
    std::size_t m_row;
    const ColumnPositions &m_positions;
};

// "09:00", or "9:00" as spreadsheets write it and the member dialog takes it.
Minutes clockTime(const Row &row, Column column, std::string_view text, ClockEnd end)
{
    const bool oneDigitHour = text.size() == 4 && text[1] == ':';
    const std::string padded = oneDigitHour ? "0" + std::string(text) : std::string(text);
    const auto time = parseClockTime(padded, end);
    if (!time) {
        if (end == ClockEnd::NotAllowed && padded == "24:00")
            row.fail(column, InputErrorCode::BadClockTime, "\"24:00\" is only allowed as an end");
        row.fail(column,
                 InputErrorCode::BadClockTime,
                 detail::quoted(text) + " is not a time of day (H:MM or HH:MM)");
    }
    return *time;
}

date::weekday weekday(const Row &row, std::string_view text)
{
    const auto day = parseWeekdayKey(detail::asciiLower(text));
    if (!day)
        row.fail(WorkDays,
                 InputErrorCode::UnknownWeekday,
                 "unknown weekday " + detail::quoted(text));
    return *day;
}

// "mon tue wed", "mon;tue", "mon,tue", "mon-fri"; a range runs forward
// through the week, so "sun-thu" is a Middle-East work week.
Weekdays workDays(const Row &row)
{
    const std::string text = row.requiredCell(WorkDays);
    Weekdays days;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\t' || text[i] == ';' || text[i] == ',') {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != ';'
               && text[end] != ',')
            ++end;
        const std::string_view token = std::string_view(text).substr(i, end - i);
        i = end;
        const auto dash = token.find('-');
        if (dash == std::string_view::npos) {
            days.insert(weekday(row, token));
            continue;
        }
        const date::weekday first = weekday(row, token.substr(0, dash));
        const date::weekday last = weekday(row, token.substr(dash + 1));
        for (date::weekday day = first;; ++day) {
            days.insert(day);
            if (day == last)
                break;
        }
    }
    if (days.isEmpty())
        row.fail(WorkDays, InputErrorCode::EmptyValue, "must not be empty");
    return days;
}

// "11:00-11:30; 15:00-15:30"
WeeklyPattern commsWindows(const Row &row, Weekdays days)
{
    WeeklyPattern pattern;
    const std::string text = row.cell(Comms);
    std::size_t i = 0;
    while (i <= text.size()) {
        const std::size_t end = std::min(text.find(';', i), text.size());
        const std::string_view window = detail::trimmed(std::string_view(text).substr(i, end - i));
        i = end + 1;
        if (window.empty())
            continue;
        const auto dash = window.find('-');
        if (dash == std::string_view::npos)
            row.fail(Comms,
                     InputErrorCode::BadClockTime,
                     detail::quoted(window) + " is not a window (HH:MM-HH:MM)");
        const Minutes start =
            clockTime(row, Comms, detail::trimmed(window.substr(0, dash)), ClockEnd::NotAllowed);
        const Minutes stop =
            clockTime(row, Comms, detail::trimmed(window.substr(dash + 1)), ClockEnd::Allowed);
        pattern.ranges.push_back({days, start, stop});
    }
    return pattern;
}

InputErrorCode codeOf(PlanProblemKind kind)
{
    return kind == PlanProblemKind::InvalidText ? InputErrorCode::InvalidText
                                                : InputErrorCode::OverLimit;
}

// The column a member's problem (plan_validity.h) lies in.
Column columnOf(const PlanProblem &problem, Column idColumn)
{
    if (problem.field == "id")
        return idColumn;
    if (problem.field == "comms")
        return Comms;
    if (problem.field == "deepWork")
        return DeepWorkStart;
    if (problem.field == "work")
        return WorkStart;
    return Name;
}

// The header row: where each known column is; unknown columns are ignored,
// as spreadsheets carry e-mail and notes columns that are none of ours.
ColumnPositions readHeader(std::string_view text, const Record &header)
{
    ColumnPositions positions;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string normalized = normalizedHeader(header.fields[i]);
        for (std::size_t c = 0; c < ColumnCount; ++c) {
            if (columnNames[c] != normalized)
                continue;
            if (positions[c]) {
                const auto where = detail::textPosition(text, header.offsets[i]);
                throw ReadFailure{
                    InputError{InputErrorCode::DuplicateId,
                               "header",
                               "column " + detail::quoted(columnNames[c]) + " appears twice",
                               where.line,
                               where.column}};
            }
            positions[c] = i;
        }
    }
    for (const Column column : requiredColumns)
        if (!positions[column])
            throw ReadFailure{InputError{InputErrorCode::MissingColumn,
                                         "header",
                                         "missing column " + detail::quoted(columnNames[column]),
                                         0,
                                         0}};
    if (positions[DeepWorkStart].has_value() != positions[DeepWorkEnd].has_value()) {
        const Column missing = positions[DeepWorkStart] ? DeepWorkEnd : DeepWorkStart;
        throw ReadFailure{InputError{InputErrorCode::MissingColumn,
                                     "header",
                                     "missing column " + detail::quoted(columnNames[missing])
                                         + " (deep work needs a start and an end)",
                                     0,
                                     0}};
    }
    return positions;
}

// The roster being read: the plan so far and which row first used each id.
struct RosterSoFar {
    Plan plan;
    std::map<std::string, std::size_t> memberRows; // id -> row that first used it
    std::map<std::string, std::size_t> regionIndex; // id -> index in plan.regions
};

// The member's id (its own column, or made from the name), unique in the
// roster; the column it came from, for messages about it.
std::pair<std::string, Column>
memberIdOf(const Row &row, const std::string &name, RosterSoFar &roster)
{
    std::string id = row.cell(Id);
    Column idColumn = Id;
    if (id.empty()) {
        id = detail::slug(name);
        idColumn = Name;
        if (id.empty())
            row.fail(Name,
                     InputErrorCode::EmptyValue,
                     detail::quoted(name) + " has no letters or digits to make an id from");
    }
    const auto [first, inserted] = roster.memberRows.emplace(id, row.number());
    if (!inserted)
        row.fail(idColumn,
                 InputErrorCode::DuplicateId,
                 "duplicate id " + detail::quoted(id) + " (already used by row "
                     + std::to_string(first->second) + ")");
    return {std::move(id), idColumn};
}

// The id of the row's region, added to the plan the first time it is named.
std::string regionIdOf(const Row &row, RosterSoFar &roster)
{
    const std::string regionName = row.requiredCell(RegionName);
    std::string regionId = detail::slug(regionName);
    if (regionId.empty())
        row.fail(RegionName,
                 InputErrorCode::EmptyValue,
                 detail::quoted(regionName) + " has no letters or digits to make an id from");
    std::vector<Region> &regions = roster.plan.regions;
    if (roster.regionIndex.emplace(regionId, regions.size()).second) {
        if (const auto over = checkCount("regions", regions.size() + 1, maxRegions))
            row.fail(RegionName, InputErrorCode::OverLimit, *over);
        Region region{regionId, regionName, defaultRegionColor(regions.size())};
        if (const auto problem = findRegionProblem(region, regions.size()))
            row.fail(RegionName, codeOf(problem->kind), problem->detail);
        regions.push_back(std::move(region));
    }
    return regionId;
}

// Working hours, the optional deep-work block and the comms windows of a row.
void readPatterns(const Row &row, Member &member)
{
    const Weekdays days = workDays(row);
    const Minutes workStart =
        clockTime(row, WorkStart, row.requiredCell(WorkStart), ClockEnd::NotAllowed);
    const Minutes workEnd = clockTime(row, WorkEnd, row.requiredCell(WorkEnd), ClockEnd::Allowed);
    member.work.ranges.push_back({days, workStart, workEnd});

    const std::string deepStart = row.cell(DeepWorkStart);
    const std::string deepEnd = row.cell(DeepWorkEnd);
    if (!deepStart.empty() || !deepEnd.empty()) {
        // Both or neither: half a block is a typo, not a block.
        const Minutes start =
            clockTime(row, DeepWorkStart, row.requiredCell(DeepWorkStart), ClockEnd::NotAllowed);
        const Minutes end =
            clockTime(row, DeepWorkEnd, row.requiredCell(DeepWorkEnd), ClockEnd::Allowed);
        member.deepWork.ranges.push_back({days, start, end});
    }
    member.comms = commsWindows(row, days);
}

void readMember(const Row &row, RosterSoFar &roster)
{
    Member member;
    member.name = row.requiredCell(Name);
    auto [id, idColumn] = memberIdOf(row, member.name, roster);
    member.id = std::move(id);
    member.region = regionIdOf(row, roster);

    const std::string zoneName = row.requiredCell(Zone);
    auto zone = TimeZone::find(zoneName);
    if (!zone)
        row.fail(Zone,
                 InputErrorCode::UnknownZone,
                 "unknown time zone " + detail::quoted(zoneName));
    member.zone = std::move(*zone);
    readPatterns(row, member);

    // Limits and text as every input checks them (plan_validity.h).
    std::vector<Member> &members = roster.plan.members;
    if (const auto over = checkCount("members", members.size() + 1, maxMembers))
        row.fail(Name, InputErrorCode::OverLimit, *over);
    if (const auto problem = findMemberProblem(member, members.size()))
        row.fail(columnOf(*problem, idColumn), codeOf(problem->kind), problem->detail);
    members.push_back(std::move(member));
}

Plan readRoster(std::string_view text, std::string_view name)
{
    // A spreadsheet saved in a legacy code page would otherwise turn names
    // into mojibake in every later export.
    if (const std::size_t bad = detail::firstInvalidUtf8(text); bad != std::string_view::npos)
        failAt(text, bad, 0, "not UTF-8 text (save the file as UTF-8)");
    const std::vector<Record> records = splitRecords(text);
    if (records.empty() || isBlank(records.front()))
        throw ReadFailure{InputError{InputErrorCode::MissingColumn,
                                     "header",
                                     "no header row (the first row is empty)",
                                     0,
                                     0}};
    const Record &header = records.front();
    const ColumnPositions positions = readHeader(text, header);

    RosterSoFar roster;
    roster.plan.name = std::string(name);
    if (const auto problem = nameProblem(roster.plan.name))
        throw ReadFailure{InputError{InputErrorCode::InvalidText, "plan name", *problem, 0, 0}};
    for (std::size_t r = 1; r < records.size(); ++r) {
        const Record &record = records[r];
        const std::size_t rowNumber = r + 1; // the header is row 1
        // Blank rows (also ",,,,," as spreadsheets save them) carry nothing.
        if (isBlank(record))
            continue;
        if (record.fields.size() != header.fields.size())
            throw ReadFailure{InputError{InputErrorCode::Syntax,
                                         "row " + std::to_string(rowNumber),
                                         std::to_string(record.fields.size())
                                             + " fields, but the header has "
                                             + std::to_string(header.fields.size()),
                                         0,
                                         0}};
        readMember(Row(text, record, rowNumber, positions), roster);
    }
    return std::move(roster.plan);
}

} // namespace

Result<Plan> readRosterCsv(std::string_view text, std::string_view name)
{
    try {
        return readRoster(text, name);
    } catch (const ReadFailure &failure) {
        return failure.error;
    } catch (const std::exception &error) {
        // Not expected, but no exception may leave the library.
        return InputError{InputErrorCode::Syntax,
                          "",
                          std::string("could not read: ") + error.what(),
                          0,
                          0};
    }
}

} // namespace sunrelay::exchange
