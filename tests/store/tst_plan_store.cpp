// PlanStore's edit API (lib/store/include/sunrelay/store/plan_store.h):
//
//  - every edit method persists: plan() changes as the edit says, and a fresh
//    open (read-only and read-write) reads back exactly that plan;
//  - an edit that fails (duplicate id, unknown region, NotFound, ReadOnly)
//    changes neither plan() nor the file's bytes, and the next edit works;
//  - positions are indices in the final order, clamped to the end;
//  - removeRegion takes its members along and leaves a plan that reopens;
//  - handoff notes are part of their task: updateTask() writes them (only
//    that task's note rows), removeTask() takes them along, invalid numbers
//    and empty notes are refused;
//  - saveAs copies with the backup API and continues on the copy, leaving
//    the original closed and unchanged; create refuses an existing path;
//  - JSON -> .sunrelay -> JSON is lossless (compared as writePlanJson text).
//
// Expected plans are built by applying the same change to a plain Plan
// value, never by reading the store's own output back.

#include "store_test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <limits>

using namespace sunrelay;
using namespace sunrelay::storetest;
using namespace std::chrono_literals;
using store::Overwrite;

Q_DECLARE_METATYPE(sunrelay::store::StoreErrorCode)
Q_DECLARE_METATYPE(sunrelay::store::OpenMode)

namespace
{

constexpr std::size_t atEnd = std::numeric_limits<std::size_t>::max();

// An edit, and the same change applied by hand to a plan.
struct Edit {
    std::function<PlanStore::EditError(PlanStore &)> apply;
    std::function<void(Plan &)> expect;
};

template<typename T>
void insertAt(std::vector<T> &items, std::size_t position, T item)
{
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(std::min(position, items.size())),
                 std::move(item));
}

template<typename T>
T &byId(std::vector<T> &items, std::string_view id)
{
    return *std::find_if(items.begin(), items.end(), [&](const T &item) {
        return item.id == id;
    });
}

template<typename T>
const T &byId(const std::vector<T> &items, std::string_view id)
{
    return *std::find_if(items.begin(), items.end(), [&](const T &item) {
        return item.id == id;
    });
}

template<typename T>
void eraseId(std::vector<T> &items, std::string_view id)
{
    std::erase_if(items, [&](const T &item) {
        return item.id == id;
    });
}

Member makeMember(std::string id, std::string region, std::string_view zoneName)
{
    Member member;
    member.id = std::move(id);
    member.name = "Member " + member.id;
    member.region = std::move(region);
    member.zone = zone(zoneName);
    member.work.ranges = {{Weekdays::workdays(), 9h, 17h}};
    member.deepWork.ranges = {{Weekdays::workdays(), 9h, 12h}};
    return member;
}

Task makeTask(std::string id, std::optional<std::string> region)
{
    Task task;
    task.id = std::move(id);
    task.title = "Task " + task.id;
    task.effortHours = 4;
    task.priority = 2;
    if (region) {
        task.start = utc(date::year{2026} / 12 / 2, 9h);
        task.region = std::move(region);
    }
    return task;
}

// The plan every edit starts from: the demo plan plus a region "lab" (second
// in region order) whose two members are the first and the last member, and
// which no task uses.
Plan basePlan()
{
    Plan plan = demoPlan();
    insertAt(plan.regions, 1, Region{"lab", "Lab", "#CC79A7"});
    insertAt(plan.members, 0, makeMember("lab-1", "lab", "Europe/Lisbon"));
    plan.members.push_back(makeMember("lab-2", "lab", "Asia/Kathmandu"));
    return plan;
}

// Task `id` of `plan` with its note on handoff `number` set ("" removes it).
Task withNote(const Plan &plan, std::string_view id, int number, std::string text)
{
    Task task = byId(plan.tasks, id);
    setHandoffNote(task, number, std::move(text));
    return task;
}

std::string createFile(const fs::path &path, const Plan &plan)
{
    auto store = PlanStore::create(path, plan);
    return store ? std::string() : describe(store.error());
}

