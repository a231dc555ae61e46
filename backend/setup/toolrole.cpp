#include "backend/setup/toolrole.h"
#include "backend/core/plan.h"
#include "backend/core/tr.h"
#include "backend/remote/dbpool.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/scripts.h"

#include <QRandomGenerator>

namespace oef {

namespace {

SecretString newPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QByteArray pw;
    for (int i = 0; i < 32; ++i)
        pw += alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))];
    return SecretString(std::move(pw));
}

// The kept password (made now when there is none).
StepResult keptPassword(StepContext &c, const QString &role, SecretString *out)
{
    RemoteCommand cmd = shellScript(scripts::toolrole_password, {toolPasswordFile(*c.plan)});
    const SecretString fresh = newPassword();
    cmd.stdinData = fresh.utf8();
    CommandResult r;
    StepResult e = mustRun(c, role, cmd, Tr::tr("Could not keep the password of OE Failover's database role."), &r,
                           false);
    cmd.stdinData.fill('\0');
    if (!e.ok)
        return e;
    QByteArray pw = QByteArray::fromBase64(r.stdOut.trimmed());
    r.stdOut.fill('\0');
    *out = SecretString(std::move(pw));
    if (out->isEmpty())
        return StepResult::error(Tr::tr("Could not keep the password of OE Failover's database role."));
    return StepResult::success();
}

// The role, its right to read the monitoring views, the check database and its table, owned
// by the role. The password goes in as its SCRAM verifier.
QString toolRoleSql(const QByteArray &verifier)
{
    return QStringLiteral(
               "SELECT 'CREATE ROLE %1' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')\\gexec\n"
               "ALTER ROLE %1 WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD '%3';\n"
               "GRANT pg_monitor TO %1;\n"
               "SELECT 'CREATE DATABASE %2 OWNER %1' WHERE NOT EXISTS "
               "(SELECT 1 FROM pg_database WHERE datname = '%2')\\gexec\n"
               "ALTER DATABASE %2 OWNER TO %1;\n"
               "\\connect %2\n"
               "CREATE TABLE IF NOT EXISTS oef_roundtrip (id bigserial PRIMARY KEY, token text NOT NULL, "
               "written_at timestamptz NOT NULL DEFAULT now());\n"
               "ALTER TABLE oef_roundtrip OWNER TO %1;\n")
        .arg(kToolRole, kCheckDatabase, QString::fromLatin1(verifier));
}

bool canLogIn(StepContext &c, const QString &role, QString *error)
{
    DbPool::Failure failure = DbPool::Failure::None;
    return c.servers->databases().connection(c, role, kCheckDatabase, error, &failure) != nullptr;
}

} // namespace

StepResult ensureToolRole(StepContext &c, const QString &role)
{
    QString error;
    if (canLogIn(c, role, &error)) {
        c.log(c.hostOf(role), LogStream::Info, Tr::tr("OE Failover's database role %1 is in place.").arg(kToolRole));
        return StepResult::success();
    }
    SecretString password;
    if (auto e = keptPassword(c, role, &password); !e.ok)
        return e;
    const QByteArray verifier = scramVerifier(password, kToolRole);
    if (verifier.isEmpty())
        return StepResult::error(Tr::tr("Could not compute the password verifier of OE Failover's database role."));
    RemoteCommand sql = adminSql(*c.plan, QStringLiteral("postgres"), toolRoleSql(verifier), false);
    sql.description += QStringLiteral(" <<< (OE Failover's role %1 and database %2)").arg(kToolRole, kCheckDatabase);
    if (auto e = mustRun(c, role, sql, Tr::tr("Could not create OE Failover's database role.")); !e.ok)
        return e;
    c.servers->databases().drop(role); // the password is read again
    if (canLogIn(c, role, &error))
        c.log(c.hostOf(role), LogStream::Info,
              Tr::tr("OE Failover's database role %1 is in place (member of pg_monitor, owner of the database %2).")
                  .arg(kToolRole, kCheckDatabase));
    else
        c.log(c.hostOf(role), LogStream::Warning,
              Tr::tr("OE Failover cannot log in to the database through SSH (%1); verification will ask the database "
                     "through docker exec instead.")
                  .arg(error));
    return StepResult::success();
}

} // namespace oef
