// Arbitrary bytes as a plan interchange JSON file: never a crash, a hang or a
// sanitizer report; and whatever is accepted writes back to text that reads
// as the same plan and has no problem findPlanProblem() would refuse.

#include "sunrelay/exchange/plan_json.h"

#include "sunrelay/core/plan_validity.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace sunrelay::exchange;
    const auto plan = readPlanJson(std::string_view(reinterpret_cast<const char *>(data), size));
    if (!plan)
        return 0;
    // Whatever is accepted is within the limits, dates and text rules every
    // input shares (plan_validity.h): a plan file would load it.
    if (sunrelay::findPlanProblem(plan.value()))
        std::abort();
    const auto again = readPlanJson(writePlanJson(plan.value()));
    if (!again || !(again.value() == plan.value()))
        std::abort(); // the round trip lost something
    return 0;
}
