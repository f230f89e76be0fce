#pragma once

// File > Import Busy Time… (a member's own calendar) and Import Holidays… (a
// region's public holidays): the file is read off the GUI thread (lib/ical
// is Qt-free and reentrant per call) while the dialog shows progress and
// Cancel; then it previews what will be added (busy times: local date and
// time in the member's zone and the summary; holidays: date and name), how
// many, and what it replaces ("Replaces 12 busy times from the last
// import."). The member or region and the range (UTC dates; by default the
// CLI's: a week ago to a year ahead, two for holidays) can be changed there,
// which reads the file again. OK applies it as one undo step
// (PlanDocument::replaceBusyTimes()/replaceHolidays()). A file lib/ical
// refuses shows its name and what is wrong, and OK stays disabled: nothing
// changes. Cancel changes nothing.
//
// Example (My week's "Import My Calendar…"):
//   importCalendarFile(document, CalendarImportKind::BusyTime, folder, this, "anna");

#include "gui/calendar/calendar_files.h"

#include <QDialog>

#include <memory>
#include <string>

class QComboBox;
class QTreeWidget;

namespace sunrelay::gui
{

class PlanDocument;

class CalendarImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `document` must outlive the dialog.
    CalendarImportDialog(PlanDocument *document,
                         CalendarImportKind kind,
                         QWidget *parent = nullptr);
    ~CalendarImportDialog() override;

    // The member (busy time) or region (holidays) to import for; an unknown id
    // changes nothing.
    void setTarget(const std::string &id);
    std::string target() const;
    // The range, UTC dates, both included.
    void setDates(const QDate &from, const QDate &to);
    // Starts reading `path` (again after each change of target or range).
    void read(const QString &path);
    bool isReading() const;
    // After reading: why the file cannot be imported (empty if it can), and
    // what it would do.
    QString errorText() const;
    QString summaryText() const;
    QTreeWidget *preview() const;
    QComboBox *targetBox() const;

public slots:
    // Applies the import as one undo step; does nothing while reading or
    // after an error.
    void accept() override;

signals:
    // Each read ended (with a preview or an error).
    void readFinished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The whole flow: an open-file dialog for the .ics (starting in `folder`),
// then the dialog above, preset to member or region `presetId` if given.
// True if an import was applied.
bool importCalendarFile(PlanDocument *document,
                        CalendarImportKind kind,
                        const QString &folder,
                        QWidget *parent,
                        const std::string &presetId = {});

} // namespace sunrelay::gui
