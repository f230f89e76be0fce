#include "gui/team/team_panel.h"

#include "gui/dialogs/member_dialog.h"
#include "gui/document/plan_document.h"
#include "gui/models/members_model.h"
#include "gui/models/regions_model.h"
#include "gui/style/theme_icon.h"
#include "gui/widgets/row_table.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace sunrelay::gui
{

namespace
{
// Sorts members by the clicked column and, among equal keys, in plan order
// whichever way the column sorts: a table that keeps its order when the
// document changes or the user sorts by another column and back.
class MembersSortModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (QSortFilterProxyModel::lessThan(left, right))
            return true;
        if (QSortFilterProxyModel::lessThan(right, left))
            return false;
        // Descending sorts ask lessThan(right, left): flip the tie-break so
        // plan order reads top to bottom both ways.
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row()
                                                 : left.row() > right.row();
    }
};
} // namespace

struct TeamPanel::Private {
    TeamPanel *q = nullptr;
    std::optional<std::set<std::string>> shownMembers; // what the timeline was told
    PlanDocument *document = nullptr;
    RegionsModel *regions = nullptr;
    MembersModel *members = nullptr;
    QSortFilterProxyModel *filtered = nullptr;
    QListView *regionList = nullptr;
    QTableView *memberTable = nullptr;
    QLineEdit *filter = nullptr;
    QLabel *emptyMembers = nullptr; // over the table when it shows no row
    QToolButton *addRegionButton = nullptr;
    QToolButton *colourButton = nullptr;
    QToolButton *upButton = nullptr;
    QToolButton *downButton = nullptr;
    QToolButton *removeRegionButton = nullptr;
    QToolButton *addMemberButton = nullptr;
    QToolButton *editMemberButton = nullptr;
    QToolButton *removeMemberButton = nullptr;
    // What a deletion did to the placed tasks, until the next change.
    QLabel *notice = nullptr;
    // The selections by id, put back when a model resets (planReset()).
    std::string currentRegion;
    std::string currentMember;
    // The region Add Region just added while its name editor is open; the
    // region selected before it.
    std::string namingRegion;
    std::string regionBeforeAdd;

    // The parts of the panel, made and wired by the constructor in this order.
    void makeModels();
    QWidget *makeRegionsBox();
    void makeMemberTable();
    QWidget *makeMembersBox();
    void makeNotice();
    void connectFilter();
    void connectRegionButtons();
    void connectMemberButtons();
    void followRegionSelection();
    void followMemberSelection();
    // What the region and member buttons do.
    void chooseRegionColour();
    void moveRegionBy(int delta);
    void deleteRegion();
    void cancelRegionAdd(const std::string &added);
    void deleteMember();

    void restoreRegion()
    {
        for (int row = 0; row < regions->rowCount(); ++row) {
            const QModelIndex index = regions->index(row);
            if (index.data(RegionsModel::RegionIdRole).toString().toStdString() == currentRegion) {
                regionList->setCurrentIndex(index);
                return;
            }
        }
    }
    void restoreMember()
    {
        for (int row = 0; row < filtered->rowCount(); ++row) {
            const QModelIndex index = filtered->index(row, 0);
            if (index.data(MembersModel::MemberIdRole).toString().toStdString() == currentMember) {
                memberTable->setCurrentIndex(index);
                memberTable->scrollTo(index);
                return;
            }
        }
    }
    void showNotice(const QString &text)
    {
        notice->setText(text);
        notice->show();
    }
    // An empty table says why: nothing matches the filter, or no members yet.
    void updateEmptyMembers()
    {
        const QString text = filter->text().trimmed();
        if (filtered->rowCount() > 0)
            emptyMembers->hide();
        //: Placeholder over the Team panel's member table when the filter matches nobody; %1 is the
        //: filter text
        else if (!text.isEmpty())
            emptyMembers->setText(TeamPanel::tr("No member matches “%1”.").arg(text));
        //: Placeholder over the Team panel's member table when the plan has no members
        else
            emptyMembers->setText(TeamPanel::tr("No members yet."));
        emptyMembers->setVisible(filtered->rowCount() == 0);
        updateShownMembers();
    }
    // The timeline shows the members the filter lets through ("just me").
    void updateShownMembers()
    {
        std::optional<std::set<std::string>> shown;
        if (!filter->text().trimmed().isEmpty()) {
            shown.emplace();
            for (int row = 0; row < filtered->rowCount(); ++row)
                shown->insert(filtered->index(row, 0)
                                  .data(MembersModel::MemberIdRole)
                                  .toString()
                                  .toStdString());
        }
        if (shown == shownMembers)
            return;
        shownMembers = shown;
        emit q->shownMembersChanged(shownMembers);
    }
    void updateButtons()
    {
        const bool writable = !document->isReadOnly();
        const QModelIndex region = regionList->currentIndex();
        const bool hasRegion = region.isValid();
        colourButton->setEnabled(writable && hasRegion);
        removeRegionButton->setEnabled(writable && hasRegion);
        upButton->setEnabled(writable && hasRegion && region.row() > 0);
        downButton->setEnabled(writable && hasRegion && region.row() < regions->rowCount() - 1);
        const bool hasMember = memberTable->currentIndex().isValid();
        // Read-only, the member dialog still shows the member.
        editMemberButton->setEnabled(hasMember);
        removeMemberButton->setEnabled(writable && hasMember);
    }

