#include "backend/setup/setupflow.h"
#include "backend/core/shellquote.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/guard.h"
#include "backend/setup/installsync.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <thread>

namespace oef {

namespace {

const QString kPrimary = Role::Primary;
const QString kSecondary = Role::Secondary;
const QString kPgData = QStringLiteral("/var/lib/postgresql/data"); // inside the container
const QString kBackupsMount = QStringLiteral("/backups");           // inside the container
const QString kCheckDb = QStringLiteral("oe_failover");
const QString kHbaMarker = QStringLiteral("# oe-failover standby");

// Replication slot name for a secondary: oef_<host>, [a-z0-9_], at most 63 characters.
QString slotNameFor(const QString &host)
{
    QString s = QStringLiteral("oef_") + host.toLower();
    for (QChar &ch : s)
        if (!((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch.isDigit() || ch == QLatin1Char('_')))
            ch = QLatin1Char('_');
    return s.left(63);
}

QString randomPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString pw;
    for (int i = 0; i < 32; ++i)
        pw += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return pw;
}

// The address the primary will see the secondary connect from (its resolved address).
QString hbaAddress(const QString &host)
{
    const QStringList addrs = resolveAddresses(host);
    QString a = addrs.isEmpty() ? host : addrs.first();
    for (const QString &x : addrs)
        if (!x.contains(QLatin1Char(':'))) {
            a = x;
            break;
        } // prefer IPv4
    return a.contains(QLatin1Char(':')) ? a + QStringLiteral("/128") : a + QStringLiteral("/32");
}

// One setting the primary needs.
struct SettingChange
{
    QString name;
    QString from;
    QString to;
    bool needsRestart;
};

// The primary's replication settings, one "name|setting|unit|context" line each.
const QString kSettingsSql = QStringLiteral(
    "SELECT name || '|' || setting || '|' || coalesce(unit,'') || '|' || context "
    "FROM pg_settings WHERE name IN ('wal_level','wal_log_hints','hot_standby',"
    "'max_wal_senders','max_replication_slots','max_slot_wal_keep_size','wal_keep_size',"
    "'server_version_num') ORDER BY name");

// What must change in those settings (never lowering).
QList<SettingChange> settingChanges(const QString &lines)
{
    QMap<QString, QString> cur;
    QMap<QString, QString> ctx;
    for (const QString &line : lines.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('|'));
        if (f.size() >= 4) {
            cur.insert(f[0], f[1]);
            ctx.insert(f[0], f[3]);
        }
    }
    QList<SettingChange> changes;
    auto restart = [&](const QString &n) { return ctx.value(n) == QLatin1String("postmaster"); };
    if (cur.value(QStringLiteral("wal_level")) == QLatin1String("minimal"))
        changes.append({QStringLiteral("wal_level"), QStringLiteral("minimal"), QStringLiteral("replica"),
                        restart(QStringLiteral("wal_level"))});
    if (cur.value(QStringLiteral("wal_log_hints")) != QLatin1String("on"))
        changes.append({QStringLiteral("wal_log_hints"), cur.value(QStringLiteral("wal_log_hints")),
                        QStringLiteral("on"), restart(QStringLiteral("wal_log_hints"))});
    if (cur.value(QStringLiteral("hot_standby")) != QLatin1String("on"))
        changes.append({QStringLiteral("hot_standby"), cur.value(QStringLiteral("hot_standby")), QStringLiteral("on"),
                        false}); // matters on the standby only
    for (const QString &n : {QStringLiteral("max_wal_senders"), QStringLiteral("max_replication_slots")}) {
        if (cur.value(n).toInt() < 10)
            changes.append({n, cur.value(n), QStringLiteral("10"), restart(n)});
    }
    // pg_rewind reads the old primary's WAL back to the last checkpoint before the fork; keep
    // some, also on a standby (restartpoints recycle it), so that a re-attach can rewind.
    if (cur.contains(QStringLiteral("wal_keep_size")) && cur.value(QStringLiteral("wal_keep_size")).toLongLong() < 512)
        changes.append({QStringLiteral("wal_keep_size"),
                        cur.value(QStringLiteral("wal_keep_size")) + QStringLiteral("MB"), QStringLiteral("512MB"),
                        false});
    if (cur.contains(QStringLiteral("max_slot_wal_keep_size"))
        && cur.value(QStringLiteral("max_slot_wal_keep_size")) == QLatin1String("-1")) {
        // A forgotten slot must not fill the primary's disk: cap what it may retain.
        changes.append({QStringLiteral("max_slot_wal_keep_size"), QStringLiteral("-1"), QStringLiteral("10GB"), false});
    }
    return changes;
}

// Output of a script that prints several parts: "@@oef-NAME" starts a part, "@@oef-rc N" ends
// it with its exit status; "@@oef-NAME VALUE" on one line is a part of its own (status 0).
struct ScriptPart
{
    QByteArray out;
    int rc = -1;
    bool present = false;
};

QMap<QByteArray, ScriptPart> scriptParts(const QByteArray &all)
{
    QMap<QByteArray, ScriptPart> parts;
    QByteArray current;
    for (const QByteArray &line : all.split('\n')) {
        if (line.startsWith("@@oef-rc ") && !current.isEmpty()) {
            parts[current].rc = line.mid(9).trimmed().toInt();
            current.clear();
        } else if (line.startsWith("@@oef-")) {
            const qsizetype space = line.indexOf(' ');
            const QByteArray name = line.mid(6, space < 0 ? -1 : space - 6);
            ScriptPart &p = parts[name];
            p.present = true;
            if (space < 0) {
                current = name;
            } else {
                p.out = line.mid(space + 1);
                p.rc = 0;
                current.clear();
            }
        } else if (!current.isEmpty()) {
            parts[current].out += line + '\n';
        }
    }
    return parts;
}

// What step 1 needs to know about the primary, read with one command.
struct AccessFacts
{
    QString roleInfo;      // "rolreplication|rolcanlogin", empty when there is no such role
    bool haveFile = false; // the role's password file exists and is not empty
    QString hbaFile;
    QString method; // scram-sha-256 or md5, after the role's password
    QByteArray hba; // pg_hba.conf's content
};

// Its SQL (psql variable u: the role), and the shell test for the password file (argument n).
const QByteArray kAccessSql = QByteArrayLiteral(
    "SELECT 'role|' || rolreplication::text || '|' || rolcanlogin::text FROM pg_roles WHERE rolname = :'u';\n"
    "SELECT 'method|' || CASE WHEN coalesce(rolpassword,'') LIKE 'md5%' THEN 'md5' ELSE 'scram-sha-256' END "
    "FROM pg_authid WHERE rolname = :'u';\n"
    "SELECT 'hbafile|' || current_setting('hba_file');\n"
    "SELECT 'hba|' || encode(pg_read_binary_file(current_setting('hba_file')), 'hex');\n");
QString secretFileTest(int n)
{
    return QStringLiteral("if test -s \"$%1\"; then echo '@@oef-file yes'; else echo '@@oef-file no'; fi; ").arg(n);
}

// From the file test's answer and the SQL's lines.
AccessFacts parseAccessFacts(const QByteArray &fileAnswer, const QByteArray &sqlOut)
{
    AccessFacts f;
    f.haveFile = fileAnswer.trimmed() == "yes";
    for (const QByteArray &line : sqlOut.split('\n')) {
        const qsizetype bar = line.indexOf('|');
        const QByteArray tag = line.left(bar), value = line.mid(bar + 1).trimmed();
        if (bar < 0)
            continue;
        if (tag == "role")
            f.roleInfo = QString::fromUtf8(value);
        else if (tag == "method")
            f.method = QString::fromUtf8(value);
        else if (tag == "hbafile")
            f.hbaFile = QString::fromUtf8(value);
        else if (tag == "hba")
            f.hba = QByteArray::fromHex(value);
    }
    return f;
}

// The secondary's standby state: "recovery|status|sender|slot", then "id|<system identifier>".
const QByteArray kStandbySql = QByteArrayLiteral(
    "SELECT pg_is_in_recovery()::text || '|' || coalesce((SELECT status || '|' || "
    "coalesce(sender_host,'') || '|' || coalesce(slot_name,'') FROM pg_stat_wal_receiver), '');\n"
    "SELECT 'id|' || system_identifier FROM pg_control_system();\n");

// The settings as "set|" lines, and whether the slot exists ("slot|<count>"; psql variable s).
const QByteArray kSetLinesSql =
    (QStringLiteral("SELECT 'set|' || s FROM (") + kSettingsSql + QStringLiteral(") AS x(s);\n")).toUtf8();
const QByteArray kSlotCountSql = QByteArrayLiteral(
    "SELECT 'slot|' || count(*) FROM pg_replication_slots WHERE slot_name = :'s';\n");

} // namespace

// What the pre-checks read for steps 1 to 3, with when.
struct SetupPrefetch
{
    std::chrono::steady_clock::time_point at = std::chrono::steady_clock::now();
    std::optional<AccessFacts> access;
    std::optional<QString> settings; // the settings SQL's output
    std::optional<QString> standby;  // kStandbySql's output
    // `docker inspect` lines "/name|running|restart policy|status|image" of the database and application
    // containers (each consumer takes its own copy).
    std::optional<QString> secondaryApps, secondaryDb, primaryContainers;
    bool fresh() const { return std::chrono::steady_clock::now() - at < std::chrono::seconds(20); }
};

namespace {

// --- pre-checks -------------------------------------------------------------------------

bool roleUsable(const CheckList &checks, const QString &role)
{
    for (const CheckResult &c : checks)
        if (c.role == role && c.status == CheckResult::Status::Error)
            return false;
    return true;
}

} // namespace

QJsonObject SetupState::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("slotName")] = slotName;
    o[QStringLiteral("replicationUser")] = replicationUser;
    o[QStringLiteral("primaryRestarted")] = primaryRestarted;
    o[QStringLiteral("changedSettings")] = QJsonArray::fromStringList(changedSettings);
    o[QStringLiteral("previousDataDir")] = previousDataDir;
    o[QStringLiteral("alreadyStandby")] = alreadyStandby;
    o[QStringLiteral("syncFiles")] = syncFiles;
    o[QStringLiteral("syncBytes")] = syncBytes;
    o[QStringLiteral("extraneous")] = QJsonArray::fromStringList(extraneous);
    o[QStringLiteral("verification")] = verification;
    if (!stoppedAt.isEmpty())
        o[QStringLiteral("stoppedAt")] = stoppedAt;
    o[QStringLiteral("rewound")] = rewound;
    if (!rewindNote.isEmpty())
        o[QStringLiteral("rewindNote")] = rewindNote;
    return o;
}

