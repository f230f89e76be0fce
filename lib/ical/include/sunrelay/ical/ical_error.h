#pragma once

// IcalError: why a calendar file cannot be read or written, with the context
// that makes the message useful (the event's UID, the property, the TZID).
// The app turns the code into translated words; message() is the English
// text for logs and the CLI.
//
// Example:
//   {IcalErrorCode::UnknownTimeZone, .detail = "\"Mars/Olympus\"", .uid = "m1@x"}
//   .message() == "event \"m1@x\": unknown time zone \"Mars/Olympus\""

#include <string>

namespace sunrelay::ical
{

enum class IcalErrorCode {
    TooLarge, // the file is larger than the import limit
    Syntax, // not iCalendar: bad line, bad folding, BEGIN/END mismatch
    NotACalendar, // no VCALENDAR at the top
    InvalidValue, // a property value libical could not read (DTSTART, RRULE, ...)
    UnknownTimeZone, // a TZID that is neither an IANA zone nor defined in the file
    TooManyEvents, // more events than the import limit
    TooManyInstances, // recurrences that expand past the import limit
    UnknownScope, // an export scope naming no member or region
    OutOfRange, // an export window outside the years the tz database covers
};

struct IcalError {
    IcalErrorCode code = IcalErrorCode::Syntax;
    std::string detail; // what exactly
    std::string uid{}; // the event, when known
    int line = 0; // the physical line (1-based), when known

    std::string message() const;

    bool operator==(const IcalError &) const = default;
};

} // namespace sunrelay::ical
