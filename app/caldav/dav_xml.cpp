#include "dav_xml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <date/date.h>

namespace sunrelay::caldav
{

namespace
{

const QString davNs = QStringLiteral("DAV:");
const QString calDavNs = QStringLiteral("urn:ietf:params:xml:ns:caldav");

// "HTTP/1.1 404 Not Found" -> 404; 0 when unreadable.
int statusCode(const QString &line)
{
    const QStringList parts = line.trimmed().split(u' ', Qt::SkipEmptyParts);
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

// The reader's state: where in the document it is and what the current
// <response> and <propstat> hold so far.
class MultiStatusReader
{
public:
    explicit MultiStatusReader(int maxDepth)
        : m_maxDepth(maxDepth)
    {
    }

    Expected<MultiStatus, QString> read(const QByteArray &xml);

private:
    std::optional<QString> start(const QXmlStreamReader &reader);
    void end(const QXmlStreamReader &reader);
    bool parentIs(const QString &ns, const QString &name) const
    {
        return m_path.size() >= 2 && m_path[m_path.size() - 2] == ns + u'|' + name;
    }

    int m_maxDepth;
    QStringList m_path; // "ns|name" of the open elements
    QString m_text;
    DavResource m_response;
    DavResource m_propstat;
    int m_propstatStatus = 0;
    MultiStatus m_result;
};

Expected<MultiStatus, QString> MultiStatusReader::read(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    bool sawRoot = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return QStringLiteral("line %1: a document type declaration (DTD) is not accepted")
                .arg(reader.lineNumber());
        case QXmlStreamReader::EntityReference:
            return QStringLiteral("line %1: entity references are not accepted")
                .arg(reader.lineNumber());
        case QXmlStreamReader::StartElement:
            if (!sawRoot && !(reader.namespaceUri() == davNs && reader.name() == u"multistatus"))
                return QStringLiteral("not a WebDAV multistatus reply (root element <%1>)")
                    .arg(reader.qualifiedName());
            sawRoot = true;
            if (auto problem = start(reader))
                return *problem;
            break;
        case QXmlStreamReader::Characters:
            m_text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            end(reader);
            m_path.removeLast();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    if (!sawRoot)
        return QStringLiteral("empty reply");
    return std::move(m_result);
}

std::optional<QString> MultiStatusReader::start(const QXmlStreamReader &reader)
{
    if (m_path.size() >= m_maxDepth)
        return QStringLiteral("line %1: elements nested deeper than %2")
            .arg(reader.lineNumber())
            .arg(m_maxDepth);
    m_path.append(reader.namespaceUri().toString() + u'|' + reader.name().toString());
    m_text.clear();
    if (reader.namespaceUri() == davNs && reader.name() == u"response")
        m_response = {};
    else if (reader.namespaceUri() == davNs && reader.name() == u"propstat") {
        m_propstat = {};
        m_propstatStatus = 0;
    } else if (reader.namespaceUri() == calDavNs && reader.name() == u"calendar"
               && parentIs(davNs, QStringLiteral("resourcetype")))
        m_propstat.isCalendar = true;
    else if (reader.namespaceUri() == calDavNs && reader.name() == u"comp"
             && parentIs(calDavNs, QStringLiteral("supported-calendar-component-set")))
        m_propstat.components.append(
            reader.attributes().value(QStringLiteral("name")).toString().toUpper());
    return std::nullopt;
}

void MultiStatusReader::end(const QXmlStreamReader &reader)
{
    const QStringView name = reader.name();
    const bool dav = reader.namespaceUri() == davNs;
    if (dav && name == u"href") {
        if (parentIs(davNs, QStringLiteral("response")))
            m_response.href = m_text.trimmed();
        else if (parentIs(davNs, QStringLiteral("current-user-principal")))
            m_propstat.principalHref = m_text.trimmed();
        else if (parentIs(calDavNs, QStringLiteral("calendar-home-set")))
            m_propstat.calendarHomeHref = m_text.trimmed();
    } else if (dav && name == u"status") {
        if (parentIs(davNs, QStringLiteral("propstat")))
            m_propstatStatus = statusCode(m_text);
        else if (parentIs(davNs, QStringLiteral("response")))
            m_response.status = statusCode(m_text);
    } else if (dav && name == u"displayname" && parentIs(davNs, QStringLiteral("prop"))) {
        m_propstat.displayName = m_text.trimmed();
    } else if (dav && name == u"getetag") {
        m_propstat.etag = m_text.trimmed().toUtf8();
    } else if (!dav && reader.namespaceUri() == calDavNs && name == u"calendar-data") {
        m_propstat.calendarData = m_text.toUtf8();
    } else if (dav && name == u"propstat") {
        if (m_propstatStatus >= 200 && m_propstatStatus < 300) {
            if (!m_propstat.etag.isEmpty())
                m_response.etag = m_propstat.etag;
            if (!m_propstat.calendarData.isEmpty())
                m_response.calendarData = m_propstat.calendarData;
            m_response.isCalendar = m_response.isCalendar || m_propstat.isCalendar;
            if (!m_propstat.principalHref.isEmpty())
                m_response.principalHref = m_propstat.principalHref;
            if (!m_propstat.calendarHomeHref.isEmpty())
                m_response.calendarHomeHref = m_propstat.calendarHomeHref;
            if (!m_propstat.displayName.isEmpty())
                m_response.displayName = m_propstat.displayName;
            m_response.components += m_propstat.components;
        }
    } else if (dav && name == u"response") {
        m_result.responses.push_back(std::move(m_response));
        m_response = {};
    } else if (dav && name == u"sync-token" && parentIs(davNs, QStringLiteral("multistatus"))) {
        m_result.syncToken = m_text.trimmed();
    }
    m_text.clear();
}

// A writer with the DAV: and CalDAV namespaces declared on the root.
class Body
{
public:
    Body(const QString &ns, const QString &root)
        : m_writer(&m_bytes)
    {
        m_writer.writeStartDocument();
        m_writer.writeNamespace(davNs, QStringLiteral("d"));
        m_writer.writeNamespace(calDavNs, QStringLiteral("c"));
        m_writer.writeStartElement(ns, root);
    }
    QXmlStreamWriter &writer() { return m_writer; }
    QByteArray finish()
    {
        m_writer.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

void writeEtagAndData(QXmlStreamWriter &writer)
{
    writer.writeStartElement(davNs, QStringLiteral("prop"));
    writer.writeEmptyElement(davNs, QStringLiteral("getetag"));
    writer.writeEmptyElement(calDavNs, QStringLiteral("calendar-data"));
    writer.writeEndElement();
}

QString utcText(Instant instant)
{
    return QString::fromStdString(date::format("%Y%m%dT%H%M%SZ", instant));
}

QByteArray propfindOne(const QString &ns, const QString &property)
{
    Body body(davNs, QStringLiteral("propfind"));
    body.writer().writeStartElement(davNs, QStringLiteral("prop"));
    body.writer().writeEmptyElement(ns, property);
    body.writer().writeEndElement();
    return body.finish();
}

} // namespace

Expected<MultiStatus, QString> parseMultiStatus(const QByteArray &xml, int maxDepth)
{
    return MultiStatusReader(maxDepth).read(xml);
}

QByteArray principalPropfind()
{
    return propfindOne(davNs, QStringLiteral("current-user-principal"));
}

QByteArray calendarHomePropfind()
{
    return propfindOne(calDavNs, QStringLiteral("calendar-home-set"));
}

QByteArray calendarListPropfind()
{
    Body body(davNs, QStringLiteral("propfind"));
    QXmlStreamWriter &writer = body.writer();
    writer.writeStartElement(davNs, QStringLiteral("prop"));
    writer.writeEmptyElement(davNs, QStringLiteral("displayname"));
    writer.writeEmptyElement(davNs, QStringLiteral("resourcetype"));
    writer.writeEmptyElement(calDavNs, QStringLiteral("supported-calendar-component-set"));
    writer.writeEndElement();
    return body.finish();
}

QByteArray mkcalendarBody(const QString &displayName)
{
    Body body(calDavNs, QStringLiteral("mkcalendar"));
    QXmlStreamWriter &writer = body.writer();
    writer.writeStartElement(davNs, QStringLiteral("set"));
    writer.writeStartElement(davNs, QStringLiteral("prop"));
    writer.writeTextElement(davNs, QStringLiteral("displayname"), displayName);
    writer.writeStartElement(calDavNs, QStringLiteral("supported-calendar-component-set"));
    writer.writeEmptyElement(calDavNs, QStringLiteral("comp"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("VEVENT"));
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    return body.finish();
}

QByteArray calendarQueryBody(const std::optional<Interval> &range)
{
    Body body(calDavNs, QStringLiteral("calendar-query"));
    QXmlStreamWriter &writer = body.writer();
    writeEtagAndData(writer);
    writer.writeStartElement(calDavNs, QStringLiteral("filter"));
    writer.writeStartElement(calDavNs, QStringLiteral("comp-filter"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("VCALENDAR"));
    writer.writeStartElement(calDavNs, QStringLiteral("comp-filter"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("VEVENT"));
    if (range) {
        writer.writeEmptyElement(calDavNs, QStringLiteral("time-range"));
        writer.writeAttribute(QStringLiteral("start"), utcText(range->start));
        writer.writeAttribute(QStringLiteral("end"), utcText(range->end));
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    return body.finish();
}

QByteArray calendarMultigetBody(const QStringList &hrefs)
{
    Body body(calDavNs, QStringLiteral("calendar-multiget"));
    QXmlStreamWriter &writer = body.writer();
    writeEtagAndData(writer);
    for (const QString &href : hrefs)
        writer.writeTextElement(davNs, QStringLiteral("href"), href);
    return body.finish();
}

QByteArray syncCollectionBody(const QString &token)
{
    Body body(davNs, QStringLiteral("sync-collection"));
    QXmlStreamWriter &writer = body.writer();
    writer.writeTextElement(davNs, QStringLiteral("sync-token"), token);
    writer.writeTextElement(davNs, QStringLiteral("sync-level"), QStringLiteral("1"));
    writeEtagAndData(writer);
    return body.finish();
}

} // namespace sunrelay::caldav
