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

// As myweek/my_week_view.cpp's WeekCanvas::keyPressEvent() handles them.
std::vector<ShortcutEntry> myWeekShortcuts()
{
    //: Keyboard Shortcuts dialog: group heading for the keys of the My Week page
    const QString myWeek = ShortcutsDialog::tr("My week");
    const auto key = [](Qt::Key k) {
        return native(QKeySequence(k));
    };
    return {
        {myWeek,
         //: Keyboard Shortcuts dialog, My Week: moves the selection to the previous or next block
         ShortcutsDialog::tr("Previous / next block"),
         {key(Qt::Key_Up), key(Qt::Key_Down)}},
        {myWeek,
         ShortcutsDialog::tr("First block of the previous / next day"),
         {key(Qt::Key_Left), key(Qt::Key_Right)}},
        {myWeek,
         ShortcutsDialog::tr("First / last block of the week"),
         {key(Qt::Key_Home), key(Qt::Key_End)}},
        {myWeek,
         //: Keyboard Shortcuts dialog, My Week: opens the details of the selected block
         ShortcutsDialog::tr("Show the block's details"),
         {key(Qt::Key_Return), key(Qt::Key_Space)}},
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

std::vector<ShortcutEntry> viewShortcuts()
{
    const auto keys = [](std::initializer_list<QKeyCombination> combinations) {
        QStringList texts;
        for (const QKeyCombination combination : combinations)
            texts << native(QKeySequence(combination));
        return texts;
    };
    // As timeline/timeline_view.cpp keyPressEvent(), wheelEvent() and the
    // drags handle them.
    //: Section heading: shortcuts in the world timeline view
    const QString timeline = ShortcutsDialog::tr("Timeline");
    const QString task = ShortcutsDialog::tr("Timeline, selected task");
    // As week/week_grid.cpp keyPressEvent() and its drags handle them.
    const QString grid = ShortcutsDialog::tr("Member dialog, week grid");
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    const Qt::KeyboardModifiers shift = Qt::ShiftModifier;
    const Qt::KeyboardModifiers alt = Qt::AltModifier;
    return {
        {timeline, ShortcutsDialog::tr("Pan earlier / later"), keys({Qt::Key_Left, Qt::Key_Right})},
        {timeline, ShortcutsDialog::tr("Zoom in"), keys({Qt::Key_Plus, Qt::Key_Equal})},
        {timeline, ShortcutsDialog::tr("Zoom out"), keys({Qt::Key_Minus})},
        {timeline, ShortcutsDialog::tr("Zoom at the pointer"), {ShortcutsDialog::tr("Ctrl+Wheel")}},
        {timeline, ShortcutsDialog::tr("Pan with the wheel"), {ShortcutsDialog::tr("Shift+Wheel")}},
        {timeline, ShortcutsDialog::tr("Go to today"), keys({Qt::Key_Home, Qt::Key_T})},
        {timeline, ShortcutsDialog::tr("Next handoff"), keys({Qt::Key_BracketRight})},
        {timeline, ShortcutsDialog::tr("Previous handoff"), keys({Qt::Key_BracketLeft})},
        {timeline, ShortcutsDialog::tr("Previous / next row"), keys({Qt::Key_Up, Qt::Key_Down})},
        {timeline,
         ShortcutsDialog::tr("Expand or collapse the region; open the member"),
         keys({Qt::Key_Return, Qt::Key_Enter, Qt::Key_Space})},
        {timeline, ShortcutsDialog::tr("Show or hide the time cursor"), keys({Qt::Key_C})},
        {timeline,
         ShortcutsDialog::tr("Move the time cursor 15 minutes"),
         keys({shift | Qt::Key_Left, shift | Qt::Key_Right})},
        {timeline,
         ShortcutsDialog::tr("Drag a task or block in 1-minute steps"),
         {ShortcutsDialog::tr("Shift+Drag")}},
        {timeline,
         ShortcutsDialog::tr("Drag a block: change only the day grabbed"),
         {ShortcutsDialog::tr("Alt+Drag")}},
        {timeline, ShortcutsDialog::tr("Deselect the task; cancel a drag"), keys({Qt::Key_Escape})},
        {task,
         ShortcutsDialog::tr("Move 15 minutes earlier / later"),
         keys({ctrl | Qt::Key_Left, ctrl | Qt::Key_Right})},
        {task,
         ShortcutsDialog::tr("Move 1 minute earlier / later"),
         keys({ctrl | shift | Qt::Key_Left, ctrl | shift | Qt::Key_Right})},
        {task,
         ShortcutsDialog::tr("Move to the region above / below"),
         keys({ctrl | Qt::Key_Up, ctrl | Qt::Key_Down})},
        {task, ShortcutsDialog::tr("Place at a date and time…"), keys({Qt::Key_P})},
        {task,
         ShortcutsDialog::tr("Back to the backlog"),
         keys({Qt::Key_Delete, Qt::Key_Backspace})},
        {grid,
         ShortcutsDialog::tr("Select the previous / next range"),
         keys({Qt::Key_Up, Qt::Key_Down})},
        {grid,
         ShortcutsDialog::tr("Move the range 15 minutes"),
         keys({Qt::Key_Left, Qt::Key_Right})},
        {grid,
         ShortcutsDialog::tr("Move the range 1 minute"),
         keys({shift | Qt::Key_Left, shift | Qt::Key_Right})},
        {grid,
         ShortcutsDialog::tr("Shorten / lengthen the range 15 minutes (Shift: 1 minute)"),
         keys({ctrl | Qt::Key_Left, ctrl | Qt::Key_Right})},
        {grid,
         ShortcutsDialog::tr("Move the range to the previous / next day"),
         keys({alt | Qt::Key_Up, alt | Qt::Key_Down})},
        {grid,
         ShortcutsDialog::tr("Remove the selected range or day"),
         keys({Qt::Key_Delete, Qt::Key_Backspace})},
        {grid,
         ShortcutsDialog::tr("Remove that day of a range"),
         {ShortcutsDialog::tr("Right-click")}},
        {grid, ShortcutsDialog::tr("Drag in 1-minute steps"), {ShortcutsDialog::tr("Shift+Drag")}},
        {grid, ShortcutsDialog::tr("Cancel a drag"), keys({Qt::Key_Escape})},
    };
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
    for (ShortcutEntry &entry : myWeekShortcuts())
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
