#include "gui/conflicts/conflicts_dock.h"

#include "gui/conflicts/conflicts_panel.h"
#include "gui/conflicts/conflicts_status.h"
#include "gui/timeline/timeline_view.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace sunrelay::gui
{

namespace
{
const QString wantedKey = QStringLiteral("window/conflictsDock");
} // namespace

ConflictsDock::ConflictsDock(QMainWindow *window, QDockWidget *besideDock)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(conflictsTitle(0), window))
    , m_status(new ConflictsStatus(window))
    , m_placeholder(new QLabel(tr("Open a plan to see its conflicts."), m_dock))
    , m_zone(TimeZone::utc())
{
    m_dock->setObjectName(QStringLiteral("conflictsDock"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_dock->toggleViewAction()->setToolTip(tr("Show or hide the Conflicts dock"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    window->tabifyDockWidget(besideDock, m_dock);
    besideDock->raise(); // the Backlog stays in front until the user chooses
    window->statusBar()->addPermanentWidget(m_status);
    m_status->hide();
    connect(m_status, &QToolButton::clicked, this, [this] {
        m_dock->show();
        m_dock->raise();
        if (m_panel)
            m_panel->table()->setFocus();
    });
    m_wanted = QSettings().value(wantedKey, true).toBool();
    closePlan();
}

QAction *ConflictsDock::toggleViewAction() const
{
    return m_dock->toggleViewAction();
}

void ConflictsDock::openPlan(PlanDocument *document, TimelineView *timeline)
{
    delete m_panel;
    m_panel = new ConflictsPanel(document, m_dock);
    m_panel->setObjectName(QStringLiteral("conflicts"));
    m_panel->setReferenceZone(m_zone);
    m_panel->setClockStyle(m_style);
    m_panel->setVisibleRange(timeline->timeGeometry().visible());
    // A dock keeps the widget it shows no longer: the placeholder hides.
    m_placeholder->hide();
    m_dock->setWidget(m_panel);
    connect(timeline,
            &TimelineView::visibleRangeChanged,
            m_panel,
            &ConflictsPanel::setVisibleRange);
    connect(m_panel, &ConflictsPanel::conflictsChanged, this, &ConflictsDock::showCount);
    connect(m_panel, &ConflictsPanel::conflictActivated, this, &ConflictsDock::conflictActivated);
    showCount(0);
    m_status->show();
    m_dock->setVisible(m_wanted);
}

void ConflictsDock::closePlan()
{
    if (m_panel)
        m_wanted = !m_dock->isHidden();
    delete m_panel;
    m_panel = nullptr;
    m_dock->setWidget(m_placeholder);
    m_placeholder->show();
    m_dock->setVisible(false);
    m_status->hide();
    showCount(0);
}

void ConflictsDock::setReferenceZone(const TimeZone &zone)
{
    m_zone = zone;
    if (m_panel)
        m_panel->setReferenceZone(zone);
}

void ConflictsDock::setClockStyle(ClockStyle style)
{
    m_style = style;
    if (m_panel)
        m_panel->setClockStyle(style);
}

void ConflictsDock::saveSettings()
{
    if (m_panel)
        m_wanted = !m_dock->isHidden();
    QSettings().setValue(wantedKey, m_wanted);
}

void ConflictsDock::showCount(int count)
{
    m_dock->setWindowTitle(conflictsTitle(count));
    m_status->showCount(count, m_panel ? m_panel->worstSeverity() : std::nullopt);
}

} // namespace sunrelay::gui
