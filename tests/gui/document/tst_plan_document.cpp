// PlanDocument (gui/plan_document.h): every user intention is one undo step
// that the plan file keeps: pushed, undone and redone against a real plan
// file made from the demo plan, compared with the plan the intention should
// leave (written out by hand per row), and compared again after the document
// is gone by opening the file anew. A failing edit pushes nothing and says
// why; Save As keeps the undo history working on the new file.
//
// The demo plan (resources/demo/demo-plan.json), by position:
//   regions: 0 apac "APAC", 1 emea "EMEA", 2 amer "AMER"
//   members: 0 sam, 1 kenji, 2 mei, 3 priya, 4 arjun (apac); 5 leila,
//            6 lars, 7 anna, 8 tom (emea); 9 diego, 10 nia, 11 maya,
//            12 lucas (amer)
//   tasks:   T-1 .. T-15 in that order; placed in emea: T-1, T-5, T-8, T-11;
//            in apac: T-2, T-3, T-7, T-10; in amer: T-4, T-6, T-9, T-12;
//            T-13 .. T-15 in the backlog.

#include "gui/document/plan_document.h"

#include "../gui_test_support.h"

#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/store/plan_store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <utility>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::clock;
using sunrelay::guitest::demoPlan;
using sunrelay::guitest::utc;

namespace
{

// Why two plans differ: the first differing line of their JSON, or (for the
// parts the JSON leaves out) that they differ elsewhere.
QByteArray difference(const Plan &actual, const Plan &expected)
{
    if (actual == expected)
        return {};
    const QList<QByteArray> a =
        QByteArray::fromStdString(exchange::writePlanJson(actual)).split('\n');
    const QList<QByteArray> b =
        QByteArray::fromStdString(exchange::writePlanJson(expected)).split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray left = a.value(i, "<end>");
        const QByteArray right = b.value(i, "<end>");
        if (left != right)
            return "plan JSON line " + QByteArray::number(i + 1) + ":\n   actual: " + left.trimmed()
                + "\n expected: " + right.trimmed();
    }
    return "the plans differ outside their JSON (busy times or holidays)";
}

#define COMPARE_PLAN(actual, expected)                                                             \
    do {                                                                                           \
        const QByteArray why = difference((actual), (expected));                                   \
        QVERIFY2(why.isEmpty(), why.constData());                                                  \
    } while (false)

// The plan in the file at `path`, read by a fresh store.
Plan reopened(const QString &path)
{
    auto store = store::PlanStore::open(path.toStdString(), store::OpenMode::ReadOnly);
    if (!store)
        qFatal("cannot reopen %s: %s", qPrintable(path), store.error().message().c_str());
    return store.value().plan();
}

std::unique_ptr<PlanDocument> createDemo(const QString &path)
{
    auto created = PlanDocument::create(path, demoPlan());
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(path), created.error().message().c_str());
    return std::move(created).value();
}

Member member(const Plan &plan, std::string_view id)
{
    return plan.members[plan.memberIndex(id).value()];
}

// One user intention and what it leaves, by hand.
struct Intention {
    const char *name;
    std::function<void(PlanDocument &)> apply;
    std::function<void(Plan &)> expect; // turns the demo plan into the result
    QString undoText;
};

// What an import brings, sorted as the store keeps it (by start, by date).
std::vector<BusyTime> importedMeetings()
{
    return {{{utc(2026, 12, 1, 13), utc(2026, 12, 1, 14)}, "Architecture review", "r@example"},
            {{utc(2026, 12, 8, 13), utc(2026, 12, 8, 14)}, "Architecture review", "r@example"}};
}

std::vector<Holiday> importedHolidays()
{
    using namespace date::literals;
    return {{LocalDate{2026_y / 12 / 25}, "Christmas Day"},
            {LocalDate{2026_y / 12 / 26}, "Boxing Day"}};
}

WeeklyPattern weekdays(Minutes start, Minutes end)
{
    return WeeklyPattern{{WeeklyRange{Weekdays::workdays(), start, end}}};
}

