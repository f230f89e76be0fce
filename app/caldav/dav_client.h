#pragma once

// DavClient: a small WebDAV/CalDAV client on QNetworkAccessManager. It only
// sends requests and reads replies within limits; what to send is the
// publisher's business (publisher.h).
//
//  - Basic authentication, sent with every request (no 401 round trip);
//    https with the system's certificate check (TLS errors are never
//    ignored); a plain http:// URL is refused unless its host is the
//    loopback (localhost, 127.0.0.1, ::1) or `InsecureHttp::Allow`.
//  - Redirects are not followed (credentials stay with the host they were
//    given for); a reply larger than ClientLimits::maxReplyBytes, a
//    transfer without progress for `stallTimeoutMs` or a request running
//    past `requestTimeoutMs` is aborted and reported.
//  - Blocking: send() and sendAll() run a local event loop until their
//    replies are in; sendAll() keeps up to `parallel` requests in flight.
//    A client belongs to the thread that made it; cancel() may be called
//    from any thread.
//
// Example:
//   DavClient client({QUrl("https://dav.example.com/"), "lead", password});
//   DavReply reply = client.send({"PROPFIND", url, body, {{"Depth", "0"}}});

#include "dav_error.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace sunrelay::caldav
{

enum class InsecureHttp {
    Refuse,
    Allow
};

struct ServerAccount {
    QUrl server;
    QString user;
    QString password;
    InsecureHttp insecureHttp = InsecureHttp::Refuse;
};

struct ClientLimits {
    qint64 maxReplyBytes = qint64{64} << 20;
    int stallTimeoutMs = 30'000;
    int requestTimeoutMs = 300'000;
    int parallel = 4;
};

struct DavRequest {
    QByteArray method;
    QUrl url;
    QByteArray body{};
    QList<QPair<QByteArray, QByteArray>> headers{};
};

// A reply: the HTTP status and body, or an error when there was no usable
// HTTP reply (network, timeout, size limit, cancel).
struct DavReply {
    int status = 0;
    QByteArray body;
    QByteArray etag;
    std::optional<DavError> error;
};

// Requests sent, by method: what the tests and the benchmark count.
struct RequestCounts {
    int propfind = 0;
    int report = 0;
    int mkcalendar = 0;
    int put = 0;
    int del = 0;
    int other = 0;

    int total() const { return propfind + report + mkcalendar + put + del + other; }
    bool operator==(const RequestCounts &) const = default;
};

// Why `url` may not be used for `insecure`; nullopt when it may.
std::optional<DavError> checkServerUrl(const QUrl &url, InsecureHttp insecure);

class DavClient
{
public:
    explicit DavClient(ServerAccount account, ClientLimits limits = {});

    const ServerAccount &account() const { return m_account; }
    const ClientLimits &limits() const { return m_limits; }

    DavReply send(const DavRequest &request);
    // The replies in the order of `requests`.
    std::vector<DavReply> sendAll(const std::vector<DavRequest> &requests);

    // Aborts what is in flight; every later request fails as Cancelled.
    void cancel() { *m_cancelled = true; }
    bool isCancelled() const { return *m_cancelled; }
    // A flag another thread sets to cancel (the app's Cancel button): the
    // client belongs to its worker thread, the flag to both.
    void setCancelFlag(std::shared_ptr<std::atomic<bool>> flag) { m_cancelled = std::move(flag); }

    const RequestCounts &counts() const { return m_counts; }
    void resetCounts() { m_counts = {}; }

private:
    void count(const QByteArray &method);

    ServerAccount m_account;
    ClientLimits m_limits;
    QNetworkAccessManager m_network;
    RequestCounts m_counts;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace sunrelay::caldav
