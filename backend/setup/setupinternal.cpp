#include "backend/setup/setupinternal.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"

#include <algorithm>

namespace oef {

namespace {

QString pgpassEscape(QString v)
{
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return v;
}

} // namespace

void logPrefetched(StepContext &c)
{
    c.log(QString(), LogStream::Info, Tr::tr("(Read with the pre-checks a moment ago.)"));
}

QString slotNameFor(const QString &host)
{
    QString s = QStringLiteral("oef_") + host.toLower();
    for (QChar &ch : s)
        if (!((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch.isDigit() || ch == QLatin1Char('_')))
            ch = QLatin1Char('_');
    return s.left(63);
}

QString replicationPasswordFile(const Plan &plan)
{
    return plan.installDir + QStringLiteral("/secrets/backup_datasource.password");
}

const QString kConnOpts = QStringLiteral("keepalives=1 keepalives_idle=5 keepalives_interval=2 "
                                         "keepalives_count=3 tcp_user_timeout=20000 connect_timeout=10 "
                                         "options=-ctcp_user_timeout=20000");

QString conninfoQuote(QString v)
{
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QByteArray pgpassLine(const QString &user, const SecretString &password)
{
    return QStringLiteral("*:*:*:%1:").arg(pgpassEscape(user)).toUtf8()
           + pgpassEscape(QString::fromUtf8(password.utf8())).toUtf8() + '\n';
}

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

StepResult failCommand(StepContext &c, const QString &role, const QString &what, const RemoteCommand &cmd,
                       const CommandResult &r)
{
    return commandFailure(what, c.hostOf(role), cmd, r);
}

StepResult mustSql(StepContext &c, const QString &role, const QString &db, const QString &sql,
                   const QMap<QString, QString> &vars, const QString &what, QString *out, bool logSql)
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

bool streamsFromPrimary(StepContext &c, const QString &all, QString *systemId)
{
    const StandbyFacts f = parseStandbyFacts(all);
    if (systemId)
        *systemId = f.systemId;
    return f.streaming && (f.sender == c.hostOf(kPrimary) || resolveAddresses(c.hostOf(kPrimary)).contains(f.sender));
}

bool alreadyStreaming(StepContext &c, QString *systemId)
{
    if (systemId)
        systemId->clear();
    const auto all = querySql(c, kSecondary, QStringLiteral("postgres"), QString::fromUtf8(kStandbySql));
    if (!all || !streamsFromPrimary(c, *all, systemId))
        return false;
    // Seen once, it may be a receiver that dies at once (the WAL it needs is gone): confirmed
    // as waitStreaming does.
    return waitStreaming(c, std::chrono::seconds(6));
}

bool waitStreaming(StepContext &c, std::chrono::seconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    // A receiver that starts, asks for WAL the primary no longer has and dies shows as
    // "streaming" for a moment every 5 s: the same receiver (its pid) must still stream 2 s
    // after it was first seen.
    QString seenPid;
    auto seenAt = std::chrono::steady_clock::now();
    // Retried from here while the database container is not up yet.
    return waitUntil(
        c, timeout,
        [&] {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline
                                                                                    - std::chrono::steady_clock::now());
            const auto r = waitForSql(
                c, kSecondary, QStringLiteral("postgres"),
                QStringLiteral("SELECT 'streaming|' || coalesce(sender_host,'') || '|' || pid FROM pg_stat_wal_receiver "
                               "WHERE status = 'streaming' AND pg_is_in_recovery()"),
                {}, std::max(left, std::chrono::milliseconds(1000)), std::chrono::milliseconds(50));
            if (!r)
                return false;
            const QString line = r->section(QLatin1Char('\n'), 0, 0).trimmed();
            const QString sender = line.section(QLatin1Char('|'), 1, 1);
            const QString pid = line.section(QLatin1Char('|'), 2, 2);
            if (sender != c.hostOf(kPrimary) && !resolveAddresses(c.hostOf(kPrimary)).contains(sender))
                return false;
            const auto now = std::chrono::steady_clock::now();
            if (pid != seenPid) {
                seenPid = pid;
                seenAt = now;
                return false;
            }
            return now - seenAt >= std::chrono::seconds(2);
        },
        std::chrono::milliseconds(300));
}

} // namespace oef
