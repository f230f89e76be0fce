#include "sunrelay/core/task.h"

#include <cmath>

namespace sunrelay {

Seconds Task::effort() const
{
    return Seconds{std::llround(effortHours * 3600.0)};
}

} // namespace sunrelay
