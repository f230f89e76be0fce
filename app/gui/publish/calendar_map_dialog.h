#pragma once

// Publish > Use Existing Calendars…: which of the plan's calendars go into
// calendars that already exist on the server (caldav/calendar_map.h), for
// servers that do not let Sunrelay make its own (Google, an account without
// the right to create calendars). One row per calendar of the plan (all
// handoffs, each region, each member); its URL field left empty means
// "Sunrelay makes it". "Find Calendars on the Server" lists the account's
// calendars in every row's drop-down: it asks the server on a worker thread
// with its own client, with Find and OK disabled meanwhile; Cancel stops the
// request (the dialog stays open), and closing or deleting the dialog
// cancels it too. OK checks the map (one URL per calendar, all on the
// server, none known to hold no events) and stays open on a problem, shown
// without a line number and with the row's field focused.
//
// Example:
//   CalendarMapDialog dialog(plan, server, this);
//   dialog.setMap(map);
//   dialog.setAccountSource([&]() -> CalendarMapDialog::AccountOrWhyNot { return account; });
//   if (dialog.exec() == QDialog::Accepted) map = dialog.map();

#include "caldav/calendar_map.h"
#include "caldav/dav_client.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QThread;
class QTableWidget;
class QComboBox;

namespace sunrelay::gui
{

class ErrorLabel;

class CalendarMapDialog : public QDialog
{
    Q_OBJECT

public:
    // The account's calendars, or why not in words.
    using Found = Expected<std::vector<caldav::ServerCalendar>, QString>;
    // The account to ask for its calendars, or why not in words.
    using AccountOrWhyNot = Expected<caldav::ServerAccount, QString>;
    // Called on the GUI thread when Find is clicked (it may ask the user).
    using AccountSource = std::function<AccountOrWhyNot()>;

    CalendarMapDialog(const Plan &plan, QUrl server, QWidget *parent = nullptr);
    // Cancels a running Find and waits for its thread.
    ~CalendarMapDialog() override;

    void setMap(const caldav::CalendarMap &map);
    // The map the rows hold; valid after the dialog was accepted.
    const caldav::CalendarMap &map() const { return m_map; }
    // Whose calendars "Find Calendars on the Server" lists (none: the button
    // is disabled).
    void setAccountSource(AccountSource source);
    bool isFinding() const { return m_worker != nullptr; }
    // Fills the drop-downs with `calendars` (what the button does).
    void offerCalendars(const std::vector<caldav::ServerCalendar> &calendars);
    // The URL field of the calendar `key`, for tests.
    QComboBox *urlField(const QString &key) const;
    QString problemText() const;

public slots:
    void accept() override;
    // Cancels a running Find, else closes.
    void reject() override;
    // Starts asking the server; returns at once (findFinished() follows).
    void findCalendars();

signals:
    // A Find ended: calendars offered, an error shown, or cancelled.
    void findFinished();

private:
    void setFinding(bool finding);
    void findDone();
    void showProblem(const caldav::CalendarMapProblem &problem, const std::vector<int> &rowOfLine);

    QUrl m_server;
    QTableWidget *m_table;
    QLabel *m_status;
    ErrorLabel *m_problem;
    QWidget *m_findButton;
    QDialogButtonBox *m_buttons;
    AccountSource m_accountSource;
    // The last Find's calendars: OK refuses one of them that holds no events.
    std::vector<caldav::ServerCalendar> m_found;
    std::unique_ptr<QThread> m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    // Written by the worker, read after it finished.
    std::shared_ptr<std::optional<Found>> m_result;
    caldav::CalendarMap m_map;
};

} // namespace sunrelay::gui
