// MembersModel and RegionsModel (gui/members_model.h, gui/regions_model.h)
// under QAbstractItemModelTester while the document changes under them (add,
// remove and move regions, add and remove members, undo and redo), a
// QSortFilterProxyModel over the members as the team dock uses it, and
// reordering regions by drag and drop through the model's private MIME type,
// one undo step per drop.
//
// Expected texts from the demo plan (resources/demo/demo-plan.json), by hand:
//   Anna: Europe/Berlin, EMEA, work Mon-Fri 09:00-17:30 = 8.5 h x 5 = 42.5 h,
//         deep work Mon-Fri 11:30-15:00 = 3.5 h x 5 = 17.5 h
//   Tom:  deep work Mon-Fri 09:00-11:00 = 2 h x 5 = 10 h
//   Lucas: work 06:30-14:30 = 8 h x 5 = 40 h (as Leila 08:00-16:00, Maya 08:00-16:00)
//   regions APAC (5 members), EMEA (4), AMER (4)

#include "gui/document/plan_document.h"
#include "gui/models/members_model.h"
#include "gui/models/regions_model.h"

#include "../gui_test_support.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::clock;
using sunrelay::guitest::demoPlan;

namespace
{

using Mode = QAbstractItemModelTester::FailureReportingMode;

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

const QStringList demoNames = {QStringLiteral("Sam Taylor"),
                               QStringLiteral("Kenji Sato"),
                               QStringLiteral("Mei Chen"),
                               QStringLiteral("Priya Raman"),
                               QStringLiteral("Arjun Mehta"),
                               QStringLiteral("Leila Haddad"),
                               QStringLiteral("Lars Nilsson"),
                               QStringLiteral("Anna Schmidt"),
                               QStringLiteral("Tom Okafor"),
                               QStringLiteral("Diego Alvarez"),
                               QStringLiteral("Nia Johnson"),
                               QStringLiteral("Maya Patel"),
                               QStringLiteral("Lucas Brown")};

std::unique_ptr<PlanDocument> createDemo(const QString &path)
{
    auto created = PlanDocument::create(path, demoPlan());
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(path), created.error().message().c_str());
    return std::move(created).value();
}

// The ids a model's rows show, by `role`.
std::vector<std::string> ids(const QAbstractItemModel &model, int role)
{
    std::vector<std::string> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.push_back(model.index(row, 0).data(role).toString().toStdString());
    return values;
}

// A region row's drag payload, as the list view would ask for it.
std::unique_ptr<QMimeData> dragOf(RegionsModel &model, int row)
{
    return std::unique_ptr<QMimeData>(model.mimeData({model.index(row)}));
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void membersModelData();
    void membersModelFollowsTheDocument();
    void proxyOverMembersSortsAndFilters();
    void regionsModelData();
    void regionsModelFollowsTheDocument();
    void renameInPlaceIsOneUndoStep();
    void dropReordersRegions_data();
    void dropReordersRegions();
    void dropRefusesForeignData();
    void readOnlyRegionsCannotBeDraggedOrEdited();
    void everyKindOfChangeIsTargeted();
    void selectionAndPersistentIndexesSurviveEdits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = createDemo(m_dir->filePath(QStringLiteral("plan.sunrelay")));
}

void TestModels::cleanup()
{
    m_document.reset();
    m_dir.reset();
}

