#pragma once

// The timeline's rows, top to bottom: each region, then (unless the region is
// collapsed) its members in plan order; with a member filter (the Team
// panel's "just me"), only the members it names. Region rows always show:
// they carry the region's coverage, gaps and handoffs.

#include "sunrelay/core/plan.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sunrelay::gui
{

enum class RowKind {
    Region,
    Member
};

struct TimelineRow {
    RowKind kind = RowKind::Region;
    std::size_t index = 0; // into plan.regions or plan.members
    int top = 0; // in content coordinates (below the axis)
    int height = 0;

    bool operator==(const TimelineRow &) const = default;
};

// The member ids a filter lets through; nullopt shows every member.
using MemberFilter = std::optional<std::set<std::string>>;

std::vector<TimelineRow> layoutRows(const Plan &plan,
                                    const std::set<std::string> &collapsed,
                                    const MemberFilter &shown,
                                    int regionRowHeight,
                                    int memberRowHeight);

// The row at content height `y`, or -1 below the last row.
int rowIndexAt(const std::vector<TimelineRow> &rows, int y);

// The bottom of the last row: the height of all rows together.
int contentHeight(const std::vector<TimelineRow> &rows);

} // namespace sunrelay::gui
