#pragma once
// "Remember on this computer": the credentials of one server login, kept in the operating
// system's keychain through QtKeychain (service "OE Failover", one entry per user@host), never
// in a settings file and never with QtKeychain's insecure fallback (DESIGN.md section 7).
// Asynchronous: answers come as signals on the calling thread.
#include "backend/core/secrets.h"

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace oef::ui {

class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);

    static QString service(); // "OE Failover"
    static QString keyFor(const QString &host, int sshPort, const QString &user);

    void load(const QString &key);
    void save(const QString &key, const ServerSecrets &secrets);
    void forget(const QString &key);

    // The stored form of one login (a small binary record), and back. decode() wipes `data`.
    static QByteArray encode(const ServerSecrets &secrets);
    static bool decode(QByteArray &data, ServerSecrets *secrets);

    // A keychain error reads as "no keychain here" rather than "nothing stored".
    static bool isUnavailableError(int keychainError);

signals:
    void loaded(const QString &key, const oef::ServerSecrets &secrets);
    void notFound(const QString &key);
    // The keychain could not be used (none installed, locked, no D-Bus session...).
    void unavailable(const QString &key, const QString &message);
    void saved(const QString &key);
    void saveFailed(const QString &key, const QString &message);
    void forgotten(const QString &key);

private:
    void prepare(QKeychain::Job *job, const QString &key);
};

} // namespace oef::ui
