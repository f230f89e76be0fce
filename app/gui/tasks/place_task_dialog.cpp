#include "gui/tasks/place_task_dialog.h"

#include "shared/date_patterns.h"

#include "gui/style/region_swatch.h"
#include "gui/tasks/dialog_parts.h"
#include "gui/tasks/task_text.h"
#include "gui/text/qt_dates.h"

#include "sunrelay/core/local_time.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace sunrelay::gui
{

namespace
{

} // namespace

struct PlaceTaskDialog::Private {
    PlaceTaskDialog *q = nullptr;
    QComboBox *region = nullptr;
    FieldProblem *regionProblem = nullptr;
    QDateEdit *date = nullptr;
    QTimeEdit *time = nullptr;
    ZoneCombo *zone = nullptr;
    FieldProblem *zoneProblem = nullptr;
    QLabel *note = nullptr;
    QLabel *reference = nullptr; // the start in the reference zone
    QDialogButtonBox *buttons = nullptr;
    TimeZone referenceZone;
    ClockStyle style = ClockStyle::TwentyFourHour;
    // The placement as first shown: left as it is, the start stays the
    // instant it was, even the second of a repeated hour.
    std::optional<Instant> originalStart;
    QDate shownDate;
    QTime shownTime;
    QString shownZone;

    // The rows of the form, made by the constructor from the top.
    void addRegionRow(QFormLayout &form, const Plan &plan);
    void addStartRows(QFormLayout &form,
                      const Plan &plan,
                      const TimeZone &initialZone,
                      ClockStyle clock);
    void showStart(const Task &task);

    bool unchanged() const
    {
        return originalStart && date->date() == shownDate && time->time() == shownTime
            && zone->currentText() == shownZone;
    }

    LocalTime reading() const { return localReading(date->date(), time->time()); }

    void validate()
    {
        bool fine = true;
        if (region->currentIndex() < 0) {
            regionProblem->say(region->count() == 0
                                   ? tr("The plan has no region yet. Add one in the Team panel "
                                        "first: a task starts in a region.")
                                   : tr("Choose the region the task starts in."));
            fine = false;
        } else {
            regionProblem->say({});
        }
        const auto chosen = zone->zone();
        note->hide();
        reference->clear();
        if (!chosen) {
            zoneProblem->say(tr("“%1” is not a time zone Sunrelay knows. Choose one from the "
                                "list or type an IANA name such as Europe/Berlin.")
                                 .arg(zone->currentText().trimmed()));
            fine = false;
        } else {
            zoneProblem->say({});
            const LocalTimeLookup lookup = resolveLocalTime(*chosen, reading());
            const QString text =
                localReadingNote(*chosen, reading(), lookup, style, ReadingMoment::TaskStart);
            note->setText(text);
            note->setVisible(!text.isEmpty());
            //: Place dialog, beside the start: the same instant in the timeline's zone; %1 is a
            //: date and time
            if (!(*chosen == referenceZone))
                reference->setText(
                    tr("= %1").arg(dateTimeText(lookup.instant, referenceZone, style)));
        }
        if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
            ok->setEnabled(fine);
    }
};

void PlaceTaskDialog::Private::addRegionRow(QFormLayout &form, const Plan &plan)
{
    region = new QComboBox(q);
    //: Accessible name of the Place dialog's region field (where the task starts)
    region->setAccessibleName(tr("Region"));
    for (const Region &r : plan.regions)
        region->addItem(regionSwatch(QString::fromStdString(r.color), q->palette()),
                        QString::fromStdString(r.name),
                        QString::fromStdString(r.id));
    //: Accessible name of the message shown under the Place dialog's region field when it is
    //: invalid
    regionProblem = new FieldProblem(tr("Region problem"), q);
    //: Form label in the Place dialog: the region the task starts in
    form.addRow(tr("&Region:"), region);
    form.addRow(QString(), regionProblem);
}

// The start: a date and a time in a zone, then the same instant in the
// reference zone and a note on a skipped or repeated reading.
void PlaceTaskDialog::Private::addStartRows(QFormLayout &form,
                                            const Plan &plan,
                                            const TimeZone &initialZone,
                                            ClockStyle clock)
{
    date = new QDateEdit(q);
    date->setCalendarPopup(true);
    date->setDisplayFormat(apptext::datePattern(apptext::DateParts::WeekdayDayMonthYear));
    //: Accessible name of the Place dialog's start date field
    date->setAccessibleName(tr("Start date"));
    time = clockEdit(clock, q);
    //: Accessible name of the Place dialog's start time field
    time->setAccessibleName(tr("Start time"));
    auto *when = new QHBoxLayout;
    when->addWidget(date);
    when->addWidget(time);
    when->addStretch(1);
    //: When the placed task may start: date and time
    form.addRow(tr("&Starts:"), when);
    qobject_cast<QLabel *>(form.labelForField(when))->setBuddy(date);

    zone = new ZoneCombo(plan, initialZone, q);
    zone->setAccessibleName(tr("Time zone of the start"));
    //: Accessible name of the message shown under the Place dialog's zone field when it is invalid
    zoneProblem = new FieldProblem(tr("Time zone problem"), q);
    //: Form label in the Place dialog: the time zone the start date and time are in
    form.addRow(tr("&In time zone:"), zone);
    form.addRow(QString(), zoneProblem);

    reference = new QLabel(q);
    reference->setAccessibleName(tr("Start in the reference zone"));
    reference->setForegroundRole(QPalette::PlaceholderText);
    form.addRow(QString(), reference);
    note = new QLabel(q);
    note->setWordWrap(true);
    //: Accessible name of the Place dialog's note on a daylight saving gap or overlap at the start
    note->setAccessibleName(tr("Daylight saving note"));
    note->hide();
    form.addRow(QString(), note);
}

// Prefill: the task's placement, else the first region at the next full
// hour in the reference zone.
void PlaceTaskDialog::Private::showStart(const Task &task)
{
    const Instant now = date::floor<Seconds>(std::chrono::system_clock::now());
    const Instant shown = task.start.value_or(date::ceil<std::chrono::hours>(now));
    const LocalTime localShown = toLocal(referenceZone, shown);
    const LocalDate day = date::floor<date::days>(localShown);
    date->setDate(toQDate(day));
    time->setTime(QTime::fromMSecsSinceStartOfDay(
        int(std::chrono::duration_cast<std::chrono::milliseconds>(localShown - day).count())));
    if (task.region)
        region->setCurrentIndex(region->findData(QString::fromStdString(*task.region)));
    originalStart = task.start;
    shownDate = date->date();
    shownTime = time->time();
    shownZone = zone->currentText();
}

PlaceTaskDialog::PlaceTaskDialog(const Plan &plan,
                                 const Task &task,
                                 const TimeZone &referenceZone,
                                 ClockStyle style,
                                 QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->referenceZone = referenceZone;
    d->style = style;
    //: Title of the dialog that places a task on the timeline; %1 is the task's id
    setWindowTitle(tr("Place %1").arg(QString::fromStdString(task.id)));

    auto *heading = new QLabel(QString::fromStdString(task.title), this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto *form = new QFormLayout;
    d->addRegionRow(*form, plan);
    d->addStartRows(*form, plan, referenceZone, style);

    auto *why = new QLabel(tr("The task waits until the region covers its start, then follows "
                              "the sun from there."),
                           this);
    why->setWordWrap(true);
    why->setForegroundRole(QPalette::PlaceholderText);

    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: Button: put the task on the timeline
    d->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Place"));
    connect(d->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(why);
    layout->addStretch(1);
    layout->addWidget(d->buttons);

    d->showStart(task);
    const auto validate = [this] {
        d->validate();
    };
    connect(d->region, &QComboBox::currentIndexChanged, this, validate);
    connect(d->date, &QDateEdit::dateChanged, this, validate);
    connect(d->time, &QTimeEdit::timeChanged, this, validate);
    connect(d->zone, &ZoneCombo::zoneEdited, this, validate);
    d->validate();
    d->region->setFocus();
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

PlaceTaskDialog::~PlaceTaskDialog() = default;

std::string PlaceTaskDialog::regionId() const
{
    return d->region->currentIndex() < 0 ? std::string()
                                         : d->region->currentData().toString().toStdString();
}

std::optional<Instant> PlaceTaskDialog::start() const
{
    const auto zone = d->zone->zone();
    if (!zone)
        return std::nullopt;
    if (d->unchanged())
        return d->originalStart;
    return resolveLocalTime(*zone, d->reading()).instant;
}

QString PlaceTaskDialog::note() const
{
    return d->note->isHidden() ? QString() : d->note->text();
}

} // namespace sunrelay::gui
