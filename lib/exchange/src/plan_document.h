#pragma once

// A plan as the JSON document writePlanJson() lays out: every key, in
// DESIGN.md's order, each list in plan order. The plan merge works on these
// documents, so two plans that are equal give equal documents whatever the
// text they were read from (1.0 or 1, null or a missing key). Internal to
// sunrelay_exchange.

#include "plan_layout.h"

#include "sunrelay/core/plan.h"

namespace sunrelay::exchange::detail
{

OrderedJson planDocument(const Plan &plan);

} // namespace sunrelay::exchange::detail