    std::optional<std::string> selectedRegion() const
    {
        const QModelIndex index = regionList->currentIndex();
        if (!index.isValid())
            return std::nullopt;
        return index.data(RegionsModel::RegionIdRole).toString().toStdString();
    }
    std::optional<std::string> selectedMember() const
    {
        const QModelIndex index = memberTable->currentIndex();
        if (!index.isValid())
            return std::nullopt;
        return index.data(MembersModel::MemberIdRole).toString().toStdString();
    }
};

namespace
{
QToolButton *toolButton(const QString &iconName, const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(themeIcon(iconName));
    button->setText(text);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setToolButtonStyle(button->icon().isNull() ? Qt::ToolButtonTextOnly
                                                       : Qt::ToolButtonIconOnly);
    button->setAutoRaise(true);
    return button;
}
} // namespace

void TeamPanel::Private::makeModels()
{
    regions = new RegionsModel(document, q);
    members = new MembersModel(document, q);
    filtered = new MembersSortModel(q);
    filtered->setSourceModel(members);
    filtered->setSortRole(MembersModel::SortRole);
    filtered->setFilterKeyColumn(-1);
    filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
}

QWidget *TeamPanel::Private::makeRegionsBox()
{
    //: Heading of the Team panel's list of regions (team sites)
    auto *regionsLabel = new QLabel(TeamPanel::tr("&Regions"), q);
    regionList = new QListView(q);
    regionList->setModel(regions);
    regionList->setDragDropMode(QAbstractItemView::InternalMove);
    regionList->setDefaultDropAction(Qt::MoveAction);
    regionList->setEditTriggers(QAbstractItemView::DoubleClicked
                                | QAbstractItemView::EditKeyPressed);
    //: Accessible name of the Team panel's list of regions (team sites)
    regionList->setAccessibleName(TeamPanel::tr("Regions"));
    regionsLabel->setBuddy(regionList);
    //: Tooltip of a tool button in the Team panel: adds a region
    addRegionButton = toolButton(QStringLiteral("list-add"), TeamPanel::tr("Add region"), q);
    //: Tooltip of a tool button in the Team panel: picks the selected region's colour
    colourButton =
        toolButton(QStringLiteral("color-management"), TeamPanel::tr("Region colour…"), q);
    //: Tooltip of a tool button in the Team panel: moves the selected region up the list
    upButton = toolButton(QStringLiteral("go-up"), TeamPanel::tr("Move region up"), q);
    //: Tooltip of a tool button in the Team panel: moves the selected region down the list
    downButton = toolButton(QStringLiteral("go-down"), TeamPanel::tr("Move region down"), q);
    //: Tooltip of a tool button in the Team panel: deletes the selected region
    removeRegionButton =
        toolButton(QStringLiteral("list-remove"), TeamPanel::tr("Delete region"), q);
    auto *regionButtons = new QHBoxLayout;
    for (QToolButton *b : {addRegionButton, colourButton, upButton, downButton, removeRegionButton})
        regionButtons->addWidget(b);
    regionButtons->addStretch();

    auto *regionsBox = new QWidget(q);
    auto *regionsLayout = new QVBoxLayout(regionsBox);
    regionsLayout->setContentsMargins(0, 0, 0, 0);
    regionsLayout->addWidget(regionsLabel);
    regionsLayout->addWidget(regionList);
    regionsLayout->addLayout(regionButtons);
    return regionsBox;
}

