#include "wizard/widgets/credentialstore.h"

#include <QtEndian>
#include <qt6keychain/keychain.h>

namespace oef::ui {

namespace {
const QByteArray Magic("OEF1");

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached()) {
        volatile char *p = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            p[i] = 0;
    }
    bytes = QByteArray();
}
} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent)
{}

QString CredentialStore::service()
{
    return QStringLiteral("OE Failover");
}

QString CredentialStore::keyFor(const QString &host, int sshPort, const QString &user)
{
    QString key = user + QLatin1Char('@') + host.toLower();
    if (sshPort != 22)
        key += QLatin1Char(':') + QString::number(sshPort);
    return key;
}

QByteArray CredentialStore::encode(const ServerSecrets &secrets)
{
    QByteArray out = Magic;
    for (const SecretString *s : {&secrets.password, &secrets.sudoPassword, &secrets.keyPassphrase}) {
        char length[4];
        qToBigEndian(quint32(s->utf8().size()), length);
        out.append(length, 4);
        out.append(s->utf8());
    }
    return out;
}

bool CredentialStore::decode(QByteArray &data, ServerSecrets *secrets)
{
    bool ok = data.startsWith(Magic);
    qsizetype at = Magic.size();
    SecretString *fields[] = {&secrets->password, &secrets->sudoPassword, &secrets->keyPassphrase};
    for (SecretString *field : fields) {
        if (!ok || at + 4 > data.size()) {
            ok = false;
            break;
        }
        const quint32 length = qFromBigEndian<quint32>(data.constData() + at);
        at += 4;
        if (qsizetype(length) > data.size() - at) {
            ok = false;
            break;
        }
        *field = SecretString(QByteArray(data.constData() + at, qsizetype(length)));
        at += qsizetype(length);
    }
    wipe(data);
    if (!ok)
        *secrets = ServerSecrets();
    return ok;
}

bool CredentialStore::isUnavailableError(int keychainError)
{
    switch (keychainError) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound: return false;
    default: return true;
    }
}

// A job has no parent: the keychain answers asynchronously and the job must outlive a store
// (a wizard) closed before the answer came; it deletes itself when finished, and its answer
// then goes nowhere (the connections use the store as context).
void CredentialStore::prepare(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never: secrets only in a real keychain
    job->setKey(key);
}

void CredentialStore::load(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError) {
            QByteArray data = job->binaryData();
            ServerSecrets secrets;
            if (decode(data, &secrets))
                emit loaded(key, secrets);
            else
                emit notFound(key);
        } else if (job->error() == QKeychain::EntryNotFound) {
            emit notFound(key);
        } else {
            emit unavailable(key, job->errorString());
        }
    });
    job->start();
}

void CredentialStore::save(const QString &key, const ServerSecrets &secrets)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    prepare(job, key);
    QByteArray data = encode(secrets);
    job->setBinaryData(data);
    wipe(data);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError)
            emit saved(key);
        else
            emit saveFailed(key, job->errorString());
    });
    job->start();
}

void CredentialStore::forget(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, key] { emit forgotten(key); });
    job->start();
}

} // namespace oef::ui
