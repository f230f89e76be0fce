#pragma once

// The parts the calendar dialogs share: a date range with the zone its dates
// are read in, and the file a dialog saves to (with a Browse… button whose
// file dialog offers only its format).

#include "sunrelay/core/time_zone.h"

#include <QDate>
#include <QLabel>
#include <QWidget>

class QDateEdit;
class QLineEdit;

namespace sunrelay::gui
{

// "From [2026-11-30] to [2026-12-06]  (dates in Berlin)"
class DateRangeEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateRangeEdit(QWidget *parent = nullptr);

    void setDates(const QDate &from, const QDate &to);
    QDate from() const;
    QDate to() const;
    // Shown beside the dates: "Dates in Berlin (Europe/Berlin)".
    void setZone(const TimeZone &zone);
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

signals:
    void datesChanged();

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_zone;
};

// A file name field with Browse…; `filter` ("iCalendar (*.ics)") for the
// file dialog, which confirms replacing the file it returns.
class SaveFileField : public QWidget
{
    Q_OBJECT

public:
    SaveFileField(const QString &caption, const QString &filter, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    // True once the user typed or browsed: a suggested name no longer follows
    // the dialog's choices.
    bool isChosen() const { return m_chosen; }
    QLineEdit *lineEdit() const { return m_edit; }

private:
    QString m_caption;
    QString m_filter;
    QLineEdit *m_edit;
    bool m_chosen = false;
};

// Why a dialog cannot go on, in red that stays readable in light and dark
// palettes; hidden while empty, selectable so it can be copied.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);
    // Shows `text`, or hides the label when it is empty.
    void showError(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recolour();
};

} // namespace sunrelay::gui
