#include "backend/remote/dbtunnel.h"
#include "backend/core/tr.h"

#include <libpq-fe.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cerrno>
#include <fcntl.h>
#include <future>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

namespace oef {

DbTunnel::DbTunnel() = default;
DbTunnel::~DbTunnel()
{
    close();
}

bool DbTunnel::open(const ServerSpec &server, const ServerSecrets &secrets, const HostKeyPolicy &policy,
                    std::chrono::milliseconds timeout)
{
    close();
    m_port = server.dbPort;
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/oef-tunnel-XXXXXX"));
    if (!tmp.isValid()) {
        m_error = {SshError::Kind::Handshake,
                   Tr::tr("Could not create a private directory for "
                          "the database tunnel."),
                   tmp.errorString()};
        return false;
    }
    tmp.setAutoRemove(false);
    m_dir = tmp.path();
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray path = QFile::encodeName(QStringLiteral("%1/.s.PGSQL.%2").arg(m_dir).arg(m_port));
    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (m_listenFd < 0 || size_t(path.size()) >= sizeof addr.sun_path) {
        m_error = {SshError::Kind::Handshake, Tr::tr("Could not create the tunnel socket."), {}};
        close();
        return false;
    }
    memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listenFd, 8) != 0) {
        m_error = {SshError::Kind::Handshake, Tr::tr("Could not create the tunnel socket."),
                   QString::fromLocal8Bit(strerror(errno))};
        close();
        return false;
    }
    // The session is created and used only on the pump thread.
    std::promise<SshError> connected;
    std::future<SshError> result = connected.get_future();
    m_stop = false;
    const ServerSecrets secretsCopy = secrets;
    m_thread = std::thread([this, server, secretsCopy, policy, timeout, &connected]() {
        auto session = std::make_unique<SshSession>();
        if (!session->connect(server, secretsCopy, policy, timeout, &m_stop)) {
            connected.set_value(session->lastError());
            return;
        }
        m_session = std::move(session);
        connected.set_value({});
        pump(m_listenFd);
        m_session.reset();
    });
    m_error = result.get();
    if (m_error.kind != SshError::Kind::None) {
        close();
        return false;
    }
    return true;
}

void DbTunnel::close()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    m_listenFd = -1;
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    m_dir.clear();
}

namespace {
struct Link
{
    int fd = -1;
    ssh::Channel channel;
    bool clientEof = false;
};
} // namespace

void DbTunnel::pump(int listenFd)
{
    ssh_session s = m_session->handle();
    std::vector<Link> links;
    char buf[32 * 1024];
    while (!m_stop) {
        std::vector<pollfd> fds;
        fds.push_back({listenFd, POLLIN, 0});
        for (const Link &l : links)
            fds.push_back({l.fd, short(l.clientEof ? 0 : POLLIN), 0});
        fds.push_back({ssh_get_fd(s), POLLIN, 0});
        ::poll(fds.data(), nfds_t(fds.size()), 20);

        if (fds[0].revents & POLLIN) {
            const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0) {
                ssh::Channel ch(ssh_channel_new(s));
                if (ch && ssh_channel_open_forward(ch.get(), "127.0.0.1", m_port, "127.0.0.1", 0) == SSH_OK) {
                    links.push_back({fd, std::move(ch), false});
                } else {
                    ::close(fd);
                }
            }
        }
        for (size_t i = 0; i < links.size(); ++i) {
            Link &l = links[i];
            bool dead = false;
            if (!l.clientEof && (fds[i + 1].revents & (POLLIN | POLLHUP | POLLERR))) {
                const ssize_t n = ::read(l.fd, buf, sizeof buf);
                if (n > 0) {
                    if (ssh_channel_write(l.channel.get(), buf, uint32_t(n)) == SSH_ERROR)
                        dead = true;
                } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                    l.clientEof = true;
                    ssh_channel_send_eof(l.channel.get());
                }
            }
            int m = 0;
            while (!dead && (m = ssh_channel_read_nonblocking(l.channel.get(), buf, sizeof buf, 0)) > 0) {
                ssize_t off = 0;
                while (off < m) {
                    const ssize_t w = ::write(l.fd, buf + off, size_t(m - off));
                    if (w <= 0) {
                        if (w < 0 && errno == EINTR)
                            continue;
                        dead = true;
                        break;
                    }
                    off += w;
                }
            }
            if (m == SSH_ERROR || ssh_channel_is_eof(l.channel.get()) || !ssh_channel_is_open(l.channel.get()))
                dead = true;
            if (l.clientEof && dead == false && ssh_channel_is_closed(l.channel.get()))
                dead = true;
            if (dead) {
                ::close(l.fd);
                l.fd = -1;
            }
        }
        std::erase_if(links, [](const Link &l) { return l.fd < 0; });
        if (!ssh_is_connected(s))
            break;
    }
    for (Link &l : links)
        ::close(l.fd);
}

int pingThroughSession(SshSession &session, int port, std::chrono::milliseconds timeout, bool *forwardingRefused,
                       QString *detail)
{
    *forwardingRefused = false;
    ssh_session s = session.handle();
    if (!s || !session.isConnected())
        return PQPING_NO_RESPONSE;
    ssh::Channel ch(ssh_channel_new(s));
    if (!ch || ssh_channel_open_forward(ch.get(), "127.0.0.1", port, "127.0.0.1", 0) != SSH_OK) {
        const QString error = QString::fromUtf8(ssh_get_error(s));
        *forwardingRefused = error.contains(QLatin1String("prohibited"), Qt::CaseInsensitive);
        *detail = error;
        return PQPING_NO_RESPONSE;
    }
    // StartupMessage, protocol 3.0: user and database "postgres"; no password is ever sent.
    QByteArray body;
    auto int32 = [](QByteArray &b, quint32 v) {
        b += char(v >> 24);
        b += char(v >> 16);
        b += char(v >> 8);
        b += char(v);
    };
    int32(body, 196608);
    body += QByteArray("user\0postgres\0database\0postgres\0\0", 33);
    QByteArray packet;
    int32(packet, quint32(body.size() + 4));
    packet += body;
    int result = PQPING_NO_RESPONSE;
    if (ssh_channel_write(ch.get(), packet.constData(), uint32_t(packet.size())) == int(packet.size())) {
        // The first message: type, length, then (for an error) fields "<code><text>\0".
        QByteArray in;
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        char buf[4096];
        while (std::chrono::steady_clock::now() < deadline && !ssh_channel_is_eof(ch.get())) {
            const int n = ssh_channel_read_timeout(ch.get(), buf, sizeof buf, 0, 50);
            if (n == SSH_ERROR)
                break;
            in.append(buf, n);
            if (in.size() >= 5) {
                const quint32 len = (quint32(uchar(in[1])) << 24) | (quint32(uchar(in[2])) << 16)
                                    | (quint32(uchar(in[3])) << 8) | quint32(uchar(in[4]));
                if (in[0] == 'R') {
                    result = PQPING_OK;
                    break;
                }
                if (in[0] == 'E' && in.size() >= qsizetype(len) + 1) {
                    result = PQPING_OK;
                    for (const QByteArray &field : in.mid(5, qsizetype(len) - 4).split('\0'))
                        if (field.startsWith('C') && field.mid(1) == "57P03")
                            result = PQPING_REJECT;
                    break;
                }
                if (in[0] != 'E')
                    break; // not PostgreSQL
            }
        }
        if (result == PQPING_NO_RESPONSE)
            *detail = QStringLiteral("no PostgreSQL answer on port %1").arg(port);
    }
    ssh_channel_close(ch.get());
    return result;
}

} // namespace oef
