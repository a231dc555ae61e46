#include "backend/failover/failoverprobe.h"
#include "backend/checks/connectionchecks.h"
#include "backend/core/tr.h"
#include "backend/failover/failovercommon.h"
#include "backend/remote/dbpool.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"
#include "backend/verify/webcheck.h"

#include <QLocale>

#include <climits>

namespace oef {

using namespace failover;

namespace {

using S = CheckResult::Status;

// The target's replication state in one line: recovery|received|replayed|last replay|receiver status|sender.
const QString kTargetStateSql = QStringLiteral(
    "SELECT pg_is_in_recovery()::text || '|' || coalesce(pg_last_wal_receive_lsn()::text,'') || '|' || "
    "coalesce(pg_last_wal_replay_lsn()::text,'') || '|' || "
    "coalesce(extract(epoch FROM pg_last_xact_replay_timestamp())::text,'') || '|' || "
    "coalesce((SELECT status || '|' || coalesce(sender_host,'') FROM pg_stat_wal_receiver), '|')");

// A writable database's system identifier and timeline: "id|timeline".
const QString kIdentitySql = QStringLiteral("SELECT system_identifier::text || '|' || ('x' || "
                                            "substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int "
                                            "FROM pg_control_system()");

// What the probe's parts share.
struct Probing
{
    ServerPool &pool;
    const CheckCallback &onCheck;
    CheckList &list;
    const std::atomic_bool *cancel;
    DirectContext ctx;
    FailoverProbe p;

