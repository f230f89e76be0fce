#pragma once

// InputError: what is wrong with a piece of outside data and where.
//
// `path` names the place in JSON-path style ("members[3].zone") or, for CSV,
// as "row 4, column zone"; `line`/`column` are set (1-based) for syntax errors
// and CSV cells. `message()` gives the whole English sentence.
//
// Example:
//   {InputErrorCode::UnknownZone, "members[3].zone",
//    "unknown time zone \"Europe/Berlim\""}.message()
//   == "members[3].zone: unknown time zone \"Europe/Berlim\""

#include <string>

namespace sunrelay::exchange
{

enum class InputErrorCode {
    Syntax, // not well-formed JSON or CSV
    UnsupportedVersion, // sunrelayPlan is not a version this build reads
    MissingKey,
    WrongType,
    UnknownZone,
    BadClockTime, // not HH:MM
    UnknownWeekday,
    BadDate, // not YYYY-MM-DD
    BadInstant, // not YYYY-MM-DDTHH:MM:SSZ
    BadColor,
    BadNumber, // out of range: effort, priority, policy minutes
    DuplicateId,
    UnknownRegion,
    ReversedRange, // timeOff.to before from
    EmptyValue,
    MissingColumn, // CSV header lacks a required column
    InvalidText, // not UTF-8, or control characters (text_validity.h)
    OverLimit, // past a maximum of plan_limits.h: counts, text lengths
};

struct InputError {
    InputErrorCode code = InputErrorCode::Syntax;
    std::string path; // where: "members[3].zone", "row 4, column zone"
    std::string detail; // what: "unknown time zone \"Europe/Berlim\""
    int line = 0; // 1-based, 0 if not known
    int column = 0;

    // "members[3].zone: unknown time zone \"Europe/Berlim\""
    std::string message() const;

    bool operator==(const InputError &) const = default;
};

} // namespace sunrelay::exchange