void TeamPanel::Private::makeMemberTable()
{
    memberTable = new QTableView(q);
    memberTable->setModel(filtered);
    //: Accessible name of the Team panel's member table
    setUpRowTable(memberTable, TeamPanel::tr("Members"));
    memberTable->setSortingEnabled(true);
    memberTable->sortByColumn(MembersModel::Region, Qt::AscendingOrder);
    memberTable->horizontalHeader()->setStretchLastSection(true);
    memberTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitted to the rows in sight: Qt's default measures up to 1,000 rows on
    // every edit that may reorder them, 50 ms an edit with 1,000 members.
    memberTable->horizontalHeader()->setResizeContentsPrecision(0);
    memberTable->horizontalHeader()->setSectionResizeMode(MembersModel::Name,
                                                          QHeaderView::Interactive);
    emptyMembers = addEmptyTableLabel(memberTable, QStringLiteral("emptyMembers"));
}

QWidget *TeamPanel::Private::makeMembersBox()
{
    //: Heading of the Team panel's member table
    auto *membersLabel = new QLabel(TeamPanel::tr("&Members"), q);
    filter = new QLineEdit(q);
    filter->setPlaceholderText(TeamPanel::tr("Filter by name, region or zone"));
    filter->setClearButtonEnabled(true);
    //: Accessible name of the filter field above the Team panel's member table
    filter->setAccessibleName(TeamPanel::tr("Filter members"));
    makeMemberTable();
    membersLabel->setBuddy(memberTable);
    //: Tooltip of a tool button in the Team panel: opens the dialog that adds a member
    addMemberButton = toolButton(QStringLiteral("list-add-user"), TeamPanel::tr("Add member…"), q);
    //: Tooltip of a tool button in the Team panel: shows the selected member (plan opened
    //: read-only)
    const QString showMember = TeamPanel::tr("Show member…");
    //: Tooltip of a tool button in the Team panel: opens the selected member for editing
    const QString editMember = TeamPanel::tr("Edit member…");
    editMemberButton = toolButton(QStringLiteral("document-edit"),
                                  document->isReadOnly() ? showMember : editMember,
                                  q);
    //: Tooltip of a tool button in the Team panel: deletes the selected member
    removeMemberButton =
        toolButton(QStringLiteral("list-remove-user"), TeamPanel::tr("Delete member"), q);
    auto *memberButtons = new QHBoxLayout;
    for (QToolButton *b : {addMemberButton, editMemberButton, removeMemberButton})
        memberButtons->addWidget(b);
    memberButtons->addWidget(filter, 1);

    auto *membersBox = new QWidget(q);
    auto *membersLayout = new QVBoxLayout(membersBox);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addWidget(membersLabel);
    membersLayout->addLayout(memberButtons);
    membersLayout->addWidget(memberTable);
    return membersBox;
}

void TeamPanel::Private::makeNotice()
{
    notice = new QLabel(q);
    notice->setObjectName(QStringLiteral("deletionNotice"));
    //: Screen-reader name of a note above the members table
    notice->setAccessibleName(TeamPanel::tr("Notice"));
    notice->setWordWrap(true);
    notice->setFrameShape(QFrame::StyledPanel);
    notice->setMargin(6);
    notice->setTextFormat(Qt::PlainText);
    notice->hide();
    // A notice speaks of the change just made: the next one (its undo
    // included) makes it stale. Shown after the deletion's own planChanged().
    QObject::connect(document, &PlanDocument::planChanged, notice, &QWidget::hide);
}

