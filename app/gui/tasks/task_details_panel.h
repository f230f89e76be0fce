#pragma once

// TaskDetailsPanel: the Task details dock: the selected task's route as core
// computed it: each stretch in the local time of the member working it, each
// handoff with both sides' local times and the sync slot or "async only",
// and the finish against working alone in the starting region (or why alone
// would be sooner). Follows the selection of the backlog and the timeline.
//
// Each handoff has its written note (done / next / blockers / links), edited
// in place and kept when the editor loses focus; the panel emits the edit as
// an intention (handoffNoteEdited) that the window makes an undo step.

#include "gui/text/time_format.h"

#include <QWidget>

class QPlainTextEdit;

#include <memory>
#include <string>

namespace sunrelay::gui
{

class PlanDocument;

class TaskDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TaskDetailsPanel(PlanDocument *document, QWidget *parent = nullptr);
    ~TaskDetailsPanel() override;

    void setReferenceZone(const TimeZone &zone);
    void setClockStyle(ClockStyle style);
    std::string task() const;

    // Every line the panel shows, top to bottom (tests, accessibility).
    QStringList lines() const;
    // The note editor of handoff `number` (1 = the first) of the task shown.
    QPlainTextEdit *noteEditor(int number) const;

    // The template a new note starts from: "Done: \nNext: \nBlockers: \nLinks: ".
    static QString noteTemplate();

public slots:
    // Shows task `id`; an empty or unknown id shows the empty state.
    void showTask(const std::string &id);

signals:
    // The note of task `taskId`'s handoff `number` (1 = its first) is now
    // `text` (empty: no note).
    void handoffNoteEdited(const std::string &taskId, int number, const QString &text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
