#include "backend/setup/basebackup.h"
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"
#include "backend/setup/primaryrestart.h"
#include "backend/setup/scripts.h"
#include "backend/setup/setupinternal.h"

#include <algorithm>

namespace oef {

namespace {

// What a copy needs from the primary, read with one command: the replication password (never
// logged), the system identifier, and whether a stale connection held the slot (it is told to
// end; see prepareBaseBackup).
struct PrimaryCopyFacts
{
    SecretString password;
    QString systemId;
    bool slotWasBusy = true;
};

StepResult readPrimaryCopyFacts(StepContext &c, const SetupState &st, PrimaryCopyFacts *f)
{
    RemoteCommand cmd = shellScript(scripts::primary_copy_facts,
                                    {replicationPasswordFile(*c.plan), c.plan->dbContainer, st.slotName});
    cmd.stdinData = QByteArrayLiteral(
        "SELECT 'id|' || system_identifier FROM pg_control_system();\n"
        "SELECT 'busy|' || count(pg_terminate_backend(active_pid)) FROM pg_replication_slots "
        "WHERE slot_name = :'s' AND active;\n");
    cmd.description += QStringLiteral(" <<< (system identifier, slot)");
    CommandResult r;
    if (auto e = mustRun(c, kPrimary, cmd, Tr::tr("Could not read the replication password on the primary."), &r,
                         false);
        !e.ok)
        return e;
    ScriptParts parts = scriptParts(r.stdOut);
    r.stdOut.fill('\0');
    QByteArray pw = QByteArray::fromBase64(parts["pw"].out.trimmed());
    parts["pw"].out.fill('\0');
    f->password = SecretString(QString::fromUtf8(pw).trimmed());
    pw.fill('\0');
    const ScriptPart sql = parts.value("sql");
    if (sql.rc != 0) {
        r.outcome = CommandResult::Outcome::Exited;
        r.exitCode = sql.rc;
        r.stdErr = sql.out;
        return failCommand(c, kPrimary, Tr::tr("A database query on %1 failed.").arg(c.hostOf(kPrimary)), cmd, r);
    }
    const CopySqlAnswer answer = parseCopySqlAnswer(sql.out);
    f->systemId = answer.systemId;
    f->slotWasBusy = answer.slotWasBusy;
    return StepResult::success();
}

// pg_basebackup's arguments after the copy's directory ($0 of copy-run.sh). Keepalives so a
// cut link fails in seconds, not minutes.
QStringList baseBackupArgs(const Plan &plan, const SetupState &st, const BaseBackupState &bb)
{
    const ServerSpec &primary = plan.server(kPrimary);
    QStringList args{QStringLiteral("-d"), kConnOpts,
                     QStringLiteral("-h"), primary.host,
                     QStringLiteral("-p"), QString::number(primary.dbPort),
                     QStringLiteral("-U"), st.replicationUser,
                     QStringLiteral("-D"), bb.sideContainer,
                     QStringLiteral("-X"), QStringLiteral("stream"),
                     QStringLiteral("-c"), QStringLiteral("fast"),
                     QStringLiteral("-S"), st.slotName,
                     QStringLiteral("-P"), QStringLiteral("-w")};
    if (!plan.copyRateLimit.isEmpty())
        args << QStringLiteral("--max-rate") << plan.copyRateLimit;
    return args;
}

// The pg_basebackup container: in the foreground (--rm, output on this command), or detached
// (kept after it ends, so that its output and exit status can be read later). In a throwaway
// container of the database's image, so that it works whether the secondary's own database
// runs or not (a fenced former primary's does not); copy-run.sh runs pg_basebackup, then
// pg_verifybackup in the same container. placeholders: "@@owner@@" and "@@image@@" for the
// owner and the image (copy-prepare.sh fills them in).
RemoteCommand baseBackupCommand(StepContext &c, const SetupState &st, const BaseBackupState &bb, bool detached,
                                bool placeholders = false)
{
    const Plan &plan = *c.plan;
    const QString pgpassContainer = kBackupsMount + QStringLiteral("/.oef-pgpass-") + bb.ts;
    const QString owner = placeholders ? QStringLiteral("@@owner@@") : bb.owner;
    const QString image = placeholders ? QStringLiteral("@@image@@") : bb.image;
    return dockerCommand(QStringList{QStringLiteral("run"), detached ? QStringLiteral("-d") : QStringLiteral("--rm"),
                                     QStringLiteral("--name"), bb.container, QStringLiteral("-u"), owner,
                                     QStringLiteral("-v"),
                                     plan.installDir + QStringLiteral("/backups:") + kBackupsMount,
                                     QStringLiteral("-e"), QStringLiteral("PGPASSFILE=") + pgpassContainer,
                                     QStringLiteral("--entrypoint"), QStringLiteral("sh"), image, QStringLiteral("-c"),
                                     QString::fromUtf8(scripts::copy_run.text), bb.sideContainer}
                             + baseBackupArgs(plan, st, bb),
                         std::chrono::hours(12));
}

// The copy's names: its side directory under backups/, its temporary password file and its
// container, after a new timestamp.
void nameTheCopy(const Plan &plan, BaseBackupState &bb)
{
    bb.ts = fileTimestamp();
    const QString name = QStringLiteral("oef-basebackup-") + bb.ts;
    bb.sideHost = plan.installDir + QStringLiteral("/backups/") + name;
    bb.sideContainer = kBackupsMount + QLatin1Char('/') + name;
    bb.pgpassHost = plan.installDir + QStringLiteral("/backups/.oef-pgpass-") + bb.ts;
    bb.container = QStringLiteral("oef-basebackup-") + bb.ts.toLower();
}

// The secondary does not stream (checked before), so whoever still holds its slot is a
// stale connection, e.g. an earlier copy cut off mid-way that the primary has not noticed
// (it may hold it until the primary's wal_sender_timeout, 60 s). It was told to end when
// the facts were read; wait until it has.
StepResult waitSlotReleased(StepContext &c, const SetupState &st, const PrimaryCopyFacts &facts)
{
    c.progress(0.02, Tr::tr("Waiting for the primary to release the replication slot…"));
    const bool released =
        !facts.slotWasBusy
        || waitForSql(c, kPrimary, QStringLiteral("postgres"),
                      QStringLiteral(
                          "WITH t AS (SELECT pg_terminate_backend(active_pid) FROM pg_replication_slots "
                          "WHERE slot_name = :'s' AND active) "
                          "SELECT 'released' FROM (SELECT count(*) FROM t) AS x "
                          "WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = :'s' AND active)"),
                      {{QStringLiteral("s"), st.slotName}}, std::chrono::seconds(90), std::chrono::milliseconds(200))
               .has_value();
    if (!released)
        return StepResult::error(Tr::tr("The replication slot %1 on the primary is still in use by an earlier "
                                        "connection. Try again in a minute.")
                                     .arg(st.slotName));
    return StepResult::success();
}

// The side directory, a temporary password file and a free slot for a base backup, in one
// command on the secondary (copy-prepare.sh), which also reads the owner of its database files
// and the database's image. detached: also start the copy in a detached container, in the
// same command.
StepResult prepareBaseBackup(StepContext &c, SetupState &st, BaseBackupState &bb, const PrimaryCopyFacts &facts,
                             bool detached)
{
    const Plan &plan = *c.plan;
    nameTheCopy(plan, bb);
    if (auto e = waitSlotReleased(c, st, facts); !e.ok)
        return e;
    QStringList args{plan.installDir, bb.sideHost, bb.pgpassHost, plan.dbContainer};
    if (detached)
        args += baseBackupCommand(c, st, bb, true, true).args;
    RemoteCommand prep = shellScript(scripts::copy_prepare, args);
    prep.stdinData = pgpassLine(st.replicationUser, facts.password);
    prep.description += QStringLiteral(" <<< (password file)");
    CommandResult r;
    if (auto e = mustRun(c, kSecondary, prep, Tr::tr("Could not prepare the copy directory on the secondary."), &r);
        !e.ok) {
        prep.stdinData.fill('\0');
        if (r.outcome == CommandResult::Outcome::Exited && r.stdOut.contains("@@oef-launch"))
            e.message = Tr::tr("The copy of the primary's database (pg_basebackup) could not start. The secondary "
                               "was not changed.");
        return e;
    }
    prep.stdinData.fill('\0');
    const ScriptParts parts = scriptParts(r.stdOut);
    bb.owner = QString::fromUtf8(parts.value("owner").out).trimmed();
    bb.image = QString::fromUtf8(parts.value("image").out).trimmed();
    if (bb.owner.isEmpty() || bb.image.isEmpty())
        return StepResult::error(Tr::tr("Could not read the database image on the secondary."));
    bb.launched = detached;
    return StepResult::success();
}

// One chunk of the copy's output: its markers ("@@oef-copied": the primary is no longer
// needed, a deferred restart starts; "@@oef-verified"), its progress (-P rewrites one line with
// \r: the last figure of the chunk counts; logged every 10 %), the rest logged.
void copyOutput(StepContext &c, PrimaryRestartAlongside &restart, int &lastPct, LogStream stream, const QString &line)
{
    const auto parts = line.split(QLatin1Char('\r'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed() == QLatin1String("@@oef-copied")) {
            c.progress(0.86, Tr::tr("Checking the copy of the primary's database (pg_verifybackup)…"));
            restart.start();
            continue;
        }
        if (part.trimmed() == QLatin1String("@@oef-verified")) {
            c.log(c.hostOf(kSecondary), LogStream::Info, Tr::tr("The copy checks out (pg_verifybackup)."));
            continue;
        }
        if (const std::optional<CopyProgress> p = parseCopyProgress(part)) {
            c.progress(0.05 + 0.8 * std::min(1.0, p->doneKb / p->totalKb),
                       Tr::tr("Copying the primary's database: %1 of %2 MB")
                           .arg(qint64(p->doneKb / 1024))
                           .arg(qint64(p->totalKb / 1024)));
            if (p->percent / 10 != lastPct / 10)
                c.log(c.hostOf(kSecondary), stream, part.trimmed());
            lastPct = p->percent;
        } else {
            c.log(c.hostOf(kSecondary), stream, part.trimmed());
        }
    }
}

// Runs the copy (or follows the one started earlier) on the secondary's session, its output
// through copyOutput(). *result: how it ended.
StepResult runCopy(StepContext &c, const RemoteCommand &backup, PrimaryRestartAlongside &restart, CommandResult *result)
{
    SshError sshErr;
    SshSession *sec = c.servers->session(kSecondary, &sshErr, &c.cancelFlag());
    if (!sec)
        return StepResult::error(sshErr.message, sshErr.details);
    c.log(c.hostOf(kSecondary), LogStream::Command, QStringLiteral("# ") + backup.shown());
    RunOptions ro;
    ro.cancel = &c.cancelFlag();
    int lastPct = -1;
    ro.onLine = [&](LogStream stream, const QString &line) { copyOutput(c, restart, lastPct, stream, line); };
    *result = sec->run(backup, ro);
    return StepResult::success();
}

// What a failed copy comes to (copy-run.sh's exit statuses).
StepResult copyFailure(StepContext &c, const RemoteCommand &backup, const CommandResult &br)
{
    if (br.outcome == CommandResult::Outcome::Cancelled)
        return StepResult::error(Tr::tr("Cancelled."));
    if (br.outcome == CommandResult::Outcome::Exited && br.exitCode == 97)
        return commandFailure(Tr::tr("The copy of the primary's database did not verify. The secondary was not "
                                     "changed."),
                              c.hostOf(kSecondary), backup, br);
    if (br.outcome == CommandResult::Outcome::Exited && br.exitCode == 98)
        return commandFailure(Tr::tr("The copy of the primary's database could not be written safely to the "
                                     "secondary's disk (sync failed). The secondary was not changed."),
                              c.hostOf(kSecondary), backup, br);
    return commandFailure(Tr::tr("The copy of the primary's database (pg_basebackup) failed. The "
                                 "secondary was not changed."),
                          c.hostOf(kSecondary), backup, br);
}

// In one command (copy-swap.sh): the standby settings into the copy (standby.signal,
// primary_conninfo with a passfile, the slot), the temporary password file removed, then the
// swap (only now is the secondary's data/ touched): stop the database, move data/ aside, the
// copy in, start. "@@oef-at" lines say how far it got. While the primary restarts, the start
// waits for it (a standby that finds its primary down tries again only after
// wal_retrieve_retry_interval).
// restartRunning: the primary's restart runs alongside (the database starts after it).
StepResult swapInCopy(StepContext &c, SetupState &st, BaseBackupState &bb, PrimaryRestartAlongside &restart,
                      bool restartRunning)
{
    const Plan &plan = *c.plan;
    c.progress(0.88, Tr::tr("Replacing the secondary's database with the copy…"));
    const QString before = QStringLiteral("data.before-standby-") + bb.ts;
    RemoteCommand swap = shellScript(scripts::copy_swap,
                                     {bb.sideHost, bb.pgpassHost, bb.owner, plan.dbContainer, plan.installDir, before,
                                      restartRunning ? QStringLiteral("later") : QStringLiteral("start")},
                                     true, std::chrono::minutes(4));
    swap.stdinData = standbyAutoConf(c, st).toUtf8();
    bb.swapped = true; // from here on, a failure puts the old directory back
    CommandResult sr;
    if (auto e = mustRun(c, kSecondary, swap, Tr::tr("Could not move the copy into place on the secondary."), &sr);
        !e.ok) {
        restart.settle();
        const QByteArray at = scriptParts(sr.stdOut).value("at").out.trimmed();
        const bool exited = sr.outcome == CommandResult::Outcome::Exited;
        if (exited && at == "config")
            e.message = Tr::tr("Could not write the standby settings.");
        else if (exited && at == "stop")
            e.message = Tr::tr("Could not stop the secondary's database.");
        else if (exited && at == "start")
            e.message = Tr::tr("Could not start the secondary's database.");
        // Nothing was stopped or moved yet: the cleanup only removes the copy.
        if ((exited && at == "config") || sr.outcome == CommandResult::Outcome::CouldNotStart)
            bb.swapped = false;
        if (at == "start")
            st.previousDataDir = plan.installDir + QLatin1Char('/') + before;
        return e;
    }
    st.previousDataDir = plan.installDir + QLatin1Char('/') + before;
    return StepResult::success();
}

// The secondary's database streams from the primary: the copy is done.
StepResult waitForStandby(StepContext &c, SetupState &st, BaseBackupState &bb)
{
    c.progress(0.95, Tr::tr("Waiting for the secondary to stream from the primary…"));
    if (!waitStreaming(c, std::chrono::seconds(120))) {
        if (c.isCancelled())
            return StepResult::error(Tr::tr("Cancelled."));
        return StepResult::error(Tr::tr("The secondary's database started but does not stream from the "
                                        "primary."),
                                 Tr::tr("See \"docker logs %1\" on the secondary.").arg(c.plan->dbContainer));
    }
    bb.done = true;
    c.log(c.hostOf(kSecondary), LogStream::Info,
          Tr::tr("The secondary is now a standby. Its previous database is kept in %1.").arg(st.previousDataDir));
    return StepResult::success();
}

} // namespace

StepResult startBaseBackupEarly(StepContext &c, SetupState &st, BaseBackupState &bb, bool tryRewind)
{
    QString secondaryId;
    const std::optional<QString> pre = takePrefetched(c, st, &SetupPrefetch::standby);
    if (pre ? streamsFromPrimary(c, *pre, &secondaryId) : alreadyStreaming(c, &secondaryId)) {
        st.alreadyStandby = true;
        return StepResult::success();
    }
    if (tryRewind && secondaryId.isEmpty())
        return StepResult::success(); // its database does not answer: the rewind step looks closer
    PrimaryCopyFacts facts;
    if (auto e = readPrimaryCopyFacts(c, st, &facts); !e.ok)
        return e;
    if (tryRewind && (facts.systemId.isEmpty() || facts.systemId == secondaryId))
        return StepResult::success(); // a former member: pg_rewind first
    if (auto e = prepareBaseBackup(c, st, bb, facts, true); !e.ok)
        return e;
    if (tryRewind)
        st.rewindNote = Tr::tr("the secondary's database is not a former member of the primary's cluster");
    c.log(c.hostOf(kSecondary), LogStream::Info,
          Tr::tr("The copy of the primary's database runs on the secondary while the next steps go on."));
    return StepResult::success();
}

StepResult baseBackupAndSwap(StepContext &c, SetupState &st, BaseBackupState &bb)
{
    const Plan &plan = *c.plan;
    // The rewind step (just before) found it streaming, or made it stream: no need to ask again.
    if (!bb.launched && (st.alreadyStandby || st.rewound || alreadyStreaming(c))) {
        st.alreadyStandby = true;
        c.log(c.hostOf(kSecondary), LogStream::Info,
              Tr::tr("The secondary is already a standby streaming from the primary: no new copy is needed."));
        return restartDeferredNow(c, st);
    }
    if (!bb.launched) {
        PrimaryCopyFacts facts;
        if (auto e = readPrimaryCopyFacts(c, st, &facts); !e.ok)
            return e;
        if (auto e = prepareBaseBackup(c, st, bb, facts, false); !e.ok)
            return e;
    }
    // Started earlier: follow its output until it ends, then read its exit status.
    const RemoteCommand backup = bb.launched
                                     ? shellScript(scripts::copy_follow, {bb.container}, true, std::chrono::hours(12))
                                     : baseBackupCommand(c, st, bb, false);
    // A deferred restart of the primary runs alongside from the moment the copy is taken.
    PrimaryRestartAlongside restart(c, st);
    CommandResult br;
    if (auto e = runCopy(c, backup, restart, &br); !e.ok)
        return e;
    if (!br.ok()) {
        restart.settle();
        return copyFailure(c, backup, br);
    }
    if (c.isCancelled()) {
        restart.settle();
        return StepResult::error(Tr::tr("Cancelled."));
    }
    // Without a restart under way, one that is still due runs now (the copy ran in the
    // foreground, or its output never said it was taken).
    const bool restartRunning = restart.started();
    if (!restartRunning)
        if (auto e = restart.outcome(); !e.ok)
            return e;
    if (auto e = swapInCopy(c, st, bb, restart, restartRunning); !e.ok)
        return e;
    if (restartRunning) {
        // The old directory goes back (baseBackupCleanup) when the primary did not come back.
        if (auto e = restart.outcome(); !e.ok)
            return e;
        if (auto e = mustRun(c, kSecondary, dockerCommand({QStringLiteral("start"), plan.dbContainer}),
                             Tr::tr("Could not start the secondary's database."));
            !e.ok)
            return e;
    }
    return waitForStandby(c, st, bb);
}

void baseBackupCleanup(StepContext &c, SetupState &st, BaseBackupState &bb)
{
    if (bb.ts.isEmpty() || bb.done || bb.cleaned)
        return;
    bb.cleaned = true; // the step that started the copy and the one that waited both undo it
    const Plan &plan = *c.plan;
    if (!bb.container.isEmpty())
        runOn(c, kSecondary, dockerCommand({QStringLiteral("rm"), QStringLiteral("-f"), bb.container}), false);
    runOn(c, kSecondary, shellScript(QStringLiteral("rm -f \"$1\""), {bb.pgpassHost}));
    if (bb.swapped) {
        const QString before = QStringLiteral("data.before-standby-") + bb.ts;
        c.log(c.hostOf(kSecondary), LogStream::Warning, Tr::tr("Putting the secondary's previous database back."));
        runOn(c, kSecondary,
              dockerCommand({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("60"), plan.dbContainer},
                            std::chrono::minutes(3)));
        runOn(c, kSecondary, shellScript(scripts::copy_undo, {plan.installDir, before, bb.ts}));
        runOn(c, kSecondary, dockerCommand({QStringLiteral("start"), plan.dbContainer}));
        // A copy that never got moved in (the swap stopped before it).
        runOn(c, kSecondary, shellScript(QStringLiteral("rm -rf \"$1\""), {bb.sideHost}));
        waitDatabaseReady(c, kSecondary, std::chrono::seconds(120));
        st.previousDataDir.clear();
    } else {
        runOn(c, kSecondary, shellScript(QStringLiteral("rm -rf \"$1\""), {bb.sideHost}));
    }
}

} // namespace oef
