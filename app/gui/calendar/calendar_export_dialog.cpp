#include "gui/calendar/calendar_export_dialog.h"

#include "gui/calendar/calendar_files.h"
#include "gui/calendar/export_fields.h"
#include "gui/window/save_target.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sunrelay::gui
{

namespace
{

// File names keep to what every file system takes.
QString fileNamePart(const std::string &name)
{
    QString part = QString::fromStdString(name);
    static const QString reserved = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : part)
        if (reserved.contains(c) || c.unicode() < 0x20)
            c = u'-';
    return part.trimmed();
}

} // namespace

CalendarExportDialog::CalendarExportDialog(const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_scope(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_dates(new DateRangeEdit(this))
    //: Export Calendar dialog, Include check box: the handoff events
    , m_handoffs(new QCheckBox(tr("&Handoffs"), this))
    //: Export Calendar dialog, Include check box: members' protected deep-work (focus) blocks
    , m_deepWork(new QCheckBox(tr("&Deep-work blocks"), this))
    //: Export Calendar dialog, Include check box: fixed times for messages and calls
    , m_comms(new QCheckBox(tr("&Comms windows"), this))
    //: Export Calendar dialog, Include check box: the parts of tasks worked in each region
    , m_tasks(new QCheckBox(tr("&Task segments"), this))
    //: Title of the file dialog behind the Export Calendar dialog's File field
    , m_file(new SaveFileField(
          tr("Export calendar"),
          //: File type filter of the Export Calendar dialog's file dialog; keep "(*.ics)"
          tr("iCalendar (*.ics)"),
          this))
    , m_error(new ErrorLabel(this))
{
    //: Title of the Export Calendar dialog (File > Export Calendar…, My week's export button)
    setWindowTitle(tr("Export Calendar"));
    setObjectName(QStringLiteral("calendarExportDialog"));
    fillChoices();
    layOut();

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillTargets();
        updateZone();
        suggestFileName();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        updateZone();
        suggestFileName();
    });
    fillTargets();
    updateZone();
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    m_dates->setDates(monday, monday.addDays(6));
}

CalendarExportDialog::~CalendarExportDialog() = default;

