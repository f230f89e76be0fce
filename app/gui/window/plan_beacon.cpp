#include "plan_beacon.h"

#include "shared/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace sunrelay::gui
{

namespace
{

const QByteArray raiseRequest = QByteArrayLiteral("raise\n");
const QByteArray raisedAnswer = QByteArrayLiteral("raised\n");
// Long enough for a busy window (a plan being rerouted) to get to its event
// loop, short enough that a hung one does not keep a new window from opening.
constexpr int answerTimeoutMs = 3000;
// A client that says nothing is dropped after this.
constexpr int idleClientTimeoutMs = 5000;

} // namespace

QString planBeaconName(const QString &planPath)
{
    const QString canonical = QFileInfo(planPath).canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    // Part of a SHA-256: any spelling of the path gives the same name, and the
    // name stays far below the 107 bytes a Unix socket path may have.
    const QByteArray hash =
        QCryptographicHash::hash(QFile::encodeName(canonical), QCryptographicHash::Sha256);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(folder).filePath(
        QStringLiteral("sunrelay-plan-%1").arg(QString::fromLatin1(hash.toHex().left(32))));
}

bool raiseWindowShowingPlan(const QString &planPath)
{
    const QString name = planBeaconName(planPath);
    if (name.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(name);
    // Refused at once when no window listens (or a crashed one left the
    // socket file).
    if (!socket.waitForConnected(answerTimeoutMs))
        return false;
    socket.write(raiseRequest);
    if (!socket.waitForBytesWritten(answerTimeoutMs))
        return false;
    QByteArray answer;
    while (!answer.endsWith('\n') && answer.size() < raisedAnswer.size()
           && socket.waitForReadyRead(answerTimeoutMs))
        answer += socket.read(raisedAnswer.size() - answer.size());
    const bool raised = answer == raisedAnswer;
    qCInfo(lcWindow) << "asked the window showing" << planPath
                     << "to come to the front:" << (raised ? "it did" : "no answer");
    return raised;
}

PlanBeacon::PlanBeacon(QObject *parent)
    : QObject(parent)
{
}

PlanBeacon::~PlanBeacon() = default;

void PlanBeacon::showPlan(const QString &planPath)
{
    delete m_server; // its socket file goes with it
    m_server = nullptr;
    const QString name = planBeaconName(planPath);
    if (name.isEmpty())
        return;
    m_server = new QLocalServer(this);
    // Only the user's own programs may ask (the folder is the user's too).
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &PlanBeacon::answer);
    // This process holds the plan open, so a socket under its name is one a
    // crashed process left behind.
    if (!m_server->listen(name)) {
        QLocalServer::removeServer(name);
        if (!m_server->listen(name)) {
            // Not fatal: a second opening then meets the lock as before.
            qCWarning(lcWindow) << "cannot listen for other openings of" << planPath << "on" << name
                                << ":" << m_server->errorString();
            delete m_server;
            m_server = nullptr;
        }
    }
}

QString PlanBeacon::listeningName() const
{
    return m_server ? m_server->fullServerName() : QString();
}

void PlanBeacon::answer()
{
    while (QLocalSocket *client = m_server->nextPendingConnection()) {
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        QTimer::singleShot(idleClientTimeoutMs, client, [client] {
            client->abort();
        });
        connect(client, &QLocalSocket::readyRead, this, [this, client] {
            // Anything but the one request (or more than it) ends the talk.
            if (client->bytesAvailable() < raiseRequest.size())
                return;
            const bool asked = client->read(raiseRequest.size()) == raiseRequest;
            if (asked) {
                emit raiseRequested();
                client->write(raisedAnswer);
                client->flush();
            }
            client->disconnectFromServer();
        });
    }
}

} // namespace sunrelay::gui
