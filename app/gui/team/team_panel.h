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

#include <QWidget>

#include <memory>
#include <string>

namespace sunrelay::gui {

class PlanDocument;

class TeamPanel : public QWidget {
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

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Connects the panel's intentions to the document's edits, as the main window
// does (and tests that build a panel alone).
void connectTeamPanel(TeamPanel &panel, PlanDocument &document);

} // namespace sunrelay::gui
