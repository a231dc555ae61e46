#include "backend/remote/dbconnection.h"
#include "backend/core/tr.h"
#include "backend/remote/sshsession.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

namespace oef {

namespace {

using Clock = std::chrono::steady_clock;

bool cancelled(const std::atomic_bool *flag)
{
    return flag && flag->load();
}

// Acknowledge the server's segments at once while waiting (sshd keeps Nagle on for sessions
// without a terminal: an answer behind an unacknowledged segment waits for our delayed ACK).
void ackPromptly(int fd)
{
    const int one = 1;
    if (fd >= 0)
        ::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
}

// A listening Unix socket in a private directory, for libpq's end of the pair.
struct Listener
{
    QString dir;
    QByteArray path;
    int fd = -1;

    bool open(int port, QString *error)
    {
        QByteArray tmpl = QFile::encodeName(QDir::tempPath() + QStringLiteral("/oef-db-XXXXXX"));
        if (!::mkdtemp(tmpl.data())) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        dir = QFile::decodeName(tmpl); // mkdtemp makes it 0700
        path = tmpl + "/.s.PGSQL." + QByteArray::number(port);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0 || size_t(path.size()) >= sizeof addr.sun_path) {
            *error = Tr::tr("the socket path is too long");
            return false;
        }
        std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
        if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(fd, 1) != 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        return true;
    }

    // The connection libpq made (it connects at once), then the socket and directory go.
    int accept()
    {
        pollfd p{fd, POLLIN, 0};
        const int other = ::poll(&p, 1, 2000) == 1 ? ::accept4(fd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK) : -1;
        remove();
        return other;
    }

    void remove()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
        if (!path.isEmpty())
            ::unlink(path.constData());
        if (!dir.isEmpty())
            QDir().rmdir(dir);
        path.clear();
        dir.clear();
    }

    ~Listener() { remove(); }
};

} // namespace

// The bytes between libpq's socket and the SSH channel.
struct DbConnection::Pump
{
    SshSession *session = nullptr;
    ssh::Channel channel;
    int fd = -1;        // our end of the pair
    QByteArray toLibpq; // read from the channel, not yet written to fd
    bool remoteEof = false;
    bool broken = false;
    QString error;

    ~Pump()
    {
        if (fd >= 0)
            ::close(fd);
    }

    // One pass in each direction. True when anything moved.
    bool once()
    {
        bool moved = fromLibpq();
        moved = fromChannel() || moved;
        moved = flush() || moved;
        return moved;
    }

    bool fromLibpq()
    {
        char buf[32 * 1024];
        bool moved = false;
        for (;;) {
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n > 0) {
                moved = true;
                if (ssh_channel_write(channel.get(), buf, uint32_t(n)) != int(n))
                    return setBroken(Tr::tr("the SSH channel to the database failed"));
                continue;
            }
            if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                if (!remoteEof)
                    ssh_channel_send_eof(channel.get());
                return setBroken(Tr::tr("the connection was closed"));
            }
            return moved;
        }
    }

    bool fromChannel()
    {
        char buf[32 * 1024];
        bool moved = false;
        int n = 0;
        while ((n = ssh_channel_read_nonblocking(channel.get(), buf, sizeof buf, 0)) > 0) {
            toLibpq.append(buf, n);
            moved = true;
        }
        if (n == SSH_ERROR)
            return setBroken(Tr::tr("the SSH channel to the database failed"));
        if (!remoteEof && (ssh_channel_is_eof(channel.get()) || !ssh_channel_is_open(channel.get()))) {
            remoteEof = true;
            moved = true;
        }
        return moved;
    }

    bool flush()
    {
        bool moved = false;
        while (!toLibpq.isEmpty()) {
            const ssize_t w = ::write(fd, toLibpq.constData(), size_t(toLibpq.size()));
            if (w <= 0)
                break;
            toLibpq.remove(0, w);
            moved = true;
        }
        if (remoteEof && toLibpq.isEmpty())
            ::shutdown(fd, SHUT_WR);
        return moved;
    }

    bool setBroken(const QString &why)
    {
        if (!broken)
            error = why;
        broken = true;
        return true;
    }

    // Waits up to `ms` for bytes from either side.
    void wait(int ms)
    {
        const int sshFd = ssh_get_fd(session->handle());
        ackPromptly(sshFd);
        pollfd fds[2] = {{fd, short(POLLIN | (toLibpq.isEmpty() ? 0 : POLLOUT)), 0}, {sshFd, POLLIN, 0}};
        ::poll(fds, 2, ms);
    }
};