const std::vector<Intention> &intentions()
{
    static const std::vector<Intention> all = {
        {"rename the plan",
         [](PlanDocument &d) {
             d.setPlanName(QStringLiteral("Globex Relay"));
         },
         [](Plan &p) {
             p.name = "Globex Relay";
         },
         QStringLiteral("Rename plan")},
        {"change the policy",
         [](PlanDocument &d) {
             d.setPolicy(Policy{Minutes{30}, Minutes{240}, Minutes{60}});
         },
         [](Plan &p) {
             p.policy = Policy{Minutes{30}, Minutes{240}, Minutes{60}};
         },
         QStringLiteral("Change policy")},
        {"add a region",
         [](PlanDocument &d) {
             d.addRegion(Region{"latam", "LATAM", "#009e73"});
         },
         [](Plan &p) {
             p.regions.push_back(Region{"latam", "LATAM", "#009e73"});
         },
         QStringLiteral("Add region LATAM")},
        {"edit a region",
         [](PlanDocument &d) {
             d.changeRegion(Region{"emea", "Europe & Middle East", "#e69f00"});
         },
         [](Plan &p) {
             p.regions[1] = Region{"emea", "Europe & Middle East", "#e69f00"};
         },
         QStringLiteral("Edit region Europe & Middle East")},
        // Steps name what they change, with the names before the change.
        {"rename a region",
         [](PlanDocument &d) {
             d.changeRegion(Region{"emea", "Europe", d.plan().regions[1].color});
         },
         [](Plan &p) {
             p.regions[1].name = "Europe";
         },
         QStringLiteral("Rename region EMEA to Europe")},
        {"recolour a region",
         [](PlanDocument &d) {
             d.changeRegion(Region{"emea", "EMEA", "#cc79a7"});
         },
         [](Plan &p) {
             p.regions[1].color = "#cc79a7";
         },
         QStringLiteral("Change colour of EMEA")},
        {"change a member's time zone (named by the document)",
         [](PlanDocument &d) {
             Member anna = member(d.plan(), "anna");
             anna.zone = *TimeZone::find("Europe/Lisbon");
             d.changeMember(anna);
         },
         [](Plan &p) {
             p.members[7].zone = *TimeZone::find("Europe/Lisbon");
         },
         QStringLiteral("Change time zone of Anna Schmidt")},
        {"rename a member (named by the document)",
         [](PlanDocument &d) {
             Member anna = member(d.plan(), "anna");
             anna.name = "Anna Weber";
             d.changeMember(anna);
         },
         [](Plan &p) {
             p.members[7].name = "Anna Weber";
         },
         QStringLiteral("Rename Anna Schmidt to Anna Weber")},
        {"move a member to another region (named by the document)",
         [](PlanDocument &d) {
             Member anna = member(d.plan(), "anna");
             anna.region = "amer";
             d.changeMember(anna);
         },
         [](Plan &p) {
             p.members[7].region = "amer";
         },
         QStringLiteral("Move Anna Schmidt to AMER")},
        {"change a member's week (named by the document)",
         [](PlanDocument &d) {
             Member anna = member(d.plan(), "anna");
             anna.comms = weekdays(clock(16), clock(16, 30));
             d.changeMember(anna);
         },
         [](Plan &p) {
             p.members[7].comms = weekdays(clock(16), clock(16, 30));
         },
         QStringLiteral("Change the week of Anna Schmidt")},
        {"change a member's time off (named by the document)",
         [](PlanDocument &d) {
             Member anna = member(d.plan(), "anna");
             anna.timeOff.push_back(
                 {LocalDate{date::year{2026} / 12 / 24}, LocalDate{date::year{2026} / 12 / 31}});
             d.changeMember(anna);
         },
         [](Plan &p) {
             p.members[7].timeOff.push_back(
                 {LocalDate{date::year{2026} / 12 / 24}, LocalDate{date::year{2026} / 12 / 31}});
         },
         QStringLiteral("Change time off of Anna Schmidt")},
        {"change several things of a member (named by the document)",
         [](PlanDocument &d) {
             Member anna = member(d.plan(), "anna");
             anna.name = "Anna Weber";
             anna.zone = *TimeZone::find("Europe/Lisbon");
             d.changeMember(anna);
         },
         [](Plan &p) {
             p.members[7].name = "Anna Weber";
             p.members[7].zone = *TimeZone::find("Europe/Lisbon");
         },
         QStringLiteral("Edit Anna Weber")},
        {"move the last region to the front",
         [](PlanDocument &d) {
             d.moveRegion("amer", 0);
         },
         [](Plan &p) {
             const std::vector<Region> r = p.regions;
             p.regions = {r[2], r[0], r[1]}; // amer, apac, emea
         },
         QStringLiteral("Move region")},
        {"move the first region to the end",
         [](PlanDocument &d) {
             d.moveRegion("apac", 2);
         },
         [](Plan &p) {
             const std::vector<Region> r = p.regions;
             p.regions = {r[1], r[2], r[0]}; // emea, amer, apac
         },
         QStringLiteral("Move region")},
        {"delete a middle region with members and tasks",
         [](PlanDocument &d) {
             d.removeRegion("emea");
         },
         [](Plan &p) {
             p.regions.erase(p.regions.begin() + 1);
             // leila, lars, anna, tom (positions 5-8) go with it.
             p.members.erase(p.members.begin() + 5, p.members.begin() + 9);
             // Its placed tasks go back to the backlog.
             for (const int t : {0, 4, 7, 10}) { // T-1, T-5, T-8, T-11
                 p.tasks[std::size_t(t)].region.reset();
                 p.tasks[std::size_t(t)].start.reset();
             }
         },
         QStringLiteral("Delete region EMEA")},
        {"delete the first region",
         [](PlanDocument &d) {
             d.removeRegion("apac");
         },
         [](Plan &p) {
             p.regions.erase(p.regions.begin());
             p.members.erase(p.members.begin(), p.members.begin() + 5);
             for (const int t : {1, 2, 6, 9}) { // T-2, T-3, T-7, T-10
                 p.tasks[std::size_t(t)].region.reset();
                 p.tasks[std::size_t(t)].start.reset();
             }
         },
         QStringLiteral("Delete region APAC")},
        {"add a member",
         [](PlanDocument &d) {
             d.addMember(Member{"zoe",
                                "Zoe Park",
                                "amer",
                                *TimeZone::find("America/Denver"),
                                weekdays(clock(9), clock(17)),
                                {},
                                {},
                                {}});
         },
         [](Plan &p) {
             p.members.push_back(Member{"zoe",
                                        "Zoe Park",
                                        "amer",
                                        *TimeZone::find("America/Denver"),
                                        weekdays(clock(9), clock(17)),
                                        {},
                                        {},
                                        {}});
         },
         QStringLiteral("Add Zoe Park")},
        {"change a member",
         [](PlanDocument &d) {
             Member anna = member(d.plan(), "anna");
             anna.deepWork = weekdays(clock(11, 30), clock(16));
             d.changeMember(anna, QStringLiteral("Resize deep work"));
         },
         [](Plan &p) {
             p.members[7].deepWork.ranges[0].end = clock(16);
         },
         QStringLiteral("Resize deep work")},
        {"delete a member",
         [](PlanDocument &d) {
             d.removeMember("lars");
         },
         [](Plan &p) {
             p.members.erase(p.members.begin() + 6);
         },
         QStringLiteral("Delete Lars Nilsson")},
        {"add a task",
         [](PlanDocument &d) {
             d.addTask(Task{"T-99",
                            "Write the failover runbook",
                            4,
                            3,
                            std::nullopt,
                            std::nullopt,
                            std::nullopt,
                            ""});
         },
         [](Plan &p) {
             p.tasks.push_back(Task{"T-99",
                                    "Write the failover runbook",
                                    4,
                                    3,
                                    std::nullopt,
                                    std::nullopt,
                                    std::nullopt,
                                    ""});
         },
         QStringLiteral("Add task Write the failover runbook")},
        {"place a backlog task",
         [](PlanDocument &d) {
             Task task = d.plan().tasks[12]; // T-13
             task.start = utc(2026, 12, 1, 8);
             task.region = "emea";
             d.changeTask(task, QStringLiteral("Place task"));
         },
         [](Plan &p) {
             p.tasks[12].start = utc(2026, 12, 1, 8);
             p.tasks[12].region = "emea";
         },
         QStringLiteral("Place task")},
        {"delete a task",
         [](PlanDocument &d) {
             d.removeTask("T-1");
         },
         [](Plan &p) {
             p.tasks.erase(p.tasks.begin());
         },
         QStringLiteral("Delete task Migrate billing database to the new cluster")},
        {"import a member's busy time",
         [](PlanDocument &d) {
             d.replaceBusyTimes("anna", importedMeetings(), QStringLiteral("Import busy time"));
         },
         [](Plan &p) {
             p.members[7].busy = importedMeetings();
         },
         QStringLiteral("Import busy time")},
        {"import a region's holidays",
         [](PlanDocument &d) {
             d.replaceHolidays("emea", importedHolidays(), QStringLiteral("Import holidays"));
         },
         [](Plan &p) {
             p.regions[1].holidays = importedHolidays();
         },
         QStringLiteral("Import holidays")},
    };
    return all;
}

