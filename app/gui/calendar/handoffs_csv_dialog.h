#pragma once

// File > Export Handoffs as CSV…: the handoffs whose time lies in a date
// range (dates in the window's reference zone), with both sides' local
// times, wait, sync slot and the tasks passed with their notes, as RFC 4180
// CSV (lib/exchange handoffs_csv.h) in a file that always ends in .csv.
// Errors stay in the dialog, which stays open: nothing is written then.

#include "sunrelay/core/time_zone.h"

#include <QDate>
#include <QDialog>

namespace sunrelay::gui
{

class DateRangeEdit;
class ErrorLabel;
class PlanDocument;
class SaveFileField;

class HandoffsCsvDialog : public QDialog
{
    Q_OBJECT

public:
    // `document` must outlive the dialog.
    explicit HandoffsCsvDialog(const PlanDocument *document, QWidget *parent = nullptr);

    void setDates(const QDate &from, const QDate &to);
    void setReferenceZone(const TimeZone &zone);
    void setFilePath(const QString &path);
    QString filePath() const;
    QString writtenPath() const { return m_writtenPath; }
    QString errorText() const;
    DateRangeEdit *dateRange() const { return m_dates; }

public slots:
    void accept() override;

private:
    void showError(const QString &text);

    const PlanDocument *m_document;
    TimeZone m_reference;
    QString m_writtenPath;
    DateRangeEdit *m_dates;
    SaveFileField *m_file;
    ErrorLabel *m_error;
};

} // namespace sunrelay::gui
