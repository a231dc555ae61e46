#include "backend/verify/verify.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace oef {

namespace {

const QString kCheckDb = QStringLiteral("oe_failover");
const QString kCertDir = QStringLiteral("/etc/openelis-global");

// --- SQL ----------------------------------------------------------------------------------
// One query per server, answering one JSON document. PostgreSQL 10 or later (the names of
// the WAL functions and the lag columns); the slot row is taken whole with to_jsonb so the
// columns of newer versions (wal_status) come along when they exist.

const char kPrimarySql[] = R"SQL(
SELECT json_build_object(
  'version', current_setting('server_version_num')::int,
  'inRecovery', pg_is_in_recovery(),
  'currentLsn', CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn()::text END,
  'maxSlotWalKeep', pg_size_bytes(nullif(current_setting('max_slot_wal_keep_size', true), '')),
  'replication', coalesce((SELECT json_agg(json_build_object(
      'pid', r.pid, 'applicationName', r.application_name, 'clientAddress', host(r.client_addr),
      'state', r.state, 'syncState', r.sync_state,
      'sentLsn', r.sent_lsn::text, 'writeLsn', r.write_lsn::text,
      'flushLsn', r.flush_lsn::text, 'replayLsn', r.replay_lsn::text,
      'writeLag', extract(epoch FROM r.write_lag), 'flushLag', extract(epoch FROM r.flush_lag),
      'replayLag', extract(epoch FROM r.replay_lag),
      'flushBehind', CASE WHEN pg_is_in_recovery() THEN NULL
                          ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), r.flush_lsn) END,
      'replayBehind', CASE WHEN pg_is_in_recovery() THEN NULL
                           ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), r.replay_lsn) END)
      ORDER BY r.pid) FROM pg_stat_replication r), '[]'::json),
  'slots', coalesce((SELECT json_agg(to_jsonb(s) || jsonb_build_object('retained',
      CASE WHEN pg_is_in_recovery() OR s.restart_lsn IS NULL THEN NULL
           ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), s.restart_lsn) END)
      ORDER BY s.slot_name) FROM pg_replication_slots s), '[]'::json))
)SQL";

const char kSecondarySql[] = R"SQL(
SELECT json_build_object(
  'version', current_setting('server_version_num')::int,
  'inRecovery', pg_is_in_recovery(),
  'receiveLsn', pg_last_wal_receive_lsn()::text,
  'replayLsn', pg_last_wal_replay_lsn()::text,
  'lastReplay', extract(epoch FROM pg_last_xact_replay_timestamp()),
  'replayAge', extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()),
  'replayPaused', CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() ELSE false END,
  'receiver', (SELECT to_jsonb(w) - 'conninfo'
                      || jsonb_build_object('lastMessage', extract(epoch FROM w.last_msg_receipt_time))
               FROM pg_stat_wal_receiver w))
)SQL";

// The round trip. On the primary, in one psql run: the check database and its table
// (idempotent, old records removed), then the record, stamped with the primary's clock.
const char kRoundTripPrepareSql[] =
    "SELECT 'CREATE DATABASE oe_failover' WHERE NOT EXISTS "
    "(SELECT 1 FROM pg_database WHERE datname = 'oe_failover')\\gexec\n"
    "\\connect oe_failover\n"
    "CREATE TABLE IF NOT EXISTS oef_roundtrip (id bigserial PRIMARY KEY, token text NOT NULL, "
    "written_at timestamptz NOT NULL DEFAULT now());\n"
    "DELETE FROM oef_roundtrip WHERE written_at < now() - interval '7 days';\n";
const char kRoundTripWriteSql[] = "INSERT INTO oef_roundtrip (token, written_at) VALUES (:'t', clock_timestamp());\n";
// On the secondary, started before the write: says it is ready, then looks for the record
// every 2 ms (a new snapshot per statement) and prints the secondary's clock when it shows.
const char kRoundTripWaitSql[] = R"SQL(
SELECT set_config('oef.token', :'t', false) IS NOT NULL, set_config('oef.wait', :'w', false) IS NOT NULL;
DO $$
DECLARE
  deadline timestamptz := clock_timestamp() + make_interval(secs => current_setting('oef.wait')::float8);
BEGIN
  RAISE NOTICE 'oef-ready';
  LOOP
    PERFORM 1 FROM oef_roundtrip WHERE token = current_setting('oef.token');
    EXIT WHEN FOUND;
    IF clock_timestamp() > deadline THEN
      RAISE EXCEPTION 'oef-timeout';
    END IF;
    PERFORM pg_sleep(0.002);
  END LOOP;
END $$;
SELECT 'oef-seen', extract(epoch FROM clock_timestamp()), extract(epoch FROM written_at)
FROM oef_roundtrip WHERE token = :'t';
)SQL";

