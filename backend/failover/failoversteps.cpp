#include "backend/failover/failoversteps.h"
#include "backend/core/tr.h"
#include "backend/failover/failovercommon.h"
#include "backend/failover/nestedsetup.h"
#include "backend/failover/scripts.h"
#include "backend/remote/dbpool.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/guard.h"
#include "backend/verify/webcheck.h"

#include <algorithm>
#include <optional>

namespace oef::failover {

namespace {

struct TargetPosition
{
    QString receive, replay;
    bool ok = false;
};

TargetPosition targetPosition(StepContext &c)
{
    TargetPosition p;
    const auto r = c.servers->databases().query(
        c, kNew, QStringLiteral("postgres"),
        QStringLiteral("SELECT coalesce(pg_last_wal_receive_lsn()::text,'') || '|' || "
                       "coalesce(pg_last_wal_replay_lsn()::text,'')"));
    if (r) {
        p.receive = r->section(QLatin1Char('|'), 0, 0);
        p.replay = r->section(QLatin1Char('|'), 1, 1);
        p.ok = true;
    }
    return p;
}

// Accepting writes: a record in the small check database (never OpenELIS's own), through the
// tool's role when it is there (promote() opens its connection before promoting), else as the
// database's superuser through docker exec (a pair set up before the role existed).
bool acceptsWrite(StepContext &c)
{
    QString error;
    if (DbConnection *db = c.servers->databases().connection(c, kNew, kCheckDatabase, &error))
        if (db->exec(QStringLiteral("INSERT INTO oef_roundtrip (token) VALUES ('promotion')")))
            return true;
    querySql(c, kNew, QStringLiteral("postgres"),
             QStringLiteral("SELECT 'CREATE DATABASE oe_failover' WHERE NOT EXISTS "
                            "(SELECT 1 FROM pg_database WHERE datname = 'oe_failover')\\gexec"));
    return querySql(c, kNew, QStringLiteral("oe_failover"),
                    QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS oef_roundtrip (id bigserial PRIMARY KEY, token text NOT NULL, "
                        "written_at timestamptz NOT NULL DEFAULT now());\n"
                        "INSERT INTO oef_roundtrip (token) VALUES ('promotion') RETURNING 1;"))
        .has_value();
}

} // namespace

StepResult fenceOldPrimary(StepContext &c, FailoverState &st, QString *finalLsn)
{
    const Plan &plan = *c.plan;
    const QStringList present = presentContainers(c, kOld);
    if (present.isEmpty())
        return StepResult::error(Tr::tr("No OpenELIS container was found on the old primary %1.").arg(c.hostOf(kOld)));
    // 1. Nothing may restart by itself any more.
    if (auto e = mustRun(c, kOld,
                         dockerCommand(QStringList{QStringLiteral("update"), QStringLiteral("--restart=no")} + present),
                         Tr::tr("Could not change the restart policies on the old primary."));
        !e.ok)
        return e;
    // 2. The position the old primary reached, while its database still runs.
    const auto lsn = c.servers->databases().query(
        c, kOld, QStringLiteral("postgres"),
        QStringLiteral("SELECT CASE WHEN pg_is_in_recovery() THEN '' ELSE pg_current_wal_lsn()::text END"));
    if (lsn && !lsn->isEmpty())
        *finalLsn = *lsn;
    // 3. Stop OpenELIS, then the database (a clean shutdown sends its last WAL to the standby).
    const QStringList apps = appsOnly(c, present);
    if (!apps.isEmpty())
        if (auto e = mustRun(
                c, kOld,
                dockerCommand(QStringList{QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("30")} + apps,
                              std::chrono::minutes(3)),
                Tr::tr("Could not stop OpenELIS on the old primary."));
            !e.ok)
            return e;
    if (auto e = mustRun(
            c, kOld,
            dockerCommand({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("120"), plan.dbContainer},
                          std::chrono::minutes(4)),
            Tr::tr("Could not stop the database on the old primary."));
        !e.ok)
        return e;
    // 4. standby.signal: if anything ever starts it again, it comes up read-only.
    if (auto e = mustRun(c, kOld, shellScript(scripts::fence_standby_signal, {plan.installDir}),
                         Tr::tr("Could not mark the old primary's database as a standby."));
        !e.ok)
        return e;
    CommandResult running;
    running = runOn(c, kOld,
                    dockerCommand({QStringLiteral("inspect"), QStringLiteral("-f"),
                                   QStringLiteral("{{.State.Running}}"), plan.dbContainer}),
                    false);
    if (QString::fromUtf8(running.stdOut).trimmed() != QLatin1String("false"))
        return StepResult::error(Tr::tr("The old primary's database is still running after it was stopped."));
    st.fencing = QStringLiteral("tool");
    c.log(c.hostOf(kOld), LogStream::Info,
          Tr::tr("Fenced: the old primary's containers no longer restart on their own, its database is "
                 "stopped and can only ever start read-only."));
    return StepResult::success();
}

StepResult waitForCatchUp(StepContext &c, FailoverState &st, const QString &finalLsn, bool mustBeZero)
{
    const qint64 target = lsnToBytes(finalLsn);
    if (target < 0) {
        if (mustBeZero)
            return StepResult::error(Tr::tr("The old primary's last position is unknown: a loss-free switchover "
                                            "cannot be proven."));
        return StepResult::success();
    }
    qint64 gap = -1;
    waitUntil(
        c, std::chrono::seconds(60),
        [&] {
            const TargetPosition p = targetPosition(c);
            const qint64 replay = lsnToBytes(p.replay);
            gap = replay < 0 ? -1 : std::max<qint64>(0, target - replay);
            return gap == 0;
        },
        std::chrono::milliseconds(250));
    st.oldFinalLsnGapBytes = gap;
    if (gap == 0) {
        c.log(c.hostOf(kNew), LogStream::Info,
              Tr::tr("The standby has replayed everything the old primary wrote (up to %1).").arg(finalLsn));
        return StepResult::success();
    }
    if (mustBeZero)
        return StepResult::error(
            Tr::tr("The standby did not catch up with the old primary (%n byte(s) missing).", nullptr, int(gap)));
    c.log(c.hostOf(kNew), LogStream::Warning,
          Tr::tr("The standby is missing %n byte(s) of the old primary's last changes.", nullptr, int(gap)));
    return StepResult::success();
}

StepResult promote(StepContext &c, FailoverState &st, QElapsedTimer &sincePromotion)
{
    QString unused;
    (void)c.servers->databases().connection(c, kNew, kCheckDatabase, &unused); // ready for the first write
    sincePromotion.start();
    const auto r = querySql(c, kNew, QStringLiteral("postgres"), QStringLiteral("SELECT pg_promote(true, 60)"));
    st.promoteMs = sincePromotion.elapsed();
    if (!r || *r != QLatin1String("t"))
        return StepResult::error(Tr::tr("The standby could not be promoted."), r.value_or(QString()));
    const bool writable = acceptsWrite(c);
    st.writableMs = sincePromotion.elapsed();
    if (!writable)
        return StepResult::error(Tr::tr("The new primary was promoted but does not accept writes."));
    c.log(c.hostOf(kNew), LogStream::Info,
          Tr::tr("Promoted in %1 ms; it accepted a write %2 ms after the promotion started.")
              .arg(st.promoteMs)
              .arg(st.writableMs));
    return StepResult::success();
}

StepResult clearStandbySettings(StepContext &c)
{
    const auto r = querySql(
        c, kNew, QStringLiteral("postgres"),
        QStringLiteral("ALTER SYSTEM RESET primary_conninfo;\nALTER SYSTEM RESET primary_slot_name;\n"
                       "SELECT pg_reload_conf();"));
    if (!r)
        return StepResult::error(Tr::tr("Could not clear the standby settings on the new primary."));
    // No standby follows it now: a guard that held it at its next boot would wait forever.
    if (auto e = disarmGuard(c, kNew); !e.ok)
        return e;
    return StepResult::success();
}

StepResult startOpenElis(StepContext &c)
{
    return setContainers(c, kNew, presentContainers(c, kNew), QStringLiteral("always"), Then::Start,
                         Tr::tr("Could not restore the restart policies on the new primary."),
                         Tr::tr("Could not start OpenELIS on the new primary."));
}

StepResult checkHealth(StepContext &c, FailoverState &st, const QElapsedTimer &sincePromotion)
{
    const QString host = c.hostOf(kNew);
    WebHealth h;
    const bool ok = waitUntil(
        c, std::chrono::seconds(180),
        [&] {
            h = checkWebHealth(host);
            return h.healthy;
        },
        std::chrono::milliseconds(500));
    st.newAddress = host;
    st.healthy = ok;
    st.healthPath = h.path;
    st.certificateCovers = h.certificateCoversHost;
    if (sincePromotion.isValid())
        st.healthMs = sincePromotion.elapsed();
    if (!ok)
        return StepResult::error(Tr::tr("OpenELIS on the new primary does not answer its health address "
                                        "(https://%1:8443%2).")
                                     .arg(host, h.path),
                                 h.error);
    c.log(host, LogStream::Info, Tr::tr("OpenELIS answers at https://%1:8443%2.").arg(host, h.path));
    if (!h.certificateCoversHost)
        c.log(host, LogStream::Warning,
              Tr::tr("The certificate presented by %1 does not name this address: browsers will warn "
                     "users. Install a certificate for %1 in /etc/openelis-global on this server.")
                  .arg(host));
    return StepResult::success();
}

// Is a role's database a standby right now? nullopt when it does not answer.
std::optional<bool> inRecovery(StepContext &c, const QString &role)
{
    const auto r = c.servers->databases().query(c, role, QStringLiteral("postgres"),
                                                QStringLiteral("SELECT pg_is_in_recovery()"));
    if (!r)
        return std::nullopt;
    return *r == QLatin1String("t") || *r == QLatin1String("true");
}

StepResult ensureOldFenced(StepContext &c)
{
    const Plan &plan = *c.plan;
    const QStringList present = presentContainers(c, kOld);
    if (present.isEmpty())
        return StepResult::error(Tr::tr("No OpenELIS container was found on the old primary %1.").arg(c.hostOf(kOld)));
    if (auto e = setContainers(c, kOld, appsOnly(c, present), QStringLiteral("no"), Then::Stop,
                               Tr::tr("Could not change the restart policies on the old primary."),
                               Tr::tr("Could not stop OpenELIS on the old primary."));
        !e.ok)
        return e;
    // A database that runs as a standby (re-attached already) may go on; any other is stopped.
    const std::optional<bool> standby = inRecovery(c, kOld);
    if (standby.value_or(false)) {
        c.log(c.hostOf(kOld), LogStream::Info,
              Tr::tr("The old primary's database runs as a standby: it accepts no writes."));
        return StepResult::success();
    }
    if (auto e = mustRun(c, kOld,
                         dockerCommand({QStringLiteral("update"), QStringLiteral("--restart=no"), plan.dbContainer}),
                         Tr::tr("Could not change the restart policies on the old primary."));
        !e.ok)
        return e;
    if (auto e = mustRun(
            c, kOld,
            dockerCommand({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("120"), plan.dbContainer},
                          std::chrono::minutes(4)),
            Tr::tr("Could not stop the database on the old primary."));
        !e.ok)
        return e;
    if (auto e = mustRun(c, kOld, shellScript(scripts::fence_standby_signal, {plan.installDir}),
                         Tr::tr("Could not mark the old primary's database as a standby."));
        !e.ok)
        return e;
    c.log(c.hostOf(kOld), LogStream::Info,
          Tr::tr("Fenced: the old primary's containers no longer restart on their own, its database is "
                 "stopped and can only ever start read-only."));
    return StepResult::success();
}

StepResult keepNewServing(StepContext &c)
{
    const std::optional<bool> standby = inRecovery(c, kNew);
    if (!standby)
        return StepResult::error(Tr::tr("The new primary's database does not answer."));
    if (*standby)
        return StepResult::error(
            Tr::tr("%1 was not promoted: no server accepts writes now. Run the failover again.").arg(c.hostOf(kNew)));
    if (auto e = clearStandbySettings(c); !e.ok)
        return e;
    return startOpenElis(c);
}

StepResult stopOldApps(StepContext &c)
{
    return setContainers(c, kOld, appsOnly(c, presentContainers(c, kOld)), QStringLiteral("no"), Then::Stop,
                         Tr::tr("Could not change the restart policies on the old primary."),
                         Tr::tr("Could not stop OpenELIS on the old primary."));
}

StepResult confirmedOff(StepContext &c, FailoverState &st)
{
    st.fencing = QStringLiteral("confirmed-down");
    c.log(c.hostOf(kOld), LogStream::Warning,
          Tr::tr("The operator confirmed that the old primary %1 is powered off or disconnected. "
                 "Before it is switched on again, it must be disconnected from the users' network.")
              .arg(c.hostOf(kOld)));
    return StepResult::success();
}

StepResult attach(StepContext &c, FailoverState &st, const QString &role, const SetupOptions &options)
{
    auto setup = std::make_shared<SetupState>();
    StepResult r = runSetupFor(c, kNew, role, setup, options);
    st.attach = *setup;
    st.attached = r.ok;
    return r;
}

// Undo of a switchover's first steps: the old primary back in service, roles unchanged.
void bringOldPrimaryBack(StepContext &c)
{
    const Plan &plan = *c.plan;
    c.log(c.hostOf(kOld), LogStream::Warning, Tr::tr("Bringing the old primary back into service."));
    runOn(c, kOld, shellScript(QStringLiteral("rm -f \"$1/data/standby.signal\""), {plan.installDir}));
    (void)setContainers(c, kOld, presentContainers(c, kOld), QStringLiteral("always"), Then::Start, QString(),
                        QString());
}

} // namespace oef::failover
