#pragma once

// ConflictsStatus: the status bar's permanent conflict count: the icon of the
// most severe conflict and "3 conflicts" (the Conflicts dock's window), a
// flat button that raises the dock when clicked.
//
// Example:
//   auto *status = new ConflictsStatus(statusBar());
//   statusBar()->addPermanentWidget(status);
//   connect(panel, &ConflictsPanel::conflictsChanged, status, [=] {
//       status->showCount(panel->count(), panel->worstSeverity());
//   });
//   connect(status, &QToolButton::clicked, dock, &QDockWidget::raise);

#include "sunrelay/core/conflict.h"

#include <QToolButton>

#include <optional>

namespace sunrelay::gui
{

class ConflictsStatus : public QToolButton
{
    Q_OBJECT

public:
    explicit ConflictsStatus(QWidget *parent = nullptr);

    // `count` conflicts, the worst of them `worst` (none: no icon).
    void showCount(int count, std::optional<Severity> worst);
};

} // namespace sunrelay::gui
