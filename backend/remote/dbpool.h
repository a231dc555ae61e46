#pragma once
// The tool's own database connections to the servers of a plan (DESIGN.md section 3): libpq
// over a channel of the role's SSH session (DbConnection), logged in as the tool's role
// (kToolRole: a member of pg_monitor, owner of the check database), whose generated password
// the set-up keeps root-only in <installDir>/secrets/ and which replicates to the standbys with
// everything else. The password is read (with sudo) once per session; connections are kept
// until the pool goes, so a screen that refreshes every 2 s reuses them.
//
// Owned by a ServerPool (ServerPool::databases()), which drops a role's connections before it
// closes or replaces that role's session. A role's connections are used by the thread that
// uses its session.
#include "backend/core/secrets.h"
#include "backend/remote/dbconnection.h"

#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace oef {

class ServerPool;
class StepContext;
struct Plan;

// The tool's role and its check database (the round trip writes there, never into OpenELIS's).
inline const QString kToolRole = QStringLiteral("oe_failover");
inline const QString kCheckDatabase = QStringLiteral("oe_failover");
// Where the set-up keeps the role's password on each server (root, 0600).
QString toolPasswordFile(const Plan &plan);

class DbPool
{
public:
    explicit DbPool(ServerPool &servers);
    ~DbPool();
    DbPool(const DbPool &) = delete;
    DbPool &operator=(const DbPool &) = delete;

    enum class Failure { None, NoToolRole, Login, Connect };

    // The connection to `database` on a role's server, opened on first use and kept (opened
    // again when it broke). Null with *error (and *failure: NoToolRole when the server holds no
    // password for the tool's role, i.e. it was not set up by this version).
    DbConnection *connection(StepContext &context, const QString &role, const QString &database, QString *error,
                             Failure *failure = nullptr);
    // The first column of the first row of a read-only query on a role's server: through libpq
    // when the tool's role is there, else through `docker exec … psql` (a server set up before
    // the role existed). nullopt with *error when neither answered; *access says which way
    // answered ("libpq", "docker exec") and *note why not libpq.
    std::optional<QString> query(StepContext &context, const QString &role, const QString &database, const QString &sql,
                                 QString *error = nullptr, QString *access = nullptr, QString *note = nullptr);

    // Off: query() goes through `docker exec … psql` only, as for a server without the tool's
    // role (bench_verify's baseline). On by default.
    void setLibpq(bool on) { m_libpq = on; }

    // Forgets a role's connections and password (before its session closes).
    void drop(const QString &role);
    void dropAll();

private:
    bool password(StepContext &context, const QString &role, QString *error, Failure *failure);

    ServerPool &m_servers;
    // Guards the maps (the pre-checks use two roles from two threads); a connection itself is
    // used by the thread of its role's session only.
    std::mutex m_mutex;
    bool m_libpq = true;
    std::map<QString, SecretString> m_passwords;
    std::map<std::pair<QString, QString>, std::unique_ptr<DbConnection>> m_connections;
};

} // namespace oef
