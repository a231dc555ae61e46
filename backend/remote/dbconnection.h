#pragma once
// libpq to a server's database through the SSH session already open to that server
// (DESIGN.md section 3): a direct-tcpip channel to 127.0.0.1:<dbPort> on the server carries a
// PostgreSQL connection, so only port 22 must be open and no second login is needed.
//
// libssh sessions belong to one thread, so the thread that owns the session also moves the
// bytes: libpq runs non-blocking on one end of a Unix socket pair (its end made by connecting
// to a listening socket in a private 0700 directory that exists only until the connection is
// accepted), and every wait of this class pumps between the other end and the channel.
// Values always travel as parameters ($1, $2, ...), never inside the SQL text.
#include "backend/core/secrets.h"
#include "backend/remote/sshhandles.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>
#include <libpq-fe.h>
#include <memory>

namespace oef {

class SshSession;

struct PgResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

// The SCRAM-SHA-256 verifier of a password, computed on this computer (libpq's
// PQencryptPasswordConn): what ALTER ROLE ... PASSWORD is given, so that the password itself
// never travels as SQL text and never reaches the server's logs. Empty on failure.
QByteArray scramVerifier(const SecretString &password, const QString &user);

class DbConnection
{
public:
    DbConnection();
    ~DbConnection();
    DbConnection(const DbConnection &) = delete;
    DbConnection &operator=(const DbConnection &) = delete;

    // Opens the channel on `session` (which must outlive this connection and is used only
    // from this thread) and logs in. False with lastError() on failure.
    bool open(SshSession &session, int port, const QString &user, const SecretString &password, const QString &database,
              std::chrono::milliseconds timeout, const std::atomic_bool *cancel = nullptr);
    bool isOpen() const;
    void close();
    QString lastError() const { return m_error; }
    // The SQLSTATE of the last failure that had one ("28P01": wrong password, ...).
    QString lastSqlState() const { return m_sqlState; }

    // Runs one statement with text parameters and waits for its result (all of it). Null with
    // lastError() on failure, time-out or cancel (the statement is then cancelled on the
    // server and the connection closed).
    PgResult exec(const QString &sql, const QStringList &params = {},
                  std::chrono::milliseconds timeout = std::chrono::seconds(20),
                  const std::atomic_bool *cancel = nullptr);

    // The same in two halves, for a statement that runs while other work goes on: send() starts
    // it; waitNotice() pumps until the server sent a NOTICE with that text (or the result came);
    // result() pumps until the result is there.
    bool send(const QString &sql, const QStringList &params = {});
    bool waitNotice(const QString &text, std::chrono::milliseconds timeout, const std::atomic_bool *cancel = nullptr);
    PgResult result(std::chrono::milliseconds timeout, const std::atomic_bool *cancel = nullptr);

    // First column of the first row, or an empty string (error: lastError()).
    QString scalar(const QString &sql, const QStringList &params = {});

private:
    struct Pump;
    bool fail(const QString &message, const PGresult *result = nullptr);
    bool startLibpq(const QString &socketDir, const QString &user, const SecretString &password,
                    const QString &database, int port);
    bool login(std::chrono::milliseconds timeout, const std::atomic_bool *cancel);
    bool pumpUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout, const std::atomic_bool *cancel,
                   const QString &what);

    std::unique_ptr<Pump> m_pump;
    PGconn *m_conn = nullptr;
    QString m_error, m_sqlState;
    QStringList m_notices;
};

} // namespace oef
