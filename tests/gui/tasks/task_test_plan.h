#pragma once

// The small plan the task tests share, chosen so every route can be worked by
// hand (no Q_OBJECT here, so moc never reads this file):
//
//   region emea "EMEA"; one member, Anna, zone UTC, Mon-Fri 09:00-17:00.
//   T-1  "Migrate billing DB"    8 h, priority 1, placed in EMEA Mon 9 Mar 2026
//        09:00Z, deadline Mon 9 Mar 12:00Z, notes "Dump and replay".
//   T-2  "Fix invoice rounding"  4 h, priority 2, placed in EMEA Mon 9 Mar 09:00Z,
//        notes "Zero-decimal currencies".
//   T-10 "Write the failover drill" 0.5 h, priority 3, in the backlog.
//
// Routes (one member, one task at a time, priority order):
//   T-1 has Anna Mon 09:00-17:00Z: 8 h done, finish Mon 9 Mar 17:00Z, which is
//       5 h after its 12:00Z deadline.
//   T-2 waits for Anna until Tue 10 Mar 09:00Z, 4 h: finish Tue 13:00Z.
//   (2026-03-09 is a Monday: 1 Jan 2026 is a Thursday, and 9 Mar is 67 days
//   later, 67 = 9 weeks + 4 days.)

#include "../gui_test_support.h"

namespace sunrelay::tasktest
{

using guitest::clock;
using guitest::utc;

inline Plan taskPlan()
{
    Plan plan;
    plan.name = "Tasks";
    plan.regions.push_back(Region{"emea", "EMEA", "#0072B2"});
    Member anna;
    anna.id = "anna";
    anna.name = "Anna Schmidt";
    anna.region = "emea";
    anna.zone = TimeZone::utc();
    anna.work = WeeklyPattern{{WeeklyRange{Weekdays::workdays(), clock(9), clock(17)}}};
    plan.members.push_back(anna);
    plan.tasks.push_back(Task{.id = "T-1",
                              .title = "Migrate billing DB",
                              .effortHours = 8,
                              .priority = 1,
                              .start = utc(2026, 3, 9, 9),
                              .region = "emea",
                              .deadline = utc(2026, 3, 9, 12),
                              .notes = "Dump and replay"});
    plan.tasks.push_back(Task{.id = "T-2",
                              .title = "Fix invoice rounding",
                              .effortHours = 4,
                              .priority = 2,
                              .start = utc(2026, 3, 9, 9),
                              .region = "emea",
                              .deadline = std::nullopt,
                              .notes = "Zero-decimal currencies"});
    plan.tasks.push_back(Task{.id = "T-10",
                              .title = "Write the failover drill",
                              .effortHours = 0.5,
                              .priority = 3,
                              .start = std::nullopt,
                              .region = std::nullopt,
                              .deadline = std::nullopt,
                              .notes = ""});
    return plan;
}

} // namespace sunrelay::tasktest
