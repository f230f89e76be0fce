#pragma once

// ZonePicker: choose an IANA zone by typing a city, country, zone id or UTC
// offset. Shows the chosen zone's current local time, UTC offset and next
// daylight-saving change.
//
// Typing only moves the highlight to the best match; the zone changes when
// the person picks one: Enter in the search (once the highlight differs from
// the chosen zone; otherwise Enter goes on to the dialog's default button), a
// click or double-click in the list, or typing a name that means exactly one
// zone and starts no other zone's name ("Kolkata", "asia/calcutta"; not
// "Bahia", which may be on its way to "Bahia Banderas": that one is only
// highlighted). Up and Down move the highlight; the details line then
// describes the highlighted zone, not yet chosen: a pending zone.
//
// After a pick the search shows the picked city and the list is filtered by
// it, so the field and the list say the same thing. Escape in the search
// clears it and goes back to the chosen zone (the pending one is dropped);
// with nothing to clear, Escape goes on to the dialog.
//
// A dialog should not let OK drop a pending zone silently (MemberDialog
// takes it when it is the only match, otherwise asks): pendingZone(),
// pendingIsOnlyMatch(), choosePending() and pendingZoneChanged() are for it.
//
// Example:
//   ZonePicker picker;
//   picker.setZone(u"Europe/Berlin"_s);
//   connect(&picker, &ZonePicker::zoneChanged, ...);

#include "sunrelay/core/instant.h"
#include "sunrelay/core/time_zone.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace sunrelay::gui
{

class ZonePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ZonePicker(QWidget *parent = nullptr);
    ~ZonePicker() override;

    // An IANA id; links are kept as given. Searching never empties it.
    void setZone(const QString &zoneId);
    QString zone() const;
    // The zone highlighted in the list (the one Enter would pick); empty if
    // none is.
    QString highlightedZone() const;

    // The highlighted zone when it is not the chosen one (typed or arrowed
    // to, not picked yet); empty otherwise.
    QString pendingZone() const;
    // Whether the pending zone is the only one the search lists.
    bool pendingIsOnlyMatch() const;
    // Picks the pending zone as Enter would; nothing if there is none.
    void choosePending();

    // Read-only: shows the zone and its details, offers no search or list.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    // What "now" is for offsets, local time and the next change; the system
    // clock unless set (tests fix it).
    void setClock(std::function<Instant()> now);

    // "Clocks go forward 1 h on Sun 29 Mar 2026, 02:00 → 03:00", or that no
    // change is known: the details line's last part.
    static QString nextChangeText(const TimeZone &zone, Instant now);
    // "UTC+05:30", "UTC-03:00", "UTC"
    static QString offsetText(Seconds offset);

signals:
    void zoneChanged(const QString &zoneId);
    // pendingZone() or pendingIsOnlyMatch() changed (an empty zone: nothing
    // is pending any more).
    void pendingZoneChanged(const QString &zoneId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