void TestModels::membersModelData()
{
    MembersModel model(m_document.get());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(column(model, MembersModel::Name), demoNames);
    QCOMPARE(model.headerData(MembersModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(model.headerData(MembersModel::DeepWork, Qt::Horizontal).toString(),
             QStringLiteral("Deep work / week"));

    const int anna = 7;
    QCOMPARE(model.index(anna, MembersModel::Name).data(MembersModel::MemberIdRole).toString(),
             QStringLiteral("anna"));
    QCOMPARE(model.index(anna, MembersModel::Region).data().toString(), QStringLiteral("EMEA"));
    QCOMPARE(model.index(anna, MembersModel::Region).data(MembersModel::SortRole).toInt(), 1);
    QCOMPARE(model.index(anna, MembersModel::Region).data(Qt::DecorationRole).value<QColor>(),
             QColor(QString::fromStdString(demoPlan().regions[1].color)));
    QCOMPARE(model.index(anna, MembersModel::Zone).data().toString(),
             QStringLiteral("Europe/Berlin"));
    QCOMPARE(model.index(anna, MembersModel::WorkHours).data().toString(),
             QStringLiteral("42.5 h"));
    QCOMPARE(model.index(anna, MembersModel::WorkHours).data(MembersModel::SortRole).toDouble(),
             42.5);
    QCOMPARE(model.index(anna, MembersModel::DeepWork).data().toString(), QStringLiteral("17.5 h"));
    QCOMPARE(model.index(8, MembersModel::DeepWork).data().toString(), QStringLiteral("10.0 h"));
    // A link stays as the plan wrote it.
    QCOMPARE(model.index(4, MembersModel::Zone).data().toString(), QStringLiteral("Asia/Calcutta"));
    QCOMPARE(model.index(anna, MembersModel::WorkHours).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestModels::membersModelFollowsTheDocument()
{
    MembersModel model(m_document.get());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(MembersModel::SortRole);
    proxy.sort(MembersModel::Region);
    QAbstractItemModelTester proxyTester(&proxy, Mode::QtTest);
    QUndoStack *stack = m_document->undoStack();

    // Deleting EMEA takes its 4 members: 9 rows, the others in order.
    m_document->removeRegion("emea");
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(proxy.rowCount(), 9);
    QStringList withoutEmea = demoNames;
    withoutEmea.remove(5, 4);
    QCOMPARE(column(model, MembersModel::Name), withoutEmea);
    stack->undo();
    QCOMPARE(column(model, MembersModel::Name), demoNames);
    stack->redo();
    QCOMPARE(model.rowCount(), 9);
    stack->undo();

    // Adding a member appends a row; undo takes it away.
    Member zoe{"zoe",
               "Zoe Park",
               "amer",
               *TimeZone::find("America/Denver"),
               WeeklyPattern{{WeeklyRange{Weekdays::workdays(), clock(9), clock(17)}}},
               {},
               {},
               {}};
    m_document->addMember(zoe);
    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(model.index(13, MembersModel::Name).data().toString(), QStringLiteral("Zoe Park"));
    QCOMPARE(model.index(13, MembersModel::WorkHours).data().toString(), QStringLiteral("40.0 h"));
    stack->undo();
    QCOMPARE(model.rowCount(), 13);
    stack->redo();
    QCOMPARE(model.rowCount(), 14);

    // Removing a member.
    m_document->removeMember("anna");
    QCOMPARE(model.rowCount(), 13);
    QVERIFY(!column(model, MembersModel::Name).contains(QStringLiteral("Anna Schmidt")));
    stack->undo();
    QCOMPARE(model.index(7, MembersModel::Name).data().toString(), QStringLiteral("Anna Schmidt"));

    // Moving and adding regions changes the region column's sort key.
    m_document->moveRegion("amer", 0);
    QCOMPARE(model.index(12, MembersModel::Region).data(MembersModel::SortRole).toInt(), 0);
    QCOMPARE(proxy.index(0, MembersModel::Region).data().toString(), QStringLiteral("AMER"));
    m_document->addRegion(Region{"latam", "LATAM", "#009e73"});
    m_document->changeRegion(Region{"emea", "Europe", "#e69f00"});
    QCOMPARE(model.index(7, MembersModel::Region).data().toString(), QStringLiteral("Europe"));
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(column(model, MembersModel::Name), demoNames);
    QCOMPARE(model.index(12, MembersModel::Region).data(MembersModel::SortRole).toInt(), 2);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(model.rowCount(), 14);
}

void TestModels::proxyOverMembersSortsAndFilters()
{
    MembersModel model(m_document.get());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(MembersModel::SortRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, Mode::QtTest);

    // Work hours ascending: the three 40 h members first (Leila, Maya, Lucas),
    // then the 42.5 h ones; a stable sort keeps plan order within each.
    proxy.sort(MembersModel::WorkHours, Qt::AscendingOrder);
    QCOMPARE(column(proxy, MembersModel::Name).mid(0, 3),
             (QStringList{QStringLiteral("Leila Haddad"),
                          QStringLiteral("Maya Patel"),
                          QStringLiteral("Lucas Brown")}));
    // Deep work descending: everyone 17.5 h but Maya (12:00-15:00: 15 h) and
    // Lucas (11:30-14:30: 15 h) and Tom (10 h) last.
    proxy.sort(MembersModel::DeepWork, Qt::DescendingOrder);
    QCOMPARE(proxy.index(12, MembersModel::Name).data().toString(), QStringLiteral("Tom Okafor"));

    proxy.setFilterFixedString(QStringLiteral("berlin"));
    QCOMPARE(column(proxy, MembersModel::Name), QStringList{QStringLiteral("Anna Schmidt")});
    proxy.setFilterFixedString(QStringLiteral("emea"));
    QCOMPARE(proxy.rowCount(), 4);

    // The document changes under the filtered proxy.
    m_document->removeMember("anna");
    QCOMPARE(proxy.rowCount(), 3);
    m_document->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), 4);
    m_document->removeRegion("emea");
    QCOMPARE(proxy.rowCount(), 0);
    m_document->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), 13);
}