void CalendarExportDialog::fillChoices()
{
    m_scope->setObjectName(QStringLiteral("scope"));
    m_target->setObjectName(QStringLiteral("scopeTarget"));
    //: Export choice: the calendar of the whole plan (every region and member)
    m_scope->addItem(tr("Whole plan"), int(ical::ExportScope::Plan));
    //: Export choice: the calendar of a whole region (not one member)
    m_scope->addItem(tr("Region"), int(ical::ExportScope::Region));
    //: Export choice: the calendar of one member
    m_scope->addItem(tr("Member"), int(ical::ExportScope::Member));
    //: Accessible name of the Export Calendar dialog's list of which region or member to export
    m_target->setAccessibleName(tr("Region or member"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_handoffs->setToolTip(
        tr("One event per handoff of the scope's regions, with the tasks "
           "passed and their notes."));
    m_deepWork->setToolTip(tr("Protected deep-work blocks as weekly busy events."));
    m_comms->setToolTip(tr("Comms windows as weekly free events."));
    m_tasks->setToolTip(
        tr("One event for each stretch of a task a member works, with its "
           "route."));
    for (QCheckBox *box : {m_handoffs, m_deepWork, m_comms, m_tasks})
        box->setChecked(true);
}

void CalendarExportDialog::layOut()
{
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope);
    scopeRow->addWidget(m_target, 1);
    auto *include = new QVBoxLayout;
    include->setSpacing(2);
    for (QCheckBox *box : {m_handoffs, m_deepWork, m_comms, m_tasks})
        include->addWidget(box);
    auto *form = new QFormLayout;
    //: Form label in the Export Calendar dialog: whose calendar to export
    form->addRow(tr("&Export:"), scopeRow);
    //: Form label in the Export Calendar dialog: the range of dates to export
    form->addRow(tr("&Dates:"), m_dates);
    //: Label before check boxes: what the exported calendar holds
    form->addRow(tr("Include:"), include);
    //: Form label in the Export Calendar dialog: the .ics file to write
    form->addRow(tr("&File:"), m_file);
    qobject_cast<QLabel *>(form->labelForField(scopeRow))->setBuddy(m_scope);
    qobject_cast<QLabel *>(form->labelForField(m_dates))->setBuddy(m_dates->fromEdit());
    qobject_cast<QLabel *>(form->labelForField(m_file))->setBuddy(m_file->lineEdit());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: OK button of the Export Calendar dialog: writes the .ics file
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void CalendarExportDialog::fillTargets()
{
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    switch (scope()) {
    case ical::ExportScope::Plan:
        break;
    case ical::ExportScope::Region:
        for (const Region &region : m_plan.regions)
            m_target->addItem(QString::fromStdString(region.name),
                              QString::fromStdString(region.id));
        break;
    case ical::ExportScope::Member:
        for (const Member &member : m_plan.members) {
            const auto region = m_plan.regionIndex(member.region);
            m_target->addItem(
                //: A member and their region in the list of whose calendar to export: "Ana Lima
                //: (AMER)"
                region ? tr("%1 (%2)").arg(QString::fromStdString(member.name),
                                           QString::fromStdString(m_plan.regions[*region].name))
                       : QString::fromStdString(member.name),
                QString::fromStdString(member.id));
        }
        break;
    }
    m_target->setEnabled(scope() != ical::ExportScope::Plan);
    m_target->setVisible(scope() != ical::ExportScope::Plan);
}

TimeZone CalendarExportDialog::datesZone() const
{
    if (scope() == ical::ExportScope::Member)
        if (const auto m = m_plan.memberIndex(scopeId()))
            return m_plan.members[*m].zone;
    return m_reference;
}

void CalendarExportDialog::updateZone()
{
    m_dates->setZone(datesZone());
}

void CalendarExportDialog::suggestFileName()
{
    if (m_file->isChosen() || m_folder.isEmpty())
        return;
    QString name = fileNamePart(m_plan.name);
    if (const auto m = m_plan.memberIndex(scopeId()); m && scope() == ical::ExportScope::Member)
        name += QStringLiteral(" - ") + fileNamePart(m_plan.members[*m].name);
    else if (const auto r = m_plan.regionIndex(scopeId());
             r && scope() == ical::ExportScope::Region)
        name += QStringLiteral(" - ") + fileNamePart(m_plan.regions[*r].name);
    if (name.isEmpty())
        //: Default file name (without .ics) of an exported calendar
        name = tr("calendar");
    m_file->setPath(m_folder + u'/' + name + QStringLiteral(".ics"));
}

void CalendarExportDialog::setScope(ical::ExportScope scope, const std::string &id)
{
    const bool known = scope == ical::ExportScope::Plan
        || (scope == ical::ExportScope::Region && m_plan.regionIndex(id))
        || (scope == ical::ExportScope::Member && m_plan.memberIndex(id));
    if (!known)
        return;
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
    if (scope != ical::ExportScope::Plan)
        m_target->setCurrentIndex(m_target->findData(QString::fromStdString(id)));
}

void CalendarExportDialog::setDates(const QDate &from, const QDate &to)
{
    m_dates->setDates(from, to);
}

void CalendarExportDialog::setContents(const ical::ExportContents &contents)
{
    m_handoffs->setChecked(contents.handoffs);
    m_deepWork->setChecked(contents.deepWork);
    m_comms->setChecked(contents.comms);
    m_tasks->setChecked(contents.taskSegments);
}

void CalendarExportDialog::setFilePath(const QString &path)
{
    m_file->setPath(path);
}

void CalendarExportDialog::setFolder(const QString &folder)
{
    m_folder = folder;
    suggestFileName();
}

void CalendarExportDialog::setReferenceZone(const TimeZone &zone)
{
    m_reference = zone;
    updateZone();
}

ical::ExportScope CalendarExportDialog::scope() const
{
    return ical::ExportScope(m_scope->currentData().toInt());
}

std::string CalendarExportDialog::scopeId() const
{
    if (scope() == ical::ExportScope::Plan)
        return {};
    return m_target->currentData().toString().toStdString();
}

ical::ExportRequest CalendarExportDialog::request() const
{
    ical::ExportRequest request;
    request.scope = scope();
    request.id = scopeId();
    request.window = datesWindow(datesZone(), m_dates->from(), m_dates->to());
    request.include = {.handoffs = m_handoffs->isChecked(),
                       .deepWork = m_deepWork->isChecked(),
                       .comms = m_comms->isChecked(),
                       .taskSegments = m_tasks->isChecked()};
    return request;
}

QString CalendarExportDialog::filePath() const
{
    return m_file->path();
}

QString CalendarExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CalendarExportDialog::showError(const QString &text)
{
    m_error->showError(text);
}

void CalendarExportDialog::accept()
{
    showError({});
    if (scope() != ical::ExportScope::Plan && scopeId().empty())
        return showError(scope() == ical::ExportScope::Region
                             ? tr("The plan has no region to export.")
                             : tr("The plan has no member to export."));
    if (m_dates->to() < m_dates->from())
        return showError(
            tr("The last date (%1) is before the first (%2).")
                .arg(m_dates->to().toString(Qt::ISODate), m_dates->from().toString(Qt::ISODate)));
    const ical::ExportRequest chosen = request();
    if (chosen.include == ical::ExportContents{false, false, false, false})
        return showError(tr("Choose at least one thing to include."));
    if (filePath().isEmpty())
        return showError(tr("Choose a file to export to."));
    // Always a .ics: never a calendar written into a file named for something else.
    const auto target = saveTarget(this, filePath(), QStringLiteral("ics"));
    if (!target)
        return;
    if (const auto error = writeCalendarFile(m_plan, chosen, *target))
        return showError(*error);
    m_writtenPath = *target;
    QDialog::accept();
}

} // namespace sunrelay::gui
