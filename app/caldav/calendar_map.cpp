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

QString lineProblem(int line, const QString &problem)
{
    //: A problem in a calendar map file; %1 is its line number
    return CalDav::tr("line %1: %2").arg(line).arg(problem);
}

// One "KEY = URL" line as an entry, or what is wrong with it.
Expected<CalendarMapEntry, QString> parseLine(const QString &text, int line, const QUrl &server)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals < 0)
        return lineProblem(line,
                           CalDav::tr("expected KEY = URL, e.g. member:anna = %1")
                               .arg(QStringLiteral("/dav/lead/work/")));
    CalendarMapEntry entry{text.left(equals).trimmed(), {}, line};
    const QString urlText = text.mid(equals + 1).trimmed();
    if (!isKnownKeyForm(entry.key))
        return lineProblem(line,
                           CalDav::tr("\"%1\" is not a calendar key (member:ID, region:ID or "
                                      "handoffs)")
                               .arg(entry.key));
    const QUrl given(urlText, QUrl::StrictMode);
    if (urlText.isEmpty() || !given.isValid())
        return lineProblem(line, CalDav::tr("%1: \"%2\" is not a URL").arg(entry.key, urlText));
    entry.url = server.resolved(given);
    if (!sameServer(entry.url, server))
        return lineProblem(line,
                           CalDav::tr("%1: %2 is not on the server %3 (the password is sent "
                                      "to that server only)")
                               .arg(entry.key,
                                    entry.url.toDisplayString(QUrl::RemoveUserInfo),
                                    server.toDisplayString(QUrl::RemoveUserInfo)));
    if (!entry.url.path().endsWith(u'/'))
        entry.url.setPath(entry.url.path(QUrl::FullyEncoded) + u'/', QUrl::StrictMode);
    return entry;
}

} // namespace

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

Expected<CalendarMap, QString> parseCalendarMap(const QString &text, const QUrl &server)
{
    CalendarMap map;
    std::set<QString> urls;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        auto entry = parseLine(line, int(i + 1), server);
        if (!entry)
            return entry.error();
        //: A problem in a calendar map file: %1 is a calendar key ("member:anna") given on
        //: two lines
        if (map.urlFor(entry.value().key))
            return lineProblem(int(i + 1), CalDav::tr("%1 is mapped twice").arg(entry.value().key));
        if (!urls.insert(entry.value().url.toString(QUrl::FullyEncoded)).second)
            return lineProblem(int(i + 1),
                               CalDav::tr("%1: %2 is already mapped to another calendar key; "
                                          "two keys in one calendar would delete each other's "
                                          "events")
                                   .arg(entry.value().key,
                                        entry.value().url.toDisplayString(QUrl::RemoveUserInfo)));
        map.entries.push_back(std::move(entry).value());
    }
    return map;
}

std::optional<QString> checkCalendarMap(const CalendarMap &map, const Plan &plan)
{
    for (const CalendarMapEntry &entry : map.entries) {
        const std::string id = entry.key.section(u':', 1).toStdString();
        if (entry.key.startsWith(memberPrefix) && !plan.memberIndex(id))
            return lineProblem(
                entry.line,
                CalDav::tr("the plan has no member \"%1\"").arg(QString::fromStdString(id)));
        if (entry.key.startsWith(regionPrefix) && !plan.regionIndex(id))
            return lineProblem(
                entry.line,
                CalDav::tr("the plan has no region \"%1\"").arg(QString::fromStdString(id)));
    }
    return std::nullopt;
}

} // namespace sunrelay::caldav
