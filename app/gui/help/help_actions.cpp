#include "gui/help/help_actions.h"

#include "gui/help/guide_dialog.h"
#include "gui/help/legend_dialog.h"
#include "gui/help/shortcuts_dialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace sunrelay::gui
{

namespace
{

void present(QDialog *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

void addHelpActions(QMainWindow &window, QMenu &view, QMenu &help)
{
    QMainWindow *owner = &window;
    view.addSeparator();
    //: View menu item: opens the Timeline Legend window (what the timeline's marks mean)
    QAction *legend = view.addAction(LegendDialog::tr("Le&gend"), owner, [owner] {
        auto *dialog = owner->findChild<LegendDialog *>();
        if (!dialog)
            dialog = new LegendDialog(owner);
        present(dialog);
    });
    legend->setObjectName(QStringLiteral("showLegend"));

    // No key of its own: Ctrl+F1 and the like mean other things on some
    // desktops.
    //: Help menu item: lists the keyboard shortcuts
    QAction *shortcuts = help.addAction(ShortcutsDialog::tr("&Keyboard Shortcuts"), owner, [owner] {
        // Made afresh each time, so it lists the menus as they are now
        // (Undo's text, actions added since).
        delete owner->findChild<ShortcutsDialog *>();
        auto *dialog = new ShortcutsDialog(*owner->menuBar(), owner);
        present(dialog);
    });
    shortcuts->setObjectName(QStringLiteral("showShortcuts"));
    help.addSeparator();
    const auto showGuide = [owner](GuidePage page) {
        auto *dialog = owner->findChild<GuideDialog *>();
        if (dialog)
            dialog->showPage(page);
        else
            dialog = new GuideDialog(page, owner);
        present(dialog);
    };
    //: Help menu item: opens the guide page on how handoffs are computed
    QAction *handoffs =
        help.addAction(GuideDialog::tr("How &Handoffs Are Computed"), owner, [showGuide] {
            showGuide(GuidePage::Handoffs);
        });
    handoffs->setObjectName(QStringLiteral("showHandoffGuide"));
    //: Help menu item: opens the guide page on daylight saving time
    QAction *dst = help.addAction(GuideDialog::tr("The &DST Rule"), owner, [showGuide] {
        showGuide(GuidePage::DstRule);
    });
    dst->setObjectName(QStringLiteral("showDstGuide"));
    help.addSeparator();
}

} // namespace sunrelay::gui