    void add(const QString &id, const QString &role, S st, const QString &title, const QString &message,
             const QString &remedy = {})
    {
        recordCheck(list, onCheck, id, role, pool.plan().server(role).host, st, title, message, remedy);
    }
};

void readTargetState(Probing &w)
{
    const auto r = w.pool.databases().query(w.ctx, kNew, QStringLiteral("postgres"), kTargetStateSql);
    if (!r)
        return;
    const QStringList f = r->split(QLatin1Char('|'));
    FailoverProbe &p = w.p;
    p.targetDbAnswers = true;
    p.targetInRecovery = f.value(0) == QLatin1String("true");
    p.receiveLsn = f.value(1);
    p.replayLsn = f.value(2);
    if (!f.value(3).isEmpty())
        p.lastReplayedTransaction = QDateTime::fromMSecsSinceEpoch(qint64(f.value(3).toDouble() * 1000));
    p.receiverStreaming = f.value(4) == QLatin1String("streaming");
    p.receiverSender = f.value(5);
}

// "id|timeline" of a writable database.
void readIdentity(Probing &w, const QString &role, QString *systemId, int *timeline)
{
    const auto r = w.pool.databases().query(w.ctx, role, QStringLiteral("postgres"), kIdentitySql);
    if (!r)
        return;
    *systemId = r->section(QLatin1Char('|'), 0, 0);
    *timeline = r->section(QLatin1Char('|'), 1, 1).toInt();
}

void judgeTarget(Probing &w)
{
    const Plan &plan = w.pool.plan();
    const FailoverProbe &p = w.p;
    const QString tStandby = Tr::tr("The target is a standby");
    const QString host = plan.server(kNew).host;
    if (!p.targetDbAnswers) {
        w.add(
            QStringLiteral("failover.target.standby"), kNew, S::Error, tStandby,
            Tr::tr("The database on %1 does not answer.").arg(host),
            Tr::tr("Start the database on the target (\"docker start %1\"), then check again.").arg(plan.dbContainer));
        return;
    }
    if (!p.targetInRecovery) {
        // Perhaps promoted by an earlier run: judged once the old primary was seen (judgeWritableTarget).
        return;
    }
    w.add(QStringLiteral("failover.target.standby"), kNew, S::Ok, tStandby,
          Tr::tr("%1 is a standby: received up to %2, replayed up to %3.")
              .arg(host, p.receiveLsn.isEmpty() ? Tr::tr("(nothing)") : p.receiveLsn,
                   p.replayLsn.isEmpty() ? Tr::tr("(nothing)") : p.replayLsn));
    if (p.receiverStreaming)
        w.add(QStringLiteral("failover.target.receiver"), kNew, S::Warning, Tr::tr("Link to the primary"),
              Tr::tr("The standby is still receiving changes from %1: the primary is alive.")
                  .arg(p.receiverSender.isEmpty() ? plan.server(kOld).host : p.receiverSender),
              Tr::tr("If this is a drill or maintenance, use a planned switchover (no data is lost)."));
    else
        w.add(QStringLiteral("failover.target.receiver"), kNew, S::Ok, Tr::tr("Link to the primary"),
              Tr::tr("The standby no longer receives anything from the primary."));
}

// The target: its connection checks, then its replication state.
void probeTarget(Probing &w)
{
    const CheckList targetChecks = runConnectionChecks(w.pool, kNew, w.onCheck, w.cancel);
    w.list += targetChecks;
    w.p.targetReachable = !hasErrors(targetChecks);
    if (!w.p.targetReachable) {
        w.add(QStringLiteral("failover.target.standby"), kNew, S::Skipped, Tr::tr("The target is a standby"),
              Tr::tr("Skipped: the target could not be reached."));
        return;
    }
    readTargetState(w);
    if (w.p.targetDbAnswers && !w.p.targetInRecovery)
        readIdentity(w, kNew, &w.p.targetSystemId, &w.p.targetTimeline);
    judgeTarget(w);
}

// The old primary from this computer (SSH, database port, web health) and from the target
// (its database port).
void probeOldFromOutside(Probing &w)
{
    const Plan &plan = w.pool.plan();
    const ServerSpec &old = plan.server(kOld);
    {
        SshSession probe;
        w.p.oldSshAnswers = probe.openTransport(old, std::chrono::seconds(5), w.cancel);
    }
    w.p.oldDbAnswersHere = tcpAnswers(old.host, old.dbPort, 3000);
    w.p.oldWebAnswers = checkWebHealth(old.host, 8443, std::chrono::seconds(4)).reachable;
    if (!w.p.targetReachable)
        return;
    const CommandResult r = runOn(
        w.ctx, kNew,
        dockerCommand({QStringLiteral("exec"), plan.dbContainer, QStringLiteral("pg_isready"), QStringLiteral("-h"),
                       old.host, QStringLiteral("-p"), QString::number(old.dbPort), QStringLiteral("-t"),
                       QStringLiteral("3")}),
        false);
    w.p.oldDbAnswersFromTarget = r.outcome == CommandResult::Outcome::Exited && (r.exitCode == 0 || r.exitCode == 1);
}

// The old primary through SSH, when it answers: can the tool log in (and so fence it), does its
// database run, and where is it?
void probeOldInside(Probing &w)
{
    if (!w.p.oldSshAnswers)
        return;
    const CheckList oldChecks = runConnectionChecks(w.pool, kOld, w.onCheck, w.cancel);
    w.list += oldChecks;
    bool loginOk = true;
    for (const CheckResult &c : oldChecks)
        if ((c.id == QLatin1String("ssh.login") || c.id == QLatin1String("sudo") || c.id == QLatin1String("docker")
             || c.id == QLatin1String("ssh.hostkey"))
            && c.status != S::Ok)
            loginOk = false;
    w.p.oldLoginWorks = loginOk;
    if (!loginOk)
        return;
    const CommandResult running = runOn(
        w.ctx, kOld,
        dockerCommand({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Running}}"),
                       w.pool.plan().dbContainer}),
        false);
    w.p.oldDbRunning = QString::fromUtf8(running.stdOut).trimmed() == QLatin1String("true");
    if (!w.p.oldDbRunning)
        return;
    const auto r = w.pool.databases().query(
        w.ctx, kOld, QStringLiteral("postgres"),
        QStringLiteral("SELECT pg_is_in_recovery()::text || '|' || CASE WHEN pg_is_in_recovery() "
                       "THEN '' ELSE pg_current_wal_lsn()::text END"));
    if (r) {
        w.p.oldDbInRecovery = r->section(QLatin1Char('|'), 0, 0) == QLatin1String("true");
        w.p.oldCurrentLsn = r->section(QLatin1Char('|'), 1, 1);
    }
    if (r && !w.p.oldDbInRecovery)
        readIdentity(w, kOld, &w.p.oldSystemId, &w.p.oldTimeline);
}

