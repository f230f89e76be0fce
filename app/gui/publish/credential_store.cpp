#include "gui/publish/credential_store.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace sunrelay::gui
{

namespace
{

const QString service = QStringLiteral("Sunrelay CalDAV");

QString keyOf(const QUrl &server, const QString &user)
{
    return QStringLiteral("%1 at %2").arg(user, server.toString(QUrl::RemoveUserInfo));
}

bool keyringMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

// Runs `job` (deleted when done) and reports to `done` in `context`.
void run(QKeychain::Job *job, QObject *context, KeyringCallback done)
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        KeyringResult result;
        result.keyringAvailable = !keyringMissing(job->error());
        result.ok = job->error() == QKeychain::NoError;
        result.error = job->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job); read && result.ok)
            result.password = read->textData();
        done(result);
    });
    job->start();
}

} // namespace

void readPassword(const QUrl &server, const QString &user, QObject *context, KeyringCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(keyOf(server, user));
    run(job, context, std::move(done));
}

void writePassword(const QUrl &server,
                   const QString &user,
                   const QString &password,
                   QObject *context,
                   KeyringCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(keyOf(server, user));
    job->setTextData(password);
    run(job, context, std::move(done));
}

void deletePassword(const QUrl &server, const QString &user, QObject *context, KeyringCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(keyOf(server, user));
    run(job, context, std::move(done));
}

} // namespace sunrelay::gui