CheckList runSetupChecks(ServerPool &pool, const CheckCallback &onCheck, const std::atomic_bool *cancel,
                         SetupState *state)
{
    using S = CheckResult::Status;
    CheckList list;
    auto add = [&](const QString &id, const QString &role, const QString &host, S st, const QString &title,
                   const QString &message, const QString &remedy = {}, const QString &details = {}) {
        recordCheck(list, onCheck, id, role, host, st, title, message, remedy, details);
    };
    const Plan &plan = pool.plan();
    const ServerSpec &p = plan.server(kPrimary);
    const ServerSpec &s = plan.server(kSecondary);

    // Input sanity: two different machines after name resolution.
    const QStringList pa = resolveAddresses(p.host), sa = resolveAddresses(s.host);
    QStringList common;
    for (const QString &a : pa)
        if (sa.contains(a))
            common << a;
    if (!common.isEmpty() && p.sshPort == s.sshPort) {
        add(QStringLiteral("input.distinct"), {}, {}, S::Error, Tr::tr("Two different servers"),
            Tr::tr("%1 and %2 are the same machine (both resolve to %3).")
                .arg(p.host, s.host, common.join(QStringLiteral(", "))),
            Tr::tr("Enter the address of the second server as the secondary."));
        return list;
    }
    add(QStringLiteral("input.distinct"), {}, {}, S::Ok, Tr::tr("Two different servers"),
        Tr::tr("The primary and the secondary are different servers."));

    // Each server's facts in one command (one login to sudo, one psql): its clock, the
    // OpenELIS image, the database's answers; on the secondary also whether it reaches the
    // primary's database port and its free disk.
    const QString webapp = plan.appContainers.value(0);
    QMap<QByteArray, ScriptPart> pFacts, sFacts;
    qint64 pBefore = 0, pAfter = 0, sBefore = 0, sAfter = 0;
    CommandResult pRun, sRun;
    RemoteCommand pCmd, sCmd;
    // With a state to fill, what steps 1 to 3 read first is read in the same psql (after
    // "\set ON_ERROR_STOP off", so that it cannot spoil the checks' answers).
    const bool prefetch = state != nullptr;
    // $1 the database container, $2 OpenELIS's webapp, the other containers after $5: one
    // `docker inspect` of them all gives the webapp's image (part "image") and each one's
    // state and restart policy (part "cont", "/name|running|policy|status|image").
    static const QString kFactsClock = QStringLiteral("echo \"@@oef-clock $(date +%s%3N)\"; ");
    // Run inside the connection checks' probe, the containers are in $oef_ci already.
    static const QString kFactsReadCi =
        QStringLiteral("if [ -n \"${oef_ci+x}\" ]; then ci=$oef_ci; else "
                       "ci=$(db=$1; web=$2; shift 5; docker inspect -f '%1' \"$db\" \"$web\" \"$@\" 2>/dev/null); fi; ")
            .arg(kContainerLineFormat);
    static const QString kFactsCiParts = QStringLiteral(
        "echo @@oef-image; l=$(printf '%s\n' \"$ci\" | grep -m 1 -F \"/$2|\"); "
        "if [ -n \"$l\" ]; then printf '%s\n' \"${l##*|}\"; echo '@@oef-rc 0'; else echo \"no container $2\"; echo "
        "'@@oef-rc 1'; fi; "
        "echo @@oef-cont; printf '%s\n' \"$ci\"; echo '@@oef-rc 0'; ");
    static const QString kPsql = QStringLiteral("psql -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX -f - 2>&1");
    // psql's \set with a quoted value.
    auto psqlSet = [](const QString &name, QString value) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("''"));
        return QStringLiteral("\\set %1 '%2'\n").arg(name, value).toUtf8();
    };
    static const QByteArray kPrefetchSql = QByteArrayLiteral("\\set ON_ERROR_STOP off\n");
    {
        // The SQL and the reach test in one `docker exec` of the database container; when that
        // could not start (the database container is stopped: a fenced former primary), the
        // reach test from a throwaway container of its image.
        sCmd = shellScript(
            kFactsClock + QStringLiteral("out=$(docker exec -i \"$1\" sh -c 'echo @@oef-sql; ") + kPsql
                + QStringLiteral("; echo \"@@oef-rc $?\"; "
                                 "echo @@oef-ready; pg_isready -h \"$1\" -p \"$2\" -t 5 2>&1; echo \"@@oef-rc $?\"' sh "
                                 "\"$4\" \"$5\" 2>&1); ")
                + kFactsReadCi
                + QStringLiteral("case $out in *@@oef-ready*) printf '%s\\n' \"$out\" ;; "
                                 "*) echo @@oef-sql; printf '%s\\n' \"$out\"; echo '@@oef-rc 1'; echo @@oef-ready; "
                                 "img=$(printf '%s\\n' \"$ci\" | grep -m 1 -F \"/$1|\"); img=${img##*|}; "
                                 "docker run --rm --entrypoint pg_isready \"$img\" -h \"$4\" -p \"$5\" -t 5 2>&1; echo "
                                 "\"@@oef-rc $?\" ;; esac; ")
                + kFactsCiParts
                + QStringLiteral("echo @@oef-disk; LC_ALL=C df -P -B1 \"$3/backups\" | awk 'NR==2 {print $4}'; "
                                 "du -sxb \"$3/data\" 2>/dev/null | cut -f1; echo \"@@oef-rc 0\"; exit 0"),
            QStringList{plan.dbContainer, webapp, plan.installDir, p.host, QString::number(p.dbPort)}
                + plan.appContainers);
        // The version first (its own line), then the standby state for step 3.
        sCmd.stdinData = QByteArrayLiteral("SELECT current_setting('server_version_num');\n");
        if (prefetch)
            sCmd.stdinData += kPrefetchSql + kStandbySql;
    }
    {
        // $3: the replication role's password file, tested for step 1 ($4 and $5: none here).
        const QString fileTest = prefetch ? secretFileTest(3) : QString();
        pCmd = shellScript(kFactsClock + QStringLiteral("echo @@oef-sql; docker exec -i \"$1\" ") + kPsql
                               + QStringLiteral("; echo \"@@oef-rc $?\"; ") + kFactsReadCi + kFactsCiParts + fileTest
                               + QStringLiteral("exit 0"),
                           QStringList{plan.dbContainer, webapp,
                                       plan.installDir + QStringLiteral("/secrets/backup_datasource.password"),
                                       QString(), QString()}
                               + plan.appContainers);
        pCmd.stdinData =
            QByteArrayLiteral(
                "SELECT 'rec|' || pg_is_in_recovery()::text || '|' || current_setting('server_version_num');\n"
                "SELECT 'size|' || sum(pg_database_size(datname))::bigint FROM pg_database;\n")
            + kSetLinesSql;
        // Then what steps 1 and 2 read: the role, pg_hba.conf and the slot.
        if (prefetch)
            pCmd.stdinData += kPrefetchSql + psqlSet(QStringLiteral("u"), state->replicationUser)
                              + psqlSet(QStringLiteral("s"), slotNameFor(s.host)) + kAccessSql + kSlotCountSql;
        pCmd.description = shellCommandLine(pCmd.argv()) + QStringLiteral(" <<< (recovery, version, sizes, settings)");
    }
    // Both servers' connection checks side by side (each with its own session), each server's
    // facts command run inside its sudo/docker probe; the secondary's results are reported
    // after the primary's, in the usual order.
    AlongsideCommand pAlong{pCmd, {}, 0, 0, false}, sAlong{sCmd, {}, 0, 0, false};
    {
        CheckList secondaryChecks;
        std::thread secondary([&] {
            secondaryChecks = runConnectionChecks(pool, kSecondary, {}, cancel, /*databaseMayBeDown=*/true, &sAlong);
        });
        list += runConnectionChecks(pool, kPrimary, onCheck, cancel, false, &pAlong);
        secondary.join();
        for (const CheckResult &c : std::as_const(secondaryChecks)) {
            list << c;
            if (onCheck)
                onCheck(c);
        }
    }
    const bool pOk = roleUsable(list, kPrimary), sOk = roleUsable(list, kSecondary);
    DirectContext ctx(plan, pool, cancel);
    auto skipped = [&](const QString &id, const QString &role, const QString &title) {
        add(id, role, plan.server(role).host, S::Skipped, title,
            Tr::tr("Skipped: the connection checks for this server failed."));
    };
    // The facts' results (run on their own when the probe could not carry them).
    auto factsOf = [&](const QString &role, AlongsideCommand &along, const RemoteCommand &cmd, CommandResult *run,
                       qint64 *before, qint64 *after) {
        if (!along.ran) {
            DirectContext rc(plan, pool, cancel);
            along.startedMs = QDateTime::currentMSecsSinceEpoch();
            along.result = runOn(rc, role, cmd, false);
            along.endedMs = QDateTime::currentMSecsSinceEpoch();
        }
        *run = along.result;
        *before = along.startedMs;
        *after = along.endedMs;
        return scriptParts(run->stdOut);
    };
    if (sOk)
        sFacts = factsOf(kSecondary, sAlong, sCmd, &sRun, &sBefore, &sAfter);
    if (pOk)
        pFacts = factsOf(kPrimary, pAlong, pCmd, &pRun, &pBefore, &pAfter);
    if (prefetch) {
        // Only a complete answer is kept (else the steps ask again).
        auto pre = std::make_shared<SetupPrefetch>();
        const ScriptPart pSql = pFacts.value("sql");
        if (pRun.ok() && pSql.rc == 0 && pFacts.contains("file") && !pSql.out.contains("ERROR:")) {
            pre->access = parseAccessFacts(pFacts.value("file").out, pSql.out);
            QStringList settingLines;
            for (const QString &line : QString::fromUtf8(pSql.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (line.startsWith(QLatin1String("set|")) || line.startsWith(QLatin1String("slot|")))
                    settingLines << line;
            pre->settings = settingLines.join(QLatin1Char('\n'));
        }
        const ScriptPart sSql = sFacts.value("sql");
        if (sRun.ok() && sSql.rc == 0 && !sSql.out.contains("ERROR:"))
            pre->standby = QString::fromUtf8(sSql.out).section(QLatin1Char('\n'), 1).trimmed();
        if (pRun.ok() && pFacts.contains("cont"))
            pre->primaryContainers = QString::fromUtf8(pFacts.value("cont").out);
        if (sRun.ok() && sFacts.contains("cont"))
            pre->secondaryApps = pre->secondaryDb = QString::fromUtf8(sFacts.value("cont").out);
        state->prefetch = pre;
    }
    // The lines of the primary's SQL part that start with a tag ("rec|", "size|", "set|").
    auto tagged = [&](const QString &tag) {
        QStringList out;
        const ScriptPart sql = pFacts.value("sql");
        if (sql.rc != 0)
            return out;
        for (const QString &line : QString::fromUtf8(sql.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line.startsWith(tag + QLatin1Char('|')))
                out << line.mid(tag.size() + 1);
        return out;
    };
    auto failedDetails = [](const CommandResult &r, const RemoteCommand &cmd, const ScriptPart &part) {
        if (!r.ok())
            return QStringLiteral("%1\n%2\n%3").arg(shellCommandLine(cmd.argv()), describeOutcome(r), commandTail(r));
        return QString::fromUtf8(part.out).trimmed();
    };

    // Primary database: running and not in recovery; versions.
    QString pVersion, sVersion;
    const QString tPrimaryDb = Tr::tr("Primary database");
    if (pOk) {
        const QString err = failedDetails(pRun, pCmd, pFacts.value("sql"));
        const QStringList recLines = tagged(QStringLiteral("rec"));
        const std::optional<QString> rec = recLines.isEmpty() ? std::nullopt : std::optional<QString>(recLines.first());
        if (!rec) {
            add(QStringLiteral("db.primary"), kPrimary, p.host, S::Error, tPrimaryDb,
                Tr::tr("The database on the primary does not answer."),
                Tr::tr("Start OpenELIS on the primary, then run the checks again."), err);
        } else if (rec->startsWith(QLatin1String("true"))) {
            add(QStringLiteral("db.primary"), kPrimary, p.host, S::Error, tPrimaryDb,
                Tr::tr("The database on %1 is itself a standby (in recovery), not a primary.").arg(p.host),
                Tr::tr("Choose the server where OpenELIS is in use as the primary."));
        } else {
            pVersion = rec->section(QLatin1Char('|'), 1);
            add(QStringLiteral("db.primary"), kPrimary, p.host, S::Ok, tPrimaryDb,
                Tr::tr("The database runs and accepts writes (PostgreSQL %1).").arg(pVersion.toInt() / 10000));
        }
    } else {
        skipped(QStringLiteral("db.primary"), kPrimary, tPrimaryDb);
    }
    const QString tVersion = Tr::tr("Same PostgreSQL version");
    if (sOk && !pVersion.isEmpty()) {
        const ScriptPart v = sFacts.value("sql");
        sVersion = v.rc == 0 ? QString::fromUtf8(v.out).section(QLatin1Char('\n'), 0, 0).trimmed() : QString();
        if (sVersion.isEmpty()) {
            add(QStringLiteral("db.version"), kSecondary, s.host, S::Warning, tVersion,
                Tr::tr("The secondary's database does not answer, so its version is unknown."),
                Tr::tr("The copy will replace it anyway; check that both servers run the same "
                       "OpenELIS release."));
        } else if (sVersion.toInt() / 10000 != pVersion.toInt() / 10000) {
            add(QStringLiteral("db.version"), kSecondary, s.host, S::Error, tVersion,
                Tr::tr("The primary runs PostgreSQL %1 but the secondary runs PostgreSQL %2.")
                    .arg(pVersion.toInt() / 10000)
                    .arg(sVersion.toInt() / 10000),
                Tr::tr("Install the same OpenELIS release on both servers."));
        } else {
            add(QStringLiteral("db.version"), kSecondary, s.host, S::Ok, tVersion,
                Tr::tr("Both servers run PostgreSQL %1.").arg(pVersion.toInt() / 10000));
        }
    } else {
        add(QStringLiteral("db.version"), kSecondary, s.host, S::Skipped, tVersion,
            Tr::tr("Skipped: a database could not be asked."));
    }

    // The secondary reaches the primary's database port (from its database container).
    const QString tReach = Tr::tr("Secondary reaches the primary's database");
    if (sOk && pOk) {
        // From the secondary's database container, or a throwaway one of its image when it is
        // stopped (a fenced former primary): the "ready" part of the secondary's facts.
        const ScriptPart ready = sFacts.value("ready");
        CommandResult r;
        r.outcome = sRun.ok() ? CommandResult::Outcome::Exited : sRun.outcome;
        r.exitCode = sRun.ok() ? ready.rc : sRun.exitCode;
        r.stdOut = sRun.ok() ? ready.out : sRun.stdErr;
        if (r.outcome == CommandResult::Outcome::Exited && (r.exitCode == 0 || r.exitCode == 1)) {
            add(QStringLiteral("net.replication"), kSecondary, s.host, S::Ok, tReach,
                Tr::tr("The secondary reaches %1 port %2.").arg(p.host).arg(p.dbPort));
        } else {
            add(QStringLiteral("net.replication"), kSecondary, s.host, S::Error, tReach,
                Tr::tr("The secondary cannot reach the primary's database at %1 port %2.").arg(p.host).arg(p.dbPort),
                Tr::tr("Open port %1 on the primary's firewall for the secondary, and check that "
                       "the secondary can resolve \"%2\".")
                    .arg(p.dbPort)
                    .arg(p.host),
                QString::fromUtf8(r.stdOut + r.stdErr).trimmed());
        }
    } else {
        add(QStringLiteral("net.replication"), kSecondary, s.host, S::Skipped, tReach,
            Tr::tr("Skipped: a server could not be checked."));
    }

    // Free disk on the secondary for a copy of the primary's database.
    const QString tDisk = Tr::tr("Free disk space on the secondary");
    if (sOk && pOk) {
        const QStringList sizeLines = tagged(QStringLiteral("size"));
        const std::optional<QString> size = sizeLines.isEmpty() ? std::nullopt
                                                                : std::optional<QString>(sizeLines.first());
        CommandResult df = sRun;
        df.stdOut = sFacts.value("disk").out;
        const QStringList f = QString::fromUtf8(df.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const qint64 need = qint64(size.value_or(QStringLiteral("0")).toLongLong() * 1.2) + (256LL << 20);
        const qint64 avail = f.value(0).toLongLong();
        const qint64 own = f.value(1).toLongLong();
        auto gb = [](qint64 b) { return QString::number(double(b) / 1e9, 'f', 2); };
        if (!size || !df.ok() || f.isEmpty()) {
            add(QStringLiteral("disk.secondary"), kSecondary, s.host, S::Error, tDisk,
                Tr::tr("Could not measure the disk space."), {}, commandTail(df));
        } else if (avail < need) {
            add(QStringLiteral("disk.secondary"), kSecondary, s.host, S::Error, tDisk,
                Tr::tr("The secondary has %1 GB free under %2, but the copy of the primary's "
                       "database needs about %3 GB (its current database, %4 GB, is kept aside).")
                    .arg(gb(avail), plan.installDir, gb(need), gb(own)),
                Tr::tr("Free disk space on the secondary, or enlarge its disk."));
        } else {
            add(QStringLiteral("disk.secondary"), kSecondary, s.host, S::Ok, tDisk,
                Tr::tr("%1 GB free; the copy needs about %2 GB (the current database, %3 GB, is kept "
                       "aside).")
                    .arg(gb(avail), gb(need), gb(own)));
        }
    } else {
        add(QStringLiteral("disk.secondary"), kSecondary, s.host, S::Skipped, tDisk,
            Tr::tr("Skipped: a server could not be checked."));
    }

    // Clocks and OpenELIS versions.
    QMap<QString, QString> oeVersion;
    for (const QString &role : {kPrimary, kSecondary}) {
        const ServerSpec &srv = plan.server(role);
        const QString tClock = Tr::tr("Clock");
        const QString tOe = Tr::tr("OpenELIS version");
        if (!roleUsable(list, role)) {
            skipped(QStringLiteral("clock"), role, tClock);
            skipped(QStringLiteral("openelis.version"), role, tOe);
            continue;
        }
        const bool isPrimary = role == kPrimary;
        const QMap<QByteArray, ScriptPart> &facts = isPrimary ? pFacts : sFacts;
        const CommandResult &d = isPrimary ? pRun : sRun;
        const qint64 before = isPrimary ? pBefore : sBefore, after = isPrimary ? pAfter : sAfter;
        // The clock is read first thing in the command: compare with its start, allowing for
        // the time to get there (at most half the command's time).
        const qint64 serverMs = facts.value("clock").out.trimmed().toLongLong();
        const qint64 skew = serverMs - before - std::min<qint64>((after - before) / 2, 150);
        if (!d.ok() || serverMs == 0) {
            add(QStringLiteral("clock"), role, srv.host, S::Warning, tClock, Tr::tr("Could not read the clock."));
        } else if (std::abs(skew) > 30000) {
            add(QStringLiteral("clock"), role, srv.host, S::Warning, tClock,
                Tr::tr("The clock differs from this computer's by %n second(s).", nullptr, int(skew / 1000)),
                Tr::tr("Set up time synchronisation (NTP) on the servers: reports and delays "
                       "are easier to read with correct clocks."));
        } else {
            add(QStringLiteral("clock"), role, srv.host, S::Ok, tClock,
                Tr::tr("The clock agrees with this computer's (within %1 ms).").arg(std::abs(skew)));
        }
        const ScriptPart img = facts.value("image");
        const QString image = img.rc == 0 ? QString::fromUtf8(img.out).trimmed() : QString();
        const QString tag = image.contains(QLatin1Char(':')) ? image.section(QLatin1Char(':'), -1) : QString();
        oeVersion.insert(role, tag);
    }
    const QString tOe = Tr::tr("Same OpenELIS version");
    const QString pv = oeVersion.value(kPrimary), sv = oeVersion.value(kSecondary);
    if (pv.isEmpty() || sv.isEmpty()) {
        add(QStringLiteral("openelis.version"), {}, {}, S::Warning, tOe,
            Tr::tr("The OpenELIS version could not be read on both servers."),
            Tr::tr("Make sure both servers run the same OpenELIS release."));
    } else if (pv != sv) {
        add(QStringLiteral("openelis.version"), {}, {}, S::Error, tOe,
            Tr::tr("The primary runs OpenELIS %1 but the secondary runs %2.").arg(pv, sv),
            Tr::tr("Install the same OpenELIS release on both servers first."));
    } else {
        add(QStringLiteral("openelis.version"), {}, {}, S::Ok, tOe, Tr::tr("Both servers run OpenELIS %1.").arg(pv));
    }

    // What will need a restart of the primary's database.
    const QString tRestart = Tr::tr("Database restart on the primary");
    if (pOk && !pVersion.isEmpty()) {
        const QString err = failedDetails(pRun, pCmd, pFacts.value("sql"));
        const QStringList settingLines = tagged(QStringLiteral("set"));
        const std::optional<QList<SettingChange>> changes = settingLines.isEmpty()
                                                                ? std::nullopt
                                                                : std::optional<QList<SettingChange>>(settingChanges(
                                                                    settingLines.join(QLatin1Char('\n'))));
        if (!changes) {
            add(QStringLiteral("primary.restart"), kPrimary, p.host, S::Warning, tRestart,
                Tr::tr("Could not read the replication settings."), {}, err);
        } else {
            QStringList restartNames, all;
            for (const SettingChange &c : *changes) {
                all << QStringLiteral("%1: %2 → %3").arg(c.name, c.from, c.to);
                if (c.needsRestart)
                    restartNames << c.name;
            }
            if (!restartNames.isEmpty()) {
                add(QStringLiteral("primary.restart"), kPrimary, p.host, S::Warning, tRestart,
                    Tr::tr("The database on the primary must be restarted once to apply %1. "
                           "OpenELIS will not answer for about 10 to 30 seconds.")
                        .arg(restartNames.join(QStringLiteral(", "))),
                    Tr::tr("Choose a quiet moment, and tell the users."), all.join(QLatin1Char('\n')));
            } else {
                add(QStringLiteral("primary.restart"), kPrimary, p.host, S::Ok, tRestart,
                    all.isEmpty()
                        ? Tr::tr("No setting needs changing; no restart is needed.")
                        : Tr::tr("Settings to change without a restart: %1.").arg(all.join(QStringLiteral(", "))));
            }
        }
    } else {
        add(QStringLiteral("primary.restart"), kPrimary, p.host, S::Skipped, tRestart,
            Tr::tr("Skipped: the primary's database could not be asked."));
    }
    return list;
}

// --- steps -------------------------------------------------------------------------------

namespace {

StepResult failCommand(StepContext &c, const QString &role, const QString &what, const RemoteCommand &cmd,
                       const CommandResult &r)
{
    return commandFailure(what, c.hostOf(role), cmd, r);
}

StepResult mustSql(StepContext &c, const QString &role, const QString &db, const QString &sql,
                                  const QMap<QString, QString> &vars, const QString &what, QString *out = nullptr,
                                  bool logSql = true)
{
    QString err;
    const auto r = querySql(c, role, db, sql, vars, &err, logSql);
    if (!r)
        return StepResult::error(what, err);
    if (out)
        *out = *r;
    return StepResult::success();
}

bool waitDatabaseReady(StepContext &c, const QString &role, std::chrono::seconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    return waitUntil(
        c, timeout,
        [&] {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline
                                                                                    - std::chrono::steady_clock::now());
            return waitForSql(c, role, QStringLiteral("postgres"), QStringLiteral("SELECT 'ready'"), {},
                              std::max(left, std::chrono::milliseconds(1000)), std::chrono::milliseconds(100))
                .has_value();
        },
        std::chrono::milliseconds(300));
}

// The pre-checks' answer for a part of the prefetch, when there is a fresh one (taken once).
template <typename T>
std::optional<T> takePrefetched(StepContext &c, const SetupState &st, std::optional<T> SetupPrefetch::*part)
{
    if (!st.prefetch || !st.prefetch->fresh() || !((*st.prefetch).*part))
        return std::nullopt;
    std::optional<T> v = std::exchange((*st.prefetch).*part, std::nullopt);
    c.log(QString(), LogStream::Info, Tr::tr("(Read with the pre-checks a moment ago.)"));
    return v;
}

// From the pre-checks: each of `containers` that exists is (not) running with `policy` (any
// when empty), and the database container was seen (the listing worked).
bool prefetchedContainersAre(StepContext &c, const SetupState &st, std::optional<QString> SetupPrefetch::*part,
                             const QStringList &containers, bool running, const QString &policy = {})
{
    const std::optional<QString> out = takePrefetched(c, st, part);
    if (!out)
        return false;
    const QMap<QString, ContainerLine> states = parseContainerLines(out->toUtf8());
    if (!states.contains(c.plan->dbContainer))
        return false;
    for (const QString &name : containers) {
        const auto it = states.constFind(name);
        if (it != states.cend() && (it->running != running || (!policy.isEmpty() && it->policy != policy)))
            return false;
    }
    return true;
}

StepResult readAccessFacts(StepContext &c, const SetupState &st, AccessFacts *f)
{
    if (auto pre = takePrefetched(c, st, &SetupPrefetch::access)) {
        *f = *pre;
        if (f->hbaFile.isEmpty())
            return StepResult::error(Tr::tr("Could not find pg_hba.conf on the primary."));
        return StepResult::success();
    }
    const QString secretFile = c.plan->installDir + QStringLiteral("/secrets/backup_datasource.password");
    RemoteCommand cmd = shellScript(
        secretFileTest(1)
            + QStringLiteral(
                "echo @@oef-sql; docker exec -i \"$2\" psql -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX "
                "-v \"u=$3\" -f - 2>&1; echo \"@@oef-rc $?\"; exit 0"),
        {secretFile, c.plan->dbContainer, st.replicationUser});
    cmd.stdinData = kAccessSql;
    cmd.description = shellCommandLine(cmd.argv()) + QStringLiteral(" <<< (role, pg_hba.conf)");
    CommandResult r;
    if (auto e = mustRun(c, kPrimary, cmd, Tr::tr("Could not read the database roles."), &r, false); !e.ok)
        return e;
    const QMap<QByteArray, ScriptPart> parts = scriptParts(r.stdOut);
    const ScriptPart sql = parts.value("sql");
    if (sql.rc != 0) {
        r.outcome = CommandResult::Outcome::Exited;
        r.exitCode = sql.rc;
        r.stdErr = sql.out;
        return failCommand(c, kPrimary, Tr::tr("Could not read the database roles."), cmd, r);
    }
    *f = parseAccessFacts(parts.value("file").out, sql.out);
    if (f->hbaFile.isEmpty())
        return StepResult::error(Tr::tr("Could not find pg_hba.conf on the primary."));
    return StepResult::success();
}

// Step 1a: the replication role and its secrets file. *changed: the role was created or altered.
StepResult ensureReplicationRole(StepContext &c, SetupState &st, const AccessFacts &facts, bool *changed)
{
    const Plan &plan = *c.plan;
    const QString secretFile = plan.installDir + QStringLiteral("/secrets/backup_datasource.password");
    const QString roleInfo = facts.roleInfo;
    const bool haveFile = facts.haveFile;
    *changed = true;
    if (!roleInfo.isEmpty() && haveFile) {
        if (roleInfo != QLatin1String("true|true")) {
            if (auto e = mustSql(c, kPrimary, QStringLiteral("postgres"),
                                 QStringLiteral("ALTER ROLE :\"u\" WITH LOGIN REPLICATION"),
                                 {{QStringLiteral("u"), st.replicationUser}},
                                 Tr::tr("Could not give the replication right to the role.")); !e.ok)
                return e;
        } else {
            *changed = false;
        }
        c.log(c.hostOf(kPrimary), LogStream::Info,
              Tr::tr("Reusing the role \"%1\" and its password file.").arg(st.replicationUser));
        return StepResult::success();
    }
    // Create the role and/or the file. A new password is generated (letters and digits only).
    QString password;
    if (haveFile) {
        CommandResult r;
        if (auto e = mustRun(c, kPrimary, shellScript(QStringLiteral("cat \"$1\""), {secretFile}),
                             Tr::tr("Could not read the replication password file."), &r, false); !e.ok)
            return e;
        password = QString::fromUtf8(r.stdOut).trimmed();
    } else {
        password = randomPassword();
        const RemoteCommand write = [&] {
            RemoteCommand w = shellScript(QStringLiteral("umask 077; mkdir -p \"$(dirname \"$1\")\"; "
                                                         "cat > \"$1.oef-new\" && chmod 600 \"$1.oef-new\" && "
                                                         "chown 0:0 \"$1.oef-new\" && mv \"$1.oef-new\" \"$1\""),
                                          {secretFile});
            w.stdinData = password.toUtf8();
            return w;
        }();
        if (auto e = mustRun(c, kPrimary, write, Tr::tr("Could not write the replication password file.")); !e.ok)
            return e;
    }
    QString literal = password;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString sql = roleInfo.isEmpty()
                            ? QStringLiteral("CREATE ROLE :\"u\" WITH LOGIN REPLICATION PASSWORD '%1'").arg(literal)
                            : QStringLiteral("ALTER ROLE :\"u\" WITH LOGIN REPLICATION PASSWORD '%1'").arg(literal);
    if (auto e = mustSql(c, kPrimary, QStringLiteral("postgres"), sql, {{QStringLiteral("u"), st.replicationUser}},
                         Tr::tr("Could not create the replication role."), nullptr, /*logSql=*/false); !e.ok)
        return e;
    c.log(c.hostOf(kPrimary), LogStream::Info,
          roleInfo.isEmpty()
              ? Tr::tr("Created the replication role \"%1\".").arg(st.replicationUser)
              : Tr::tr("Set a new password for the role \"%1\" (its file was missing).").arg(st.replicationUser));
    return StepResult::success();
}

// Step 1b: exactly one pg_hba.conf replication entry for the secondary.
StepResult ensureHbaEntry(StepContext &c, SetupState &st, const AccessFacts &facts)
{
    const Plan &plan = *c.plan;
    const QString secondaryHost = c.hostOf(kSecondary);
    const QString address = hbaAddress(secondaryHost);
    const QString hbaFile = facts.hbaFile, method = facts.method;
    if (method.isEmpty())
        return StepResult::error(Tr::tr("Could not read the role."));
    CommandResult r;
    r.stdOut = facts.hba;
    const QString entry = QStringLiteral("host replication %1 %2 %3 %4 %5")
                              .arg(st.replicationUser, address, method, kHbaMarker, secondaryHost);
    const QStringList lines = QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'));
    QStringList kept;
    int ours = 0;
    bool exact = false;
    for (const QString &line : lines) {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        const bool isOurs = line.contains(kHbaMarker) && words.size() >= 4 && words[3] == address;
        if (isOurs) {
            ++ours;
            exact = exact || line.trimmed() == entry;
            continue;
        }
        kept << line;
    }
    if (ours == 1 && exact) {
        c.log(c.hostOf(kPrimary), LogStream::Info, Tr::tr("pg_hba.conf already has the entry for %1.").arg(address));
        return StepResult::success();
    }
    // Our entry goes before the first rule, so that no earlier line can shadow it.
    qsizetype at = 0;
    while (at < kept.size() && (kept[at].trimmed().isEmpty() || kept[at].trimmed().startsWith(QLatin1Char('#'))))
        ++at;
    kept.insert(at, entry);
    while (kept.size() > 1 && kept.last().isEmpty() && kept[kept.size() - 2].isEmpty())
        kept.removeLast();
    QString content = kept.join(QLatin1Char('\n'));
    if (!content.endsWith(QLatin1Char('\n')))
        content += QLatin1Char('\n');
    const QString ts = fileTimestamp();
    // In one command: the new file (the old one kept next to it), then reload and ask
    // PostgreSQL whether it found errors in it.
    RemoteCommand write = shellScript(
        QStringLiteral(
            "docker exec -i -u postgres \"$1\" sh -c 'cp -p \"$1\" \"$1.oef-backup-$2\" && cat > \"$1.oef-new\" && "
            "chmod --reference=\"$1\" \"$1.oef-new\" && mv \"$1.oef-new\" \"$1\"' sh \"$2\" \"$3\" || exit 3; "
            "docker exec \"$1\" psql -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX -c 'SELECT pg_reload_conf()' "
            "-c 'SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL' || exit 4"),
        {plan.dbContainer, hbaFile, ts});
    write.stdinData = content.toUtf8();
    CommandResult wr;
    if (auto e = mustRun(c, kPrimary, write, Tr::tr("Could not update pg_hba.conf on the primary."), &wr); !e.ok) {
        if (wr.outcome == CommandResult::Outcome::Exited && wr.exitCode == 4)
            e.message = Tr::tr("Could not reload the primary's configuration.");
        return e;
    }
    const QString errors = QString::fromUtf8(wr.stdOut).trimmed();
    if (errors.section(QLatin1Char('\n'), -1).trimmed() != QLatin1String("0")) {
        // Put the previous file back: never leave a broken pg_hba.conf.
        runOn(c, kPrimary,
              dockerCommand({QStringLiteral("exec"), QStringLiteral("-u"), QStringLiteral("postgres"), plan.dbContainer,
                             QStringLiteral("cp"), QStringLiteral("-p"), hbaFile + QStringLiteral(".oef-backup-") + ts,
                             hbaFile}));
        querySql(c, kPrimary, QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"));
        return StepResult::error(Tr::tr("The new pg_hba.conf was not accepted by PostgreSQL; the previous "
                                        "file was put back."));
    }
    c.log(c.hostOf(kPrimary), LogStream::Info,
          Tr::tr("pg_hba.conf: one replication entry for %1 (previous file kept as %2).")
              .arg(address, hbaFile + QStringLiteral(".oef-backup-") + ts));
    return StepResult::success();
}

// The primary's restart and the wait until its database answers again, in one command (exit
// status 4: the restart failed, 3: no answer in time).
RemoteCommand primaryRestartCommand(const Plan &plan)
{
    const RemoteCommand wait = waitForSqlCommand(plan, QStringLiteral("postgres"), QStringLiteral("SELECT 'up'"), {},
                                                 std::chrono::seconds(180), std::chrono::milliseconds(100));
    RemoteCommand c = shellScript(
        QStringLiteral("docker restart -t 60 \"$1\" >/dev/null || exit 4; shift; exec \"$@\""),
        QStringList{plan.dbContainer} + wait.argv(), true, std::chrono::minutes(4));
    c.description = shellCommandLine({QStringLiteral("docker"), QStringLiteral("restart"), QStringLiteral("-t"),
                                      QStringLiteral("60"), plan.dbContainer})
                    + QStringLiteral("; ") + wait.description;
    return c;
}

// What the restart's command came to; nullopt when the database is back.
StepResult primaryRestartResult(StepContext &c, SetupState &st, const RemoteCommand &cmd,
                                               const CommandResult &r)
{
    if (r.ok()) {
        st.restartDeferred.clear();
        st.primaryRestarted = true;
        return StepResult::success();
    }
    if (r.outcome == CommandResult::Outcome::Cancelled)
        return StepResult::error(Tr::tr("Cancelled."));
    if (r.outcome == CommandResult::Outcome::Exited && r.exitCode == 3)
        return StepResult::error(Tr::tr("The primary's database did not come back after the restart. "
                                        "Check it with \"docker logs %1\" on the primary.")
                                     .arg(c.plan->dbContainer));
    return commandFailure(Tr::tr("Could not restart the primary's database."), c.hostOf(kPrimary), cmd, r);
}

void logPrimaryRestart(StepContext &c, const QString &settings)
{
    c.log(c.hostOf(kPrimary), LogStream::Warning,
          Tr::tr("Restarting the primary's database to apply: %1").arg(settings));
}

// Restarts the primary's database now and waits for it, to apply `settings`.
StepResult restartPrimary(StepContext &c, SetupState &st, const QString &settings)
{
    logPrimaryRestart(c, settings);
    c.progress(0.5, Tr::tr("Restarting the database on the primary…"));
    const RemoteCommand cmd = primaryRestartCommand(*c.plan);
    return primaryRestartResult(c, st, cmd, runOn(c, kPrimary, cmd, false));
}

// The restart ensureSettings() left for later, now (paths without a copy to wait for, or
// when it could not run alongside the copy's check).
StepResult restartDeferredNow(StepContext &c, SetupState &st)
{
    if (st.restartDeferred.isEmpty())
        return StepResult::success();
    return restartPrimary(c, st, st.restartDeferred);
}

// The slot's query: "exists", "created" or "full" (no free slot); :'s' is its name.
const QString kEnsureSlotSql = QStringLiteral(
    "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = :'s') THEN 'exists' "
    "WHEN (SELECT count(*) FROM pg_replication_slots) >= current_setting('max_replication_slots')::int THEN 'full' "
    "ELSE (SELECT 'created' FROM pg_create_physical_replication_slot(:'s', true)) END");

// Step 1c: settings (never lowered), restart only when needed. *slotExists: the slot for
// this secondary is already there (read in the same query). mayDefer: the flow goes on to the
// secondary, so a restart that a copy of the database does not need can wait for it (below).
// *slotAnswer: the slot query's answer when it ran with the settings (no restart in between).
StepResult ensureSettings(StepContext &c, SetupState &st, bool *slotExists, bool mayDefer, QString *slotAnswer)
{
    QString err;
    std::optional<QString> out = takePrefetched(c, st, &SetupPrefetch::settings);
    if (!out)
        out = querySql(c, kPrimary, QStringLiteral("postgres"), QString::fromUtf8(kSetLinesSql + kSlotCountSql),
                       {{QStringLiteral("s"), st.slotName}}, &err);
    if (!out)
        return StepResult::error(Tr::tr("Could not read the primary's settings."), err);
    QStringList settingLines;
    *slotExists = false;
    for (const QString &line : out->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("set|")))
            settingLines << line.mid(4);
        else if (line.startsWith(QLatin1String("slot|")))
            *slotExists = line.mid(5).trimmed() != QLatin1String("0");
    }
    const std::optional<QList<SettingChange>> changes = settingChanges(settingLines.join(QLatin1Char('\n')));
    if (changes->isEmpty())
        return StepResult::success();
    QString sql;
    for (const SettingChange &ch : *changes) {
        sql += QStringLiteral("ALTER SYSTEM SET %1 = '%2';\n").arg(ch.name, ch.to); // fixed names/values
        st.changedSettings << QStringLiteral("%1: %2 -> %3").arg(ch.name, ch.from, ch.to);
    }
    // When a change needs the restart anyway, the restart applies them all. Else reload, give
    // the server a moment to read the file, then ask what waits for a restart.
    // pg_basebackup needs neither wal_log_hints nor hot_standby: the restart for them waits
    // until the copy of the database is taken and runs while the copy is checked, instead of
    // delaying the copy's start (restartDeferredNow, baseBackupAndSwap).
    static const QStringList kNotForTheCopy{QStringLiteral("wal_log_hints"), QStringLiteral("hot_standby")};
    auto restartCanWait = [mayDefer](const QStringList &names) {
        return mayDefer && std::all_of(names.cbegin(), names.cend(), [](const QString &n) {
                   return kNotForTheCopy.contains(n);
               });
    };
    // A setting only read at start-up needs the restart even when the server has not yet
    // noticed the new file.
    QStringList restartFor;
    for (const SettingChange &ch : *changes)
        if (ch.needsRestart)
            restartFor << ch.name;
    const bool restartCertain = !restartFor.isEmpty();
    if (!restartCertain)
        sql += QStringLiteral(
            "SELECT pg_reload_conf() \\g /dev/null\nSELECT pg_sleep(0.1) \\g /dev/null\n"
            "SELECT 'pending|' || coalesce(string_agg(name, ','), '') FROM pg_settings WHERE pending_restart;\n");
    // No restart before the copy: the slot in the same command.
    const bool slotNow = !restartCertain || restartCanWait(restartFor);
    if (slotNow)
        sql += QStringLiteral("SELECT 'slot|' || (%1);\n").arg(kEnsureSlotSql);
    QString answer;
    if (auto e = mustSql(c, kPrimary, QStringLiteral("postgres"), sql, {{QStringLiteral("s"), st.slotName}},
                         Tr::tr("Could not change the primary's replication settings."), &answer); !e.ok)
        return e;
    QString pending;
    for (const QString &line : answer.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("pending|")))
            pending = line.mid(8).trimmed();
        else if (line.startsWith(QLatin1String("slot|")))
            *slotAnswer = line.mid(5).trimmed();
    }
    // What the server says waits for a restart (asked only when no restart was certain).
    for (const QString &name : pending.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!restartFor.contains(name))
            restartFor << name;
    pending = restartFor.join(QLatin1Char(','));
    if (pending.isEmpty())
        return StepResult::success();
    if (restartCanWait(restartFor)) {
        st.restartDeferred = pending;
        c.log(c.hostOf(kPrimary), LogStream::Info,
              Tr::tr("The primary's database will be restarted once its copy is taken, to apply: %1").arg(pending));
        return StepResult::success();
    }
    return restartPrimary(c, st, pending);
}

