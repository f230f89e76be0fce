#include "dav_client.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <functional>

#include <memory>

namespace sunrelay::caldav
{

namespace
{

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
        || host == QLatin1String("::1");
}

// One request in flight: its reply and what has been read of it.
struct Transfer {
    std::size_t index = 0;
    QNetworkReply *reply = nullptr;
    QByteArray body;
    QDeadlineTimer deadline;
    std::optional<DavErrorKind> abortedFor; // why we aborted it
};

DavError errorOf(const DavRequest &request, DavErrorKind kind, const QString &detail)
{
    return DavError{kind, request.method, request.url, 0, detail};
}

// One sendAll(): the requests, their replies and the transfers in flight,
// driven by one local event loop.
class Batch
{
public:
    Batch(QNetworkAccessManager &network,
          const ServerAccount &account,
          const ClientLimits &limits,
          const std::atomic<bool> &cancelled,
          const std::vector<DavRequest> &requests)
        : m_network(network)
        , m_account(account)
        , m_limits(limits)
        , m_cancelled(cancelled)
        , m_requests(requests)
        , m_replies(requests.size())
        , m_authorization("Basic " + (account.user + u':' + account.password).toUtf8().toBase64())
    {
    }

    // Runs every request, calling `counted` for each one sent.
    std::vector<DavReply> run(const std::function<void(const QByteArray &)> &counted);

private:
    bool start(std::size_t index);
    void finish(Transfer &transfer);
    void watch();

    QNetworkAccessManager &m_network;
    const ServerAccount &m_account;
    const ClientLimits &m_limits;
    const std::atomic<bool> &m_cancelled;
    const std::vector<DavRequest> &m_requests;
    std::vector<DavReply> m_replies;
    std::vector<std::unique_ptr<Transfer>> m_inFlight;
    QByteArray m_authorization;
    QEventLoop m_loop;
};

std::vector<DavReply> Batch::run(const std::function<void(const QByteArray &)> &counted)
{
    QTimer watchdog;
    watchdog.setInterval(50);
    QObject::connect(&watchdog, &QTimer::timeout, &m_loop, [this] {
        watch();
    });
    watchdog.start();
    const std::size_t parallel = std::size_t(std::max(1, m_limits.parallel));
    std::size_t next = 0;
    while (next < m_requests.size() || !m_inFlight.empty()) {
        while (next < m_requests.size() && m_inFlight.size() < parallel) {
            if (start(next))
                counted(m_requests[next].method);
            ++next;
        }
        if (m_inFlight.empty())
            continue;
        m_loop.exec();
        for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
            if ((*it)->reply->isFinished()) {
                finish(**it);
                it = m_inFlight.erase(it);
            } else {
                ++it;
            }
        }
    }
    return std::move(m_replies);
}

// Sends request `index`; false when it is not sent (cancelled, bad URL).
bool Batch::start(std::size_t index)
{
    const DavRequest &request = m_requests[index];
    if (m_cancelled) {
        m_replies[index].error = errorOf(request, DavErrorKind::Cancelled, {});
        return false;
    }
    if (auto problem = checkServerUrl(request.url, m_account.insecureHttp)) {
        problem->method = request.method;
        m_replies[index].error = *problem;
        return false;
    }
    QNetworkRequest networkRequest(request.url);
    networkRequest.setRawHeader("Authorization", m_authorization);
    networkRequest.setRawHeader("User-Agent", "Sunrelay");
    for (const auto &header : request.headers)
        networkRequest.setRawHeader(header.first, header.second);
    networkRequest.setTransferTimeout(m_limits.stallTimeoutMs);
    auto transfer = std::make_unique<Transfer>();
    transfer->index = index;
    transfer->deadline = QDeadlineTimer(m_limits.requestTimeoutMs);
    transfer->reply = m_network.sendCustomRequest(networkRequest, request.method, request.body);
    Transfer *raw = transfer.get();
    QObject::connect(raw->reply, &QNetworkReply::readyRead, &m_loop, [this, raw] {
        raw->body += raw->reply->readAll();
        if (raw->body.size() > m_limits.maxReplyBytes) {
            raw->abortedFor = DavErrorKind::ReplyTooLarge;
            raw->body.clear();
            raw->reply->abort();
        }
    });
    QObject::connect(raw->reply, &QNetworkReply::finished, &m_loop, [this] {
        m_loop.quit();
    });
    m_inFlight.push_back(std::move(transfer));
    return true;
}

void Batch::finish(Transfer &transfer)
{
    const DavRequest &request = m_requests[transfer.index];
    DavReply &result = m_replies[transfer.index];
    QNetworkReply *reply = transfer.reply;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (transfer.abortedFor) {
        const QString detail = *transfer.abortedFor == DavErrorKind::ReplyTooLarge
            ? QString::number(m_limits.maxReplyBytes)
            : QString();
        result.error = errorOf(request, *transfer.abortedFor, detail);
        result.status = 0;
    } else if (result.status == 0) {
        const DavErrorKind kind = reply->error() == QNetworkReply::OperationCanceledError
            ? DavErrorKind::Timeout
            : DavErrorKind::Network;
        result.error = errorOf(request, kind, reply->errorString());
    } else {
        transfer.body += reply->readAll();
        result.body = std::move(transfer.body);
        result.etag = reply->rawHeader("ETag");
    }
    QObject::disconnect(reply, nullptr, &m_loop, nullptr);
    reply->deleteLater();
    transfer.reply = nullptr;
}

// Every 50 ms: aborts what was cancelled or ran past its deadline, and
// lets run() look at what finished.
void Batch::watch()
{
    for (auto &transfer : m_inFlight) {
        if (!transfer->reply || transfer->abortedFor || transfer->reply->isFinished())
            continue;
        if (m_cancelled)
            transfer->abortedFor = DavErrorKind::Cancelled;
        else if (transfer->deadline.hasExpired())
            transfer->abortedFor = DavErrorKind::Timeout;
        if (transfer->abortedFor)
            transfer->reply->abort();
    }
    m_loop.quit();
}

} // namespace

std::optional<DavError> checkServerUrl(const QUrl &url, InsecureHttp insecure)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return DavError{DavErrorKind::BadUrl, {}, url, 0, url.toString()};
    if (scheme == u"http" && !isLoopback(url.host()) && insecure == InsecureHttp::Refuse)
        return DavError{DavErrorKind::InsecureUrl, {}, url, 0, url.host()};
    return std::nullopt;
}

DavClient::DavClient(ServerAccount account, ClientLimits limits)
    : m_account(std::move(account))
    , m_limits(limits)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void DavClient::count(const QByteArray &method)
{
    if (method == "PROPFIND")
        ++m_counts.propfind;
    else if (method == "REPORT")
        ++m_counts.report;
    else if (method == "MKCALENDAR")
        ++m_counts.mkcalendar;
    else if (method == "PUT")
        ++m_counts.put;
    else if (method == "DELETE")
        ++m_counts.del;
    else
        ++m_counts.other;
}

DavReply DavClient::send(const DavRequest &request)
{
    return sendAll({request}).front();
}

std::vector<DavReply> DavClient::sendAll(const std::vector<DavRequest> &requests)
{
    Batch batch(m_network, m_account, m_limits, *m_cancelled, requests);
    return batch.run([this](const QByteArray &method) {
        count(method);
    });
}

} // namespace sunrelay::caldav
