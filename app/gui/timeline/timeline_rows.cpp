#include "gui/timeline/timeline_rows.h"

#include <algorithm>

namespace sunrelay::gui
{

std::vector<TimelineRow> layoutRows(const Plan &plan,
                                    const std::set<std::string> &collapsed,
                                    const MemberFilter &shown,
                                    int regionRowHeight,
                                    int memberRowHeight)
{
    std::vector<TimelineRow> rows;
    int top = 0;
    for (std::size_t r = 0; r < plan.regions.size(); ++r) {
        rows.push_back({RowKind::Region, r, top, regionRowHeight});
        top += regionRowHeight;
        if (collapsed.count(plan.regions[r].id))
            continue;
        for (std::size_t m = 0; m < plan.members.size(); ++m)
            if (plan.members[m].region == plan.regions[r].id
                && (!shown || shown->count(plan.members[m].id))) {
                rows.push_back({RowKind::Member, m, top, memberRowHeight});
                top += memberRowHeight;
            }
    }
    return rows;
}

int rowIndexAt(const std::vector<TimelineRow> &rows, int y)
{
    // Rows are sorted by top and adjoin.
    const auto it =
        std::upper_bound(rows.begin(), rows.end(), y, [](int at, const TimelineRow &row) {
            return at < row.top;
        });
    if (it == rows.begin())
        return -1;
    const auto &row = *std::prev(it);
    return y < row.top + row.height ? int(std::prev(it) - rows.begin()) : -1;
}

int contentHeight(const std::vector<TimelineRow> &rows)
{
    return rows.empty() ? 0 : rows.back().top + rows.back().height;
}

} // namespace sunrelay::gui