// Only the certificate blocks of the PEM files under /etc/openelis-global travel: a file that
// also holds a private key gives its certificate, never the key (any other BEGIN line ends a
// block, even an unterminated one).
const char kCertFilesScript[] =
    "d=$1; [ -d \"$d\" ] || exit 0; "
    "find \"$d\" -maxdepth 2 -type f \\( -name '*.pem' -o -name '*.crt' -o -name '*.cer' \\) "
    "-size -512k 2>/dev/null | LC_ALL=C sort | while IFS= read -r f; do "
    "if grep -q -- '-----BEGIN CERTIFICATE-----' \"$f\"; then printf '=== %s\\n' \"$f\"; "
    "awk '/^-----BEGIN /{c=0} /^-----BEGIN CERTIFICATE-----/{c=1} c{print} "
    "/^-----END CERTIFICATE-----/{c=0}' \"$f\"; fi; done";

std::optional<double> optDouble(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<qint64> optBytes(const QJsonValue &v)
{
    const auto d = optDouble(v);
    if (!d)
        return std::nullopt;
    return qint64(*d);
}

QDateTime fromEpoch(const QJsonValue &v)
{
    const auto d = optDouble(v);
    if (!d)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(*d * 1000.0), Qt::UTC);
}

// The JSON document a query printed (the last line that parses as an object).
std::optional<QJsonObject> jsonOutput(const QString &out)
{
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument d = QJsonDocument::fromJson(it->trimmed().toUtf8());
        if (d.isObject())
            return d.object();
    }
    return std::nullopt;
}

// SSH first: fills the reach of a role. A host key problem is told apart (the GUI offers to
// trust a new key after showing its fingerprint).
bool connectRole(ServerPool &pool, const QString &role, ServerReach &reach, const std::atomic_bool *cancel)
{
    SshError error;
    if (pool.session(role, &error, cancel)) {
        reach.sshOk = true;
        return true;
    }
    reach.sshOk = false;
    reach.sshError = error.message;
    reach.sshHostKeyProblem = error.kind == SshError::Kind::HostKey;
    if (reach.sshHostKeyProblem) {
        // New (may be trusted after checking its fingerprint) or changed (stop): ask again.
        reach.hostKeyFingerprint = error.details;
        SshSession probe;
        if (probe.openTransport(pool.plan().server(role), pool.connectTimeout, cancel)) {
            const HostKeyInfo key = probe.checkHostKey(pool.hostKeyPolicy());
            reach.hostKeyState = key.state;
            if (!key.fingerprint.isEmpty())
                reach.hostKeyFingerprint = key.fingerprint;
        } else {
            reach.hostKeyState = HostKeyInfo::State::Error;
        }
    }
    return false;
}

// The database query on a role; on failure says whether the container runs at all.
std::optional<QJsonObject> queryStatus(DirectContext &ctx, const QString &role, const QString &sql, ServerReach &reach)
{
    QString error;
    const auto out = querySql(ctx, role, QStringLiteral("postgres"), sql, {}, &error, false);
    const QString host = ctx.plan->server(role).host;
    if (out) {
        if (auto doc = jsonOutput(*out)) {
            reach.databaseOk = true;
            return doc;
        }
        reach.databaseError = Tr::tr("The database on %1 gave an answer that could not be read.").arg(host);
        reach.databaseDetails = out->left(2000);
        return std::nullopt;
    }
    reach.databaseDetails = error;
    const CommandResult inspect = runOn(ctx, role,
                                        dockerCommand({QStringLiteral("inspect"), QStringLiteral("-f"),
                                                       QStringLiteral("{{.State.Status}}"), ctx.plan->dbContainer},
                                                      std::chrono::seconds(20)),
                                        false);
    const QString state = QString::fromUtf8(inspect.stdOut).trimmed();
    if (inspect.outcome == CommandResult::Outcome::ConnectionLost) {
        reach.sshOk = false;
        reach.sshError = inspect.errorText;
        return std::nullopt;
    }
    if (inspect.ok() && !state.isEmpty() && state != QLatin1String("running")) {
        reach.containerState = state;
        reach.databaseError =
            Tr::tr("The database container %1 on %2 is not running (%3).").arg(ctx.plan->dbContainer, host, state);
    } else if (!inspect.ok()) {
        reach.containerState = QStringLiteral("missing");
        reach.databaseError = Tr::tr("The database container %1 was not found on %2.").arg(ctx.plan->dbContainer, host);
    } else {
        reach.containerState = state;
        reach.databaseError = Tr::tr("The database on %1 runs but does not answer.").arg(host);
    }
    return std::nullopt;
}

