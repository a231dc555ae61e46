#include "backend/failover/failoverflow.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"
#include "backend/setup/guard.h"
#include "backend/verify/webcheck.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace oef {

namespace {

const QString kOld = Role::OldPrimary;
const QString kNew = Role::NewPrimary;
const QString kNext = Role::NewSecondary;

bool tcpAnswers(const QString &host, int port, int timeoutMs)
{
    QTcpSocket s;
    s.connectToHost(host, quint16(port));
    const bool ok = s.waitForConnected(timeoutMs);
    s.abort();
    return ok;
}

QStringList presentContainers(StepContext &c, const QString &role)
{
    const CommandResult ps = runOn(c, role,
                                   dockerCommand({QStringLiteral("ps"), QStringLiteral("-a"),
                                                  QStringLiteral("--format"), QStringLiteral("{{.Names}}")}),
                                   false);
    const QStringList present = QString::fromUtf8(ps.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &n : QStringList{c.plan->dbContainer} + c.plan->appContainers)
        if (present.contains(n))
            out << n;
    return out;
}

QStringList appsOnly(const StepContext &c, const QStringList &names)
{
    QStringList out = names;
    out.removeAll(c.plan->dbContainer);
    return out;
}

// --- running the set-up's steps for another pair of servers ----------------------------

class NestedContext : public StepContext
{
public:
    NestedContext(StepContext &outer, const Plan &p, Secrets &s, ServerPool &pool) : m_outer(outer)
    {
        plan = &p;
        secrets = &s;
        servers = &pool;
    }
    void log(const QString &host, LogStream stream, const QString &text) override { m_outer.log(host, stream, text); }
    void progress(double f, const QString &message) override
    {
        m_outer.progress(m_base + m_span * std::clamp(f, 0.0, 1.0), message);
    }
    bool isCancelled() const override { return m_outer.isCancelled(); }
    const std::atomic_bool &cancelFlag() const override { return m_outer.cancelFlag(); }
    void setWindow(double base, double span)
    {
        m_base = base;
        m_span = span;
    }

private:
    StepContext &m_outer;
    double m_base = 0, m_span = 1;
};

Plan subPlan(const Plan &outer, const QString &primaryRole, const QString &secondaryRole)
{
    Plan p = outer;
    p.kind = Plan::Kind::Setup;
    p.servers.clear();
    p.servers.insert(Role::Primary, outer.server(primaryRole));
    p.servers.insert(Role::Secondary, outer.server(secondaryRole));
    return p;
}

// Runs a set-up flow (roles primary/secondary) for two of the failover plan's servers, inside
// one step of the failover flow; its undo steps run if it fails.
StepResult runSetupFor(StepContext &outer, const QString &primaryRole, const QString &secondaryRole,
                       std::shared_ptr<SetupState> state, SetupOptions options)
{
    const Plan plan = subPlan(*outer.plan, primaryRole, secondaryRole);
    Secrets secrets;
    secrets.forRole(Role::Primary) = outer.secrets->forRole(primaryRole);
    secrets.forRole(Role::Secondary) = outer.secrets->forRole(secondaryRole);
    ServerPool pool(plan, secrets, outer.servers->hostKeyPolicy());
    NestedContext ctx(outer, plan, secrets, pool);
    Flow flow = buildSetupFlow(std::move(state), options);
    double total = 0;
    for (const auto &s : flow.steps)
        total += s->weight();
    double done = 0;
    std::vector<Step *> ran;
    StepResult result = StepResult::success();
    for (const auto &step : flow.steps) {
        if (outer.isCancelled()) {
            result = StepResult::error(Tr::tr("Cancelled."));
            break;
        }
        ctx.setWindow(done / total, step->weight() / total);
        ctx.progress(0, step->statusMessage());
        outer.log(QString(), LogStream::Info, QStringLiteral("— %1").arg(step->label()));
        ran.push_back(step.get());
        result = step->run(ctx);
        if (!result.ok) {
            result.message = QStringLiteral("%1: %2").arg(step->label(), result.message);
            break;
        }
        done += step->weight();
    }
    if (!result.ok) {
        for (auto it = ran.rbegin(); it != ran.rend(); ++it)
            if ((*it)->hasCleanup())
                (*it)->cleanup(ctx);
    }
    return result;
}

// --- steps -----------------------------------------------------------------------------

// `docker update --restart=POLICY` for the containers, then start or stop them (stop: OpenELIS
// gets 30 s). Errors carry the caller's words.
enum class Then { Start, Stop };
StepResult setContainers(StepContext &c, const QString &role, const QStringList &names,
                                        const QString &policy, Then then, const QString &policyError,
                                        const QString &thenError)
{
    if (names.isEmpty())
        return StepResult::success();
    if (auto e = mustRun(
            c, role,
            dockerCommand(QStringList{QStringLiteral("update"), QStringLiteral("--restart=") + policy} + names),
            policyError); !e.ok)
        return e;
    const QStringList args = then == Then::Start
                                 ? QStringList{QStringLiteral("start")}
                                 : QStringList{QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("30")};
    return mustRun(c, role, dockerCommand(args + names, std::chrono::minutes(3)), thenError);
}

StepResult fenceOldPrimary(StepContext &c, FailoverState &st, QString *finalLsn)
{
    const Plan &plan = *c.plan;
    const QStringList present = presentContainers(c, kOld);
    if (present.isEmpty())
        return StepResult::error(Tr::tr("No OpenELIS container was found on the old primary %1.").arg(c.hostOf(kOld)));
    // 1. Nothing may restart by itself any more.
    if (auto e = mustRun(c, kOld,
                         dockerCommand(QStringList{QStringLiteral("update"), QStringLiteral("--restart=no")} + present),
                         Tr::tr("Could not change the restart policies on the old primary.")); !e.ok)
        return e;
    // 2. The position the old primary reached, while its database still runs.
    const auto lsn = querySql(
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
                Tr::tr("Could not stop OpenELIS on the old primary.")); !e.ok)
            return e;
    if (auto e = mustRun(
            c, kOld,
            dockerCommand({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("120"), plan.dbContainer},
                          std::chrono::minutes(4)),
            Tr::tr("Could not stop the database on the old primary.")); !e.ok)
        return e;
    // 4. standby.signal: if anything ever starts it again, it comes up read-only.
    if (auto e = mustRun(c, kOld,
                         shellScript(QStringLiteral("set -e; d=\"$1/data\"; touch \"$d/standby.signal\"; "
                                                    "chown \"$(stat -c %u:%g \"$d\")\" \"$d/standby.signal\"; "
                                                    "chmod 600 \"$d/standby.signal\""),
                                     {plan.installDir}),
                         Tr::tr("Could not mark the old primary's database as a standby.")); !e.ok)
        return e;
    CommandResult running;
    running = runOn(c, kOld,
                    dockerCommand({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Running}}"),
                                   plan.dbContainer}),
                    false);
    if (QString::fromUtf8(running.stdOut).trimmed() != QLatin1String("false"))
        return StepResult::error(Tr::tr("The old primary's database is still running after it was stopped."));
    st.fencing = QStringLiteral("tool");
    c.log(c.hostOf(kOld), LogStream::Info,
          Tr::tr("Fenced: the old primary's containers no longer restart on their own, its database is "
                 "stopped and can only ever start read-only."));
    return StepResult::success();
}