QByteArray scramVerifier(const SecretString &password, const QString &user)
{
    // PQencryptPasswordConn needs a connection object only for its error messages and
    // settings when the algorithm is given: an unconnected one (an invalid port, so nothing is
    // tried) will do.
    PGconn *conn = PQconnectStart("port=invalid");
    if (!conn)
        return {};
    const QByteArray u = user.toUtf8();
    char *verifier = PQencryptPasswordConn(conn, password.c_str(), u.constData(), "scram-sha-256");
    QByteArray out = verifier ? QByteArray(verifier) : QByteArray();
    PQfreemem(verifier);
    PQfinish(conn);
    return out.startsWith("SCRAM-SHA-256$") ? out : QByteArray();
}

DbConnection::DbConnection() = default;

DbConnection::~DbConnection()
{
    close();
}

bool DbConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK && m_pump && !m_pump->broken;
}

void DbConnection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_pump.reset();
}

bool DbConnection::fail(const QString &message, const PGresult *result)
{
    m_error = message;
    m_sqlState.clear();
    if (result)
        m_sqlState = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    return false;
}

bool DbConnection::open(SshSession &session, int port, const QString &user, const SecretString &password,
                        const QString &database, std::chrono::milliseconds timeout, const std::atomic_bool *cancel)
{
    close();
    m_notices.clear();
    m_error.clear();
    m_sqlState.clear();
    m_pump = std::make_unique<Pump>();
    m_pump->session = &session;
    ssh_session s = session.handle();
    if (!s || !session.isConnected())
        return fail(Tr::tr("The SSH session is not connected."));
    m_pump->channel.reset(ssh_channel_new(s));
    if (!m_pump->channel
        || ssh_channel_open_forward(m_pump->channel.get(), "127.0.0.1", port, "127.0.0.1", 0) != SSH_OK) {
        const QString why = QString::fromUtf8(ssh_get_error(s));
        m_pump.reset();
        return fail(why.contains(QLatin1String("prohibited"), Qt::CaseInsensitive)
                        ? Tr::tr("The SSH server does not allow forwarding to the database port (%1).").arg(why)
                        : Tr::tr("Could not reach port %1 on the server through SSH: %2").arg(port).arg(why));
    }
    Listener listener;
    QString error;
    if (!listener.open(port, &error))
        return fail(Tr::tr("Could not create a local socket for the database connection: %1").arg(error));
    if (!startLibpq(listener.dir, user, password, database, port) || (m_pump->fd = listener.accept()) < 0) {
        if (m_error.isEmpty())
            fail(Tr::tr("Could not start the database connection."));
        close();
        return false;
    }
    if (!login(timeout, cancel)) {
        close();
        return false;
    }
    return true;
}

bool DbConnection::startLibpq(const QString &socketDir, const QString &user, const SecretString &password,
                              const QString &database, int port)
{
    const QByteArray dir = QFile::encodeName(socketDir), portText = QByteArray::number(port), u = user.toUtf8(),
                     db = database.toUtf8();
    // Over the SSH channel: no TLS or GSS negotiation of libpq's own (the channel is encrypted,
    // and a Unix socket never negotiates them).
    const char *keys[] = {"host", "port", "user", "dbname", "password", "application_name", nullptr};
    const char *values[] = {dir.constData(),  portText.constData(), u.constData(), db.constData(),
                            password.c_str(), "oe-failover",        nullptr};
    m_conn = PQconnectStartParams(keys, values, 0);
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD)
        return fail(m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                           : Tr::tr("Out of memory for the database connection."));
    PQsetnonblocking(m_conn, 1);
    PQsetNoticeReceiver(
        m_conn,
        [](void *self, const PGresult *r) {
            static_cast<DbConnection *>(self)->m_notices
                << QString::fromUtf8(PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY));
        },
        this);
    return true;
}