void measurePrimary(DirectContext &ctx, PrimaryStatus &p)
{
    const auto doc = queryStatus(ctx, Role::Primary, QString::fromLatin1(kPrimarySql), p.reach);
    if (!doc)
        return;
    const QJsonObject &o = *doc;
    p.serverVersion = o.value(QStringLiteral("version")).toInt();
    p.inRecovery = o.value(QStringLiteral("inRecovery")).toBool();
    p.currentLsn = o.value(QStringLiteral("currentLsn")).toString();
    p.maxSlotWalKeepBytes = optBytes(o.value(QStringLiteral("maxSlotWalKeep")));
    const QJsonArray rows = o.value(QStringLiteral("replication")).toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        ReplicationRow row;
        row.pid = r.value(QStringLiteral("pid")).toInt();
        row.applicationName = r.value(QStringLiteral("applicationName")).toString();
        row.clientAddress = r.value(QStringLiteral("clientAddress")).toString();
        row.state = r.value(QStringLiteral("state")).toString();
        row.syncState = r.value(QStringLiteral("syncState")).toString();
        row.sentLsn = r.value(QStringLiteral("sentLsn")).toString();
        row.writeLsn = r.value(QStringLiteral("writeLsn")).toString();
        row.flushLsn = r.value(QStringLiteral("flushLsn")).toString();
        row.replayLsn = r.value(QStringLiteral("replayLsn")).toString();
        row.writeLagS = optDouble(r.value(QStringLiteral("writeLag")));
        row.flushLagS = optDouble(r.value(QStringLiteral("flushLag")));
        row.replayLagS = optDouble(r.value(QStringLiteral("replayLag")));
        row.flushBehindBytes = optBytes(r.value(QStringLiteral("flushBehind")));
        row.replayBehindBytes = optBytes(r.value(QStringLiteral("replayBehind")));
        p.replication << row;
    }
    const QJsonArray slotRows = o.value(QStringLiteral("slots")).toArray();
    for (const QJsonValue &v : slotRows) {
        const QJsonObject s = v.toObject();
        SlotInfo slot;
        slot.name = s.value(QStringLiteral("slot_name")).toString();
        slot.type = s.value(QStringLiteral("slot_type")).toString();
        slot.active = s.value(QStringLiteral("active")).toBool();
        slot.restartLsn = s.value(QStringLiteral("restart_lsn")).toString();
        slot.retainedBytes = optBytes(s.value(QStringLiteral("retained")));
        slot.walStatus = s.value(QStringLiteral("wal_status")).toString();
        p.replicationSlots << slot;
    }
}

void measureSecondary(DirectContext &ctx, SecondaryStatus &s, const QString &primaryLsn)
{
    const auto doc = queryStatus(ctx, Role::Secondary, QString::fromLatin1(kSecondarySql), s.reach);
    if (!doc)
        return;
    const QJsonObject &o = *doc;
    s.serverVersion = o.value(QStringLiteral("version")).toInt();
    s.inRecovery = o.value(QStringLiteral("inRecovery")).toBool();
    s.receiveLsn = o.value(QStringLiteral("receiveLsn")).toString();
    s.replayLsn = o.value(QStringLiteral("replayLsn")).toString();
    s.lastReplayTime = fromEpoch(o.value(QStringLiteral("lastReplay")));
    s.replayPaused = o.value(QStringLiteral("replayPaused")).toBool();
    const QJsonValue receiver = o.value(QStringLiteral("receiver"));
    s.receiverPresent = receiver.isObject();
    if (s.receiverPresent) {
        const QJsonObject w = receiver.toObject();
        s.receiverStatus = w.value(QStringLiteral("status")).toString();
        s.senderHost = w.value(QStringLiteral("sender_host")).toString();
        s.senderPort = w.value(QStringLiteral("sender_port")).toInt();
        s.receiverSlot = w.value(QStringLiteral("slot_name")).toString();
        s.lastMessageTime = fromEpoch(w.value(QStringLiteral("lastMessage")));
    }
    if (!s.inRecovery)
        return;
    // The delay: bytes against the primary's position read just before (so a standby that
    // keeps up shows 0), seconds since the last replayed commit only while WAL waits to be
    // applied (an idle primary commits nothing, and that is no delay).
    const auto replay = parseLsn(s.replayLsn);
    const auto receive = parseLsn(s.receiveLsn);
    const auto primary = parseLsn(primaryLsn);
    if (replay && primary)
        s.delayBytes = *primary > *replay ? qint64(*primary - *replay) : 0;
    const quint64 target = primary ? *primary : receive.value_or(0);
    const bool caughtUp = replay && *replay >= target;
    if (caughtUp)
        s.delaySeconds = 0.0;
    else if (const auto age = optDouble(o.value(QStringLiteral("replayAge"))))
        s.delaySeconds = std::max(0.0, *age);
}

ManifestEntry const *find(const Manifest &m, const QString &path)
{
    const auto it = m.constFind(path);
    return it == m.constEnd() ? nullptr : &it.value();
}