// What the slot's query answered.
StepResult slotOutcome(StepContext &c, const SetupState &st, const QString &out)
{
    if (out == QLatin1String("full"))
        return StepResult::error(Tr::tr("The primary has no free replication slot (max_replication_slots): drop an "
                                        "unused one or raise the setting, then run the set-up again."));
    c.log(c.hostOf(kPrimary), LogStream::Info,
          out == QLatin1String("created") ? Tr::tr("Created the replication slot %1.").arg(st.slotName)
                                          : Tr::tr("The replication slot %1 already exists.").arg(st.slotName));
    return StepResult::success();
}

// Step 1d: the physical replication slot for this secondary.
StepResult ensureSlot(StepContext &c, SetupState &st)
{
    QString out;
    if (auto e = mustSql(c, kPrimary, QStringLiteral("postgres"), kEnsureSlotSql, {{QStringLiteral("s"), st.slotName}},
                         Tr::tr("Could not create the replication slot."), &out); !e.ok)
        return e;
    return slotOutcome(c, st, out);
}

// Step 2: the secondary's application containers stopped, restart policy "no".
// The containers among the arguments that exist ("$@" after the prologue); then the script's rest.
const QString kPresentContainers = QStringLiteral(
    "names=$(docker ps -a --format '{{.Names}}') || { echo 'docker ps failed' >&2; exit 2; }; n=$#; "
    "for a do if printf '%s\\n' \"$names\" | grep -qxF -- \"$a\"; then set -- \"$@\" \"$a\"; fi; done; shift \"$n\"; ");

