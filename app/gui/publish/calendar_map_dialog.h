#pragma once

// Publish > Use Existing Calendars…: which of the plan's calendars go into
// calendars that already exist on the server (caldav/calendar_map.h), for
// servers that do not let Sunrelay make its own (Google, an account without
// the right to create calendars). One row per calendar of the plan (all
// handoffs, each region, each member); its URL field left empty means
// "Sunrelay makes it". "Find Calendars on the Server" lists the account's
// calendars in every row's drop-down. OK checks the map (one URL per
// calendar, all on the server) and stays open on a problem.
//
// Example:
//   CalendarMapDialog dialog(plan, server, this);
//   dialog.setMap(map);
//   dialog.setDiscovery([&] { return listedOrWhyNot(client); });
//   if (dialog.exec() == QDialog::Accepted) map = dialog.map();

#include "caldav/calendar_map.h"

#include <QDialog>

#include <functional>

class QLabel;
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
    using Discovery = std::function<Found()>;

    CalendarMapDialog(const Plan &plan, QUrl server, QWidget *parent = nullptr);

    void setMap(const caldav::CalendarMap &map);
    // The map the rows hold; valid after the dialog was accepted.
    const caldav::CalendarMap &map() const { return m_map; }
    // How "Find Calendars on the Server" gets the list (none: the button is
    // disabled).
    void setDiscovery(Discovery discovery);
    // Fills the drop-downs with `calendars` (what the button does).
    void offerCalendars(const std::vector<caldav::ServerCalendar> &calendars);
    // The URL field of the calendar `key`, for tests.
    QComboBox *urlField(const QString &key) const;
    QString problemText() const;

public slots:
    void accept() override;
    void findCalendars();

private:
    QUrl m_server;
    QTableWidget *m_table;
    QLabel *m_status;
    ErrorLabel *m_problem;
    QWidget *m_findButton;
    Discovery m_discovery;
    caldav::CalendarMap m_map;
};

} // namespace sunrelay::gui
