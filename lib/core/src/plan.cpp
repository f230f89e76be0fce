#include "sunrelay/core/plan.h"

namespace sunrelay
{

std::optional<std::size_t> Plan::regionIndex(std::string_view id) const
{
    for (std::size_t i = 0; i < regions.size(); ++i)
        if (regions[i].id == id)
            return i;
    return std::nullopt;
}

std::optional<std::size_t> Plan::memberIndex(std::string_view id) const
{
    for (std::size_t i = 0; i < members.size(); ++i)
        if (members[i].id == id)
            return i;
    return std::nullopt;
}

std::vector<std::size_t> Plan::membersOf(std::size_t region) const
{
    std::vector<std::size_t> result;
    for (std::size_t i = 0; i < members.size(); ++i)
        if (members[i].region == regions.at(region).id)
            result.push_back(i);
    return result;
}

} // namespace sunrelay
