#include "sunrelay/core/weekly_pattern.h"

namespace sunrelay
{

std::vector<date::weekday> Weekdays::days() const
{
    std::vector<date::weekday> result;
    for (unsigned iso = 1; iso <= 7; ++iso) {
        const date::weekday day{iso % 7};
        if (contains(day))
            result.push_back(day);
    }
    return result;
}

} // namespace sunrelay
