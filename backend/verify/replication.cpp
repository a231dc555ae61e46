#include "backend/checks/containerlines.h"
#include "backend/core/tr.h"
#include "backend/remote/dbpool.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"
#include "backend/verify/verifyparts.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace oef::verifyparts {

namespace {

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

// Why the database did not answer: is its container running at all?
void explainNoAnswer(DirectContext &ctx, const QString &role, ServerReach &reach)
{
    const QString host = ctx.hostOf(role);
    const CommandResult inspect = runOn(ctx, role,
                                        dockerCommand({QStringLiteral("inspect"), QStringLiteral("-f"),
                                                       QStringLiteral("{{.State.Status}}"), ctx.plan->dbContainer},
                                                      std::chrono::seconds(20)),
                                        false);
    const QString state = QString::fromUtf8(inspect.stdOut).trimmed();
    if (inspect.outcome == CommandResult::Outcome::ConnectionLost) {
        reach.sshOk = false;
        reach.sshError = inspect.errorText;
        return;
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
}

// The status query on a role: through libpq when the tool's role is there, else through
// `docker exec … psql` on the server (a pair set up before the role existed). On failure says
// whether the container runs at all.
std::optional<QJsonObject> queryStatus(DirectContext &ctx, const QString &role, const QString &sql, ServerReach &reach)
{
    QString error;
    const std::optional<QString> out = ctx.servers->databases().query(
        ctx, role, QStringLiteral("postgres"), sql, &error, &reach.databaseAccess, &reach.databaseAccessNote);
    if (out) {
        if (auto doc = jsonOutput(*out)) {
            reach.databaseOk = true;
            return doc;
        }
        reach.databaseError = Tr::tr("The database on %1 gave an answer that could not be read.").arg(ctx.hostOf(role));
        reach.databaseDetails = out->left(2000);
        return std::nullopt;
    }
    reach.databaseDetails = error;
    explainNoAnswer(ctx, role, reach);
    return std::nullopt;
}

} // namespace

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

SecondaryExtra measureSecondary(DirectContext &ctx, SecondaryStatus &s)
{
    const auto doc = queryStatus(ctx, Role::Secondary, QString::fromLatin1(kSecondarySql), s.reach);
    if (!doc)
        return {};
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
    return {optDouble(o.value(QStringLiteral("replayAge")))};
}

void measureStandbyApps(DirectContext &ctx, SecondaryStatus &s)
{
    const QStringList apps = ctx.plan->appContainers;
    if (apps.isEmpty())
        return;
    // A container the plan names but the server lacks makes inspect exit 1; the others are
    // still listed.
    const CommandResult r =
        runOn(ctx, Role::Secondary,
              dockerCommand(QStringList{QStringLiteral("inspect"), QStringLiteral("-f"), kContainerLineFormat} + apps,
                            std::chrono::seconds(20)),
              false);
    if (r.outcome == CommandResult::Outcome::ConnectionLost || r.stdOut.isEmpty())
        return;
    const QMap<QString, ContainerLine> lines = parseContainerLines(r.stdOut);
    QStringList running;
    for (const QString &app : apps)
        if (lines.value(app).running)
            running << app;
    s.runningApps = running;
}

void secondaryDelay(SecondaryStatus &s, const SecondaryExtra &extra, const QString &primaryLsn)
{
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
    else if (extra.replayAgeS)
        s.delaySeconds = std::max(0.0, *extra.replayAgeS);
}

} // namespace oef::verifyparts
