#include "gui/week/week_editor.h"

#include "gui/document/preferences.h"
#include "gui/style/theme_icon.h"
#include "gui/week/range_delegate.h"
#include "gui/week/range_model.h"
#include "gui/week/week_grid.h"
#include "gui/week/week_segments.h"
#include "gui/week/week_text.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace sunrelay::gui
{

using namespace week;

struct WeekEditor::Private {
    WeekEditor *q;
    EditorState state;
    WeekGrid *grid = nullptr;
    QButtonGroup *layerGroup = nullptr;
    std::array<QToolButton *, kWeekLayerCount> layerButtons{};
    QTableView *table = nullptr;
    RangeModel *model = nullptr;
    RangeDelegate *delegate = nullptr;
    QPushButton *addButton = nullptr;
    QPushButton *removeButton = nullptr;
    QLabel *hint = nullptr;
    QWidget *message = nullptr;
    QLabel *messageIcon = nullptr;
    QLabel *messageText = nullptr;
    bool syncing = false; // selection updates we cause ourselves

    explicit Private(WeekEditor *owner)
        : q(owner)
    {
    }

    enum class Source {
        Grid,
        Table
    };

    void setUp();
    QHBoxLayout *makeLayerButtons();
    void makeRangeTable();
    void makeMessage();
    void connectParts();
    void edited(Source source = Source::Grid);
    void reloadTable();
    void syncTableSelection();
    void tableSelectionChanged();
    void updateAccessibility();
    void updateLayerIcons();
    void showMessage(const QString &text);
    void addRange();
    void removeRange();
};

void WeekEditor::Private::setUp()
{
    state.clock = preferredClockStyle();
    state.setFirstDay(Preferences::load().firstDayOfWeek);

    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(makeLayerButtons());

    grid = new WeekGrid(&state, q);
    //: Accessible name of the week grid in the member dialog (a member's weekly hours)
    grid->setAccessibleName(tr("Week"));
    layout->addWidget(grid);

    hint = new QLabel(tr("Drag on a day to add a range, drag its edges to resize it, drag "
                         "past midnight to run into the next day. Right-click or Delete "
                         "removes. Hold Shift for 1-minute steps."),
                      q);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText); // quiet, and right in dark themes too
    layout->addWidget(hint);

    makeRangeTable();
    layout->addWidget(table, 1);
    makeMessage();
    layout->addWidget(message);

    auto *buttons = new QHBoxLayout;
    //: Button under the member dialog's week grid: adds a time range to the layer shown
    addButton = new QPushButton(themeIcon(QStringLiteral("list-add")), tr("&Add range"), q);
    //: Button under the member dialog's week grid: removes the selected time range
    removeButton =
        new QPushButton(themeIcon(QStringLiteral("list-remove")), tr("&Remove range"), q);
    removeButton->setEnabled(false);
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connectParts();
    updateLayerIcons();
    updateAccessibility();
}

// One checkable button per layer (working hours, deep work, comms windows):
// the layer the grid and the table edit.
QHBoxLayout *WeekEditor::Private::makeLayerButtons()
{
    auto *layerRow = new QHBoxLayout;
    layerGroup = new QButtonGroup(q);
    layerGroup->setExclusive(true);
    const std::array<QString, kWeekLayerCount> texts{
        //: Member dialog, week grid: button to edit the layer of working hours
        tr("&Working hours"),
        //: Member dialog, week grid: button to edit the layer of protected, meeting-free focus
        //: time
        tr("&Deep work"),
        //: Member dialog, week grid: button to edit the layer of fixed windows for messages and
        //: calls
        tr("&Comms windows")};
    const std::array<QString, kWeekLayerCount> tips{
        tr("Edit the hours this person works"),
        tr("Edit protected deep-work blocks: no meetings, handoffs or comms inside"),
        tr("Edit the fixed windows for messages and calls")};
    for (int i = 0; i < kWeekLayerCount; ++i) {
        auto *button = new QToolButton(q);
        button->setText(texts[std::size_t(i)]);
        button->setToolTip(tips[std::size_t(i)]);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(QStringList{QStringLiteral("workLayerButton"),
                                          QStringLiteral("deepWorkLayerButton"),
                                          QStringLiteral("commsLayerButton")}[i]);
        layerGroup->addButton(button, i);
        layerRow->addWidget(button);
        layerButtons[std::size_t(i)] = button;
    }
    layerButtons[0]->setChecked(true);
    layerRow->addStretch(1);
    return layerRow;
}

// The ranges of the current layer as a table, edited in place.
void WeekEditor::Private::makeRangeTable()
{
    model = new RangeModel(&state, q);
    table = new QTableView(q);
    table->setObjectName(QStringLiteral("rangeTable"));
    table->setModel(model);
    delegate = new RangeDelegate(model, table);
    table->setItemDelegate(delegate);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setAlternatingRowColors(true);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                            + 4 * table->verticalHeader()->defaultSectionSize() + 4);
}

