#include "sunrelay/core/plan_limits.h"

namespace sunrelay
{

namespace
{
std::string isoDate(LocalDate day)
{
    return date::format("%F", day);
}
} // namespace

bool isPlanDate(LocalDate day)
{
    return day >= earliestPlanDate && day <= latestPlanDate;
}

bool isPlanInstant(Instant instant)
{
    return instant >= earliestPlanInstant && instant <= latestPlanInstant;
}

std::string planDateRangeRule()
{
    return "dates must lie between " + isoDate(earliestPlanDate) + " and "
        + isoDate(latestPlanDate);
}

std::optional<std::string> checkReportWindow(LocalDate from, LocalDate to)
{
    if (!isPlanDate(from) || !isPlanDate(to))
        return planDateRangeRule();
    if (to < from)
        return "the report window ends (" + isoDate(to) + ") before it starts (" + isoDate(from)
            + ")";
    const auto days = (to - from).count() + 1;
    if (days > maxReportWindowDays)
        return "the report window " + isoDate(from) + " to " + isoDate(to) + " spans "
            + std::to_string(days) + " days; at most " + std::to_string(maxReportWindowDays)
            + " days (3 years) are allowed: choose a shorter --from/--to";
    return std::nullopt;
}

std::optional<std::string> checkCount(std::string_view what, std::size_t count, std::size_t limit)
{
    if (count <= limit)
        return std::nullopt;
    return std::to_string(count) + " " + std::string(what) + " is more than the limit of "
        + std::to_string(limit);
}

std::optional<std::string>
checkLength(std::string_view what, std::string_view text, std::size_t limit)
{
    if (text.size() <= limit)
        return std::nullopt;
    return std::string(what) + " is " + std::to_string(text.size()) + " bytes long; the limit is "
        + std::to_string(limit);
}

} // namespace sunrelay