// Every task and member refers to a region of the plan.
std::string danglingReference(const Plan &plan)
{
    for (const Member &member : plan.members)
        if (!plan.regionIndex(member.region))
            return "member " + member.id + " refers to missing region " + member.region;
    for (const Task &task : plan.tasks)
        if (task.region && !plan.regionIndex(*task.region))
            return "task " + task.id + " refers to missing region " + *task.region;
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestPlanStore : public QObject
{
    Q_OBJECT

private slots:
    void createOpensForEditing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("new.sunrelay").toStdString();
        {
            auto store = PlanStore::create(path, demoPlan());
            STORE_VERIFY_OK(store);
            PLAN_COMPARE(store.value().plan(), demoPlan());
            QCOMPARE(store.value().path(), path);
            QVERIFY(!store.value().isReadOnly());
            QCOMPARE(store.value().openedVersion(), store::schemaVersion);
        }
        QVERIFY(store::looksLikePlanFile(path));
        QCOMPARE(integrityCheck(path), std::string("ok"));
        RawDb db(path, SQLITE_OPEN_READONLY);
        QCOMPARE(db.query("PRAGMA application_id"), std::to_string(store::applicationId));
        QCOMPARE(db.query("PRAGMA user_version"), std::to_string(store::schemaVersion));
    }

    void editPersists_data()
    {
        QTest::addColumn<Edit>("edit");

        QTest::newRow("setPlanName")
            << Edit{[](PlanStore &s) {
                        return s.setPlanName("Acme \xE2\x80\x94 renamed \xE2\x9C\x93");
                    },
                    [](Plan &p) {
                        p.name = "Acme \xE2\x80\x94 renamed \xE2\x9C\x93";
                    }};
        QTest::newRow("setPolicy") << Edit{[](PlanStore &s) {
                                               return s.setPolicy(Policy{45min, 240min, 30min});
                                           },
                                           [](Plan &p) {
                                               p.policy = Policy{45min, 240min, 30min};
                                           }};

        // Regions: insert at the front, in the middle, at the end, beyond it.
        for (const std::size_t position :
             {std::size_t{0}, std::size_t{2}, std::size_t{4}, std::size_t{99}, atEnd})
            QTest::addRow("insertRegion at %zu", position)
                << Edit{[position](PlanStore &s) {
                            return s.insertRegion(Region{"new", "New", "#56B4E9"}, position);
                        },
                        [position](Plan &p) {
                            insertAt(p.regions, position, Region{"new", "New", "#56B4E9"});
                        }};
        QTest::newRow("updateRegion name and colour")
            << Edit{[](PlanStore &s) {
                        return s.updateRegion(Region{"emea", "Europe", "#D55E00"});
                    },
                    [](Plan &p) {
                        byId(p.regions, "emea") = {"emea", "Europe", "#D55E00"};
                    }};
        // Base region order: apac lab emea amer. The position is the index in
        // the final order.
        const auto move =
            [](const char *id, std::size_t position, std::vector<const char *> order) {
                return Edit{[=](PlanStore &s) {
                                return s.moveRegion(id, position);
                            },
                            [=](Plan &p) {
                                std::vector<Region> moved;
                                for (const char *regionId : order)
                                    moved.push_back(byId(p.regions, regionId));
                                p.regions = moved;
                            }};
            };
        QTest::newRow("moveRegion last to the front")
            << move("amer", 0, {"amer", "apac", "lab", "emea"});
        QTest::newRow("moveRegion up one") << move("emea", 1, {"apac", "emea", "lab", "amer"});
        QTest::newRow("moveRegion down one") << move("apac", 1, {"lab", "apac", "emea", "amer"});
        QTest::newRow("moveRegion to the last index")
            << move("lab", 3, {"apac", "emea", "amer", "lab"});
        QTest::newRow("moveRegion beyond the end is clamped")
            << move("apac", 99, {"lab", "emea", "amer", "apac"});
        QTest::newRow("moveRegion to its own place")
            << move("emea", 2, {"apac", "lab", "emea", "amer"});
        QTest::newRow("removeRegion removes its members") << Edit{[](PlanStore &s) {
                                                                      return s.removeRegion("lab");
                                                                  },
                                                                  [](Plan &p) {
                                                                      eraseId(p.regions, "lab");
                                                                      eraseId(p.members, "lab-1");
                                                                      eraseId(p.members, "lab-2");
                                                                  }};
        QTest::newRow("removeRegion then insert it again")
            << Edit{[](PlanStore &s) {
                        if (auto error = s.removeRegion("lab"))
                            return error;
                        return s.insertRegion(Region{"lab", "Lab 2", "#CC79A7"}, atEnd);
                    },
                    [](Plan &p) {
                        eraseId(p.regions, "lab");
                        eraseId(p.members, "lab-1");
                        eraseId(p.members, "lab-2");
                        p.regions.push_back(Region{"lab", "Lab 2", "#CC79A7"});
                    }};

        // Members.
        for (const std::size_t position : {std::size_t{0}, std::size_t{7}, std::size_t{15}, atEnd})
            QTest::addRow("insertMember at %zu", position) << Edit{
                [position](PlanStore &s) {
                    return s.insertMember(makeMember("zoe", "amer", "America/Denver"), position);
                },
                [position](Plan &p) {
                    insertAt(p.members, position, makeMember("zoe", "amer", "America/Denver"));
                }};
        const auto changedAnna = [] {
            Member anna = byId(demoPlan().members, "anna");
            anna.name = "Anna S. \xE2\x80\x94 night shift";
            anna.zone = zone("Asia/Calcutta"); // a link, kept as written
            anna.work.ranges = {{Weekdays{date::Friday}, 22h, 6h},
                                {Weekdays{date::Saturday}, 0min, 24h}};
            anna.deepWork.ranges.clear();
            anna.comms.ranges = {{Weekdays::workdays(), 23h, 23h + 15min},
                                 {Weekdays::workdays(), 2h, 2h + 15min}};
            anna.timeOff = {
                {LocalDate{date::year{2027} / 2 / 1}, LocalDate{date::year{2027} / 2 / 3}},
                {LocalDate{date::year{2026} / 12 / 24}, LocalDate{date::year{2026} / 12 / 24}}};
            return anna;
        };
        QTest::newRow("updateMember zone, patterns and time off")
            << Edit{[changedAnna](PlanStore &s) {
                        return s.updateMember(changedAnna());
                    },
                    [changedAnna](Plan &p) {
                        byId(p.members, "anna") = changedAnna();
                    }};
        QTest::newRow("updateMember into another region")
            << Edit{[](PlanStore &s) {
                        Member anna = byId(s.plan().members, "anna");
                        anna.region = "lab";
                        return s.updateMember(anna);
                    },
                    [](Plan &p) {
                        byId(p.members, "anna").region = "lab";
                    }};
        QTest::newRow("updateMember clearing everything")
            << Edit{[](PlanStore &s) {
                        Member anna = byId(s.plan().members, "anna");
                        anna.work = anna.deepWork = anna.comms = WeeklyPattern{};
                        anna.timeOff.clear();
                        return s.updateMember(anna);
                    },
                    [](Plan &p) {
                        Member &anna = byId(p.members, "anna");
                        anna.work = anna.deepWork = anna.comms = WeeklyPattern{};
                        anna.timeOff.clear();
                    }};
        QTest::newRow("removeMember") << Edit{[](PlanStore &s) {
                                                  return s.removeMember("anna");
                                              },
                                              [](Plan &p) {
                                                  eraseId(p.members, "anna");
                                              }};
        QTest::newRow("removeMember then insert the same id")
            << Edit{[](PlanStore &s) {
                        if (auto error = s.removeMember("anna"))
                            return error;
                        return s.insertMember(makeMember("anna", "amer", "America/Chicago"), 0);
                    },
                    [](Plan &p) {
                        eraseId(p.members, "anna");
                        insertAt(p.members, 0, makeMember("anna", "amer", "America/Chicago"));
                    }};

        // Tasks.
        for (const std::size_t position : {std::size_t{0}, std::size_t{5}, std::size_t{15}, atEnd})
            QTest::addRow("insertTask placed at %zu", position)
                << Edit{[position](PlanStore &s) {
                            return s.insertTask(makeTask("T-new", "lab"), position);
                        },
                        [position](Plan &p) {
                            insertAt(p.tasks, position, makeTask("T-new", "lab"));
                        }};
        QTest::newRow("insertTask into the backlog")
            << Edit{[](PlanStore &s) {
                        return s.insertTask(makeTask("T-new", std::nullopt), 3);
                    },
                    [](Plan &p) {
                        insertAt(p.tasks, 3, makeTask("T-new", std::nullopt));
                    }};
        const auto changedTask = [] {
            Task task = byId(demoPlan().tasks, "T-1");
            task.title = "Migrate \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC";
            task.effortHours = 0.25;
            task.priority = 7;
            task.start.reset();
            task.region.reset();
            task.deadline = utc(date::year{2027} / 1 / 15, 12h + 30min + 15s);
            task.notes = "line 1\nline 2 'quoted' \"double\" \t tab";
            return task;
        };
        QTest::newRow("updateTask every field") << Edit{[changedTask](PlanStore &s) {
                                                            return s.updateTask(changedTask());
                                                        },
                                                        [changedTask](Plan &p) {
                                                            byId(p.tasks, "T-1") = changedTask();
                                                        }};
        QTest::newRow("updateTask placing a backlog task")
            << Edit{[](PlanStore &s) {
                        Task task = byId(s.plan().tasks, "T-15");
                        task.start = utc(date::year{2026} / 12 / 7, 23h);
                        task.region = "amer";
                        return s.updateTask(task);
                    },
                    [](Plan &p) {
                        byId(p.tasks, "T-15").start = utc(date::year{2026} / 12 / 7, 23h);
                        byId(p.tasks, "T-15").region = "amer";
                    }};
        QTest::newRow("removeTask") << Edit{[](PlanStore &s) {
                                                return s.removeTask("T-7");
                                            },
                                            [](Plan &p) {
                                                eraseId(p.tasks, "T-7");
                                            }};

        // Handoff notes, part of their task.
        QTest::newRow("updateTask adds handoff notes") << Edit{
            [](PlanStore &s) {
                Task task = byId(s.plan().tasks, "T-1");
                task.handoffNotes = {{1, "Done: dump\nNext: replay shard 3"},
                                     {3, "Blockers: none \xE2\x9C\x93"}};
                return s.updateTask(task);
            },
            [](Plan &p) {
                byId(p.tasks, "T-1").handoffNotes = {{1, "Done: dump\nNext: replay shard 3"},
                                                     {3, "Blockers: none \xE2\x9C\x93"}};
            }};
        QTest::newRow("updateTask replaces and removes handoff notes")
            << Edit{[](PlanStore &s) {
                        if (auto error = s.updateTask(withNote(s.plan(), "T-1", 1, "first")))
                            return error;
                        if (auto error = s.updateTask(withNote(s.plan(), "T-1", 2, "gone soon")))
                            return error;
                        if (auto error = s.updateTask(withNote(s.plan(), "T-1", 2, "")))
                            return error;
                        return s.updateTask(withNote(s.plan(), "T-1", 1, "second \xE2\x9C\x93"));
                    },
                    [](Plan &p) {
                        byId(p.tasks, "T-1").handoffNotes = {{1, "second \xE2\x9C\x93"}};
                    }};
        QTest::newRow("handoff notes of one task leave the others' alone")
            << Edit{[](PlanStore &s) {
                        if (auto error = s.updateTask(withNote(s.plan(), "T-1", 1, "a")))
                            return error;
                        if (auto error = s.updateTask(withNote(s.plan(), "T-2", 1, "c")))
                            return error;
                        Task task = byId(s.plan().tasks, "T-1");
                        task.handoffNotes = {{2, "b"}};
                        return s.updateTask(task);
                    },
                    [](Plan &p) {
                        byId(p.tasks, "T-1").handoffNotes = {{2, "b"}};
                        byId(p.tasks, "T-2").handoffNotes = {{1, "c"}};
                    }};
        QTest::newRow("insertTask with handoff notes")
            << Edit{[](PlanStore &s) {
                        Task task = makeTask("T-new", "lab");
                        task.handoffNotes = {{1, "one"}, {2147483647, "the last number"}};
                        return s.insertTask(task, 2);
                    },
                    [](Plan &p) {
                        Task task = makeTask("T-new", "lab");
                        task.handoffNotes = {{1, "one"}, {2147483647, "the last number"}};
                        insertAt(p.tasks, 2, task);
                    }};
    }
    void editPersists()
    {
        QFETCH(Edit, edit);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();

        Plan expected = basePlan();
        edit.expect(expected);
        {
            auto store = PlanStore::create(path, basePlan());
            STORE_VERIFY_OK(store);
            STORE_VERIFY_EDIT(edit.apply(store.value()));
            PLAN_COMPARE(store.value().plan(), expected);
        }
        for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
            auto again = PlanStore::open(path, mode);
            STORE_VERIFY_OK(again);
            PLAN_COMPARE(again.value().plan(), expected);
        }
        QCOMPARE(integrityCheck(path), std::string("ok"));
    }

    // A failed edit changes neither plan() nor the file, and the store stays
    // usable: the next edit commits.
    void failedEditChangesNothing_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<StoreErrorCode>("code");
        QTest::addColumn<OpenMode>("mode");
        const auto row = [](const char *name,
                            auto apply,
                            StoreErrorCode code,
                            OpenMode mode = OpenMode::ReadWrite) {
            QTest::newRow(name) << Edit{apply, {}} << code << mode;
        };
        using C = StoreErrorCode;
        row(
            "insertRegion with a duplicate id",
            [](PlanStore &s) {
                return s.insertRegion({"emea", "Again", "#000000"}, 0);
            },
            C::InvalidEdit);
        row(
            "insertRegion with an empty id",
            [](PlanStore &s) {
                return s.insertRegion({"", "Nameless", "#000000"}, 0);
            },
            C::InvalidEdit);
        row(
            "insertRegion with a colour that is not #rrggbb",
            [](PlanStore &s) {
                return s.insertRegion({"new", "New", "blue"}, 0);
            },
            C::InvalidEdit);
        row(
            "updateRegion of an unknown region",
            [](PlanStore &s) {
                return s.updateRegion({"nowhere", "X", "#000000"});
            },
            C::NotFound);
        row(
            "moveRegion of an unknown region",
            [](PlanStore &s) {
                return s.moveRegion("nowhere", 0);
            },
            C::NotFound);
        row(
            "removeRegion of an unknown region",
            [](PlanStore &s) {
                return s.removeRegion("nowhere");
            },
            C::NotFound);
        row(
            "insertMember with a duplicate id",
            [](PlanStore &s) {
                return s.insertMember(makeMember("anna", "emea", "Europe/Paris"), 0);
            },
            C::InvalidEdit);
        row(
            "insertMember in an unknown region",
            [](PlanStore &s) {
                return s.insertMember(makeMember("zoe", "nowhere", "Europe/Paris"), 0);
            },
            C::InvalidEdit);
        row(
            "insertMember with a range starting at 24:00",
            [](PlanStore &s) {
                Member zoe = makeMember("zoe", "emea", "Europe/Paris");
                zoe.comms.ranges.push_back({Weekdays::workdays(), 24h, 1h});
                return s.insertMember(zoe, 0);
            },
            C::InvalidEdit);
        row(
            "insertMember with a range without days",
            [](PlanStore &s) {
                Member zoe = makeMember("zoe", "emea", "Europe/Paris");
                zoe.work.ranges.push_back({Weekdays{}, 1h, 2h});
                return s.insertMember(zoe, 0);
            },
            C::InvalidEdit);
        row(
            "updateMember of an unknown member",
            [](PlanStore &s) {
                return s.updateMember(makeMember("zoe", "emea", "Europe/Paris"));
            },
            C::NotFound);
        row(
            "updateMember into an unknown region",
            [](PlanStore &s) {
                Member anna = byId(s.plan().members, "anna");
                anna.region = "nowhere";
                return s.updateMember(anna);
            },
            C::InvalidEdit);
        // The new ranges are valid, the last time off is not: nothing of the
        // member may be written (one transaction).
        row(
            "updateMember with time off ending before it starts",
            [](PlanStore &s) {
                Member anna = byId(s.plan().members, "anna");
                anna.name = "Changed";
                anna.work.ranges = {{Weekdays{date::Sunday}, 1h, 2h}};
                anna.timeOff.push_back(
                    {LocalDate{date::year{2027} / 1 / 9}, LocalDate{date::year{2027} / 1 / 2}});
                return s.updateMember(anna);
            },
            C::InvalidEdit);
        row(
            "removeMember of an unknown member",
            [](PlanStore &s) {
                return s.removeMember("nobody");
            },
            C::NotFound);
        row(
            "insertTask with a duplicate id",
            [](PlanStore &s) {
                return s.insertTask(makeTask("T-1", "emea"), 0);
            },
            C::InvalidEdit);
        row(
            "insertTask in an unknown region",
            [](PlanStore &s) {
                return s.insertTask(makeTask("T-new", "nowhere"), 0);
            },
            C::InvalidEdit);
        row(
            "insertTask with zero effort",
            [](PlanStore &s) {
                Task task = makeTask("T-new", "emea");
                task.effortHours = 0;
                return s.insertTask(task, 0);
            },
            C::InvalidEdit);
        row(
            "updateTask to an effort of 0.36 s (0.0001 h, under a minute)",
            [](PlanStore &s) {
                Task task = byId(s.plan().tasks, "T-1");
                task.effortHours = 0.0001;
                return s.updateTask(task);
            },
            C::InvalidEdit);
        row(
            "insertTask with an empty id",
            [](PlanStore &s) {
                return s.insertTask(makeTask("", "emea"), 0);
            },
            C::InvalidEdit);
        row(
            "updateTask of an unknown task",
            [](PlanStore &s) {
                return s.updateTask(makeTask("T-404", "emea"));
            },
            C::NotFound);
        row(
            "updateTask into an unknown region",
            [](PlanStore &s) {
                Task task = byId(s.plan().tasks, "T-1");
                task.region = "nowhere";
                return s.updateTask(task);
            },
            C::InvalidEdit);
        row(
            "removeTask of an unknown task",
            [](PlanStore &s) {
                return s.removeTask("T-404");
            },
            C::NotFound);
        row(
            "updateTask with a handoff note numbered 0",
            [](PlanStore &s) {
                Task task = byId(s.plan().tasks, "T-1");
                task.handoffNotes[0] = "before the first handoff?";
                return s.updateTask(task);
            },
            C::InvalidEdit);
        row(
            "updateTask with a negative handoff number",
            [](PlanStore &s) {
                Task task = byId(s.plan().tasks, "T-1");
                task.handoffNotes[-1] = "x";
                return s.updateTask(task);
            },
            C::InvalidEdit);
        row(
            "updateTask with an empty handoff note",
            [](PlanStore &s) {
                Task task = byId(s.plan().tasks, "T-1");
                task.handoffNotes[2] = "";
                return s.updateTask(task);
            },
            C::InvalidEdit);
        row(
            "insertTask with a handoff note numbered 0",
            [](PlanStore &s) {
                Task task = makeTask("T-new", "emea");
                task.handoffNotes[0] = "x";
                return s.insertTask(task, 0);
            },
            C::InvalidEdit);

        // Every edit method on a plan opened read-only.
        const OpenMode ro = OpenMode::ReadOnly;
        row(
            "setPlanName, read-only",
            [](PlanStore &s) {
                return s.setPlanName("x");
            },
            C::ReadOnly,
            ro);
        row(
            "setPolicy, read-only",
            [](PlanStore &s) {
                return s.setPolicy(Policy{20min, 60min, 60min});
            },
            C::ReadOnly,
            ro);
        row(
            "insertRegion, read-only",
            [](PlanStore &s) {
                return s.insertRegion({"new", "New", "#000000"}, 0);
            },
            C::ReadOnly,
            ro);
        row(
            "updateRegion, read-only",
            [](PlanStore &s) {
                return s.updateRegion({"emea", "E", "#000000"});
            },
            C::ReadOnly,
            ro);
        row(
            "moveRegion, read-only",
            [](PlanStore &s) {
                return s.moveRegion("emea", 0);
            },
            C::ReadOnly,
            ro);
        row(
            "removeRegion, read-only",
            [](PlanStore &s) {
                return s.removeRegion("lab");
            },
            C::ReadOnly,
            ro);
        row(
            "insertMember, read-only",
            [](PlanStore &s) {
                return s.insertMember(makeMember("zoe", "emea", "Europe/Paris"), 0);
            },
            C::ReadOnly,
            ro);
        row(
            "updateMember, read-only",
            [](PlanStore &s) {
                Member anna = byId(s.plan().members, "anna");
                anna.name = "x";
                return s.updateMember(anna);
            },
            C::ReadOnly,
            ro);
        row(
            "removeMember, read-only",
            [](PlanStore &s) {
                return s.removeMember("anna");
            },
            C::ReadOnly,
            ro);
        row(
            "insertTask, read-only",
            [](PlanStore &s) {
                return s.insertTask(makeTask("T-new", "emea"), 0);
            },
            C::ReadOnly,
            ro);
        row(
            "updateTask, read-only",
            [](PlanStore &s) {
                Task task = byId(s.plan().tasks, "T-1");
                task.title = "x";
                return s.updateTask(task);
            },
            C::ReadOnly,
            ro);
        row(
            "removeTask, read-only",
            [](PlanStore &s) {
                return s.removeTask("T-1");
            },
            C::ReadOnly,
            ro);
        row(
            "adding a handoff note, read-only",
            [](PlanStore &s) {
                return s.updateTask(withNote(s.plan(), "T-1", 2, "x"));
            },
            C::ReadOnly,
            ro);
        row(
            "removing a handoff note, read-only",
            [](PlanStore &s) {
                return s.updateTask(withNote(s.plan(), "T-1", 1, ""));
            },
            C::ReadOnly,
            ro);
    }
    void failedEditChangesNothing()
    {
        QFETCH(Edit, edit);
        QFETCH(StoreErrorCode, code);
        QFETCH(OpenMode, mode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        {
            auto store = PlanStore::create(path, basePlan());
            STORE_VERIFY_OK(store);
            STORE_VERIFY_EDIT(
                store.value().updateTask(withNote(basePlan(), "T-1", 1, "existing note")));
        }
        Plan original;
        {
            auto store = PlanStore::open(path, mode);
            STORE_VERIFY_OK(store);
            original = store.value().plan();
            QCOMPARE(byId(original.tasks, "T-1").handoffNotes.size(), std::size_t{1});
            // The file and its -wal during the session: a failed edit writes
            // nothing to either.
            const FileSnapshot before = snapshot(path);
            const PlanStore::EditError error = edit.apply(store.value());
            QVERIFY2(error.has_value(), "the edit did not fail");
            QVERIFY2(error->code == code, describe(*error).c_str());
            QVERIFY2(!error->message().empty(), "the error has no message");
            PLAN_COMPARE(store.value().plan(), original);
            const std::string change = compareSnapshots(before, snapshot(path));
            QVERIFY2(change.empty(), change.c_str());
            if (mode == OpenMode::ReadWrite) {
                // The snapshot does see a commit during a session.
                STORE_VERIFY_EDIT(store.value().setPlanName("Committed"));
                QVERIFY(!compareSnapshots(before, snapshot(path)).empty());
                original.name = "Committed";
            }
        }

        if (mode == OpenMode::ReadOnly)
            return;
        // No transaction is left open: after the failure the next edit
        // commits, and only that edit.
        {
            auto store = PlanStore::open(path, OpenMode::ReadWrite);
            STORE_VERIFY_OK(store);
            QVERIFY(edit.apply(store.value()).has_value());
            STORE_VERIFY_EDIT(store.value().setPlanName("After a failed edit"));
        }
        auto again = PlanStore::open(path, OpenMode::ReadOnly);
        STORE_VERIFY_OK(again);
        original.name = "After a failed edit";
        PLAN_COMPARE(again.value().plan(), original);
    }

    // removeRegion of a region that tasks start in: the region and its members
    // go, and what is left is a plan whose references resolve, so the file
    // still opens and reads back as plan() was.
    void removeRegionUsedByTasks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        Plan before;
        {
            auto store = PlanStore::create(path, basePlan());
            STORE_VERIFY_OK(store);
            const PlanStore::EditError error = store.value().removeRegion("emea");
            const Plan &plan = store.value().plan();
            if (error) {
                // Refusing is a valid answer, as long as it changes nothing.
                QVERIFY2(error->code == StoreErrorCode::InvalidEdit, describe(*error).c_str());
                PLAN_COMPARE(plan, basePlan());
            } else {
                QVERIFY(!plan.regionIndex("emea"));
                for (const char *member : {"leila", "lars", "anna", "tom"})
                    QVERIFY2(!plan.memberIndex(member), member);
                QCOMPARE(plan.members.size(), basePlan().members.size() - 4);
                QCOMPARE(plan.regions.size(), basePlan().regions.size() - 1);
            }
            const std::string dangling = danglingReference(plan);
            QVERIFY2(dangling.empty(), dangling.c_str());
            before = plan;
        }
        auto again = PlanStore::open(path, OpenMode::ReadOnly);
        STORE_VERIFY_OK(again);
        PLAN_COMPARE(again.value().plan(), before);
    }

    // removeTask of a task with handoff notes takes its note rows along (none
    // is left pointing at a missing task, so the file still opens) and leaves
    // the other tasks' rows as they were.
    void removeTaskWithHandoffNote()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        Plan plan;
        {
            auto store = PlanStore::create(path, basePlan());
            STORE_VERIFY_OK(store);
            STORE_VERIFY_EDIT(store.value().updateTask(withNote(basePlan(), "T-1", 1, "for T-1")));
            STORE_VERIFY_EDIT(store.value().updateTask(withNote(basePlan(), "T-2", 2, "for T-2")));
            STORE_VERIFY_EDIT(store.value().removeTask("T-1"));
            plan = store.value().plan();
        }
        {
            RawDb db(path, SQLITE_OPEN_READONLY);
            // T-3 and T-5 keep the demo plan's notes.
            QCOMPARE(db.query("SELECT task_id, handoff, substr(note, 1, 7) FROM handoff_notes "
                              "ORDER BY task_id, handoff"),
                     std::string("T-2|2|for T-2\nT-3|1|Done: s\nT-5|1|Done: c"));
        }
        QVERIFY(
            (byId(plan.tasks, "T-2").handoffNotes == std::map<int, std::string>{{2, "for T-2"}}));
        auto again = PlanStore::open(path, OpenMode::ReadOnly);
        STORE_VERIFY_OK(again);
        PLAN_COMPARE(again.value().plan(), plan);
    }

    void createRefusesExistingPath_data()
    {
        QTest::addColumn<QByteArray>("existing"); // "dir" or the bytes of a file
        QTest::newRow("an existing plan file") << QByteArray("plan");
        QTest::newRow("an existing text file") << QByteArray("some notes\n");
        QTest::newRow("an existing empty file") << QByteArray("");
        QTest::newRow("an existing directory") << QByteArray("dir");
    }
    void createRefusesExistingPath()
    {
        QFETCH(QByteArray, existing);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("taken.sunrelay").toStdString();
        if (existing == "dir") {
            fs::create_directory(path);
        } else if (existing == "plan") {
            const std::string created = createFile(path, richPlan());
            QVERIFY2(created.empty(), created.c_str());
        } else {
            writeBytes(path, existing.toStdString());
        }
        const FileSnapshot before = snapshot(path);
        auto store = PlanStore::create(path, demoPlan());
        QVERIFY2(!store.ok(), "create overwrote an existing path");
        QCOMPARE(store.error().code, StoreErrorCode::CannotOpen);
        if (existing == "dir") {
            QVERIFY(fs::is_directory(path) && fs::is_empty(path));
            return;
        }
        const std::string change = compareSnapshots(before, snapshot(path));
        QVERIFY2(change.empty(), change.c_str());
        if (existing == "plan") {
            auto old = PlanStore::open(path, OpenMode::ReadOnly);
            STORE_VERIFY_OK(old);
            PLAN_COMPARE(old.value().plan(), richPlan());
        }
    }

    // A plan file deleted (or lost) while open for editing leaves its WAL
    // behind; SQLite would replay it into any new file of that name, so the
    // new plan would silently hold the old plan's edits. create() and
    // saveAs() refuse such a path and leave the WAL alone.
    void leftoverWalIsNeverReplayedIntoANewPlan()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        const fs::path wal = dir.filePath("plan.sunrelay-wal").toStdString();
        std::string walBytes;
        {
            auto store = PlanStore::create(path, basePlan());
            STORE_VERIFY_OK(store);
            STORE_VERIFY_EDIT(store.value().setPlanName("Edited before the crash"));
            QVERIFY(fs::exists(wal)); // editing runs in WAL mode
            walBytes = readBytes(wal);
            QVERIFY(!walBytes.empty());
        }
        // As after a crash: the plan file gone, its WAL still there.
        fs::remove(path);
        writeBytes(wal, walBytes);
        QVERIFY(!PlanStore::isFreePath(path));

        auto created = PlanStore::create(path, demoPlan());
        QVERIFY2(!created.ok(), "create replayed a stale WAL");
        QCOMPARE(created.error().code, StoreErrorCode::CannotOpen);
        QVERIFY2(created.error().detail.find("plan.sunrelay-wal") != std::string::npos,
                 created.error().detail.c_str());
        QVERIFY(!fs::exists(path));
        QVERIFY(readBytes(wal) == walBytes);

        const fs::path other = dir.filePath("other.sunrelay").toStdString();
        auto store = PlanStore::create(other, demoPlan());
        STORE_VERIFY_OK(store);
        const PlanStore::EditError error = store.value().saveAs(path, Overwrite::Refuse);
        QVERIFY2(error.has_value(), "saveAs replayed a stale WAL");
        QCOMPARE(error->code, StoreErrorCode::CannotOpen);
        QCOMPARE(store.value().path(), other);
        QVERIFY(!fs::exists(path));
        QVERIFY(readBytes(wal) == walBytes);

        // Once the WAL is moved away the name is free again.
        fs::rename(wal, dir.filePath("kept.wal").toStdString());
        QVERIFY(PlanStore::isFreePath(path));
        auto fresh = PlanStore::create(path, demoPlan());
        STORE_VERIFY_OK(fresh);
        QCOMPARE(fresh.value().plan().name, demoPlan().name);
    }

    void createInMissingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("no/such/dir/plan.sunrelay").toStdString();
        auto store = PlanStore::create(path, demoPlan());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::CannotOpen);
        QVERIFY(!fs::exists(path.parent_path()));
    }

    // create validates the plan like a file being opened, and leaves no file
    // behind when it refuses one.
    void createRefusesInvalidPlan_data()
    {
        QTest::addColumn<Edit>("change"); // only `expect` is used: it breaks the plan
        const auto row = [](const char *name, std::function<void(Plan &)> breakIt) {
            QTest::newRow(name) << Edit{{}, breakIt};
        };
        row("member in an unknown region", [](Plan &p) {
            p.members[0].region = "nowhere";
        });
        row("task in an unknown region", [](Plan &p) {
            p.tasks[0].region = "nowhere";
        });
        row("duplicate member id", [](Plan &p) {
            p.members[1].id = p.members[0].id;
        });
        row("duplicate region id", [](Plan &p) {
            p.regions[1].id = p.regions[0].id;
        });
        row("duplicate task id", [](Plan &p) {
            p.tasks[1].id = p.tasks[0].id;
        });
        row("task with zero effort", [](Plan &p) {
            p.tasks[0].effortHours = 0;
        });
        row("handoff note numbered 0", [](Plan &p) {
            p.tasks[0].handoffNotes[0] = "x";
        });
        row("empty handoff note", [](Plan &p) {
            p.tasks[0].handoffNotes[1] = "";
        });
        row("region colour that is not #rrggbb", [](Plan &p) {
            p.regions[0].color = "blue";
        });
        row("time off ending before it starts", [](Plan &p) {
            p.members[0].timeOff = {
                {LocalDate{date::year{2027} / 1 / 9}, LocalDate{date::year{2027} / 1 / 2}}};
        });
        row("weekly range starting at 24:00", [](Plan &p) {
            p.members[0].work.ranges = {{Weekdays::workdays(), 24h, 2h}};
        });
    }
    void createRefusesInvalidPlan()
    {
        QFETCH(Edit, change);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("invalid.sunrelay").toStdString();
        Plan plan = demoPlan();
        change.expect(plan);
        auto store = PlanStore::create(path, plan);
        QVERIFY2(!store.ok(), "an invalid plan was written");
        QVERIFY2(store.error().code == StoreErrorCode::InvalidRow
                     || store.error().code == StoreErrorCode::InvalidEdit,
                 describe(store.error()).c_str());
        QVERIFY2(!fs::exists(path), "a file was left behind");
        QVERIFY(!fs::exists(sidecar(path, "-wal")));
        QVERIFY(!fs::exists(sidecar(path, "-journal")));
    }

    // JSON -> .sunrelay -> JSON, compared as writePlanJson text.
    void roundTripIsLossless_data()
    {
        QTest::addColumn<Edit>("make"); // `expect` fills the plan
        const auto row = [](const char *name, std::function<Plan()> make) {
            QTest::newRow(name) << Edit{{}, [make](Plan &p) {
                                            p = make();
                                        }};
        };
        row("demo plan", [] {
            return demoPlan();
        });
        row("rich plan", [] {
            return richPlan();
        });
        row("tiny plan (exchange test data)", [] {
            return readPlanFile(
                QStringLiteral(SUNRELAY_SOURCE_DIR "/tests/exchange/data/tiny-plan.json"));
        });
        row("empty plan", [] {
            Plan plan;
            plan.name = "Empty";
            return plan;
        });
        row("long texts", [] {
            Plan plan = richPlan();
            plan.name = std::string(2000, 'n');
            plan.tasks[0].notes = std::string(200000, 'x') + "\xE2\x9C\x93";
            plan.tasks[0].handoffNotes[2] = std::string(100000, 'y') + "\xE2\x9C\x93";
            return plan;
        });
    }
    void roundTripIsLossless()
    {
        QFETCH(Edit, make);
        Plan original;
        make.expect(original);
        const std::string json = exchange::writePlanJson(original);
        const auto fromJson = exchange::readPlanJson(json);
        QVERIFY2(fromJson.ok(), fromJson.ok() ? "" : fromJson.error().message().c_str());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        const std::string created = createFile(path, fromJson.value());
        QVERIFY2(created.empty(), created.c_str());
        for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
            auto store = PlanStore::open(path, mode);
            STORE_VERIFY_OK(store);
            QCOMPARE(QString::fromStdString(exchange::writePlanJson(store.value().plan())),
                     QString::fromStdString(json));
            PLAN_COMPARE(store.value().plan(), original);
        }
    }

    // An edit either fails or leaves a file that opens again as plan() says:
    // never a file the store itself refuses.
    void editsKeepTheFileOpenable_data()
    {
        QTest::addColumn<Edit>("edit");
        const auto note = [](const char *name, int number) {
            QTest::newRow(name) << Edit{[number](PlanStore &s) {
                                            Task task = byId(s.plan().tasks, "T-1");
                                            task.handoffNotes[number] = "edge";
                                            return s.updateTask(task);
                                        },
                                        {}};
        };
        using namespace date::literals;
        note("handoff note on the largest number", std::numeric_limits<int>::max());
        note("handoff note numbered the smallest int", std::numeric_limits<int>::min());
        note("handoff note numbered 1", 1);
        QTest::newRow("task deadline in 2300") << Edit{[](PlanStore &s) {
                                                           Task task = byId(s.plan().tasks, "T-1");
                                                           task.deadline = utc(2300_y / 1 / 1);
                                                           return s.updateTask(task);
                                                       },
                                                       {}};
        QTest::newRow("time off in 1850")
            << Edit{[](PlanStore &s) {
                        Member anna = byId(s.plan().members, "anna");
                        anna.timeOff = {{LocalDate{1850_y / 1 / 1}, LocalDate{1850_y / 1 / 2}}};
                        return s.updateMember(anna);
                    },
                    {}};
        QTest::newRow("text with a NUL byte")
            << Edit{[](PlanStore &s) {
                        return s.setPlanName(std::string("before\0after", 12));
                    },
                    {}};
    }
    void editsKeepTheFileOpenable()
    {
        QFETCH(Edit, edit);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        Plan plan;
        {
            auto store = PlanStore::create(path, basePlan());
            STORE_VERIFY_OK(store);
            if (const PlanStore::EditError error = edit.apply(store.value())) {
                QVERIFY2(error->code == StoreErrorCode::InvalidEdit, describe(*error).c_str());
                PLAN_COMPARE(store.value().plan(), basePlan());
            }
            plan = store.value().plan();
        }
        auto again = PlanStore::open(path, OpenMode::ReadOnly);
        STORE_VERIFY_OK(again);
        PLAN_COMPARE(again.value().plan(), plan);
    }

    // Positions in a file need not be 0, 1, 2 ... (a hand-made file, an old
    // format): if the store accepts such a file, its edits still agree with
    // what the file reads back as.
    void editsAgreeWithFilePositions_data()
    {
        QTest::addColumn<QByteArray>("plant");
        QTest::newRow("task positions with gaps")
            << QByteArray("UPDATE tasks SET position = position * 10 + 5;");
        QTest::newRow("member positions with gaps")
            << QByteArray("UPDATE members SET position = position * 10 + 5;");
        QTest::newRow("region positions with gaps")
            << QByteArray("UPDATE regions SET position = position * 10 + 5;");
        QTest::newRow("equal task positions") << QByteArray("UPDATE tasks SET position = 7;");
        QTest::newRow("negative member positions")
            << QByteArray("UPDATE members SET position = position - 100;");
    }
    void editsAgreeWithFilePositions()
    {
        QFETCH(QByteArray, plant);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        QCOMPARE(createFile(path, basePlan()), std::string());
        {
            RawDb db(path);
            QCOMPARE(db.exec(plant.toStdString()), std::string());
        }
        Plan plan;
        {
            auto store = PlanStore::open(path, OpenMode::ReadWrite);
            if (!store) {
                // Refusing such a file is a valid answer too.
                QVERIFY2(store.error().code == StoreErrorCode::InvalidRow,
                         describe(store.error()).c_str());
                return;
            }
            PlanStore &s = store.value();
            STORE_VERIFY_EDIT(s.insertTask(makeTask("T-new", "emea"), 2));
            STORE_VERIFY_EDIT(s.removeTask(s.plan().tasks[4].id));
            STORE_VERIFY_EDIT(s.insertMember(makeMember("zoe", "emea", "Europe/Paris"), 2));
            STORE_VERIFY_EDIT(s.removeMember(s.plan().members[4].id));
            STORE_VERIFY_EDIT(s.insertRegion(Region{"new", "New", "#56B4E9"}, 1));
            STORE_VERIFY_EDIT(s.moveRegion("amer", 0));
            plan = s.plan();
        }
        auto again = PlanStore::open(path, OpenMode::ReadOnly);
        STORE_VERIFY_OK(again);
        PLAN_COMPARE(again.value().plan(), plan);
    }

    // saveAs continues on the copy; the original is closed unchanged and can
    // be opened again, and later edits only reach the copy.
    void saveAsContinuesOnTheCopy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path original = dir.filePath("original.sunrelay").toStdString();
        const fs::path copy = dir.filePath("copy.sunrelay").toStdString();
        const std::string created = createFile(original, basePlan());
        QVERIFY2(created.empty(), created.c_str());
        const FileSnapshot before = snapshot(original);
        Plan edited = basePlan();
        edited.name = "Edited after saveAs";
        setHandoffNote(byId(edited.tasks, "T-1"), 1, "on the copy");
        {
            auto store = PlanStore::open(original, OpenMode::ReadWrite);
            STORE_VERIFY_OK(store);
            STORE_VERIFY_EDIT(store.value().saveAs(copy, Overwrite::Refuse));
            QCOMPARE(store.value().path(), copy);
            QVERIFY(!store.value().isReadOnly());
            PLAN_COMPARE(store.value().plan(), basePlan());
            // Closed unchanged: the same pages (the session itself bumps the
            // change counter), and from now on not a byte changes.
            const FileSnapshot closed = snapshot(original);
            std::string change = compareIgnoringChangeCounter(before, closed);
            QVERIFY2(change.empty(), ("saveAs: " + change).c_str());
            QVERIFY(!fs::exists(sidecar(original, "-wal")));

            STORE_VERIFY_EDIT(store.value().setPlanName(edited.name));
            STORE_VERIFY_EDIT(
                store.value().updateTask(withNote(store.value().plan(), "T-1", 1, "on the copy")));
            change = compareSnapshots(closed, snapshot(original));
            QVERIFY2(change.empty(), ("an edit after saveAs: " + change).c_str());

            // The original is no longer held.
            auto old = PlanStore::open(original, OpenMode::ReadOnly);
            STORE_VERIFY_OK(old);
            PLAN_COMPARE(old.value().plan(), basePlan());
        }
        QCOMPARE(integrityCheck(copy), std::string("ok"));
        auto saved = PlanStore::open(copy, OpenMode::ReadOnly);
        STORE_VERIFY_OK(saved);
        PLAN_COMPARE(saved.value().plan(), edited);
        auto old = PlanStore::open(original, OpenMode::ReadWrite);
        STORE_VERIFY_OK(old);
        PLAN_COMPARE(old.value().plan(), basePlan());
    }

    // Edits made before saveAs are in both files.
    void saveAsCarriesEarlierEdits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path original = dir.filePath("original.sunrelay").toStdString();
        const fs::path copy = dir.filePath("copy.sunrelay").toStdString();
        Plan expected = basePlan();
        expected.tasks.erase(expected.tasks.begin());
        setHandoffNote(byId(expected.tasks, "T-2"), 1, "before saveAs");
        {
            auto store = PlanStore::create(original, basePlan());
            STORE_VERIFY_OK(store);
            STORE_VERIFY_EDIT(store.value().removeTask("T-1"));
            STORE_VERIFY_EDIT(store.value().updateTask(
                withNote(store.value().plan(), "T-2", 1, "before saveAs")));
            STORE_VERIFY_EDIT(store.value().saveAs(copy, Overwrite::Refuse));
        }
        for (const fs::path &path : {original, copy}) {
            auto store = PlanStore::open(path, OpenMode::ReadOnly);
            STORE_VERIFY_OK(store);
            PLAN_COMPARE(store.value().plan(), expected);
        }
    }

    void saveAsRefusesExistingPath_data()
    {
        QTest::addColumn<QByteArray>("existing");
        QTest::newRow("an existing plan file") << QByteArray("plan");
        QTest::newRow("an existing text file") << QByteArray("not a plan\n");
    }
    void saveAsRefusesExistingPath()
    {
        QFETCH(QByteArray, existing);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path original = dir.filePath("original.sunrelay").toStdString();
        const fs::path taken = dir.filePath("taken.sunrelay").toStdString();
        if (existing == "plan") {
            const std::string created = createFile(taken, richPlan());
            QVERIFY2(created.empty(), created.c_str());
        } else {
            writeBytes(taken, existing.toStdString());
        }
        const FileSnapshot before = snapshot(taken);
        {
            auto store = PlanStore::create(original, basePlan());
            STORE_VERIFY_OK(store);
            const PlanStore::EditError error = store.value().saveAs(taken, Overwrite::Refuse);
            QVERIFY2(error.has_value(), "saveAs overwrote an existing file");
            QVERIFY2(error->code == StoreErrorCode::CannotOpen, describe(*error).c_str());
            QCOMPARE(store.value().path(), original);
            // Still editing the original.
            STORE_VERIFY_EDIT(store.value().setPlanName("Still the original"));
        }
        const std::string change = compareSnapshots(before, snapshot(taken));
        QVERIFY2(change.empty(), change.c_str());
        auto store = PlanStore::open(original, OpenMode::ReadOnly);
        STORE_VERIFY_OK(store);
        QCOMPARE(store.value().plan().name, std::string("Still the original"));
    }

    void saveAsOverwritesWhenAllowed_data()
    {
        QTest::addColumn<QByteArray>("existing");
        QTest::newRow("an existing plan file") << QByteArray("plan");
        QTest::newRow("an existing text file") << QByteArray("not a plan\n");
    }
    void saveAsOverwritesWhenAllowed()
    {
        QFETCH(QByteArray, existing);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path original = dir.filePath("original.sunrelay").toStdString();
        const fs::path taken = dir.filePath("taken.sunrelay").toStdString();
        if (existing == "plan") {
            const std::string created = createFile(taken, richPlan());
            QVERIFY2(created.empty(), created.c_str());
        } else {
            writeBytes(taken, existing.toStdString());
        }
        {
            auto store = PlanStore::create(original, basePlan());
            STORE_VERIFY_OK(store);
            STORE_VERIFY_EDIT(store.value().saveAs(taken, Overwrite::Allow));
            QCOMPARE(store.value().path(), taken);
            STORE_VERIFY_EDIT(store.value().setPlanName("On the overwritten file"));
        }
        QCOMPARE(integrityCheck(taken), std::string("ok"));
        auto store = PlanStore::open(taken, OpenMode::ReadOnly);
        STORE_VERIFY_OK(store);
        Plan expected = basePlan();
        expected.name = "On the overwritten file";
        PLAN_COMPARE(store.value().plan(), expected);
    }

    void saveAsIntoMissingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path original = dir.filePath("original.sunrelay").toStdString();
        const fs::path nowhere = dir.filePath("no/such/dir/copy.sunrelay").toStdString();
        auto store = PlanStore::create(original, basePlan());
        STORE_VERIFY_OK(store);
        const PlanStore::EditError error = store.value().saveAs(nowhere, Overwrite::Allow);
        QVERIFY(error.has_value());
        QVERIFY2(error->code == StoreErrorCode::CannotOpen, describe(*error).c_str());
        QCOMPARE(store.value().path(), original);
        STORE_VERIFY_EDIT(store.value().setPlanName("Still editing"));
    }

    // Moving a store moves its file; assigning over a store closes the file
    // it had, so that file can be opened again.
    void moveAndAssign()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path first = dir.filePath("first.sunrelay").toStdString();
        const fs::path second = dir.filePath("second.sunrelay").toStdString();
        auto a = PlanStore::create(first, demoPlan());
        STORE_VERIFY_OK(a);
        auto b = PlanStore::create(second, richPlan());
        STORE_VERIFY_OK(b);
        PlanStore moved = std::move(a.value());
        QCOMPARE(moved.path(), first);
        STORE_VERIFY_EDIT(moved.setPlanName("Moved"));
        moved = std::move(b.value());
        QCOMPARE(moved.path(), second);
        PLAN_COMPARE(moved.plan(), richPlan());
        STORE_VERIFY_EDIT(moved.setPlanName("Assigned"));

        auto firstAgain = PlanStore::open(first, OpenMode::ReadWrite);
        STORE_VERIFY_OK(firstAgain);
        QCOMPARE(firstAgain.value().plan().name, std::string("Moved"));
    }

    void looksLikePlanFile_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<bool>("looksLikeOne");
        QTest::newRow("a plan file") << QByteArray("plan") << true;
        QTest::newRow("another application's SQLite database") << QByteArray("sqlite") << true;
        QTest::newRow("plan interchange JSON") << QByteArray("json") << false;
        QTest::newRow("an empty file") << QByteArray("empty") << false;
        QTest::newRow("the SQLite magic cut short") << QByteArray("short") << false;
        QTest::newRow("a missing file") << QByteArray("missing") << false;
        QTest::newRow("a directory") << QByteArray("dir") << false;
    }
    void looksLikePlanFile()
    {
        QFETCH(QByteArray, kind);
        QFETCH(bool, looksLikeOne);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("file").toStdString();
        if (kind == "plan") {
            QVERIFY(createFile(path, demoPlan()).empty());
        } else if (kind == "sqlite") {
            RawDb db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            QCOMPARE(db.exec("CREATE TABLE t(x);"), std::string());
        } else if (kind == "json") {
            writeBytes(path, demoPlanText());
        } else if (kind == "empty") {
            writeBytes(path, {});
        } else if (kind == "short") {
            writeBytes(path, "SQLite form");
        } else if (kind == "dir") {
            fs::create_directory(path);
        }
        QCOMPARE(store::looksLikePlanFile(path), looksLikeOne);
    }

    // The example of store_error.h, verbatim.
    void newerVersionMessage()
    {
        StoreError error;
        error.code = StoreErrorCode::NewerVersion;
        error.fileVersion = 4;
        error.supportedVersion = 1;
        QCOMPARE(QString::fromStdString(error.message()),
                 QStringLiteral("made by a newer version of Sunrelay (file format 4; this "
                                "version reads up to 1); the file was not changed"));
    }

    // Each code has its own words (the app may show message() as a fallback).
    void everyCodeHasItsOwnMessage()
    {
        std::vector<std::string> messages;
        for (int c = 0; c <= static_cast<int>(StoreErrorCode::WriteFailed); ++c) {
            const auto code = static_cast<StoreErrorCode>(c);
            StoreError error;
            error.code = code;
            const std::string message = error.message();
            QVERIFY2(!message.empty(), store::codeName(code));
            QVERIFY2(std::find(messages.begin(), messages.end(), message) == messages.end(),
                     (std::string(store::codeName(code)) + ": " + message).c_str());
            messages.push_back(message);
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanStore)
#include "tst_plan_store.moc"