struct TargetPosition
{
    QString receive, replay;
    bool ok = false;
};

TargetPosition targetPosition(StepContext &c)
{
    TargetPosition p;
    const auto r = querySql(c, kNew, QStringLiteral("postgres"),
                            QStringLiteral("SELECT coalesce(pg_last_wal_receive_lsn()::text,'') || '|' || "
                                           "coalesce(pg_last_wal_replay_lsn()::text,'')"));
    if (r) {
        p.receive = r->section(QLatin1Char('|'), 0, 0);
        p.replay = r->section(QLatin1Char('|'), 1, 1);
        p.ok = true;
    }
    return p;
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
    sincePromotion.start();
    const auto r = querySql(c, kNew, QStringLiteral("postgres"), QStringLiteral("SELECT pg_promote(true, 60)"));
    st.promoteMs = sincePromotion.elapsed();
    if (!r || *r != QLatin1String("t"))
        return StepResult::error(Tr::tr("The standby could not be promoted."), r.value_or(QString()));
    // Accepting writes: a record in the small check database (never OpenELIS's own).
    querySql(c, kNew, QStringLiteral("postgres"),
             QStringLiteral("SELECT 'CREATE DATABASE oe_failover' WHERE NOT EXISTS "
                            "(SELECT 1 FROM pg_database WHERE datname = 'oe_failover')\\gexec"));
    const auto w = querySql(
        c, kNew, QStringLiteral("oe_failover"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS oef_roundtrip (id bigserial PRIMARY KEY, token text NOT NULL, "
                       "written_at timestamptz NOT NULL DEFAULT now());\n"
                       "INSERT INTO oef_roundtrip (token) VALUES ('promotion') RETURNING 1;"));
    st.writableMs = sincePromotion.elapsed();
    if (!w)
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
    return setContainers(
        c, kNew, presentContainers(c, kNew), QStringLiteral("always"), Then::Start,
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

// Undo of a switchover's first steps: the old primary back in service, roles unchanged.
void bringOldPrimaryBack(StepContext &c)
{
    const Plan &plan = *c.plan;
    c.log(c.hostOf(kOld), LogStream::Warning, Tr::tr("Bringing the old primary back into service."));
    runOn(c, kOld, shellScript(QStringLiteral("rm -f \"$1/data/standby.signal\""), {plan.installDir}));
    (void)setContainers(c, kOld, presentContainers(c, kOld), QStringLiteral("always"), Then::Start, QString(), QString());
}

} // namespace

qint64 lsnToBytes(const QString &lsn)
{
    const qsizetype slash = lsn.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return -1;
    bool ok1 = false, ok2 = false;
    const quint64 hi = lsn.left(slash).toULongLong(&ok1, 16);
    const quint64 lo = lsn.mid(slash + 1).toULongLong(&ok2, 16);
    if (!ok1 || !ok2)
        return -1;
    return qint64((hi << 32) | lo);
}

FailoverProbe::Verdict FailoverProbe::verdict() const
{
    const bool db = oldDbAnswersHere || oldDbAnswersFromTarget;
    if (!oldSshAnswers && !db && !oldWebAnswers)
        return Verdict::Down;
    if (oldSshAnswers && db && oldWebAnswers)
        return Verdict::Up;
    return Verdict::PartlyUp;
}

QString FailoverProbe::verdictText() const
{
    switch (verdict()) {
    case Verdict::Down:
        return Tr::tr("The old primary is down: it answers neither SSH, nor its database, nor its web address.");
    case Verdict::Up: return Tr::tr("The old primary is up: SSH, its database and OpenELIS all answer.");
    case Verdict::PartlyUp: {
        QStringList up, down;
        (oldSshAnswers ? up : down) << Tr::tr("SSH");
        (oldDbAnswersHere || oldDbAnswersFromTarget ? up : down) << Tr::tr("database");
        (oldWebAnswers ? up : down) << Tr::tr("OpenELIS web");
        return Tr::tr("The old primary is partly up: %1 answer(s); %2 do(es) not.")
            .arg(up.join(QStringLiteral(", ")), down.join(QStringLiteral(", ")));
    }
    }
    return {};
}

QString FailoverProbe::dataLossText() const
{
    QString text;
    if (lastReplayedTransaction.isValid())
        text = Tr::tr("Work entered after %1 on the old server may be missing on the new one.")
                   .arg(QLocale().toString(lastReplayedTransaction.toLocalTime(), QLocale::LongFormat));
    else
        text = Tr::tr("The standby has not replayed any transaction yet: it holds the data of its initial copy.");
    if (byteGap == 0)
        text += QLatin1Char(' ')
                + Tr::tr("The old primary's current position has been received: nothing is missing right now.");
    else if (byteGap > 0)
        text += QLatin1Char(' ')
                + Tr::tr("Right now the standby is %n byte(s) behind the old primary.", nullptr,
                         int(std::min<qint64>(byteGap, INT_MAX)));
    return text;
}

QJsonObject FailoverProbe::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("targetReachable")] = targetReachable;
    o[QStringLiteral("targetInRecovery")] = targetInRecovery;
    o[QStringLiteral("receiveLsn")] = receiveLsn;
    o[QStringLiteral("replayLsn")] = replayLsn;
    o[QStringLiteral("lastReplayedTransaction")] = lastReplayedTransaction.isValid()
                                                       ? lastReplayedTransaction.toString(Qt::ISODateWithMs)
                                                       : QString();
    o[QStringLiteral("receiverStreaming")] = receiverStreaming;
    o[QStringLiteral("oldSshAnswers")] = oldSshAnswers;
    o[QStringLiteral("oldLoginWorks")] = oldLoginWorks;
    o[QStringLiteral("oldDbAnswersHere")] = oldDbAnswersHere;
    o[QStringLiteral("oldDbAnswersFromTarget")] = oldDbAnswersFromTarget;
    o[QStringLiteral("oldWebAnswers")] = oldWebAnswers;
    o[QStringLiteral("oldDbRunning")] = oldDbRunning;
    o[QStringLiteral("oldCurrentLsn")] = oldCurrentLsn;
    o[QStringLiteral("byteGap")] = byteGap;
    o[QStringLiteral("verdict")] = verdict() == Verdict::Down ? QStringLiteral("down")
                                   : verdict() == Verdict::Up ? QStringLiteral("up")
                                                              : QStringLiteral("partly-up");
    o[QStringLiteral("dataLoss")] = dataLossText();
    return o;
}