void TeamPanel::Private::connectFilter()
{
    QObject::connect(filter,
                     &QLineEdit::textChanged,
                     filtered,
                     &QSortFilterProxyModel::setFilterFixedString);
    QObject::connect(filter, &QLineEdit::textChanged, q, [this] {
        updateEmptyMembers();
    });
    QObject::connect(filtered, &QAbstractItemModel::modelReset, q, [this] {
        updateEmptyMembers();
    });
    QObject::connect(filtered, &QAbstractItemModel::layoutChanged, q, [this] {
        updateEmptyMembers();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(filtered, signal, q, [this] {
            updateEmptyMembers();
        });
}

void TeamPanel::Private::chooseRegionColour()
{
    const auto id = selectedRegion();
    const auto index = id ? document->plan().regionIndex(*id) : std::nullopt;
    if (!index)
        return;
    Region region = document->plan().regions[*index];
    //: Title of the colour dialog for a region; %1 is the region's name
    const QColor colour = QColorDialog::getColor(
        QColor(QString::fromStdString(region.color)),
        q,
        TeamPanel::tr("Colour of %1").arg(QString::fromStdString(region.name)));
    if (!colour.isValid())
        return;
    region.color = colour.name().toStdString();
    emit q->regionEdited(region);
}

void TeamPanel::Private::moveRegionBy(int delta)
{
    const auto id = selectedRegion();
    const auto index = id ? document->plan().regionIndex(*id) : std::nullopt;
    if (!index)
        return;
    const int target = int(*index) + delta;
    if (target < 0 || target >= int(document->plan().regions.size()))
        return;
    emit q->regionMoved(*id, std::size_t(target));
    regionList->setCurrentIndex(regions->index(target));
}

void TeamPanel::Private::deleteRegion()
{
    const auto id = selectedRegion();
    const auto index = id ? document->plan().regionIndex(*id) : std::nullopt;
    if (!index)
        return;
    const Plan &plan = document->plan();
    const QString name = QString::fromStdString(plan.regions[*index].name);
    const auto unplaced = tasksPlacedIn(plan, *id);
    // Deleting is undoable; only a region that still has members asks,
    // with a button that says what it does (UI.md).
    if (!plan.membersOf(*index).empty()) {
        QMessageBox box(QMessageBox::Question,
                        TeamPanel::tr("Delete region"),
                        regionDeletionQuestion(plan, *id),
                        QMessageBox::Cancel,
                        q);
        box.setObjectName(QStringLiteral("deleteRegionDialog"));
        //: Button in the box asking whether to delete a region
        QPushButton *remove =
            box.addButton(TeamPanel::tr("&Delete Region"), QMessageBox::AcceptRole);
        remove->setIcon(themeIcon(QStringLiteral("edit-delete")));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return;
        emit q->regionDeleted(*id);
        return;
    }
    emit q->regionDeleted(*id);
    // Not asked: say afterwards what went back to the backlog.
    if (!unplaced.empty() && !document->plan().regionIndex(*id))
        showNotice(TeamPanel::tr("Deleted %1: %2 went back to the backlog. Edit > Undo puts them "
                                 "back.",
                                 nullptr,
                                 int(unplaced.size()))
                       .arg(name, taskListText(unplaced)));
}

void TeamPanel::Private::connectRegionButtons()
{
    QObject::connect(addRegionButton, &QToolButton::clicked, q, &TeamPanel::addRegion);
    QObject::connect(colourButton, &QToolButton::clicked, q, [this] {
        chooseRegionColour();
    });
    QObject::connect(upButton, &QToolButton::clicked, q, [this] {
        moveRegionBy(-1);
    });
    QObject::connect(downButton, &QToolButton::clicked, q, [this] {
        moveRegionBy(1);
    });
    QObject::connect(removeRegionButton, &QToolButton::clicked, q, [this] {
        deleteRegion();
    });
    // Escape in the name editor Add Region opened takes the add back: naming
    // is part of adding, so Escape cancels both and leaves no undo step.
    QObject::connect(regionList->itemDelegate(),
                     &QAbstractItemDelegate::closeEditor,
                     q,
                     [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                         const std::string added = std::exchange(namingRegion, {});
                         if (added.empty() || hint != QAbstractItemDelegate::RevertModelCache)
                             return;
                         // Queued: the view is still closing the editor of the row.
                         QTimer::singleShot(0, q, [this, added] {
                             cancelRegionAdd(added);
                         });
                     });
}

void TeamPanel::Private::cancelRegionAdd(const std::string &added)
{
    emit q->regionAddCancelled(added);
    if (document->plan().regionIndex(added))
        return; // the add was not the last step: it stays
    currentRegion = regionBeforeAdd;
    restoreRegion();
    updateButtons();
}

void TeamPanel::Private::deleteMember()
{
    const auto id = selectedMember();
    if (!id)
        return;
    // Undoable, so not asked (UI.md): the panel says afterwards what it
    // did to the tasks, worked out from the plan before the deletion.
    const QString text = memberDeletionNotice(document->plan(), document->routes(), *id);
    emit q->memberDeleted(*id);
    if (!text.isEmpty() && !document->plan().memberIndex(*id))
        showNotice(text + u' ' + TeamPanel::tr("Edit > Undo brings the member back."));
}

void TeamPanel::Private::connectMemberButtons()
{
    QObject::connect(addMemberButton, &QToolButton::clicked, q, &TeamPanel::addMember);
    QObject::connect(editMemberButton, &QToolButton::clicked, q, [this] {
        if (const auto id = selectedMember())
            q->editMember(*id);
    });
    QObject::connect(memberTable, &QTableView::activated, q, [this](const QModelIndex &index) {
        q->editMember(index.data(MembersModel::MemberIdRole).toString().toStdString());
    });
    QObject::connect(removeMemberButton, &QToolButton::clicked, q, [this] {
        deleteMember();
    });
}

// The models follow edits row by row, so views keep their selections;
// a reset (PlanDocument::planReset()) puts them back by id.
void TeamPanel::Private::followRegionSelection()
{
    QObject::connect(regionList->selectionModel(),
                     &QItemSelectionModel::currentChanged,
                     q,
                     [this](const QModelIndex &current) {
                         if (current.isValid())
                             currentRegion =
                                 current.data(RegionsModel::RegionIdRole).toString().toStdString();
                         updateButtons();
                     });
    QObject::connect(regions, &QAbstractItemModel::modelReset, q, [this] {
        restoreRegion();
        updateButtons();
    });
    // Up and down depend on the row count and the current row's place, which
    // rows coming, going and moving change after currentChanged() was sent.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(regions, signal, q, [this] {
            updateButtons();
        });
    QObject::connect(regions, &QAbstractItemModel::rowsMoved, q, [this] {
        updateButtons();
    });
}

