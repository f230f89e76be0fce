// Three-way merge of plan JSON (plan_merge.h), as Git's merge driver runs it.
//
// Each case starts from one hand-written base plan (two regions, three
// members, two tasks), edits it on "our" and "their" side the way two leads
// would, and checks the merged plan by reading it back: the values expected
// are the edits themselves, not the merge's own output.

#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/exchange/plan_merge.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace sunrelay;
using namespace sunrelay::exchange;

namespace
{

using Json = nlohmann::ordered_json;

const char *const basePlan = R"({
  "sunrelayPlan": 1,
  "name": "Acme",
  "policy": {"syncSlotMinutes": 15, "deepWorkMinimumMinutes": 180, "gapLimitMinutes": 120},
  "regions": [
    {"id": "emea", "name": "EMEA", "color": "#2f6fde"},
    {"id": "amer", "name": "AMER", "color": "#d95f02"}
  ],
  "members": [
    {"id": "ana", "name": "Ana Lima", "region": "amer", "zone": "America/Sao_Paulo",
     "work": [{"days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "17:00"}]},
    {"id": "ben", "name": "Ben Okafor", "region": "emea", "zone": "Europe/London",
     "work": [{"days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "16:00"}]},
    {"id": "carl", "name": "Carl Berg", "region": "emea", "zone": "Europe/Stockholm",
     "work": [{"days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "17:00"}]}
  ],
  "tasks": [
    {"id": "T-1", "title": "Migrate billing", "effortHours": 30, "priority": 1},
    {"id": "T-2", "title": "Write runbook", "effortHours": 4, "priority": 2}
  ]
})";

// The base plan after `edit`, as a lead's file would hold it.
std::string edited(const std::function<void(Json &)> &edit)
{
    Json plan = Json::parse(basePlan);
    edit(plan);
    return plan.dump(2);
}

Json &element(Json &plan, const std::string &list, const std::string &id)
{
    for (Json &item : plan[list])
        if (item["id"] == id)
            return item;
    qFatal("no %s %s in the test plan", list.c_str(), id.c_str());
}

void erase(Json &plan, const std::string &list, const std::string &id)
{
    Json &items = plan[list];
    for (auto it = items.begin(); it != items.end(); ++it) {
        if ((*it)["id"] == id) {
            items.erase(it);
            return;
        }
    }
}

Json member(const std::string &id, const std::string &name, const std::string &region)
{
    return {{"id", id},
            {"name", name},
            {"region", region},
            {"zone", "Asia/Tokyo"},
            {"work", Json::array({{{"days", {"mon"}}, {"start", "09:00"}, {"end", "17:00"}}})}};
}

PlanMerge
merged(const std::string &ours, const std::string &theirs, const std::string &base = basePlan)
{
    auto merge = mergePlanJson(base, ours, theirs);
    if (!merge)
        qFatal("merge refused: %s", merge.error().error.message().c_str());
    return merge.value();
}

Plan planOf(const PlanMerge &merge)
{
    auto plan = readPlanJson(merge.text);
    if (!plan)
        qFatal("merged text does not read: %s", plan.error().message().c_str());
    return plan.value();
}

const Member &memberOf(const Plan &plan, const std::string &id)
{
    return plan.members.at(plan.memberIndex(id).value());
}

std::vector<std::string> ids(const auto &items)
{
    std::vector<std::string> result;
    for (const auto &item : items)
        result.push_back(item.id);
    return result;
}

// The text with one side of every conflict kept and the markers deleted: what
// a lead does by hand to resolve.
std::string keepSide(const std::string &text, bool ours)
{
    std::string result;
    enum {
        Outside,
        InOurs,
        InTheirs
    } state = Outside;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start) + 1;
        const std::string line = text.substr(start, end - start);
        start = end;
        if (line.starts_with("<<<<<<< "))
            state = InOurs;
        else if (line.starts_with("======="))
            state = InTheirs;
        else if (line.starts_with(">>>>>>> "))
            state = Outside;
        else if (state == Outside || (state == InOurs) == ours)
            result += line;
    }
    return result;
}

} // namespace

class TestPlanMerge : public QObject
{
    Q_OBJECT

private slots:
    void editsToDifferentMembersMerge()
    {
        const auto merge = merged(edited([](Json &p) {
                                      element(p, "members", "ana")["zone"] = "America/Recife";
                                  }),
                                  edited([](Json &p) {
                                      element(p, "members", "ben")["name"] = "Benedict Okafor";
                                  }));
        QVERIFY(merge.conflicts.empty());
        const Plan plan = planOf(merge);
        QCOMPARE(memberOf(plan, "ana").zone.name(), std::string("America/Recife"));
        QCOMPARE(memberOf(plan, "ben").name, std::string("Benedict Okafor"));
        QCOMPARE(ids(plan.members), (std::vector<std::string>{"ana", "ben", "carl"}));
        QCOMPARE(merge.text, writePlanJson(plan)); // canonical, as export writes it
    }

    void editsToDifferentFieldsOfOneMemberMerge()
    {
        const auto merge = merged(edited([](Json &p) {
                                      element(p, "members", "ana")["zone"] = "America/Recife";
                                  }),
                                  edited([](Json &p) {
                                      element(p, "members", "ana")["name"] = "Ana Souza";
                                  }));
        QVERIFY(merge.conflicts.empty());
        const Plan plan = planOf(merge);
        const Member &ana = memberOf(plan, "ana");
        QCOMPARE(ana.zone.name(), std::string("America/Recife"));
        QCOMPARE(ana.name, std::string("Ana Souza"));
    }

    void theSameChangeOnBothSidesIsTakenOnce()
    {
        const std::string both = edited([](Json &p) {
            element(p, "tasks", "T-1")["priority"] = 3;
            p["members"].push_back(member("dai", "Dai Sato", "amer"));
        });
        const auto merge = merged(both, both);
        QVERIFY(merge.conflicts.empty());
        const Plan plan = planOf(merge);
        QCOMPARE(plan.tasks.at(0).priority, 3);
        QCOMPARE(ids(plan.members), (std::vector<std::string>{"ana", "ben", "carl", "dai"}));
    }

    void theSameFieldChangedDifferentlyIsAConflictNamingTheMember()
    {
        const auto merge = merged(edited([](Json &p) {
                                      element(p, "members", "ana")["zone"] = "America/Recife";
                                  }),
                                  edited([](Json &p) {
                                      element(p, "members", "ana")["zone"] = "America/Manaus";
                                      element(p, "members", "ana")["name"] = "Ana Souza";
                                      element(p, "members", "ben")["zone"] = "Europe/Dublin";
                                  }));
        QCOMPARE(merge.conflicts.size(), std::size_t{1});
        const MergeConflict &conflict = merge.conflicts.front();
        QCOMPARE(conflict.kind, MergeConflictKind::ChangedOnBothSides);
        QCOMPARE(conflictLabel(conflict), std::string("member \"ana\" (Ana Souza)"));
        QCOMPARE(conflict.fields, std::vector<std::string>{"zone"});
        // The markers name the member (by its merged name: theirs renamed
        // her); each side carries the other merges.
        const std::string &text = merge.text;
        QVERIFY(text.find("\n<<<<<<< ours: member \"ana\" (Ana Souza)\n") != std::string::npos);
        QVERIFY(text.find("\n=======\n") != std::string::npos);
        QVERIFY(text.find("\n>>>>>>> theirs: member \"ana\" (Ana Souza)\n") != std::string::npos);
        QVERIFY(text.find("\"zone\": \"America/Recife\"") < text.find("\n=======\n"));
        QVERIFY(text.find("\"zone\": \"America/Manaus\"") > text.find("\n=======\n"));

        // Reading it names the first marker's line.
        const std::size_t markerLine =
            std::count(text.begin(), text.begin() + text.find("<<<<<<<"), '\n') + 1;
        const auto read = readPlanJson(text);
        QVERIFY(!read);
        QCOMPARE(read.error().line, static_cast<int>(markerLine));
        QVERIFY(read.error().message().find("unresolved merge conflict \"<<<<<<< ours: member")
                != std::string::npos);

        // Keeping either block gives a plan with every clean edit.
        const auto withOurs = readPlanJson(keepSide(text, true));
        QVERIFY2(withOurs.ok(), withOurs.ok() ? "" : withOurs.error().message().c_str());
        QCOMPARE(memberOf(withOurs.value(), "ana").zone.name(), std::string("America/Recife"));
        QCOMPARE(memberOf(withOurs.value(), "ana").name, std::string("Ana Souza"));
        QCOMPARE(memberOf(withOurs.value(), "ben").zone.name(), std::string("Europe/Dublin"));
        const auto withTheirs = readPlanJson(keepSide(text, false));
        QVERIFY(withTheirs.ok());
        QCOMPARE(memberOf(withTheirs.value(), "ana").zone.name(), std::string("America/Manaus"));
        QCOMPARE(memberOf(withTheirs.value(), "ana").name, std::string("Ana Souza"));
    }

    void deleteAgainstEditIsAConflict()
    {
        const auto merge = merged(edited([](Json &p) {
                                      erase(p, "members", "carl");
                                  }),
                                  edited([](Json &p) {
                                      element(p, "members", "carl")["zone"] = "Europe/Oslo";
                                  }));
        QCOMPARE(merge.conflicts.size(), std::size_t{1});
        QCOMPARE(merge.conflicts.front().kind, MergeConflictKind::DeletedByOurs);
        QVERIFY(merge.text.find("<<<<<<< ours: member \"carl\" (Carl Berg) (deleted)\n"
                                "    {\n      \"id\": \"ben\",")
                != std::string::npos);
        // Carl was last: the block takes Ben in too, so that keeping ours'
        // deletion leaves no comma after Ben.
        const auto withOurs = readPlanJson(keepSide(merge.text, true));
        QVERIFY2(withOurs.ok(), withOurs.ok() ? "" : withOurs.error().message().c_str());
        QCOMPARE(ids(withOurs.value().members), (std::vector<std::string>{"ana", "ben"}));
        const auto withTheirs = readPlanJson(keepSide(merge.text, false));
        QVERIFY(withTheirs.ok());
        QCOMPARE(memberOf(withTheirs.value(), "carl").zone.name(), std::string("Europe/Oslo"));
        QCOMPARE(ids(withTheirs.value().members), (std::vector<std::string>{"ana", "ben", "carl"}));

        const auto reverse = merged(edited([](Json &p) {
                                        element(p, "tasks", "T-1")["title"] = "Migrate billing DB";
                                    }),
                                    edited([](Json &p) {
                                        erase(p, "tasks", "T-1");
                                    }));
        QCOMPARE(reverse.conflicts.size(), std::size_t{1});
        QCOMPARE(reverse.conflicts.front().kind, MergeConflictKind::DeletedByTheirs);
        QCOMPARE(conflictLabel(reverse.conflicts.front()),
                 std::string("task \"T-1\" (Migrate billing DB)"));
        const auto withTheirsDeletion = readPlanJson(keepSide(reverse.text, false));
        QVERIFY(withTheirsDeletion.ok());
        QCOMPARE(ids(withTheirsDeletion.value().tasks), std::vector<std::string>{"T-2"});
    }

    void handoffNotesMergeNoteByNote()
    {
        // Base: T-1 has a note on handoff 1. Ours writes handoff 2's, theirs
        // handoff 3's and edits 1's: all three merge. Both writing handoff 2
        // differently is a conflict on that note alone.
        const auto withNotes = [](Json &p, const Json &notes) {
            element(p, "tasks", "T-1")["handoffNotes"] = notes;
        };
        const std::string base = edited([&](Json &p) {
            withNotes(p, Json::parse(R"([{"handoff": 1, "note": "a"}])"));
        });
        const auto merge = merged(
            edited([&](Json &p) {
                withNotes(
                    p,
                    Json::parse(R"([{"handoff": 1, "note": "a"}, {"handoff": 2, "note": "b"}])"));
            }),
            edited([&](Json &p) {
                withNotes(
                    p,
                    Json::parse(R"([{"handoff": 3, "note": "c"}, {"handoff": 1, "note": "a2"}])"));
            }),
            base);
        QVERIFY(merge.conflicts.empty());
        const Plan plan = planOf(merge);
        QVERIFY((plan.tasks.at(0).handoffNotes
                 == std::map<int, std::string>{{1, "a2"}, {2, "b"}, {3, "c"}}));

        const auto conflict = merged(
            edited([&](Json &p) {
                withNotes(
                    p,
                    Json::parse(R"([{"handoff": 1, "note": "a"}, {"handoff": 2, "note": "b"}])"));
            }),
            edited([&](Json &p) {
                withNotes(
                    p,
                    Json::parse(R"([{"handoff": 1, "note": "a"}, {"handoff": 2, "note": "x"}])"));
            }),
            base);
        QCOMPARE(conflict.conflicts.size(), std::size_t{1});
        QCOMPARE(conflict.conflicts.front().fields, std::vector<std::string>{"handoffNotes.2"});
        QCOMPARE(conflictLabel(conflict.conflicts.front()),
                 std::string("task \"T-1\" (Migrate billing)"));
    }

    void aDeletionOnOneSideIsTaken()
    {
        const auto merge = merged(edited([](Json &p) {
                                      erase(p, "members", "ben");
                                  }),
                                  edited([](Json &p) {
                                      element(p, "members", "ana")["name"] = "Ana Souza";
                                  }));
        QVERIFY(merge.conflicts.empty());
        QCOMPARE(ids(planOf(merge).members), (std::vector<std::string>{"ana", "carl"}));
    }

    void additionsKeepTheirPlace()
    {
        // Ours adds Dai after Ana, theirs Eve at the end and a task.
        const auto merge = merged(
            edited([](Json &p) {
                p["members"].insert(p["members"].begin() + 1, member("dai", "Dai Sato", "amer"));
            }),
            edited([](Json &p) {
                p["members"].push_back(member("eve", "Eve Ng", "emea"));
                p["tasks"].push_back(
                    {{"id", "T-3"}, {"title", "Audit"}, {"effortHours", 2}, {"priority", 1}});
            }));
        QVERIFY(merge.conflicts.empty());
        const Plan plan = planOf(merge);
        QCOMPARE(ids(plan.members), (std::vector<std::string>{"ana", "dai", "ben", "carl", "eve"}));
        QCOMPARE(ids(plan.tasks), (std::vector<std::string>{"T-1", "T-2", "T-3"}));
    }

    void addedOnBothSidesDifferentlyIsAConflict()
    {
        const auto merge = merged(edited([](Json &p) {
                                      p["members"].push_back(member("dai", "Dai Sato", "amer"));
                                  }),
                                  edited([](Json &p) {
                                      p["members"].push_back(member("dai", "Dai Sato", "emea"));
                                  }));
        QCOMPARE(merge.conflicts.size(), std::size_t{1});
        QCOMPARE(merge.conflicts.front().kind, MergeConflictKind::AddedOnBothSides);
        QCOMPARE(merge.conflicts.front().id, std::string("dai"));
        QVERIFY(merge.text.find("<<<<<<< ours: member \"dai\" (Dai Sato)\n") != std::string::npos);
    }

    void planFieldsMergeLikeMembers()
    {
        const auto clean = merged(edited([](Json &p) {
                                      p["name"] = "Acme Platform";
                                      p["policy"]["gapLimitMinutes"] = 60;
                                  }),
                                  edited([](Json &p) {
                                      p["policy"]["syncSlotMinutes"] = 30;
                                  }));
        QVERIFY(clean.conflicts.empty());
        const Plan plan = planOf(clean);
        QCOMPARE(plan.name, std::string("Acme Platform"));
        QCOMPARE(plan.policy.gapLimit.count(), 60);
        QCOMPARE(plan.policy.syncSlot.count(), 30);
        QCOMPARE(plan.policy.deepWorkMinimum.count(), 180);

        const auto conflict = merged(edited([](Json &p) {
                                         p["policy"]["syncSlotMinutes"] = 30;
                                     }),
                                     edited([](Json &p) {
                                         p["policy"]["syncSlotMinutes"] = 20;
                                     }));
        QCOMPARE(conflict.conflicts.size(), std::size_t{1});
        QCOMPARE(conflict.conflicts.front().part, std::string("plan"));
        QCOMPARE(conflict.conflicts.front().fields,
                 std::vector<std::string>{"policy.syncSlotMinutes"});
        QVERIFY(conflict.text.find("<<<<<<< ours: plan policy\n") != std::string::npos);
    }

    void aReorderingOnOneSideIsKept()
    {
        const auto merge = merged(
            edited([](Json &p) {
                std::swap(p["regions"][0], p["regions"][1]);
            }),
            edited([](Json &p) {
                p["regions"].push_back({{"id", "apac"}, {"name", "APAC"}, {"color", "#1b9e77"}});
            }));
        // Ours' new order, and APAC after AMER, the region it follows in theirs.
        QVERIFY(merge.conflicts.empty());
        QCOMPARE(ids(planOf(merge).regions), (std::vector<std::string>{"amer", "apac", "emea"}));
    }

    void reorderingsOnBothSidesAreAConflict()
    {
        const auto merge = merged(edited([](Json &p) {
                                      std::swap(p["members"][0], p["members"][2]); // carl ben ana
                                  }),
                                  edited([](Json &p) {
                                      std::swap(p["members"][0], p["members"][1]); // ben ana carl
                                  }));
        QCOMPARE(merge.conflicts.size(), std::size_t{1});
        QCOMPARE(merge.conflicts.front().kind, MergeConflictKind::ReorderedOnBothSides);
        QCOMPARE(merge.conflicts.front().part, std::string("members"));
        QCOMPARE(ids(planOf(merge).members), (std::vector<std::string>{"carl", "ben", "ana"}));
    }

    void aMergeThatBreaksThePlanIsAConflict()
    {
        // Theirs removes AMER and Ana; ours gives AMER a new member.
        const auto merge = merged(edited([](Json &p) {
                                      p["members"].push_back(member("dai", "Dai Sato", "amer"));
                                  }),
                                  edited([](Json &p) {
                                      erase(p, "regions", "amer");
                                      erase(p, "members", "ana");
                                  }));
        QCOMPARE(merge.conflicts.size(), std::size_t{1});
        QCOMPARE(merge.conflicts.front().kind, MergeConflictKind::InvalidResult);
        QCOMPARE(merge.conflicts.front().detail,
                 std::string("members[2].region: unknown region \"amer\""));
    }

    void equalValuesWrittenDifferentlyAreNoChange()
    {
        // Ours was saved by another tool: 30.0, nulls, another key order.
        Json ours = Json::parse(basePlan);
        ours["tasks"][0] = Json::parse(
            R"({"priority": 1, "effortHours": 30.0, "title": "Migrate billing", "id": "T-1",
                "start": null, "deadline": null})");
        const auto merge = merged(ours.dump(), edited([](Json &p) {
                                      element(p, "tasks", "T-1")["effortHours"] = 12;
                                  }));
        QVERIFY(merge.conflicts.empty());
        QCOMPARE(planOf(merge).tasks.at(0).effortHours, 12.0);
    }

    void anEmptyBaseIsAnEmptyPlan()
    {
        // Both branches added the file: equal members merge, the rest conflicts.
        const auto merge = merged(basePlan,
                                  edited([](Json &p) {
                                      p["name"] = "Acme 2";
                                  }),
                                  "");
        QCOMPARE(merge.conflicts.size(), std::size_t{1});
        QCOMPARE(merge.conflicts.front().fields, std::vector<std::string>{"name"});
        QVERIFY(merge.text.find("<<<<<<< ours: plan name\n  \"name\": \"Acme\",\n=======\n"
                                "  \"name\": \"Acme 2\",\n>>>>>>> theirs: plan name\n")
                != std::string::npos);
    }

    void badInputNamesTheSide_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<MergeSide>("side");
        QTest::addColumn<QString>("message");
        const QString plan = QString::fromUtf8(basePlan);
        QTest::newRow("ours not JSON")
            << plan << "{\"sunrelayPlan\": 1,\n oops" << plan << MergeSide::Ours
            << "line 2, column 2: syntax error: invalid literal; expected string literal";
        QTest::newRow("theirs version 2")
            << plan << plan << "{\"sunrelayPlan\": 2}" << MergeSide::Theirs
            << "sunrelayPlan: unsupported version 2 (this build reads version 1)";
        QTest::newRow("base with markers")
            << "{\n<<<<<<< ours: plan name\n"
            << plan << plan << MergeSide::Base
            << "line 2, column 1: unresolved merge conflict \"<<<<<<< ours: plan name\": keep one "
               "version of each conflicting block, delete the marker lines, then read the plan "
               "again";
    }

    void badInputNamesTheSide()
    {
        QFETCH(QString, base);
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QFETCH(MergeSide, side);
        QFETCH(QString, message);
        const auto merge =
            mergePlanJson(base.toStdString(), ours.toStdString(), theirs.toStdString());
        QVERIFY(!merge);
        QCOMPARE(merge.error().side, side);
        QCOMPARE(QString::fromStdString(merge.error().error.message()), message);
    }
};

Q_DECLARE_METATYPE(sunrelay::exchange::MergeSide)

QTEST_GUILESS_MAIN(TestPlanMerge)
#include "tst_plan_merge.moc"
