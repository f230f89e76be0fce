#pragma once

// Plan > Publish…: the plan's calendars to a CalDAV server (caldav/
// publisher.h, as `sunrelay-cli publish`): server URL, user, password (kept
// in the system keyring when the user ticks "Remember", else asked each
// time), scope (everything, a region with its members, or a member) and UTC
// dates. Publishing runs on a worker thread with its own client; the dialog
// shows a progress bar by calendar, then a summary (created, updated,
// deleted, unchanged, conflicts per calendar) and every error in words.
// Cancel stops the publish after the requests in flight; closing the
// dialog cancels too. A plain http:// server other than this computer is
// used only after the user confirms sending the password unencrypted.
// "Use Existing Calendars…" maps the plan's calendars to calendars already on
// the server (calendar_map_dialog.h), for servers that refuse to create
// them; the map is remembered per server URL in QSettings.
//
// Example:
//   PublishDialog dialog(document->plan(), this);
//   dialog.exec();

#include "caldav/publisher.h"

#include "sunrelay/core/plan.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QMenu;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QThread;

namespace sunrelay::gui
{

class DateRangeEdit;
class ErrorLabel;

class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    // `plan` is copied when a publish starts.
    explicit PublishDialog(const Plan &plan, QWidget *parent = nullptr);
    ~PublishDialog() override;

    void setServer(const QUrl &server, const QString &user);
    void setPassword(const QString &password);
    void setScope(caldav::PublishScopeKind kind, const std::string &id = {});
    void setDates(const QDate &from, const QDate &to);
    // Asked before a password goes to a plain http:// server that is not
    // this computer; by default a message box. True: go ahead.
    void setInsecureConfirmation(std::function<bool(const QUrl &)> confirm);
    // The calendar map (KEY = URL lines, caldav/calendar_map.h) used for
    // the server in the Server field.
    void setCalendarMapText(const QString &text);
    QString calendarMapText() const { return m_mapText; }

    bool isPublishing() const { return m_worker != nullptr; }
    // The last finished publish's summary.
    const std::optional<caldav::PublishSummary> &summary() const { return m_summary; }
    QString summaryText() const;
    QString errorText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QCheckBox *rememberBox() const { return m_remember; }

public slots:
    // Checks the fields and starts publishing; errors stay in the dialog.
    void publish();
    // Cancels a running publish, else closes.
    void reject() override;
    // Use Existing Calendars…: edits the calendar map.
    void editCalendarMap();

signals:
    // A publish ended (done, failed or cancelled); summary() has it.
    void publishFinished();

private:
    void buildForm();
    void fillTargets();
    void loadSettings();
    void saveSettings();
    void loadCalendarMap();
    void rememberPassword();
    void setBusy(bool busy);
    void showProgress(int done, int total, const QString &calendar);
    void showSummary(const caldav::PublishSummary &summary);
    void workerDone();
    std::optional<caldav::ServerAccount> account();

    Plan m_plan;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keyringNote;
    QComboBox *m_scope;
    QComboBox *m_target;
    QLabel *m_mapNote;
    QString m_mapText;
    DateRangeEdit *m_dates;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_summaryView;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<caldav::PublishSummary> m_summary;
    std::function<bool(const QUrl &)> m_confirmInsecure;
};

// Plan > Publish to Calendar Server… in `menu` (after a separator): opens
// the dialog over the plan `plan()` returns (none: nothing happens).
QAction *addPublishAction(QMenu &menu, QWidget &window, const std::function<const Plan *()> &plan);

} // namespace sunrelay::gui