// A warning icon and the words of the last rejected edit, hidden when fine.
void WeekEditor::Private::makeMessage()
{
    message = new QWidget(q);
    message->setObjectName(QStringLiteral("validationMessage"));
    auto *messageLayout = new QHBoxLayout(message);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageIcon = new QLabel(message);
    const int iconSize = q->style()->pixelMetric(QStyle::PM_SmallIconSize);
    messageIcon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                            q->style()->standardIcon(QStyle::SP_MessageBoxWarning))
                               .pixmap(iconSize, iconSize));
    messageText = new QLabel(message);
    messageText->setWordWrap(true);
    messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageLayout->addWidget(messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(messageText, 1);
    message->hide();
}

// The grid, the table and the buttons report edits and selections here.
void WeekEditor::Private::connectParts()
{
    QObject::connect(layerGroup, &QButtonGroup::idClicked, q, [this](int id) {
        q->setCurrentLayer(kWeekLayers[std::size_t(id)]);
    });
    grid->committed = [this] {
        edited();
    };
    grid->selectionChanged = [this] {
        syncTableSelection();
    };
    grid->styleChanged = [this] {
        updateLayerIcons();
        model->reload();
        syncTableSelection();
    };
    model->committed = [this] {
        edited(Source::Table);
    };
    model->rejected = [this](const QString &error) {
        //: Member dialog, week grid: an edit was refused; %1 says why
        showMessage(tr("Not changed: %1").arg(error));
    };
    delegate->typing = [this](const QString &error) {
        showMessage(error);
    };
    QObject::connect(delegate,
                     &QAbstractItemDelegate::closeEditor,
                     q,
                     [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                         // Escape throws the text away, and its complaint with it.
                         if (hint == QAbstractItemDelegate::RevertModelCache)
                             showMessage({});
                     });
    QObject::connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, q, [this] {
        tableSelectionChanged();
    });
    QObject::connect(addButton, &QPushButton::clicked, q, [this] {
        addRange();
    });
    QObject::connect(removeButton, &QPushButton::clicked, q, [this] {
        removeRange();
    });
}

void WeekEditor::Private::showMessage(const QString &text)
{
    messageText->setText(text);
    message->setVisible(!text.isEmpty());
}

void WeekEditor::Private::edited(Source source)
{
    showMessage({});
    // A table edit already told the view (dataChanged); resetting under the
    // still-open editor would close it behind the delegate's back.
    if (source == Source::Grid)
        reloadTable();
    grid->refresh();
    updateAccessibility();
    emit q->patternsChanged();
}

void WeekEditor::Private::reloadTable()
{
    syncing = true;
    model->reload();
    syncing = false;
    syncTableSelection();
}

void WeekEditor::Private::syncTableSelection()
{
    syncing = true;
    const int row = state.selectedRange;
    if (row >= 0 && row < model->rowCount()) {
        table->selectionModel()->select(model->index(row, 0),
                                        QItemSelectionModel::ClearAndSelect
                                            | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                 QItemSelectionModel::NoUpdate);
        table->scrollTo(model->index(row, 0));
    } else {
        table->selectionModel()->clearSelection();
    }
    removeButton->setEnabled(row >= 0 && row < model->rowCount());
    syncing = false;
}

void WeekEditor::Private::tableSelectionChanged()
{
    if (syncing)
        return;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    state.selectedRange = rows.isEmpty() ? -1 : rows.front().row();
    state.selectedDay = -1;
    removeButton->setEnabled(!rows.isEmpty());
    grid->update();
}

void WeekEditor::Private::updateAccessibility()
{
    const QLocale locale = q->locale();
    QStringList layers;
    for (WeekLayer layer : kWeekLayers) {
        QStringList ranges;
        for (const WeeklyRange &range : state.patterns[std::size_t(layer)].ranges) {
            const Span span = Span::of(range, 0);
            const EndReading end = endReading(span, state.clock);
            //: Screen-reader text of a range: %1 its days, %2 its start, %3 its end on the next
            //: day ("Mon–Fri 22:00 to 02:00 the next day")
            const QString overnight = tr("%1 %2 to %3 the next day");
            //: Screen-reader text of a range: %1 its days, %2 its start, %3 its end
            //: ("Mon–Fri 09:00 to 17:00")
            const QString sameDay = tr("%1 %2 to %3");
            const QString text = end.nextDay ? overnight : sameDay;
            ranges << text.arg(formatDays(locale, state.firstDay, range.days),
                               formatTime(span.start, state.clock),
                               formatTime(end.minutes, state.clock));
        }
        //: Screen-reader text: a layer of the week with no ranges, as in "Deep work: none"
        const QString none = tr("none");
        //: A layer of the week and its ranges: "Deep work: Mon 09:00–12:00; Tue 09:00–12:00"
        layers << tr("%1: %2").arg(layerName(layer),
                                   ranges.isEmpty() ? none : ranges.join(QStringLiteral("; ")));
    }
    grid->setAccessibleDescription(
        tr("%1. Editing %2. Up and Down select a range, Left and Right move it, Ctrl with Left "
           "and Right changes its end, Alt with Up and Down moves it to another day, Delete "
           "removes it; hold Shift for 1-minute steps.")
            .arg(layers.join(QStringLiteral(". ")), layerName(state.layer)));
    //: Accessible name of the table of time ranges; %1 is the layer, e.g. "Working hours"
    table->setAccessibleName(tr("%1 ranges").arg(layerName(state.layer)));
}

