// The set-up's pre-checks (runSetupChecks, setupflow.h): gather each server's facts in one
// command (run inside its connection checks' probe), parse them (setupfacts.h), then one
// judge per check, in the order the operator reads them.
#include "backend/checks/connectionchecks.h"
#include "backend/core/pgversion.h"
#include "backend/core/plan.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"
#include "backend/setup/scripts.h"
#include "backend/setup/setupfacts.h"
#include "backend/setup/setupflow.h"
#include "backend/setup/setupinternal.h"

#include <QDateTime>
#include <QDir>

#include <thread>

namespace oef {

namespace {

using S = CheckResult::Status;

// Appends the checks to the list, and passes each to the callback.
struct Recorder
{
    CheckList &list;
    const CheckCallback &onCheck;

    void add(const QString &id, const QString &role, const QString &host, S st, const QString &title,
             const QString &message, const QString &remedy = {}, const QString &details = {})
    {
        recordCheck(list, onCheck, id, role, host, st, title, message, remedy, details);
    }
    void skipped(const Plan &plan, const QString &id, const QString &role, const QString &title)
    {
        add(id, role, plan.server(role).host, S::Skipped, title,
            Tr::tr("Skipped: the connection checks for this server failed."));
    }
    // No check of this server failed so far.
    bool usable(const QString &role) const
    {
        for (const CheckResult &c : list)
            if (c.role == role && c.status == S::Error)
                return false;
        return true;
    }
};

// One server's facts command and what it gave.
struct ServerFacts
{
    AlongsideCommand along; // its command, run inside the connection checks' probe
    bool usable = false;    // its connection checks passed
    CommandResult run;
    ScriptParts parts;
    qint64 before = 0, after = 0; // epoch ms around the command
    const RemoteCommand &cmd() const { return along.command; }
};

// --- gather -----------------------------------------------------------------------------

// psql's \set with a quoted value.
QByteArray psqlSet(const QString &name, QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("\\set %1 '%2'\n").arg(name, value).toUtf8();
}

// With a state to fill, what steps 1 to 3 read first is read in the same psql (after
// "\set ON_ERROR_STOP off", so that it cannot spoil the checks' answers).
const QByteArray kPrefetchSql = QByteArrayLiteral("\\set ON_ERROR_STOP off\n");

// The secondary's facts (setup-facts-secondary.sh): the version first (its own line), then
// the standby state for step 3.
RemoteCommand secondaryFactsCommand(const Plan &plan, bool prefetch)
{
    const ServerSpec &p = plan.server(kPrimary);
    RemoteCommand cmd = shellScript(scripts::setup_facts_secondary,
                                    QStringList{plan.dbContainer, plan.appContainers.value(0), plan.installDir, p.host,
                                                QString::number(p.dbPort), kContainerLineFormat}
                                        + plan.appContainers);
    cmd.stdinData = QByteArrayLiteral("SELECT current_setting('server_version_num');\n");
    if (prefetch)
        cmd.stdinData += kPrefetchSql + kStandbySql;
    return cmd;
}

// The primary's facts (setup-facts-primary.sh): recovery, version, sizes, settings; with a
// state, then what steps 1 and 2 read (the role, pg_hba.conf and the slot) and the role's
// password file test.
RemoteCommand primaryFactsCommand(const Plan &plan, const SetupState *state)
{
    const bool prefetch = state != nullptr;
    RemoteCommand cmd = shellScript(scripts::setup_facts_primary,
                                    QStringList{plan.dbContainer, plan.appContainers.value(0),
                                                prefetch ? replicationPasswordFile(plan) : QString(),
                                                kContainerLineFormat}
                                        + plan.appContainers);
    cmd.stdinData = QByteArrayLiteral(
                        "SELECT 'rec|' || pg_is_in_recovery()::text || '|' || current_setting('server_version_num');\n"
                        "SELECT 'size|' || sum(pg_database_size(datname))::bigint FROM pg_database;\n")
                    + kSetLinesSql;
    if (prefetch)
        cmd.stdinData += kPrefetchSql + psqlSet(QStringLiteral("u"), state->replicationUser)
                         + psqlSet(QStringLiteral("s"), slotNameFor(plan.server(kSecondary).host)) + kAccessSql
                         + kSlotCountSql;
    cmd.description += QStringLiteral(" <<< (recovery, version, sizes, settings)");
    return cmd;
}

// Both servers' connection checks side by side (each with its own session), each server's
// facts command run inside its sudo/docker probe; the secondary's results are reported after
// the primary's, in the usual order.
void runConnectionChecksWithFacts(ServerPool &pool, Recorder &rec, const std::atomic_bool *cancel, ServerFacts &p,
                                  ServerFacts &s)
{
    CheckList secondaryChecks;
    std::thread secondary([&] {
        secondaryChecks = runConnectionChecks(pool, kSecondary, {}, cancel, /*databaseMayBeDown=*/true, &s.along);
    });
    rec.list += runConnectionChecks(pool, kPrimary, rec.onCheck, cancel, false, &p.along);
    secondary.join();
    for (const CheckResult &c : std::as_const(secondaryChecks)) {
        rec.list << c;
        if (rec.onCheck)
            rec.onCheck(c);
    }
}

// A server's facts (run on their own when the probe could not carry them).
void takeFacts(ServerPool &pool, const std::atomic_bool *cancel, const QString &role, ServerFacts &f)
{
    if (!f.along.ran) {
        DirectContext rc(pool.plan(), pool, cancel);
        f.along.startedMs = QDateTime::currentMSecsSinceEpoch();
        f.along.result = runOn(rc, role, f.along.command, false);
        f.along.endedMs = QDateTime::currentMSecsSinceEpoch();
    }
    f.run = f.along.result;
    f.before = f.along.startedMs;
    f.after = f.along.endedMs;
    f.parts = scriptParts(f.run.stdOut);
}

// Gathers both servers' facts with their connection checks.
void gatherFacts(ServerPool &pool, Recorder &rec, const std::atomic_bool *cancel, const SetupState *state,
                 ServerFacts &p, ServerFacts &s)
{
    s.along.command = secondaryFactsCommand(pool.plan(), state != nullptr);
    p.along.command = primaryFactsCommand(pool.plan(), state);
    runConnectionChecksWithFacts(pool, rec, cancel, p, s);
    p.usable = rec.usable(kPrimary);
    s.usable = rec.usable(kSecondary);
    if (s.usable)
        takeFacts(pool, cancel, kSecondary, s);
    if (p.usable)
        takeFacts(pool, cancel, kPrimary, p);
}

// What the first steps can use of the facts. Only a complete answer is kept (else the steps
// ask again).
std::shared_ptr<SetupPrefetch> prefetchFrom(const ServerFacts &p, const ServerFacts &s)
{
    auto pre = std::make_shared<SetupPrefetch>();
    const ScriptPart pSql = p.parts.value("sql");
    if (p.run.ok() && sqlPartComplete(pSql) && p.parts.contains("file")) {
        pre->access = parseAccessFacts(p.parts.value("file").out, pSql.out);
        pre->settings = settingsPrefetchLines(pSql);
    }
    const ScriptPart sSql = s.parts.value("sql");
    if (s.run.ok() && sqlPartComplete(sSql))
        pre->standby = standbyPrefetchLines(sSql);
    if (p.run.ok() && p.parts.contains("cont"))
        pre->primaryContainers = QString::fromUtf8(p.parts.value("cont").out);
    if (s.run.ok() && s.parts.contains("cont"))
        pre->secondaryApps = pre->secondaryDb = QString::fromUtf8(s.parts.value("cont").out);
    return pre;
}

// --- parse --------------------------------------------------------------------------------

// What the judges read in the facts (setupfacts.h: no I/O).
struct Answers
{
    std::optional<QString> recovery; // the primary's "rec" line: "false|150004"
    std::optional<QString> size;     // the primary's databases' size in bytes
    QStringList settingLines;        // the primary's "set" lines
    QString secondaryVersion;        // server_version_num, empty when it did not answer
    std::optional<DiskSpace> disk;   // the secondary's
    QMap<QString, std::optional<qint64>> clockSkew;
    QMap<QString, QString> imageTag;
};

Answers parseFacts(const ServerFacts &p, const ServerFacts &s)
{
    Answers a;
    const ScriptPart pSql = p.parts.value("sql");
    a.recovery = firstTagged(pSql, QStringLiteral("rec"));
    a.size = firstTagged(pSql, QStringLiteral("size"));
    a.settingLines = taggedLines(pSql, QStringLiteral("set"));
    a.secondaryVersion = secondaryVersion(s.parts.value("sql"));
    a.disk = parseDiskSpace(s.parts.value("disk").out);
    a.clockSkew.insert(kPrimary, clockSkewMs(p.parts.value("clock").out, p.before, p.after));
    a.clockSkew.insert(kSecondary, clockSkewMs(s.parts.value("clock").out, s.before, s.after));
    a.imageTag.insert(kPrimary, imageTag(p.parts.value("image")));
    a.imageTag.insert(kSecondary, imageTag(s.parts.value("image")));
    return a;
}

// --- judge --------------------------------------------------------------------------------

// Input sanity: two different machines after name resolution. False: they are not.
bool judgeDistinct(Recorder &rec, const Plan &plan)
{
    const ServerSpec &p = plan.server(kPrimary);
    const ServerSpec &s = plan.server(kSecondary);
    const QStringList pa = resolveAddresses(p.host), sa = resolveAddresses(s.host);
    QStringList common;
    for (const QString &a : pa)
        if (sa.contains(a))
            common << a;
    if (!common.isEmpty() && p.sshPort == s.sshPort) {
        rec.add(QStringLiteral("input.distinct"), {}, {}, S::Error, Tr::tr("Two different servers"),
                Tr::tr("%1 and %2 are the same machine (both resolve to %3).")
                    .arg(p.host, s.host, common.join(QStringLiteral(", "))),
                Tr::tr("Enter the address of the second server as the secondary."));
        return false;
    }
    rec.add(QStringLiteral("input.distinct"), {}, {}, S::Ok, Tr::tr("Two different servers"),
            Tr::tr("The primary and the secondary are different servers."));
    return true;
}

// The details of a facts' part that did not answer: the command's failure, else the part.
QString failedDetails(const ServerFacts &f, const ScriptPart &part)
{
    if (!f.run.ok())
        return QStringLiteral("%1\n%2\n%3").arg(f.cmd().shown(), describeOutcome(f.run), commandTail(f.run));
    return QString::fromUtf8(part.out).trimmed();
}

// Primary database: running and not in recovery. Returns its version (server_version_num),
// empty when unknown.
QString judgePrimaryDb(Recorder &rec, const Plan &plan, const ServerFacts &p, const Answers &a)
{
    const QString tPrimaryDb = Tr::tr("Primary database");
    const QString host = plan.server(kPrimary).host;
    if (!p.usable) {
        rec.skipped(plan, QStringLiteral("db.primary"), kPrimary, tPrimaryDb);
        return {};
    }
    if (!a.recovery) {
        rec.add(QStringLiteral("db.primary"), kPrimary, host, S::Error, tPrimaryDb,
                Tr::tr("The database on the primary does not answer."),
                Tr::tr("Start OpenELIS on the primary, then run the checks again."),
                failedDetails(p, p.parts.value("sql")));
        return {};
    }
    if (a.recovery->startsWith(QLatin1String("true"))) {
        rec.add(QStringLiteral("db.primary"), kPrimary, host, S::Error, tPrimaryDb,
                Tr::tr("The database on %1 is itself a standby (in recovery), not a primary.").arg(host),
                Tr::tr("Choose the server where OpenELIS is in use as the primary."));
        return {};
    }
    const QString version = a.recovery->section(QLatin1Char('|'), 1);
    const int num = version.toInt();
    if (pgMajor(num) < kOldestPgMajor) {
        rec.add(QStringLiteral("db.primary"), kPrimary, host, S::Error, tPrimaryDb,
                Tr::tr("The primary runs PostgreSQL %1; OE Failover needs PostgreSQL %2 or later. Nothing was "
                       "changed.")
                    .arg(pgMajorName(num))
                    .arg(kOldestPgMajor),
                Tr::tr("Upgrade OpenELIS on both servers first (its upgrade guide moves the database to a newer "
                       "PostgreSQL with a backup and a restore), then run the checks again."));
        return {};
    }
    if (pgMajor(num) > kNewestPgMajor) {
        rec.add(QStringLiteral("db.primary"), kPrimary, host, S::Warning, tPrimaryDb,
                Tr::tr("The database runs and accepts writes (PostgreSQL %1), a version newer than those this "
                       "release of OE Failover was tested on (%2 to %3).")
                    .arg(pgMajorName(num))
                    .arg(kOldestPgMajor)
                    .arg(kNewestPgMajor),
                Tr::tr("Look for a newer OE Failover before you go on."));
        return version;
    }
    rec.add(QStringLiteral("db.primary"), kPrimary, host, S::Ok, tPrimaryDb,
            Tr::tr("The database runs and accepts writes (PostgreSQL %1).").arg(pgMajorName(num)));
    return version;
}

// Same PostgreSQL major version on both servers.
void judgeVersion(Recorder &rec, const Plan &plan, const ServerFacts &s, const Answers &a, const QString &pVersion)
{
    const QString tVersion = Tr::tr("Same PostgreSQL version");
    const QString host = plan.server(kSecondary).host;
    if (!s.usable || pVersion.isEmpty()) {
        rec.add(QStringLiteral("db.version"), kSecondary, host, S::Skipped, tVersion,
                Tr::tr("Skipped: a database could not be asked."));
        return;
    }
    const QString &sVersion = a.secondaryVersion;
    if (sVersion.isEmpty()) {
        rec.add(QStringLiteral("db.version"), kSecondary, host, S::Warning, tVersion,
                Tr::tr("The secondary's database does not answer, so its version is unknown."),
                Tr::tr("The copy will replace it anyway; check that both servers run the same "
                       "OpenELIS release."));
    } else if (pgMajor(sVersion.toInt()) != pgMajor(pVersion.toInt())) {
        rec.add(QStringLiteral("db.version"), kSecondary, host, S::Error, tVersion,
                Tr::tr("The primary runs PostgreSQL %1 but the secondary runs PostgreSQL %2.")
                    .arg(pgMajorName(pVersion.toInt()), pgMajorName(sVersion.toInt())),
                Tr::tr("Install the same OpenELIS release on both servers."));
    } else {
        rec.add(QStringLiteral("db.version"), kSecondary, host, S::Ok, tVersion,
                Tr::tr("Both servers run PostgreSQL %1.").arg(pgMajorName(pVersion.toInt())));
    }
}

// Where a server's database keeps its files: in <installDir>/data on the server's disk (a bind
// mount), which is what the set-up copies and replaces. Anything else is refused before
// anything changes: a wrong installDir would have the primary's folder copied over another
// one of the secondary's.
void judgeDataDir(Recorder &rec, const Plan &plan, const QString &role, const ServerFacts &f)
{
    const QString title = Tr::tr("Database files in the install directory");
    const QString id = QStringLiteral("db.datadir");
    const QString host = plan.server(role).host;
    if (!f.usable) {
        rec.skipped(plan, id, role, title);
        return;
    }
    const QString expected = QDir::cleanPath(plan.installDir + QStringLiteral("/data"));
    const std::optional<DataMount> m = parseDataMount(f.parts.value("pgdata"));
    if (!m) {
        rec.add(id, role, host, S::Error, title,
                Tr::tr("Could not read where the database container %1 keeps its files.").arg(plan.dbContainer), {},
                failedDetails(f, f.parts.value("pgdata")));
    } else if (m->type.isEmpty()) {
        rec.add(id, role, host, S::Error, title,
                Tr::tr("The database container keeps its files (%1) inside the container, not on the server's "
                       "disk, so they cannot be copied or kept.")
                    .arg(m->pgdata),
                Tr::tr("Install OpenELIS with its installer, which keeps the database in %1.").arg(expected));
    } else if (m->type != QLatin1String("bind")) {
        rec.add(id, role, host, S::Error, title,
                Tr::tr("The database keeps its files in the Docker volume %1, not in %2. OE Failover copies "
                       "and replaces %2 only.")
                    .arg(m->volumeName.isEmpty() ? m->hostPath : m->volumeName, expected),
                Tr::tr("This install layout is not supported yet: nothing was changed."));
    } else if (m->hostPath != expected) {
        const QString dir = m->hostPath.endsWith(QLatin1String("/data")) ? m->hostPath.chopped(5) : QString();
        rec.add(id, role, host, S::Error, title,
                Tr::tr("The database keeps its files in %1, but the plan's install directory %2 would have them "
                       "in %3. Nothing was changed.")
                    .arg(m->hostPath, plan.installDir, expected),
                dir.isEmpty() ? Tr::tr("Check the plan's install directory (installDir).")
                              : Tr::tr("Set the install directory (installDir) to %1.").arg(dir));
    } else {
        rec.add(id, role, host, S::Ok, title, Tr::tr("The database keeps its files in %1.").arg(expected));
    }
}

// The secondary reaches the primary's database port: from the secondary's database
// container, or a throwaway one of its image when it is stopped (a fenced former primary):
// the "ready" part of the secondary's facts.
void judgeReach(Recorder &rec, const Plan &plan, const ServerFacts &p, const ServerFacts &s)
{
    const QString tReach = Tr::tr("Secondary reaches the primary's database");
    const ServerSpec &primary = plan.server(kPrimary);
    const QString host = plan.server(kSecondary).host;
    if (!s.usable || !p.usable) {
        rec.add(QStringLiteral("net.replication"), kSecondary, host, S::Skipped, tReach,
                Tr::tr("Skipped: a server could not be checked."));
        return;
    }
    const ScriptPart ready = s.parts.value("ready");
    CommandResult r;
    r.outcome = s.run.ok() ? CommandResult::Outcome::Exited : s.run.outcome;
    r.exitCode = s.run.ok() ? ready.rc : s.run.exitCode;
    r.stdOut = s.run.ok() ? ready.out : s.run.stdErr;
    if (r.outcome == CommandResult::Outcome::Exited && (r.exitCode == 0 || r.exitCode == 1)) {
        rec.add(QStringLiteral("net.replication"), kSecondary, host, S::Ok, tReach,
                Tr::tr("The secondary reaches %1 port %2.").arg(primary.host).arg(primary.dbPort));
    } else {
        rec.add(QStringLiteral("net.replication"), kSecondary, host, S::Error, tReach,
                Tr::tr("The secondary cannot reach the primary's database at %1 port %2.")
                    .arg(primary.host)
                    .arg(primary.dbPort),
                Tr::tr("Open port %1 on the primary's firewall for the secondary, and check that "
                       "the secondary can resolve \"%2\".")
                    .arg(primary.dbPort)
                    .arg(primary.host),
                QString::fromUtf8(r.stdOut + r.stdErr).trimmed());
    }
}

// Free disk on the secondary for a copy of the primary's database.
void judgeDisk(Recorder &rec, const Plan &plan, const ServerFacts &p, const ServerFacts &s, const Answers &a)
{
    const QString tDisk = Tr::tr("Free disk space on the secondary");
    const QString host = plan.server(kSecondary).host;
    if (!s.usable || !p.usable) {
        rec.add(QStringLiteral("disk.secondary"), kSecondary, host, S::Skipped, tDisk,
                Tr::tr("Skipped: a server could not be checked."));
        return;
    }
    CommandResult df = s.run;
    df.stdOut = s.parts.value("disk").out;
    const qint64 need = copySpaceNeeded(a.size.value_or(QStringLiteral("0")).toLongLong());
    auto gb = [](qint64 b) { return QString::number(double(b) / 1e9, 'f', 2); };
    if (!a.size || !df.ok() || !a.disk) {
        rec.add(QStringLiteral("disk.secondary"), kSecondary, host, S::Error, tDisk,
                Tr::tr("Could not measure the disk space."), {}, commandTail(df));
    } else if (a.disk->available < need) {
        rec.add(QStringLiteral("disk.secondary"), kSecondary, host, S::Error, tDisk,
                Tr::tr("The secondary has %1 GB free under %2, but the copy of the primary's "
                       "database needs about %3 GB (its current database, %4 GB, is kept aside).")
                    .arg(gb(a.disk->available), plan.installDir, gb(need), gb(a.disk->own)),
                Tr::tr("Free disk space on the secondary, or enlarge its disk."));
    } else {
        rec.add(QStringLiteral("disk.secondary"), kSecondary, host, S::Ok, tDisk,
                Tr::tr("%1 GB free; the copy needs about %2 GB (the current database, %3 GB, is kept "
                       "aside).")
                    .arg(gb(a.disk->available), gb(need), gb(a.disk->own)));
    }
}

// A server's clock against this computer's. The clock is read first thing in the facts'
// command: compared with its start, allowing for the time to get there.
void judgeClock(Recorder &rec, const QString &role, const QString &host, const ServerFacts &f, const Answers &a)
{
    const QString tClock = Tr::tr("Clock");
    const std::optional<qint64> skew = a.clockSkew.value(role);
    if (!f.run.ok() || !skew) {
        rec.add(QStringLiteral("clock"), role, host, S::Warning, tClock, Tr::tr("Could not read the clock."));
    } else if (std::abs(*skew) > 30000) {
        rec.add(QStringLiteral("clock"), role, host, S::Warning, tClock,
                Tr::tr("The clock differs from this computer's by %n second(s).", nullptr, int(*skew / 1000)),
                Tr::tr("Set up time synchronisation (NTP) on the servers: reports and delays "
                       "are easier to read with correct clocks."));
    } else {
        rec.add(QStringLiteral("clock"), role, host, S::Ok, tClock,
                Tr::tr("The clock agrees with this computer's (within %1 ms).").arg(std::abs(*skew)));
    }
}

// Each server's clock (or both of its checks skipped, when a check of it failed so far).
// Returns the OpenELIS version (the webapp image's tag) of each server that was judged.
QMap<QString, QString> judgeClocks(Recorder &rec, const Plan &plan, const ServerFacts &p, const ServerFacts &s,
                                   const Answers &a)
{
    QMap<QString, QString> oeVersion;
    for (const QString &role : {kPrimary, kSecondary}) {
        const QString host = plan.server(role).host;
        if (!rec.usable(role)) {
            rec.skipped(plan, QStringLiteral("clock"), role, Tr::tr("Clock"));
            rec.skipped(plan, QStringLiteral("openelis.version"), role, Tr::tr("OpenELIS version"));
            continue;
        }
        judgeClock(rec, role, host, role == kPrimary ? p : s, a);
        oeVersion.insert(role, a.imageTag.value(role));
    }
    return oeVersion;
}

// Same OpenELIS version (the webapp image's tag) on both servers.
void judgeOpenElisVersion(Recorder &rec, const QMap<QString, QString> &oeVersion)
{
    const QString tOe = Tr::tr("Same OpenELIS version");
    const QString pv = oeVersion.value(kPrimary), sv = oeVersion.value(kSecondary);
    if (pv.isEmpty() || sv.isEmpty()) {
        rec.add(QStringLiteral("openelis.version"), {}, {}, S::Warning, tOe,
                Tr::tr("The OpenELIS version could not be read on both servers."),
                Tr::tr("Make sure both servers run the same OpenELIS release."));
    } else if (pv != sv) {
        rec.add(QStringLiteral("openelis.version"), {}, {}, S::Error, tOe,
                Tr::tr("The primary runs OpenELIS %1 but the secondary runs %2.").arg(pv, sv),
                Tr::tr("Install the same OpenELIS release on both servers first."));
    } else {
        rec.add(QStringLiteral("openelis.version"), {}, {}, S::Ok, tOe,
                Tr::tr("Both servers run OpenELIS %1.").arg(pv));
    }
}

// What will need a restart of the primary's database.
void judgePrimaryRestart(Recorder &rec, const Plan &plan, const ServerFacts &p, const Answers &a,
                         const QString &pVersion)
{
    const QString tRestart = Tr::tr("Database restart on the primary");
    const QString host = plan.server(kPrimary).host;
    if (!p.usable || pVersion.isEmpty()) {
        rec.add(QStringLiteral("primary.restart"), kPrimary, host, S::Skipped, tRestart,
                Tr::tr("Skipped: the primary's database could not be asked."));
        return;
    }
    if (a.settingLines.isEmpty()) {
        rec.add(QStringLiteral("primary.restart"), kPrimary, host, S::Warning, tRestart,
                Tr::tr("Could not read the replication settings."), {}, failedDetails(p, p.parts.value("sql")));
        return;
    }
    QStringList restartNames, all;
    for (const SettingChange &c : settingChanges(a.settingLines.join(QLatin1Char('\n')))) {
        all << QStringLiteral("%1: %2 → %3").arg(c.name, c.from, c.to);
        if (c.needsRestart)
            restartNames << c.name;
    }
    if (!restartNames.isEmpty()) {
        rec.add(QStringLiteral("primary.restart"), kPrimary, host, S::Warning, tRestart,
                Tr::tr("The database on the primary must be restarted once to apply %1. "
                       "OpenELIS will not answer for about 10 to 30 seconds.")
                    .arg(restartNames.join(QStringLiteral(", "))),
                Tr::tr("Choose a quiet moment, and tell the users."), all.join(QLatin1Char('\n')));
    } else {
        rec.add(QStringLiteral("primary.restart"), kPrimary, host, S::Ok, tRestart,
                all.isEmpty()
                    ? Tr::tr("No setting needs changing; no restart is needed.")
                    : Tr::tr("Settings to change without a restart: %1.").arg(all.join(QStringLiteral(", "))));
    }
}

} // namespace

CheckList runSetupChecks(ServerPool &pool, const CheckCallback &onCheck, const std::atomic_bool *cancel,
                         SetupState *state)
{
    CheckList list;
    Recorder rec{list, onCheck};
    const Plan &plan = pool.plan();
    if (!judgeDistinct(rec, plan))
        return list;
    // Each server's facts in one command (one login to sudo, one psql): its clock, the
    // OpenELIS image, the database's answers; on the secondary also whether it reaches the
    // primary's database port and its free disk. With `state`, what the first steps need.
    ServerFacts p, s;
    gatherFacts(pool, rec, cancel, state, p, s);
    if (state)
        state->prefetch = prefetchFrom(p, s);
    const Answers a = parseFacts(p, s);
    const QString pVersion = judgePrimaryDb(rec, plan, p, a);
    judgeVersion(rec, plan, s, a, pVersion);
    judgeDataDir(rec, plan, kPrimary, p);
    judgeDataDir(rec, plan, kSecondary, s);
    judgeReach(rec, plan, p, s);
    judgeDisk(rec, plan, p, s, a);
    judgeOpenElisVersion(rec, judgeClocks(rec, plan, p, s, a));
    judgePrimaryRestart(rec, plan, p, a, pVersion);
    return list;
}

} // namespace oef
