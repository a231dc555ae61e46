#pragma once
// Host key policy (DESIGN.md section 7): known_hosts verification, explicit acceptance of new
// keys by their SHA256 fingerprint, and a hard stop on changed keys.
#include <QMap>
#include <QString>

namespace oef {

struct HostKeyPolicy
{
    QString knownHostsFile; // empty: ~/.ssh/known_hosts
    // Fingerprints the operator accepted for new hosts: key "host" or "host:port",
    // value "SHA256:...". A new key is recorded only when its fingerprint matches.
    QMap<QString, QString> accepted;

    QString effectiveKnownHostsFile() const;
    QString acceptedFingerprintFor(const QString &host, int port) const;
    // Parses "HOST=SHA256:..." (HOST may carry ":port"). Returns false on bad syntax.
    bool addAcceptance(const QString &spec, QString *error);
};

struct HostKeyInfo
{
    enum class State {
        Known,     // matches known_hosts
        Accepted,  // was new, fingerprint accepted explicitly, now recorded
        New,       // not in known_hosts and not accepted: stop, ask the operator
        Changed,   // differs from known_hosts: possible attack, stop
        OtherType, // known_hosts has a different key type for this host: stop
        Error,     // could not read the key or known_hosts
    };
    State state = State::Error;
    QString fingerprint; // "SHA256:..."
    QString keyType;     // "ssh-ed25519"
    QString message;     // translated explanation
};

} // namespace oef