// A target that accepts writes: promoted by an earlier run (which this run finishes), or not a
// standby at all (nothing is done).
void judgeWritableTarget(Probing &w)
{
    const FailoverProbe &p = w.p;
    if (!p.targetDbAnswers || p.targetInRecovery)
        return;
    const QString host = w.pool.plan().server(kNew).host;
    const QString tStandby = Tr::tr("The target is a standby");
    if (p.promotedEarlier()) {
        w.add(QStringLiteral("failover.target.standby"), kNew, S::Warning, tStandby,
              Tr::tr("%1 was already promoted by an earlier run that did not finish: it accepts writes, and the old "
                     "primary does not.")
                  .arg(host),
              Tr::tr("Run the failover again to finish what is left (the old primary stays fenced)."));
        return;
    }
    w.add(QStringLiteral("failover.target.standby"), kNew, S::Error, tStandby,
          Tr::tr("%1 is not a standby: its database already accepts writes.").arg(host),
          Tr::tr("Choose the standby server as the new primary. If this server was already promoted, "
                 "there is nothing to fail over."));
}

// The old primary's state and the possible data loss, in plain words.
void judgeOld(Probing &w)
{
    FailoverProbe &p = w.p;
    const qint64 a = lsnToBytes(p.oldCurrentLsn), b = lsnToBytes(p.receiveLsn);
    if (a >= 0 && b >= 0)
        p.byteGap = std::max<qint64>(0, a - b);
    const S oldStatus = p.verdict() == FailoverProbe::Verdict::Down ? S::Ok : S::Warning;
    QString remedy;
    if (p.verdict() != FailoverProbe::Verdict::Down)
        remedy = p.oldLoginWorks
                     ? Tr::tr("It can be restarted (\"restart OpenELIS there\", upstream's first remedy) or "
                              "brought down and fenced by this tool before the failover.")
                     : Tr::tr("This tool cannot log in to stop it. Power it off or disconnect it, then check again.");
    w.add(QStringLiteral("failover.old.state"), kOld, oldStatus, Tr::tr("The old primary"), p.verdictText(), remedy);
    w.add(QStringLiteral("failover.dataloss"), kNew, p.byteGap == 0 ? S::Ok : S::Warning, Tr::tr("Possible data loss"),
          p.dataLossText());
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

bool FailoverProbe::promotedEarlier() const
{
    if (!targetDbAnswers || targetInRecovery)
        return false;
    if (!oldLoginWorks) // unreachable: only a down old primary (the flow asks the operator's word)
        return verdict() == Verdict::Down;
    if (!oldDbRunning || oldDbInRecovery)
        return true;
    // Both accept writes: the old one is the same cluster on an older timeline (it came back).
    return !oldSystemId.isEmpty() && oldSystemId == targetSystemId && oldTimeline > 0 && oldTimeline < targetTimeline;
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
    if (!targetDbAnswers)
        return Tr::tr("The standby's database could not be asked, so the possible data loss is unknown.");
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
    o[QStringLiteral("promotedEarlier")] = promotedEarlier();
    if (!targetSystemId.isEmpty())
        o[QStringLiteral("targetTimeline")] = targetTimeline;
    if (!oldSystemId.isEmpty())
        o[QStringLiteral("oldTimeline")] = oldTimeline;
    return o;
}

FailoverProbe probeFailover(ServerPool &pool, const CheckCallback &onCheck, CheckList *checks,
                            const std::atomic_bool *cancel)
{
    CheckList local;
    Probing w{pool, onCheck, checks ? *checks : local, cancel, DirectContext(pool.plan(), pool, cancel), {}};
    probeTarget(w);
    probeOldFromOutside(w);
    probeOldInside(w);
    judgeWritableTarget(w);
    judgeOld(w);
    return w.p;
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

} // namespace oef
