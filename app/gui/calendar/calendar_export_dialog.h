#pragma once

// File > Export Calendar…: the whole plan, a region or a member, a date range
// and what to include (handoffs, deep work, comms windows, task segments),
// written as an .ics through lib/ical with the checks of `sunrelay-cli ics`
// (calendar_files.h). The file always ends in .ics: a name without it, or
// with another extension, gets ".ics" added (save_target.h), so the export
// never writes into a plan, a JSON or any other file.
//
// Plan and region dates are read in the reference zone the window shows;
// a member's dates in the member's own zone (their week, as My week shows it).
// Errors stay in the dialog, which stays open: nothing is written then.
//
// Example (My week's "Export My Calendar…"):
//   CalendarExportDialog dialog(document->plan(), this);
//   dialog.setScope(ical::ExportScope::Member, "anna");
//   dialog.setDates(monday, monday.addDays(6));
//   dialog.setFilePath(folder + "/Anna Schmidt.ics");
//   dialog.exec();

#include "sunrelay/core/plan.h"
#include "sunrelay/ical/calendar_export.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;

namespace sunrelay::gui
{

class DateRangeEdit;
class ErrorLabel;
class SaveFileField;

class CalendarExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `plan` must outlive the dialog.
    explicit CalendarExportDialog(const Plan &plan, QWidget *parent = nullptr);
    ~CalendarExportDialog() override;

    // Presets. An unknown id leaves the scope as it was.
    void setScope(ical::ExportScope scope, const std::string &id = {});
    void setDates(const QDate &from, const QDate &to);
    void setContents(const ical::ExportContents &contents);
    void setFilePath(const QString &path);
    // The folder a suggested file name goes in, until the user picks a file.
    void setFolder(const QString &folder);
    // The zone plan and region dates are read in (UTC until set).
    void setReferenceZone(const TimeZone &zone);

    ical::ExportScope scope() const;
    std::string scopeId() const; // the region's or member's id; empty for the plan
    // Scope, id, window and contents as chosen (stamp and previous are the
    // writer's).
    ical::ExportRequest request() const;
    // The file as typed, and where the last accept() wrote.
    QString filePath() const;
    QString writtenPath() const { return m_writtenPath; }
    // Why the last accept() wrote nothing; empty after a success.
    QString errorText() const;

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *targetBox() const { return m_target; }
    DateRangeEdit *dateRange() const { return m_dates; }

public slots:
    // Checks the choices and writes the file; closes only when it is written.
    void accept() override;

private:
    // The scope choices and the Include boxes (all checked), with their tooltips.
    void fillChoices();
    // The form, the error line and the buttons.
    void layOut();
    void fillTargets();
    void updateZone();
    void suggestFileName();
    TimeZone datesZone() const;
    void showError(const QString &text);

    const Plan &m_plan;
    TimeZone m_reference;
    QString m_folder;
    QString m_writtenPath;
    QComboBox *m_scope;
    QComboBox *m_target;
    DateRangeEdit *m_dates;
    QCheckBox *m_handoffs;
    QCheckBox *m_deepWork;
    QCheckBox *m_comms;
    QCheckBox *m_tasks;
    SaveFileField *m_file;
    ErrorLabel *m_error;
};

} // namespace sunrelay::gui
