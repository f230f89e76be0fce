#include "gui/team/team_panel.h"

#include "gui/dialogs/member_dialog.h"
#include "gui/models/members_model.h"
#include "gui/document/plan_document.h"
#include "gui/models/regions_model.h"
#include "gui/style/theme_icon.h"

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

namespace sunrelay::gui {

namespace {
// Sorts members by the clicked column and, among equal keys, in plan order
// whichever way the column sorts: a table that keeps its order when the
// document changes or the user sorts by another column and back.
class MembersSortModel : public QSortFilterProxyModel {
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
    QToolButton *colourButton = nullptr;
    QToolButton *upButton = nullptr;
    QToolButton *downButton = nullptr;
    QToolButton *removeRegionButton = nullptr;
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
        else if (!text.isEmpty())
            emptyMembers->setText(TeamPanel::tr("No member matches “%1”.").arg(text));
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

namespace {
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

TeamPanel::TeamPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;
    d->regions = new RegionsModel(document, this);
    d->members = new MembersModel(document, this);
    d->filtered = new MembersSortModel(this);
    d->filtered->setSourceModel(d->members);
    d->filtered->setSortRole(MembersModel::SortRole);
    d->filtered->setFilterKeyColumn(-1);
    d->filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);

    // Regions.
    auto *regionsLabel = new QLabel(tr("&Regions"), this);
    d->regionList = new QListView(this);
    d->regionList->setModel(d->regions);
    d->regionList->setDragDropMode(QAbstractItemView::InternalMove);
    d->regionList->setDefaultDropAction(Qt::MoveAction);
    d->regionList->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    d->regionList->setAccessibleName(tr("Regions"));
    regionsLabel->setBuddy(d->regionList);
    auto *addRegionButton = toolButton(QStringLiteral("list-add"), tr("Add region"), this);
    auto *colourButton = d->colourButton =
        toolButton(QStringLiteral("color-management"), tr("Region colour…"), this);
    auto *upButton = d->upButton = toolButton(QStringLiteral("go-up"), tr("Move region up"), this);
    auto *downButton = d->downButton =
        toolButton(QStringLiteral("go-down"), tr("Move region down"), this);
    auto *removeRegionButton = d->removeRegionButton =
        toolButton(QStringLiteral("list-remove"), tr("Delete region"), this);
    auto *regionButtons = new QHBoxLayout;
    for (QToolButton *b : {addRegionButton, colourButton, upButton, downButton, removeRegionButton})
        regionButtons->addWidget(b);
    regionButtons->addStretch();

    // Members.
    auto *membersLabel = new QLabel(tr("&Members"), this);
    d->filter = new QLineEdit(this);
    d->filter->setPlaceholderText(tr("Filter by name, region or zone"));
    d->filter->setClearButtonEnabled(true);
    d->filter->setAccessibleName(tr("Filter members"));
    d->memberTable = new QTableView(this);
    d->memberTable->setModel(d->filtered);
    d->memberTable->setSortingEnabled(true);
    d->memberTable->sortByColumn(MembersModel::Region, Qt::AscendingOrder);
    d->memberTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->memberTable->setSelectionMode(QAbstractItemView::SingleSelection);
    d->memberTable->verticalHeader()->hide();
    d->memberTable->horizontalHeader()->setStretchLastSection(true);
    d->memberTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitted to the rows in sight: Qt's default measures up to 1,000 rows on
    // every edit that may reorder them, 50 ms an edit with 1,000 members.
    d->memberTable->horizontalHeader()->setResizeContentsPrecision(0);
    d->memberTable->horizontalHeader()->setSectionResizeMode(MembersModel::Name,
                                                             QHeaderView::Interactive);
    d->memberTable->setAlternatingRowColors(true);
    // Tab moves on to the next control, as in every other list: rows are
    // chosen with the arrow keys.
    d->memberTable->setTabKeyNavigation(false);
    d->memberTable->setAccessibleName(tr("Members"));
    d->memberTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    membersLabel->setBuddy(d->memberTable);
    d->emptyMembers = new QLabel(d->memberTable->viewport());
    d->emptyMembers->setObjectName(QStringLiteral("emptyMembers"));
    d->emptyMembers->setAlignment(Qt::AlignCenter);
    d->emptyMembers->setWordWrap(true);
    d->emptyMembers->setForegroundRole(QPalette::PlaceholderText);
    d->emptyMembers->hide();
    auto *emptyLayout = new QVBoxLayout(d->memberTable->viewport());
    emptyLayout->addWidget(d->emptyMembers);
    auto *addMemberButton = toolButton(QStringLiteral("list-add-user"), tr("Add member…"), this);
    auto *editMemberButton = d->editMemberButton = toolButton(
        QStringLiteral("document-edit"),
        document->isReadOnly() ? tr("Show member…") : tr("Edit member…"), this);
    auto *removeMemberButton = d->removeMemberButton =
        toolButton(QStringLiteral("list-remove-user"), tr("Delete member"), this);
    auto *memberButtons = new QHBoxLayout;
    for (QToolButton *b : {addMemberButton, editMemberButton, removeMemberButton})
        memberButtons->addWidget(b);
    memberButtons->addWidget(d->filter, 1);