void TestModels::regionsModelData()
{
    RegionsModel model(m_document.get());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(column(model, 0),
             (QStringList{QStringLiteral("APAC"), QStringLiteral("EMEA"), QStringLiteral("AMER")}));
    QCOMPARE(column(model, 0, RegionsModel::RegionIdRole),
             (QStringList{QStringLiteral("apac"), QStringLiteral("emea"), QStringLiteral("amer")}));
    QCOMPARE(model.index(0).data(RegionsModel::MemberCountRole).toInt(), 5);
    QCOMPARE(model.index(1).data(RegionsModel::MemberCountRole).toInt(), 4);
    QCOMPARE(model.index(2).data(RegionsModel::MemberCountRole).toInt(), 4);
    QCOMPARE(model.index(1).data(Qt::EditRole).toString(), QStringLiteral("EMEA"));
    QCOMPARE(model.index(1).data(Qt::DecorationRole).value<QColor>(),
             QColor(QString::fromStdString(demoPlan().regions[1].color)));
    const Qt::ItemFlags flags = model.flags(model.index(1));
    QVERIFY(flags & Qt::ItemIsEditable);
    QVERIFY(flags & Qt::ItemIsDragEnabled);
    QVERIFY(flags & Qt::ItemIsDropEnabled);
    // Between rows (the invalid parent) takes drops, is not dragged.
    QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QVERIFY(!(model.flags(QModelIndex()) & Qt::ItemIsDragEnabled));
    QCOMPARE(model.mimeTypes(), QStringList{QStringLiteral("application/x-sunrelay-region-id")});
    QCOMPARE(model.supportedDropActions(), Qt::DropActions(Qt::MoveAction));
    QVERIFY(!model.mimeData({}));
}

void TestModels::regionsModelFollowsTheDocument()
{
    RegionsModel model(m_document.get());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    QUndoStack *stack = m_document->undoStack();

    m_document->addRegion(Region{"latam", "LATAM", "#009e73"});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3).data().toString(), QStringLiteral("LATAM"));
    QCOMPARE(model.index(3).data(RegionsModel::MemberCountRole).toInt(), 0);
    m_document->moveRegion("latam", 0);
    QCOMPARE(column(model, 0, RegionsModel::RegionIdRole),
             (QStringList{QStringLiteral("latam"),
                          QStringLiteral("apac"),
                          QStringLiteral("emea"),
                          QStringLiteral("amer")}));
    m_document->removeRegion("emea");
    QCOMPARE(
        column(model, 0, RegionsModel::RegionIdRole),
        (QStringList{QStringLiteral("latam"), QStringLiteral("apac"), QStringLiteral("amer")}));
    // Members leaving or arriving change a region's count.
    m_document->removeMember("sam");
    QCOMPARE(model.index(1).data(RegionsModel::MemberCountRole).toInt(), 4);
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(column(model, 0),
             (QStringList{QStringLiteral("APAC"), QStringLiteral("EMEA"), QStringLiteral("AMER")}));
    QCOMPARE(model.index(0).data(RegionsModel::MemberCountRole).toInt(), 5);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(model.rowCount(), 3);
}

