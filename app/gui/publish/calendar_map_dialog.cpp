#include "gui/publish/calendar_map_dialog.h"

#include "gui/calendar/export_fields.h"

#include "caldav/publisher.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace sunrelay::gui
{

namespace
{

enum Column {
    NameColumn,
    KeyColumn,
    UrlColumn
};

} // namespace

CalendarMapDialog::CalendarMapDialog(const Plan &plan, QUrl server, QWidget *parent)
    : QDialog(parent)
    , m_server(std::move(server))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_problem(new ErrorLabel(this))
{
    //: Title of the dialog behind the Publish dialog's "Use Existing Calendars…" button
    setWindowTitle(tr("Use Existing Calendars"));
    setObjectName(QStringLiteral("calendarMapDialog"));
    auto *intro = new QLabel(
        tr("Where the server does not let Sunrelay create calendars (an account without "
           "that right, or a server that forbids it), choose an existing calendar for each of the "
           "plan's calendars. "
           "Leave a calendar empty to let Sunrelay create it. Sunrelay changes only its own "
           "events in a calendar, never the others in it."),
        this);
    intro->setWordWrap(true);
    const auto keys = caldav::calendarKeysOf(plan);
    m_table->setColumnCount(3);
    m_table->setRowCount(int(keys.size()));
    m_table->setHorizontalHeaderLabels({
        //: Column header: one of the calendars Sunrelay publishes ("All handoffs", a region or a
        //: member)
        tr("Calendar"),
        //: Column header: the calendar's key in a calendar map file ("handoffs", "region:emea",
        //: "member:anna"); not a keyboard key
        tr("Key"),
        tr("Existing calendar (URL; empty: create it)"),
    });
    //: Accessible name of the table that maps each calendar to an existing one on the server
    m_table->setAccessibleName(tr("Existing calendars"));
    for (int row = 0; row < int(keys.size()); ++row) {
        for (const auto &[column, text] : {std::pair{NameColumn, keys[std::size_t(row)].second},
                                           std::pair{KeyColumn, keys[std::size_t(row)].first}}) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, column, item);
        }
        auto *url = new QComboBox(m_table);
        url->setEditable(true);
        url->setInsertPolicy(QComboBox::NoInsert);
        //: Accessible name of a field for the URL of an existing calendar on the server; %1 is
        //: the calendar Sunrelay publishes there: "All handoffs", "Region EMEA" or a member's name
        url->setAccessibleName(tr("Existing calendar for %1").arg(keys[std::size_t(row)].second));
        m_table->setCellWidget(row, UrlColumn, url);
    }
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    m_table->verticalHeader()->hide();
    auto *find = new QPushButton(tr("&Find Calendars on the Server"), this);
    find->setEnabled(false);
    find->setObjectName(QStringLiteral("findCalendars"));
    m_findButton = find;
    connect(find, &QPushButton::clicked, this, &CalendarMapDialog::findCalendars);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CalendarMapDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CalendarMapDialog::reject);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(find);
    findRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(findRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(900, 520);
}

CalendarMapDialog::~CalendarMapDialog()
{
    if (m_worker) {
        *m_cancel = true;
        m_worker->wait();
        QApplication::restoreOverrideCursor(); // setFinding(true)'s
    }
}

QComboBox *CalendarMapDialog::urlField(const QString &key) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, KeyColumn)->text() == key)
            return qobject_cast<QComboBox *>(m_table->cellWidget(row, UrlColumn));
    return nullptr;
}

void CalendarMapDialog::setMap(const caldav::CalendarMap &map)
{
    m_map = map;
    for (const caldav::CalendarMapEntry &entry : map.entries)
        if (QComboBox *field = urlField(entry.key))
            field->setEditText(entry.url.toString());
}

void CalendarMapDialog::setAccountSource(AccountSource source)
{
    m_accountSource = std::move(source);
    m_findButton->setEnabled(bool(m_accountSource) && !m_worker);
}