    auto *regionsBox = new QWidget(this);
    auto *regionsLayout = new QVBoxLayout(regionsBox);
    regionsLayout->setContentsMargins(0, 0, 0, 0);
    regionsLayout->addWidget(regionsLabel);
    regionsLayout->addWidget(d->regionList);
    regionsLayout->addLayout(regionButtons);
    auto *membersBox = new QWidget(this);
    auto *membersLayout = new QVBoxLayout(membersBox);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addWidget(membersLabel);
    membersLayout->addLayout(memberButtons);
    membersLayout->addWidget(d->memberTable);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(regionsBox);
    splitter->addWidget(membersBox);
    splitter->setStretchFactor(1, 3);
    d->notice = new QLabel(this);
    d->notice->setObjectName(QStringLiteral("deletionNotice"));
    d->notice->setAccessibleName(tr("Notice"));
    d->notice->setWordWrap(true);
    d->notice->setFrameShape(QFrame::StyledPanel);
    d->notice->setMargin(6);
    d->notice->setTextFormat(Qt::PlainText);
    d->notice->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(d->notice);
    // A notice speaks of the change just made: the next one (its undo
    // included) makes it stale. Shown after the deletion's own planChanged().
    connect(document, &PlanDocument::planChanged, d->notice, &QWidget::hide);

