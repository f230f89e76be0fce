#pragma once

// Result<T>: a value read from outside data, or the InputError explaining why
// there is none. Library functions return it instead of throwing.
//
// Example:
//   Result<Plan> plan = readPlanJson(text);
//   if (!plan) std::cerr << plan.error().message();

#include "sunrelay/core/expected.h"
#include "sunrelay/exchange/input_error.h"

namespace sunrelay::exchange
{

template<typename T>
using Result = Expected<T, InputError>;

} // namespace sunrelay::exchange
