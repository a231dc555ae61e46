#pragma once
// Owning wrappers for libpq (PQfinish even after a failed connect; PQclear on every result).
// Values always travel as parameters; identifiers through PQescapeIdentifier.
#include "backend/core/secrets.h"
#include "backend/remote/dbconnection.h"
#include <QString>
#include <QStringList>
#include <libpq-fe.h>
#include <memory>
#include <optional>

namespace oef {


class PgConnection
{
public:
    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // host may be a directory (Unix socket, e.g. a DbTunnel's socketDir()).
    bool connect(const QString &host, int port, const QString &user, const SecretString &password,
                 const QString &database, int connectTimeoutSeconds = 10);
    bool isOpen() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }
    QString lastError() const { return m_error; }

    // Runs a statement with text parameters. Null result + lastError() on failure.
    PgResult exec(const QString &sql, const QStringList &params = {});
    // First column of the first row, or nullopt (error or no rows).
    std::optional<QString> scalar(const QString &sql, const QStringList &params = {});
    QString escapeIdentifier(const QString &name) const;
    PGconn *handle() const { return m_conn; }

private:
    PGconn *m_conn = nullptr;
    QString m_error;
};

// Ask whether a server answers on a socket/host+port (no login needed).
PGPing pingDatabase(const QString &host, int port, int timeoutSeconds = 5);

} // namespace oef
