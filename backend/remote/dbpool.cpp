#include "backend/remote/dbpool.h"
#include "backend/core/plan.h"
#include "backend/core/step.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"

namespace oef {

QString toolPasswordFile(const Plan &plan)
{
    return plan.installDir + QStringLiteral("/secrets/oe_failover.password");
}

DbPool::DbPool(ServerPool &servers) : m_servers(servers)
{}

DbPool::~DbPool()
{
    dropAll();
}

void DbPool::drop(const QString &role)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_connections, [&](const auto &entry) { return entry.first.first == role; });
    m_passwords.erase(role);
}

void DbPool::dropAll()
{
    std::lock_guard lock(m_mutex);
    m_connections.clear();
    m_passwords.clear();
}

// The role's password, read once per session: exit status 3 = no such file.
bool DbPool::password(StepContext &context, const QString &role, QString *error, Failure *failure)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_passwords.count(role))
            return true;
    }
    RemoteCommand cat = shellScript(QStringLiteral("[ -s \"$1\" ] || exit 3; cat -- \"$1\""),
                                    {toolPasswordFile(*context.plan)}, true, std::chrono::seconds(20));
    CommandResult r = runOn(context, role, cat, false);
    if (!r.ok()) {
        const bool missing = r.outcome == CommandResult::Outcome::Exited && r.exitCode == 3;
        *failure = missing ? Failure::NoToolRole : Failure::Connect;
        *error = missing ? Tr::tr("%1 has no password file for OE Failover's database role (%2): run the set-up "
                                  "again to create it.")
                               .arg(context.hostOf(role), toolPasswordFile(*context.plan))
                         : commandFailure(Tr::tr("Could not read the password of OE Failover's database role."),
                                          context.hostOf(role), cat, r)
                               .details;
        r.stdOut.fill('\0');
        return false;
    }
    SecretString pw(QString::fromUtf8(r.stdOut).trimmed());
    r.stdOut.fill('\0');
    std::lock_guard lock(m_mutex);
    m_passwords[role] = std::move(pw);
    return true;
}

DbConnection *DbPool::connection(StepContext &context, const QString &role, const QString &database, QString *error,
                                 Failure *failure)
{
    Failure ignored = Failure::None;
    if (!failure)
        failure = &ignored;
    *failure = Failure::None;
    {
        std::lock_guard lock(m_mutex);
        auto &slot = m_connections[{role, database}];
        if (slot && slot->isOpen())
            return slot.get();
        slot.reset();
    }
    SshError sshError;
    SshSession *session = m_servers.session(role, &sshError, &context.cancelFlag());
    if (!session) {
        *failure = Failure::Connect;
        *error = sshError.message;
        return nullptr;
    }
    if (!password(context, role, error, failure))
        return nullptr;
    SecretString pw;
    {
        std::lock_guard lock(m_mutex);
        pw = m_passwords[role];
    }
    auto conn = std::make_unique<DbConnection>();
    if (!conn->open(*session, context.plan->server(role).dbPort, kToolRole, pw, database, std::chrono::seconds(10),
                    &context.cancelFlag())) {
        const bool login = conn->lastSqlState() == QLatin1String("28P01")
                           || conn->lastError().contains(QLatin1String("does not exist"));
        *failure = login ? Failure::Login : Failure::Connect;
        *error = Tr::tr("Could not log in to the database on %1 as %2: %3")
                     .arg(context.hostOf(role), kToolRole, conn->lastError());
        if (login) {
            std::lock_guard lock(m_mutex);
            m_passwords.erase(role); // read again next time (the set-up may have renewed it)
        }
        return nullptr;
    }
    std::lock_guard lock(m_mutex);
    auto &slot = m_connections[{role, database}];
    slot = std::move(conn);
    return slot.get();
}

std::optional<QString> DbPool::query(StepContext &context, const QString &role, const QString &database,
                                     const QString &sql, QString *error, QString *access, QString *note)
{
    QString why = QStringLiteral("libpq is off");
    if (DbConnection *db = m_libpq ? connection(context, role, database, &why) : nullptr) {
        const PgResult r = db->exec(sql, {}, std::chrono::seconds(20), &context.cancelFlag());
        if (r && PQntuples(r.get()) > 0 && PQnfields(r.get()) > 0) {
            if (access)
                *access = QStringLiteral("libpq");
            return QString::fromUtf8(PQgetvalue(r.get(), 0, 0));
        }
        why = db->lastError();
    }
    if (access)
        *access = QStringLiteral("docker exec");
    if (note)
        *note = why;
    return querySql(context, role, database, sql, {}, error, false);
}

} // namespace oef