void TestModels::renameInPlaceIsOneUndoStep()
{
    RegionsModel model(m_document.get());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    QVERIFY(model.setData(model.index(1), QStringLiteral("  Europe  ")));
    QCOMPARE(m_document->plan().regions[1].name, std::string("Europe")); // trimmed
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Rename region EMEA to Europe"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Europe"));
    // A blank name is refused and changes nothing.
    QVERIFY(!model.setData(model.index(1), QStringLiteral("   ")));
    QVERIFY(!model.setData(model.index(1), QStringLiteral("X"), Qt::DisplayRole));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("EMEA"));
}

void TestModels::dropReordersRegions_data()
{
    QTest::addColumn<int>("dragged");
    QTest::addColumn<int>("row"); // drop row, -1 for "onto an item"
    QTest::addColumn<int>("parentRow"); // the item dropped onto, -1 for none
    QTest::addColumn<QStringList>("order");
    // The view's drop positions: row r is "before row r", 3 is "after the
    // last"; a row taken from above the drop point moves the rest up by one.
    const QString apac = QStringLiteral("apac");
    const QString emea = QStringLiteral("emea");
    const QString amer = QStringLiteral("amer");
    QTest::newRow("last before the first") << 2 << 0 << -1 << QStringList{amer, apac, emea};
    QTest::newRow("first after the last") << 0 << 3 << -1 << QStringList{emea, amer, apac};
    QTest::newRow("first before the last") << 0 << 2 << -1 << QStringList{emea, apac, amer};
    QTest::newRow("last before the middle") << 2 << 1 << -1 << QStringList{apac, amer, emea};
    // Dropped onto the first item: the last region takes its place.
    QTest::newRow("onto an item above: takes its place")
        << 2 << -1 << 0 << QStringList{amer, apac, emea};
    QTest::newRow("onto the empty space: to the end")
        << 0 << -1 << -1 << QStringList{emea, amer, apac};
}

void TestModels::dropReordersRegions()
{
    QFETCH(int, dragged);
    QFETCH(int, row);
    QFETCH(int, parentRow);
    QFETCH(QStringList, order);
    RegionsModel model(m_document.get());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    const QModelIndex parent = parentRow >= 0 ? model.index(parentRow) : QModelIndex();

    const auto data = dragOf(model, dragged);
    QVERIFY(data);
    QVERIFY(data->hasFormat(QStringLiteral("application/x-sunrelay-region-id")));
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    // The drop is done by the document (which resets the model), so the view
    // must not remove the dragged row itself: dropMimeData says false.
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));

    QCOMPARE(column(model, 0, RegionsModel::RegionIdRole), order);
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Move region"));
    stack->undo();
    QCOMPARE(column(model, 0, RegionsModel::RegionIdRole),
             (QStringList{QStringLiteral("apac"), QStringLiteral("emea"), QStringLiteral("amer")}));
    stack->redo();
    QCOMPARE(column(model, 0, RegionsModel::RegionIdRole), order);
}

