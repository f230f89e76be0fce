#include "gui/help/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sunrelay::gui
{

namespace
{

// "&Undo" -> "Undo", "Save && Quit" -> "Save & Quit".
QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString native(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

void collect(const QMenu &menu, const QString &group, std::vector<ShortcutEntry> &entries)
{
    for (QAction *action : menu.actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collect(*action->menu(), group, entries);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            if (!sequence.isEmpty())
                keys << native(sequence);
        if (!keys.isEmpty())
            entries.push_back({group, withoutMnemonic(action->text()), keys});
    }
}

// The native texts of key combinations, one per binding.
QStringList keyTexts(std::initializer_list<QKeyCombination> combinations)
{
    QStringList texts;
    for (const QKeyCombination combination : combinations)
        texts << native(QKeySequence(combination));
    return texts;
}

// As timeline/timeline_view.cpp keyPressEvent(), wheelEvent() and the drags
// handle them.
std::vector<ShortcutEntry> timelineShortcuts()
{
    //: Section heading: shortcuts in the world timeline view
    const QString timeline = ShortcutsDialog::tr("Timeline");
    const Qt::KeyboardModifiers shift = Qt::ShiftModifier;
    return {
        {timeline,
         //: Keyboard Shortcuts dialog, Timeline: scroll the timeline to earlier or later times
         ShortcutsDialog::tr("Pan earlier / later"),
         keyTexts({Qt::Key_Left, Qt::Key_Right})},
        {timeline,
         //: Keyboard Shortcuts dialog, Timeline: show less time, larger (a verb)
         ShortcutsDialog::tr("Zoom in"),
         keyTexts({Qt::Key_Plus, Qt::Key_Equal})},
        {timeline,
         //: Keyboard Shortcuts dialog, Timeline: show more time, smaller (a verb)
         ShortcutsDialog::tr("Zoom out"),
         keyTexts({Qt::Key_Minus})},
        {timeline,
         //: Keyboard Shortcuts dialog, Timeline: zoom in or out around the time under the mouse
         //: pointer
         ShortcutsDialog::tr("Zoom at the pointer"),
         //: Keyboard Shortcuts dialog, a mouse gesture: hold Ctrl and turn the mouse wheel; name
         //: the key as keyboards in your language label it (German: Strg)
         {ShortcutsDialog::tr("Ctrl+Wheel")}},
        {timeline,
         //: Keyboard Shortcuts dialog, Timeline: scroll through time by turning the mouse wheel
         ShortcutsDialog::tr("Pan with the wheel"),
         //: Keyboard Shortcuts dialog, a mouse gesture: hold Shift and turn the mouse wheel; name
         //: the key as keyboards in your language label it (German: Umschalt)
         {ShortcutsDialog::tr("Shift+Wheel")}},
        {timeline,
         //: Keyboard Shortcuts dialog, Timeline: scroll the timeline to the current day
         ShortcutsDialog::tr("Go to today"),
         keyTexts({Qt::Key_Home, Qt::Key_T})},
        {timeline,
         //: Keyboard Shortcuts dialog, Timeline: step to the next handoff in time and show it
         ShortcutsDialog::tr("Next handoff"),
         keyTexts({Qt::Key_BracketRight})},
        {timeline,
         //: Keyboard Shortcuts dialog, Timeline: step to the previous handoff in time and show it
         ShortcutsDialog::tr("Previous handoff"),
         keyTexts({Qt::Key_BracketLeft})},
        {timeline,
         //: Keyboard Shortcuts dialog, Timeline: move the keyboard focus to the row (region or
         //: member) above or below
         ShortcutsDialog::tr("Previous / next row"),
         keyTexts({Qt::Key_Up, Qt::Key_Down})},
        {timeline,
         ShortcutsDialog::tr("Expand or collapse the region; open the member"),
         keyTexts({Qt::Key_Return, Qt::Key_Enter, Qt::Key_Space})},
        {timeline, ShortcutsDialog::tr("Show or hide the time cursor"), keyTexts({Qt::Key_C})},
        {timeline,
         ShortcutsDialog::tr("Move the time cursor 15 minutes"),
         keyTexts({shift | Qt::Key_Left, shift | Qt::Key_Right})},
        {timeline,
         ShortcutsDialog::tr("Drag a task or block in 1-minute steps"),
         //: Keyboard Shortcuts dialog, a mouse gesture: hold Shift and drag with the mouse; name
         //: the key as keyboards in your language label it (German: Umschalt)
         {ShortcutsDialog::tr("Shift+Drag")}},
        {timeline,
         ShortcutsDialog::tr("Drag a block: change only the day grabbed"),
         //: Keyboard Shortcuts dialog, a mouse gesture: hold Alt and drag with the mouse
         {ShortcutsDialog::tr("Alt+Drag")}},
        {timeline,
         ShortcutsDialog::tr("Deselect the task; cancel a drag"),
         keyTexts({Qt::Key_Escape})},
    };
}

// As timeline/timeline_view.cpp handles them while a task is selected.
std::vector<ShortcutEntry> selectedTaskShortcuts()
{
    //: Section heading in the Keyboard Shortcuts dialog: keys on the timeline while a task is
    //: selected
    const QString task = ShortcutsDialog::tr("Timeline, selected task");
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    const Qt::KeyboardModifiers shift = Qt::ShiftModifier;
    return {
        {task,
         ShortcutsDialog::tr("Move 15 minutes earlier / later"),
         keyTexts({ctrl | Qt::Key_Left, ctrl | Qt::Key_Right})},
        {task,
         ShortcutsDialog::tr("Move 1 minute earlier / later"),
         keyTexts({ctrl | shift | Qt::Key_Left, ctrl | shift | Qt::Key_Right})},
        {task,
         ShortcutsDialog::tr("Move to the region above / below"),
         keyTexts({ctrl | Qt::Key_Up, ctrl | Qt::Key_Down})},
        {task, ShortcutsDialog::tr("Place at a date and time…"), keyTexts({Qt::Key_P})},
        {task,
         //: Keyboard Shortcuts dialog, selected task: unplace the task, so it goes back to the
         //: backlog of tasks with no start
         ShortcutsDialog::tr("Back to the backlog"),
         keyTexts({Qt::Key_Delete, Qt::Key_Backspace})},
    };
}

// As week/week_grid.cpp keyPressEvent() and its drags handle them.
std::vector<ShortcutEntry> weekGridShortcuts()
{
    //: Section heading in the Keyboard Shortcuts dialog: keys in the week grid of the member
    //: dialog, where a member's weekly hours are drawn
    const QString grid = ShortcutsDialog::tr("Member dialog, week grid");
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    const Qt::KeyboardModifiers shift = Qt::ShiftModifier;
    const Qt::KeyboardModifiers alt = Qt::AltModifier;
    return {
        {grid,
         ShortcutsDialog::tr("Select the previous / next range"),
         keyTexts({Qt::Key_Up, Qt::Key_Down})},
        {grid,
         ShortcutsDialog::tr("Move the range 15 minutes"),
         keyTexts({Qt::Key_Left, Qt::Key_Right})},
        {grid,
         ShortcutsDialog::tr("Move the range 1 minute"),
         keyTexts({shift | Qt::Key_Left, shift | Qt::Key_Right})},
        {grid,
         ShortcutsDialog::tr("Shorten / lengthen the range 15 minutes (Shift: 1 minute)"),
         keyTexts({ctrl | Qt::Key_Left, ctrl | Qt::Key_Right})},
        {grid,
         ShortcutsDialog::tr("Move the range to the previous / next day"),
         keyTexts({alt | Qt::Key_Up, alt | Qt::Key_Down})},
        {grid,
         ShortcutsDialog::tr("Remove the selected range or day"),
         keyTexts({Qt::Key_Delete, Qt::Key_Backspace})},
        {grid,
         ShortcutsDialog::tr("Remove that day of a range"),
         //: Keyboard Shortcuts dialog, a mouse gesture: click with the right mouse button
         {ShortcutsDialog::tr("Right-click")}},
        {grid,
         //: Keyboard Shortcuts dialog, week grid: drag a range or its edges in steps of one
         //: minute instead of 15
         ShortcutsDialog::tr("Drag in 1-minute steps"),
         {ShortcutsDialog::tr("Shift+Drag")}},
        {grid,
         //: Keyboard Shortcuts dialog, week grid: stop a drag and put the range back as it was
         ShortcutsDialog::tr("Cancel a drag"),
         keyTexts({Qt::Key_Escape})},
    };
}

} // namespace

std::vector<ShortcutEntry> menuShortcuts(const QMenuBar &bar)
{
    std::vector<ShortcutEntry> entries;
    for (QAction *top : bar.actions())
        if (const QMenu *menu = top->menu())
            collect(*menu, withoutMnemonic(top->text()), entries);
    return entries;
}

// As myweek/my_week_view.cpp's WeekCanvas::keyPressEvent() handles them.
std::vector<ShortcutEntry> myWeekShortcuts()
{
    //: Keyboard Shortcuts dialog: group heading for the keys of the My Week page
    const QString myWeek = ShortcutsDialog::tr("My week");
    return {
        {myWeek,
         //: Keyboard Shortcuts dialog, My Week: moves the selection to the previous or next block
         ShortcutsDialog::tr("Previous / next block"),
         keyTexts({Qt::Key_Up, Qt::Key_Down})},
        {myWeek,
         ShortcutsDialog::tr("First block of the previous / next day"),
         keyTexts({Qt::Key_Left, Qt::Key_Right})},
        {myWeek,
         ShortcutsDialog::tr("First / last block of the week"),
         keyTexts({Qt::Key_Home, Qt::Key_End})},
        {myWeek,
         //: Keyboard Shortcuts dialog, My Week: opens the details of the selected block
         ShortcutsDialog::tr("Show the block's details"),
         keyTexts({Qt::Key_Return, Qt::Key_Enter, Qt::Key_Space})},
    };
}

std::vector<ShortcutEntry> viewShortcuts()
{
    std::vector<ShortcutEntry> entries = timelineShortcuts();
    for (ShortcutEntry &entry : selectedTaskShortcuts())
        entries.push_back(std::move(entry));
    for (ShortcutEntry &entry : weekGridShortcuts())
        entries.push_back(std::move(entry));
    for (ShortcutEntry &entry : myWeekShortcuts())
        entries.push_back(std::move(entry));
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar &bar, QWidget *parent)
    : QDialog(parent)
{
    //: Title of the Keyboard Shortcuts dialog (Help menu)
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_search = new QLineEdit;
    //: Placeholder text of the Keyboard Shortcuts dialog's search field
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setClearButtonEnabled(true);
    //: Accessible name of the Keyboard Shortcuts dialog's search field
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_list = new QTreeWidget;
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({
        //: Column header: what a key or mouse gesture does
        tr("Action"),
        //: Column header: the key or mouse gesture
        tr("Shortcut"),
    });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    std::vector<ShortcutEntry> entries = menuShortcuts(bar);
    for (ShortcutEntry &entry : viewShortcuts())
        entries.push_back(std::move(entry));
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutEntry &entry : entries) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_list, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        auto *row =
            new QTreeWidgetItem(group,
                                {entry.action, entry.keys.join(tr(", ", "between key bindings"))});
        // The whole text where a narrow dialog cuts it.
        row->setToolTip(0, entry.action);
        row->setToolTip(1, row->text(1));
    }
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(660, 600);
}

void ShortcutsDialog::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_list->topLevelItem(i);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *row = group->child(j);
            const bool matches = needle.isEmpty() || groupMatches
                || row->text(0).contains(needle, Qt::CaseInsensitive)
                || row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!matches);
            shown += matches ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace sunrelay::gui
