#include "gui/conflicts/conflicts_status.h"

#include "gui/conflicts/conflicts_model.h"
#include "gui/conflicts/conflicts_panel.h"
#include "gui/style/theme_icon.h"

namespace sunrelay::gui
{

ConflictsStatus::ConflictsStatus(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("conflictsStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::NoFocus); // the status bar is not a stop for Tab
    //: Tooltip of the conflict count in the status bar
    setToolTip(tr("Show the Conflicts dock"));
    showCount(0, std::nullopt);
}

void ConflictsStatus::showCount(int count, std::optional<Severity> worst)
{
    const QString text = conflictCountText(count);
    setText(text);
    setIcon(worst ? themeIcon(severityIconName(*worst)) : QIcon());
    // The icon's meaning in words too, for screen readers.
    //: Accessible name of the status bar's conflict count; %1 is e.g. "3 conflicts", %2 the worst
    //: severity
    setAccessibleName(worst ? tr("%1, the worst: %2").arg(text, severityText(*worst)) : text);
}

} // namespace sunrelay::gui
