#include "gui/models/zone_catalog.h"

#include "gui/text/country_names.h"

#include "sunrelay/core/time_zone.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <chrono>

namespace sunrelay::gui
{

using namespace Qt::StringLiterals;

namespace
{

// Letters NFKD leaves whole but people type without their stroke or ligature
// ("Tromso", "Lodz").
QChar plainLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x00F8: // ø
        return QLatin1Char('o');
    case 0x0142: // ł
        return QLatin1Char('l');
    case 0x0111: // đ
        return QLatin1Char('d');
    case 0x0131: // ı (dotless i)
        return QLatin1Char('i');
    default:
        return c;
    }
}

// Case- and accent-insensitive form: "São Paulo" -> "sao paulo".
QString fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        const QChar lower = plainLetter(c.toCaseFolded());
        if (lower == QChar(0x00E6)) // æ
            folded.append(QStringLiteral("ae"));
        else
            folded.append(lower);
    }
    return folded;
}

// Words are runs of letters and digits: "Port-au-Prince", "Côte d’Ivoire" and
// "America/Argentina/Buenos_Aires" split where a person would.
QStringList words(QStringView folded)
{
    QStringList result;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            result.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        result.append(word);
    return result;
}

// The zones of the world's largest cities and business centres, biggest
// first: among equally good matches these come first. zone1970.tab orders a
// country's zones geographically, which puts Lord Howe before Sydney.
const QStringList &bigCityZones()
{
    static const QStringList zones = {
        u"America/New_York"_s,    u"Asia/Tokyo"_s,          u"Asia/Kolkata"_s,
        u"Asia/Shanghai"_s,       u"America/Sao_Paulo"_s,   u"America/Mexico_City"_s,
        u"Europe/London"_s,       u"America/Los_Angeles"_s, u"Europe/Paris"_s,
        u"America/Chicago"_s,     u"Europe/Berlin"_s,       u"Asia/Singapore"_s,
        u"Asia/Hong_Kong"_s,      u"Asia/Seoul"_s,          u"Australia/Sydney"_s,
        u"Asia/Dubai"_s,          u"Europe/Moscow"_s,       u"America/Toronto"_s,
        u"Asia/Jakarta"_s,        u"Asia/Manila"_s,         u"Asia/Bangkok"_s,
        u"Asia/Karachi"_s,        u"Asia/Dhaka"_s,          u"Africa/Lagos"_s,
        u"Africa/Cairo"_s,        u"Europe/Istanbul"_s,     u"America/Argentina/Buenos_Aires"_s,
        u"America/Bogota"_s,      u"America/Lima"_s,        u"America/Santiago"_s,
        u"Europe/Madrid"_s,       u"Europe/Rome"_s,         u"Europe/Amsterdam"_s,
        u"Europe/Stockholm"_s,    u"Europe/Zurich"_s,       u"Europe/Warsaw"_s,
        u"Africa/Johannesburg"_s, u"Africa/Nairobi"_s,      u"Asia/Riyadh"_s,
        u"Asia/Jerusalem"_s,      u"Asia/Taipei"_s,         u"Asia/Ho_Chi_Minh"_s,
        u"Asia/Kuala_Lumpur"_s,   u"Australia/Melbourne"_s, u"Australia/Brisbane"_s,
        u"Australia/Perth"_s,     u"Pacific/Auckland"_s,    u"America/Denver"_s,
        u"America/Phoenix"_s,     u"America/Vancouver"_s,   u"America/Halifax"_s,
        u"Europe/Dublin"_s,       u"Pacific/Honolulu"_s,    u"America/Anchorage"_s,
    };
    return zones;
}

// Names people use for a zone's time that the tz database does not write
// (it gives "+08" for Singapore) or that mean a zone all year ("PT").
const QHash<QString, QStringList> &spokenAbbreviations()
{
    static const QHash<QString, QStringList> names = {
        {u"ET"_s, {u"America/New_York"_s, u"America/Toronto"_s}},
        {u"CT"_s, {u"America/Chicago"_s, u"America/Winnipeg"_s}},
        {u"MT"_s, {u"America/Denver"_s, u"America/Edmonton"_s}},
        {u"PT"_s, {u"America/Los_Angeles"_s, u"America/Vancouver"_s}},
        {u"AET"_s, {u"Australia/Sydney"_s, u"Australia/Melbourne"_s}},
        {u"SGT"_s, {u"Asia/Singapore"_s}},
        {u"GST"_s, {u"Asia/Dubai"_s}},
        {u"ICT"_s, {u"Asia/Bangkok"_s, u"Asia/Ho_Chi_Minh"_s}},
        {u"BRT"_s, {u"America/Sao_Paulo"_s}},
        {u"ART"_s, {u"America/Argentina/Buenos_Aires"_s}},
        {u"MYT"_s, {u"Asia/Kuala_Lumpur"_s}},
    };
    return names;
}