// Every finer change signal of a document, as lines such as "memberRemoved
// lars 6", in the order they came; planChanged() and planReset() counted.
class SignalLog
{
public:
    explicit SignalLog(PlanDocument &d)
    {
        const auto line = [this](QString text) {
            m_lines << text;
        };
        const auto id = [](const std::string &id) {
            return QString::fromStdString(id);
        };
        QObject::connect(&d, &PlanDocument::planNameChanged, &m_context, [=] {
            line(QStringLiteral("planNameChanged"));
        });
        QObject::connect(&d, &PlanDocument::policyChanged, &m_context, [=] {
            line(QStringLiteral("policyChanged"));
        });
        const auto positioned = [=](const char *name) {
            return [=](const std::string &which, std::size_t position) {
                line(QStringLiteral("%1 %2 %3").arg(QLatin1String(name), id(which)).arg(position));
            };
        };
        const auto plain = [=](const char *name) {
            return [=](const std::string &which) {
                line(QStringLiteral("%1 %2").arg(QLatin1String(name), id(which)));
            };
        };
        QObject::connect(&d, &PlanDocument::regionAdded, &m_context, positioned("regionAdded"));
        QObject::connect(&d, &PlanDocument::regionRemoved, &m_context, positioned("regionRemoved"));
        QObject::connect(&d, &PlanDocument::memberAdded, &m_context, positioned("memberAdded"));
        QObject::connect(&d, &PlanDocument::memberRemoved, &m_context, positioned("memberRemoved"));
        QObject::connect(&d, &PlanDocument::taskAdded, &m_context, positioned("taskAdded"));
        QObject::connect(&d, &PlanDocument::taskRemoved, &m_context, positioned("taskRemoved"));
        QObject::connect(&d, &PlanDocument::regionChanged, &m_context, plain("regionChanged"));
        QObject::connect(&d, &PlanDocument::memberChanged, &m_context, plain("memberChanged"));
        QObject::connect(&d, &PlanDocument::taskChanged, &m_context, plain("taskChanged"));
        QObject::connect(&d, &PlanDocument::taskPlaced, &m_context, plain("taskPlaced"));
        QObject::connect(
            &d,
            &PlanDocument::regionMoved,
            &m_context,
            [=](const std::string &which, std::size_t from, std::size_t to) {
                line(QStringLiteral("regionMoved %1 %2 %3").arg(id(which)).arg(from).arg(to));
            });
        QObject::connect(&d, &PlanDocument::planReset, &m_context, [this] {
            ++m_resets;
        });
        // The finer signals come first, planChanged() last.
        QObject::connect(&d, &PlanDocument::planChanged, &m_context, [this] {
            m_lines << QStringLiteral("planChanged");
        });
    }
    // The lines since the last take().
    QStringList take() { return std::exchange(m_lines, {}); }
    int resets() const { return m_resets; }

private:
    QObject m_context;
    QStringList m_lines;
    int m_resets = 0;
};

struct SignalRow {
    const char *name;
    std::function<void(PlanDocument &)> apply;
    QStringList edit; // also what redo emits
    QStringList undo;
};

