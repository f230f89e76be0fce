#pragma once

// Plan: the whole model of one team: policy, regions in region order, members
// and tasks.
//
// Example:
//   Plan plan{.name = "Acme Platform", .regions = {emea, amer}, .members = {anna}};
//   plan.regionIndex("amer") == 1

#include "sunrelay/core/member.h"
#include "sunrelay/core/policy.h"
#include "sunrelay/core/region.h"
#include "sunrelay/core/task.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sunrelay
{

struct Plan {
    std::string name;
    Policy policy;
    std::vector<Region> regions;
    std::vector<Member> members;
    std::vector<Task> tasks;

    std::optional<std::size_t> regionIndex(std::string_view id) const;
    std::optional<std::size_t> memberIndex(std::string_view id) const;
    // Indices of the members of region `region`, in member order.
    std::vector<std::size_t> membersOf(std::size_t region) const;

    bool operator==(const Plan &) const = default;
};

} // namespace sunrelay