QString cityOf(const QString &zoneId)
{
    QString city = zoneId.section(QLatin1Char('/'), -1);
    city.replace(QLatin1Char('_'), QLatin1Char(' '));
    return city;
}

// "+5230" (4 digits) or "+523000" (6) for latitude, 5 or 7 for longitude.
std::optional<double> parseDegrees(QStringView text, qsizetype degreeDigits)
{
    if (text.size() != degreeDigits + 3 && text.size() != degreeDigits + 5)
        return std::nullopt;
    const QChar sign = text.front();
    if (sign != QLatin1Char('+') && sign != QLatin1Char('-'))
        return std::nullopt;
    for (const QChar c : text.mid(1))
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    const int degrees = text.mid(1, degreeDigits).toInt();
    const int minutes = text.mid(1 + degreeDigits, 2).toInt();
    const int seconds = text.size() > degreeDigits + 3 ? text.mid(3 + degreeDigits, 2).toInt() : 0;
    if (minutes >= 60 || seconds >= 60)
        return std::nullopt;
    const double value = degrees + minutes / 60.0 + seconds / 3600.0;
    return sign == QLatin1Char('-') ? -value : value;
}

// The lines of a tz table, without comments and blank lines, split at tabs.
std::vector<QStringList> readTable(const QString &path)
{
    std::vector<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows.push_back(line.split(QLatin1Char('\t')));
    }
    return rows;
}

// "L Asia/Kolkata Asia/Calcutta" lines of tzdata.zi: link name -> target.
QHash<QString, QString> readLinks(const QString &path)
{
    QHash<QString, QString> links;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return links;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.startsWith("L "))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3)
            links.insert(QString::fromUtf8(parts[2]), QString::fromUtf8(parts[1]));
    }
    return links;
}

std::optional<TimeZone> timeZoneOf(const QString &zoneId)
{
    return TimeZone::find(zoneId.toStdString());
}

// The abbreviations a zone's clocks show in January and in July of this
// year: "CET" and "CEST" for Berlin; numeric ones ("+08") are offsets,
// which the offset search finds.
QStringList abbreviationsOf(const QString &zoneId)
{
    QStringList result;
    const std::optional<TimeZone> zone = timeZoneOf(zoneId);
    if (!zone)
        return result;
    const auto today =
        date::year_month_day{date::floor<date::days>(std::chrono::system_clock::now())};
    for (const unsigned month : {1U, 7U}) {
        const Instant midMonth = date::sys_days{today.year() / month / 15};
        const QString name = QString::fromStdString(zone->tz().get_info(midMonth).abbrev);
        if (std::all_of(name.begin(),
                        name.end(),
                        [](QChar c) {
                            return c.isLetter();
                        })
            && !result.contains(name))
            result.append(name);
    }
    return result;
}

} // namespace

std::optional<GeoDegrees> parseIso6709(QStringView text)
{
    // The longitude starts at the second sign.
    qsizetype split = -1;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-')) {
            split = i;
            break;
        }
    }
    if (split < 0)
        return std::nullopt;
    const auto latitude = parseDegrees(text.left(split), 2);
    const auto longitude = parseDegrees(text.mid(split), 3);
    if (!latitude || !longitude || std::abs(*latitude) > 90 || std::abs(*longitude) > 180)
        return std::nullopt;
    return GeoDegrees{*latitude, *longitude};
}

std::optional<Seconds> parseUtcOffset(QStringView text)
{
    const QString folded = fold(text).trimmed();
    if (folded == QLatin1String("utc") || folded == QLatin1String("gmt")
        || folded == QLatin1String("z"))
        return Seconds{0};
    // U+2212 is the typographic minus some keyboards and copied text give.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?:utc|gmt)\\s*)?([+\\-\\x{2212}])\\s*(\\d{1,2})(?:[:.]?(\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(folded);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (hours > 14 || minutes >= 60)
        return std::nullopt;
    const Seconds magnitude = std::chrono::hours{hours} + std::chrono::minutes{minutes};
    return match.captured(1) == QLatin1String("+") ? magnitude : -magnitude;
}

