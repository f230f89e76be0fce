#include "gui/tasks/task_dialog.h"

#include "shared/date_patterns.h"

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

namespace sunrelay::gui
{

namespace
{

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
    TaskDialog *q = nullptr;
    Task original;
    QLineEdit *title = nullptr;
    FieldProblem *titleProblem = nullptr;
    QLineEdit *effort = nullptr;
    FieldProblem *effortProblem = nullptr;
    QLabel *effortWords = nullptr; // "= 1 h 30 min"
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

    // The rows of the form, made by the constructor from the top.
    void addTitleRow(QFormLayout &form, const Task &task);
    void addEffortRow(QFormLayout &form, const Task &task);
    void addPriorityRow(QFormLayout &form, const Task &task);
    void addDeadlineRows(QFormLayout &form, const Plan &plan, const TimeZone &referenceZone);
    void showDeadline(const Task &task, const TimeZone &referenceZone);
    void addNotesRow(QFormLayout &form, const Task &task);
    void showEffortWords();
    void connectValidation();

    std::optional<Instant> deadline() const
    {
        const auto zone = deadlineZone->zone();
        if (!hasDeadline->isChecked() || !zone)
            return std::nullopt;
        if (original.deadline && deadlineDate->date() == shownDate
            && deadlineTime->time() == shownTime && deadlineZone->currentText() == shownZone)
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
            const QString note = localReadingNote(*zone,
                                                  reading,
                                                  resolveLocalTime(*zone, reading),
                                                  style,
                                                  ReadingMoment::Deadline);
            deadlineNote->setText(note);
            deadlineNote->setVisible(!note.isEmpty());
        }
        if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
            ok->setEnabled(fine);
        return fine;
    }
};

void TaskDialog::Private::addTitleRow(QFormLayout &form, const Task &task)
{
    title = new QLineEdit(QString::fromStdString(task.title), q);
    //: Accessible name of the task dialog's title field
    title->setAccessibleName(tr("Title"));
    title->setPlaceholderText(tr("What is to be done"));
    //: Accessible name of the message shown under the task dialog's title field when it is invalid
    titleProblem = new FieldProblem(tr("Title problem"), q);
    //: Form label in the task dialog: the task's title
    form.addRow(tr("&Title:"), title);
    form.addRow(QString(), titleProblem);
}

// The effort in hours, with the words it stands for beside it.
void TaskDialog::Private::addEffortRow(QFormLayout &form, const Task &task)
{
    effort = new QLineEdit(q);
    //: Accessible name of the task dialog's effort field
    effort->setAccessibleName(tr("Effort in hours"));
    //: Placeholder in the effort field: the unit typed
    effort->setPlaceholderText(tr("hours"));
    if (isValidEffort(task.effortHours))
        effort->setText(hoursNumber(task.effortHours));
    //: Accessible name of the message shown under the task dialog's effort field when it is invalid
    effortProblem = new FieldProblem(tr("Effort problem"), q);
    auto *effortRow = new QHBoxLayout;
    effortRow->addWidget(effort);
    effortWords = new QLabel(q); // "= 1 h 30 min"
    effortWords->setForegroundRole(QPalette::PlaceholderText);
    effortRow->addWidget(effortWords, 1);
    //: Form label in the task dialog: the work the task takes, in hours
    form.addRow(tr("&Effort (hours):"), effortRow);
    form.addRow(QString(), effortProblem);
    qobject_cast<QLabel *>(form.labelForField(effortRow))->setBuddy(effort);
}

void TaskDialog::Private::addPriorityRow(QFormLayout &form, const Task &task)
{
    priority = new QSpinBox(q);
    //: Accessible name of the task dialog's priority field
    priority->setAccessibleName(tr("Priority"));
    // The plan file takes any priority from 1 up (store's checkTask).
    priority->setRange(1, std::numeric_limits<int>::max());
    priority->setValue(task.priority);
    priority->setToolTip(tr("1 is the highest: tasks are worked in priority order."));
    auto *priorityRow = new QHBoxLayout;
    priorityRow->addWidget(priority);
    //: Hint beside the task dialog's priority field: priority 1 comes first
    auto *priorityHint = new QLabel(tr("1 is the highest"), q);
    priorityHint->setForegroundRole(QPalette::PlaceholderText);
    priorityRow->addWidget(priorityHint, 1);
    //: Form label in the task dialog: the task's priority
    form.addRow(tr("&Priority:"), priorityRow);
    qobject_cast<QLabel *>(form.labelForField(priorityRow))->setBuddy(priority);
}