QString octal(quint32 mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

// The copies of the database kept next to data/ (data.before-standby-<ts> by the set-up,
// data.before-rewind-<ts>, data.failed-<ts>, ...): database files, not configuration, and
// possibly large, so they are excluded from the comparison by name. The install directory's
// top level is readable without sudo on OpenELIS servers; sudo is the fallback.
QStringList databaseCopies(DirectContext &ctx, const QString &role)
{
    const QString script = QStringLiteral(
        "cd -- \"$1\" 2>/dev/null || exit 0; for f in data.*; do [ -e \"$f\" ] && printf '%s\\n' \"$f\"; done; exit 0");
    for (const bool asRoot : {false, true}) {
        const CommandResult r = runOn(
            ctx, role, shellScript(script, {ctx.plan->installDir}, asRoot, std::chrono::seconds(20)), false);
        if (r.ok())
            return QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return {};
}

void measureDrift(DirectContext &ctx, VerifyMeasurement &m)
{
    const Plan &plan = *ctx.plan;
    QString error;
    bool missing = false;
    std::optional<Manifest> manifests[2];
    const QString roles[2] = {Role::Primary, Role::Secondary};
    for (int i = 0; i < 2; ++i) {
        const QStringList excludes = plan.syncExclude + databaseCopies(ctx, roles[i]);
        manifests[i] = readManifest(ctx, roles[i], plan.installDir, excludes, &error, &missing);
        if (!manifests[i] || missing) {
            const bool primary = i == 0;
            m.drift.error = !manifests[i] ? (primary ? Tr::tr("Could not list the install directory on the primary.")
                                                     : Tr::tr("Could not list the install directory on the secondary."))
                                          : (primary ? Tr::tr("The install directory %1 is missing on the primary.")
                                                     : Tr::tr("The install directory %1 is missing on the secondary."))
                                                .arg(plan.installDir);
            if (!error.isEmpty())
                m.drift.error += QLatin1Char(' ') + error.section(QLatin1Char('\n'), 0, 0);
            return;
        }
    }
    m.drift = compareManifests(*manifests[0], *manifests[1]);
}

QString certOneLine(const QSslCertificate &c, QSslCertificate::SubjectInfo what, bool issuer)
{
    const QStringList parts = issuer ? c.issuerInfo(what) : c.subjectInfo(what);
    return parts.join(QStringLiteral(", "));
}

// What this computer's trust store says about a chain (as a browser here would). Loading the
// system's CA certificates takes a while: self-signed certificates skip it (they are
// reported as such).
QStringList browserComplaints(const QList<QSslCertificate> &chain, const QString &host)
{
    QStringList out;
    for (const QSslError &e : QSslCertificate::verify(chain, host))
        out << e.errorString();
    return out;
}

bool coversByCommonName(const QString &cn, const QString &address)
{
    return !cn.isEmpty() && certificateCovers({cn}, {cn}, address);
}

// The certificate a server keeps under /etc/openelis-global, read over SSH (for a standby,
// whose OpenELIS is stopped until a failover).
void certificateFromServer(DirectContext &ctx, const QString &role, CertificateInfo &info)
{
    // Certificates are public: read them as the login user when the files allow it, with
    // sudo otherwise.
    CommandResult r;
    for (const bool asRoot : {false, true}) {
        r = runOn(ctx, role,
                  shellScript(QString::fromLatin1(kCertFilesScript), {kCertDir}, asRoot, std::chrono::seconds(20)),
                  false);
        if (r.ok() && r.stdOut.contains("-----BEGIN CERTIFICATE-----"))
            break;
    }
    if (!r.ok())
        return;
    const QString out = QString::fromUtf8(r.stdOut);
    const QStringList blocks = out.split(QStringLiteral("=== "), Qt::SkipEmptyParts);
    struct Candidate
    {
        QString path;
        QByteArray pem;
        bool covers;
    };
    QList<Candidate> candidates;
    for (const QString &block : blocks) {
        const qsizetype nl = block.indexOf(QLatin1Char('\n'));
        if (nl < 0)
            continue;
        const QString path = block.left(nl);
        const QByteArray pem = block.mid(nl + 1).toUtf8();
        const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
        if (certs.isEmpty())
            continue;
        const QSslCertificate &leaf = certs.first();
        const auto san = leaf.subjectAlternativeNames();
        const bool covers = certificateCovers(san.values(QSsl::DnsEntry), san.values(QSsl::IpAddressEntry), info.host);
        candidates.append({path, leaf.toPem(), covers});
    }
    if (candidates.isEmpty())
        return;
    // Prefer the certificate that names this server; else the first one found.
    auto best = std::find_if(candidates.cbegin(), candidates.cend(), [](const Candidate &c) { return c.covers; });
    if (best == candidates.cend())
        best = candidates.cbegin();
    info.source = CertificateInfo::Source::ServerFile;
    info.filePath = best->path;
    describeCertificate(info, best->pem, true);
}

void measureCertificates(DirectContext &ctx, VerifyMeasurement &m, const VerifyOptions &o)
{
    for (const QString &role : {Role::Primary, Role::Secondary}) {
        CertificateInfo info = fetchCertificate(ctx.plan->server(role).host, o.webPort, o.tlsTimeout,
                                                &ctx.cancelFlag());
        info.role = role;
        const ServerReach &reach = role == Role::Primary ? m.primary.reach : m.secondary.reach;
        if (info.source == CertificateInfo::Source::None && reach.sshOk && !ctx.isCancelled())
            certificateFromServer(ctx, role, info);
        if (role == Role::Secondary) {
            info.otherAddress = m.primaryHost;
            info.coversOtherAddress = info.source != CertificateInfo::Source::None
                                      && certificateCovers(info.dnsNames, info.ipAddresses, m.primaryHost);
        }
        m.certificates << info;
    }
}

} // namespace

std::optional<quint64> parseLsn(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == text.size() - 1 || slash > 8 || text.size() - slash - 1 > 8)
        return std::nullopt;
    bool okHi = false, okLo = false;
    const quint64 hi = text.left(slash).toULongLong(&okHi, 16);
    const quint64 lo = text.mid(slash + 1).toULongLong(&okLo, 16);
    if (!okHi || !okLo)
        return std::nullopt;
    return (hi << 32) | lo;
}

