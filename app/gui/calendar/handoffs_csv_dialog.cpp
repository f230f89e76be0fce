#include "gui/calendar/handoffs_csv_dialog.h"

#include "gui/calendar/calendar_files.h"
#include "gui/calendar/export_fields.h"
#include "gui/document/plan_document.h"
#include "gui/window/save_target.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sunrelay::gui
{

HandoffsCsvDialog::HandoffsCsvDialog(const PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_dates(new DateRangeEdit(this))
    //: Title of the file dialog behind the Export Handoffs dialog's File field
    , m_file(new SaveFileField(
          tr("Export handoffs as CSV"),
          //: File type filter of the Export Handoffs dialog's file dialog; keep "(*.csv)"
          tr("CSV (*.csv)"),
          this))
    , m_error(new ErrorLabel(this))
{
    //: Title of the Export Handoffs as CSV dialog (File menu)
    setWindowTitle(tr("Export Handoffs as CSV"));
    setObjectName(QStringLiteral("handoffsCsvDialog"));
    auto *note = new QLabel(tr("One row per handoff: both sides' local times, the wait, the "
                               "sync slot and the tasks passed with their notes."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    //: Form label in an export dialog: the range of dates to export
    form->addRow(tr("&Dates:"), m_dates);
    //: Form label in an export dialog: the file to write
    form->addRow(tr("&File:"), m_file);
    qobject_cast<QLabel *>(form->labelForField(m_dates))->setBuddy(m_dates->fromEdit());
    qobject_cast<QLabel *>(form->labelForField(m_file))->setBuddy(m_file->lineEdit());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: OK button of the Export Handoffs as CSV dialog
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoffsCsvDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_dates->setZone(m_reference);
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    m_dates->setDates(monday, monday.addDays(6));
}

void HandoffsCsvDialog::setDates(const QDate &from, const QDate &to)
{
    m_dates->setDates(from, to);
}

void HandoffsCsvDialog::setReferenceZone(const TimeZone &zone)
{
    m_reference = zone;
    m_dates->setZone(zone);
}

void HandoffsCsvDialog::setFilePath(const QString &path)
{
    m_file->setPath(path);
}

QString HandoffsCsvDialog::filePath() const
{
    return m_file->path();
}

QString HandoffsCsvDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void HandoffsCsvDialog::showError(const QString &text)
{
    m_error->showError(text);
}

void HandoffsCsvDialog::accept()
{
    showError({});
    if (m_dates->to() < m_dates->from())
        return showError(
            tr("The last date (%1) is before the first (%2).")
                .arg(m_dates->to().toString(Qt::ISODate), m_dates->from().toString(Qt::ISODate)));
    if (filePath().isEmpty())
        return showError(tr("Choose a file to export to."));
    const auto target = saveTarget(this, filePath(), QStringLiteral("csv"));
    if (!target)
        return;
    const Interval window = datesWindow(m_reference, m_dates->from(), m_dates->to());
    if (const auto error =
            writeHandoffsCsvFile(m_document->plan(), m_document->routes().routes, window, *target))
        return showError(*error);
    m_writtenPath = *target;
    QDialog::accept();
}

} // namespace sunrelay::gui
