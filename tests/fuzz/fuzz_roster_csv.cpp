// Arbitrary bytes as a member roster CSV: never a crash, a hang or a sanitizer
// report; an accepted roster is a plan that survives the JSON round trip and
// has no problem findPlanProblem() would refuse.

#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/exchange/roster_csv.h"

#include "sunrelay/core/plan_validity.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace sunrelay::exchange;
    const auto plan =
        readRosterCsv(std::string_view(reinterpret_cast<const char *>(data), size), "fuzz");
    if (!plan)
        return 0;
    // Whatever is accepted is within the limits, dates and text rules every
    // input shares (plan_validity.h): a plan file would load it.
    if (sunrelay::findPlanProblem(plan.value()))
        std::abort();
    const auto again = readPlanJson(writePlanJson(plan.value()));
    if (!again || !(again.value() == plan.value()))
        std::abort();
    return 0;
}
