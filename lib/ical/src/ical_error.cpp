#include "sunrelay/ical/ical_error.h"

namespace sunrelay::ical
{

std::string IcalError::message() const
{
    std::string where;
    if (line > 0)
        where = "line " + std::to_string(line) + ": ";
    if (!uid.empty())
        where += "event \"" + uid + "\": ";
    switch (code) {
    case IcalErrorCode::TooLarge:
        return where + "too large: " + detail;
    case IcalErrorCode::Syntax:
        return where + "not iCalendar: " + detail;
    case IcalErrorCode::NotACalendar:
        return where + "not a calendar: " + detail;
    case IcalErrorCode::InvalidValue:
        return where + "invalid value: " + detail;
    case IcalErrorCode::UnknownTimeZone:
        return where + "unknown time zone " + detail;
    case IcalErrorCode::TooManyEvents:
        return where + "too many events: " + detail;
    case IcalErrorCode::TooManyInstances:
        return where + "recurrences expand too far: " + detail;
    case IcalErrorCode::UnknownScope:
        return where + "nothing to export: " + detail;
    case IcalErrorCode::OutOfRange:
        return where + "out of range: " + detail;
    }
    return where + detail;
}

} // namespace sunrelay::ical