void TeamPanel::Private::followMemberSelection()
{
    QObject::connect(memberTable->selectionModel(),
                     &QItemSelectionModel::currentChanged,
                     q,
                     [this](const QModelIndex &current) {
                         if (current.isValid())
                             currentMember =
                                 current.data(MembersModel::MemberIdRole).toString().toStdString();
                         updateButtons();
                     });
    QObject::connect(filtered, &QAbstractItemModel::modelReset, q, [this] {
        restoreMember();
        updateButtons();
    });
    QObject::connect(filtered, &QAbstractItemModel::layoutChanged, q, [this] {
        updateButtons();
    });
    QObject::connect(filtered, &QAbstractItemModel::rowsRemoved, q, [this] {
        updateButtons();
    });
}

TeamPanel::TeamPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;
    d->makeModels();
    QWidget *regionsBox = d->makeRegionsBox();
    QWidget *membersBox = d->makeMembersBox();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(regionsBox);
    splitter->addWidget(membersBox);
    splitter->setStretchFactor(1, 3);
    d->makeNotice();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(d->notice);

    d->connectFilter();
    d->connectRegionButtons();
    d->connectMemberButtons();

    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, d->members, &MembersModel::refreshClock);
    clock->start(30 * 1000);

    d->followRegionSelection();
    d->followMemberSelection();

    const bool writable = !document->isReadOnly();
    for (QToolButton *b : {d->addRegionButton, d->addMemberButton})
        b->setEnabled(writable);
    d->updateButtons();
    d->updateEmptyMembers();
}