const std::vector<SignalRow> &signalRows()
{
    // By hand from the demo plan (positions in the comment at the top).
    static const std::vector<SignalRow> rows = {
        {"rename the plan",
         [](PlanDocument &d) {
             d.setPlanName(QStringLiteral("Globex Relay"));
         },
         {QStringLiteral("planNameChanged")},
         {QStringLiteral("planNameChanged")}},
        {"change the policy",
         [](PlanDocument &d) {
             Policy policy = d.plan().policy;
             policy.syncSlot = Minutes{30};
             d.setPolicy(policy);
         },
         {QStringLiteral("policyChanged")},
         {QStringLiteral("policyChanged")}},
        {"add a region",
         [](PlanDocument &d) {
             d.addRegion(Region{"latam", "LATAM", "#009e73"});
         },
         {QStringLiteral("regionAdded latam 3")},
         {QStringLiteral("regionRemoved latam 3")}},
        {"recolour a region",
         [](PlanDocument &d) {
             d.changeRegion(Region{"emea", "EMEA", "#cc79a7"});
         },
         {QStringLiteral("regionChanged emea")},
         {QStringLiteral("regionChanged emea")}},
        {"move the last region to the front",
         [](PlanDocument &d) {
             d.moveRegion("amer", 0);
         },
         {QStringLiteral("regionMoved amer 2 0")},
         {QStringLiteral("regionMoved amer 0 2")}},
        {"move the first region to the end",
         [](PlanDocument &d) {
             d.moveRegion("apac", 2);
         },
         {QStringLiteral("regionMoved apac 0 2")},
         {QStringLiteral("regionMoved apac 2 0")}},
        {"delete a middle region with members and tasks",
         [](PlanDocument &d) {
             d.removeRegion("emea");
         },
         // Members last first, so each position holds as the rows go one by one.
         {QStringLiteral("memberRemoved tom 8"),
          QStringLiteral("memberRemoved anna 7"),
          QStringLiteral("memberRemoved lars 6"),
          QStringLiteral("memberRemoved leila 5"),
          QStringLiteral("taskChanged T-1"),
          QStringLiteral("taskPlaced T-1"),
          QStringLiteral("taskChanged T-5"),
          QStringLiteral("taskPlaced T-5"),
          QStringLiteral("taskChanged T-8"),
          QStringLiteral("taskPlaced T-8"),
          QStringLiteral("taskChanged T-11"),
          QStringLiteral("taskPlaced T-11"),
          QStringLiteral("regionRemoved emea 1")},
         {QStringLiteral("regionAdded emea 1"),
          QStringLiteral("memberAdded leila 5"),
          QStringLiteral("memberAdded lars 6"),
          QStringLiteral("memberAdded anna 7"),
          QStringLiteral("memberAdded tom 8"),
          QStringLiteral("taskChanged T-1"),
          QStringLiteral("taskPlaced T-1"),
          QStringLiteral("taskChanged T-5"),
          QStringLiteral("taskPlaced T-5"),
          QStringLiteral("taskChanged T-8"),
          QStringLiteral("taskPlaced T-8"),
          QStringLiteral("taskChanged T-11"),
          QStringLiteral("taskPlaced T-11")}},
        {"add a member",
         [](PlanDocument &d) {
             Member zoe = member(d.plan(), "nia");
             zoe.id = "zoe";
             zoe.name = "Zoe Park";
             d.addMember(zoe);
         },
         {QStringLiteral("memberAdded zoe 13")},
         {QStringLiteral("memberRemoved zoe 13")}},
        {"move a member to another region",
         [](PlanDocument &d) {
             Member anna = member(d.plan(), "anna");
             anna.region = "amer";
             d.changeMember(anna);
         },
         {QStringLiteral("memberChanged anna")},
         {QStringLiteral("memberChanged anna")}},
        {"delete a member",
         [](PlanDocument &d) {
             d.removeMember("lars");
         },
         {QStringLiteral("memberRemoved lars 6")},
         {QStringLiteral("memberAdded lars 6")}},
        {"add a task",
         [](PlanDocument &d) {
             d.addTask(Task{"T-99",
                            "Write the failover runbook",
                            4,
                            3,
                            std::nullopt,
                            std::nullopt,
                            std::nullopt,
                            ""});
         },
         {QStringLiteral("taskAdded T-99 15")},
         {QStringLiteral("taskRemoved T-99 15")}},
        {"retitle a task (placement unchanged)",
         [](PlanDocument &d) {
             Task task = d.plan().tasks[0];
             task.title = "Migrate billing";
             d.changeTask(task, QStringLiteral("Rename task"));
         },
         {QStringLiteral("taskChanged T-1")},
         {QStringLiteral("taskChanged T-1")}},
        {"place a backlog task",
         [](PlanDocument &d) {
             d.placeTask("T-13", "emea", utc(2026, 12, 1, 8), QStringLiteral("Place"));
         },
         {QStringLiteral("taskChanged T-13"), QStringLiteral("taskPlaced T-13")},
         {QStringLiteral("taskChanged T-13"), QStringLiteral("taskPlaced T-13")}},
        {"unplace a task",
         [](PlanDocument &d) {
             d.unplaceTask("T-2");
         },
         {QStringLiteral("taskChanged T-2"), QStringLiteral("taskPlaced T-2")},
         {QStringLiteral("taskChanged T-2"), QStringLiteral("taskPlaced T-2")}},
        {"delete a task",
         [](PlanDocument &d) {
             d.removeTask("T-1");
         },
         {QStringLiteral("taskRemoved T-1 0")},
         {QStringLiteral("taskAdded T-1 0")}},
        {"import a member's busy time",
         [](PlanDocument &d) {
             d.replaceBusyTimes("anna", importedMeetings(), QStringLiteral("Import"));
         },
         {QStringLiteral("memberChanged anna")},
         {QStringLiteral("memberChanged anna")}},
        {"import a region's holidays",
         [](PlanDocument &d) {
             d.replaceHolidays("emea", importedHolidays(), QStringLiteral("Import"));
         },
         {QStringLiteral("regionChanged emea")},
         {QStringLiteral("regionChanged emea")}},
    };
    return rows;
}

} // namespace