// The deadline: a date, a time and a zone, with a note on a skipped or
// repeated reading and a problem line.
void TaskDialog::Private::addDeadlineRows(QFormLayout &form,
                                          const Plan &plan,
                                          const TimeZone &referenceZone)
{
    //: Check box used as a form label in the task dialog: the task has a deadline
    hasDeadline = new QCheckBox(tr("&Deadline:"), q);
    //: Accessible name of the task dialog's deadline check box
    hasDeadline->setAccessibleName(tr("Has a deadline"));
    deadlineDate = new QDateEdit(q);
    deadlineDate->setCalendarPopup(true);
    deadlineDate->setDisplayFormat(apptext::datePattern(apptext::DateParts::WeekdayDayMonthYear));
    //: Accessible name of the task dialog's deadline date field
    deadlineDate->setAccessibleName(tr("Deadline date"));
    deadlineTime = clockEdit(style, q);
    //: Accessible name of the task dialog's deadline time field
    deadlineTime->setAccessibleName(tr("Deadline time"));
    deadlineZone = new ZoneCombo(plan, referenceZone, q);
    //: Accessible name of the task dialog's deadline time zone field
    deadlineZone->setAccessibleName(tr("Deadline time zone"));
    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(deadlineDate);
    deadlineRow->addWidget(deadlineTime);
    deadlineRow->addWidget(deadlineZone, 1);
    form.addRow(hasDeadline, deadlineRow);
    deadlineNote = new QLabel(q);
    deadlineNote->setWordWrap(true);
    //: Accessible name of the note under the deadline saying what it is in other time zones
    deadlineNote->setAccessibleName(tr("Deadline note"));
    deadlineNote->hide();
    form.addRow(QString(), deadlineNote);
    //: Accessible name of the message shown under the deadline fields when they are invalid
    deadlineProblem = new FieldProblem(tr("Deadline problem"), q);
    form.addRow(QString(), deadlineProblem);
}

// The deadline as it reads in the reference zone, or the end of today there
// for a new one.
void TaskDialog::Private::showDeadline(const Task &task, const TimeZone &referenceZone)
{
    const Instant shown = task.deadline.value_or(
        resolveLocalTime(
            referenceZone,
            LocalTime{date::floor<date::days>(
                toLocal(referenceZone, date::floor<Seconds>(std::chrono::system_clock::now())))}
                + std::chrono::hours{17})
            .instant);
    const LocalTime reading = toLocal(referenceZone, shown);
    const LocalDate readingDay = date::floor<date::days>(reading);
    deadlineDate->setDate(toQDate(readingDay));
    deadlineTime->setTime(QTime::fromMSecsSinceStartOfDay(
        int(std::chrono::duration_cast<std::chrono::milliseconds>(reading - readingDay).count())));
    hasDeadline->setChecked(task.deadline.has_value());
    shownDate = deadlineDate->date();
    shownTime = deadlineTime->time();
    shownZone = deadlineZone->currentText();
}

void TaskDialog::Private::addNotesRow(QFormLayout &form, const Task &task)
{
    notes = new QPlainTextEdit(QString::fromStdString(task.notes), q);
    //: Accessible name of the task dialog's notes field
    notes->setAccessibleName(tr("Notes"));
    notes->setTabChangesFocus(true);
    notes->setPlaceholderText(tr("Links, context, who to ask"));
    //: Form label in the task dialog: free-text notes on the task
    form.addRow(tr("&Notes:"), notes);
}

void TaskDialog::Private::showEffortWords()
{
    const auto hours = parseEffortHours(effort->text());
    //: Beside the effort field: the hours typed, written out; %1 is e.g. "1 h 30 min"
    effortWords->setText(hours && isValidEffort(*hours) ? tr("= %1").arg(effortText(*hours))
                                                        : QString());
}

// Every edit checks the fields again: problems show as they are typed.
void TaskDialog::Private::connectValidation()
{
    const auto check = [this] {
        validate();
    };
    QObject::connect(title, &QLineEdit::textChanged, q, check);
    QObject::connect(effort, &QLineEdit::textChanged, q, [this] {
        showEffortWords();
        validate();
    });
    QObject::connect(hasDeadline, &QCheckBox::toggled, q, check);
    QObject::connect(deadlineDate, &QDateEdit::dateChanged, q, check);
    QObject::connect(deadlineTime, &QTimeEdit::timeChanged, q, check);
    QObject::connect(deadlineZone, &ZoneCombo::zoneEdited, q, check);
}

TaskDialog::TaskDialog(const Plan &plan,
                       const Task &task,
                       const TimeZone &referenceZone,
                       ClockStyle style,
                       QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->original = task;
    d->style = style;
    const bool adding = task.title.empty();
    //: Title of the task dialog when adding a task; %1 is the task's id
    const QString addTitle = tr("Add task %1");
    //: Title of the task dialog when editing a task; %1 is the task's id
    const QString editTitle = tr("Edit task %1");
    setWindowTitle((adding ? addTitle : editTitle).arg(QString::fromStdString(task.id)));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    d->addTitleRow(*form, task);
    d->addEffortRow(*form, task);
    d->addPriorityRow(*form, task);
    d->addDeadlineRows(*form, plan, referenceZone);
    d->showDeadline(task, referenceZone);
    d->addNotesRow(*form, task);

    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(d->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (d->validate())
            accept();
    });
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(d->buttons);

    d->connectValidation();
    d->showEffortWords();
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