    connect(d->filter, &QLineEdit::textChanged, d->filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(d->filter, &QLineEdit::textChanged, this, [this] { d->updateEmptyMembers(); });
    connect(d->filtered, &QAbstractItemModel::modelReset, this, [this] { d->updateEmptyMembers(); });
    connect(d->filtered, &QAbstractItemModel::layoutChanged, this, [this] { d->updateEmptyMembers(); });
    connect(d->filtered, &QAbstractItemModel::rowsInserted, this, [this] { d->updateEmptyMembers(); });
    connect(d->filtered, &QAbstractItemModel::rowsRemoved, this, [this] { d->updateEmptyMembers(); });
    connect(addRegionButton, &QToolButton::clicked, this, &TeamPanel::addRegion);
    connect(colourButton, &QToolButton::clicked, this, [this] {
        const auto id = d->selectedRegion();
        const auto index = id ? d->document->plan().regionIndex(*id) : std::nullopt;
        if (!index)
            return;
        Region region = d->document->plan().regions[*index];
        const QColor colour = QColorDialog::getColor(QColor(QString::fromStdString(region.color)),
                                                     this, tr("Colour of %1").arg(QString::fromStdString(region.name)));
        if (!colour.isValid())
            return;
        region.color = colour.name().toStdString();
        emit regionEdited(region);
    });
    const auto moveBy = [this](int delta) {
        const auto id = d->selectedRegion();
        const auto index = id ? d->document->plan().regionIndex(*id) : std::nullopt;
        if (!index)
            return;
        const int target = int(*index) + delta;
        if (target < 0 || target >= int(d->document->plan().regions.size()))
            return;
        emit regionMoved(*id, std::size_t(target));
        d->regionList->setCurrentIndex(d->regions->index(target));
    };
    connect(upButton, &QToolButton::clicked, this, [moveBy] { moveBy(-1); });
    connect(downButton, &QToolButton::clicked, this, [moveBy] { moveBy(1); });
    connect(removeRegionButton, &QToolButton::clicked, this, [this] {
        const auto id = d->selectedRegion();
        const auto index = id ? d->document->plan().regionIndex(*id) : std::nullopt;
        if (!index)
            return;
        const Plan &plan = d->document->plan();
        const QString name = QString::fromStdString(plan.regions[*index].name);
        const auto unplaced = tasksPlacedIn(plan, *id);
        // Deleting is undoable; only a region that still has members asks,
        // with a button that says what it does (UI.md).
        if (!plan.membersOf(*index).empty()) {
            QMessageBox box(QMessageBox::Question, tr("Delete region"),
                            regionDeletionQuestion(plan, *id), QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("deleteRegionDialog"));
            QPushButton *remove = box.addButton(tr("&Delete Region"), QMessageBox::AcceptRole);
            remove->setIcon(themeIcon(QStringLiteral("edit-delete")));
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != remove)
                return;
            emit regionDeleted(*id);
            return;
        }
        emit regionDeleted(*id);
        // Not asked: say afterwards what went back to the backlog.
        if (!unplaced.empty() && !d->document->plan().regionIndex(*id))
            d->showNotice(tr("Deleted %1: %2 went back to the backlog. Edit > Undo puts them "
                             "back.", nullptr, int(unplaced.size()))
                              .arg(name, taskListText(unplaced)));
    });
    // Escape in the name editor Add Region opened takes the add back: naming
    // is part of adding, so Escape cancels both and leaves no undo step.
    connect(d->regionList->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                const std::string added = std::exchange(d->namingRegion, {});
                if (added.empty() || hint != QAbstractItemDelegate::RevertModelCache)
                    return;
                // Queued: the view is still closing the editor of the row.
                QTimer::singleShot(0, this, [this, added] {
                    emit regionAddCancelled(added);
                    if (d->document->plan().regionIndex(added))
                        return; // the add was not the last step: it stays
                    d->currentRegion = d->regionBeforeAdd;
                    d->restoreRegion();
                    d->updateButtons();
                });
            });
    connect(addMemberButton, &QToolButton::clicked, this, &TeamPanel::addMember);
    connect(editMemberButton, &QToolButton::clicked, this, [this] {
        if (const auto id = d->selectedMember())
            editMember(*id);
    });
    connect(d->memberTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        editMember(index.data(MembersModel::MemberIdRole).toString().toStdString());
    });
    connect(removeMemberButton, &QToolButton::clicked, this, [this] {
        const auto id = d->selectedMember();
        if (!id)
            return;
        // Undoable, so not asked (UI.md): the panel says afterwards what it
        // did to the tasks, worked out from the plan before the deletion.
        const QString notice =
            memberDeletionNotice(d->document->plan(), d->document->routes(), *id);
        emit memberDeleted(*id);
        if (!notice.isEmpty() && !d->document->plan().memberIndex(*id))
            d->showNotice(notice + u' ' + tr("Edit > Undo brings the member back."));
    });

    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, d->members, &MembersModel::refreshClock);
    clock->start(30 * 1000);

    // The models follow edits row by row, so views keep their selections;
    // a reset (PlanDocument::planReset()) puts them back by id.
    connect(d->regionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    d->currentRegion = current.data(RegionsModel::RegionIdRole).toString().toStdString();
                d->updateButtons();
            });
    connect(d->regions, &QAbstractItemModel::modelReset, this, [this] {
        d->restoreRegion();
        d->updateButtons();
    });
    // Up and down depend on the row count and the current row's place, which
    // rows coming, going and moving change after currentChanged() was sent.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(d->regions, signal, this, [this] { d->updateButtons(); });
    connect(d->regions, &QAbstractItemModel::rowsMoved, this, [this] { d->updateButtons(); });
    connect(d->memberTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    d->currentMember = current.data(MembersModel::MemberIdRole).toString().toStdString();
                d->updateButtons();
            });
    connect(d->filtered, &QAbstractItemModel::modelReset, this, [this] {
        d->restoreMember();
        d->updateButtons();
    });
    connect(d->filtered, &QAbstractItemModel::layoutChanged, this, [this] { d->updateButtons(); });
    connect(d->filtered, &QAbstractItemModel::rowsRemoved, this, [this] { d->updateButtons(); });

    const bool writable = !document->isReadOnly();
    for (QToolButton *b : {addRegionButton, addMemberButton})
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
        QMessageBox::information(this, tr("Add member"),
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
        dialog.setWindowTitle(tr("%1 [read-only]").arg(name));
        dialog.exec();
        return;
    }
    dialog.setWindowTitle(tr("Edit %1").arg(name));
    if (dialog.exec() == QDialog::Accepted)
        emit memberEdited(dialog.member());
}

