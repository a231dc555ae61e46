#pragma once
// Verification of a replicating pair (DESIGN.md section 6): what is measured on both servers
// and from this computer, as plain values. measure() runs on the calling thread (the CLI's
// main thread, or the GUI's verification worker) with a ServerPool of that thread; judge()
// (verifyverdict.h) turns a measurement into OK / Warning / Critical.
#include "backend/core/plan.h"
#include "backend/core/step.h"
#include "backend/remote/hostkeys.h"
#include "backend/remote/manifest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <optional>

namespace oef {

class ServerPool;

// A WAL position ("16/B374D848") as a byte offset; nullopt when the text is not one.
std::optional<quint64> parseLsn(const QString &text);

// The physical replication slot the set-up creates on the primary for a secondary:
// oef_<host>, lower case, [a-z0-9_], at most 63 characters.
QString standbySlotName(const QString &secondaryHost);

// One row of pg_stat_replication on the primary.
struct ReplicationRow
{
    int pid = 0;
    QString applicationName;
    QString clientAddress; // host(client_addr); empty for a local socket
    QString state;         // streaming, catchup, startup, backup, stopping
    QString syncState;     // async, sync, potential, quorum
    QString sentLsn, writeLsn, flushLsn, replayLsn;
    std::optional<double> writeLagS, flushLagS, replayLagS; // NULL when idle
    std::optional<qint64> flushBehindBytes;                 // primary's current position - flushLsn
    std::optional<qint64> replayBehindBytes;                // primary's current position - replayLsn
};

// One row of pg_replication_slots on the primary.
struct SlotInfo
{
    QString name;
    QString type; // physical, logical
    bool active = false;
    QString restartLsn;
    std::optional<qint64> retainedBytes; // WAL kept for it: current position - restart_lsn
    QString walStatus;                   // reserved, extended, unreserved, lost (PostgreSQL 13+)
};

// How a server answered at all (SSH, then its database container).
struct ServerReach
{
    bool sshOk = false;
    QString sshError;               // translated, names the server
    bool sshHostKeyProblem = false; // see hostKeyState and hostKeyFingerprint
    HostKeyInfo::State hostKeyState = HostKeyInfo::State::Known;
    QString hostKeyFingerprint;
    bool databaseOk = false;
    QString databaseError;      // translated
    QString databaseDetails;    // command and stderr tail
    QString containerState;     // docker's State.Status when the database did not answer
    QString databaseAccess;     // "libpq" (the tool's role, through SSH) or "docker exec" (no such role yet)
    QString databaseAccessNote; // why not libpq (translated), when docker exec was used
};

struct PrimaryStatus
{
    ServerReach reach;
    int serverVersion = 0; // server_version_num
    bool inRecovery = false;
    QString currentLsn;
    std::optional<qint64> maxSlotWalKeepBytes; // -1: unlimited; nullopt: no such setting
    QList<ReplicationRow> replication;
    QList<SlotInfo> replicationSlots;
};

struct SecondaryStatus
{
    ServerReach reach;
    int serverVersion = 0;
    bool inRecovery = false;
    QString receiveLsn;       // pg_last_wal_receive_lsn()
    QString replayLsn;        // pg_last_wal_replay_lsn()
    QDateTime lastReplayTime; // pg_last_xact_replay_timestamp()
    bool replayPaused = false;
    bool receiverPresent = false; // a WAL receiver process exists
    QString receiverStatus;       // streaming, stopping, waiting, ...
    QString senderHost;
    int senderPort = 0;
    QString receiverSlot;
    QDateTime lastMessageTime;          // last_msg_receipt_time
    std::optional<qint64> delayBytes;   // primary's current position - replayLsn
    std::optional<double> delaySeconds; // 0 when all received WAL is applied
    // OpenELIS's application containers running on the standby, above its read-only database
    // (a `docker compose up -d` there starts them); nullopt when not asked (asked with the drift).
    std::optional<QStringList> runningApps;
};

struct RoundTrip
{
    bool attempted = false;
    bool ok = false;
    qint64 ms = -1;
    QString error; // translated
    QString details;
};

struct DriftEntry
{
    enum class Kind { Content, Type, Mode, Owner, LinkTarget, OnlyOnPrimary, OnlyOnSecondary };
    enum class Newer { Unknown, Primary, Secondary, Same };
    QString path; // relative to the install directory
    Kind kind = Kind::Content;
    Newer newer = Newer::Unknown;
    qint64 primaryMtime = 0; // seconds since the epoch, 0 when absent
    qint64 secondaryMtime = 0;
    QString description; // translated, e.g. "mode 0600 on the secondary, 0644 on the primary"
};

struct DriftResult
{
    bool checked = false;
    QString error;    // translated, when it could not be compared
    int compared = 0; // entries compared (both sides)
    QList<DriftEntry> entries;
};

// Compares two manifests of the install directory (primary first). Regular files by size and
// SHA-256, then type, mode, owner and link target; directory times are ignored.
DriftResult compareManifests(const Manifest &primary, const Manifest &secondary);

struct CertificateInfo
{
    enum class Source { None, Handshake, ServerFile };
    QString role;
    QString host; // the address users type (the plan's)
    int port = 8443;
    bool handshakeOk = false; // a TLS handshake from this computer succeeded
    QString connectError;     // why not (translated)
    Source source = Source::None;
    QString filePath; // Source::ServerFile: where it was read on the server
    QString subject;  // one line
    QString issuer;
    QString commonName;
    QStringList dnsNames; // subject alternative names
    QStringList ipAddresses;
    bool selfSigned = false;
    QDateTime notBefore, notAfter; // UTC
    QString sha256;                // hex, colon separated
    QStringList handshakeErrors;   // what a browser would complain about (chain, name)
    bool coversHost = false;       // SAN covers `host`
    bool commonNameOnly = false;   // only the CN names `host` (browsers ignore the CN)
    // For the secondary: does it also cover the primary's address (what users type today)?
    QString otherAddress;
    bool coversOtherAddress = false;
};

// The parts of a verification; the GUI refreshes replication often and the rest less often.
enum class VerifyPart { Replication = 0x1, RoundTrip = 0x2, Drift = 0x4, Certificates = 0x8 };
Q_DECLARE_FLAGS(VerifyParts, VerifyPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(VerifyParts)

inline constexpr VerifyParts kVerifyEverything = VerifyParts(int(VerifyPart::Replication) | int(VerifyPart::Drift)
                                                             | int(VerifyPart::Certificates));

struct VerifyOptions
{
    VerifyParts parts = kVerifyEverything; // add VerifyPart::RoundTrip for the write test
    int webPort = 8443;
    std::chrono::milliseconds tlsTimeout{std::chrono::seconds(5)};
    std::chrono::milliseconds roundTripTimeout{std::chrono::seconds(15)};
};

struct VerifyMeasurement
{
    QDateTime startedAt; // UTC
    qint64 elapsedMs = 0;
    VerifyParts parts; // what this measurement holds
    QString primaryHost, secondaryHost;
    int primaryDbPort = 5432;
    QString dbContainer;          // the plan's database container name
    QStringList primaryAddresses; // what the hosts resolve to, from this computer
    QStringList secondaryAddresses;
    QString expectedSlot;                           // standbySlotName(secondaryHost)
    QDateTime roundTripAt, driftAt, certificatesAt; // when measured (may be older)
    PrimaryStatus primary;
    SecondaryStatus secondary;
    RoundTrip roundTrip;
    DriftResult drift;
    QList<CertificateInfo> certificates;
    bool cancelled = false;

    // The row of pg_stat_replication that is the secondary (by slot / application name, then
    // by address), or null.
    const ReplicationRow *standbyRow() const;
    const SlotInfo *slot(const QString &name) const;
    // The secondary's slot: the one its WAL receiver uses, else the one set-up creates.
    QString standbySlot() const;

    // Carries the parts another (older) measurement has and this one has not (the GUI
    // measures drift, certificates and the round trip less often than replication).
    void takeMissingPartsFrom(const VerifyMeasurement &older);
};

// Measures what `options.parts` asks for. Uses (and connects) the pool's sessions for the
// plan's primary and secondary; the pool belongs to the calling thread. Never throws; what
// could not be measured is recorded in the result.
VerifyMeasurement measure(ServerPool &pool, const VerifyOptions &options = {},
                          const std::atomic_bool *cancel = nullptr);

// The write test: a record is written on `primaryRole` into the small check database
// (oe_failover, created when missing; never OpenELIS's own database) and the time until
// `secondaryRole` shows it is measured. Polls every 50 ms up to `timeout`.
RoundTrip measureRoundTrip(StepContext &context, const QString &primaryRole, const QString &secondaryRole,
                           std::chrono::milliseconds timeout);

// The certificate a server's HTTPS port presents, read with a TLS handshake from this
// computer (the chain is not verified: self-signed is normal in labs; what a browser would
// complain about is recorded in handshakeErrors). Returns when done, after `timeout`, or
// within 50 ms of `cancel`; runs a local event loop, so any thread with a QThread will do.
CertificateInfo fetchCertificate(const QString &host, int port, std::chrono::milliseconds timeout,
                                 const std::atomic_bool *cancel = nullptr);

// Fills the name, date and coverage fields from a PEM or DER certificate.
void describeCertificate(CertificateInfo &info, const QByteArray &certificate, bool pem);

// Does a certificate with these subject alternative names cover `address` the way browsers
// decide it: IP addresses against IP entries, names against DNS entries (case-insensitive,
// a leading "*." matching exactly one label, never for IP addresses)?
bool certificateCovers(const QStringList &dnsNames, const QStringList &ipAddresses, const QString &address);

} // namespace oef

Q_DECLARE_METATYPE(oef::VerifyMeasurement)
