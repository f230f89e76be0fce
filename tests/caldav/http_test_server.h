#pragma once

// Small HTTP/1.1 servers for the CalDAV tests, on QTcpServer at 127.0.0.1:
//  - CannedServer answers every request with the same raw bytes (a hostile
//    reply: a huge body, deep XML, an entity bomb), or never answers;
//  - FaultProxy forwards requests to a real server and injects faults into
//    chosen PUTs (a 503, a dropped connection).
// Every reply closes the connection, so one connection carries one request.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

// A request as read off a socket.
struct HttpRequest {
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// Reads one request from `socket` as data arrives; calls `done` once.
class RequestReader : public QObject
{
public:
    RequestReader(QTcpSocket *socket, std::function<void(QTcpSocket *, const HttpRequest &)> done)
        : QObject(socket)
        , m_socket(socket)
        , m_done(std::move(done))
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] {
            read();
        });
    }

private:
    void read()
    {
        m_buffer += m_socket->readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0 || m_finished)
            return;
        HttpRequest request;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> first = lines.front().trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
            request.headers.append({name, value});
        }
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        request.body = m_buffer.mid(headEnd + 4, length);
        m_finished = true;
        m_done(m_socket, request);
    }

    QTcpSocket *m_socket;
    std::function<void(QTcpSocket *, const HttpRequest &)> m_done;
    QByteArray m_buffer;
    bool m_finished = false;
};

inline QByteArray httpReply(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status)
        + " Status\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

class CannedServer
{
public:
    // `reply` is written whole after each request; empty: never answer.
    explicit CannedServer(QByteArray reply)
        : m_reply(std::move(reply))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                new RequestReader(socket, [this](QTcpSocket *s, const HttpRequest &) {
                    ++m_requests;
                    if (m_reply.isEmpty())
                        return;
                    s->write(m_reply);
                    s->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
    }
    int requests() const { return m_requests; }

private:
    QByteArray m_reply;
    QTcpServer m_server;
    int m_requests = 0;
};

class FaultProxy
{
public:
    enum class Fault {
        ServiceUnavailable,
        DropConnection
    };

    explicit FaultProxy(QUrl upstream)
        : m_upstream(std::move(upstream))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                new RequestReader(socket, [this](QTcpSocket *s, const HttpRequest &r) {
                    handle(s, r);
                });
            }
        });
    }
    QUrl url() const
    {
        QUrl url = m_upstream;
        url.setPort(m_server.serverPort());
        return url;
    }
    // The `n`th resource PUT to (1-based, in the order first seen) gets
    // `fault` on every attempt instead of reaching the server. By resource,
    // not by request: Qt sends a PUT again once when its connection closes
    // before the reply, and requests run in parallel, so a request count
    // would depend on timing.
    void failPut(int n, Fault fault) { m_faults[n] = fault; }

private:
    void handle(QTcpSocket *socket, const HttpRequest &request)
    {
        if (request.method == "PUT") {
            auto seen = std::find(m_putPaths.begin(), m_putPaths.end(), request.path);
            if (seen == m_putPaths.end())
                seen = m_putPaths.insert(m_putPaths.end(), request.path);
            const auto fault = m_faults.find(int(seen - m_putPaths.begin()) + 1);
            if (fault != m_faults.end()) {
                if (fault->second == Fault::DropConnection) {
                    socket->abort();
                } else {
                    socket->write(httpReply(503, "busy"));
                    socket->disconnectFromHost();
                }
                return;
            }
        }
        QUrl target = m_upstream;
        target.setPath(QString::fromLatin1(request.path), QUrl::StrictMode);
        QNetworkRequest forward(target);
        for (const auto &[name, value] : request.headers)
            if (name.compare("Host", Qt::CaseInsensitive) != 0
                && name.compare("Content-Length", Qt::CaseInsensitive) != 0
                && name.compare("Connection", Qt::CaseInsensitive) != 0)
                forward.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(forward, request.method, request.body);
        QPointer<QTcpSocket> client(socket);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, client] {
            reply->deleteLater();
            if (!client)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QByteArray headers;
            for (const QByteArray &name : {QByteArray("ETag"), QByteArray("Content-Type")})
                if (reply->hasRawHeader(name))
                    headers += name + ": " + reply->rawHeader(name) + "\r\n";
            client->write(httpReply(status, reply->readAll(), headers));
            client->disconnectFromHost();
        });
    }

    QUrl m_upstream;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    std::map<int, Fault> m_faults;
    std::vector<QByteArray> m_putPaths; // in the order first PUT to
};