void connectTeamPanel(TeamPanel &panel, PlanDocument &document)
{
    PlanDocument *doc = &document;
    QObject::connect(&panel, &TeamPanel::regionAdded, doc,
                     [doc](const Region &region) { doc->addRegion(region); });
    QObject::connect(&panel, &TeamPanel::regionAddCancelled, doc,
                     [doc](const std::string &id) { doc->discardAddedRegion(id); });
    QObject::connect(&panel, &TeamPanel::regionEdited, doc,
                     [doc](const Region &region) { doc->changeRegion(region); });
    QObject::connect(&panel, &TeamPanel::regionMoved, doc,
                     [doc](const std::string &id, std::size_t position) {
                         doc->moveRegion(id, position);
                     });
    QObject::connect(&panel, &TeamPanel::regionDeleted, doc,
                     [doc](const std::string &id) { doc->removeRegion(id); });
    QObject::connect(&panel, &TeamPanel::memberAdded, doc,
                     [doc](const Member &member) { doc->addMember(member); });
    QObject::connect(&panel, &TeamPanel::memberEdited, doc,
                     [doc](const Member &member) { doc->changeMember(member); });
    QObject::connect(&panel, &TeamPanel::memberDeleted, doc,
                     [doc](const std::string &id) { doc->removeMember(id); });
}

QString taskListText(const std::vector<std::string> &ids)
{
    const auto id = [&](std::size_t i) { return QString::fromStdString(ids[i]); };
    switch (ids.size()) {
    case 0:
        return {};
    case 1:
        return id(0);
    case 2:
        return TeamPanel::tr("%1 and %2", "two task ids").arg(id(0), id(1));
    case 3:
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
    return TeamPanel::tr("Delete %1 and its %n member(s)?", nullptr, members).arg(name) + u' ' +
           TeamPanel::tr("%1 will be unplaced. You can undo this.", "%1: task ids",
                         int(unplaced.size()))
               .arg(taskListText(unplaced));
}

QString memberDeletionNotice(const Plan &plan, const PlanRoutes &routes,
                             const std::string &memberId)
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
        if (works[t] && std::find(waiting.begin(), waiting.end(), plan.tasks[t].id) == waiting.end())
            rerouted.push_back(plan.tasks[t].id);

    QStringList sentences;
    if (!waiting.empty())
        sentences << TeamPanel::tr("%1 is the last member of %2: %3 will wait until someone covers "
                                   "%2 again.",
                                   "%3: task ids", int(waiting.size()))
                         .arg(name, region, taskListText(waiting));
    if (!rerouted.empty()) {
        if (last)
            sentences << TeamPanel::tr("%1 works %2; they will be re-routed.", "%2: task ids",
                                       int(rerouted.size()))
                             .arg(name, taskListText(rerouted));
        else
            sentences << TeamPanel::tr("%1 works %2; they will be re-routed to the rest of %3.",
                                       "%2: task ids", int(rerouted.size()))
                             .arg(name, taskListText(rerouted), region);
    }
    return sentences.join(u' ');
}

} // namespace sunrelay::gui