class ZoneCatalogReader
{
public:
    static ZoneCatalog read(const QString &directory)
    {
        ZoneCatalog catalog;
        catalog.m_directory = directory;
        const QHash<QString, QString> links = readLinks(directory + QStringLiteral("/tzdata.zi"));
        readZones(catalog, directory, links);
        addAliases(catalog, links);
        addAbbreviationsAndProminence(catalog);
        indexWords(catalog);
        return catalog;
    }

private:
    // One entry per row of zone1970.tab, then zone.tab's zones it folds away.
    static void
    readZones(ZoneCatalog &catalog, const QString &directory, const QHash<QString, QString> &links)
    {
        QHash<QString, QString> countries;
        for (const QStringList &row : readTable(directory + QStringLiteral("/iso3166.tab")))
            if (row.size() >= 2)
                countries.insert(row[0], row[1]);

        // zone1970.tab: one row per zone that differs since 1970, the canonical
        // choice list.
        for (const QStringList &row : readTable(directory + QStringLiteral("/zone1970.tab")))
            if (row.size() >= 3)
                addEntry(catalog, row, row[0].split(QLatin1Char(',')), countries);

        // zone.tab also names one zone per country that zone1970.tab folds
        // into a neighbour's (Europe/Oslo into Europe/Berlin). Where the
        // database keeps it as its own zone (Debian builds with backzone),
        // people expect to find it under its own city.
        for (const QStringList &row : readTable(directory + QStringLiteral("/zone.tab"))) {
            if (row.size() < 3 || catalog.m_index.contains(row[2]) || links.contains(row[2]))
                continue;
            if (timeZoneOf(row[2]))
                addEntry(catalog, row, {row[0]}, countries);
        }
    }

    // A row of zone1970.tab or zone.tab: codes, coordinates, zone, comment.
    static void addEntry(ZoneCatalog &catalog,
                         const QStringList &row,
                         const QStringList &codes,
                         const QHash<QString, QString> &countries)
    {
        const auto where = parseIso6709(row[1]);
        if (!where || catalog.m_index.contains(row[2]))
            return;
        ZoneEntry entry;
        entry.zoneId = row[2];
        entry.city = cityOf(entry.zoneId);
        entry.countryCodes = codes;
        const QLocale reader;
        for (const QString &code : codes) {
            entry.countryNames.append(countries.value(code, code));
            const QString local =
                reader.language() == QLocale::English || reader.language() == QLocale::C
                ? QString()
                : countryName(code, reader);
            entry.localCountryNames.append(local.isEmpty() ? entry.countryNames.back() : local);
        }
        entry.comment = row.size() > 3 ? row[3] : QString();
        entry.latitude = where->latitude;
        entry.longitude = where->longitude;
        catalog.m_index.insert(entry.zoneId, qsizetype(catalog.m_entries.size()));
        catalog.m_entries.push_back(std::move(entry));
    }

    // Links ("Asia/Calcutta") find and search as their target.
    static void addAliases(ZoneCatalog &catalog, const QHash<QString, QString> &links)
    {
        for (auto link = links.cbegin(); link != links.cend(); ++link) {
            const auto target = catalog.m_index.constFind(link.value());
            if (target == catalog.m_index.cend() || catalog.m_index.contains(link.key()))
                continue;
            catalog.m_entries[std::size_t(*target)].aliases.append(link.key());
        }
        for (qsizetype i = 0; i < qsizetype(catalog.m_entries.size()); ++i) {
            ZoneEntry &entry = catalog.m_entries[std::size_t(i)];
            entry.aliases.sort();
            for (const QString &alias : std::as_const(entry.aliases))
                catalog.m_index.insert(alias, i);
        }
    }

    // The abbreviations the database and people use, and the big cities'
    // place in the list.
    static void addAbbreviationsAndProminence(ZoneCatalog &catalog)
    {
        const QStringList &bigCities = bigCityZones();
        for (ZoneEntry &entry : catalog.m_entries) {
            entry.abbreviations = abbreviationsOf(entry.zoneId);
            const qsizetype big = bigCities.indexOf(entry.zoneId);
            entry.prominence = big >= 0 ? int(big) : int(bigCities.size());
        }
        const QHash<QString, QStringList> &spoken = spokenAbbreviations();
        for (auto name = spoken.cbegin(); name != spoken.cend(); ++name) {
            for (const QString &zoneId : name.value()) {
                if (const auto at = catalog.m_index.constFind(zoneId); at != catalog.m_index.cend())
                    catalog.m_entries[std::size_t(*at)].abbreviations.append(name.key());
            }
        }
    }

