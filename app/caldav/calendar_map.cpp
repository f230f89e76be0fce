#include "calendar_map.h"

#include "publish_set.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace sunrelay::caldav
{

namespace
{

class CalDav
{
    Q_DECLARE_TR_FUNCTIONS(CalDav)
};

const QString memberPrefix = QString::fromLatin1(memberKeyPrefix);
const QString regionPrefix = QString::fromLatin1(regionKeyPrefix);
const QString handoffsKey = QString::fromLatin1(handoffsCalendarKey);

bool isKnownKeyForm(const QString &key)
{
    if (key == handoffsKey)
        return true;
    for (const QString &prefix : {memberPrefix, regionPrefix})
        if (key.startsWith(prefix) && key.size() > prefix.size())
            return true;
    return false;
}

// The same scheme, host and port: where the account's password may go.
bool sameServer(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

// `url` as one calendar is written once: without its scheme's default port
// and with a trailing "/" (a collection), so that two spellings of one
// calendar compare equal.
QUrl normalisedCalendarUrl(QUrl url)
{
    const int defaultPort = url.scheme() == u"https" ? 443 : url.scheme() == u"http" ? 80 : -1;
    if (url.port() == defaultPort)
        url.setPort(-1);
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path(QUrl::FullyEncoded) + u'/', QUrl::StrictMode);
    return url;
}

// Where a line splits into key and URL: its last " = " (ids may hold "=",
// URLs never hold " = "), else its first "="; -1 and 0 without any "=".
std::pair<qsizetype, qsizetype> keyUrlSplit(const QString &text)
{
    const QString spaced = QStringLiteral(" = ");
    if (const qsizetype at = text.lastIndexOf(spaced); at >= 0)
        return {at, spaced.size()};
    return {text.indexOf(u'='), 1};
}

// One "KEY = URL" line as an entry, or what is wrong with it.
Expected<CalendarMapEntry, CalendarMapProblem>
parseLine(const QString &text, int line, const QUrl &server)
{
    const auto [equals, equalsSize] = keyUrlSplit(text);
    if (equals < 0)
        return CalendarMapProblem{line,
                                  CalDav::tr("expected KEY = URL, e.g. member:anna = %1")
                                      .arg(QStringLiteral("/dav/lead/work/"))};
    CalendarMapEntry entry{text.left(equals).trimmed(), {}, line};
    const QString urlText = text.mid(equals + equalsSize).trimmed();
    if (!isKnownKeyForm(entry.key))
        return CalendarMapProblem{
            line,
            CalDav::tr("\"%1\" is not a calendar key (member:ID, region:ID or "
                       "handoffs)")
                .arg(entry.key)};
    const QUrl given(urlText, QUrl::StrictMode);
    if (urlText.isEmpty() || !given.isValid())
        return CalendarMapProblem{line,
                                  CalDav::tr("%1: \"%2\" is not a URL").arg(entry.key, urlText)};
    entry.url = server.resolved(given);
    if (!sameServer(entry.url, server))
        return CalendarMapProblem{line,
                                  CalDav::tr("%1: %2 is not on the server %3 (the password is sent "
                                             "to that server only)")
                                      .arg(entry.key,
                                           entry.url.toDisplayString(QUrl::RemoveUserInfo),
                                           server.toDisplayString(QUrl::RemoveUserInfo))};
    entry.url = normalisedCalendarUrl(entry.url);
    return entry;
}

// The text of a calendar map file without a UTF-8 byte order mark (some
// editors write one; it is not part of the first key).
QString withoutByteOrderMark(const QString &text)
{
    return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
}

} // namespace

QString CalendarMapProblem::text() const
{
    if (line == 0)
        return problem;
    //: A problem in a calendar map file; %1 is its line number
    return CalDav::tr("line %1: %2").arg(line).arg(problem);
}

std::optional<QUrl> CalendarMap::urlFor(const QString &key) const
{
    const auto found = std::find_if(entries.begin(), entries.end(), [&key](const auto &entry) {
        return entry.key == key;
    });
    if (found == entries.end())
        return std::nullopt;
    return found->url;
}

QString CalendarMap::toText() const
{
    QString text;
    for (const CalendarMapEntry &entry : entries)
        text += entry.key + QStringLiteral(" = ") + entry.url.toString(QUrl::FullyEncoded) + u'\n';
    return text;
}

std::vector<std::pair<QString, QString>> calendarKeysOf(const Plan &plan)
{
    std::vector<std::pair<QString, QString>> keys;
    keys.emplace_back(handoffsKey,
                      //: The calendar of every handoff in the plan, in the calendar map
                      //: (Publish > Use Existing Calendars)
                      CalDav::tr("All handoffs"));
    for (const Region &region : plan.regions)
        keys.emplace_back(regionPrefix + QString::fromStdString(region.id),
                          //: A region's calendar in the calendar map; %1 is the region
                          CalDav::tr("Region %1").arg(QString::fromStdString(region.name)));
    for (const Member &member : plan.members)
        keys.emplace_back(memberPrefix + QString::fromStdString(member.id),
                          QString::fromStdString(member.name));
    return keys;
}

Expected<CalendarMap, CalendarMapProblem> parseCalendarMap(const QString &text, const QUrl &server)
{
    CalendarMap map;
    std::set<QString> urls;
    const QStringList lines = withoutByteOrderMark(text).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        auto entry = parseLine(line, int(i + 1), server);
        if (!entry)
            return entry.error();
        const CalendarMapEntry &read = entry.value();
        if (map.urlFor(read.key))
            return CalendarMapProblem{read.line,
                                      //: A problem in a calendar map file: %1 is a calendar key
                                      //: ("member:anna") given on two lines
                                      CalDav::tr("%1 is mapped twice").arg(read.key)};
        if (!urls.insert(read.url.toString(QUrl::FullyEncoded)).second)
            return CalendarMapProblem{
                read.line,
                CalDav::tr("%1: %2 is already mapped to another calendar key; "
                           "two keys in one calendar would delete each other's "
                           "events")
                    .arg(read.key, read.url.toDisplayString(QUrl::RemoveUserInfo))};
        map.entries.push_back(std::move(entry).value());
    }
    return map;
}

