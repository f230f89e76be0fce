#pragma once

// ZonePicker: choose an IANA zone by typing a city, country, zone id or UTC
// offset. Shows the chosen zone's current local time, UTC offset and next
// daylight-saving change.
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

namespace sunrelay::gui {

class ZonePicker : public QWidget {
    Q_OBJECT

public:
    explicit ZonePicker(QWidget *parent = nullptr);
    ~ZonePicker() override;

    // An IANA id; links are kept as given.
    // An empty id when the search matches nothing.
    void setZone(const QString &zoneId);
    QString zone() const;

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