    // The folded words each entry is found by.
    static void indexWords(ZoneCatalog &catalog)
    {
        for (const ZoneEntry &entry : catalog.m_entries) {
            QStringList all = words(fold(entry.city));
            for (const QString &abbreviation : entry.abbreviations)
                all += fold(abbreviation);
            for (const QString &alias : entry.aliases)
                all += words(fold(cityOf(alias)));
            for (const QString &name : entry.countryNames + entry.localCountryNames)
                all += words(fold(name));
            for (const QString &code : entry.countryCodes)
                all += fold(code);
            all += words(fold(entry.zoneId));
            all.removeDuplicates();
            catalog.m_words.push_back(all);
            catalog.m_foldedCity.push_back(fold(entry.city));
        }
    }
};

const ZoneCatalog &ZoneCatalog::system()
{
    static const ZoneCatalog catalog = [] {
        const QString tzdir = qEnvironmentVariable("TZDIR");
        return fromDirectory(tzdir.isEmpty() ? QStringLiteral("/usr/share/zoneinfo") : tzdir);
    }();
    return catalog;
}

ZoneCatalog ZoneCatalog::fromDirectory(const QString &directory)
{
    return ZoneCatalogReader::read(directory);
}

const ZoneEntry *ZoneCatalog::find(const QString &zoneId) const
{
    if (const auto hit = m_index.constFind(zoneId); hit != m_index.cend())
        return &m_entries[std::size_t(*hit)];
    // Only names the tz database knows: a plan file may hold anything, and
    // "../" must never reach the file system below.
    const std::optional<TimeZone> zone = timeZoneOf(zoneId);
    if (!zone)
        return nullptr;

    // date may report the link's target as the zone's name.
    const QString named = QString::fromStdString(std::string(zone->tz().name()));
    if (const auto hit = m_index.constFind(named); hit != m_index.cend())
        return &m_entries[std::size_t(*hit)];

    // A symbolic link in the zoneinfo folder (Debian's Asia/Calcutta -> Kolkata).
    const QString root = QDir(m_directory).canonicalPath();
    const QString path = QFileInfo(m_directory + u'/' + zoneId).canonicalFilePath();
    if (!root.isEmpty() && path.startsWith(root + u'/')) {
        const QString target = path.mid(root.size() + 1);
        if (const auto hit = m_index.constFind(target); hit != m_index.cend())
            return &m_entries[std::size_t(*hit)];

        // A hard link or copy: the same compiled zone file as an entry's.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            for (const ZoneEntry &entry : m_entries) {
                const QFileInfo candidate(m_directory + u'/' + entry.zoneId);
                if (candidate.size() != bytes.size())
                    continue;
                QFile other(candidate.filePath());
                if (other.open(QIODevice::ReadOnly) && other.readAll() == bytes)
                    return &entry;
            }
        }
    }
    return nullptr;
}

const ZoneEntry *ZoneCatalog::named(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return nullptr;
    if (trimmed.contains(u'/')) {
        if (const ZoneEntry *entry = find(trimmed))
            return entry;
        // Typed in another case: "asia/calcutta".
        for (const ZoneEntry &entry : m_entries)
            if (entry.zoneId.compare(trimmed, Qt::CaseInsensitive) == 0
                || entry.aliases.contains(trimmed, Qt::CaseInsensitive))
                return &entry;
        return nullptr;
    }
    const QString folded = fold(trimmed);
    const ZoneEntry *found = nullptr;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const ZoneEntry &entry = m_entries[i];
        if (m_foldedCity[i] != folded
            && std::none_of(entry.aliases.begin(), entry.aliases.end(), [&](const QString &a) {
                   return fold(cityOf(a)) == folded;
               }))
            continue;
        if (found)
            return nullptr; // two zones by that name: the person has to choose
        found = &entry;
    }
    return found;
}

bool ZoneCatalog::startsOtherName(const QString &text, const ZoneEntry *except) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const auto startsId = [&](const QString &id) {
        return id.startsWith(trimmed, Qt::CaseInsensitive);
    };
    const bool isId = trimmed.contains(u'/');
    const QString folded = fold(trimmed);
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const ZoneEntry &entry = m_entries[i];
        if (&entry == except)
            continue;
        if (isId) {
            if (startsId(entry.zoneId)
                || std::any_of(entry.aliases.begin(), entry.aliases.end(), startsId))
                return true;
        } else if (m_foldedCity[i].startsWith(folded)
                   || std::any_of(entry.aliases.begin(),
                                  entry.aliases.end(),
                                  [&](const QString &a) {
                                      return fold(cityOf(a)).startsWith(folded);
                                  })) {
            return true;
        }
    }
    return false;
}

