#pragma once

// Help > Keyboard Shortcuts: every key binding of the window's menus (all of
// an action's bindings, e.g. Undo's Ctrl+Z and its platform alternatives, in
// the platform's own notation), grouped by menu, then the keys the timeline
// and the member dialog's week grid handle themselves (not actions, so read
// from their key handlers: timeline/timeline_view.cpp, week/week_grid.cpp).
// A search field narrows the list by action, key or group.

#include <QDialog>
#include <QString>
#include <QStringList>

#include <vector>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace sunrelay::gui
{

struct ShortcutEntry {
    QString group; // "Edit", "Timeline"
    QString action; // "Undo"
    QStringList keys; // native text, one per binding
};

// The shortcuts of the actions in `bar`'s menus (submenus included), menu by
// menu; actions without a shortcut are left out.
std::vector<ShortcutEntry> menuShortcuts(const QMenuBar &bar);
// The keys the timeline and the week grid handle themselves.
std::vector<ShortcutEntry> viewShortcuts();

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // Lists `bar`'s menus as they are now, then viewShortcuts() and My
    // week's keys.
    explicit ShortcutsDialog(const QMenuBar &bar, QWidget *parent = nullptr);

    // Shows only the rows whose action, keys or group contain `text`
    // (ignoring case); empty shows all.
    void setFilter(const QString &text);
    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }

private:
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace sunrelay::gui