StepResult stopSecondaryApps(StepContext &c)
{
    if (c.plan->appContainers.isEmpty())
        return StepResult::success();
    RemoteCommand stop = shellScript(
        kPresentContainers
            + QStringLiteral("[ $# -gt 0 ] || exit 0; docker update --restart=no \"$@\" >/dev/null || exit 3; "
                             "docker stop -t 30 \"$@\" || exit 4"),
        c.plan->appContainers, true, std::chrono::minutes(3));
    CommandResult r;
    if (auto e = mustRun(c, kSecondary, stop, Tr::tr("Could not stop the secondary's application containers."), &r); !e.ok) {
        if (r.outcome == CommandResult::Outcome::Exited && r.exitCode == 2)
            e.message = Tr::tr("Could not list the containers on the secondary.");
        else if (r.outcome == CommandResult::Outcome::Exited && r.exitCode == 3)
            e.message = Tr::tr("Could not change the restart policy of the secondary's containers.");
        return e;
    }
    return StepResult::success();
}

// Is the secondary already a standby streaming from this primary?
// *systemId (when asked): the secondary's database system identifier, read in the same query
// (empty when its database does not answer).
// kStandbySql's output (or its first line alone): does it stream from the primary?
bool streamsFromPrimary(StepContext &c, const QString &all, QString *systemId)
{
    if (systemId)
        for (const QString &line : all.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("id|")))
                *systemId = line.mid(3).trimmed();
    const QStringList f = all.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('|'));
    return f.size() >= 4 && f[0] == QLatin1String("true") && f[1] == QLatin1String("streaming")
           && (f[2] == c.hostOf(kPrimary) || resolveAddresses(c.hostOf(kPrimary)).contains(f[2]));
}