QJsonObject FailoverState::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("fencing")] = fencing;
    o[QStringLiteral("oldFinalLsnGapBytes")] = oldFinalLsnGapBytes;
    o[QStringLiteral("promoteMs")] = promoteMs;
    o[QStringLiteral("writableMs")] = writableMs;
    o[QStringLiteral("healthMs")] = healthMs;
    o[QStringLiteral("healthy")] = healthy;
    o[QStringLiteral("healthPath")] = healthPath;
    o[QStringLiteral("certificateCovers")] = certificateCovers;
    o[QStringLiteral("newAddress")] = newAddress;
    if (attached)
        o[QStringLiteral("attach")] = attach.toJson();
    return o;
}

FailoverProbe probeFailover(ServerPool &pool, const CheckCallback &onCheck, CheckList *checks,
                            const std::atomic_bool *cancel)
{
    using S = CheckResult::Status;
    FailoverProbe p;
    CheckList local;
    CheckList &list = checks ? *checks : local;
    const Plan &plan = pool.plan();
    const ServerSpec &target = plan.server(kNew);
    const ServerSpec &old = plan.server(kOld);
    auto add = [&](const QString &id, const QString &role, S st, const QString &title, const QString &message,
                   const QString &remedy = {}) {
        recordCheck(list, onCheck, id, role, plan.server(role).host, st, title, message, remedy);
    };
    DirectContext ctx(plan, pool, cancel);

    // The target.
    const CheckList targetChecks = runConnectionChecks(pool, kNew, onCheck, cancel);
    list += targetChecks;
    p.targetReachable = !hasErrors(targetChecks);
    const QString tStandby = Tr::tr("The target is a standby");
    if (p.targetReachable) {
        const auto r = querySql(
            ctx, kNew, QStringLiteral("postgres"),
            QStringLiteral(
                "SELECT pg_is_in_recovery()::text || '|' || coalesce(pg_last_wal_receive_lsn()::text,'') || '|' || "
                "coalesce(pg_last_wal_replay_lsn()::text,'') || '|' || "
                "coalesce(extract(epoch FROM pg_last_xact_replay_timestamp())::text,'') || '|' || "
                "coalesce((SELECT status || '|' || coalesce(sender_host,'') FROM pg_stat_wal_receiver), '|')"));
        if (r) {
            const QStringList f = r->split(QLatin1Char('|'));
            p.targetDbAnswers = true;
            p.targetInRecovery = f.value(0) == QLatin1String("true");
            p.receiveLsn = f.value(1);
            p.replayLsn = f.value(2);
            if (!f.value(3).isEmpty())
                p.lastReplayedTransaction = QDateTime::fromMSecsSinceEpoch(qint64(f.value(3).toDouble() * 1000));
            p.receiverStreaming = f.value(4) == QLatin1String("streaming");
            p.receiverSender = f.value(5);
        }
        if (!p.targetDbAnswers) {
            add(QStringLiteral("failover.target.standby"), kNew, S::Error, tStandby,
                Tr::tr("The database on %1 does not answer.").arg(target.host),
                Tr::tr("Start the database on the target (\"docker start %1\"), then check again.")
                    .arg(plan.dbContainer));
        } else if (!p.targetInRecovery) {
            add(QStringLiteral("failover.target.standby"), kNew, S::Error, tStandby,
                Tr::tr("%1 is not a standby: its database already accepts writes.").arg(target.host),
                Tr::tr("Choose the standby server as the new primary. If this server was already promoted, "
                       "there is nothing to fail over."));
        } else {
            add(QStringLiteral("failover.target.standby"), kNew, S::Ok, tStandby,
                Tr::tr("%1 is a standby: received up to %2, replayed up to %3.")
                    .arg(target.host, p.receiveLsn.isEmpty() ? Tr::tr("(nothing)") : p.receiveLsn,
                         p.replayLsn.isEmpty() ? Tr::tr("(nothing)") : p.replayLsn));
            if (p.receiverStreaming)
                add(QStringLiteral("failover.target.receiver"), kNew, S::Warning, Tr::tr("Link to the primary"),
                    Tr::tr("The standby is still receiving changes from %1: the primary is alive.")
                        .arg(p.receiverSender.isEmpty() ? old.host : p.receiverSender),
                    Tr::tr("If this is a drill or maintenance, use a planned switchover (no data is lost)."));
            else
                add(QStringLiteral("failover.target.receiver"), kNew, S::Ok, Tr::tr("Link to the primary"),
                    Tr::tr("The standby no longer receives anything from the primary."));
        }
    } else {
        add(QStringLiteral("failover.target.standby"), kNew, S::Skipped, tStandby,
            Tr::tr("Skipped: the target could not be reached."));
    }

    // The old primary, from this computer.
    {
        SshSession probe;
        p.oldSshAnswers = probe.openTransport(old, std::chrono::seconds(5), cancel);
    }
    p.oldDbAnswersHere = tcpAnswers(old.host, old.dbPort, 3000);
    const WebHealth web = checkWebHealth(old.host, 8443, std::chrono::seconds(4));
    p.oldWebAnswers = web.reachable;
    if (p.targetReachable) {
        const CommandResult r = runOn(
            ctx, kNew,
            dockerCommand({QStringLiteral("exec"), plan.dbContainer, QStringLiteral("pg_isready"), QStringLiteral("-h"),
                           old.host, QStringLiteral("-p"), QString::number(old.dbPort), QStringLiteral("-t"),
                           QStringLiteral("3")}),
            false);
        p.oldDbAnswersFromTarget = r.outcome == CommandResult::Outcome::Exited && (r.exitCode == 0 || r.exitCode == 1);
    }
    if (p.oldSshAnswers) {
        const CheckList oldChecks = runConnectionChecks(pool, kOld, onCheck, cancel);
        list += oldChecks;
        bool loginOk = true;
        for (const CheckResult &c : oldChecks)
            if ((c.id == QLatin1String("ssh.login") || c.id == QLatin1String("sudo") || c.id == QLatin1String("docker")
                 || c.id == QLatin1String("ssh.hostkey"))
                && c.status != S::Ok)
                loginOk = false;
        p.oldLoginWorks = loginOk;
        if (loginOk) {
            const CommandResult running = runOn(ctx, kOld,
                                                dockerCommand({QStringLiteral("inspect"), QStringLiteral("-f"),
                                                               QStringLiteral("{{.State.Running}}"), plan.dbContainer}),
                                                false);
            p.oldDbRunning = QString::fromUtf8(running.stdOut).trimmed() == QLatin1String("true");
            if (p.oldDbRunning) {
                const auto r = querySql(
                    ctx, kOld, QStringLiteral("postgres"),
                    QStringLiteral("SELECT pg_is_in_recovery()::text || '|' || CASE WHEN pg_is_in_recovery() "
                                   "THEN '' ELSE pg_current_wal_lsn()::text END"));
                if (r) {
                    p.oldDbInRecovery = r->section(QLatin1Char('|'), 0, 0) == QLatin1String("true");
                    p.oldCurrentLsn = r->section(QLatin1Char('|'), 1, 1);
                }
            }
        }
    }
    const qint64 a = lsnToBytes(p.oldCurrentLsn), b = lsnToBytes(p.receiveLsn);
    if (a >= 0 && b >= 0)
        p.byteGap = std::max<qint64>(0, a - b);

    const QString tOld = Tr::tr("The old primary");
    const S oldStatus = p.verdict() == FailoverProbe::Verdict::Down ? S::Ok : S::Warning;
    QString remedy;
    if (p.verdict() != FailoverProbe::Verdict::Down) {
        remedy = p.oldLoginWorks
                     ? Tr::tr("It can be restarted (\"restart OpenELIS there\", upstream's first remedy) or "
                              "brought down and fenced by this tool before the failover.")
                     : Tr::tr("This tool cannot log in to stop it. Power it off or disconnect it, then check again.");
    }
    add(QStringLiteral("failover.old.state"), kOld, oldStatus, tOld, p.verdictText(), remedy);
    add(QStringLiteral("failover.dataloss"), kNew, p.byteGap == 0 ? S::Ok : S::Warning, Tr::tr("Possible data loss"),
        p.dataLossText());
    return p;
}