std::optional<CalendarMapProblem> checkCalendarMap(const CalendarMap &map, const Plan &plan)
{
    for (const CalendarMapEntry &entry : map.entries) {
        if (entry.key.startsWith(memberPrefix)) {
            const std::string id = entry.key.mid(memberPrefix.size()).toStdString();
            if (!plan.memberIndex(id))
                return CalendarMapProblem{
                    entry.line,
                    CalDav::tr("the plan has no member \"%1\"").arg(QString::fromStdString(id))};
        }
        if (entry.key.startsWith(regionPrefix)) {
            const std::string id = entry.key.mid(regionPrefix.size()).toStdString();
            if (!plan.regionIndex(id))
                return CalendarMapProblem{
                    entry.line,
                    CalDav::tr("the plan has no region \"%1\"").arg(QString::fromStdString(id))};
        }
    }
    return std::nullopt;
}

std::optional<CalendarMapProblem>
checkMappedCalendarsHoldEvents(const CalendarMap &map, const std::vector<ServerCalendar> &calendars)
{
    for (const CalendarMapEntry &entry : map.entries)
        for (const ServerCalendar &calendar : calendars)
            if (!calendar.holdsEvents()
                && normalisedCalendarUrl(calendar.url) == normalisedCalendarUrl(entry.url))
                return CalendarMapProblem{
                    entry.line,
                    //: A problem in a calendar map: %1 is a calendar key ("member:anna"), %2 the
                    //: URL of a calendar on the server that holds only other components, %3 those
                    //: components ("VTODO")
                    CalDav::tr("%1: %2 holds no events (%3), so the plan's events cannot go "
                               "there")
                        .arg(entry.key,
                             entry.url.toDisplayString(QUrl::RemoveUserInfo),
                             calendar.components.join(QStringLiteral(", ")))};
    return std::nullopt;
}

} // namespace sunrelay::caldav
