#include "sunrelay/core/task.h"

#include <cmath>

namespace sunrelay {

Seconds effortSeconds(double hours)
{
    // Through whole milliseconds first: 0.00125 h is 4.4999999... s in binary
    // arithmetic, but 4.5 s as written, which rounds up to 5 s.
    const long long milliseconds = std::llround(hours * 3'600'000.0);
    return Seconds{(milliseconds + 500) / 1000};
}

bool isValidEffort(double hours)
{
    return std::isfinite(hours) && hours > 0 && hours <= maximumEffortHours &&
           effortSeconds(hours) >= minimumEffort;
}

} // namespace sunrelay