QString standbySlotName(const QString &secondaryHost)
{
    QString s = QStringLiteral("oef_") + secondaryHost.toLower();
    for (QChar &ch : s)
        if (!((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch.isDigit() || ch == QLatin1Char('_')))
            ch = QLatin1Char('_');
    return s.left(63);
}

const ReplicationRow *VerifyMeasurement::standbyRow() const
{
    const QString slotName = standbySlot();
    for (const ReplicationRow &r : primary.replication)
        if (!slotName.isEmpty() && r.applicationName == slotName)
            return &r;
    for (const ReplicationRow &r : primary.replication)
        if (!r.clientAddress.isEmpty()
            && (r.clientAddress == secondaryHost || secondaryAddresses.contains(r.clientAddress)))
            return &r;
    return nullptr;
}

const SlotInfo *VerifyMeasurement::slot(const QString &name) const
{
    for (const SlotInfo &s : primary.replicationSlots)
        if (s.name == name)
            return &s;
    return nullptr;
}

QString VerifyMeasurement::standbySlot() const
{
    return secondary.receiverSlot.isEmpty() ? expectedSlot : secondary.receiverSlot;
}

void VerifyMeasurement::takeMissingPartsFrom(const VerifyMeasurement &older)
{
    if (!parts.testFlag(VerifyPart::Drift) && older.parts.testFlag(VerifyPart::Drift)) {
        drift = older.drift;
        driftAt = older.driftAt;
        parts |= VerifyPart::Drift;
    }
    if (!parts.testFlag(VerifyPart::Certificates) && older.parts.testFlag(VerifyPart::Certificates)) {
        certificates = older.certificates;
        certificatesAt = older.certificatesAt;
        parts |= VerifyPart::Certificates;
    }
    if (!parts.testFlag(VerifyPart::RoundTrip) && older.parts.testFlag(VerifyPart::RoundTrip)) {
        roundTrip = older.roundTrip;
        roundTripAt = older.roundTripAt;
        parts |= VerifyPart::RoundTrip;
    }
}

DriftResult compareManifests(const Manifest &primary, const Manifest &secondary)
{
    DriftResult result;
    result.checked = true;
    QStringList paths = primary.keys();
    for (auto it = secondary.cbegin(); it != secondary.cend(); ++it)
        if (!primary.contains(it.key()))
            paths << it.key();
    std::sort(paths.begin(), paths.end());
    for (const QString &path : std::as_const(paths)) {
        const ManifestEntry *p = find(primary, path);
        const ManifestEntry *s = find(secondary, path);
        DriftEntry e;
        e.path = path;
        e.primaryMtime = p ? p->mtime : 0;
        e.secondaryMtime = s ? s->mtime : 0;
        if (!s) {
            e.kind = DriftEntry::Kind::OnlyOnPrimary;
            e.newer = DriftEntry::Newer::Primary;
            e.description = Tr::tr("only on the primary");
            result.entries << e;
            continue;
        }
        if (!p) {
            e.kind = DriftEntry::Kind::OnlyOnSecondary;
            e.newer = DriftEntry::Newer::Secondary;
            e.description = Tr::tr("only on the secondary");
            result.entries << e;
            continue;
        }
        ++result.compared;
        QStringList what;
        bool differs = false;
        if (p->type != s->type) {
            e.kind = DriftEntry::Kind::Type;
            what << Tr::tr("a different kind of file on each server");
            differs = true;
        } else {
            if (p->type == 'f' && (p->size != s->size || p->sha256 != s->sha256)) {
                e.kind = DriftEntry::Kind::Content;
                what << Tr::tr("content differs (SHA-256)");
                differs = true;
            }
            if (p->type == 'l' && p->linkTarget != s->linkTarget) {
                if (!differs)
                    e.kind = DriftEntry::Kind::LinkTarget;
                what << Tr::tr("links to %1 on the primary, %2 on the secondary").arg(p->linkTarget, s->linkTarget);
                differs = true;
            }
            if (p->type != 'l' && p->mode != s->mode) {
                if (!differs)
                    e.kind = DriftEntry::Kind::Mode;
                what << Tr::tr("mode %1 on the primary, %2 on the secondary").arg(octal(p->mode), octal(s->mode));
                differs = true;
            }
            if (p->uid != s->uid || p->gid != s->gid) {
                if (!differs)
                    e.kind = DriftEntry::Kind::Owner;
                what << Tr::tr("owner %1:%2 on the primary, %3:%4 on the secondary")
                            .arg(p->uid)
                            .arg(p->gid)
                            .arg(s->uid)
                            .arg(s->gid);
                differs = true;
            }
        }
        if (!differs)
            continue;
        e.newer = p->mtime > s->mtime   ? DriftEntry::Newer::Primary
                  : s->mtime > p->mtime ? DriftEntry::Newer::Secondary
                                        : DriftEntry::Newer::Same;
        e.description = what.join(QStringLiteral("; "));
        result.entries << e;
    }
    return result;
}

bool certificateCovers(const QStringList &dnsNames, const QStringList &ipAddresses, const QString &address)
{
    QString a = address.trimmed();
    if (a.startsWith(QLatin1Char('[')) && a.endsWith(QLatin1Char(']')))
        a = a.mid(1, a.size() - 2);
    const QHostAddress ip(a);
    if (!ip.isNull()) {
        return std::any_of(ipAddresses.cbegin(), ipAddresses.cend(), [&](const QString &entry) {
            const QHostAddress e(entry.trimmed());
            return !e.isNull() && e.isEqual(ip, QHostAddress::StrictConversion);
        });
    }
    auto norm = [](QString s) {
        s = s.trimmed().toLower();
        while (s.endsWith(QLatin1Char('.')))
            s.chop(1);
        return s;
    };
    const QString name = norm(a);
    if (name.isEmpty())
        return false;
    for (const QString &entry : dnsNames) {
        const QString pattern = norm(entry);
        if (pattern == name)
            return true;
        if (pattern.startsWith(QLatin1String("*."))) {
            const QString suffix = pattern.mid(1); // ".example.org"
            const qsizetype dot = name.indexOf(QLatin1Char('.'));
            // One label only, and never a bare public suffix: the pattern keeps two labels.
            if (dot > 0 && name.mid(dot) == suffix && suffix.count(QLatin1Char('.')) >= 2)
                return true;
        }
    }
    return false;
}

void describeCertificate(CertificateInfo &info, const QByteArray &certificate, bool pem)
{
    const QSslCertificate c(certificate, pem ? QSsl::Pem : QSsl::Der);
    if (c.isNull())
        return;
    info.commonName = certOneLine(c, QSslCertificate::CommonName, false);
    info.subject = c.subjectDisplayName();
    info.issuer = c.issuerDisplayName();
    const auto san = c.subjectAlternativeNames();
    info.dnsNames = san.values(QSsl::DnsEntry);
    info.ipAddresses = san.values(QSsl::IpAddressEntry);
    std::sort(info.dnsNames.begin(), info.dnsNames.end());
    std::sort(info.ipAddresses.begin(), info.ipAddresses.end());
    info.selfSigned = c.isSelfSigned();
    info.notBefore = c.effectiveDate().toUTC();
    info.notAfter = c.expiryDate().toUTC();
    info.sha256 = QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
    info.coversHost = certificateCovers(info.dnsNames, info.ipAddresses, info.host);
    info.commonNameOnly = !info.coversHost && coversByCommonName(info.commonName, info.host);
    if (info.source == CertificateInfo::Source::ServerFile && !info.selfSigned)
        info.handshakeErrors = browserComplaints({c}, info.host);
}

CertificateInfo fetchCertificate(const QString &host, int port, std::chrono::milliseconds timeout,
                                 const std::atomic_bool *cancel)
{
    CertificateInfo info;
    info.host = host;
    info.port = port;
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::QueryPeer); // read it, never refuse it
    socket.setProtocol(QSsl::SecureProtocols);
    // A local event loop (not waitFor…) so that cancel is honoured within 50 ms.
    QEventLoop loop;
    bool timedOut = false, cancelled = false;
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(50);
    QElapsedTimer t;
    t.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load())
            cancelled = true;
        else if (t.elapsed() >= timeout.count())
            timedOut = true;
        else
            return;
        loop.quit();
    });
    poll.start();
    socket.connectToHostEncrypted(host, quint16(port), host);
    if (socket.state() != QAbstractSocket::UnconnectedState)
        loop.exec();
    poll.stop();
    const bool connected = socket.state() == QAbstractSocket::ConnectedState;
    if (socket.isEncrypted()) {
        info.handshakeOk = true;
    } else if (cancelled) {
        info.connectError = Tr::tr("cancelled");
    } else if (timedOut) {
        info.connectError = connected ? Tr::tr("no TLS handshake within %n second(s)", nullptr,
                                               int(std::max<qint64>(1, timeout.count() / 1000)))
                                      : Tr::tr("no answer on port %1 within %n second(s)", nullptr,
                                               int(std::max<qint64>(1, timeout.count() / 1000)))
                                            .arg(port);
    } else {
        switch (socket.error()) {
        case QAbstractSocket::ConnectionRefusedError:
            info.connectError = Tr::tr("nothing answers on port %1").arg(port);
            break;
        case QAbstractSocket::HostNotFoundError:
            info.connectError = Tr::tr("the name %1 does not resolve").arg(host);
            break;
        default:
            info.connectError = connected ? Tr::tr("the TLS handshake failed: %1").arg(socket.errorString())
                                          : socket.errorString();
            break;
        }
    }
    const QSslCertificate peer = socket.peerCertificate(); // may have come before a failure
    if (!peer.isNull()) {
        info.source = CertificateInfo::Source::Handshake;
        describeCertificate(info, peer.toDer(), false);
        if (!info.selfSigned)
            info.handshakeErrors = browserComplaints(socket.peerCertificateChain(), host);
    }
    socket.abort();
    return info;
}