bool alreadyStreaming(StepContext &c, QString *systemId = nullptr)
{
    if (systemId)
        systemId->clear();
    const auto all = querySql(c, kSecondary, QStringLiteral("postgres"), QString::fromUtf8(kStandbySql));
    return all && streamsFromPrimary(c, *all, systemId);
}

// Waits on the secondary itself (every 50 ms) until it streams from the primary.
bool waitStreaming(StepContext &c, std::chrono::seconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    // Retried from here while the database container is not up yet.
    return waitUntil(
        c, timeout,
        [&] {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline
                                                                                    - std::chrono::steady_clock::now());
            const auto r = waitForSql(
                c, kSecondary, QStringLiteral("postgres"),
                QStringLiteral("SELECT 'streaming|' || coalesce(sender_host,'') FROM pg_stat_wal_receiver "
                               "WHERE status = 'streaming' AND pg_is_in_recovery()"),
                {}, std::max(left, std::chrono::milliseconds(1000)), std::chrono::milliseconds(50));
            if (!r)
                return false;
            const QString sender = r->section(QLatin1Char('\n'), 0, 0).mid(10).trimmed();
            return sender == c.hostOf(kPrimary) || resolveAddresses(c.hostOf(kPrimary)).contains(sender);
        },
        std::chrono::milliseconds(300));
}

QString pgpassEscape(QString v)
{
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return v;
}

QString conninfoQuote(QString v)
{
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// Keepalives and TCP timeouts on both ends (options= sets the server's side of the connection),
// so that a cut link ends a copy in seconds and the primary frees the slot soon after.
const QString kConnOpts = QStringLiteral("keepalives=1 keepalives_idle=5 keepalives_interval=2 "
                                         "keepalives_count=3 tcp_user_timeout=20000 connect_timeout=10 "
                                         "options=-ctcp_user_timeout=20000");

// The lines appended to postgresql.auto.conf of a standby: primary_conninfo (with a passfile,
// never the password) and the slot.
QString standbyAutoConf(StepContext &c, const SetupState &st)
{
    const ServerSpec &primary = c.plan->server(kPrimary);
    const QString pgpassInData = kPgData + QStringLiteral("/oef-replication.pgpass");
    const QString conninfo = QStringLiteral("host=%1 port=%2 user=%3 passfile=%4 application_name=%5 %6")
                                 .arg(conninfoQuote(primary.host))
                                 .arg(primary.dbPort)
                                 .arg(conninfoQuote(st.replicationUser), conninfoQuote(pgpassInData),
                                      conninfoQuote(st.slotName), kConnOpts);
    const QString autoConf =
        QStringLiteral("\n# oe-failover: standby of %1\nprimary_conninfo = '%2'\nprimary_slot_name = '%3'\n")
            .arg(primary.host, QString(conninfo).replace(QLatin1Char('\''), QStringLiteral("''")), st.slotName);
    return autoConf;
}

// $1 data directory (host path), $2 the password file to copy in, $3 owner; stdin: the lines
// for postgresql.auto.conf. Runs in a subshell so that it can be part of a larger script.
const QString kStandbyConfigScript = QStringLiteral(
    "(cd \"$1\"; touch standby.signal; cat >> postgresql.auto.conf; "
    "cp \"$2\" oef-replication.pgpass; chown \"$3\" standby.signal oef-replication.pgpass postgresql.auto.conf; "
    "chmod 600 standby.signal oef-replication.pgpass)");

// standby.signal, primary_conninfo and the slot, written into a data directory on the
// secondary (host path). pgpassHost is copied in as the passfile.
StepResult writeStandbyConfig(StepContext &c, const SetupState &st, const QString &dirHost,
                                             const QString &pgpassHost, const QString &owner)
{
    RemoteCommand standby = shellScript(QStringLiteral("set -e; ") + kStandbyConfigScript,
                                        {dirHost, pgpassHost, owner});
    standby.stdinData = standbyAutoConf(c, st).toUtf8();
    return mustRun(c, kSecondary, standby, Tr::tr("Could not write the standby settings."));
}

// The password of the replication role, read on the primary, never logged.
StepResult readReplicationPassword(StepContext &c, SecretString *out)
{
    CommandResult pw;
    if (auto e = mustRun(c, kPrimary,
                         shellScript(QStringLiteral("cat \"$1\""),
                                     {c.plan->installDir + QStringLiteral("/secrets/backup_datasource.password")}),
                         Tr::tr("Could not read the replication password on the primary."), &pw, false); !e.ok)
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
                         Tr::tr("Could not read the owner of the secondary's database files."), &r, false); !e.ok)
        return e;
    *owner = QString::fromUtf8(r.stdOut).trimmed();
    return StepResult::success();
}

// The image of the secondary's database container (for throwaway containers of the same
// PostgreSQL: pg_basebackup, pg_verifybackup, pg_rewind, pg_controldata).
StepResult dbImage(StepContext &c, QString *image)
{
    CommandResult img;
    if (auto e = mustRun(c, kSecondary,
                         dockerCommand({QStringLiteral("inspect"), QStringLiteral("-f"),
                                        QStringLiteral("{{.Config.Image}}"), c.plan->dbContainer}),
                         Tr::tr("Could not read the database image on the secondary."), &img, false); !e.ok)
        return e;
    *image = QString::fromUtf8(img.stdOut).trimmed();
    return StepResult::success();
}

// A temporary libpq password file on the secondary (0600, owned by the database user).
StepResult writeTempPgpass(StepContext &c, const SetupState &st, const QString &path,
                                          const SecretString &password, const QString &owner)
{
    RemoteCommand prep = shellScript(
        QStringLiteral("set -e; umask 077; cat > \"$1\"; chown \"$2\" \"$1\"; chmod 600 \"$1\""), {path, owner});
    prep.stdinData = QStringLiteral("*:*:*:%1:").arg(pgpassEscape(st.replicationUser)).toUtf8()
                     + pgpassEscape(QString::fromUtf8(password.utf8())).toUtf8() + '\n';
    prep.description = shellCommandLine(prep.argv()) + QStringLiteral(" <<< (password file)");
    return mustRun(c, kSecondary, prep, Tr::tr("Could not write a temporary password file on the secondary."));
}

struct BaseBackupState
{
    QString ts;
    QString sideHost;      // host path of the side directory
    QString sideContainer; // the same, inside the container
    QString pgpassHost;    // temporary pgpass (host path)
    QString container;     // the throwaway pg_basebackup container
    QString owner;         // of the secondary's database files (uid:gid)
    QString image;         // the secondary's database image
    bool launched = false; // the copy runs in a detached container, started before the copy step
    bool swapped = false;
    bool done = false;
    bool cleaned = false;
};

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
    RemoteCommand cmd = shellScript(
        QStringLiteral(
            "pw=$(base64 -w0 < \"$1\") || exit 3; echo \"@@oef-pw $pw\"; pw=''; echo @@oef-sql; "
            "docker exec -i \"$2\" psql -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX -v \"s=$3\" -f - 2>&1; "
            "echo \"@@oef-rc $?\""),
        {c.plan->installDir + QStringLiteral("/secrets/backup_datasource.password"), c.plan->dbContainer, st.slotName});
    cmd.stdinData = QByteArrayLiteral(
        "SELECT 'id|' || system_identifier FROM pg_control_system();\n"
        "SELECT 'busy|' || count(pg_terminate_backend(active_pid)) FROM pg_replication_slots "
        "WHERE slot_name = :'s' AND active;\n");
    cmd.description = shellCommandLine(cmd.argv()) + QStringLiteral(" <<< (system identifier, slot)");
    CommandResult r;
    if (auto e = mustRun(c, kPrimary, cmd, Tr::tr("Could not read the replication password on the primary."), &r,
                         false); !e.ok)
        return e;
    QMap<QByteArray, ScriptPart> parts = scriptParts(r.stdOut);
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
    for (const QByteArray &line : sql.out.split('\n')) {
        if (line.startsWith("id|"))
            f->systemId = QString::fromUtf8(line.mid(3)).trimmed();
        else if (line.startsWith("busy|"))
            f->slotWasBusy = line.mid(5).trimmed() != "0";
    }
    return StepResult::success();
}

RemoteCommand baseBackupCommand(StepContext &c, const SetupState &st, const BaseBackupState &bb, bool detached,
                                bool placeholders = false);