std::vector<const ZoneEntry *> ZoneCatalog::search(const QString &query) const
{
    return search(query, date::floor<Seconds>(std::chrono::system_clock::now()));
}

namespace
{

struct SearchHit {
    int rank;
    const ZoneEntry *entry;
};

// Whether every word of the query starts one of `haystack`'s words.
bool startsWords(const QStringList &queryWords, const QStringList &haystack)
{
    return std::all_of(queryWords.begin(), queryWords.end(), [&](const QString &w) {
        return std::any_of(haystack.begin(), haystack.end(), [&](const QString &h) {
            return h.startsWith(w);
        });
    });
}

// Exact names first: the city, then a whole country name or code, an
// abbreviation or an old city name ("india" before Indianapolis, "est" New
// York before Estonia), then cities starting with the query, then cities
// with matching words. `city` and `folded` are folded, `trimmed` as typed.
int nameRank(const ZoneEntry &entry,
             const QString &city,
             const QString &folded,
             const QString &trimmed,
             const QStringList &queryWords)
{
    if (city == folded)
        return 0;
    if (!entry.countryNames.isEmpty()
        && (fold(entry.countryNames.front()) == folded
            || fold(entry.localCountryNames.front()) == folded
            || entry.countryCodes.front().compare(trimmed, Qt::CaseInsensitive) == 0))
        return 1; // the zone's own country: Sydney for "australia"
    const auto namesCountry = [&](const QString &n) {
        return fold(n) == folded;
    };
    if (std::any_of(entry.countryNames.begin(), entry.countryNames.end(), namesCountry)
        || std::any_of(entry.localCountryNames.begin(), entry.localCountryNames.end(), namesCountry)
        || entry.countryCodes.contains(trimmed, Qt::CaseInsensitive)
        || entry.abbreviations.contains(trimmed, Qt::CaseInsensitive)
        || std::any_of(entry.aliases.begin(), entry.aliases.end(), [&](const QString &a) {
               return fold(cityOf(a)) == folded;
           }))
        return 2; // Tokyo also covers an Australian station
    if (city.startsWith(folded))
        return 3;
    if (startsWords(queryWords, words(city)))
        return 4;
    return 5;
}

// Best rank first, then the big cities, then by city name.
std::vector<const ZoneEntry *> sortedEntries(std::vector<SearchHit> hits)
{
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.entry->prominence != b.entry->prominence)
            return a.entry->prominence < b.entry->prominence;
        // A country's zones in zone1970.tab's order: its most populous
        // first where geography allows (Lisbon, Madeira, Azores).
        if (a.rank == 1)
            return a.entry < b.entry;
        return QString::localeAwareCompare(a.entry->city, b.entry->city) < 0;
    });
    std::vector<const ZoneEntry *> result;
    result.reserve(hits.size());
    for (const SearchHit &hit : hits)
        result.push_back(hit.entry);
    return result;
}

} // namespace

std::vector<const ZoneEntry *> ZoneCatalog::search(const QString &query, Instant now) const
{
    std::vector<SearchHit> hits;
    const QString trimmed = query.trimmed();
    if (const std::optional<Seconds> offset = parseUtcOffset(trimmed)) {
        for (const ZoneEntry &entry : m_entries) {
            const auto zone = timeZoneOf(entry.zoneId);
            if (zone && zone->tz().get_info(now).offset == *offset)
                hits.push_back({0, &entry});
        }
        return sortedEntries(std::move(hits));
    }
    const QString folded = fold(trimmed);
    const QStringList queryWords = words(folded);
    // A zone id or link typed whole ("Asia/Calcutta") comes first.
    const ZoneEntry *byId = trimmed.contains(u'/') ? find(trimmed) : nullptr;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const ZoneEntry &entry = m_entries[i];
        if (&entry == byId)
            hits.push_back({-1, &entry});
        else if (startsWords(queryWords, m_words[i]))
            hits.push_back({nameRank(entry, m_foldedCity[i], folded, trimmed, queryWords), &entry});
    }
    return sortedEntries(std::move(hits));
}

} // namespace sunrelay::gui
