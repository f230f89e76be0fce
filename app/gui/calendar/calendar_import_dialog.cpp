#include "gui/calendar/calendar_import_dialog.h"

#include "gui/calendar/export_fields.h"
#include "gui/document/plan_document.h"
#include "gui/text/qt_dates.h"
#include "gui/text/time_format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sunrelay::gui
{

namespace
{

// What one read gives back to the GUI thread.
struct ReadOutcome {
    std::optional<CalendarImportResult> result;
    QString error;
};

// "Tue 2026-12-01": the weekday helps when checking a meeting series. The
// date stays ISO in every language on purpose: it is compared with what
// calendar programs and .ics files show, which is ISO; the weekday is the
// reader's word.
QString dateText(LocalDate day)
{
    return QLocale().toString(toQDate(day), QStringLiteral("ddd yyyy-MM-dd"));
}

} // namespace

struct CalendarImportDialog::Private {
    Private(CalendarImportDialog *dialog, PlanDocument *plan, CalendarImportKind what)
        : q(dialog)
        , document(plan)
        , kind(what)
    {
    }

    CalendarImportDialog *q;
    PlanDocument *document;
    CalendarImportKind kind;
    QString path;
    QComboBox *target = nullptr;
    DateRangeEdit *dates = nullptr;
    QStackedWidget *pages = nullptr;
    QLabel *progressLabel = nullptr;
    QLabel *summary = nullptr;
    ErrorLabel *error = nullptr;
    QTreeWidget *preview = nullptr;
    QPushButton *ok = nullptr;
    QTimer reread;
    // Each read gets a number; only the latest one's outcome is shown.
    int generation = 0;
    bool reading = false;
    std::optional<CalendarImportResult> result;
    std::string resultTarget; // whom `result` was read for

    bool isBusyTime() const { return kind == CalendarImportKind::BusyTime; }
    QString targetName() const { return target->currentText(); }
    void startReading();
    void finishReading(int number, const ReadOutcome &outcome);
    void showPreview();
    QString replacesText() const;
    void makeTarget();
    void makePages();
};

// The plan's members (busy time) or regions (holidays), to import into.
void CalendarImportDialog::Private::makeTarget()
{
    target = new QComboBox(q);
    target->setObjectName(QStringLiteral("importTarget"));
    const Plan &plan = document->plan();
    if (isBusyTime())
        for (const Member &member : plan.members)
            target->addItem(QString::fromStdString(member.name), QString::fromStdString(member.id));
    else
        for (const Region &region : plan.regions)
            target->addItem(QString::fromStdString(region.name), QString::fromStdString(region.id));
}

// Page 0: reading, with progress; page 1: the preview or the error.
void CalendarImportDialog::Private::makePages()
{
    pages = new QStackedWidget(q);
    auto *readingPage = new QWidget(pages);
    auto *readingLayout = new QVBoxLayout(readingPage);
    progressLabel = new QLabel(readingPage);
    auto *progress = new QProgressBar(readingPage);
    progress->setRange(0, 0); // lib/ical tells no progress: a busy indicator
    //: Accessible name of the busy indicator while an iCalendar file is read
    progress->setAccessibleName(tr("Reading the calendar"));
    readingLayout->addStretch(1);
    readingLayout->addWidget(progressLabel);
    readingLayout->addWidget(progress);
    readingLayout->addStretch(1);
    auto *previewPage = new QWidget(pages);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    summary = new QLabel(previewPage);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    error = new ErrorLabel(previewPage);
    preview = new QTreeWidget(previewPage);
    preview->setObjectName(QStringLiteral("preview"));
    preview->setRootIsDecorated(false);
    preview->setUniformRowHeights(true);
    preview->setAlternatingRowColors(true);
    previewLayout->addWidget(summary);
    previewLayout->addWidget(error);
    previewLayout->addWidget(preview, 1);
    pages->addWidget(readingPage);
    pages->addWidget(previewPage);
}

CalendarImportDialog::CalendarImportDialog(PlanDocument *document,
                                           CalendarImportKind kind,
                                           QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(this, document, kind))
{
    setObjectName(QStringLiteral("calendarImportDialog"));
    QString targetLabel;
    if (d->isBusyTime()) {
        //: Title of the calendar import dialog for a member's busy times (File > Import Busy
        //: Time…)
        setWindowTitle(tr("Import Busy Time"));
        //: Form label in the calendar import dialog: the member whose busy time is imported
        targetLabel = tr("&Member:");
    } else {
        //: Title of the calendar import dialog for a region's holidays (File > Import Holidays…)
        setWindowTitle(tr("Import Holidays"));
        //: Form label in the calendar import dialog: the region whose holidays are imported
        targetLabel = tr("&Region:");
    }
    d->makeTarget();
    d->dates = new DateRangeEdit(this);
    d->dates->setZone(TimeZone::utc());
    const DateSpan span = defaultImportDates(kind, QDate::currentDate());
    d->dates->setDates(span.from, span.to);

    auto *form = new QFormLayout;
    form->addRow(targetLabel, d->target);
    //: Form label in the calendar import dialog: the range of dates to import
    form->addRow(tr("&Dates:"), d->dates);
    qobject_cast<QLabel *>(form->labelForField(d->target))->setBuddy(d->target);
    qobject_cast<QLabel *>(form->labelForField(d->dates))->setBuddy(d->dates->fromEdit());

    d->makePages();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d->ok = buttons->button(QDialogButtonBox::Ok);
    //: OK button of the calendar import dialog
    d->ok->setText(tr("&Import"));
    d->ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(d->pages, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 28);

    // Typing a date changes it digit by digit: read once typing pauses.
    d->reread.setSingleShot(true);
    d->reread.setInterval(400);
    connect(&d->reread, &QTimer::timeout, this, [this] {
        d->startReading();
    });
    connect(d->dates, &DateRangeEdit::datesChanged, this, [this] {
        if (!d->path.isEmpty())
            d->reread.start();
    });
    connect(d->target, &QComboBox::currentIndexChanged, this, [this] {
        if (d->path.isEmpty())
            return;
        // Busy times read floating times in the member's zone: read again.
        if (d->isBusyTime())
            d->startReading();
        else
            d->showPreview();
    });
}

CalendarImportDialog::~CalendarImportDialog() = default;

void CalendarImportDialog::setTarget(const std::string &id)
{
    const int index = d->target->findData(QString::fromStdString(id));
    if (index >= 0)
        d->target->setCurrentIndex(index);
}

std::string CalendarImportDialog::target() const
{
    return d->target->currentData().toString().toStdString();
}

void CalendarImportDialog::setDates(const QDate &from, const QDate &to)
{
    d->dates->setDates(from, to);
    if (!d->path.isEmpty()) {
        d->reread.stop();
        d->startReading();
    }
}

void CalendarImportDialog::read(const QString &path)
{
    d->path = path;
    d->startReading();
}

bool CalendarImportDialog::isReading() const
{
    return d->reading;
}

QString CalendarImportDialog::errorText() const
{
    return d->error->isHidden() ? QString() : d->error->text();
}

QString CalendarImportDialog::summaryText() const
{
    return d->summary->text();
}

QTreeWidget *CalendarImportDialog::preview() const
{
    return d->preview;
}

QComboBox *CalendarImportDialog::targetBox() const
{
    return d->target;
}

void CalendarImportDialog::Private::startReading()
{
    const int number = ++generation;
    reading = true;
    result.reset();
    ok->setEnabled(false);
    //: Calendar import dialog, while reading; %1 is the iCalendar file's name
    progressLabel->setText(CalendarImportDialog::tr("Reading %1…").arg(QFileInfo(path).fileName()));
    pages->setCurrentIndex(0);
    const std::string id = q->target();
    resultTarget = id;
    const Plan &plan = document->plan();
    TimeZone zone = TimeZone::utc();
    if (const auto m = plan.memberIndex(id))
        zone = plan.members[*m].zone;
    const Interval range = datesWindow(TimeZone::utc(), dates->from(), dates->to());
    if (dates->to() < dates->from()) {
        finishReading(
            number,
            {std::nullopt,
             CalendarImportDialog::tr("The last date (%1) is before the first (%2).")
                 .arg(dates->to().toString(Qt::ISODate), dates->from().toString(Qt::ISODate))});
        return;
    }
    if (id.empty()) {
        finishReading(number,
                      {std::nullopt,
                       isBusyTime() ? CalendarImportDialog::tr("The plan has no member.")
                                    : CalendarImportDialog::tr("The plan has no region.")});
        return;
    }
    // Only values go to the worker: the dialog may be gone when it ends.
    auto *watcher = new QFutureWatcher<ReadOutcome>(q);
    QObject::connect(watcher, &QFutureWatcher<ReadOutcome>::finished, q, [this, watcher, number] {
        finishReading(number, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([kind = kind, path = path, range, zone] {
        auto read = readCalendarImport(kind, path, range, zone);
        if (!read)
            return ReadOutcome{std::nullopt, read.error()};
        return ReadOutcome{std::move(read).value(), QString()};
    }));
}

void CalendarImportDialog::Private::finishReading(int number, const ReadOutcome &outcome)
{
    if (number != generation)
        return; // a later read is on its way
    reading = false;
    result = outcome.result;
    error->showError(outcome.error);
    showPreview();
    emit q->readFinished();
}

QString CalendarImportDialog::Private::replacesText() const
{
    const Plan &plan = document->plan();
    std::size_t before = 0;
    if (isBusyTime()) {
        if (const auto m = plan.memberIndex(q->target()))
            before = plan.members[*m].busy.size();
    } else if (const auto r = plan.regionIndex(q->target())) {
        before = plan.regions[*r].holidays.size();
    }
    if (before == 0)
        return CalendarImportDialog::tr("Nothing was imported for %1 before.").arg(targetName());
    return isBusyTime() ? CalendarImportDialog::tr("Replaces %n busy time(s) from the last import.",
                                                   nullptr,
                                                   int(before))
                        : CalendarImportDialog::tr("Replaces %n holiday(s) from the last import.",
                                                   nullptr,
                                                   int(before));
}

void CalendarImportDialog::Private::showPreview()
{
    pages->setCurrentIndex(1);
    preview->clear();
    // A region's holidays do not depend on whom they are for; busy times
    // are read in the member's zone, so only for the member they were read for.
    const bool usable = result && (!isBusyTime() || resultTarget == q->target());
    ok->setEnabled(usable && !document->isReadOnly());
    if (!usable) {
        //: Calendar import dialog, under an error: the import would change nothing
        summary->setText(error->isHidden() ? QString()
                                           : CalendarImportDialog::tr("Nothing will change."));
        preview->hide();
        return;
    }
    preview->show();
    const Plan &plan = document->plan();
    QList<QTreeWidgetItem *> items;
    if (isBusyTime()) {
        const auto m = plan.memberIndex(q->target());
        const TimeZone &zone = plan.members[*m].zone;
        const ClockStyle style = preferredClockStyle();
        //: Column headers of the preview of imported events: date, time span, event summary
        preview->setHeaderLabels({CalendarImportDialog::tr("Date"),
                                  //: Column headers of the preview of imported busy times: date,
                                  //: local time in a zone (%1 is a city such as Tokyo), summary
                                  CalendarImportDialog::tr("Time (%1)").arg(zoneCity(zone)),
                                  //: Column header of the preview of imported busy times: the
                                  //: event's title in the calendar (SUMMARY), a noun
                                  CalendarImportDialog::tr("Summary")});
        for (const BusyTime &busy : result->busy) {
            const LocalDate startDay = date::floor<date::days>(toLocal(zone, busy.interval.start));
            const LocalDate endDay = date::floor<date::days>(toLocal(zone, busy.interval.end));
            //: A span of clock times: "09:00–10:30"
            QString time = CalendarImportDialog::tr("%1\u2013%2")
                               .arg(clockText(busy.interval.start, zone, style),
                                    clockText(busy.interval.end, zone, style));
            //: Calendar import preview: a busy time ending on a later day; %1 is its times, %2 the
            //: end date
            if (endDay != startDay)
                time = CalendarImportDialog::tr("%1 (ends %2)").arg(time, dateText(endDay));
            items << new QTreeWidgetItem(
                {dateText(startDay), time, QString::fromStdString(busy.summary)});
        }
        summary->setText(CalendarImportDialog::tr("%n busy time(s) to import for %1.",
                                                  nullptr,
                                                  int(result->busy.size()))
                             .arg(targetName())
                         + u' ' + replacesText());
    } else {
        preview->setHeaderLabels(
            //: Column headers of the preview of imported holidays: date, holiday name
            {CalendarImportDialog::tr("Date"),
             //: Column header of the preview of imported holidays: the holiday's name
             CalendarImportDialog::tr("Name")});
        for (const Holiday &holiday : result->holidays)
            items << new QTreeWidgetItem(
                {dateText(holiday.date), QString::fromStdString(holiday.name)});
        summary->setText(CalendarImportDialog::tr("%n holiday(s) to import for %1.",
                                                  nullptr,
                                                  int(result->holidays.size()))
                             .arg(targetName())
                         + u' ' + replacesText());
    }
    preview->addTopLevelItems(items);
    for (int column = 0; column + 1 < preview->columnCount(); ++column)
        preview->resizeColumnToContents(column);
}

void CalendarImportDialog::accept()
{
    if (d->reading || !d->result || !d->ok->isEnabled())
        return;
    const std::string id = target();
    if (d->isBusyTime()) {
        //: Undo history entry; %1 is the member whose busy times are imported
        d->document->replaceBusyTimes(id,
                                      d->result->busy,
                                      tr("Import busy time of %1").arg(d->targetName()));
    } else {
        //: Undo history entry; %1 is the region the holidays are imported into
        d->document->replaceHolidays(id,
                                     d->result->holidays,
                                     tr("Import holidays of %1").arg(d->targetName()));
    }
    QDialog::accept();
}

bool importCalendarFile(PlanDocument *document,
                        CalendarImportKind kind,
                        const QString &folder,
                        QWidget *parent,
                        const std::string &presetId)
{
    QString caption;
    if (kind == CalendarImportKind::BusyTime) {
        //: Title of the file dialog that picks an iCalendar file of busy times
        caption = CalendarImportDialog::tr("Import busy time");
    } else {
        //: Title of the file dialog that picks an iCalendar file of holidays
        caption = CalendarImportDialog::tr("Import holidays");
    }
    const QString path = QFileDialog::getOpenFileName(
        parent,
        caption,
        folder,
        //: File type filters of the file dialog that picks an iCalendar file
        CalendarImportDialog::tr("iCalendar (*.ics);;All files (*)"));
    if (path.isEmpty())
        return false;
    CalendarImportDialog dialog(document, kind, parent);
    if (!presetId.empty())
        dialog.setTarget(presetId);
    dialog.read(path);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace sunrelay::gui
