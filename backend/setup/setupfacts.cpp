#include "backend/setup/setupfacts.h"

#include <QDir>
#include <QRegularExpression>

namespace oef {

ScriptParts scriptParts(const QByteArray &all)
{
    ScriptParts parts;
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

QStringList taggedLines(const ScriptPart &sql, const QString &tag)
{
    QStringList out;
    if (sql.rc != 0)
        return out;
    for (const QString &line : QString::fromUtf8(sql.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(tag + QLatin1Char('|')))
            out << line.mid(tag.size() + 1);
    return out;
}

std::optional<QString> firstTagged(const ScriptPart &sql, const QString &tag)
{
    const QStringList lines = taggedLines(sql, tag);
    if (lines.isEmpty())
        return std::nullopt;
    return lines.first();
}

bool sqlPartComplete(const ScriptPart &sql)
{
    return sql.rc == 0 && !sql.out.contains("ERROR:");
}

const QString kSettingsSql = QStringLiteral(
    "SELECT name || '|' || setting || '|' || coalesce(unit,'') || '|' || context "
    "FROM pg_settings WHERE name IN ('wal_level','wal_log_hints','hot_standby',"
    "'max_wal_senders','max_replication_slots','max_slot_wal_keep_size','wal_keep_size',"
    "'server_version_num') ORDER BY name");

const QByteArray kSetLinesSql =
    (QStringLiteral("SELECT 'set|' || s FROM (") + kSettingsSql + QStringLiteral(") AS x(s);\n")).toUtf8();
const QByteArray kSlotCountSql = QByteArrayLiteral(
    "SELECT 'slot|' || count(*) FROM pg_replication_slots WHERE slot_name = :'s';\n");

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

SettingsAnswer parseSettingsAnswer(const QString &out)
{
    SettingsAnswer a;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("set|")))
            a.settingLines << line.mid(4);
        else if (line.startsWith(QLatin1String("slot|")))
            a.slotExists = line.mid(5).trimmed() != QLatin1String("0");
    }
    return a;
}

SettingsApplied parseSettingsApplied(const QString &out)
{
    SettingsApplied a;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("pending|")))
            a.pending = line.mid(8).trimmed();
        else if (line.startsWith(QLatin1String("slot|")))
            a.slot = line.mid(5).trimmed();
    }
    return a;
}

QString settingsPrefetchLines(const ScriptPart &sql)
{
    QStringList settingLines;
    for (const QString &line : QString::fromUtf8(sql.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(QLatin1String("set|")) || line.startsWith(QLatin1String("slot|")))
            settingLines << line;
    return settingLines.join(QLatin1Char('\n'));
}

const QByteArray kAccessSql = QByteArrayLiteral(
    "SELECT 'role|' || rolreplication::text || '|' || rolcanlogin::text FROM pg_roles WHERE rolname = :'u';\n"
    "SELECT 'method|' || CASE WHEN coalesce(rolpassword,'') LIKE 'md5%' THEN 'md5' ELSE 'scram-sha-256' END "
    "FROM pg_authid WHERE rolname = :'u';\n"
    "SELECT 'hbafile|' || current_setting('hba_file');\n"
    "SELECT 'hba|' || encode(pg_read_binary_file(current_setting('hba_file')), 'hex');\n");

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

const QByteArray kStandbySql = QByteArrayLiteral(
    "SELECT pg_is_in_recovery()::text || '|' || coalesce((SELECT status || '|' || "
    "coalesce(sender_host,'') || '|' || coalesce(slot_name,'') FROM pg_stat_wal_receiver), '');\n"
    "SELECT 'id|' || system_identifier FROM pg_control_system();\n");

StandbyFacts parseStandbyFacts(const QString &out)
{
    StandbyFacts s;
    for (const QString &line : out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("id|")))
            s.systemId = line.mid(3).trimmed();
    const QStringList f = out.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('|'));
    s.streaming = f.size() >= 4 && f[0] == QLatin1String("true") && f[1] == QLatin1String("streaming");
    if (s.streaming)
        s.sender = f[2];
    return s;
}

QString secondaryVersion(const ScriptPart &sql)
{
    return sql.rc == 0 ? QString::fromUtf8(sql.out).section(QLatin1Char('\n'), 0, 0).trimmed() : QString();
}

QString standbyPrefetchLines(const ScriptPart &sql)
{
    return QString::fromUtf8(sql.out).section(QLatin1Char('\n'), 1).trimmed();
}

std::optional<DiskSpace> parseDiskSpace(const QByteArray &out)
{
    const QStringList f = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (f.isEmpty())
        return std::nullopt;
    return DiskSpace{f.value(0).toLongLong(), f.value(1).toLongLong()};
}

qint64 copySpaceNeeded(qint64 databaseBytes)
{
    return qint64(databaseBytes * 1.2) + (256LL << 20);
}

std::optional<qint64> clockSkewMs(const QByteArray &clockOut, qint64 before, qint64 after)
{
    const qint64 serverMs = clockOut.trimmed().toLongLong();
    if (serverMs == 0)
        return std::nullopt;
    return serverMs - before - std::min<qint64>((after - before) / 2, 150);
}

QString imageTag(const ScriptPart &image)
{
    const QString name = image.rc == 0 ? QString::fromUtf8(image.out).trimmed() : QString();
    return name.contains(QLatin1Char(':')) ? name.section(QLatin1Char(':'), -1) : QString();
}

std::optional<DataMount> parseDataMount(const ScriptPart &part)
{
    if (!part.present || part.rc != 0)
        return std::nullopt;
    DataMount m;
    m.pgdata = QStringLiteral("/var/lib/postgresql/data"); // the postgres image's default
    QList<QStringList> mounts;
    for (const QByteArray &raw : part.out.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1String("env|PGDATA=")))
            m.pgdata = QDir::cleanPath(line.mid(11));
        else if (line.startsWith(QLatin1String("mount|")))
            mounts << line.split(QLatin1Char('|'));
    }
    qsizetype best = -1;
    for (const QStringList &f : std::as_const(mounts)) {
        if (f.size() < 5)
            continue;
        const QString dest = QDir::cleanPath(f.at(3));
        const bool holds = m.pgdata == dest || m.pgdata.startsWith(dest + QLatin1Char('/')) || dest == u"/";
        if (!holds || dest.size() <= best)
            continue;
        best = dest.size();
        m.type = f.at(1);
        m.hostPath = QDir::cleanPath(f.at(2) + QLatin1Char('/') + m.pgdata.mid(dest == u"/" ? 0 : dest.size()));
        m.volumeName = f.at(4);
    }
    return m;
}

CopySqlAnswer parseCopySqlAnswer(const QByteArray &sqlOut)
{
    CopySqlAnswer a;
    for (const QByteArray &line : sqlOut.split('\n')) {
        if (line.startsWith("id|"))
            a.systemId = QString::fromUtf8(line.mid(3)).trimmed();
        else if (line.startsWith("busy|"))
            a.slotWasBusy = line.mid(5).trimmed() != "0";
    }
    return a;
}

std::optional<CopyProgress> parseCopyProgress(const QString &part)
{
    static const QRegularExpression progressRe(QStringLiteral("(\\d+)/(\\d+) kB \\((\\d+)%\\)"));
    const QRegularExpressionMatch m = progressRe.match(part);
    if (!m.hasMatch())
        return std::nullopt;
    return CopyProgress{m.captured(1).toDouble(), std::max(1.0, m.captured(2).toDouble()), m.captured(3).toInt()};
}

} // namespace oef