bool restartOldPrimary(ServerPool &pool, QString *message, const std::atomic_bool *cancel)
{
    const Plan &plan = pool.plan();
    DirectContext ctx(plan, pool, cancel);
    const QStringList present = presentContainers(ctx, kOld);
    if (present.isEmpty()) {
        *message = Tr::tr("No OpenELIS container was found on the old primary.");
        return false;
    }
    const CommandResult r = runOn(
        ctx, kOld, dockerCommand(QStringList{QStringLiteral("restart")} + present, std::chrono::minutes(5)));
    if (!r.ok()) {
        *message = Tr::tr("Restarting OpenELIS on the old primary failed: %1").arg(describeOutcome(r));
        return false;
    }
    WebHealth h;
    const bool ok = waitUntil(
        ctx, std::chrono::seconds(120),
        [&] {
            h = checkWebHealth(plan.server(kOld).host);
            return h.healthy;
        },
        std::chrono::seconds(1));
    *message = ok ? Tr::tr("OpenELIS was restarted on the old primary and answers again. No failover is needed.")
                  : Tr::tr("OpenELIS was restarted on the old primary but does not answer (%1).").arg(h.error);
    return ok;
}

Flow buildFailoverFlow(const FailoverProbe &probe, const FailoverOptions &options, std::shared_ptr<FailoverState> state,
                       QString *refusal)
{
    Flow flow;
    flow.name = options.switchover ? QStringLiteral("switchover") : QStringLiteral("failover");
    if (!probe.targetReachable) {
        *refusal = Tr::tr("The target (new primary) cannot be reached or used: see the checks above.");
        return flow;
    }
    if (!probe.targetInRecovery) {
        *refusal = Tr::tr("The target is not a standby: nothing was changed.");
        return flow;
    }
    if (options.switchover) {
        if (!probe.oldLoginWorks || !probe.oldDbRunning || probe.oldDbInRecovery || !probe.receiverStreaming) {
            *refusal = Tr::tr("A planned switchover needs both servers healthy: the old primary running and "
                              "reachable, the standby streaming from it.");
            return flow;
        }
    } else if (!probe.oldLoginWorks) {
        // Direct probes decide: a WAL receiver can look "streaming" for up to wal_receiver_timeout
        // after its primary vanished.
        if (probe.oldDbAnswersHere || probe.oldDbAnswersFromTarget) {
            *refusal = Tr::tr("The old primary's database still answers, and this tool cannot log in to stop it. "
                              "Promoting now could leave two primaries. Power the old primary off or disconnect "
                              "it, then run the failover again.");
            return flow;
        }
        if (!options.confirmedDown) {
            *refusal = Tr::tr("The old primary cannot be reached, so it cannot be fenced by this tool. Confirm "
                              "that it is powered off or disconnected (--primary-is-down) to continue.");
            return flow;
        }
    }
    auto finalLsn = std::make_shared<QString>();
    auto clock = std::make_shared<QElapsedTimer>();
    auto add = [&](QString label, double weight, LambdaStep::RunFn run, LambdaStep::CleanupFn cleanup = {}) {
        flow.steps.push_back(
            std::make_unique<LambdaStep>(std::move(label), weight, std::move(run), std::move(cleanup)));
    };
    const bool byTool = probe.oldLoginWorks;
    const bool wasStreaming = probe.receiverStreaming;
    if (options.switchover) {
        add(
            Tr::tr("Old primary: stop OpenELIS"), 1,
            [](StepContext &c) {
                return setContainers(
                    c, kOld, appsOnly(c, presentContainers(c, kOld)), QStringLiteral("no"), Then::Stop,
                    Tr::tr("Could not change the restart policies on the old primary."),
                    Tr::tr("Could not stop OpenELIS on the old primary."));
            },
            [](StepContext &c) { bringOldPrimaryBack(c); });
        add(
            Tr::tr("Old primary: stop the database; the standby receives everything"), 2,
            [state, finalLsn](StepContext &c) {
                if (auto r = fenceOldPrimary(c, *state, finalLsn.get()); !r.ok)
                    return r;
                return waitForCatchUp(c, *state, *finalLsn, true);
            },
            [](StepContext &c) { bringOldPrimaryBack(c); });
    } else if (byTool) {
        add(Tr::tr("Fence the old primary"), 2, [state, finalLsn, wasStreaming](StepContext &c) {
            if (auto r = fenceOldPrimary(c, *state, finalLsn.get()); !r.ok)
                return r;
            return wasStreaming ? waitForCatchUp(c, *state, *finalLsn, false) : StepResult::success();
        });
    } else {
        add(Tr::tr("Old primary confirmed off"), 0.1, [state](StepContext &c) {
            state->fencing = QStringLiteral("confirmed-down");
            c.log(c.hostOf(kOld), LogStream::Warning,
                  Tr::tr("The operator confirmed that the old primary %1 is powered off or disconnected. "
                         "Before it is switched on again, it must be disconnected from the users' network.")
                      .arg(c.hostOf(kOld)));
            return StepResult::success();
        });
    }
    add(Tr::tr("Promote the standby"), 1, [state, clock](StepContext &c) { return promote(c, *state, *clock); });
    add(Tr::tr("Clear the standby settings"), 0.3, [](StepContext &c) { return clearStandbySettings(c); });
    add(Tr::tr("Start OpenELIS on the new primary"), 1, [](StepContext &c) { return startOpenElis(c); });
    add(Tr::tr("Check that OpenELIS answers"), 2,
        [state, clock](StepContext &c) { return checkHealth(c, *state, *clock); });
    const bool attachOld = options.switchover;
    const bool attachNext = !options.switchover && options.attachNewSecondary;
    if (attachOld) {
        add(Tr::tr("Make the old primary a standby of the new one"), 8, [state](StepContext &c) {
            auto st = std::make_shared<SetupState>();
            SetupOptions o;
            o.tryRewind = true;
            o.restoreDbRestartPolicy = true;
            StepResult r = runSetupFor(c, kNew, kOld, st, o);
            state->attach = *st;
            state->attached = r.ok;
            return r;
        });
    } else if (attachNext) {
        add(Tr::tr("Attach the new secondary"), 8, [state, options](StepContext &c) {
            auto st = std::make_shared<SetupState>();
            SetupOptions o;
            o.tryRewind = !options.forceFullCopy;
            StepResult r = runSetupFor(c, kNew, kNext, st, o);
            state->attach = *st;
            state->attached = r.ok;
            return r;
        });
    } else {
        add(Tr::tr("Prepare the new primary for a future secondary"), 1, [](StepContext &c) {
            return runSetupFor(c, kNew, kOld, std::make_shared<SetupState>(), SetupOptions{true, true, true});
        });
    }
    return flow;
}

} // namespace oef