// The side directory, a temporary password file and a free slot for a base backup. detached:
// also start the copy in a detached container, in the same command.
StepResult prepareBaseBackup(StepContext &c, SetupState &st, BaseBackupState &bb,
                                            const PrimaryCopyFacts &facts, bool detached)
{
    const Plan &plan = *c.plan;
    bb.ts = fileTimestamp();
    const QString name = QStringLiteral("oef-basebackup-") + bb.ts;
    bb.sideHost = plan.installDir + QStringLiteral("/backups/") + name;
    bb.sideContainer = kBackupsMount + QLatin1Char('/') + name;
    bb.pgpassHost = plan.installDir + QStringLiteral("/backups/.oef-pgpass-") + bb.ts;
    bb.container = QStringLiteral("oef-basebackup-") + bb.ts.toLower();

    QString &owner = bb.owner;
    QString &image = bb.image;
    // The secondary does not stream (checked before), so whoever still holds its slot is a
    // stale connection, e.g. an earlier copy cut off mid-way that the primary has not noticed
    // (it may hold it until the primary's wal_sender_timeout, 60 s). It was told to end when
    // the facts were read; wait until it has.
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
    // In one command on the secondary: the owner of its database files, the database's image,
    // the side directory and a temporary password file (0600, removed in every outcome); when
    // detached, then the copy's container (its owner and image filled in there).
    QString script = QStringLiteral(
        "set -e; umask 077; o=$(stat -c %u:%g \"$1/data\"); img=$(docker inspect -f '{{.Config.Image}}' \"$4\"); "
        "mkdir \"$2\"; chown \"$o\" \"$2\"; chmod 700 \"$2\"; cat > \"$3\"; chown \"$o\" \"$3\"; chmod 600 \"$3\"; "
        "echo \"@@oef-owner $o\"; echo \"@@oef-image $img\"");
    QStringList args{plan.installDir, bb.sideHost, bb.pgpassHost, plan.dbContainer};
    if (detached) {
        script += QStringLiteral(
            "; shift 4; n=$#; for a do case $a in @@owner@@) a=$o ;; @@image@@) a=$img ;; esac; "
            "set -- \"$@\" \"$a\"; done; shift \"$n\"; echo @@oef-launch; docker \"$@\" >/dev/null");
        args += baseBackupCommand(c, st, bb, true, true).args;
    }
    RemoteCommand prep = shellScript(script, args);
    prep.stdinData = QStringLiteral("*:*:*:%1:").arg(pgpassEscape(st.replicationUser)).toUtf8()
                     + pgpassEscape(QString::fromUtf8(facts.password.utf8())).toUtf8() + '\n';
    prep.description = shellCommandLine(prep.argv()) + QStringLiteral(" <<< (password file)");
    CommandResult r;
    if (auto e = mustRun(c, kSecondary, prep, Tr::tr("Could not prepare the copy directory on the secondary."), &r); !e.ok) {
        prep.stdinData.fill('\0');
        if (r.outcome == CommandResult::Outcome::Exited && r.stdOut.contains("@@oef-launch"))
            e.message = Tr::tr("The copy of the primary's database (pg_basebackup) could not start. The secondary "
                                "was not changed.");
        return e;
    }
    prep.stdinData.fill('\0');
    const QMap<QByteArray, ScriptPart> parts = scriptParts(r.stdOut);
    owner = QString::fromUtf8(parts.value("owner").out).trimmed();
    image = QString::fromUtf8(parts.value("image").out).trimmed();
    if (owner.isEmpty() || image.isEmpty())
        return StepResult::error(Tr::tr("Could not read the database image on the secondary."));
    bb.launched = detached;
    return StepResult::success();
}

// The pg_basebackup container: in the foreground (--rm, output on this command), or detached
// (kept after it ends, so that its output and exit status can be read later).
RemoteCommand baseBackupCommand(StepContext &c, const SetupState &st, const BaseBackupState &bb, bool detached,
                                bool placeholders)
{
    const Plan &plan = *c.plan;
    const ServerSpec &primary = plan.server(kPrimary);
    const QString pgpassContainer = kBackupsMount + QStringLiteral("/.oef-pgpass-") + bb.ts;
    const QString owner = placeholders ? QStringLiteral("@@owner@@") : bb.owner;
    const QString image = placeholders ? QStringLiteral("@@image@@") : bb.image;
    // pg_basebackup with progress. Keepalives so a cut link fails in seconds, not minutes.
    // In a throwaway container of the database's image, so that it works whether the
    // secondary's own database runs or not (a fenced former primary's does not).
    // Then pg_verifybackup in the same container: the copy is checked before anything touches
    // data/ ($0 is the copy's directory; exit status 97: it did not verify). "@@oef-copied"
    // between the two: the primary is no longer needed for the copy (a deferred restart starts).
    // Writing the copy to disk: instead of pg_basebackup's fsync of each file at its end, one
    // syncfs of the copy's file system (`sync -f`, as PostgreSQL's own syncfs method) runs while
    // pg_verifybackup reads the copy back; the swap waits for both (exit status 98: the sync
    // failed). Where `sync -f` is not there, pg_basebackup syncs as usual.
    RemoteCommand backup = dockerCommand(
        {QStringLiteral("run"),
         detached ? QStringLiteral("-d") : QStringLiteral("--rm"),
         QStringLiteral("--name"),
         bb.container,
         QStringLiteral("-u"),
         owner,
         QStringLiteral("-v"),
         plan.installDir + QStringLiteral("/backups:") + kBackupsMount,
         QStringLiteral("-e"),
         QStringLiteral("PGPASSFILE=") + pgpassContainer,
         QStringLiteral("--entrypoint"),
         QStringLiteral("sh"),
         image,
         QStringLiteral("-c"),
         QStringLiteral("if sync -f /dev/null 2>/dev/null; then ns=--no-sync; else ns=; fi; "
                        "pg_basebackup $ns \"$@\" || exit 1; echo @@oef-copied; sp=; "
                        "if [ -n \"$ns\" ]; then sync -f \"$0\" & sp=$!; fi; "
                        "pg_verifybackup -n -q \"$0\" || { wait; exit 97; }; echo @@oef-verified; "
                        "[ -z \"$sp\" ] || wait \"$sp\" || exit 98"),
         bb.sideContainer,
         QStringLiteral("-d"),
         kConnOpts,
         QStringLiteral("-h"),
         primary.host,
         QStringLiteral("-p"),
         QString::number(primary.dbPort),
         QStringLiteral("-U"),
         st.replicationUser,
         QStringLiteral("-D"),
         bb.sideContainer,
         QStringLiteral("-X"),
         QStringLiteral("stream"),
         QStringLiteral("-c"),
         QStringLiteral("fast"),
         QStringLiteral("-S"),
         st.slotName,
         QStringLiteral("-P"),
         QStringLiteral("-w")},
        std::chrono::hours(12));
    if (!plan.copyRateLimit.isEmpty())
        backup.args << QStringLiteral("--max-rate") << plan.copyRateLimit;
    return backup;
}

// Before the copy step: when a full copy of the database is certain (the secondary is not a
// standby of the primary and not a former member that pg_rewind could bring back), start it
// now in a detached container on the secondary; step "copy the database" waits for it. It
// only writes a side directory, so the secondary is unchanged until the swap.
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

// Step 4: base backup into a side directory, then the swap.
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
    const QString &owner = bb.owner;
    // Started earlier: follow its output until it ends, then read its exit status.
    RemoteCommand backup = bb.launched ? shellScript(
                               QStringLiteral("docker logs -f \"$1\"; rc=$(docker wait \"$1\") || exit 96; "
                                              "docker rm \"$1\" >/dev/null 2>&1; exit \"$rc\""),
                               {bb.container}, true, std::chrono::hours(12))
                                       : baseBackupCommand(c, st, bb, false);
    static const QRegularExpression progressRe(QStringLiteral("(\\d+)/(\\d+) kB \\((\\d+)%\\)"));
    SshError sshErr;
    SshSession *sec = c.servers->session(kSecondary, &sshErr, &c.cancelFlag());
    if (!sec)
        return StepResult::error(sshErr.message, sshErr.details);
    c.log(c.hostOf(kSecondary), LogStream::Command, QStringLiteral("# ") + shellCommandLine(backup.argv()));
    // A deferred restart of the primary runs on a helper thread (with the primary's own
    // session) from the moment the copy is taken, while pg_verifybackup reads it back.
    const RemoteCommand restartCmd = primaryRestartCommand(plan);
    RunOnThread restart;
    auto startRestart = [&] {
        if (st.restartDeferred.isEmpty() || restart.started())
            return;
        logPrimaryRestart(c, st.restartDeferred);
        SshError err;
        (void)restart.start(c, kPrimary, restartCmd, &err); // else restartDeferredNow() below says why
    };
    RunOptions ro;
    ro.cancel = &c.cancelFlag();
    int lastPct = -1;
    ro.onLine = [&](LogStream stream, const QString &line) {
        // -P rewrites one line with \r: take the last progress figure of the chunk.
        const auto parts = line.split(QLatin1Char('\r'), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (part.trimmed() == QLatin1String("@@oef-copied")) {
                c.progress(0.86, Tr::tr("Checking the copy of the primary's database (pg_verifybackup)…"));
                startRestart();
                continue;
            }
            if (part.trimmed() == QLatin1String("@@oef-verified")) {
                c.log(c.hostOf(kSecondary), LogStream::Info, Tr::tr("The copy checks out (pg_verifybackup)."));
                continue;
            }
            const QRegularExpressionMatch m = progressRe.match(part);
            if (m.hasMatch()) {
                const int pct = m.captured(3).toInt();
                const double done = m.captured(1).toDouble(), total = std::max(1.0, m.captured(2).toDouble());
                c.progress(0.05 + 0.8 * std::min(1.0, done / total),
                           Tr::tr("Copying the primary's database: %1 of %2 MB")
                               .arg(qint64(done / 1024))
                               .arg(qint64(total / 1024)));
                if (pct / 10 != lastPct / 10)
                    c.log(c.hostOf(kSecondary), stream, part.trimmed());
                lastPct = pct;
            } else {
                c.log(c.hostOf(kSecondary), stream, part.trimmed());
            }
        }
    };
    const CommandResult br = sec->run(backup, ro);
    // The restart's outcome, once (the thread joined); nullopt when the database is back.
    auto restartOutcome = [&]() -> StepResult {
        if (!restart.started())
            return restartDeferredNow(c, st);
        StepResult e = primaryRestartResult(c, st, restartCmd, restart.join());
        if (e.ok)
            c.log(c.hostOf(kPrimary), LogStream::Info,
                  Tr::tr("The primary's database is back after its restart (%1 s).")
                      .arg(QString::number(double(restart.endedAtMs()) / 1000.0, 'f', 1)));
        return e;
    };
    // On the way out with an error: the restart finished and said in the log.
    auto settleRestart = [&] {
        if (restart.started())
            (void)restartOutcome();
    };
    if (!br.ok()) {
        settleRestart();
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
    if (c.isCancelled()) {
        settleRestart();
        return StepResult::error(Tr::tr("Cancelled."));
    }
    // Without a restart under way, one that is still due runs now (the copy ran in the
    // foreground, or its output never said it was taken).
    const bool restartRunning = restart.started();
    if (!restartRunning)
        if (auto e = restartOutcome(); !e.ok)
            return e;

    // In one command: the standby settings into the copy (standby.signal, primary_conninfo with
    // a passfile, the slot), the temporary password file removed, then the swap (only now is
    // the secondary's data/ touched): stop the database, move data/ aside, the copy in, start.
    // "@@oef-at" lines say how far it got. While the primary restarts, the start waits for it
    // (a standby that finds its primary down tries again only after wal_retrieve_retry_interval).
    c.progress(0.88, Tr::tr("Replacing the secondary's database with the copy…"));
    const QString before = QStringLiteral("data.before-standby-") + bb.ts;
    RemoteCommand swap = shellScript(
        QStringLiteral("set -e; echo '@@oef-at config'; ") + kStandbyConfigScript
            + QStringLiteral(
                "; rm -f \"$2\"; echo '@@oef-at stop'; docker stop -t 60 \"$4\" >/dev/null; "
                "echo '@@oef-at swap'; cd \"$5\"; if [ -e data ]; then mv data \"$6\"; fi; mv \"$1\" data; "
                "chown \"$3\" data; chmod 700 data; [ \"$7\" = start ] || exit 0; "
                "echo '@@oef-at start'; docker start \"$4\" >/dev/null; echo '@@oef-at done'"),
        {bb.sideHost, bb.pgpassHost, owner, plan.dbContainer, plan.installDir, before,
         restartRunning ? QStringLiteral("later") : QStringLiteral("start")},
        true, std::chrono::minutes(4));
    swap.stdinData = standbyAutoConf(c, st).toUtf8();
    bb.swapped = true; // from here on, a failure puts the old directory back
    CommandResult sr;
    if (auto e = mustRun(c, kSecondary, swap, Tr::tr("Could not move the copy into place on the secondary."), &sr); !e.ok) {
        settleRestart();
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
    if (restartRunning) {
        // The old directory goes back (baseBackupCleanup) when the primary did not come back.
        if (auto e = restartOutcome(); !e.ok)
            return e;
        if (auto e = mustRun(c, kSecondary, dockerCommand({QStringLiteral("start"), plan.dbContainer}),
                             Tr::tr("Could not start the secondary's database.")); !e.ok)
            return e;
    }
    c.progress(0.95, Tr::tr("Waiting for the secondary to stream from the primary…"));
    if (!waitStreaming(c, std::chrono::seconds(120))) {
        if (c.isCancelled())
            return StepResult::error(Tr::tr("Cancelled."));
        return StepResult::error(Tr::tr("The secondary's database started but does not stream from the "
                                        "primary."),
                                 Tr::tr("See \"docker logs %1\" on the secondary.").arg(plan.dbContainer));
    }
    bb.done = true;
    c.log(c.hostOf(kSecondary), LogStream::Info,
          Tr::tr("The secondary is now a standby. Its previous database is kept in %1.").arg(st.previousDataDir));
    return StepResult::success();
}

// Undo for step 4: remove the side copy; after the swap, put the old data directory back.
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
        runOn(c, kSecondary,
              shellScript(
                  QStringLiteral(
                      "set -e; cd \"$1\"; if [ -d \"$2\" ]; then "
                      "if [ -e data ]; then rm -rf \"data.failed-standby-$3\"; mv data \"data.failed-standby-$3\"; fi; "
                      "mv \"$2\" data; rm -rf \"data.failed-standby-$3\"; fi"),
                  {plan.installDir, before, bb.ts}));
        runOn(c, kSecondary, dockerCommand({QStringLiteral("start"), plan.dbContainer}));
        // A copy that never got moved in (the swap stopped before it).
        runOn(c, kSecondary, shellScript(QStringLiteral("rm -rf \"$1\""), {bb.sideHost}));
        waitDatabaseReady(c, kSecondary, std::chrono::seconds(120));
        st.previousDataDir.clear();
    } else {
        runOn(c, kSecondary, shellScript(QStringLiteral("rm -rf \"$1\""), {bb.sideHost}));
    }
}