class TestPlanDocument : public QObject
{
    Q_OBJECT

private slots:
    void createdDocumentHoldsThePlan();
    void intention_data();
    void intention();
    void undoneIntentionLeavesTheFileAsItWas_data();
    void undoneIntentionLeavesTheFileAsItWas();
    void removeRegionUndoRestoresMembersAndTasks();
    void deletedRegionsTasksThroughTheFile();
    void finerSignals_data();
    void finerSignals();
    void aMacroEmitsTheSignalsOfItsSteps();
    void namingANewRegionIsPartOfAddingIt();
    void onlyTheNewRegionsNameMerges();
    void aWholeSessionUndoesAndRedoes();
    void failingEditPushesNothing_data();
    void failingEditPushesNothing();
    void nothingToDoPushesNothing();
    void readOnlyDocumentRefusesEdits();
    void saveAsKeepsTheUndoHistory();
    void newIdsAreUnique();
};

void TestPlanDocument::createdDocumentHoldsThePlan()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.sunrelay"));
    {
        auto document = createDemo(path);
        QCOMPARE(document->filePath(), path);
        QVERIFY(!document->isReadOnly());
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(document->plan().name, std::string("Acme Platform"));
        QCOMPARE(document->plan().members.size(), std::size_t(13));
        COMPARE_PLAN(document->plan(), demoPlan());
    }
    COMPARE_PLAN(reopened(path), demoPlan());
}

void TestPlanDocument::intention_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < intentions().size(); ++i)
        QTest::newRow(intentions()[i].name) << int(i);
}

void TestPlanDocument::intention()
{
    QFETCH(int, index);
    const Intention &step = intentions()[std::size_t(index)];
    const Plan original = demoPlan();
    Plan expected = original;
    step.expect(expected);
    QVERIFY(!(expected == original)); // the row describes a change

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.sunrelay"));
    {
        auto document = createDemo(path);
        QSignalSpy changed(document.get(), &PlanDocument::planChanged);
        QSignalSpy failed(document.get(), &PlanDocument::editFailed);
        QUndoStack *stack = document->undoStack();

        step.apply(*document);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->index(), 1);
        QCOMPARE(stack->undoText(), step.undoText);
        QCOMPARE(changed.count(), 1);
        COMPARE_PLAN(document->plan(), expected);

        stack->undo();
        QCOMPARE(stack->index(), 0);
        QCOMPARE(changed.count(), 2);
        COMPARE_PLAN(document->plan(), original);

        stack->redo();
        QCOMPARE(stack->index(), 1);
        QCOMPARE(changed.count(), 3);
        COMPARE_PLAN(document->plan(), expected);

        // Undo and redo once more: the commands replay, not just once.
        stack->undo();
        COMPARE_PLAN(document->plan(), original);
        stack->redo();
        COMPARE_PLAN(document->plan(), expected);
        QCOMPARE(failed.count(), 0);
    }
    // The file has what the document showed, with the document gone.
    COMPARE_PLAN(reopened(path), expected);
}

void TestPlanDocument::undoneIntentionLeavesTheFileAsItWas_data()
{
    intention_data();
}

void TestPlanDocument::undoneIntentionLeavesTheFileAsItWas()
{
    QFETCH(int, index);
    const Intention &step = intentions()[std::size_t(index)];
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.sunrelay"));
    {
        auto document = createDemo(path);
        step.apply(*document);
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
    }
    COMPARE_PLAN(reopened(path), demoPlan());
}

