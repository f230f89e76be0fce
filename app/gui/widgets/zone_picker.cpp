#include "gui/widgets/zone_picker.h"

#include "shared/date_patterns.h"

#include "gui/models/zone_catalog.h"
#include "gui/style/show_only_look.h"
#include "gui/text/time_format.h"

#include "sunrelay/core/local_time.h"
#include "sunrelay/core/zone_transition.h"

#include <QApplication>
#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <chrono>

namespace sunrelay::gui
{

namespace
{

enum Column {
    CityColumn,
    CountryColumn,
    ZoneColumn,
    OffsetColumn,
    ColumnCount
};
constexpr int ZoneIdRole = Qt::UserRole;

QDate dateOf(LocalTime local)
{
    const date::year_month_day ymd{date::floor<date::days>(local)};
    return QDate(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
}

} // namespace

struct ZonePicker::Private {
    ZonePicker *q = nullptr;
    QLineEdit *search = nullptr;
    QTreeWidget *results = nullptr;
    QLabel *details = nullptr;
    QString zone;
    std::function<Instant()> now = [] {
        return date::floor<Seconds>(std::chrono::system_clock::now());
    };
    bool populating = false;
    bool readOnly = false;
    QString lastPending; // as last told by pendingZoneChanged()
    bool lastOnlyMatch = false;

    // The parts the constructor makes and wires.
    void makeResults();
    void connectParts();
    void searchEdited(const QString &text);

