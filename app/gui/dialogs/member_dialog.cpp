#include "gui/dialogs/member_dialog.h"

#include "gui/style/region_swatch.h"
#include "gui/style/show_only_look.h"
#include "gui/style/theme_icon.h"
#include "gui/text/qt_dates.h"
#include "gui/week/week_editor.h"
#include "gui/widgets/zone_picker.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sunrelay::gui
{

namespace
{

enum class Severity {
    Error,
    Warning,
    Information
};

// KMessageWidget's look without KDE Frameworks: a tinted, framed line with an
// icon, tinted from the palette so it reads on light and dark themes.
class InlineMessage : public QFrame
{
public:
    explicit InlineMessage(QWidget *parent)
        : QFrame(parent)
    {
        m_icon = new QLabel(this);
        m_text = new QLabel(this);
        m_text->setWordWrap(true);
        m_text->setTextFormat(Qt::PlainText);
        auto *layout = new QHBoxLayout(this);
        const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin) / 2 + 2;
        layout->setContentsMargins(margin * 2, margin, margin * 2, margin);
        layout->addWidget(m_icon, 0, Qt::AlignTop);
        layout->addWidget(m_text, 1);
        //: Screen-reader name of the list of what is wrong with the entered member
        setAccessibleName(MemberDialog::tr("Problems"));
    }

    void show(Severity severity, const QString &text)
    {
        m_severity = severity;
        m_text->setText(text);
        m_text->setAccessibleDescription(text);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        QIcon icon;
        switch (severity) {
        case Severity::Error:
            icon = QIcon::fromTheme(QStringLiteral("dialog-error"),
                                    style()->standardIcon(QStyle::SP_MessageBoxCritical));
            break;
        case Severity::Warning:
            icon = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                    style()->standardIcon(QStyle::SP_MessageBoxWarning));
            break;
        case Severity::Information:
            icon = QIcon::fromTheme(QStringLiteral("dialog-information"),
                                    style()->standardIcon(QStyle::SP_MessageBoxInformation));
            break;
        }
        m_icon->setPixmap(icon.pixmap(size, size));
        setVisible(true);
        update();
    }

    QString text() const { return m_text->text(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        // KDE's negative, neutral and active text colours, mixed into the
        // window colour.
        const QColor accent = m_severity == Severity::Error ? QColor(0xda, 0x44, 0x53)
            : m_severity == Severity::Warning               ? QColor(0xf6, 0x74, 0x00)
                                                            : QColor(0x3d, 0xae, 0xe9);
        const QColor window = palette().color(QPalette::Window);
        QColor fill = accent;
        const double alpha = 0.2;
        fill.setRgbF(float(window.redF() * (1 - alpha) + accent.redF() * alpha),
                     float(window.greenF() * (1 - alpha) + accent.greenF() * alpha),
                     float(window.blueF() * (1 - alpha) + accent.blueF() * alpha));
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(accent, 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Severity m_severity = Severity::Error;
};

enum TimeOffColumn {
    FromColumn,
    ToColumn
};

// The region combo box's items carry the region's colour in this role.
constexpr int kRegionColourRole = Qt::UserRole + 1;

} // namespace

struct MemberDialog::Private {
    MemberDialog *q = nullptr;
    Member original;
    bool readOnly = false;
    QLineEdit *name = nullptr;
    QComboBox *region = nullptr;
    QLabel *regionLabel = nullptr;
    QLineEdit *regionText = nullptr; // the region, read-only
    ZonePicker *zone = nullptr;
    WeekEditor *week = nullptr;
    QTableWidget *timeOff = nullptr;
    QLabel *noTimeOff = nullptr;
    QPushButton *addTimeOffButton = nullptr;
    QPushButton *removeTimeOff = nullptr;
    InlineMessage *message = nullptr;
    QDialogButtonBox *buttons = nullptr;

    QWidget *generalPage();
    QWidget *weekPage();
    QWidget *timeOffPage();
    void addTimeOff(const DateRange &range);
    QDateEdit *dateEdit(int row, int column) const
    {
        return qobject_cast<QDateEdit *>(timeOff->cellWidget(row, column));
    }
    void validate();
    bool nameEdited = false; // by the person: only then is an empty name an error
    void updateNoTimeOff();
    void fill(const Plan &plan, const Member &member);
    void accept();
};

QWidget *MemberDialog::Private::generalPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    name = new QLineEdit(page);
    //: Placeholder text in the member dialog's name field
    name->setPlaceholderText(tr("Full name"));
    //: Form label in the member dialog: the member's name
    form->addRow(tr("&Name:"), name);

    region = new QComboBox(page);
    // Read-only, the region is shown like the other fields: text on the
    // window's colour, with its colour swatch.
    regionText = new QLineEdit(page);
    regionText->setReadOnly(true);
    //: Accessible name of the member dialog's read-only region field
    regionText->setAccessibleName(tr("Region"));
    setShowOnlyLook(regionText, true);
    regionText->hide();
    auto *regionBox = new QWidget(page);
    auto *regionLayout = new QHBoxLayout(regionBox);
    regionLayout->setContentsMargins(0, 0, 0, 0);
    regionLayout->addWidget(region);
    regionLayout->addWidget(regionText);
    //: Form label in the member dialog: the region (team site) the member belongs to
    regionLabel = new QLabel(tr("&Region:"), page);
    regionLabel->setBuddy(region);
    form->addRow(regionLabel, regionBox);

    zone = new ZonePicker(page);
    //: Form label in the member dialog: the member's IANA time zone
    auto *zoneLabel = new QLabel(tr("&Time zone:"), page);
    zoneLabel->setBuddy(zone);
    form->addRow(zoneLabel, zone);
    // The zone list is the one part of the form that can use spare height.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return page;
}

QWidget *MemberDialog::Private::weekPage()
{
    // The editor brings its own layer switches, legend and exact-times table.
    // It scrolls rather than shrinks: on a small screen the dialog still fits
    // and Saturday and Sunday stay reachable.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("weekScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    week = new WeekEditor(scroll);
    scroll->setWidget(week);
    return scroll;
}

QWidget *MemberDialog::Private::timeOffPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("Whole days in the member’s own time zone, first and last day "
                               "included."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);

    timeOff = new QTableWidget(0, 2, page);
    timeOff->setHorizontalHeaderLabels({
        //: Column header of the member dialog's time-off table: the first day of an absence
        tr("First day"),
        //: Column header of the member dialog's time-off table: the last day of an absence
        //: (included)
        tr("Last day"),
    });
    timeOff->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    timeOff->verticalHeader()->setVisible(true);
    timeOff->setSelectionBehavior(QAbstractItemView::SelectRows);
    timeOff->setSelectionMode(QAbstractItemView::SingleSelection);
    //: Accessible name of the member dialog's time-off table (holidays, leave)
    timeOff->setAccessibleName(tr("Time off"));
    layout->addWidget(timeOff, 1);
    // Over the empty table's viewport, so an empty list says so.
    //: Placeholder over the member dialog's empty time-off table
    noTimeOff = new QLabel(tr("No time off"), timeOff->viewport());
    noTimeOff->setObjectName(QStringLiteral("noTimeOff"));
    noTimeOff->setAlignment(Qt::AlignCenter);
    noTimeOff->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(timeOff->viewport());
    emptyLayout->addWidget(noTimeOff);

    auto *buttons = new QHBoxLayout;
    auto *add = addTimeOffButton =
        //: Button: add a period of time off
        new QPushButton(themeIcon(QStringLiteral("list-add")), tr("&Add"), page);
    //: Button: remove the chosen period of time off
    removeTimeOff = new QPushButton(themeIcon(QStringLiteral("list-remove")), tr("Re&move"), page);
    removeTimeOff->setEnabled(false);
    buttons->addWidget(add);
    buttons->addWidget(removeTimeOff);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, q, [this] {
        // A new range starts after the last one, or today.
        QDate first = QDate::currentDate();
        if (const int rows = timeOff->rowCount(); rows > 0)
            first = dateEdit(rows - 1, ToColumn)->date().addDays(1);
        addTimeOff({fromQDate(first), fromQDate(first)});
        timeOff->selectRow(timeOff->rowCount() - 1);
        dateEdit(timeOff->rowCount() - 1, FromColumn)->setFocus();
        validate();
    });
    connect(removeTimeOff, &QPushButton::clicked, q, [this] {
        const int row = timeOff->currentRow();
        if (row >= 0)
            timeOff->removeRow(row);
        updateNoTimeOff();
        validate();
    });
    connect(timeOff, &QTableWidget::currentCellChanged, q, [this](int row) {
        removeTimeOff->setEnabled(row >= 0);
    });
    return page;
}

