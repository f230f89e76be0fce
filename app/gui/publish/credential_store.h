#pragma once

// The CalDAV password in the system keyring (QtKeychain: the Secret Service
// on Linux desktops, KWallet, macOS Keychain, Windows Credential Store),
// under the service "Sunrelay CalDAV" and the key "<user> at <server URL>".
// Nothing is written anywhere else: without a keyring (a bare X session, a
// container) reads and writes fail with `keyringAvailable == false` and the
// publish dialog asks for the password each time.
//
// Example:
//   readPassword(url, "lead", this, [](const KeyringResult &r) {
//       if (r.keyringAvailable && !r.password.isEmpty()) passwordEdit->setText(r.password);
//   });

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace sunrelay::gui
{

struct KeyringResult {
    bool keyringAvailable = false;
    bool ok = false; // read: a password was found; write/delete: done
    QString password{};
    QString error{}; // the keyring's words when not ok
};

using KeyringCallback = std::function<void(const KeyringResult &)>;

// Each calls `done` once, later, in `context`'s thread (never if `context`
// is destroyed first).
void readPassword(const QUrl &server, const QString &user, QObject *context, KeyringCallback done);
void writePassword(const QUrl &server,
                   const QString &user,
                   const QString &password,
                   QObject *context,
                   KeyringCallback done);
void deletePassword(const QUrl &server,
                    const QString &user,
                    QObject *context,
                    KeyringCallback done);

} // namespace sunrelay::gui