void CalendarMapDialog::findCalendars()
{
    if (!m_accountSource || m_worker)
        return;
    auto account = m_accountSource();
    if (!account) {
        m_status->setText(account.error());
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_result = std::make_shared<std::optional<Found>>();
    // The worker touches only its own client and the shared result and
    // flag, never the dialog, so the dialog may go away meanwhile (its
    // destructor cancels and waits).
    m_worker.reset(QThread::create(
        [account = std::move(account).value(), cancel = m_cancel, result = m_result] {
            caldav::DavClient client(account);
            client.setCancelFlag(cancel);
            auto calendars = caldav::listCalendars(client);
            if (calendars)
                result->emplace(std::move(calendars).value());
            else
                result->emplace(caldav::describe(calendars.error()));
        }));
    connect(m_worker.get(), &QThread::finished, this, &CalendarMapDialog::findDone);
    setFinding(true);
    m_worker->start();
}

void CalendarMapDialog::reject()
{
    if (m_worker) {
        *m_cancel = true;
        //: Status in Use Existing Calendars while stopping "Find Calendars on the Server"
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void CalendarMapDialog::setFinding(bool finding)
{
    m_findButton->setEnabled(!finding && bool(m_accountSource));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!finding);
    if (finding) {
        //: Status while the server is asked for the account's calendars (after "Find Calendars
        //: on the Server")
        m_status->setText(tr("Asking the server…"));
        QApplication::setOverrideCursor(Qt::BusyCursor);
    } else {
        QApplication::restoreOverrideCursor();
    }
}

void CalendarMapDialog::findDone()
{
    m_worker->wait(); // finished() comes just before the thread ends
    m_worker.reset();
    setFinding(false);
    const bool cancelled = *m_cancel;
    const std::optional<Found> found = std::move(*m_result);
    if (cancelled) {
        //: Status in Use Existing Calendars after its Cancel stopped "Find Calendars on the
        //: Server"
        m_status->setText(tr("Cancelled."));
    } else if (!found || !*found) {
        m_status->setText(found ? found->error() : QString());
    } else {
        m_found = found->value();
        offerCalendars(m_found);
    }
    emit findFinished();
}

void CalendarMapDialog::offerCalendars(const std::vector<caldav::ServerCalendar> &calendars)
{
    int offered = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *field = qobject_cast<QComboBox *>(m_table->cellWidget(row, UrlColumn));
        const QString text = field->currentText();
        field->clear();
        field->addItem(QString()); // none: create it
        for (const caldav::ServerCalendar &calendar : calendars) {
            if (!calendar.holdsEvents())
                continue;
            field->addItem(calendar.url.toString());
            //: A calendar offered in the drop-down; %1 its name, %2 its URL
            field->setItemData(field->count() - 1,
                               tr("%1 (%2)").arg(calendar.displayName, calendar.url.toString()),
                               Qt::ToolTipRole);
        }
        field->setEditText(text);
        offered = field->count() - 1;
    }
    //: After "Find Calendars on the Server"
    m_status->setText(tr("%n calendar(s) for events found on the server.", nullptr, offered));
}

void CalendarMapDialog::accept()
{
    if (m_worker)
        return;
    QString text;
    std::vector<int> rowOfLine{-1}; // lines count from 1
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString url =
            qobject_cast<QComboBox *>(m_table->cellWidget(row, UrlColumn))->currentText().trimmed();
        if (url.isEmpty())
            continue;
        text += m_table->item(row, KeyColumn)->text() + QStringLiteral(" = ") + url + u'\n';
        rowOfLine.push_back(row);
    }
    auto map = caldav::parseCalendarMap(text, m_server);
    if (!map) {
        showProblem(map.error(), rowOfLine);
        return;
    }
    if (auto problem = caldav::checkMappedCalendarsHoldEvents(map.value(), m_found)) {
        showProblem(*problem, rowOfLine);
        return;
    }
    m_problem->showError({});
    m_map = std::move(map).value();
    QDialog::accept();
}

// The rows are the lines of the map: the problem without its line number,
// and the row's field focused.
void CalendarMapDialog::showProblem(const caldav::CalendarMapProblem &problem,
                                    const std::vector<int> &rowOfLine)
{
    m_problem->showError(problem.problem);
    if (problem.line <= 0 || std::size_t(problem.line) >= rowOfLine.size())
        return;
    const int row = rowOfLine[std::size_t(problem.line)];
    m_table->setCurrentCell(row, UrlColumn);
    m_table->cellWidget(row, UrlColumn)->setFocus();
}

QString CalendarMapDialog::problemText() const
{
    return m_problem->text();
}

} // namespace sunrelay::gui
