#pragma once

// ConflictsPanel: the Conflicts dock: every conflict with the maker schedule
// in the days the user looks at (the timeline's visible days, or the next
// four weeks), as ConflictsModel lists them; sortable by each column, a text
// filter and a severity filter. Double-click or Enter on a row emits
// conflictActivated(); the window shows it on the timeline or in My week.
// The panel edits nothing.
//
// Example:
//   auto *conflicts = new ConflictsPanel(document, dock);
//   connect(timeline, &TimelineView::visibleRangeChanged, conflicts,
//           &ConflictsPanel::setVisibleRange);
//   connect(conflicts, &ConflictsPanel::conflictsChanged, dock, [dock](int n) {
//       dock->setWindowTitle(conflictsTitle(n));   // "Conflicts (3)"
//   });

#include "gui/text/time_format.h"

#include "sunrelay/core/conflict.h"

#include <QWidget>

#include <memory>
#include <optional>

class QTableView;

namespace sunrelay::gui
{

class ConflictsModel;
class PlanDocument;

class ConflictsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class SeverityFilter {
        All,
        Errors,
        Warnings,
        Info
    };
    // Which days are searched: those the timeline shows (whole days in the
    // reference zone), or four weeks from today's start.
    enum class Span {
        VisibleDays,
        NextFourWeeks
    };

    explicit ConflictsPanel(PlanDocument *document, QWidget *parent = nullptr);
    ~ConflictsPanel() override;

    void setReferenceZone(const TimeZone &zone);
    void setClockStyle(ClockStyle style);
    // "Today" for Next 4 weeks; the system clock unless set (tests).
    void setNow(Instant now);

    void setSpan(Span span);
    Span span() const;
    // The instants searched now.
    Interval window() const;
    void setSeverityFilter(SeverityFilter filter);
    void setTextFilter(const QString &text);

    // All conflicts in the window, whatever the filters show.
    int count() const;
    // The most severe of them; nullopt when there is none.
    std::optional<Severity> worstSeverity() const;

    ConflictsModel *model() const;
    QTableView *table() const;

public slots:
    // The timeline's visible range (whole days of it are searched).
    void setVisibleRange(const sunrelay::Interval &visible);

signals:
    void conflictActivated(const sunrelay::Conflict &conflict);
    // The conflicts in the window changed (after an edit, its undo, or a new
    // window); `count` of them (count()).
    void conflictsChanged(int count);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// "Conflicts (3)": the dock's title; "Conflicts" when there is none.
QString conflictsTitle(int count);
// "3 conflicts", "1 conflict", "No conflicts": the status bar's words.
QString conflictCountText(int count);

} // namespace sunrelay::gui