void TestModels::dropRefusesForeignData()
{
    RegionsModel model(m_document.get());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    // Dropping a region just below itself is no move: no undo step.
    const auto data = dragOf(model, 1);
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
    // Another action, another MIME type, an unknown region: refused.
    QVERIFY(!model.dropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
    QMimeData text;
    text.setText(QStringLiteral("emea"));
    QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QVERIFY(!model.dropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QMimeData unknown;
    unknown.setData(QStringLiteral("application/x-sunrelay-region-id"), "gone");
    QVERIFY(!model.dropMimeData(&unknown, Qt::MoveAction, 0, 0, {}));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(column(model, 0, RegionsModel::RegionIdRole),
             (QStringList{QStringLiteral("apac"), QStringLiteral("emea"), QStringLiteral("amer")}));
}

void TestModels::readOnlyRegionsCannotBeDraggedOrEdited()
{
    const QString path = m_document->filePath();
    m_document.reset();
    auto opened = PlanDocument::open(path, store::OpenMode::ReadOnly);
    QVERIFY(opened);
    m_document = std::move(opened).value();
    RegionsModel model(m_document.get());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    const Qt::ItemFlags flags = model.flags(model.index(0));
    QVERIFY(flags & Qt::ItemIsEnabled);
    QVERIFY(!(flags & Qt::ItemIsEditable));
    QVERIFY(!(flags & Qt::ItemIsDragEnabled));
}

void TestModels::everyKindOfChangeIsTargeted()
{
    // Both models (and a sorting proxy as the team dock has) under
    // QAbstractItemModelTester through every kind of edit, its undo and its
    // redo: rows always show the plan as it is, and nothing resets.
    MembersModel members(m_document.get());
    RegionsModel regions(m_document.get());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&members);
    proxy.setSortRole(MembersModel::SortRole);
    proxy.sort(MembersModel::Region);
    QAbstractItemModelTester membersTester(&members, Mode::QtTest);
    QAbstractItemModelTester regionsTester(&regions, Mode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, Mode::QtTest);
    QSignalSpy membersReset(&members, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy regionsReset(&regions, &QAbstractItemModel::modelAboutToBeReset);
    const auto showsThePlan = [&](const char *when) {
        const Plan &plan = m_document->plan();
        std::vector<std::string> memberIds, regionIds;
        for (const Member &member : plan.members)
            memberIds.push_back(member.id);
        for (const Region &region : plan.regions)
            regionIds.push_back(region.id);
        QVERIFY2(ids(members, MembersModel::MemberIdRole) == memberIds, when);
        QVERIFY2(ids(regions, RegionsModel::RegionIdRole) == regionIds, when);
        for (std::size_t r = 0; r < plan.regions.size(); ++r) {
            QVERIFY2(regions.index(int(r)).data().toString().toStdString() == plan.regions[r].name,
                     when);
            QVERIFY2(regions.index(int(r)).data(RegionsModel::MemberCountRole).toInt()
                         == int(plan.membersOf(r).size()),
                     when);
        }
        for (std::size_t m = 0; m < plan.members.size(); ++m) {
            const auto region = plan.regionIndex(plan.members[m].region);
            QVERIFY2(members.index(int(m), MembersModel::Name).data().toString().toStdString()
                         == plan.members[m].name,
                     when);
            QVERIFY2(members.index(int(m), MembersModel::Region).data().toString().toStdString()
                         == plan.regions[*region].name,
                     when);
            QVERIFY2(
                members.index(int(m), MembersModel::Region).data(MembersModel::SortRole).toInt()
                    == int(*region),
                when);
        }
        QVERIFY2(proxy.rowCount() == int(plan.members.size()), when);
    };

    Member zoe = m_document->plan().members[10]; // nia's week
    zoe.id = "zoe";
    zoe.name = "Zoe Park";
    Member annaInAmer = m_document->plan().members[7];
    annaInAmer.region = "amer";
    annaInAmer.name = "Anna Weber";
    const std::vector<std::pair<const char *, std::function<void()>>> edits = {
        {"rename the plan",
         [&] {
             m_document->setPlanName(QStringLiteral("Globex"));
         }},
        {"add a region",
         [&] {
             m_document->addRegion(Region{"latam", "LATAM", "#009e73"});
         }},
        {"rename a region",
         [&] {
             m_document->changeRegion(Region{"emea", "Europe", "#e69f00"});
         }},
        {"move a region up",
         [&] {
             m_document->moveRegion("amer", 0);
         }},
        {"move a region down",
         [&] {
             m_document->moveRegion("apac", 3);
         }},
        {"add a member",
         [&] {
             m_document->addMember(zoe);
         }},
        {"move and rename a member",
         [&] {
             m_document->changeMember(annaInAmer);
         }},
        {"delete a member",
         [&] {
             m_document->removeMember("lars");
         }},
        {"delete a region with members",
         [&] {
             m_document->removeRegion("emea");
         }},
        {"delete an empty region",
         [&] {
             m_document->removeRegion("latam");
         }},
        {"place a task",
         [&] {
             m_document->placeTask("T-13",
                                   "apac",
                                   guitest::utc(2026, 12, 1, 8),
                                   QStringLiteral("Place"));
         }},
        {"delete a task",
         [&] {
             m_document->removeTask("T-1");
         }},
    };
    QUndoStack *stack = m_document->undoStack();
    for (const auto &[name, edit] : edits) {
        edit();
        showsThePlan(name);
    }
    QCOMPARE(stack->count(), int(edits.size()));
    while (stack->canUndo()) {
        stack->undo();
        showsThePlan(qPrintable(QStringLiteral("undo ") + stack->redoText()));
    }
    QCOMPARE(column(members, MembersModel::Name), demoNames);
    while (stack->canRedo()) {
        stack->redo();
        showsThePlan(qPrintable(QStringLiteral("redo ") + stack->undoText()));
    }
    QCOMPARE(membersReset.count(), 0);
    QCOMPARE(regionsReset.count(), 0);
}

void TestModels::selectionAndPersistentIndexesSurviveEdits()
{
    // Anna's row and EMEA selected, with persistent indexes on them: edits of
    // other rows (some before them, moving them), their undo and their redo
    // leave the same member and region selected and the indexes on them.
    MembersModel members(m_document.get());
    RegionsModel regions(m_document.get());
    QItemSelectionModel memberSelection(&members);
    QItemSelectionModel regionSelection(&regions);
    memberSelection.setCurrentIndex(members.index(7, 0),
                                    QItemSelectionModel::ClearAndSelect
                                        | QItemSelectionModel::Rows);
    regionSelection.setCurrentIndex(regions.index(1), QItemSelectionModel::ClearAndSelect);
    const QPersistentModelIndex anna(members.index(7, MembersModel::Zone));
    const QPersistentModelIndex emea(regions.index(1));
    QCOMPARE(anna.data(MembersModel::MemberIdRole).toString(), QStringLiteral("anna"));
    QCOMPARE(emea.data(RegionsModel::RegionIdRole).toString(), QStringLiteral("emea"));

    const auto stillSelected = [&](const char *when, int annaRow, int emeaRow) {
        QVERIFY2(anna.isValid() && emea.isValid(), when);
        QVERIFY2(anna.row() == annaRow, when);
        QVERIFY2(emea.row() == emeaRow, when);
        QVERIFY2(anna.data(MembersModel::MemberIdRole).toString() == QLatin1String("anna"), when);
        QVERIFY2(emea.data(RegionsModel::RegionIdRole).toString() == QLatin1String("emea"), when);
        QVERIFY2(memberSelection.currentIndex().row() == annaRow, when);
        QVERIFY2(memberSelection.selectedRows().size() == 1, when);
        QVERIFY2(memberSelection.isRowSelected(annaRow, {}), when);
        QVERIFY2(regionSelection.currentIndex() == QModelIndex(emea), when);
        QVERIFY2(regionSelection.isSelected(emea), when);
    };
    QUndoStack *stack = m_document->undoStack();
    Member nia = m_document->plan().members[10];
    nia.name = "Nia Brown";
    const std::vector<std::tuple<const char *, std::function<void()>, int, int>> edits = {
        // name, edit, Anna's row after it, EMEA's row after it
        {"delete a member above",
         [&] {
             m_document->removeMember("sam");
         },
         6,
         1},
        {"edit a member below",
         [&] {
             m_document->changeMember(nia);
         },
         6,
         1},
        {"move a region above",
         [&] {
             m_document->moveRegion("amer", 0);
         },
         6,
         2},
        {"rename another region",
         [&] {
             m_document->changeRegion(Region{"apac", "Asia", "#0072b2"});
         },
         6,
         2},
        {"delete another region",
         [&] {
             m_document->removeRegion("apac");
         },
         2,
         1},
    };
    for (const auto &[name, edit, annaRow, emeaRow] : edits) {
        edit();
        stillSelected(name, annaRow, emeaRow);
        stack->undo();
        stack->redo();
        stillSelected(name, annaRow, emeaRow);
    }
    while (stack->canUndo())
        stack->undo();
    stillSelected("all undone", 7, 1);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
