#pragma once

// TeamPanel: the team dock: regions in region order (rename in place, drag to
// reorder, colour, add, delete) above the members table (sortable, filter by
// any column; add, edit, delete).

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

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