void TestPlanDocument::removeRegionUndoRestoresMembersAndTasks()
{
    // The table above covers the whole plan; this spells out the positions
    // and placements that undo must give back, after other edits moved
    // things around.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.sunrelay"));
    auto document = createDemo(path);
    QUndoStack *stack = document->undoStack();

    document->removeRegion("emea");
    const Plan &plan = document->plan();
    QCOMPARE(plan.regions.size(), std::size_t(2));
    QCOMPARE(plan.members.size(), std::size_t(9)); // 13 - leila, lars, anna, tom
    QVERIFY(!plan.memberIndex("anna"));
    QCOMPARE(plan.members[5].id, std::string("diego")); // amer moved up behind apac
    QVERIFY(!plan.tasks[0].region); // T-1 in the backlog
    QVERIFY(!plan.tasks[0].start);

    stack->undo();
    QCOMPARE(plan.regions[1].id, std::string("emea"));
    QCOMPARE(plan.regions[1].name, std::string("EMEA"));
    const std::vector<std::string> ids = {"sam",
                                          "kenji",
                                          "mei",
                                          "priya",
                                          "arjun",
                                          "leila",
                                          "lars",
                                          "anna",
                                          "tom",
                                          "diego",
                                          "nia",
                                          "maya",
                                          "lucas"};
    QCOMPARE(plan.members.size(), ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        QCOMPARE(plan.members[i].id, ids[i]);
    QCOMPARE(plan.members[7].zone.name(), std::string("Europe/Berlin"));
    QCOMPARE(plan.members[7].timeOff.size(), std::size_t(1)); // 2026-12-24 .. 31
    for (const std::size_t t : {0u, 4u, 7u, 10u}) {
        QVERIFY(plan.tasks[t].region == "emea");
        QVERIFY(plan.tasks[t].start);
    }
    QCOMPARE(*plan.tasks[0].start, utc(2026, 11, 30, 8)); // T-1: 2026-11-30T08:00:00Z
    QCOMPARE(*plan.tasks[10].start, utc(2026, 12, 7, 9)); // T-11: 2026-12-07T09:00:00Z

    // Redo takes them again; undo once more restores them again.
    stack->redo();
    QCOMPARE(plan.members.size(), std::size_t(9));
    stack->undo();
    document.reset();
    COMPARE_PLAN(reopened(path), demoPlan());
}

void TestPlanDocument::namingANewRegionIsPartOfAddingIt()
{
    // The team dock's Add region: "Region 4" is added, and its name editor
    // opens at once; naming it LATAM is the same intention, one undo step.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.sunrelay"));
    const Region added{"latam", "Region 4", "#CC79A7"};
    Plan named = demoPlan();
    named.regions.push_back(Region{"latam", "LATAM", "#CC79A7"});
    {
        auto document = createDemo(path);
        QUndoStack *stack = document->undoStack();
        document->addRegion(added);
        Region renamed = document->plan().regions.back();
        renamed.name = "LATAM";
        document->changeRegion(renamed);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Add region LATAM"));
        COMPARE_PLAN(document->plan(), named);

        stack->undo();
        COMPARE_PLAN(document->plan(), demoPlan());
        // Redo adds it under its final name.
        stack->redo();
        COMPARE_PLAN(document->plan(), named);
        stack->undo();
        stack->redo();
        QCOMPARE(stack->count(), 1);
    }
    COMPARE_PLAN(reopened(path), named);
}

void TestPlanDocument::onlyTheNewRegionsNameMerges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.sunrelay"));
    auto document = createDemo(path);
    QUndoStack *stack = document->undoStack();
    document->addRegion(Region{"latam", "Region 4", "#CC79A7"});
    // Another region renamed next is its own step, and so is renaming the
    // new one after that.
    document->changeRegion(Region{"emea", "Europe", demoPlan().regions[1].color});
    document->changeRegion(Region{"latam", "LATAM", "#CC79A7"});
    QCOMPARE(stack->count(), 3);
    QCOMPARE(stack->text(0), QStringLiteral("Add region Region 4"));
    QCOMPARE(stack->text(1), QStringLiteral("Rename region EMEA to Europe"));
    QCOMPARE(stack->text(2), QStringLiteral("Rename region Region 4 to LATAM"));
    // A colour change right after an add is a step of its own.
    document->addRegion(Region{"nordics", "Region 5", "#56B4E9"});
    document->changeRegion(Region{"nordics", "Region 5", "#D55E00"});
    QCOMPARE(stack->count(), 5);
    QCOMPARE(stack->undoText(), QStringLiteral("Change colour of Region 5"));
    // A second rename of an existing region does not merge into the first.
    document->changeRegion(Region{"nordics", "Nordics", "#D55E00"});
    document->changeRegion(Region{"nordics", "North", "#D55E00"});
    QCOMPARE(stack->count(), 7);
    // Renaming to the same name is no step at all.
    document->changeRegion(document->plan().regions.back());
    QCOMPARE(stack->count(), 7);
    while (stack->canUndo())
        stack->undo();
    document.reset();
    COMPARE_PLAN(reopened(path), demoPlan());
}

void TestPlanDocument::aWholeSessionUndoesAndRedoes()
{
    // Every intention of the table in a row where they do not collide, then
    // all undone and all redone.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.sunrelay"));
    const Plan original = demoPlan();
    std::vector<Plan> states = {original};
    {
        auto document = createDemo(path);
        QUndoStack *stack = document->undoStack();
        // EMEA is renamed before it is deleted: the step names it as it is then.
        const std::vector<std::pair<const char *, QString>> session = {
            {"rename the plan", {}},
            {"change the policy", {}},
            {"add a region", {}},
            {"edit a region", {}},
            {"change a member", {}},
            {"add a member", {}},
            {"place a backlog task", {}},
            {"add a task", {}},
            {"delete a member", {}},
            {"delete a task", {}},
            {"move the last region to the front", {}},
            {"delete a middle region with members and tasks",
             QStringLiteral("Delete region Europe & Middle East")},
        };
        for (const auto &[name, text] : session) {
            const auto step =
                std::find_if(intentions().begin(), intentions().end(), [&](const Intention &i) {
                    return qstrcmp(i.name, name) == 0;
                });
            QVERIFY(step != intentions().end());
            step->apply(*document);
            QCOMPARE(stack->undoText(), text.isEmpty() ? step->undoText : text);
            states.push_back(document->plan());
        }
        QCOMPARE(stack->count(), 12);
        // Spot checks of the final plan, by hand: EMEA was deleted last, so
        // Anna's changed deep work and Lars's deletion went with it; Zoe was
        // added to AMER, which is now first.
        const Plan &plan = document->plan();
        QCOMPARE(plan.name, std::string("Globex Relay"));
        QCOMPARE(plan.regions.size(), std::size_t(3)); // amer, apac, latam
        QCOMPARE(plan.regions[0].id, std::string("amer"));
        QCOMPARE(plan.regions[2].id, std::string("latam"));
        QCOMPARE(plan.members.size(), std::size_t(10)); // 13 + zoe - 4 of emea
        QCOMPARE(plan.members.back().id, std::string("zoe"));
        QCOMPARE(plan.tasks.size(), std::size_t(15)); // + T-99 - T-1
        QCOMPARE(plan.tasks[11].id, std::string("T-13"));
        QVERIFY(!plan.tasks[11].region); // placed in emea, so back in the backlog

        for (std::size_t i = states.size() - 1; i > 0; --i) {
            stack->undo();
            COMPARE_PLAN(document->plan(), states[i - 1]);
        }
        for (std::size_t i = 1; i < states.size(); ++i) {
            stack->redo();
            COMPARE_PLAN(document->plan(), states[i]);
        }
        // Back to the middle, where the file is left.
        for (int i = 0; i < 6; ++i)
            stack->undo();
    }
    COMPARE_PLAN(reopened(path), states[6]);
}

