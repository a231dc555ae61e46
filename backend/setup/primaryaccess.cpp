#include "backend/setup/primaryaccess.h"
#include "backend/core/plan.h"
#include "backend/core/tr.h"
#include "backend/remote/dbconnection.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/primaryrestart.h"
#include "backend/setup/scripts.h"
#include "backend/setup/setupinternal.h"

#include <QRandomGenerator>

#include <algorithm>

namespace oef {

namespace {

const QString kHbaMarker = QStringLiteral("# oe-failover standby");

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

// Step 1's facts: from the pre-checks when fresh, else read with one command
// (primary-access-facts.sh).
StepResult readAccessFacts(StepContext &c, const SetupState &st, AccessFacts *f)
{
    if (auto pre = takePrefetched(c, st, &SetupPrefetch::access)) {
        *f = *pre;
        if (f->hbaFile.isEmpty())
            return StepResult::error(Tr::tr("Could not find pg_hba.conf on the primary."));
        return StepResult::success();
    }
    RemoteCommand cmd = shellScript(scripts::primary_access_facts,
                                    {replicationPasswordFile(*c.plan), c.plan->dbContainer, st.replicationUser});
    cmd.stdinData = kAccessSql;
    cmd.description += QStringLiteral(" <<< (role, pg_hba.conf)");
    CommandResult r;
    if (auto e = mustRun(c, kPrimary, cmd, Tr::tr("Could not read the database roles."), &r, false); !e.ok)
        return e;
    const ScriptParts parts = scriptParts(r.stdOut);
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

// The replication password: read from its file when there is one, else a new one written
// to it (letters and digits only).
StepResult replicationPasswordFor(StepContext &c, bool haveFile, QString *password)
{
    const QString secretFile = replicationPasswordFile(*c.plan);
    if (haveFile) {
        CommandResult r;
        if (auto e = mustRun(c, kPrimary, shellScript(QStringLiteral("cat \"$1\""), {secretFile}),
                             Tr::tr("Could not read the replication password file."), &r, false);
            !e.ok)
            return e;
        *password = QString::fromUtf8(r.stdOut).trimmed();
        return StepResult::success();
    }
    *password = randomPassword();
    RemoteCommand write = shellScript(scripts::replication_password_write, {secretFile});
    write.stdinData = password->toUtf8();
    return mustRun(c, kPrimary, write, Tr::tr("Could not write the replication password file."));
}

// Step 1a: the replication role and its secrets file. *changed: the role was created or altered.
StepResult ensureReplicationRole(StepContext &c, SetupState &st, const AccessFacts &facts, bool *changed)
{
    const QString roleInfo = facts.roleInfo;
    const bool haveFile = facts.haveFile;
    *changed = true;
    if (!roleInfo.isEmpty() && haveFile) {
        if (roleInfo != QLatin1String("true|true")) {
            if (auto e = mustSql(c, kPrimary, QStringLiteral("postgres"),
                                 QStringLiteral("ALTER ROLE :\"u\" WITH LOGIN REPLICATION"),
                                 {{QStringLiteral("u"), st.replicationUser}},
                                 Tr::tr("Could not give the replication right to the role."));
                !e.ok)
                return e;
        } else {
            *changed = false;
        }
        c.log(c.hostOf(kPrimary), LogStream::Info,
              Tr::tr("Reusing the role \"%1\" and its password file.").arg(st.replicationUser));
        return StepResult::success();
    }
    // Create the role and/or the file.
    QString password;
    if (auto e = replicationPasswordFor(c, haveFile, &password); !e.ok)
        return e;
    // The server gets the password's SCRAM verifier, never the password (md5 lines of
    // pg_hba.conf accept a SCRAM verifier: the client is asked for SCRAM).
    const QByteArray verifier = scramVerifier(SecretString(password.toUtf8()), st.replicationUser);
    password.fill(QLatin1Char('\0'));
    if (verifier.isEmpty())
        return StepResult::error(Tr::tr("Could not compute the password verifier of the replication role."));
    // On stdin, not logged (a verifier is not the password, but it stays out of argv and logs).
    const QString sql = QStringLiteral("%1 ROLE :\"u\" WITH LOGIN REPLICATION PASSWORD '%2'")
                            .arg(roleInfo.isEmpty() ? QStringLiteral("CREATE") : QStringLiteral("ALTER"),
                                 QString::fromLatin1(verifier));
    if (auto e = mustSql(c, kPrimary, QStringLiteral("postgres"), sql,
                         {{QStringLiteral("u"), st.replicationUser}},
                         Tr::tr("Could not create the replication role."), nullptr, /*logSql=*/false);
        !e.ok)
        return e;
    c.log(c.hostOf(kPrimary), LogStream::Info,
          roleInfo.isEmpty()
              ? Tr::tr("Created the replication role \"%1\".").arg(st.replicationUser)
              : Tr::tr("Set a new password for the role \"%1\" (its file was missing).").arg(st.replicationUser));
    return StepResult::success();
}

// pg_hba.conf with exactly one of our entries for `address` (`entry`), before the first rule
// so that no earlier line can shadow it; nullopt when it has that already.
std::optional<QString> hbaWithEntry(const QByteArray &hba, const QString &entry, const QString &address)
{
    const QStringList lines = QString::fromUtf8(hba).split(QLatin1Char('\n'));
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
    if (ours == 1 && exact)
        return std::nullopt;
    qsizetype at = 0;
    while (at < kept.size() && (kept[at].trimmed().isEmpty() || kept[at].trimmed().startsWith(QLatin1Char('#'))))
        ++at;
    kept.insert(at, entry);
    while (kept.size() > 1 && kept.last().isEmpty() && kept[kept.size() - 2].isEmpty())
        kept.removeLast();
    QString content = kept.join(QLatin1Char('\n'));
    if (!content.endsWith(QLatin1Char('\n')))
        content += QLatin1Char('\n');
    return content;
}

// In one command (hba-replace.sh): the new file (the old one kept next to it as
// <file>.oef-backup-<ts>), then reload and ask PostgreSQL whether it found errors in it;
// when it did, the previous file is put back.
StepResult writeHba(StepContext &c, const QString &hbaFile, const QString &content, const QString &ts)
{
    const Plan &plan = *c.plan;
    RemoteCommand write = shellScript(scripts::hba_replace, {plan.dbContainer, hbaFile, ts});
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
    return StepResult::success();
}

// Step 1b: exactly one pg_hba.conf replication entry for the secondary.
StepResult ensureHbaEntry(StepContext &c, SetupState &st, const AccessFacts &facts)
{
    const QString secondaryHost = c.hostOf(kSecondary);
    const QString address = hbaAddress(secondaryHost);
    const QString hbaFile = facts.hbaFile, method = facts.method;
    if (method.isEmpty())
        return StepResult::error(Tr::tr("Could not read the role."));
    const QString entry = QStringLiteral("host replication %1 %2 %3 %4 %5")
                              .arg(st.replicationUser, address, method, kHbaMarker, secondaryHost);
    const std::optional<QString> content = hbaWithEntry(facts.hba, entry, address);
    if (!content) {
        c.log(c.hostOf(kPrimary), LogStream::Info, Tr::tr("pg_hba.conf already has the entry for %1.").arg(address));
        return StepResult::success();
    }
    const QString ts = fileTimestamp();
    if (auto e = writeHba(c, hbaFile, *content, ts); !e.ok)
        return e;
    c.log(c.hostOf(kPrimary), LogStream::Info,
          Tr::tr("pg_hba.conf: one replication entry for %1 (previous file kept as %2).")
              .arg(address, hbaFile + QStringLiteral(".oef-backup-") + ts));
    return StepResult::success();
}

// The slot's query: "exists", "created" or "full" (no free slot); :'s' is its name.
const QString kEnsureSlotSql = QStringLiteral(
    "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = :'s') THEN 'exists' "
    "WHEN (SELECT count(*) FROM pg_replication_slots) >= current_setting('max_replication_slots')::int THEN 'full' "
    "ELSE (SELECT 'created' FROM pg_create_physical_replication_slot(:'s', true)) END");

// The primary's settings and whether the slot exists: from the pre-checks when fresh, else
// asked now.
StepResult readSettings(StepContext &c, SetupState &st, SettingsAnswer *answer)
{
    QString err;
    std::optional<QString> out = takePrefetched(c, st, &SetupPrefetch::settings);
    if (!out)
        out = querySql(c, kPrimary, QStringLiteral("postgres"), QString::fromUtf8(kSetLinesSql + kSlotCountSql),
                       {{QStringLiteral("s"), st.slotName}}, &err);
    if (!out)
        return StepResult::error(Tr::tr("Could not read the primary's settings."), err);
    *answer = parseSettingsAnswer(*out);
    return StepResult::success();
}

// pg_basebackup needs neither wal_log_hints nor hot_standby: the restart for them waits
// until the copy of the database is taken and runs while the copy is checked, instead of
// delaying the copy's start (restartDeferredNow, baseBackupAndSwap).
bool restartCanWait(bool mayDefer, const QStringList &names)
{
    static const QStringList kNotForTheCopy{QStringLiteral("wal_log_hints"), QStringLiteral("hot_standby")};
    return mayDefer
           && std::all_of(names.cbegin(), names.cend(), [](const QString &n) { return kNotForTheCopy.contains(n); });
}

// The SQL that applies the changes. When a change needs the restart anyway (restartCertain),
// the restart applies them all. Else reload, give the server a moment to read the file, then
// ask what waits for a restart. slotNow: no restart before the copy, the slot in the same
// command.
QString settingsChangeSql(const QList<SettingChange> &changes, bool restartCertain, bool slotNow)
{
    QString sql;
    for (const SettingChange &ch : changes)
        sql += QStringLiteral("ALTER SYSTEM SET %1 = '%2';\n").arg(ch.name, ch.to); // fixed names/values
    if (!restartCertain)
        sql += QStringLiteral(
            "SELECT pg_reload_conf() \\g /dev/null\nSELECT pg_sleep(0.1) \\g /dev/null\n"
            "SELECT 'pending|' || coalesce(string_agg(name, ','), '') FROM pg_settings WHERE pending_restart;\n");
    if (slotNow)
        sql += QStringLiteral("SELECT 'slot|' || (%1);\n").arg(kEnsureSlotSql);
    return sql;
}

// Step 2a: settings (never lowered), restart only when needed. *slotExists: the slot for
// this secondary is already there (read in the same query). mayDefer: the flow goes on to the
// secondary, so a restart that a copy of the database does not need can wait for it.
// *slotAnswer: the slot query's answer when it ran with the settings (no restart in between).
StepResult ensureSettings(StepContext &c, SetupState &st, bool *slotExists, bool mayDefer, QString *slotAnswer)
{
    SettingsAnswer read;
    if (auto e = readSettings(c, st, &read); !e.ok)
        return e;
    *slotExists = read.slotExists;
    const QList<SettingChange> changes = settingChanges(read.settingLines.join(QLatin1Char('\n')));
    if (changes.isEmpty())
        return StepResult::success();
    for (const SettingChange &ch : changes)
        st.changedSettings << QStringLiteral("%1: %2 -> %3").arg(ch.name, ch.from, ch.to);
    // A setting only read at start-up needs the restart even when the server has not yet
    // noticed the new file.
    QStringList restartFor;
    for (const SettingChange &ch : changes)
        if (ch.needsRestart)
            restartFor << ch.name;
    const bool restartCertain = !restartFor.isEmpty();
    const bool slotNow = !restartCertain || restartCanWait(mayDefer, restartFor);
    QString answer;
    if (auto e = mustSql(c, kPrimary, QStringLiteral("postgres"), settingsChangeSql(changes, restartCertain, slotNow),
                         {{QStringLiteral("s"), st.slotName}},
                         Tr::tr("Could not change the primary's replication settings."), &answer);
        !e.ok)
        return e;
    const SettingsApplied applied = parseSettingsApplied(answer);
    *slotAnswer = applied.slot;
    // What the server says waits for a restart (asked only when no restart was certain).
    for (const QString &name : applied.pending.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!restartFor.contains(name))
            restartFor << name;
    const QString pending = restartFor.join(QLatin1Char(','));
    if (pending.isEmpty())
        return StepResult::success();
    if (restartCanWait(mayDefer, restartFor)) {
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

// Step 2b: the physical replication slot for this secondary.
StepResult ensureSlot(StepContext &c, SetupState &st)
{
    QString out;
    if (auto e = mustSql(c, kPrimary, QStringLiteral("postgres"), kEnsureSlotSql, {{QStringLiteral("s"), st.slotName}},
                         Tr::tr("Could not create the replication slot."), &out);
        !e.ok)
        return e;
    return slotOutcome(c, st, out);
}

} // namespace

StepResult ensurePrimaryAccess(StepContext &c, SetupState &st)
{
    st.slotName = slotNameFor(c.plan->server(kSecondary).host);
    AccessFacts facts;
    if (auto e = readAccessFacts(c, st, &facts); !e.ok)
        return e;
    bool roleChanged = false;
    if (auto r = ensureReplicationRole(c, st, facts, &roleChanged); !r.ok)
        return r;
    // A new or changed role: read again what the entry depends on (its password method).
    if (roleChanged)
        if (auto e = readAccessFacts(c, st, &facts); !e.ok)
            return e;
    return ensureHbaEntry(c, st, facts);
}

StepResult ensureSettingsAndSlot(StepContext &c, SetupState &st, bool mayDefer)
{
    bool slotExists = false;
    QString slotAnswer;
    if (auto r = ensureSettings(c, st, &slotExists, mayDefer, &slotAnswer); !r.ok)
        return r;
    // The slot's query ran with the settings (a restart since does not drop a slot).
    if (!slotAnswer.isEmpty())
        return slotOutcome(c, st, slotAnswer);
    if (slotExists && st.changedSettings.isEmpty()) {
        c.log(c.hostOf(kPrimary), LogStream::Info, Tr::tr("The replication slot %1 already exists.").arg(st.slotName));
        return StepResult::success();
    }
    return ensureSlot(c, st);
}

} // namespace oef
