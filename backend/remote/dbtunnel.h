#pragma once
// A local Unix socket (in a private 0700 directory) forwarded through an SSH direct-tcpip
// channel to 127.0.0.1:<dbPort> on a server, so libpq reaches the database with only port 22
// open. The tunnel owns its own SSH session on its own thread (libssh: one session, one thread).
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/remote/hostkeys.h"
#include "backend/remote/sshsession.h"
#include <QString>
#include <atomic>
#include <memory>
#include <thread>

namespace oef {

class DbTunnel
{
public:
    DbTunnel();
    ~DbTunnel(); // stops the pump, closes everything, removes the socket
    DbTunnel(const DbTunnel &) = delete;
    DbTunnel &operator=(const DbTunnel &) = delete;

    // Connects a new SSH session (host key checked) and starts forwarding.
    bool open(const ServerSpec &server, const ServerSecrets &secrets, const HostKeyPolicy &policy,
              std::chrono::milliseconds timeout = std::chrono::seconds(10));
    const SshError &lastError() const { return m_error; }
    // libpq "host" (the socket directory) and "port" (the server's dbPort).
    QString socketDir() const { return m_dir; }
    int port() const { return m_port; }
    void close();

private:
    void pump(int listenFd);

    SshError m_error;
    QString m_dir;
    int m_port = 5432;
    int m_listenFd = -1;
    std::unique_ptr<SshSession> m_session;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
};

// PostgreSQL's answer on 127.0.0.1:<port> of a server, through a direct-tcpip channel of an
// open session (no second login): a startup packet, then the server's first message. An
// authentication request or an error other than "cannot connect now" (57P03) is PQPING_OK,
// 57P03 (starting up, shutting down, recovering) PQPING_REJECT, no answer PQPING_NO_RESPONSE.
// *forwardingRefused: the SSH server does not allow TCP forwarding.
int pingThroughSession(SshSession &session, int port, std::chrono::milliseconds timeout, bool *forwardingRefused,
                       QString *detail);

} // namespace oef
