#pragma once

// TeamPanel: the team dock: regions in region order (rename in place, drag to
// reorder, colour, add, delete) above the members table (sortable, filter by
// any column; add, edit, delete).
//
// It reads the plan from the document and emits what the user asks for as
// intentions (Qt's Undo Framework example: the view says "moved", the
// controller pushes the command); connectTeamPanel() turns them into the
// document's undo steps. Renaming a region in place goes through the regions
// model's setData(), which calls the document as Qt models do.
//
// Example:
//   TeamPanel panel(&document);
//   connectTeamPanel(panel, document);   // as MainWindow does

#include "sunrelay/core/plan.h"
#include "sunrelay/core/routing.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sunrelay::gui
{

class PlanDocument;

class TeamPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TeamPanel(PlanDocument *document, QWidget *parent = nullptr);
    ~TeamPanel() override;

public slots:
    void addRegion();
    void addMember();
    void editMember(const std::string &memberId);

signals:
    // Intentions, each one undo step once connected (connectTeamPanel()).
    void regionAdded(const sunrelay::Region &region);
    // Escape in the name editor Add region opened: take the add back.
    void regionAddCancelled(const std::string &id);
    void regionEdited(const sunrelay::Region &region);
    void regionMoved(const std::string &id, std::size_t position);
    void regionDeleted(const std::string &id);
    void memberAdded(const sunrelay::Member &member);
    // The document names the step by what changed.
    void memberEdited(const sunrelay::Member &member);
    void memberDeleted(const std::string &id);
    // The members the filter lets through, nullopt for all (no filter): the
    // timeline shows only these ("just me").
    void shownMembersChanged(const std::optional<std::set<std::string>> &shown);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Connects the panel's intentions to the document's edits, as the main window
// does (and tests that build a panel alone).
void connectTeamPanel(TeamPanel &panel, PlanDocument &document);

// Task ids as a list that names at most three items: "T-1", "T-1 and T-5",
// "T-1, T-5 and T-7", then "T-1, T-5 and 2 more".
QString taskListText(const std::vector<std::string> &ids);

// The placed tasks that deleting region `regionId` unplaces (task ids, plan
// order).
std::vector<std::string> tasksPlacedIn(const Plan &plan, const std::string &regionId);

// The question before deleting region `regionId`, which still has members:
// "Delete EMEA and its 4 members? T-1, T-5 and 2 more will be unplaced. You
// can undo this."
QString regionDeletionQuestion(const Plan &plan, const std::string &regionId);

// What deleting member `memberId` does to the placed tasks, or empty when it
// touches none: the tasks the member works are re-routed ("Anna works T-2 and
// T-7; they will be re-routed to the rest of EMEA."), and the last member of a
// region leaves its placed tasks nobody to start them ("Anna is the last
// member of EMEA: T-1 and T-5 will wait until someone covers EMEA again.").
QString
memberDeletionNotice(const Plan &plan, const PlanRoutes &routes, const std::string &memberId);

} // namespace sunrelay::gui