bool DbConnection::pumpUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout,
                             const std::atomic_bool *cancel, const QString &what)
{
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        if (done())
            return true;
        if (m_pump->broken)
            return fail(Tr::tr("%1: %2.").arg(what, m_pump->error));
        if (cancelled(cancel))
            return fail(Tr::tr("Cancelled."));
        if (Clock::now() > deadline)
            return fail(Tr::tr("%1: no answer within %n second(s).", nullptr, int(timeout.count() / 1000)).arg(what));
        if (!m_pump->once())
            m_pump->wait(20);
    }
}

// Is libpq's socket ready for what PQconnectPoll asked?
static bool socketReady(PGconn *conn, PostgresPollingStatusType want)
{
    pollfd p{PQsocket(conn), short(want == PGRES_POLLING_WRITING ? POLLOUT : POLLIN), 0};
    return ::poll(&p, 1, 0) == 1;
}

bool DbConnection::login(std::chrono::milliseconds timeout, const std::atomic_bool *cancel)
{
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    const bool ok = pumpUntil(
        [&] {
            if (!socketReady(m_conn, state))
                return false;
            state = PQconnectPoll(m_conn);
            return state == PGRES_POLLING_OK || state == PGRES_POLLING_FAILED;
        },
        timeout, cancel, Tr::tr("Logging in to the database"));
    if (ok && state == PGRES_POLLING_FAILED)
        fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    if (m_error.contains(QLatin1String("password authentication failed")))
        m_sqlState = QStringLiteral("28P01");
    return ok && state == PGRES_POLLING_OK;
}

bool DbConnection::send(const QString &sql, const QStringList &params)
{
    m_error.clear();
    m_notices.clear();
    if (!isOpen())
        return fail(Tr::tr("The database connection is closed."));
    const QByteArray text = sql.toUtf8();
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(size_t(params.size()));
    for (const QString &p : params) {
        storage.push_back(p.toUtf8());
        values.push_back(storage.back().constData());
    }
    if (!PQsendQueryParams(m_conn, text.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0))
        return fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    return pumpUntil([&] { return PQflush(m_conn) == 0; }, std::chrono::seconds(20), nullptr,
                     Tr::tr("Sending the query"));
}

bool DbConnection::waitNotice(const QString &text, std::chrono::milliseconds timeout, const std::atomic_bool *cancel)
{
    return pumpUntil(
        [&] {
            if (!PQconsumeInput(m_conn))
                return !fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
            return m_notices.contains(text) || !PQisBusy(m_conn);
        },
        timeout, cancel, Tr::tr("Waiting for the database"));
}

PgResult DbConnection::result(std::chrono::milliseconds timeout, const std::atomic_bool *cancel)
{
    PgResult kept, failed;
    bool inputFailed = false;
    for (;;) {
        const bool ready = pumpUntil(
            [&] {
                inputFailed = !PQconsumeInput(m_conn);
                return inputFailed || !PQisBusy(m_conn);
            },
            timeout, cancel, Tr::tr("Waiting for the database"));
        if (!ready || inputFailed) {
            if (inputFailed)
                fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
            close(); // a statement may still run there; it ends with the connection
            return nullptr;
        }
        PgResult r(PQgetResult(m_conn));
        if (!r)
            break;
        const ExecStatusType st = PQresultStatus(r.get());
        if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
            if (!failed)
                failed = std::move(r); // the first error wins; the rest is drained
        } else {
            kept = std::move(r);
        }
    }
    if (failed) {
        fail(QString::fromUtf8(PQresultErrorMessage(failed.get())).trimmed(), failed.get());
        return nullptr;
    }
    return kept;
}

PgResult DbConnection::exec(const QString &sql, const QStringList &params, std::chrono::milliseconds timeout,
                            const std::atomic_bool *cancel)
{
    if (!send(sql, params))
        return nullptr;
    return result(timeout, cancel);
}

QString DbConnection::scalar(const QString &sql, const QStringList &params)
{
    const PgResult r = exec(sql, params);
    if (!r || PQntuples(r.get()) < 1 || PQnfields(r.get()) < 1)
        return {};
    return QString::fromUtf8(PQgetvalue(r.get(), 0, 0));
}

} // namespace oef
