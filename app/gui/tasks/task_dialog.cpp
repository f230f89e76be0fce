#include "gui/tasks/task_dialog.h"

#include "gui/tasks/dialog_parts.h"
#include "gui/tasks/task_text.h"
#include "gui/text/qt_dates.h"

#include "sunrelay/core/local_time.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace sunrelay::gui {

namespace {


// "100000" in the locale's digits, without a needless ".0".
QString hoursNumber(double hours)
{
    return QLocale().toString(hours, 'g', 12);
}
} // namespace

std::optional<double> parseEffortHours(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double hours = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        hours = QLocale::c().toDouble(trimmed, &ok);
    if (!ok)
        return std::nullopt;
    return hours;
}

struct TaskDialog::Private {
    Task original;
    QLineEdit *title = nullptr;
    FieldProblem *titleProblem = nullptr;
    QLineEdit *effort = nullptr;
    FieldProblem *effortProblem = nullptr;
    QSpinBox *priority = nullptr;
    QCheckBox *hasDeadline = nullptr;
    QDateEdit *deadlineDate = nullptr;
    QTimeEdit *deadlineTime = nullptr;
    ZoneCombo *deadlineZone = nullptr;
    QLabel *deadlineNote = nullptr;
    FieldProblem *deadlineProblem = nullptr;
    QPlainTextEdit *notes = nullptr;
    QDialogButtonBox *buttons = nullptr;
    ClockStyle style = ClockStyle::TwentyFourHour;
    // The deadline's reading as first shown: left as it is, the deadline
    // stays the instant it was, even when the reading is the second of a
    // repeated hour (which reading it again would turn into the first).
    QDate shownDate;
    QTime shownTime;
    QString shownZone;

    std::optional<Instant> deadline() const
    {
        const auto zone = deadlineZone->zone();
        if (!hasDeadline->isChecked() || !zone)
            return std::nullopt;
        if (original.deadline && deadlineDate->date() == shownDate &&
            deadlineTime->time() == shownTime && deadlineZone->currentText() == shownZone)
            return original.deadline;
        return resolveLocalTime(*zone, localReading(deadlineDate->date(), deadlineTime->time()))
            .instant;
    }

    bool validate()
    {
        bool fine = true;
        if (title->text().trimmed().isEmpty()) {
            titleProblem->say(tr("Enter a title: it is how the task shows on the timeline."));
            fine = false;
        } else {
            titleProblem->say({});
        }

        const auto hours = parseEffortHours(effort->text());
        if (effort->text().trimmed().isEmpty()) {
            effortProblem->say(tr("Enter the effort in hours, e.g. 1.5 for 1 h 30 min."));
            fine = false;
        } else if (!hours || !isValidEffort(*hours)) {
            // The limits, in the words of task.h: at least a minute, at most
            // maximumEffortHours.
            effortProblem->say(
                tr("“%1” is not an effort Sunrelay can plan: enter at least %2 of work and "
                   "at most %3 hours.")
                    .arg(effort->text().trimmed(),
                         effortText(double(minimumEffort.count()) / 3600.0),
                         QLocale().toString(maximumEffortHours, 'f', 0)));
            fine = false;
        } else {
            effortProblem->say({});
        }

        deadlineDate->setEnabled(hasDeadline->isChecked());
        deadlineTime->setEnabled(hasDeadline->isChecked());
        deadlineZone->setEnabled(hasDeadline->isChecked());
        deadlineNote->clear();
        deadlineNote->hide();
        if (!hasDeadline->isChecked()) {
            deadlineProblem->say({});
        } else if (const auto zone = deadlineZone->zone(); !zone) {
            deadlineProblem->say(tr("“%1” is not a time zone Sunrelay knows. Choose one from "
                                    "the list or type an IANA name such as Europe/Berlin.")
                                     .arg(deadlineZone->currentText().trimmed()));
            fine = false;
        } else {
            deadlineProblem->say({});
            const LocalTime reading = localReading(deadlineDate->date(), deadlineTime->time());
            const QString note =
                localReadingNote(*zone, reading, resolveLocalTime(*zone, reading), style,
                                 tr("the deadline is"));
            deadlineNote->setText(note);
            deadlineNote->setVisible(!note.isEmpty());
        }
        if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
            ok->setEnabled(fine);
        return fine;
    }
};