void TestPlanDocument::failingEditPushesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    // The store's words for the problem inside the app's sentence.
    QTest::newRow("duplicate region id")
        << 0 << QStringLiteral("This change cannot be made: there is already a region \"emea\".");
    QTest::newRow("duplicate member id")
        << 1 << QStringLiteral("This change cannot be made: there is already a member \"anna\".");
    QTest::newRow("duplicate task id")
        << 2 << QStringLiteral("This change cannot be made: there is already a task \"T-1\".");
    QTest::newRow("member in a region that does not exist") << 3 << QString();
}

void TestPlanDocument::failingEditPushesNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.sunrelay"));
    {
        auto document = createDemo(path);
        QSignalSpy changed(document.get(), &PlanDocument::planChanged);
        QSignalSpy failed(document.get(), &PlanDocument::editFailed);
        Member stranger = member(document->plan(), "anna");
        switch (kind) {
        case 0:
            document->addRegion(Region{"emea", "Another EMEA", "#000000"});
            break;
        case 1:
            stranger.name = "Anna Two";
            document->addMember(stranger);
            break;
        case 2:
            document->addTask(
                Task{"T-1", "Again", 1, 1, std::nullopt, std::nullopt, std::nullopt, ""});
            break;
        case 3:
            stranger.id = "stranger";
            stranger.region = "nowhere";
            document->addMember(stranger);
            break;
        }
        QCOMPARE(failed.count(), 1);
        const QString said = failed.first().first().toString();
        if (!message.isEmpty())
            QCOMPARE(said, message);
        else
            QVERIFY2(said.contains(QLatin1String("nowhere")), qPrintable(said));
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
        COMPARE_PLAN(document->plan(), demoPlan());
    }
    COMPARE_PLAN(reopened(path), demoPlan());
}

void TestPlanDocument::nothingToDoPushesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto document = createDemo(dir.filePath(QStringLiteral("plan.sunrelay")));
    QSignalSpy changed(document.get(), &PlanDocument::planChanged);
    QSignalSpy failed(document.get(), &PlanDocument::editFailed);
    document->changeRegion(Region{"gone", "Gone", "#000000"});
    document->moveRegion("emea", 1); // already there
    document->moveRegion("gone", 0);
    document->removeRegion("gone");
    document->changeMember(member(document->plan(), "anna"), QStringLiteral("Nothing"));
    document->removeMember("gone");
    document->changeTask(document->plan().tasks[0], QStringLiteral("Nothing"));
    document->removeTask("gone");
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TestPlanDocument::readOnlyDocumentRefusesEdits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.sunrelay"));
    createDemo(path).reset();
    auto opened = PlanDocument::open(path, store::OpenMode::ReadOnly);
    QVERIFY(opened);
    auto document = std::move(opened).value();
    QVERIFY(document->isReadOnly());
    QSignalSpy failed(document.get(), &PlanDocument::editFailed);
    document->setPlanName(QStringLiteral("Renamed"));
    document->removeMember("anna");
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("This plan is open read-only; changes cannot be saved."));
    QCOMPARE(document->undoStack()->count(), 0);
    COMPARE_PLAN(document->plan(), demoPlan());
    document.reset();
    COMPARE_PLAN(reopened(path), demoPlan());
}

void TestPlanDocument::saveAsKeepsTheUndoHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("first.sunrelay"));
    const QString second = dir.filePath(QStringLiteral("second.sunrelay"));
    const Plan original = demoPlan();
    {
        auto document = createDemo(first);
        QUndoStack *stack = document->undoStack();
        QSignalSpy moved(document.get(), &PlanDocument::filePathChanged);
        document->setPlanName(QStringLiteral("Renamed"));
        document->removeMember("lars");

        QVERIFY(!document->saveAs(second));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(document->filePath(), second);
        QCOMPARE(stack->count(), 2);

        // Undo both steps on the copy, redo the rename, add a member.
        stack->undo();
        QCOMPARE(document->plan().members.size(), std::size_t(13));
        QCOMPARE(document->plan().members[6].id, std::string("lars"));
        stack->undo();
        QCOMPARE(document->plan().name, std::string("Acme Platform"));
        stack->redo();
        QCOMPARE(document->plan().name, std::string("Renamed"));
        document->addRegion(Region{"latam", "LATAM", "#009e73"});
        QCOMPARE(stack->count(), 2); // the rename and the new region
        QCOMPARE(stack->undoText(), QStringLiteral("Add region LATAM"));
    }
    // The copy has the edits made after Save As ...
    Plan expectedSecond = original;
    expectedSecond.name = "Renamed";
    expectedSecond.regions.push_back(Region{"latam", "LATAM", "#009e73"});
    COMPARE_PLAN(reopened(second), expectedSecond);
    // ... and the first file stayed as it was at Save As.
    Plan expectedFirst = original;
    expectedFirst.name = "Renamed";
    expectedFirst.members.erase(expectedFirst.members.begin() + 6); // lars
    COMPARE_PLAN(reopened(first), expectedFirst);
}

