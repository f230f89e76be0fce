#include "gui/models/zone_catalog.h"

#include "sunrelay/core/time_zone.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <chrono>

namespace sunrelay::gui {

namespace {

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
    if (folded == QLatin1String("utc") || folded == QLatin1String("gmt") || folded == QLatin1String("z"))
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

class ZoneCatalogReader {
public:
    static ZoneCatalog read(const QString &directory)
    {
        ZoneCatalog catalog;
        catalog.m_directory = directory;

        QHash<QString, QString> countries;
        for (const QStringList &row : readTable(directory + QStringLiteral("/iso3166.tab")))
            if (row.size() >= 2)
                countries.insert(row[0], row[1]);

        auto add = [&](const QStringList &row, const QStringList &codes) {
            const auto where = parseIso6709(row[1]);
            if (!where || catalog.m_index.contains(row[2]))
                return;
            ZoneEntry entry;
            entry.zoneId = row[2];
            entry.city = cityOf(entry.zoneId);
            entry.countryCodes = codes;
            for (const QString &code : codes)
                entry.countryNames.append(countries.value(code, code));
            entry.comment = row.size() > 3 ? row[3] : QString();
            entry.latitude = where->latitude;
            entry.longitude = where->longitude;
            catalog.m_index.insert(entry.zoneId, qsizetype(catalog.m_entries.size()));
            catalog.m_entries.push_back(std::move(entry));
        };

        // zone1970.tab: one row per zone that differs since 1970, the canonical
        // choice list.
        for (const QStringList &row : readTable(directory + QStringLiteral("/zone1970.tab")))
            if (row.size() >= 3)
                add(row, row[0].split(QLatin1Char(',')));

        // zone.tab also names one zone per country that zone1970.tab folds
        // into a neighbour's (Europe/Oslo into Europe/Berlin). Where the
        // database keeps it as its own zone (Debian builds with backzone),
        // people expect to find it under its own city.
        const QHash<QString, QString> links = readLinks(directory + QStringLiteral("/tzdata.zi"));
        for (const QStringList &row : readTable(directory + QStringLiteral("/zone.tab"))) {
            if (row.size() < 3 || catalog.m_index.contains(row[2]) || links.contains(row[2]))
                continue;
            if (timeZoneOf(row[2]))
                add(row, {row[0]});
        }

        // Links ("Asia/Calcutta") find and search as their target.
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

        for (const ZoneEntry &entry : catalog.m_entries) {
            QStringList all = words(fold(entry.city));
            for (const QString &alias : entry.aliases)
                all += words(fold(cityOf(alias)));
            for (const QString &name : entry.countryNames)
                all += words(fold(name));
            for (const QString &code : entry.countryCodes)
                all += fold(code);
            all += words(fold(entry.zoneId));
            all.removeDuplicates();
            catalog.m_words.push_back(all);
            catalog.m_foldedCity.push_back(fold(entry.city));
        }
        return catalog;
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
            if (entry.zoneId.compare(trimmed, Qt::CaseInsensitive) == 0 ||
                entry.aliases.contains(trimmed, Qt::CaseInsensitive))
                return &entry;
        return nullptr;
    }
    const QString folded = fold(trimmed);
    const ZoneEntry *found = nullptr;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const ZoneEntry &entry = m_entries[i];
        if (m_foldedCity[i] != folded
            && std::none_of(entry.aliases.begin(), entry.aliases.end(),
                            [&](const QString &a) { return fold(cityOf(a)) == folded; }))
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
    const auto startsId = [&](const QString &id) { return id.startsWith(trimmed, Qt::CaseInsensitive); };
    const bool isId = trimmed.contains(u'/');
    const QString folded = fold(trimmed);
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const ZoneEntry &entry = m_entries[i];
        if (&entry == except)
            continue;
        if (isId) {
            if (startsId(entry.zoneId) || std::any_of(entry.aliases.begin(), entry.aliases.end(), startsId))
                return true;
        } else if (m_foldedCity[i].startsWith(folded)
                   || std::any_of(entry.aliases.begin(), entry.aliases.end(), [&](const QString &a) {
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

std::vector<const ZoneEntry *> ZoneCatalog::search(const QString &query, Instant now) const
{
    struct Hit {
        int rank;
        const ZoneEntry *entry;
    };
    std::vector<Hit> hits;
    const QString trimmed = query.trimmed();

    if (const std::optional<Seconds> offset = parseUtcOffset(trimmed)) {
        for (const ZoneEntry &entry : m_entries) {
            const auto zone = timeZoneOf(entry.zoneId);
            if (zone && zone->tz().get_info(now).offset == *offset)
                hits.push_back({0, &entry});
        }
    } else {
        const QString folded = fold(trimmed);
        const QStringList queryWords = words(folded);
        // A zone id or link typed whole ("Asia/Calcutta") comes first.
        const ZoneEntry *byId = trimmed.contains(u'/') ? find(trimmed) : nullptr;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            const ZoneEntry &entry = m_entries[i];
            if (&entry == byId) {
                hits.push_back({-1, &entry});
                continue;
            }
            const QStringList &haystack = m_words[i];
            const bool all = std::all_of(queryWords.begin(), queryWords.end(), [&](const QString &w) {
                return std::any_of(haystack.begin(), haystack.end(),
                                   [&](const QString &h) { return h.startsWith(w); });
            });
            if (!all)
                continue;
            const QString &city = m_foldedCity[i];
            const QStringList cityWords = words(city);
            // Exact names first: the city, then a whole country name or code
            // or an old city name ("india" before Indianapolis), then cities
            // starting with the query, then cities with matching words.
            int rank = 4;
            if (city == folded)
                rank = 0;
            else if (std::any_of(entry.countryNames.begin(), entry.countryNames.end(),
                                 [&](const QString &n) { return fold(n) == folded; }) ||
                     entry.countryCodes.contains(trimmed, Qt::CaseInsensitive) ||
                     std::any_of(entry.aliases.begin(), entry.aliases.end(),
                                 [&](const QString &a) { return fold(cityOf(a)) == folded; }))
                rank = 1;
            else if (city.startsWith(folded))
                rank = 2;
            else if (std::all_of(queryWords.begin(), queryWords.end(), [&](const QString &w) {
                         return std::any_of(cityWords.begin(), cityWords.end(),
                                            [&](const QString &c) { return c.startsWith(w); });
                     }))
                rank = 3;
            hits.push_back({rank, &entry});
        }
    }

    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return QString::localeAwareCompare(a.entry->city, b.entry->city) < 0;
    });
    std::vector<const ZoneEntry *> result;
    result.reserve(hits.size());
    for (const Hit &hit : hits)
        result.push_back(hit.entry);
    return result;
}

} // namespace sunrelay::gui
