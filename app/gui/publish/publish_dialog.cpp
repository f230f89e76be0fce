#include "gui/publish/publish_dialog.h"

#include "gui/calendar/export_fields.h"
#include "gui/publish/calendar_map_dialog.h"
#include "gui/publish/credential_store.h"

#include "sunrelay/core/schedule_report.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

namespace sunrelay::gui
{

namespace
{

date::sys_days dayOf(const QDate &day)
{
    return date::sys_days{date::year{day.year()} / unsigned(day.month()) / unsigned(day.day())};
}

const QString serverKey = QStringLiteral("caldav/server");
const QString userKey = QStringLiteral("caldav/user");

// The calendar map's settings key for `server` (one map per server URL).
QString calendarMapKey(const QString &server)
{
    return QStringLiteral("caldav/calendarMaps/")
        + QString::fromLatin1(QUrl::toPercentEncoding(server.trimmed()));
}

} // namespace

PublishDialog::PublishDialog(const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keyring"), this))
    , m_keyringNote(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_mapNote(new QLabel(this))
    , m_dates(new DateRangeEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_summaryView(new QPlainTextEdit(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Publish to a Calendar Server"));
    setObjectName(QStringLiteral("publishDialog"));
    buildForm();
    const QDate today = QDate::currentDate();
    m_dates->setDates(today, today.addDays(90));
    m_dates->setZone(TimeZone::utc());
    m_confirmInsecure = [this](const QUrl &url) {
        //: Title of the warning box before publishing over plain http://
        return QMessageBox::warning(
                   this,
                   tr("Unencrypted Connection"),
                   tr("%1 is not encrypted (http://). Your password and the plan's calendars "
                      "would travel in clear text. Publish anyway?")
                       .arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                   QMessageBox::Yes | QMessageBox::No,
                   QMessageBox::No)
            == QMessageBox::Yes;
    };
    loadSettings();
}

PublishDialog::~PublishDialog()
{
    if (m_worker) {
        *m_cancel = true;
        m_worker->wait();
    }
}

void PublishDialog::buildForm()
{
    m_server->setPlaceholderText(QStringLiteral("https://dav.example.com/"));
    m_server->setObjectName(QStringLiteral("server"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keyringNote->setWordWrap(true);
    m_keyringNote->hide();
    m_scope->addItem(tr("Everything: every member, every region, all handoffs"),
                     int(caldav::PublishScopeKind::All));
    //: Publish dialog, choice of calendars: one region's calendar and each of its members'
    m_scope->addItem(tr("A region and its members"), int(caldav::PublishScopeKind::Region));
    //: Publish dialog, choice of calendars: one member's calendar only
    m_scope->addItem(tr("One member"), int(caldav::PublishScopeKind::Member));
    //: Accessible name of the Publish dialog's field choosing which region or member
    m_target->setAccessibleName(tr("Region or member"));
    //: Publish dialog progress bar; %v is the number of calendars done, %m how many there are in
    //: all
    m_progress->setFormat(tr("%v of %m calendars"));
    m_progress->hide();
    m_summaryView->setReadOnly(true);
    m_summaryView->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    //: Accessible name of the Publish dialog's report of what was published
    m_summaryView->setAccessibleName(tr("Publish summary"));
    m_summaryView->hide();
    m_status->setWordWrap(true);
    //: OK button of the Publish dialog: publishes the calendars to the CalDAV server
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));

    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope);
    scopeRow->addWidget(m_target, 1);
    auto *form = new QFormLayout;
    //: Form label in the Publish dialog: the CalDAV server's address
    form->addRow(tr("&Server:"), m_server);
    //: Form label in the Publish dialog: the user name on the CalDAV server
    form->addRow(tr("&User:"), m_user);
    //: Form label in the Publish dialog: the password on the CalDAV server
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keyringNote);
    //: Form label in the Publish dialog: whose calendars to publish
    form->addRow(tr("Calendars t&o publish:"), scopeRow);
    //: Form label in the Publish dialog: the range of dates to publish, in UTC
    form->addRow(tr("&Dates (UTC):"), m_dates);
    //: Publish dialog button: opens a dialog to publish into calendars that already exist on
    //: the server instead of creating new ones
    auto *mapButton = new QPushButton(tr("Use &Existing Calendars…"), this);
    mapButton->setObjectName(QStringLiteral("useExistingCalendars"));
    auto *mapRow = new QHBoxLayout;
    mapRow->addWidget(mapButton);
    mapRow->addWidget(m_mapNote, 1);
    form->addRow(QString(), mapRow);
    qobject_cast<QLabel *>(form->labelForField(scopeRow))->setBuddy(m_scope);
    qobject_cast<QLabel *>(form->labelForField(m_dates))->setBuddy(m_dates->fromEdit());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summaryView, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PublishDialog::publish);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &PublishDialog::fillTargets);
    connect(mapButton, &QPushButton::clicked, this, &PublishDialog::editCalendarMap);
    connect(m_server, &QLineEdit::editingFinished, this, &PublishDialog::loadCalendarMap);
    m_mapNote->setWordWrap(true);
    fillTargets();
}

void PublishDialog::fillTargets()
{
    m_target->clear();
    const auto kind = caldav::PublishScopeKind(m_scope->currentData().toInt());
    if (kind == caldav::PublishScopeKind::Region)
        for (const Region &region : m_plan.regions)
            m_target->addItem(QString::fromStdString(region.name),
                              QString::fromStdString(region.id));
    if (kind == caldav::PublishScopeKind::Member)
        for (const Member &member : m_plan.members)
            m_target->addItem(QString::fromStdString(member.name),
                              QString::fromStdString(member.id));
    m_target->setVisible(kind != caldav::PublishScopeKind::All);
}

void PublishDialog::setServer(const QUrl &server, const QString &user)
{
    m_server->setText(server.toString());
    m_user->setText(user);
    loadCalendarMap();
}

void PublishDialog::setCalendarMapText(const QString &text)
{
    m_mapText = text;
    const auto map = caldav::parseCalendarMap(text, QUrl(m_server->text().trimmed()));
    const int mapped = map ? int(map.value().entries.size()) : 0;
    //: Beside "Use Existing Calendars…"
    m_mapNote->setText(
        mapped > 0 ? tr("%n calendar(s) go into existing calendars.", nullptr, mapped) : QString());
}

// The calendar map remembered for the server in the Server field.
void PublishDialog::loadCalendarMap()
{
    setCalendarMapText(QSettings().value(calendarMapKey(m_server->text())).toString());
}

void PublishDialog::editCalendarMap()
{
    const QUrl server(m_server->text().trimmed(), QUrl::StrictMode);
    CalendarMapDialog dialog(m_plan, server, this);
    if (const auto map = caldav::parseCalendarMap(m_mapText, server))
        dialog.setMap(map.value());
    dialog.setAccountSource([this]() -> CalendarMapDialog::AccountOrWhyNot {
        auto serverAccount = account();
        if (!serverAccount)
            return errorText();
        return std::move(*serverAccount);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    setCalendarMapText(dialog.map().toText());
    saveSettings();
}

void PublishDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void PublishDialog::setScope(caldav::PublishScopeKind kind, const std::string &id)
{
    m_scope->setCurrentIndex(m_scope->findData(int(kind)));
    if (const int row = m_target->findData(QString::fromStdString(id)); row >= 0)
        m_target->setCurrentIndex(row);
}

void PublishDialog::setDates(const QDate &from, const QDate &to)
{
    m_dates->setDates(from, to);
}

void PublishDialog::setInsecureConfirmation(std::function<bool(const QUrl &)> confirm)
{
    m_confirmInsecure = std::move(confirm);
}

// The server and user of the last publish, and the password the keyring
// keeps for them.
void PublishDialog::loadSettings()
{
    const QSettings settings;
    const QUrl server(settings.value(serverKey).toString());
    const QString user = settings.value(userKey).toString();
    if (server.isEmpty() || user.isEmpty())
        return;
    setServer(server, user);
    readPassword(server, user, this, [this](const KeyringResult &result) {
        if (!result.keyringAvailable) {
            m_remember->setChecked(false);
            m_remember->setEnabled(false);
            m_keyringNote->setText(
                tr("No system keyring is available: the password is asked "
                   "each time."));
            m_keyringNote->show();
            return;
        }
        if (result.ok && m_password->text().isEmpty()) {
            m_password->setText(result.password);
            m_remember->setChecked(true);
        }
    });
}

void PublishDialog::saveSettings()
{
    QSettings settings;
    settings.setValue(serverKey, m_server->text().trimmed());
    settings.setValue(userKey, m_user->text().trimmed());
    if (m_mapText.trimmed().isEmpty())
        settings.remove(calendarMapKey(m_server->text()));
    else
        settings.setValue(calendarMapKey(m_server->text()), m_mapText);
}

// Keeps the password in the keyring when "Remember" is ticked, forgets it
// otherwise; a keyring that fails says so beside the box.
void PublishDialog::rememberPassword()
{
    const QUrl server(m_server->text().trimmed());
    const QString user = m_user->text().trimmed();
    const auto report = [this](const KeyringResult &result) {
        if (result.ok || !m_remember->isChecked())
            return;
        m_keyringNote->setText(
            tr("The password was not saved in the system keyring: %1").arg(result.error));
        m_keyringNote->show();
    };
    if (m_remember->isChecked())
        writePassword(server, user, m_password->text(), this, report);
    else
        deletePassword(server, user, this, report);
}

std::optional<caldav::ServerAccount> PublishDialog::account()
{
    caldav::ServerAccount result;
    result.server = QUrl(m_server->text().trimmed(), QUrl::StrictMode);
    result.user = m_user->text().trimmed();
    result.password = m_password->text();
    if (result.user.isEmpty() || result.password.isEmpty()) {
        m_error->showError(tr("Enter the user name and the password of the calendar server."));
        return std::nullopt;
    }
    auto problem = caldav::checkServerUrl(result.server, result.insecureHttp);
    if (problem && problem->kind == caldav::DavErrorKind::InsecureUrl
        && m_confirmInsecure(result.server)) {
        result.insecureHttp = caldav::InsecureHttp::Allow;
        problem.reset();
    }
    if (problem) {
        m_error->showError(caldav::describe(*problem));
        return std::nullopt;
    }
    return result;
}

void PublishDialog::publish()
{
    if (m_worker)
        return;
    m_error->showError({});
    auto serverAccount = account();
    if (!serverAccount)
        return;
    if (m_dates->to() < m_dates->from() || m_dates->from().daysTo(m_dates->to()) > 3 * 366) {
        m_error->showError(tr("Choose dates that run forwards over at most three years."));
        return;
    }
    auto existing = caldav::parseCalendarMap(m_mapText, serverAccount->server);
    if (!existing) {
        //: %1 says what is wrong with a calendar map
        m_error->showError(tr("Existing calendars: %1").arg(existing.error().text()));
        return;
    }
    saveSettings();
    rememberPassword();
    caldav::PublishScope scope{caldav::PublishScopeKind(m_scope->currentData().toInt()),
                               m_target->currentData().toString().toStdString()};
    const Interval window = dayWindow(dayOf(m_dates->from()), dayOf(m_dates->to()));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_summary.reset();
    setBusy(true);
    m_worker = QThread::create([this,
                                plan = m_plan,
                                scope,
                                window,
                                cancel = m_cancel,
                                calendarMap = std::move(existing).value(),
                                account = std::move(*serverAccount)] {
        const auto calendars =
            caldav::publishSet(plan,
                               scope,
                               window,
                               date::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
        if (!calendars) {
            const QString text = QString::fromStdString(calendars.error().message());
            QMetaObject::invokeMethod(this, [this, text] {
                m_error->showError(text);
            });
            return;
        }
        caldav::DavClient client(account);
        client.setCancelFlag(cancel);
        caldav::PublishHooks hooks;
        hooks.progress = [this](int done, int total, const QString &name) {
            QMetaObject::invokeMethod(this, [=, this] {
                showProgress(done, total, name);
            });
        };
        const caldav::PublishSummary summary =
            caldav::publish(client, calendars.value(), calendarMap, hooks);
        QMetaObject::invokeMethod(this, [this, summary] {
            showSummary(summary);
        });
    });
    connect(m_worker, &QThread::finished, this, &PublishDialog::workerDone);
    m_worker->start();
}

void PublishDialog::reject()
{
    if (m_worker) {
        *m_cancel = true;
        //: Publish dialog status while stopping a publish in progress
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void PublishDialog::setBusy(bool busy)
{
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_server, m_user, m_password, m_scope, m_target, m_dates})
        field->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    if (busy) {
        //: Close button of the Publish dialog while publishing: stops it
        close->setText(tr("&Cancel"));
        m_progress->setRange(0, 0); // busy until the first calendar is done
        m_progress->show();
        m_status->setText(tr("Reading what the server has…"));
        m_summaryView->hide();
    } else {
        //: Close button of the Publish dialog when nothing is being published: closes it
        close->setText(tr("&Close"));
    }
}

void PublishDialog::showProgress(int done, int total, const QString &calendar)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    //: Progress while publishing; %1 is the name of the calendar just published.
    m_status->setText(tr("Published %1.").arg(calendar));
}

void PublishDialog::showSummary(const caldav::PublishSummary &summary)
{
    m_summary = summary;
    m_summaryView->setPlainText(summaryText());
    m_summaryView->show();
    if (summary.cancelled)
        m_status->setText(tr("Cancelled. Publish again to complete: what was published stays."));
    //: Publish dialog status when every calendar was published
    else if (summary.ok())
        m_status->setText(tr("Published."));
    else
        m_status->setText(tr("Not everything was published: see below."));
}

void PublishDialog::workerDone()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    setBusy(false);
    emit publishFinished();
}

QString PublishDialog::summaryText() const
{
    if (!m_summary)
        return {};
    QStringList lines;
    for (const caldav::CalendarSummary &calendar : m_summary->calendars) {
        //: One calendar in the publish summary; %1 is its name
        lines << tr("%1: %2 created, %3 updated, %4 deleted, %5 unchanged")
                     .arg(calendar.displayName)
                     .arg(calendar.created)
                     .arg(calendar.updated)
                     .arg(calendar.deleted)
                     .arg(calendar.unchanged);
        //: Publish report line under a calendar, indented; %1 says which event changed on the
        //: server meanwhile
        for (const caldav::DavError &conflict : calendar.conflicts)
            lines << tr("    Conflict: %1").arg(caldav::describe(conflict));
        //: Publish report line under a calendar, indented; %1 is the server's or network's error
        for (const caldav::DavError &error : calendar.errors)
            lines << tr("    Error: %1").arg(caldav::describe(error));
    }
    //: Publish report line; %1 is an error that stopped the whole publish
    for (const caldav::DavError &error : m_summary->errors)
        lines << tr("Error: %1").arg(caldav::describe(error));
    return lines.join(u'\n');
}

QAction *addPublishAction(QMenu &menu, QWidget &window, const std::function<const Plan *()> &plan)
{
    menu.addSeparator();
    //: Plan menu: publish the plan's calendars to a CalDAV server
    return menu.addAction(PublishDialog::tr("Pu&blish to Calendar Server…"),
                          &window,
                          [&window, plan] {
                              const Plan *current = plan();
                              if (!current)
                                  return;
                              PublishDialog dialog(*current, &window);
                              dialog.exec();
                          });
}

QString PublishDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

} // namespace sunrelay::gui
