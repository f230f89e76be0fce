#pragma once

// TaskDialog: add or edit one task: title (required), effort in hours, priority
// (1 is the highest), an optional deadline read in a zone the user picks (the
// reference zone unless changed) and notes. Each problem is named under its
// field and OK stays disabled until every field is fine. The placement is not
// edited here (Place at… does that) and is kept as it was.
//
// Example:
//   TaskDialog dialog(plan, TaskDialog::newTask(plan), referenceZone, style, parent);
//   if (dialog.exec() == QDialog::Accepted)
//       emit taskAdded(dialog.task());        // id "T-16" in the demo plan

#include "gui/text/time_format.h"

#include "sunrelay/core/plan.h"

#include <QDialog>

#include <memory>

namespace sunrelay::gui
{

class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    TaskDialog(const Plan &plan,
               const Task &task,
               const TimeZone &referenceZone,
               ClockStyle style,
               QWidget *parent = nullptr);
    ~TaskDialog() override;

    // A task for Add: the next free id (nextTaskId), no title, no effort yet,
    // priority 1, in the backlog.
    static Task newTask(const Plan &plan);

    // The task as edited; meaningful once OK is enabled.
    Task task() const;
    // Whether OK is enabled: every field is fine.
    bool isAcceptable() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The effort typed in the dialog, in hours: the locale's number or a plain
// "1.5"; nullopt when the text is no number. Says nothing about limits
// (isValidEffort()).
std::optional<double> parseEffortHours(const QString &text);

} // namespace sunrelay::gui