namespace {

// The watcher of the round trip: psql on the secondary, run on a helper thread that borrows
// the secondary's session while the pool's own thread uses only the primary's. Joined before
// anything else touches the pool.
class RoundTripWatcher
{
public:
    RoundTripWatcher(SshSession &session, RemoteCommand command, const std::atomic_bool &cancel) : m_cancel(cancel)
    {
        m_thread = std::thread([this, &session, command = std::move(command)] {
            RunOptions ro;
            ro.cancel = &m_stop;
            ro.onLine = [this](LogStream stream, const QString &line) {
                if (stream == LogStream::StdErr && line.contains(QLatin1String("oef-ready"))) {
                    const std::lock_guard lock(m_mutex);
                    m_ready = true;
                    m_cv.notify_all();
                }
            };
            CommandResult r = session.run(command, ro);
            const std::lock_guard lock(m_mutex);
            m_result = std::move(r);
            m_done = true;
            m_cv.notify_all();
        });
    }
    ~RoundTripWatcher()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    RoundTripWatcher(const RoundTripWatcher &) = delete;
    RoundTripWatcher &operator=(const RoundTripWatcher &) = delete;

    // Until it looks for the record (true) or has ended (false); honours the context's cancel.
    bool waitReady(std::chrono::steady_clock::time_point deadline)
    {
        return waitFor(deadline, [this] { return m_ready || m_done; }) && m_ready;
    }
    // Until it has ended; then its result.
    CommandResult finish(std::chrono::steady_clock::time_point deadline)
    {
        if (!waitFor(deadline, [this] { return m_done; }))
            m_stop = true;
        m_thread.join();
        return m_result;
    }
    void stop() { m_stop = true; }

private:
    template <typename Pred> bool waitFor(std::chrono::steady_clock::time_point deadline, Pred pred)
    {
        std::unique_lock lock(m_mutex);
        while (!pred()) {
            if (m_cancel.load())
                m_stop = true;
            if (std::chrono::steady_clock::now() > deadline || m_stop)
                return pred();
            m_cv.wait_for(lock, std::chrono::milliseconds(50));
        }
        return true;
    }