// Step 4b (a former primary re-joining): pg_rewind against the primary, keeping a copy of the
// data directory first. When it cannot be used, the database is left stopped-safe (it can only
// start read-only) and the full copy of the next step takes over.
StepResult rewindSecondary(StepContext &c, SetupState &st)
{
    const Plan &plan = *c.plan;
    const ServerSpec &primary = plan.server(kPrimary);
    QString secondaryId;
    if (alreadyStreaming(c, &secondaryId)) {
        st.alreadyStandby = true;
        return StepResult::success();
    }
    const QString ts = fileTimestamp();
    const QString pgpassHost = plan.installDir + QStringLiteral("/backups/.oef-pgpass-") + ts;
    const QString pgpassContainer = kBackupsMount + QStringLiteral("/.oef-pgpass-") + ts;
    SecretString password;
    // Only a former member of this cluster (same system identifier) can be rewound; a fresh
    // OpenELIS installation gets the full copy of the next step.
    const QString primaryId = querySql(c, kPrimary, QStringLiteral("postgres"),
                                       QStringLiteral("SELECT system_identifier FROM pg_control_system()"))
                                  .value_or(QString());
    QString owner;
    QString image;
    auto ownerAndImage = [&]() -> StepResult {
        if (!owner.isEmpty())
            return StepResult::success();
        if (auto e = dataOwner(c, &owner); !e.ok)
            return e;
        return dbImage(c, &image);
    };
    if (secondaryId.isEmpty()) {
        if (auto e = ownerAndImage(); !e.ok)
            return e;
        const CommandResult cd = runOn(
            c, kSecondary,
            dockerCommand({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-u"), owner,
                           QStringLiteral("-v"), plan.installDir + QStringLiteral("/data:") + kPgData,
                           QStringLiteral("--entrypoint"), QStringLiteral("pg_controldata"), image, kPgData}),
            false);
        static const QRegularExpression idRe(QStringLiteral("Database system identifier:\\s+(\\d+)"));
        secondaryId = idRe.match(QString::fromUtf8(cd.stdOut)).captured(1);
    }
    if (primaryId.isEmpty() || secondaryId != primaryId) {
        st.rewindNote = Tr::tr("the secondary's database is not a former member of the primary's cluster");
        c.log(c.hostOf(kSecondary), LogStream::Info,
              Tr::tr("The secondary's database was not part of this cluster: it gets a full copy."));
        return StepResult::success();
    }
    if (auto e = ownerAndImage(); !e.ok)
        return e;
    if (auto e = readReplicationPassword(c, &password); !e.ok)
        return e;
    if (auto e = mustRun(
            c, kSecondary,
            dockerCommand({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("60"), plan.dbContainer},
                          std::chrono::minutes(3)),
            Tr::tr("Could not stop the database on the secondary.")); !e.ok)
        return e;
    // Keep the data directory as it was, whatever happens next (a reflink copy where the file
    // system can share blocks: XFS, btrfs; a full copy elsewhere).
    const QString keep = QStringLiteral("data.before-rewind-") + ts;
    c.progress(0.1, Tr::tr("Keeping a copy of the old data directory…"));
    if (auto e = mustRun(c, kSecondary,
                         shellScript(QStringLiteral("cd \"$1\" && cp -a --reflink=auto data \"$2\""),
                                     {plan.installDir, keep}, true, std::chrono::hours(6)),
                         Tr::tr("Could not keep a copy of the old data directory.")); !e.ok)
        return e;
    st.previousDataDir = plan.installDir + QLatin1Char('/') + keep;
    auto fallBack = [&](const QString &why) {
        st.rewindNote = why;
        c.log(c.hostOf(kSecondary), LogStream::Warning,
              Tr::tr("pg_rewind could not be used (%1): a full copy of the database follows.").arg(why));
        runOn(c, kSecondary,
              shellScript(QStringLiteral("rm -f \"$1\"; cd \"$2/data\" && touch standby.signal && "
                                         "chown \"$3\" standby.signal"),
                          {pgpassHost, plan.installDir, owner}));
        runOn(c, kSecondary, dockerCommand({QStringLiteral("start"), plan.dbContainer}));
        waitDatabaseReady(c, kSecondary, std::chrono::seconds(120));
        return StepResult::success();
    };
    // pg_rewind's own crash recovery runs single-user, which refuses standby.signal.
    runOn(c, kSecondary, shellScript(QStringLiteral("rm -f \"$1/data/standby.signal\""), {plan.installDir}));
    if (auto e = mustSql(
            c, kPrimary, QStringLiteral("postgres"),
            QStringLiteral(
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_ls_dir(text, boolean, boolean) TO :\"u\";\n"
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_stat_file(text, boolean) TO :\"u\";\n"
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_read_binary_file(text) TO :\"u\";\n"
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_read_binary_file(text, bigint, bigint, boolean) TO :\"u\";"),
            {{QStringLiteral("u"), st.replicationUser}},
            Tr::tr("Could not allow the replication role to run pg_rewind.")); !e.ok)
        return fallBack(e.message);
    if (auto e = writeTempPgpass(c, st, pgpassHost, password, owner); !e.ok)
        return fallBack(e.message);
    // pg_rewind reads the source's timeline from its control file, which a freshly promoted
    // primary updates only at its next checkpoint: without one it finds "no rewind required".
    if (auto e = mustSql(c, kPrimary, QStringLiteral("postgres"), QStringLiteral("CHECKPOINT"), {},
                         Tr::tr("Could not run a checkpoint on the primary.")); !e.ok)
        return fallBack(e.message);
    const QString source = QStringLiteral("host=%1 port=%2 user=%3 dbname=postgres %4")
                               .arg(conninfoQuote(primary.host))
                               .arg(primary.dbPort)
                               .arg(conninfoQuote(st.replicationUser), kConnOpts);
    c.progress(0.3, Tr::tr("Rewinding the old data directory (pg_rewind)…"));
    const RemoteCommand rewind = dockerCommand(
        {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-u"), owner, QStringLiteral("-v"),
         plan.installDir + QStringLiteral("/data:") + kPgData, QStringLiteral("-v"),
         plan.installDir + QStringLiteral("/backups:") + kBackupsMount, QStringLiteral("-e"),
         QStringLiteral("PGPASSFILE=") + pgpassContainer, QStringLiteral("--entrypoint"), QStringLiteral("pg_rewind"),
         image, QStringLiteral("-D"), kPgData, QStringLiteral("--source-server"), source, QStringLiteral("-P")},
        std::chrono::hours(6));
    const CommandResult rr = runOn(c, kSecondary, rewind);
    if (c.isCancelled()) {
        (void)fallBack(Tr::tr("cancelled"));
        return StepResult::error(Tr::tr("Cancelled."));
    }
    if (!rr.ok())
        return fallBack(Tr::tr("pg_rewind %1").arg(describeOutcome(rr)));
    if (auto e = writeStandbyConfig(c, st, plan.installDir + QStringLiteral("/data"), pgpassHost, owner); !e.ok)
        return fallBack(e.message);
    runOn(c, kSecondary, shellScript(QStringLiteral("rm -f \"$1\""), {pgpassHost}));
    if (auto e = mustRun(c, kSecondary, dockerCommand({QStringLiteral("start"), plan.dbContainer}),
                         Tr::tr("Could not start the secondary's database.")); !e.ok)
        return e;
    c.progress(0.8, Tr::tr("Waiting for the secondary to stream from the primary…"));
    if (!waitStreaming(c, std::chrono::seconds(120))) {
        runOn(c, kSecondary,
              dockerCommand({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("60"), plan.dbContainer},
                            std::chrono::minutes(3)));
        return fallBack(Tr::tr("the rewound database did not stream from the primary"));
    }
    st.rewound = true;
    c.log(c.hostOf(kSecondary), LogStream::Info,
          Tr::tr("The old data directory was rewound with pg_rewind; a copy of it as it was is kept in %1.")
              .arg(st.previousDataDir));
    return StepResult::success();
}

// Step 5: OpenELIS running on the primary.
StepResult startPrimary(StepContext &c)
{
    // The database always; the application containers that exist.
    RemoteCommand start = shellScript(kPresentContainers + QStringLiteral("docker start \"$0\" \"$@\" || exit 3"),
                                      c.plan->appContainers);
    start.args[2] = c.plan->dbContainer; // $0 of the script
    CommandResult r;
    if (auto e = mustRun(c, kPrimary, start, Tr::tr("Could not start OpenELIS on the primary."), &r); !e.ok) {
        if (r.outcome == CommandResult::Outcome::Exited && r.exitCode == 2)
            e.message = Tr::tr("Could not list the containers on the primary.");
        return e;
    }
    return StepResult::success();
}

// A DO block that ends once `query` returns a row, asking every `every` seconds, or fails
// with `failure` after `seconds`: a wait that runs in the server, in one connection.
QString waitInServerSql(const QString &query, int seconds, const QString &every, const QString &failure)
{
    return QStringLiteral("DO $$ DECLARE deadline timestamptz := clock_timestamp() + interval '%1 seconds'; BEGIN\n"
                          "  LOOP\n"
                          "    PERFORM 1 FROM (%2) q;\n"
                          "    EXIT WHEN FOUND;\n"
                          "    IF clock_timestamp() > deadline THEN RAISE EXCEPTION '%3'; END IF;\n"
                          "    PERFORM pg_sleep(%4);\n"
                          "  END LOOP;\n"
                          "END $$;\n")
        .arg(seconds)
        .arg(query, failure, every);
}

