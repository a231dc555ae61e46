#include "backend/setup/rewind.h"
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"
#include "backend/setup/scripts.h"
#include "backend/setup/setupinternal.h"

#include <QRegularExpression>

namespace oef {

namespace {

// What a rewind works with: its temporary password file (host path and inside the
// container), the owner of the secondary's database files, its database image, the
// replication password.
struct Rewind
{
    QString ts;
    QString pgpassHost;
    QString pgpassContainer;
    QString owner; // uid:gid
    QString image;
    SecretString password;
};

Rewind newRewind(const Plan &plan)
{
    Rewind rw;
    rw.ts = fileTimestamp();
    rw.pgpassHost = plan.installDir + QStringLiteral("/backups/.oef-pgpass-") + rw.ts;
    rw.pgpassContainer = kBackupsMount + QStringLiteral("/.oef-pgpass-") + rw.ts;
    return rw;
}

// The password of the replication role, read on the primary, never logged.
StepResult readReplicationPassword(StepContext &c, SecretString *out)
{
    CommandResult pw;
    if (auto e = mustRun(c, kPrimary, shellScript(QStringLiteral("cat \"$1\""), {replicationPasswordFile(*c.plan)}),
                         Tr::tr("Could not read the replication password on the primary."), &pw, false);
        !e.ok)
        return e;
    *out = SecretString(QString::fromUtf8(pw.stdOut).trimmed());
    pw.stdOut.fill('\0');
    return StepResult::success();
}

// Owner (uid:gid) of the secondary's database files: the container's postgres user.
StepResult dataOwner(StepContext &c, QString *owner)
{
    CommandResult r;
    if (auto e = mustRun(c, kSecondary, shellScript(QStringLiteral("stat -c %u:%g \"$1/data\""), {c.plan->installDir}),
                         Tr::tr("Could not read the owner of the secondary's database files."), &r, false);
        !e.ok)
        return e;
    *owner = QString::fromUtf8(r.stdOut).trimmed();
    return StepResult::success();
}

// The image of the secondary's database container (for throwaway containers of the same
// PostgreSQL: pg_rewind, pg_controldata).
StepResult dbImage(StepContext &c, QString *image)
{
    CommandResult img;
    if (auto e = mustRun(c, kSecondary,
                         dockerCommand({QStringLiteral("inspect"), QStringLiteral("-f"),
                                        QStringLiteral("{{.Config.Image}}"), c.plan->dbContainer}),
                         Tr::tr("Could not read the database image on the secondary."), &img, false);
        !e.ok)
        return e;
    *image = QString::fromUtf8(img.stdOut).trimmed();
    return StepResult::success();
}

// The owner and the image, read once.
StepResult ownerAndImage(StepContext &c, Rewind &rw)
{
    if (!rw.owner.isEmpty())
        return StepResult::success();
    if (auto e = dataOwner(c, &rw.owner); !e.ok)
        return e;
    return dbImage(c, &rw.image);
}

// The system identifier of the secondary's database when it does not answer: its control
// file, read by pg_controldata in a throwaway container of its image.
StepResult controlDataId(StepContext &c, Rewind &rw, QString *secondaryId)
{
    const Plan &plan = *c.plan;
    if (auto e = ownerAndImage(c, rw); !e.ok)
        return e;
    const CommandResult cd = runOn(
        c, kSecondary,
        dockerCommand({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-u"), rw.owner,
                       QStringLiteral("-v"), plan.installDir + QStringLiteral("/data:") + kPgData,
                       QStringLiteral("--entrypoint"), QStringLiteral("pg_controldata"), rw.image, kPgData}),
        false);
    static const QRegularExpression idRe(QStringLiteral("Database system identifier:\\s+(\\d+)"));
    *secondaryId = idRe.match(QString::fromUtf8(cd.stdOut)).captured(1);
    return StepResult::success();
}

// The secondary's database stopped, and its data directory kept as it was, whatever happens
// next (a reflink copy where the file system can share blocks: XFS, btrfs; a full copy
// elsewhere).
StepResult stopAndKeep(StepContext &c, SetupState &st, const Rewind &rw)
{
    const Plan &plan = *c.plan;
    if (auto e = mustRun(
            c, kSecondary,
            dockerCommand({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("60"), plan.dbContainer},
                          std::chrono::minutes(3)),
            Tr::tr("Could not stop the database on the secondary."));
        !e.ok)
        return e;
    const QString keep = QStringLiteral("data.before-rewind-") + rw.ts;
    c.progress(0.1, Tr::tr("Keeping a copy of the old data directory…"));
    if (auto e = mustRun(c, kSecondary,
                         shellScript(QStringLiteral("cd \"$1\" && cp -a --reflink=auto data \"$2\""),
                                     {plan.installDir, keep}, true, std::chrono::hours(6)),
                         Tr::tr("Could not keep a copy of the old data directory."));
        !e.ok)
        return e;
    st.previousDataDir = plan.installDir + QLatin1Char('/') + keep;
    return StepResult::success();
}

// pg_rewind cannot be used (`why`): the database left to start read-only (rewind-fallback.sh)
// and started; the full copy of the next step takes over.
StepResult fallBack(StepContext &c, SetupState &st, const Rewind &rw, const QString &why)
{
    const Plan &plan = *c.plan;
    st.rewindNote = why;
    c.log(c.hostOf(kSecondary), LogStream::Warning,
          Tr::tr("pg_rewind could not be used (%1): a full copy of the database follows.").arg(why));
    runOn(c, kSecondary, shellScript(scripts::rewind_fallback, {rw.pgpassHost, plan.installDir, rw.owner}));
    runOn(c, kSecondary, dockerCommand({QStringLiteral("start"), plan.dbContainer}));
    waitDatabaseReady(c, kSecondary, std::chrono::seconds(120));
    return StepResult::success();
}

// A temporary libpq password file on the secondary (0600, owned by the database user).
StepResult writeTempPgpass(StepContext &c, const SetupState &st, const Rewind &rw)
{
    RemoteCommand prep = shellScript(
        QStringLiteral("set -e; umask 077; cat > \"$1\"; chown \"$2\" \"$1\"; chmod 600 \"$1\""),
        {rw.pgpassHost, rw.owner});
    prep.stdinData = pgpassLine(st.replicationUser, rw.password);
    prep.description = shellCommandLine(prep.argv()) + QStringLiteral(" <<< (password file)");
    return mustRun(c, kSecondary, prep, Tr::tr("Could not write a temporary password file on the secondary."));
}

// Before pg_rewind: standby.signal removed (pg_rewind's own crash recovery runs single-user,
// which refuses it), the replication role allowed to run pg_rewind, the password file, and a
// checkpoint on the primary (pg_rewind reads the source's timeline from its control file,
// which a freshly promoted primary updates only at its next checkpoint: without one it finds
// "no rewind required"). An error's message is why pg_rewind could not be used.
StepResult prepareRewind(StepContext &c, const SetupState &st, const Rewind &rw)
{
    runOn(c, kSecondary, shellScript(QStringLiteral("rm -f \"$1/data/standby.signal\""), {c.plan->installDir}));
    if (auto e = mustSql(
            c, kPrimary, QStringLiteral("postgres"),
            QStringLiteral(
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_ls_dir(text, boolean, boolean) TO :\"u\";\n"
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_stat_file(text, boolean) TO :\"u\";\n"
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_read_binary_file(text) TO :\"u\";\n"
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_read_binary_file(text, bigint, bigint, boolean) TO :\"u\";"),
            {{QStringLiteral("u"), st.replicationUser}},
            Tr::tr("Could not allow the replication role to run pg_rewind."));
        !e.ok)
        return e;
    if (auto e = writeTempPgpass(c, st, rw); !e.ok)
        return e;
    return mustSql(c, kPrimary, QStringLiteral("postgres"), QStringLiteral("CHECKPOINT"), {},
                   Tr::tr("Could not run a checkpoint on the primary."));
}

// pg_rewind in a throwaway container of the database's image, the primary as its source.
RemoteCommand rewindCommand(const Plan &plan, const SetupState &st, const Rewind &rw)
{
    const ServerSpec &primary = plan.server(kPrimary);
    const QString source = QStringLiteral("host=%1 port=%2 user=%3 dbname=postgres %4")
                               .arg(conninfoQuote(primary.host))
                               .arg(primary.dbPort)
                               .arg(conninfoQuote(st.replicationUser), kConnOpts);
    return dockerCommand({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-u"), rw.owner,
                          QStringLiteral("-v"), plan.installDir + QStringLiteral("/data:") + kPgData,
                          QStringLiteral("-v"), plan.installDir + QStringLiteral("/backups:") + kBackupsMount,
                          QStringLiteral("-e"), QStringLiteral("PGPASSFILE=") + rw.pgpassContainer,
                          QStringLiteral("--entrypoint"), QStringLiteral("pg_rewind"), rw.image, QStringLiteral("-D"),
                          kPgData, QStringLiteral("--source-server"), source, QStringLiteral("-P")},
                         std::chrono::hours(6));
}

// standby.signal, primary_conninfo and the slot, written into a data directory on the
// secondary (host path, standby-config.sh). pgpassHost is copied in as the passfile.
StepResult writeStandbyConfig(StepContext &c, const SetupState &st, const QString &dirHost, const QString &pgpassHost,
                              const QString &owner)
{
    RemoteCommand standby = shellScript(scripts::standby_config, {dirHost, pgpassHost, owner});
    standby.stdinData = standbyAutoConf(c, st).toUtf8();
    return mustRun(c, kSecondary, standby, Tr::tr("Could not write the standby settings."));
}

// After pg_rewind: the rewound directory becomes a standby's, the database starts and must
// stream from the primary (else the full copy takes over).
StepResult rejoin(StepContext &c, SetupState &st, const Rewind &rw)
{
    const Plan &plan = *c.plan;
    if (auto e = writeStandbyConfig(c, st, plan.installDir + QStringLiteral("/data"), rw.pgpassHost, rw.owner); !e.ok)
        return fallBack(c, st, rw, e.message);
    runOn(c, kSecondary, shellScript(QStringLiteral("rm -f \"$1\""), {rw.pgpassHost}));
    if (auto e = mustRun(c, kSecondary, dockerCommand({QStringLiteral("start"), plan.dbContainer}),
                         Tr::tr("Could not start the secondary's database."));
        !e.ok)
        return e;
    c.progress(0.8, Tr::tr("Waiting for the secondary to stream from the primary…"));
    if (!waitStreaming(c, std::chrono::seconds(120))) {
        runOn(c, kSecondary,
              dockerCommand({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("60"), plan.dbContainer},
                            std::chrono::minutes(3)));
        return fallBack(c, st, rw, Tr::tr("the rewound database did not stream from the primary"));
    }
    st.rewound = true;
    c.log(c.hostOf(kSecondary), LogStream::Info,
          Tr::tr("The old data directory was rewound with pg_rewind; a copy of it as it was is kept in %1.")
              .arg(st.previousDataDir));
    return StepResult::success();
}

} // namespace

StepResult rewindSecondary(StepContext &c, SetupState &st)
{
    QString secondaryId;
    if (alreadyStreaming(c, &secondaryId)) {
        st.alreadyStandby = true;
        return StepResult::success();
    }
    Rewind rw = newRewind(*c.plan);
    // Only a former member of this cluster (same system identifier) can be rewound; a fresh
    // OpenELIS installation gets the full copy of the next step.
    const QString primaryId = querySql(c, kPrimary, QStringLiteral("postgres"),
                                       QStringLiteral("SELECT system_identifier FROM pg_control_system()"))
                                  .value_or(QString());
    if (secondaryId.isEmpty())
        if (auto e = controlDataId(c, rw, &secondaryId); !e.ok)
            return e;
    if (primaryId.isEmpty() || secondaryId != primaryId) {
        st.rewindNote = Tr::tr("the secondary's database is not a former member of the primary's cluster");
        c.log(c.hostOf(kSecondary), LogStream::Info,
              Tr::tr("The secondary's database was not part of this cluster: it gets a full copy."));
        return StepResult::success();
    }
    if (auto e = ownerAndImage(c, rw); !e.ok)
        return e;
    if (auto e = readReplicationPassword(c, &rw.password); !e.ok)
        return e;
    if (auto e = stopAndKeep(c, st, rw); !e.ok)
        return e;
    if (auto e = prepareRewind(c, st, rw); !e.ok)
        return fallBack(c, st, rw, e.message);
    c.progress(0.3, Tr::tr("Rewinding the old data directory (pg_rewind)…"));
    const CommandResult rr = runOn(c, kSecondary, rewindCommand(*c.plan, st, rw));
    if (c.isCancelled()) {
        (void)fallBack(c, st, rw, Tr::tr("cancelled"));
        return StepResult::error(Tr::tr("Cancelled."));
    }
    if (!rr.ok())
        return fallBack(c, st, rw, Tr::tr("pg_rewind %1").arg(describeOutcome(rr)));
    return rejoin(c, st, rw);
}

} // namespace oef