TaskDialog::TaskDialog(const Plan &plan, const Task &task, const TimeZone &referenceZone,
                       ClockStyle style, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->original = task;
    d->style = style;
    const bool adding = task.title.empty();
    setWindowTitle(adding ? tr("Add task %1").arg(QString::fromStdString(task.id))
                          : tr("Edit task %1").arg(QString::fromStdString(task.id)));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    d->title = new QLineEdit(QString::fromStdString(task.title), this);
    d->title->setAccessibleName(tr("Title"));
    d->title->setPlaceholderText(tr("What is to be done"));
    d->titleProblem = new FieldProblem(tr("Title problem"), this);
    form->addRow(tr("&Title:"), d->title);
    form->addRow(QString(), d->titleProblem);

    d->effort = new QLineEdit(this);
    d->effort->setAccessibleName(tr("Effort in hours"));
    d->effort->setPlaceholderText(tr("hours"));
    if (isValidEffort(task.effortHours))
        d->effort->setText(hoursNumber(task.effortHours));
    d->effortProblem = new FieldProblem(tr("Effort problem"), this);
    auto *effortRow = new QHBoxLayout;
    effortRow->addWidget(d->effort);
    auto *effortWords = new QLabel(this); // "= 1 h 30 min"
    effortWords->setForegroundRole(QPalette::PlaceholderText);
    effortRow->addWidget(effortWords, 1);
    form->addRow(tr("&Effort (hours):"), effortRow);
    form->addRow(QString(), d->effortProblem);
    qobject_cast<QLabel *>(form->labelForField(effortRow))->setBuddy(d->effort);

    d->priority = new QSpinBox(this);
    d->priority->setAccessibleName(tr("Priority"));
    // The plan file takes any priority from 1 up (store's checkTask).
    d->priority->setRange(1, std::numeric_limits<int>::max());
    d->priority->setValue(task.priority);
    d->priority->setToolTip(tr("1 is the highest: tasks are worked in priority order."));
    auto *priorityRow = new QHBoxLayout;
    priorityRow->addWidget(d->priority);
    auto *priorityHint = new QLabel(tr("1 is the highest"), this);
    priorityHint->setForegroundRole(QPalette::PlaceholderText);
    priorityRow->addWidget(priorityHint, 1);
    form->addRow(tr("&Priority:"), priorityRow);
    qobject_cast<QLabel *>(form->labelForField(priorityRow))->setBuddy(d->priority);

    d->hasDeadline = new QCheckBox(tr("&Deadline:"), this);
    d->hasDeadline->setAccessibleName(tr("Has a deadline"));
    d->deadlineDate = new QDateEdit(this);
    d->deadlineDate->setCalendarPopup(true);
    d->deadlineDate->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    d->deadlineDate->setAccessibleName(tr("Deadline date"));
    d->deadlineTime = clockEdit(style, this);
    d->deadlineTime->setAccessibleName(tr("Deadline time"));
    d->deadlineZone = new ZoneCombo(plan, referenceZone, this);
    d->deadlineZone->setAccessibleName(tr("Deadline time zone"));
    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(d->deadlineDate);
    deadlineRow->addWidget(d->deadlineTime);
    deadlineRow->addWidget(d->deadlineZone, 1);
    form->addRow(d->hasDeadline, deadlineRow);
    d->deadlineNote = new QLabel(this);
    d->deadlineNote->setWordWrap(true);
    d->deadlineNote->setAccessibleName(tr("Deadline note"));
    d->deadlineNote->hide();
    form->addRow(QString(), d->deadlineNote);
    d->deadlineProblem = new FieldProblem(tr("Deadline problem"), this);
    form->addRow(QString(), d->deadlineProblem);
    // The deadline as it reads in the reference zone, or the end of today
    // there for a new one.
    const Instant shown = task.deadline.value_or(
        resolveLocalTime(referenceZone,
                         LocalTime{date::floor<date::days>(toLocal(
                             referenceZone, date::floor<Seconds>(std::chrono::system_clock::now())))} +
                             std::chrono::hours{17})
            .instant);
    const LocalTime reading = toLocal(referenceZone, shown);
    const LocalDate readingDay = date::floor<date::days>(reading);
    d->deadlineDate->setDate(toQDate(readingDay));
    d->deadlineTime->setTime(QTime::fromMSecsSinceStartOfDay(
        int(std::chrono::duration_cast<std::chrono::milliseconds>(reading - readingDay).count())));
    d->hasDeadline->setChecked(task.deadline.has_value());
    d->shownDate = d->deadlineDate->date();
    d->shownTime = d->deadlineTime->time();
    d->shownZone = d->deadlineZone->currentText();

    d->notes = new QPlainTextEdit(QString::fromStdString(task.notes), this);
    d->notes->setAccessibleName(tr("Notes"));
    d->notes->setTabChangesFocus(true);
    d->notes->setPlaceholderText(tr("Links, context, who to ask"));
    form->addRow(tr("&Notes:"), d->notes);

    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(d->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (d->validate())
            accept();
    });
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(d->buttons);

    const auto validate = [this] { d->validate(); };
    connect(d->title, &QLineEdit::textChanged, this, validate);
    connect(d->effort, &QLineEdit::textChanged, this, [this, effortWords] {
        const auto hours = parseEffortHours(d->effort->text());
        effortWords->setText(hours && isValidEffort(*hours) ? tr("= %1").arg(effortText(*hours))
                                                            : QString());
        d->validate();
    });
    connect(d->hasDeadline, &QCheckBox::toggled, this, validate);
    connect(d->deadlineDate, &QDateEdit::dateChanged, this, validate);
    connect(d->deadlineTime, &QTimeEdit::timeChanged, this, validate);
    connect(d->deadlineZone, &ZoneCombo::zoneEdited, this, validate);
    if (const auto hours = parseEffortHours(d->effort->text()); hours && isValidEffort(*hours))
        effortWords->setText(tr("= %1").arg(effortText(*hours)));
    d->validate();
    d->title->setFocus();
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

TaskDialog::~TaskDialog() = default;

Task TaskDialog::newTask(const Plan &plan)
{
    Task task;
    task.id = nextTaskId(plan);
    task.priority = 1;
    return task;
}

bool TaskDialog::isAcceptable() const
{
    return d->validate();
}

Task TaskDialog::task() const
{
    Task result = d->original;
    result.title = d->title->text().trimmed().toStdString();
    if (const auto hours = parseEffortHours(d->effort->text()); hours && isValidEffort(*hours))
        result.effortHours = *hours;
    result.priority = d->priority->value();
    result.deadline = d->deadline();
    result.notes = d->notes->toPlainText().toStdString();
    return result;
}

} // namespace sunrelay::gui
