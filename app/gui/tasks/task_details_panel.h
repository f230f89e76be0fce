#pragma once

// TaskDetailsPanel: the Task details dock: the selected task's route as core
// computed it: each stretch in the local time of the member working it, each
// handoff with both sides' local times and the sync slot or "async only",
// and the finish against working alone in the starting region (or why alone
// would be sooner). Follows the selection of the backlog and the timeline.

#include "gui/text/time_format.h"

#include <QWidget>

#include <memory>
#include <string>

namespace sunrelay::gui {

class PlanDocument;

class TaskDetailsPanel : public QWidget {
    Q_OBJECT

public:
    explicit TaskDetailsPanel(PlanDocument *document, QWidget *parent = nullptr);
    ~TaskDetailsPanel() override;

    void setReferenceZone(const TimeZone &zone);
    void setClockStyle(ClockStyle style);
    std::string task() const;

    // Every line the panel shows, top to bottom (tests, accessibility).
    QStringList lines() const;

public slots:
    // Shows task `id`; an empty or unknown id shows the empty state.
    void showTask(const std::string &id);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