TeamPanel::~TeamPanel()
{
    // The views outlive d while QWidget's destructor runs (focus moves, an
    // open name editor closes): their signals must not reach it then.
    d->regionList->selectionModel()->disconnect(this);
    d->memberTable->selectionModel()->disconnect(this);
    d->regions->disconnect(this);
    d->filtered->disconnect(this);
    d->regionList->itemDelegate()->disconnect(this);
}

void TeamPanel::addRegion()
{
    const Plan &plan = d->document->plan();
    Region region;
    region.id = PlanDocument::newId();
    //: Default name of a newly added region; %1 is its number in the list
    region.name = tr("Region %1").arg(plan.regions.size() + 1).toStdString();
    region.color = defaultRegionColor(plan.regions.size());
    const std::string before = d->currentRegion;
    emit regionAdded(region);
    const auto added = d->document->plan().regionIndex(region.id);
    if (!added)
        return; // refused (reported by the document) or not connected
    const QModelIndex index = d->regions->index(int(*added));
    d->regionList->setCurrentIndex(index);
    d->regionList->edit(index);
    if (d->regionList->indexWidget(index)) { // the name editor opened
        d->namingRegion = region.id;
        d->regionBeforeAdd = before;
    }
}

void TeamPanel::addMember()
{
    const Plan &plan = d->document->plan();
    if (plan.regions.empty()) {
        //: Title of the message box that asks to add a region before adding a member
        QMessageBox::information(this,
                                 tr("Add member"),
                                 tr("Add a region first: every member belongs to one."));
        return;
    }
    Member member;
    member.id = PlanDocument::newId();
    member.region = d->selectedRegion().value_or(plan.regions.front().id);
    // Most people work office hours: a new member starts with them, to adjust
    // rather than draw from nothing.
    member.work.ranges = {WeeklyRange{Weekdays::workdays(), Minutes{9 * 60}, Minutes{17 * 60}}};
    MemberDialog dialog(plan, member, this);
    dialog.setWindowTitle(tr("Add member"));
    if (dialog.exec() == QDialog::Accepted)
        emit memberAdded(dialog.member());
}

void TeamPanel::editMember(const std::string &memberId)
{
    const Plan &plan = d->document->plan();
    const auto index = plan.memberIndex(memberId);
    if (!index)
        return;
    const QString name = QString::fromStdString(plan.members[*index].name);
    MemberDialog dialog(plan, plan.members[*index], this);
    if (d->document->isReadOnly()) {
        // Shown, not edited: the file takes no changes.
        dialog.setReadOnly(true);
        // The main window's marker for a read-only plan.
        //: Title of the member dialog for a read-only plan; %1 is the member's name
        dialog.setWindowTitle(tr("%1 [read-only]").arg(name));
        dialog.exec();
        return;
    }
    //: Title of the member dialog; %1 is the member's name
    dialog.setWindowTitle(tr("Edit %1").arg(name));
    if (dialog.exec() == QDialog::Accepted)
        emit memberEdited(dialog.member());
}

void connectTeamPanel(TeamPanel &panel, PlanDocument &document)
{
    PlanDocument *doc = &document;
    QObject::connect(&panel, &TeamPanel::regionAdded, doc, [doc](const Region &region) {
        doc->addRegion(region);
    });
    QObject::connect(&panel, &TeamPanel::regionAddCancelled, doc, [doc](const std::string &id) {
        doc->discardAddedRegion(id);
    });
    QObject::connect(&panel, &TeamPanel::regionEdited, doc, [doc](const Region &region) {
        doc->changeRegion(region);
    });
    QObject::connect(&panel,
                     &TeamPanel::regionMoved,
                     doc,
                     [doc](const std::string &id, std::size_t position) {
                         doc->moveRegion(id, position);
                     });
    QObject::connect(&panel, &TeamPanel::regionDeleted, doc, [doc](const std::string &id) {
        doc->removeRegion(id);
    });
    QObject::connect(&panel, &TeamPanel::memberAdded, doc, [doc](const Member &member) {
        doc->addMember(member);
    });
    QObject::connect(&panel, &TeamPanel::memberEdited, doc, [doc](const Member &member) {
        doc->changeMember(member);
    });
    QObject::connect(&panel, &TeamPanel::memberDeleted, doc, [doc](const std::string &id) {
        doc->removeMember(id);
    });
}

