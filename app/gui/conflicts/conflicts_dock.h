#pragma once

// ConflictsDock: what the main window needs for the Conflicts dock, so that
// window/main_window.cpp keeps only a few calls: the dock itself (bottom
// area, tabbed with the Backlog, UI.md), its title with the count
// ("Conflicts (3)"), the status bar's permanent count that raises it, its
// View menu action, and whether the user keeps it open (remembered like the
// other docks; hidden while no plan is open).
//
// Example (in the main window):
//   conflicts = new ConflictsDock(q, backlogDock);          // after restoreState()
//   conflicts->openPlan(document.get(), timeline);          // a plan opened
//   connect(conflicts, &ConflictsDock::conflictActivated, ...);
//   conflicts->closePlan();                                 // before the document goes

#include "gui/text/time_format.h"

#include "sunrelay/core/conflict.h"

#include <QObject>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;

namespace sunrelay::gui
{

class ConflictsPanel;
class ConflictsStatus;
class PlanDocument;
class TimelineView;

class ConflictsDock : public QObject
{
    Q_OBJECT

public:
    // Adds the dock to `window`'s bottom area, tabbed behind `besideDock`,
    // and the count to its status bar.
    ConflictsDock(QMainWindow *window, QDockWidget *besideDock);

    QDockWidget *dock() const { return m_dock; }
    ConflictsStatus *status() const { return m_status; }
    // View > Conflicts.
    QAction *toggleViewAction() const;
    // Null while no plan is open.
    ConflictsPanel *panel() const { return m_panel; }

    // Shows the conflicts of `document` in the days `timeline` shows.
    void openPlan(PlanDocument *document, TimelineView *timeline);
    // Before the document goes; hides the dock (remembering the user's wish).
    void closePlan();
    void setReferenceZone(const TimeZone &zone);
    void setClockStyle(ClockStyle style);
    // Whether the user keeps the dock open, for the next start.
    void saveSettings();

signals:
    // Double-click or Enter on a row.
    void conflictActivated(const sunrelay::Conflict &conflict);

private:
    void showCount(int count);

    QMainWindow *m_window;
    QDockWidget *m_dock;
    ConflictsStatus *m_status;
    QLabel *m_placeholder; // while no plan is open
    ConflictsPanel *m_panel = nullptr;
    TimeZone m_zone;
    ClockStyle m_style = ClockStyle::TwentyFourHour;
    bool m_wanted = true; // the user's choice, while a plan is open
};

} // namespace sunrelay::gui