void WeekEditor::Private::updateLayerIcons()
{
    const qreal dpr = q->devicePixelRatioF();
    for (int i = 0; i < kWeekLayerCount; ++i)
        layerButtons[std::size_t(i)]->setIcon(
            layerIcon(q->palette(), kWeekLayers[std::size_t(i)], grid->blockColour(), dpr));
}

void WeekEditor::Private::addRange()
{
    // Sensible first guesses per layer; the new row is selected to be tuned.
    WeeklyRange range{Weekdays::workdays(), Minutes{9 * 60}, Minutes{17 * 60}};
    if (state.layer == WeekLayer::DeepWork)
        range = WeeklyRange{Weekdays::workdays(), Minutes{9 * 60}, Minutes{12 * 60}};
    else if (state.layer == WeekLayer::Comms)
        range = WeeklyRange{Weekdays::workdays(), Minutes{11 * 60}, Minutes{11 * 60 + 30}};
    auto &ranges = state.current().ranges;
    if (state.selectedRange >= 0 && state.selectedRange < int(ranges.size()))
        range.days = ranges[std::size_t(state.selectedRange)].days;
    ranges.push_back(range);
    state.selectedRange = int(ranges.size()) - 1;
    state.selectedDay = -1;
    edited();
    table->setFocus();
}

void WeekEditor::Private::removeRange()
{
    auto &ranges = state.current().ranges;
    const int row = state.selectedRange;
    if (row < 0 || row >= int(ranges.size()))
        return;
    ranges.erase(ranges.begin() + row);
    state.selectedRange = std::min(row, int(ranges.size()) - 1);
    state.selectedDay = -1;
    edited();
}

// ---------------------------------------------------------------------------
WeekEditor::WeekEditor(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->setUp();
}

WeekEditor::~WeekEditor()
{
    // QWidget would delete the children after d, but the table and the grid
    // read d->state until they are gone (hiding the table asks its model).
    qDeleteAll(findChildren<QObject *>(Qt::FindDirectChildrenOnly));
}

void WeekEditor::setPatterns(const WeeklyPattern &work,
                             const WeeklyPattern &deepWork,
                             const WeeklyPattern &comms)
{
    d->state.patterns = {work, deepWork, comms};
    d->state.selectedRange = -1;
    d->state.selectedDay = -1;
    d->showMessage({});
    d->reloadTable();
    d->grid->refresh();
    d->updateAccessibility();
}

WeeklyPattern WeekEditor::pattern(WeekLayer layer) const
{
    return d->state.patterns[std::size_t(layer)];
}

void WeekEditor::setCurrentLayer(WeekLayer layer)
{
    if (d->state.layer == layer)
        return;
    d->state.layer = layer;
    d->state.selectedRange = -1;
    d->state.selectedDay = -1;
    d->layerButtons[std::size_t(layer)]->setChecked(true);
    d->showMessage({});
    d->reloadTable();
    d->grid->refresh();
    d->updateAccessibility();
}

WeekLayer WeekEditor::currentLayer() const
{
    return d->state.layer;
}

void WeekEditor::setClockStyle(ClockStyle style)
{
    if (d->state.clock == style)
        return;
    d->state.clock = style;
    d->showMessage({}); // its examples are on the old clock
    d->grid->relabel();
    d->reloadTable();
    d->updateAccessibility();
}

ClockStyle WeekEditor::clockStyle() const
{
    return d->state.clock;
}

void WeekEditor::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    if (d->state.firstDay == day)
        return;
    d->state.setFirstDay(day);
    d->grid->relabel();
    d->reloadTable();
    d->updateAccessibility();
}

Qt::DayOfWeek WeekEditor::firstDayOfWeek() const
{
    return d->state.firstDay;
}

void WeekEditor::setReadOnly(bool readOnly)
{
    d->state.readOnly = readOnly;
    d->table->setEditTriggers(
        readOnly ? QAbstractItemView::NoEditTriggers
                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    for (QWidget *editing : {static_cast<QWidget *>(d->hint),
                             static_cast<QWidget *>(d->addButton),
                             static_cast<QWidget *>(d->removeButton)})
        editing->setVisible(!readOnly);
    // The layer switches choose what the pointer paints: nothing to paint.
    // The grid still shows every layer and its tooltips say each range's
    // times; the table lists the working hours.
    if (readOnly)
        setCurrentLayer(WeekLayer::Work);
    for (QToolButton *button : d->layerButtons)
        button->setVisible(!readOnly);
    d->grid->unsetCursor();
}

void WeekEditor::setBlockColour(const QColor &colour)
{
    d->grid->setBlockColour(colour);
    d->updateLayerIcons();
}

QColor WeekEditor::blockColour() const
{
    return d->grid->blockColour();
}

bool WeekEditor::isReadOnly() const
{
    return d->state.readOnly;
}

} // namespace sunrelay::gui