void MemberDialog::Private::addTimeOff(const DateRange &range)
{
    const int row = timeOff->rowCount();
    timeOff->insertRow(row);
    for (const int column : {FromColumn, ToColumn}) {
        auto *edit = new QDateEdit(toQDate(column == FromColumn ? range.from : range.to));
        edit->setCalendarPopup(!readOnly);
        edit->setReadOnly(readOnly);
        edit->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                        : QAbstractSpinBox::UpDownArrows);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setFrame(false);
        edit->setAccessibleName(column == FromColumn ? tr("First day of time off %1").arg(row + 1)
                                                     : tr("Last day of time off %1").arg(row + 1));
        timeOff->setCellWidget(row, column, edit);
        connect(edit, &QDateEdit::dateChanged, q, [this] {
            validate();
        });
    }
    updateNoTimeOff();
}

void MemberDialog::Private::updateNoTimeOff()
{
    noTimeOff->setVisible(timeOff->rowCount() == 0);
}

// OK takes a pending zone that is the only match of the search: what the
// person typed means it. (Several matches keep OK disabled; see validate().)
void MemberDialog::Private::accept()
{
    if (zone->pendingIsOnlyMatch())
        zone->choosePending();
    q->QDialog::accept();
}

void MemberDialog::Private::validate()
{
    if (readOnly) {
        message->show(Severity::Information,
                      tr("This plan is open read-only, so this member cannot be changed "
                         "here."));
        return;
    }
    QStringList errors;
    // A name not typed yet keeps OK disabled without a red message: the
    // dialog has only just opened, nothing is wrong yet.
    bool quietError = false;
    if (name->text().trimmed().isEmpty()) {
        //: Error under the member dialog's name field when it is empty
        if (nameEdited)
            errors << tr("Enter the member’s name.");
        else
            quietError = true;
    }
    if (region->currentIndex() < 0 && region->count() == 0) {
        errors << tr("Add a region to the plan first: every member belongs to one.");
    } else if (region->currentIndex() < 0) {
        //: Error under the member dialog's region field when none is chosen
        errors << tr("Choose the member’s region.");
    }
    const QString zoneId = zone->zone();
    const QString pending = zone->pendingZone();
    // A zone highlighted but not chosen is never dropped silently: OK takes
    // it when it is the search's only match, and otherwise waits until the
    // person picks a zone or takes the search back.
    const bool ambiguousPending = !pending.isEmpty() && !zone->pendingIsOnlyMatch();
    if (ambiguousPending) {
        errors << (zoneId.isEmpty()
                       ? tr("%1 is highlighted but not chosen. Press Enter or click a zone to "
                            "choose it.")
                             .arg(pending)
                       : tr("%1 is highlighted but not chosen. Press Enter or click a zone to "
                            "choose it, or press Esc in the search to keep %2.")
                             .arg(pending, zoneId));
    } else if (zoneId.isEmpty()) {
        if (pending.isEmpty())
            errors << tr("Choose a time zone: no zone matches the search.");
    } else if (!TimeZone::find(zoneId.toStdString())) {
        errors
            << tr("“%1” is not a time zone Sunrelay knows. Choose one from the list.").arg(zoneId);
    }
    for (int row = 0; row < timeOff->rowCount(); ++row) {
        const QDate from = dateEdit(row, FromColumn)->date();
        const QDate to = dateEdit(row, ToColumn)->date();
        if (to < from)
            errors << tr("Time off %1 ends on %2, before it starts on %3. Change the last day.")
                          .arg(row + 1)
                          .arg(QLocale().toString(to, QLocale::ShortFormat),
                               QLocale().toString(from, QLocale::ShortFormat));
    }

    QStringList notes;
    Severity severity = Severity::Information;
    if (!pending.isEmpty() && !ambiguousPending)
        notes << tr("OK chooses %1, the only zone that matches the search.").arg(pending);
    if (week->pattern(WeekLayer::Work).isEmpty()) {
        notes << tr(
            "No working hours yet: this member covers no time until you draw some on "
            "the Week page.");
        severity = Severity::Warning;
    }
    if (!errors.isEmpty())
        message->show(Severity::Error, errors.join(u'\n'));
    else if (!notes.isEmpty())
        message->show(severity, notes.join(u'\n'));
    else
        message->hide();
    if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(errors.isEmpty() && !quietError);
}

