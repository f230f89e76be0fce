#pragma once

// ZoneCatalog: the zones people pick from, read from the system tz database's
// zone1970.tab (zone, countries, coordinates) and iso3166.tab (country names),
// searchable by city, country, zone id, UTC offset ("+05:30", "UTC-3") or a
// common abbreviation ("EST", "CET", "IST": the tz database's own, in winter
// and in summer, plus a few it does not write, such as "PT" or "SGT"). The
// zones of the world's big cities come first among equal matches ("mexico"
// gives Mexico City before Bahia Banderas, "IST" Kolkata before Dublin).
//
// Example:
//   const ZoneCatalog &zones = ZoneCatalog::system();
//   zones.search(u"kolkata")  // {Asia/Kolkata, India, 22.53 N 88.37 E}
//   zones.find(u"Asia/Calcutta")->zoneId == u"Asia/Kolkata" // links resolve

#include "sunrelay/core/instant.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sunrelay::gui
{

struct ZoneEntry {
    QString zoneId; // "Europe/Berlin"
    QString city; // "Berlin"
    QStringList countryCodes; // {"DE", "DK", ...}
    QStringList countryNames; // {"Germany", "Denmark", ...}: iso3166.tab's English
    // The same in the reader's language (QLocale() when the catalog is
    // read; ICU's names), English where it has none: {"Allemagne", ...}.
    // Search finds a zone by either.
    QStringList localCountryNames;
    QString comment; // zone1970.tab's note, e.g. "most of Germany"
    double latitude = 0; // degrees, north positive
    double longitude = 0; // degrees, east positive
    QStringList aliases; // link names resolving here: {"Asia/Calcutta"}
    QStringList abbreviations; // {"CET", "CEST"}: what people call its time
    int prominence = 0; // lower is a bigger city; 0 for one of the biggest
};

// ISO 6709 coordinates as zone1970.tab writes them, "+5230+01322" or
// "+404251-0740023" (+-DDMM[SS]+-DDDMM[SS]), in degrees; nullopt if malformed.
struct GeoDegrees {
    double latitude = 0;
    double longitude = 0;
};
std::optional<GeoDegrees> parseIso6709(QStringView text);

// A UTC offset typed by a person: "+05:30", "UTC+5:30", "-3", "GMT-03",
// "utc" (= 0); nullopt if `text` is not one.
std::optional<Seconds> parseUtcOffset(QStringView text);

class ZoneCatalog
{
public:
    // Read once from /usr/share/zoneinfo (or $TZDIR).
    static const ZoneCatalog &system();
    // Read from the tz database in `directory`; empty if its tables are missing.
    static ZoneCatalog fromDirectory(const QString &directory);

    const std::vector<ZoneEntry> &entries() const { return m_entries; }
    // Entries matching every word of `query`, best matches first.
    // An offset query matches the zones whose offset at `now` equals it.
    std::vector<const ZoneEntry *> search(const QString &query) const;
    std::vector<const ZoneEntry *> search(const QString &query, Instant now) const;
    // The entry of `zoneId`, following links (Asia/Calcutta -> Asia/Kolkata);
    // nullptr for names the tz database does not know.
    const ZoneEntry *find(const QString &zoneId) const;
    // The one entry `name` names exactly, ignoring case and accents: by its
    // city ("kolkata", "Sao Paulo"), an old city name ("calcutta"), its zone
    // id or a link ("Asia/Calcutta"); nullptr if none or several do.
    //   zones.named(u"kolkata")->zoneId == u"Asia/Kolkata"
    //   zones.named(u"kolk") == nullptr  // a prefix names nothing
    const ZoneEntry *named(const QString &name) const;
    // Whether a zone other than `except` has a name that starts with `text`
    // (its city, an old city name, ignoring case and accents; or, for text
    // with a '/', its zone id or a link): typing goes on towards it.
    //   zones.startsOtherName(u"Bahia", zones.find(u"America/Bahia"))
    //       == true // America/Bahia_Banderas
    //   zones.startsOtherName(u"Kolkata", zones.find(u"Asia/Kolkata")) == false
    bool startsOtherName(const QString &text, const ZoneEntry *except) const;

private:
    std::vector<ZoneEntry> m_entries;
    QString m_directory;
    QHash<QString, qsizetype> m_index; // zone id and alias -> index in m_entries
    // Per entry: folded words of city, aliases, countries, codes, zone id.
    std::vector<QStringList> m_words;
    std::vector<QString> m_foldedCity;
    friend class ZoneCatalogReader;
};

} // namespace sunrelay::gui
