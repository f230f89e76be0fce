#include "sunrelay/core/region.h"

#include <array>

namespace sunrelay
{

std::string defaultRegionColor(std::size_t index)
{
    static constexpr std::array<const char *, 7> okabeIto =
        {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"};
    return okabeIto[index % okabeIto.size()];
}

} // namespace sunrelay