    const std::atomic_bool &m_cancel;
    std::atomic_bool m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_ready = false;
    bool m_done = false;
    CommandResult m_result;
    std::thread m_thread;
};

} // namespace

RoundTrip measureRoundTrip(StepContext &c, const QString &primaryRole, const QString &secondaryRole,
                           std::chrono::milliseconds timeout)
{
    RoundTrip rt;
    rt.attempted = true;
    const Plan &plan = *c.plan;
    const QString primaryHost = plan.server(primaryRole).host;
    const QString secondaryHost = plan.server(secondaryRole).host;
    QString error;
    // 1. The check database and its table on the primary.
    if (!querySql(c, primaryRole, QStringLiteral("postgres"), QString::fromLatin1(kRoundTripPrepareSql), {}, &error)) {
        rt.error = Tr::tr("Could not prepare the small check database \"%1\" on the primary.").arg(kCheckDb);
        rt.details = error;
        return rt;
    }
    SshError sshError;
    SshSession *primary = c.servers->session(primaryRole, &sshError, &c.cancelFlag());
    SshSession *secondary = primary ? c.servers->session(secondaryRole, &sshError, &c.cancelFlag()) : nullptr;
    if (!primary || !secondary) {
        rt.error = sshError.message;
        return rt;
    }
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 36);
    RemoteCommand wait = sqlCommand(
        plan, kCheckDb, QString::fromLatin1(kRoundTripWaitSql),
        {{QStringLiteral("t"), token}, {QStringLiteral("w"), QString::number(double(timeout.count()) / 1000.0)}},
        false);
    wait.timeout = timeout + std::chrono::seconds(20);
    const RemoteCommand write = sqlCommand(plan, kCheckDb, QString::fromLatin1(kRoundTripWriteSql),
                                           {{QStringLiteral("t"), token}});

    // 2. The watcher on the secondary first, then the record on the primary. The first time,
    // the check database takes a moment to reach the secondary: try again until it is there.
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        RoundTripWatcher watcher(*secondary, wait, c.cancelFlag());
        if (!watcher.waitReady(deadline)) {
            const CommandResult r = watcher.finish(deadline);
            if (c.isCancelled()) {
                rt.error = Tr::tr("Cancelled.");
                return rt;
            }
            if (std::chrono::steady_clock::now() < deadline) {
                QThread::msleep(200);
                continue;
            }
            rt.error = Tr::tr("The secondary could not look for the test record.");
            rt.details = commandFailure(rt.error, secondaryHost, wait, r).details;
            return rt;
        }
        QElapsedTimer local;
        local.start();
        c.log(primaryHost, LogStream::Command, QStringLiteral("# ") + write.description);
        RunOptions wo;
        wo.cancel = &c.cancelFlag();
        const CommandResult written = primary->run(write, wo);
        if (!written.ok()) {
            watcher.stop();
            watcher.finish(deadline);
            rt.error = Tr::tr("Could not write the test record on the primary.");
            rt.details = commandFailure(rt.error, primaryHost, write, written).details;
            return rt;
        }
        const CommandResult seen = watcher.finish(deadline + std::chrono::seconds(5));
        const qint64 localMs = local.elapsed();
        if (!seen.ok()) {
            rt.error = seen.stdErr.contains("oef-timeout")
                           ? Tr::tr("The record written on the primary did not show on the "
                                    "secondary within %n second(s).",
                                    nullptr, int(timeout.count() / 1000))
                           : Tr::tr("The secondary stopped looking for the test record.");
            rt.details = commandFailure(rt.error, secondaryHost, wait, seen).details;
            return rt;
        }
        // From the primary's clock at the write to the secondary's when the record showed,
        // bounded by what this computer saw (so a clock difference cannot inflate it).
        const QStringList lines = QString::fromUtf8(seen.stdOut).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList f = line.trimmed().split(QLatin1Char('|'));
            if (f.size() == 3 && f[0] == QLatin1String("oef-seen")) {
                const double serverMs = (f[1].toDouble() - f[2].toDouble()) * 1000.0;
                rt.ms = std::clamp<qint64>(qint64(std::llround(serverMs)), 0, localMs);
                rt.ok = true;
            }
        }
        if (!rt.ok)
            rt.error = Tr::tr("The secondary's answer could not be read.");
        c.log(secondaryHost, LogStream::Info,
              rt.ok ? Tr::tr("The test record showed on the secondary after %1 ms.").arg(rt.ms) : rt.error);
        return rt;
    }
}