// Step 6: the secondary streams through its slot; a record written on the primary arrives.
StepResult verifySetup(StepContext &c, SetupState &st)
{
    QJsonObject v;
    // One psql in the primary's database container: a loop in the server (every 50 ms, up to
    // 60 s) until the secondary streams through its slot; only then the test record, written
    // into a small dedicated database, never OpenELIS's own (the token as a variable). Tried
    // again while the server refuses connections (psql's exit status 2).
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 36);
    static const QString kRetryPsql = QStringLiteral(
        // $1 the SQL, $2 the exit status that means "try again" (or "any"), $3 the database,
        // $4 the deadline in seconds, then psql's -v options; the last try's messages on stderr.
        "q=$1; again=$2; d=$3; end=$(( $(date +%s) + $4 )); shift 4; while :; do "
        "out=$(printf '%s\n' \"$q\" | psql -U postgres -d \"$d\" -v ON_ERROR_STOP=1 -qAtX \"$@\" -f - 2>&1); rc=$?; "
        "if [ $rc -eq 0 ]; then printf '%s\n' \"$out\"; exit 0; fi; "
        "if { [ \"$again\" != any ] && [ $rc -ne \"$again\" ]; } || [ \"$(date +%s)\" -ge \"$end\" ]; then "
        "printf '%s\n' \"$out\" >&2; exit $rc; fi; sleep 0.05; done");
    static const QString kStreamingWhere = QStringLiteral(
        "FROM pg_replication_slots s JOIN pg_stat_replication r ON r.pid = s.active_pid "
        "WHERE s.slot_name = current_setting('oef.slot') AND r.state = 'streaming'");
    RemoteCommand cmd = dockerCommand(
        {QStringLiteral("exec"), c.plan->dbContainer, QStringLiteral("sh"), QStringLiteral("-c"), kRetryPsql,
         QStringLiteral("sh"),
         QStringLiteral("SET oef.slot = :'s';\n")
             + waitInServerSql(QStringLiteral("SELECT 1 ") + kStreamingWhere, 60, QStringLiteral("0.05"),
                               QStringLiteral("the secondary does not stream"))
             + QStringLiteral("SELECT '@@oef-repl ' || r.state || '|' || coalesce(r.sync_state,'') || '|' "
                              "|| coalesce(host(r.client_addr),'') || '|' || s.active::text %1 LIMIT 1;\n"
                              "SELECT 'CREATE DATABASE oe_failover' WHERE NOT EXISTS "
                              "(SELECT 1 FROM pg_database WHERE datname = 'oe_failover')\\gexec\n"
                              "\\connect oe_failover\n"
                              "CREATE TABLE IF NOT EXISTS oef_roundtrip (id bigserial PRIMARY KEY, "
                              "token text NOT NULL, written_at timestamptz NOT NULL DEFAULT now());\n"
                              "DELETE FROM oef_roundtrip WHERE written_at < now() - interval '7 days';\n"
                              "INSERT INTO oef_roundtrip (token) VALUES (:'t');\n")
                   .arg(kStreamingWhere),
         QStringLiteral("2"), QStringLiteral("postgres"), QStringLiteral("60"), QStringLiteral("-v"),
         QStringLiteral("s=") + st.slotName, QStringLiteral("-v"), QStringLiteral("t=") + token},
        std::chrono::seconds(120));
    cmd.description = shellCommandLine({QStringLiteral("docker"), QStringLiteral("exec"), c.plan->dbContainer,
                                        QStringLiteral("psql"), QStringLiteral("-d"), QStringLiteral("postgres")})
                      + QStringLiteral(" <<< (wait until the secondary streams, then the test record)");
    // Meanwhile the secondary looks for it (a loop in its server, every 10 ms, up to 90 s;
    // tried again while its database or table is not there yet), on a helper thread with its
    // own session; it gives the delay by the servers' clocks (bounded below by 0 and above by
    // what this computer saw, so a clock difference cannot make it up).
    RemoteCommand look = dockerCommand(
        {QStringLiteral("exec"), c.plan->dbContainer, QStringLiteral("sh"), QStringLiteral("-c"), kRetryPsql,
         QStringLiteral("sh"),
         QStringLiteral("SET oef.token = :'t';\n")
             + waitInServerSql(QStringLiteral("SELECT 1 FROM oef_roundtrip WHERE token = current_setting('oef.token')"),
                               90, QStringLiteral("0.01"), QStringLiteral("the record did not arrive"))
             + QStringLiteral(
                 "SELECT 'arrived|' || round(extract(epoch FROM clock_timestamp() - written_at) * 1000)::bigint "
                 "FROM oef_roundtrip WHERE token = :'t';\n"),
         QStringLiteral("any"), kCheckDb, QStringLiteral("90"), QStringLiteral("-v"), QStringLiteral("t=") + token},
        std::chrono::seconds(120));
    look.description = shellCommandLine({QStringLiteral("docker"), QStringLiteral("exec"), c.plan->dbContainer,
                                         QStringLiteral("psql"), QStringLiteral("-d"), kCheckDb})
                       + QStringLiteral(" <<< (wait for the test record, up to 90 s)");
    SshError sshError;
    RunOnThread looker;
    if (!looker.start(c, kSecondary, look, &sshError))
        return StepResult::error(sshError.message, sshError.details);
    const qint64 writeFrom = looker.sinceStartMs();
    const CommandResult wr = runOn(c, kPrimary, cmd, false);
    const QString repl = QString::fromUtf8(scriptParts(wr.stdOut).value("repl").out).trimmed();
    const bool streaming = repl.startsWith(QLatin1String("streaming|"));
    const QStringList f = repl.split(QLatin1Char('|'));
    v[QStringLiteral("streaming")] = streaming;
    v[QStringLiteral("syncState")] = f.value(1);
    v[QStringLiteral("clientAddress")] = f.value(2);
    v[QStringLiteral("slotActive")] = f.value(3) == QLatin1String("true");
    st.verification = v;
    if (wr.outcome == CommandResult::Outcome::Cancelled) {
        looker.join(true, std::chrono::seconds(10));
        return StepResult::error(Tr::tr("Cancelled."));
    }
    if (!streaming) {
        looker.join(true, std::chrono::seconds(10));
        return StepResult::error(
            Tr::tr("The primary does not list the secondary as streaming through slot %1.").arg(st.slotName));
    }
    if (!wr.ok()) {
        looker.join(true, std::chrono::seconds(10));
        return commandFailure(Tr::tr("Could not write the test record on the primary."), c.hostOf(kPrimary), cmd, wr);
    }
    const CommandResult &seen = looker.join(false, std::chrono::seconds(30));
    const QString answer = QString::fromUtf8(seen.stdOut).trimmed();
    const bool arrived = seen.ok() && answer.startsWith(QLatin1String("arrived|"));
    const qint64 ms = std::clamp<qint64>(answer.mid(8).toLongLong(), 0,
                                         std::max<qint64>(0, looker.endedAtMs() - writeFrom));
    v[QStringLiteral("roundTripOk")] = arrived;
    v[QStringLiteral("roundTripMs")] = arrived ? ms : -1;
    st.verification = v;
    if (c.isCancelled())
        return StepResult::error(Tr::tr("Cancelled."));
    if (!arrived)
        return StepResult::error(Tr::tr("A test record written on the primary did not reach the secondary "
                                        "within 30 seconds."));
    c.log(QString(), LogStream::Info,
          Tr::tr("Verified: the secondary streams through slot %1; a record written on the primary "
                 "was readable on the secondary after %2 ms.")
              .arg(st.slotName)
              .arg(ms));
    return StepResult::success();
}

} // namespace

Flow buildSetupFlow(std::shared_ptr<SetupState> state, SetupOptions options)
{
    Flow flow;
    flow.name = QStringLiteral("setup");
    auto bb = std::make_shared<BaseBackupState>();
    auto add = [&](QString label, double weight, LambdaStep::RunFn run, LambdaStep::CleanupFn cleanup = {},
                   QString status = {}) {
        flow.steps.push_back(std::make_unique<LambdaStep>(std::move(label), weight, std::move(run), std::move(cleanup),
                                                          std::move(status)));
    };
    add(
        Tr::tr("Primary: replication role and access"), 1,
        [state](StepContext &c) {
            state->slotName = slotNameFor(c.plan->server(kSecondary).host);
            AccessFacts facts;
            if (auto e = readAccessFacts(c, *state, &facts); !e.ok)
                return e;
            bool roleChanged = false;
            if (auto r = ensureReplicationRole(c, *state, facts, &roleChanged); !r.ok)
                return r;
            // A new or changed role: read again what the entry depends on (its password method).
            if (roleChanged)
                if (auto e = readAccessFacts(c, *state, &facts); !e.ok)
                    return e;
            return ensureHbaEntry(c, *state, facts);
        },
        {}, Tr::tr("Preparing the replication role and its access on the primary…"));
    add(
        Tr::tr("Primary: replication settings and slot"), 2,
        [state, options](StepContext &c) {
            bool slotExists = false;
            QString slotAnswer;
            if (auto r = ensureSettings(c, *state, &slotExists, !options.primaryOnly, &slotAnswer); !r.ok)
                return r;
            // The slot's query ran with the settings (a restart since does not drop a slot).
            if (!slotAnswer.isEmpty())
                return slotOutcome(c, *state, slotAnswer);
            if (slotExists && state->changedSettings.isEmpty()) {
                c.log(c.hostOf(kPrimary), LogStream::Info,
                      Tr::tr("The replication slot %1 already exists.").arg(state->slotName));
                return StepResult::success();
            }
            return ensureSlot(c, *state);
        },
        {}, Tr::tr("Applying the replication settings on the primary…"));
    if (options.primaryOnly)
        return flow;
    add(
        Tr::tr("Secondary: stop OpenELIS (the database keeps running)"), 1,
        [state, bb, options](StepContext &c) {
            if (auto e = startBaseBackupEarly(c, *state, *bb, options.tryRewind); !e.ok)
                return e;
            if (prefetchedContainersAre(c, *state, &SetupPrefetch::secondaryApps, c.plan->appContainers, false,
                                        QStringLiteral("no"))) {
                c.log(c.hostOf(kSecondary), LogStream::Info,
                      Tr::tr("OpenELIS is already stopped on the secondary, with restart policy \"no\"."));
                return StepResult::success();
            }
            return stopSecondaryApps(c);
        },
        [state, bb](StepContext &c) { baseBackupCleanup(c, *state, *bb); },
        Tr::tr("Stopping OpenELIS on the secondary…"));
    add(
        Tr::tr("Copy the install directory"), 4,
        [state](StepContext &c) {
            SyncReport report;
            StepResult r = syncInstallDir(c, kPrimary, kSecondary, &report);
            state->syncFiles = report.filesSent;
            state->syncBytes = report.bytesSent;
            state->extraneous = report.extraneous;
            return r;
        },
        {}, Tr::tr("Copying the install directory to the secondary…"));
    if (options.tryRewind) {
        add(
            Tr::tr("Secondary: rewind its old database (pg_rewind)"), 4,
            [state, bb](StepContext &c) {
                // The full copy already runs (the secondary is not a former member), or the
                // secondary was found streaming from the primary a moment ago.
                if (bb->launched || state->alreadyStandby)
                    return StepResult::success();
                // pg_rewind reads from the primary: its restart first.
                if (auto e = restartDeferredNow(c, *state); !e.ok)
                    return e;
                return rewindSecondary(c, *state);
            },
            {}, Tr::tr("Rewinding the secondary's old database…"));
    }
    add(
        Tr::tr("Secondary: copy the database and start it as a standby"), 10,
        [state, bb](StepContext &c) { return baseBackupAndSwap(c, *state, *bb); },
        [state, bb](StepContext &c) { baseBackupCleanup(c, *state, *bb); },
        Tr::tr("Copying the primary's database to the secondary…"));
    if (options.restoreDbRestartPolicy) {
        add(Tr::tr("Secondary: the database restarts on its own again"), 0.2, [state](StepContext &c) {
            // Nothing in the steps before changes it.
            if (prefetchedContainersAre(c, *state, &SetupPrefetch::secondaryDb, {c.plan->dbContainer}, true,
                                        QStringLiteral("always"))) {
                c.log(c.hostOf(kSecondary), LogStream::Info,
                      Tr::tr("The secondary's database already restarts on its own."));
                return StepResult::success();
            }
            return mustRun(
                c, kSecondary,
                dockerCommand({QStringLiteral("update"), QStringLiteral("--restart=always"), c.plan->dbContainer}),
                Tr::tr("Could not restore the restart policy of the secondary's database."));
        });
    }
    add(
        Tr::tr("Primary: make sure OpenELIS is running"), 0.5,
        [state](StepContext &c) {
            // A restart still waiting (the steps before it normally did it).
            if (auto e = restartDeferredNow(c, *state); !e.ok)
                return e;
            // Unless step 2 restarted its database, what the pre-checks saw still holds.
            if (!state->primaryRestarted
                && prefetchedContainersAre(c, *state, &SetupPrefetch::primaryContainers,
                                           QStringList{c.plan->dbContainer} + c.plan->appContainers, true)) {
                c.log(c.hostOf(kPrimary), LogStream::Info, Tr::tr("OpenELIS already runs on the primary."));
                return StepResult::success();
            }
            return startPrimary(c);
        },
        {}, Tr::tr("Starting OpenELIS on the primary…"));
    add(
        Tr::tr("Both servers: guard against a second primary"), 0.3,
        [](StepContext &c) {
            // The primary's role is settled: a stale hold there is cleared, as on the standby.
            if (auto e = installGuard(c, kPrimary, true, true); !e.ok)
                return e;
            return installGuard(c, kSecondary, true, true);
        },
        {}, Tr::tr("Installing the guard on both servers…"));
    add(
        Tr::tr("Verify replication"), 1, [state](StepContext &c) { return verifySetup(c, *state); }, {},
        Tr::tr("Checking that data written on the primary reaches the secondary…"));
    return flow;
}

} // namespace oef