QString taskListText(const std::vector<std::string> &ids)
{
    const auto id = [&](std::size_t i) {
        return QString::fromStdString(ids[i]);
    };
    switch (ids.size()) {
    case 0:
        return {};
    case 1:
        return id(0);
    case 2:
        //: A list of two task ids in a sentence, e.g. "T-3 and T-7"
        return TeamPanel::tr("%1 and %2", "two task ids").arg(id(0), id(1));
    case 3:
        //: A list of three task ids in a sentence, e.g. "T-3, T-7 and T-9"
        return TeamPanel::tr("%1, %2 and %3", "three task ids").arg(id(0), id(1), id(2));
    default:
        // Two named and the rest counted: never more than three items.
        return TeamPanel::tr("%1, %2 and %n more", "task ids", int(ids.size() - 2))
            .arg(id(0), id(1));
    }
}

std::vector<std::string> tasksPlacedIn(const Plan &plan, const std::string &regionId)
{
    std::vector<std::string> ids;
    for (const Task &task : plan.tasks)
        if (task.isPlaced() && task.region == regionId)
            ids.push_back(task.id);
    return ids;
}

QString regionDeletionQuestion(const Plan &plan, const std::string &regionId)
{
    const auto index = plan.regionIndex(regionId);
    if (!index)
        return {};
    const QString name = QString::fromStdString(plan.regions[*index].name);
    const int members = int(plan.membersOf(*index).size());
    const auto unplaced = tasksPlacedIn(plan, regionId);
    if (unplaced.empty())
        return TeamPanel::tr("Delete %1 and its %n member(s)? You can undo this.", nullptr, members)
            .arg(name);
    return TeamPanel::tr("Delete %1 and its %n member(s)?", nullptr, members).arg(name) + u' '
        + TeamPanel::tr("%1 will be unplaced. You can undo this.",
                        "%1: task ids",
                        int(unplaced.size()))
              .arg(taskListText(unplaced));
}

QString
memberDeletionNotice(const Plan &plan, const PlanRoutes &routes, const std::string &memberId)
{
    const auto memberIndex = plan.memberIndex(memberId);
    if (!memberIndex)
        return {};
    const Member &member = plan.members[*memberIndex];
    const auto regionIndex = plan.regionIndex(member.region);
    if (!regionIndex)
        return {};
    const QString name = QString::fromStdString(member.name);
    const QString region = QString::fromStdString(plan.regions[*regionIndex].name);
    const bool last = plan.membersOf(*regionIndex).size() == 1;
    // The tasks whose routes have a segment of the member, in plan order.
    std::vector<bool> works(plan.tasks.size(), false);
    for (const TaskRoute &route : routes.routes)
        for (const RouteSegment &segment : route.segments)
            if (segment.member == *memberIndex && route.task < works.size())
                works[route.task] = true;
    const auto waiting = last ? tasksPlacedIn(plan, member.region) : std::vector<std::string>{};
    std::vector<std::string> rerouted;
    for (std::size_t t = 0; t < plan.tasks.size(); ++t)
        if (works[t]
            && std::find(waiting.begin(), waiting.end(), plan.tasks[t].id) == waiting.end())
            rerouted.push_back(plan.tasks[t].id);

    QStringList sentences;
    if (!waiting.empty())
        sentences << TeamPanel::tr(
                         "%1 is the last member of %2: %3 will wait until someone covers "
                         "%2 again.",
                         "%3: task ids",
                         int(waiting.size()))
                         .arg(name, region, taskListText(waiting));
    if (!rerouted.empty()) {
        if (last)
            sentences << TeamPanel::tr("%1 works %2; they will be re-routed.",
                                       "%2: task ids",
                                       int(rerouted.size()))
                             .arg(name, taskListText(rerouted));
        else
            sentences << TeamPanel::tr("%1 works %2; they will be re-routed to the rest of %3.",
                                       "%2: task ids",
                                       int(rerouted.size()))
                             .arg(name, taskListText(rerouted), region);
    }
    return sentences.join(u' ');
}

} // namespace sunrelay::gui