    void populate(const QString &query);
    bool selectEntry(const ZoneEntry *entry);
    void choose(const QString &zoneId);
    // Chooses `item`'s zone, shows its city in the search and filters the
    // list by it; `later` waits a double-click interval before filtering,
    // so the second click of a double-click lands on the row it aimed at.
    void pick(const QTreeWidgetItem *item, bool later);
    void filterBy(const QString &text);
    void clearSearch();
    QString highlighted() const;
    QString pending() const;
    void notifyPending();
    bool isChosen(const QString &zoneId) const;
    QString describe(const TimeZone &zone) const;
    void updateDetails();
};

void ZonePicker::Private::populate(const QString &query)
{
    const Instant at = now();
    populating = true;
    results->clear();
    const ZoneCatalog &catalog = ZoneCatalog::system();
    for (const ZoneEntry *entry : catalog.search(query, at)) {
        auto *item = new QTreeWidgetItem(results);
        item->setText(CityColumn, entry->city);
        item->setText(CountryColumn, entry->localCountryNames.value(0));
        item->setText(ZoneColumn, entry->zoneId);
        if (const auto zone = TimeZone::find(entry->zoneId.toStdString()))
            item->setText(OffsetColumn, offsetText(zone->tz().get_info(at).offset));
        item->setData(CityColumn, ZoneIdRole, entry->zoneId);
        // The whole story in the tooltip: every country and the table's note.
        QString tip = entry->localCountryNames.join(QStringLiteral(", "));
        if (!entry->comment.isEmpty())
            //: Countries of a zone and the tz database's note on it (in
            //: English): "Germany, Denmark (most of Germany)"
            tip = tr("%1 (%2)").arg(tip, entry->comment);
        //: Tooltip line of a time zone in the zone picker; %1 lists its other IANA names
        if (!entry->aliases.isEmpty())
            tip += u'\n' + tr("Also known as %1").arg(entry->aliases.join(QStringLiteral(", ")));
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, tip);
    }
    populating = false;
}

bool ZonePicker::Private::selectEntry(const ZoneEntry *entry)
{
    populating = true;
    results->setCurrentItem(nullptr);
    bool found = false;
    if (entry) {
        for (int row = 0; row < results->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = results->topLevelItem(row);
            if (item->data(CityColumn, ZoneIdRole).toString() == entry->zoneId) {
                results->setCurrentItem(item);
                results->scrollToItem(item, QAbstractItemView::PositionAtCenter);
                found = true;
                break;
            }
        }
    }
    populating = false;
    return found;
}

void ZonePicker::Private::pick(const QTreeWidgetItem *item, bool later)
{
    if (!item || readOnly)
        return;
    const QString city = item->text(CityColumn);
    choose(item->data(CityColumn, ZoneIdRole).toString());
    search->setText(city);
    if (later) {
        QTimer::singleShot(QApplication::doubleClickInterval(), q, [this, city] {
            // Unless the person typed on meanwhile.
            if (search->text() == city)
                filterBy(city);
        });
    } else {
        filterBy(city);
    }
    notifyPending();
}

// The list as typing `text` would show it, at the chosen zone.
void ZonePicker::Private::filterBy(const QString &text)
{
    populate(text);
    selectEntry(ZoneCatalog::system().find(zone));
    updateDetails();
    notifyPending();
}

void ZonePicker::Private::clearSearch()
{
    search->clear();
    filterBy(QString());
}

void ZonePicker::Private::choose(const QString &zoneId)
{
    if (readOnly || zoneId.isEmpty() || isChosen(zoneId)) {
        updateDetails();
        return;
    }
    zone = zoneId;
    updateDetails();
    emit q->zoneChanged(zone);
}

QString ZonePicker::Private::highlighted() const
{
    const QTreeWidgetItem *item = results->currentItem();
    return item ? item->data(CityColumn, ZoneIdRole).toString() : QString();
}

QString ZonePicker::Private::pending() const
{
    const QString zoneId = readOnly ? QString() : highlighted();
    return zoneId.isEmpty() || isChosen(zoneId) ? QString() : zoneId;
}

void ZonePicker::Private::notifyPending()
{
    const QString now = pending();
    const bool only = q->pendingIsOnlyMatch();
    if (now == lastPending && only == lastOnlyMatch)
        return;
    lastPending = now;
    lastOnlyMatch = only;
    emit q->pendingZoneChanged(now);
}

// Whether `zoneId` (from the list) is the chosen zone, a link to it included:
// the list shows Asia/Kolkata for a chosen Asia/Calcutta.
bool ZonePicker::Private::isChosen(const QString &zoneId) const
{
    if (zoneId == zone)
        return true;
    const ZoneCatalog &catalog = ZoneCatalog::system();
    const ZoneEntry *entry = catalog.find(zoneId);
    return entry && entry == catalog.find(zone);
}

void ZonePicker::Private::updateDetails()
{
    const QString pending = highlighted();
    if (!readOnly && !search->text().trimmed().isEmpty() && results->topLevelItemCount() == 0) {
        details->setText(zone.isEmpty()
                             ? tr("No time zone matches the search.")
                             : tr("No time zone matches the search; the zone stays %1.").arg(zone));
        return;
    }
    if (!readOnly && !pending.isEmpty() && !isChosen(pending)) {
        if (const std::optional<TimeZone> found = TimeZone::find(pending.toStdString())) {
            const QString hint = zone.isEmpty()
                ? tr("Press Enter or click it to choose it.")
                : tr("Press Enter or click it to choose it instead of %1.").arg(zone);
            details->setText(tr("%1: %2, not chosen yet", "zone id, day, clock (zone)")
                                 .arg(pending, describe(*found))
                             + u'\n' + hint);
            return;
        }
    }
    const std::optional<TimeZone> found = TimeZone::find(zone.toStdString());
    if (!found) {
        details->setText(zone.isEmpty() ? tr("No time zone chosen yet.")
                                        : tr("“%1” is not a time zone.").arg(zone));
        return;
    }
    details->setText(tr("Local time %1", "day, clock (zone)").arg(describe(*found)) + u'\n'
                     + nextChangeText(*found, now()));
}

// "Mon 9 Mar 14:00 (CET, UTC+01:00)": the zone's local time now.
QString ZonePicker::Private::describe(const TimeZone &zone) const
{
    const Instant at = now();
    const date::sys_info info = zone.tz().get_info(at);
    const LocalTime local = toLocal(zone, at);
    const QString localText =
        tr("%1 %2", "local time: day, clock")
            .arg(apptext::dateText(dateOf(local), apptext::DateParts::WeekdayDayMonth),
                 localClockText(local, preferredClockStyle()));
    const QString abbreviation = QString::fromStdString(info.abbrev);
    const QString offset = offsetText(info.offset);
    // "+0530" abbreviations only repeat the offset, as "UTC" does UTC's.
    const QString zoneText =
        abbreviation.startsWith(u'+') || abbreviation.startsWith(u'-') || abbreviation == offset
        ? offset
        : tr("%1, %2", "abbreviation, UTC offset").arg(abbreviation, offset);
    return tr("%1 (%2)", "local time, zone").arg(localText, zoneText);
}

// The list of matches: city, country, zone and offset.
void ZonePicker::Private::makeResults()
{
    results = new QTreeWidget(q);
    results->setColumnCount(ColumnCount);
    results->setHeaderLabels({
        //: Column header: the zone's main city
        tr("City"),
        //: Column header: the country (in the reader's language)
        tr("Country"),
        //: Column header: the IANA time zone id ("Europe/Berlin")
        tr("Zone"),
        //: Column header: the zone's offset from UTC now ("UTC+01:00")
        tr("Offset"),
    });
    results->setRootIsDecorated(false);
    results->setUniformRowHeights(true);
    results->setAlternatingRowColors(true);
    results->setAllColumnsShowFocus(true);
    results->setSelectionMode(QAbstractItemView::SingleSelection);
    //: Accessible name of the zone picker's list of matching time zones
    results->setAccessibleName(tr("Time zones"));
    results->header()->setStretchLastSection(false);
    results->header()->setSectionResizeMode(CityColumn, QHeaderView::Stretch);
    results->header()->setSectionResizeMode(CountryColumn, QHeaderView::Stretch);
    results->header()->setSectionResizeMode(ZoneColumn, QHeaderView::ResizeToContents);
    results->header()->setSectionResizeMode(OffsetColumn, QHeaderView::ResizeToContents);
}

// Typing moves the highlight to the best match and chooses nothing, unless
// the text names exactly one zone ("Kolkata") and is not on its way to
// another ("Bahia", "Bahia Banderas"): a stray key must not change the zone,
// a typed city should not need Enter.
void ZonePicker::Private::searchEdited(const QString &text)
{
    populate(text);
    const ZoneCatalog &catalog = ZoneCatalog::system();
    const ZoneEntry *named = catalog.named(text);
    const bool chooseNamed = named && !catalog.startsOtherName(text, named);
    // An emptied search shows the whole list at the chosen zone; an exact
    // name is highlighted even when it is not chosen yet.
    const bool selected = selectEntry(text.trimmed().isEmpty() ? catalog.find(zone) : named);
    if (!selected && !text.trimmed().isEmpty() && results->topLevelItem(0)) {
        populating = true;
        results->setCurrentItem(results->topLevelItem(0));
        results->scrollToTop();
        populating = false;
    }
    if (chooseNamed)
        choose(named->zoneId);
    else
        updateDetails();
    notifyPending();
}

void ZonePicker::Private::connectParts()
{
    QObject::connect(search, &QLineEdit::textEdited, q, [this](const QString &text) {
        searchEdited(text);
    });
    // Arrows and clicks move the highlight; the details line follows it.
    QObject::connect(results, &QTreeWidget::currentItemChanged, q, [this] {
        if (populating)
            return;
        updateDetails();
        notifyPending();
    });
    // A click, a double-click or Enter in the list picks.
    const auto pickItem = [this](QTreeWidgetItem *item) {
        pick(item, true);
    };
    QObject::connect(results, &QTreeWidget::itemClicked, q, pickItem);
    QObject::connect(results, &QTreeWidget::itemActivated, q, pickItem);
}

ZonePicker::ZonePicker(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->search = new QLineEdit(this);
    d->search->setPlaceholderText(tr("City, country, zone or UTC offset"));
    d->search->setClearButtonEnabled(true);
    //: Accessible name of the zone picker's search field
    d->search->setAccessibleName(tr("Search time zones"));
    d->search->installEventFilter(this);
    d->makeResults();
    // The search field keeps focus while Up/Down move through the list, and
    // takes it for the picker: a label's buddy shortcut only moves focus to
    // a buddy that accepts focus, so the picker takes the field's policy.
    setFocusProxy(d->search);
    setFocusPolicy(d->search->focusPolicy());

    d->details = new QLabel(this);
    d->details->setWordWrap(true);
    d->details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    //: Accessible name of the zone picker's text on the chosen zone (local time, UTC offset)
    d->details->setAccessibleName(tr("Selected time zone"));
    d->details->setObjectName(QStringLiteral("details"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->search);
    layout->addWidget(d->results, 1);
    layout->addWidget(d->details);
    // Takes the spare height only when the list is hidden (read-only), so
    // the details stay under the field.
    layout->addStretch(0);

    d->connectParts();
    d->populate(QString());
    d->updateDetails();
}

ZonePicker::~ZonePicker() = default;

void ZonePicker::setZone(const QString &zoneId)
{
    // The list shows the zone a link leads to; zone() stays as given. The
    // field says which zone it is, as after a pick: editing a member shows
    // "Berlin", not an empty search over every zone.
    d->zone = zoneId;
    const ZoneEntry *entry = ZoneCatalog::system().find(zoneId);
    if (d->readOnly) {
        d->search->setText(zoneId);
    } else if (entry) {
        d->search->setText(entry->city);
        d->search->selectAll(); // typing searches anew
        d->filterBy(entry->city);
        return;
    } else {
        d->search->clear();
    }
    d->populate(QString());
    d->selectEntry(entry);
    d->updateDetails();
    d->notifyPending();
}

QString ZonePicker::zone() const
{
    return d->zone;
}

QString ZonePicker::highlightedZone() const
{
    return d->highlighted();
}

QString ZonePicker::pendingZone() const
{
    return d->pending();
}

bool ZonePicker::pendingIsOnlyMatch() const
{
    return !d->pending().isEmpty() && d->results->topLevelItemCount() == 1;
}

void ZonePicker::choosePending()
{
    if (!d->pending().isEmpty())
        d->pick(d->results->currentItem(), false);
}

void ZonePicker::setReadOnly(bool readOnly)
{
    d->readOnly = readOnly;
    // The field then names the zone; there is nothing to search or pick.
    d->search->setReadOnly(readOnly);
    setShowOnlyLook(d->search, readOnly);
    d->search->setClearButtonEnabled(!readOnly);
    d->search->setText(readOnly ? d->zone : QString());
    //: Accessible name of the zone picker's field when read-only
    d->search->setAccessibleName(readOnly ? tr("Time zone") : tr("Search time zones"));
    d->results->setVisible(!readOnly);
    if (!readOnly) {
        d->populate(QString());
        d->selectEntry(ZoneCatalog::system().find(d->zone));
    }
    d->updateDetails();
    d->notifyPending();
}

bool ZonePicker::isReadOnly() const
{
    return d->readOnly;
}

void ZonePicker::setClock(std::function<Instant()> now)
{
    d->now = std::move(now);
    const QString zone = d->zone;
    d->populate(d->search->text());
    d->selectEntry(ZoneCatalog::system().find(zone));
    d->updateDetails();
    d->notifyPending();
}

bool ZonePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->search && event->type() == QEvent::KeyPress && !d->readOnly) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // Move through the results without leaving the search field.
            QCoreApplication::sendEvent(d->results, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter picks a highlighted zone that is not chosen yet, and then
            // does not close the dialog; with nothing new to pick it goes on
            // to the dialog's default button.
            if (!d->pending().isEmpty()) {
                d->pick(d->results->currentItem(), false);
                d->search->selectAll();
                return true;
            }
            break;
        case Qt::Key_Escape:
            // Escape first takes back the search (and a pending zone with
            // it); then it is the dialog's.
            if (!d->search->text().isEmpty() || !d->pending().isEmpty()) {
                d->clearSearch();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ZonePicker::offsetText(Seconds offset)
{
    if (offset == Seconds{0})
        //: Coordinated Universal Time; keep the abbreviation
        return tr("UTC");
    const auto minutes =
        std::chrono::duration_cast<Minutes>(offset < Seconds{0} ? -offset : offset);
    //: A UTC offset, e.g. "UTC+05:30": %1 is the sign, %2 the hours, %3 the minutes
    return tr("UTC%1%2:%3", "sign, hours, minutes")
        .arg(QChar(offset < Seconds{0} ? u'-' : u'+'))
        .arg(minutes.count() / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes.count() % 60, 2, 10, QLatin1Char('0'));
}

QString ZonePicker::nextChangeText(const TimeZone &zone, Instant now)
{
    const std::optional<ZoneTransition> next = nextTransition(zone, now);
    //: Zone picker: the chosen zone has no daylight saving changes to come
    if (!next)
        return tr("No clock changes ahead");
    const QString day =
        apptext::dateText(dateOf(next->localBefore()), apptext::DateParts::WeekdayDayMonthYear);
    const ClockStyle style = preferredClockStyle();
    const QString from = localClockText(next->localBefore(), style);
    const QString to = localClockText(next->localAfter(), style);
    if (next->change() > Seconds{0})
        return tr("Clocks go forward %1 on %2, %3 → %4")
            .arg(durationText(next->change()), day, from, to);
    return tr("Clocks go back %1 on %2, %3 → %4").arg(durationText(-next->change()), day, from, to);
}

} // namespace sunrelay::gui