VerifyMeasurement measure(ServerPool &pool, const VerifyOptions &options, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const Plan &plan = pool.plan();
    VerifyMeasurement m;
    m.startedAt = QDateTime::currentDateTimeUtc();
    m.parts = options.parts;
    m.primaryHost = plan.server(Role::Primary).host;
    m.secondaryHost = plan.server(Role::Secondary).host;
    m.primaryDbPort = plan.server(Role::Primary).dbPort;
    m.dbContainer = plan.dbContainer;
    m.expectedSlot = standbySlotName(m.secondaryHost);
    DirectContext ctx(plan, pool, cancel);
    auto stopped = [&] { return cancel && cancel->load(); };

    const bool primaryUp = connectRole(pool, Role::Primary, m.primary.reach, cancel);
    const bool secondaryUp = !stopped() && connectRole(pool, Role::Secondary, m.secondary.reach, cancel);

    if (options.parts.testFlag(VerifyPart::Replication)) {
        m.primaryAddresses = resolveAddresses(m.primaryHost);
        m.secondaryAddresses = resolveAddresses(m.secondaryHost);
        if (primaryUp && !stopped())
            measurePrimary(ctx, m.primary);
        if (secondaryUp && !stopped())
            measureSecondary(ctx, m.secondary, m.primary.currentLsn);
    }
    if (options.parts.testFlag(VerifyPart::RoundTrip) && !stopped()) {
        m.roundTripAt = QDateTime::currentDateTimeUtc();
        if (m.primary.reach.databaseOk && m.secondary.reach.databaseOk && !m.primary.inRecovery
            && m.secondary.inRecovery) {
            m.roundTrip = measureRoundTrip(ctx, Role::Primary, Role::Secondary, options.roundTripTimeout);
        } else if (!options.parts.testFlag(VerifyPart::Replication)) {
            m.roundTrip.error = Tr::tr("The replication state was not measured.");
        } else {
            m.roundTrip.error = Tr::tr("Not tried: the primary and a standby must both answer.");
        }
    }
    if (options.parts.testFlag(VerifyPart::Drift) && !stopped()) {
        m.driftAt = QDateTime::currentDateTimeUtc();
        if (primaryUp && secondaryUp)
            measureDrift(ctx, m);
        else
            m.drift.error = Tr::tr("Not compared: both servers must answer over SSH.");
    }
    if (options.parts.testFlag(VerifyPart::Certificates) && !stopped()) {
        m.certificatesAt = QDateTime::currentDateTimeUtc();
        measureCertificates(ctx, m, options);
    }
    m.cancelled = stopped();
    m.elapsedMs = timer.elapsed();
    return m;
}

} // namespace oef