// The fields from the member, the region list from the plan.
void MemberDialog::Private::fill(const Plan &plan, const Member &member)
{
    name->setText(QString::fromStdString(member.name));
    for (const Region &planRegion : plan.regions) {
        const QString colour = QString::fromStdString(planRegion.color);
        region->addItem(regionSwatch(colour, q->palette()),
                        QString::fromStdString(planRegion.name),
                        QString::fromStdString(planRegion.id));
        region->setItemData(region->count() - 1, QColor::fromString(colour), kRegionColourRole);
    }
    region->setCurrentIndex(region->findData(QString::fromStdString(member.region)));
    zone->setZone(QString::fromStdString(member.zone.name()));
    week->setPatterns(member.work, member.deepWork, member.comms);
    for (const DateRange &range : member.timeOff)
        addTimeOff(range);
    updateNoTimeOff();
}

MemberDialog::MemberDialog(const Plan &plan, const Member &member, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->original = member;
    //: Title of the member dialog when adding a member
    const QString addTitle = tr("Add member");
    //: Title of the member dialog when editing a member
    const QString editTitle = tr("Edit member");
    setWindowTitle(member.name.empty() ? addTitle : editTitle);

    d->message = new InlineMessage(this);
    d->message->hide();

    auto *tabs = new QTabWidget(this);
    //: Tab in the member dialog: name, region and time zone
    tabs->addTab(d->generalPage(), tr("&General"));
    //: Tab: the member's weekly working hours, deep work and comms windows
    tabs->addTab(d->weekPage(), tr("W&eek"));
    //: Tab in the member dialog: the member's days and dates off
    tabs->addTab(d->timeOffPage(), tr("Time o&ff"));
    tabs->setDocumentMode(false);

    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(d->buttons, &QDialogButtonBox::accepted, this, [this] {
        d->accept();
    });
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The message goes below the pages: showing or hiding it (the first
    // range drawn ends "No working hours yet") must not move the week grid
    // under the pointer.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(d->message);
    layout->addWidget(d->buttons);

    d->fill(plan, member);

    connect(d->name, &QLineEdit::textEdited, this, [this] {
        d->nameEdited = true;
    });
    connect(d->name, &QLineEdit::textChanged, this, [this] {
        d->validate();
    });
    // The week in the region's colour, as the timeline shows the member.
    const auto colourWeek = [this] {
        d->week->setBlockColour(d->region->currentData(kRegionColourRole).value<QColor>());
    };
    colourWeek();
    connect(d->region, &QComboBox::currentIndexChanged, this, [this, colourWeek] {
        colourWeek();
        d->validate();
    });
    connect(d->zone, &ZonePicker::zoneChanged, this, [this] {
        d->validate();
    });
    connect(d->zone, &ZonePicker::pendingZoneChanged, this, [this] {
        d->validate();
    });
    connect(d->week, &WeekEditor::patternsChanged, this, [this] {
        d->validate();
    });
    d->validate();
    d->name->setFocus();
}

MemberDialog::~MemberDialog() = default;

void MemberDialog::setReadOnly(bool readOnly)
{
    d->readOnly = readOnly;
    // Every field looks the same read-only: its value on the window's
    // colour, selectable, not editable; nothing greyed out as if disabled.
    d->name->setReadOnly(readOnly);
    setShowOnlyLook(d->name, readOnly);
    d->name->deselect();
    d->regionText->setText(d->region->currentText());
    d->regionText->setToolTip(d->region->currentText());
    qDeleteAll(d->regionText->actions()); // the swatch of a region shown before
    if (readOnly && d->region->currentIndex() >= 0)
        d->regionText->addAction(d->region->itemIcon(d->region->currentIndex()),
                                 QLineEdit::LeadingPosition);
    d->region->setVisible(!readOnly);
    d->regionText->setVisible(readOnly);
    d->regionLabel->setBuddy(readOnly ? static_cast<QWidget *>(d->regionText) : d->region);
    d->zone->setReadOnly(readOnly);
    d->week->setReadOnly(readOnly);
    d->addTimeOffButton->setVisible(!readOnly);
    d->removeTimeOff->setVisible(!readOnly);
    for (int row = 0; row < d->timeOff->rowCount(); ++row) {
        for (const int column : {FromColumn, ToColumn}) {
            QDateEdit *edit = d->dateEdit(row, column);
            edit->setReadOnly(readOnly);
            edit->setCalendarPopup(!readOnly);
            edit->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                            : QAbstractSpinBox::UpDownArrows);
        }
    }
    // Only Close: there is nothing to confirm.
    d->buttons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                            : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (readOnly) {
        // Focus on Close, not in a field that would look like it takes typing.
        if (QPushButton *close = d->buttons->button(QDialogButtonBox::Close)) {
            close->setDefault(true);
            close->setFocus();
        }
    }
    d->validate();
}

bool MemberDialog::isReadOnly() const
{
    return d->readOnly;
}

Member MemberDialog::member() const
{
    Member result = d->original;
    result.name = d->name->text().trimmed().toStdString();
    if (d->region->currentIndex() >= 0)
        result.region = d->region->currentData().toString().toStdString();
    if (const auto zone = TimeZone::find(d->zone->zone().toStdString()))
        result.zone = *zone;
    result.work = d->week->pattern(WeekLayer::Work);
    result.deepWork = d->week->pattern(WeekLayer::DeepWork);
    result.comms = d->week->pattern(WeekLayer::Comms);
    result.timeOff.clear();
    for (int row = 0; row < d->timeOff->rowCount(); ++row) {
        const QDate from = d->dateEdit(row, FromColumn)->date();
        const QDate to = d->dateEdit(row, ToColumn)->date();
        if (from <= to)
            result.timeOff.push_back({fromQDate(from), fromQDate(to)});
    }
    return result;
}

} // namespace sunrelay::gui