void TestPlanDocument::newIdsAreUnique()
{
    const std::string a = PlanDocument::newId();
    const std::string b = PlanDocument::newId();
    QVERIFY(a != b);
    QCOMPARE(a.size(), std::size_t(36)); // a UUID without braces: 8-4-4-4-12
    QCOMPARE(a[8], '-');
}

void TestPlanDocument::deletedRegionsTasksThroughTheFile()
{
    // Deleting EMEA unplaces T-1, T-5, T-8 and T-11 (region and start
    // cleared); the file keeps that, and after undo the file has every task's
    // region and start as the demo plan has them.
    const Plan demo = demoPlan();
    const std::vector<std::size_t> emeaTasks = {0, 4, 7, 10}; // T-1, T-5, T-8, T-11
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString deleted = dir.filePath(QStringLiteral("deleted.sunrelay"));
    const QString undone = dir.filePath(QStringLiteral("undone.sunrelay"));
    {
        auto document = createDemo(deleted);
        document->removeRegion("emea");
    }
    {
        const Plan plan = reopened(deleted);
        QCOMPARE(plan.tasks.size(), demo.tasks.size());
        for (std::size_t t = 0; t < plan.tasks.size(); ++t) {
            const bool wasEmea =
                std::find(emeaTasks.begin(), emeaTasks.end(), t) != emeaTasks.end();
            QVERIFY2(wasEmea ? !plan.tasks[t].region && !plan.tasks[t].start
                             : plan.tasks[t] == demo.tasks[t],
                     demo.tasks[t].id.c_str());
        }
    }
    {
        auto document = createDemo(undone);
        QUndoStack *stack = document->undoStack();
        document->removeRegion("emea");
        stack->undo();
        for (std::size_t t = 0; t < demo.tasks.size(); ++t) {
            QVERIFY2(document->plan().tasks[t].region == demo.tasks[t].region,
                     demo.tasks[t].id.c_str());
            QVERIFY2(document->plan().tasks[t].start == demo.tasks[t].start,
                     demo.tasks[t].id.c_str());
        }
        // Redo unplaces them again, and undo gives them back again.
        stack->redo();
        for (const std::size_t t : emeaTasks)
            QVERIFY(!document->plan().tasks[t].isPlaced());
        stack->undo();
    }
    COMPARE_PLAN(reopened(undone), demo);
}

void TestPlanDocument::finerSignals_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < signalRows().size(); ++i)
        QTest::newRow(signalRows()[i].name) << int(i);
}

void TestPlanDocument::finerSignals()
{
    // Each step emits its finer signals once, then planChanged() once; undo
    // emits the opposite (an add's undo is a removal), redo the same as the
    // edit.
    QFETCH(int, index);
    const SignalRow &row = signalRows()[std::size_t(index)];
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto document = createDemo(dir.filePath(QStringLiteral("plan.sunrelay")));
    SignalLog log(*document);
    QUndoStack *stack = document->undoStack();
    const auto withChanged = [](QStringList lines) {
        lines << QStringLiteral("planChanged");
        return lines;
    };

    row.apply(*document);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(log.take(), withChanged(row.edit));
    stack->undo();
    QCOMPARE(log.take(), withChanged(row.undo));
    stack->redo();
    QCOMPARE(log.take(), withChanged(row.edit));
    stack->undo();
    QCOMPARE(log.take(), withChanged(row.undo));
    QCOMPARE(log.resets(), 0);
}

void TestPlanDocument::aMacroEmitsTheSignalsOfItsSteps()
{
    // An import is a macro of adds (MainWindow's member CSV import): one undo
    // step that emits each add's signals, and on undo each removal, last
    // first.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto document = createDemo(dir.filePath(QStringLiteral("plan.sunrelay")));
    SignalLog log(*document);
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(QStringLiteral("Import team.csv"));
    document->addRegion(Region{"latam", "LATAM", "#009e73"});
    Member zoe = member(document->plan(), "nia");
    zoe.id = "zoe";
    zoe.region = "latam";
    document->addMember(zoe);
    stack->endMacro();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(log.take(),
             (QStringList{QStringLiteral("regionAdded latam 3"),
                          QStringLiteral("planChanged"),
                          QStringLiteral("memberAdded zoe 13"),
                          QStringLiteral("planChanged")}));
    stack->undo();
    QCOMPARE(log.take(),
             (QStringList{QStringLiteral("memberRemoved zoe 13"),
                          QStringLiteral("planChanged"),
                          QStringLiteral("regionRemoved latam 3"),
                          QStringLiteral("planChanged")}));
    stack->redo();
    QCOMPARE(log.take(),
             (QStringList{QStringLiteral("regionAdded latam 3"),
                          QStringLiteral("planChanged"),
                          QStringLiteral("memberAdded zoe 13"),
                          QStringLiteral("planChanged")}));
    QCOMPARE(log.resets(), 0);
}

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "tst_plan_document.moc"
