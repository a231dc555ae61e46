#include "backend/remote/sshsession.h"
#include "backend/core/privatefile.h"
#include "backend/core/shellquote.h"
#include "backend/core/tr.h"
#include <libssh/callbacks.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace oef {

namespace {

// While waiting for the server's answer: acknowledge what arrives at once. sshd leaves Nagle
// on for sessions without a terminal, so an answer sent right behind an unacknowledged
// segment (the host-keys notice that follows the login) waits for our ACK, which Linux
// delays by up to 40 ms once we have just sent something. The flag does not last: it is set
// again after each of our sends (see answerPromptly) and before each wait.
void ackPromptly(ssh_session s)
{
    const int fd = ssh_get_fd(s);
    if (fd < 0)
        return;
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
}

// A libssh request (channel open, exec) run without blocking, so that the quick-ACK flag can
// be set after it has sent and while it waits. SSH_OK or SSH_ERROR.
template <typename Call> int answerPromptly(ssh_session s, Call call)
{
    ssh_set_blocking(s, 0);
    int rc = call();
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (rc == SSH_AGAIN && std::chrono::steady_clock::now() < until) {
        ackPromptly(s);
        pollfd pfd{ssh_get_fd(s), POLLIN, 0};
        ::poll(&pfd, 1, 20);
        rc = call();
    }
    ssh_set_blocking(s, 1);
    return rc == SSH_AGAIN ? SSH_ERROR : rc;
}

using Clock = std::chrono::steady_clock;

bool cancelled(const std::atomic_bool *flag)
{
    return flag && flag->load();
}

QString randomToken()
{
    const quint64 a = QRandomGenerator::system()->generate64();
    return QString::number(a, 36);
}

// Splits a byte stream into lines.
class LineSplitter
{
public:
    template <typename Fn> void feed(const char *data, size_t len, Fn &&fn)
    {
        m_pending.append(data, qsizetype(len));
        qsizetype start = 0;
        for (;;) {
            const qsizetype nl = m_pending.indexOf('\n', start);
            if (nl < 0)
                break;
            QByteArray line = m_pending.mid(start, nl - start);
            if (line.endsWith('\r'))
                line.chop(1);
            fn(QString::fromUtf8(line));
            start = nl + 1;
        }
        m_pending.remove(0, start);
        if (m_pending.size() > 64 * 1024) { // a very long line: emit it in pieces
            fn(QString::fromUtf8(m_pending));
            m_pending.clear();
        }
    }
    template <typename Fn> void flush(Fn &&fn)
    {
        if (!m_pending.isEmpty())
            fn(QString::fromUtf8(m_pending));
        m_pending.clear();
    }

private:
    QByteArray m_pending;
};

// Where a command's output goes: captured into the result (up to maxCapture), as lines to
// onLine, or stdout raw to onStdout.
class OutputSink
{
public:
    OutputSink(CommandResult &result, const RunOptions &options) : m_result(result), m_options(options) {}
    void out(const char *data, size_t len)
    {
        if (m_options.onStdout) {
            m_options.onStdout(data, len);
            return;
        }
        if (m_result.stdOut.size() < m_options.maxCapture)
            m_result.stdOut.append(data, qsizetype(len));
        if (m_options.onLine)
            m_outLines.feed(data, len, [this](const QString &l) { m_options.onLine(LogStream::StdOut, l); });
    }
    void err(const char *data, size_t len)
    {
        if (m_result.stdErr.size() < m_options.maxCapture)
            m_result.stdErr.append(data, qsizetype(len));
        if (m_options.onLine)
            m_errLines.feed(data, len, [this](const QString &l) { m_options.onLine(LogStream::StdErr, l); });
    }
    void flush()
    {
        if (!m_options.onLine)
            return;
        m_outLines.flush([this](const QString &l) { m_options.onLine(LogStream::StdOut, l); });
        m_errLines.flush([this](const QString &l) { m_options.onLine(LogStream::StdErr, l); });
    }

private:
    CommandResult &m_result;
    const RunOptions &m_options;
    LineSplitter m_outLines, m_errLines;
};

// The result of a command stopped by a cancel or its time-out.
void markStopped(CommandResult &result, CommandResult::Outcome why, std::chrono::milliseconds timeout)
{
    result.outcome = why;
    result.errorText = why == CommandResult::Outcome::TimedOut
                           ? Tr::tr("timed out after %n second(s)", nullptr,
                                    int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()))
                           : Tr::tr("cancelled");
}

struct ExitSignalCatcher
{
    ssh_channel_callbacks_struct callbacks{};
    QString signal;

    static void onExitSignal(ssh_session, ssh_channel, const char *sig, int, const char *, const char *, void *userdata)
    {
        static_cast<ExitSignalCatcher *>(userdata)->signal = QString::fromLatin1(sig);
    }
    void attach(ssh_channel channel)
    {
        callbacks.userdata = this;
        callbacks.channel_exit_signal_function = &ExitSignalCatcher::onExitSignal;
        ssh_callbacks_init(&callbacks);
        ssh_set_channel_callbacks(channel, &callbacks);
    }
};

// Waits for a non-blocking connect to end: 0 once connected, else its error (ETIMEDOUT when the
// deadline passed or cancel was asked first).
int waitForConnect(int fd, Clock::time_point deadline, const std::atomic_bool *cancel)
{
    int err = ETIMEDOUT;
    while (Clock::now() < deadline && !cancelled(cancel)) {
        pollfd pfd{fd, POLLOUT, 0};
        const int left = int(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count());
        const int rc = ::poll(&pfd, 1, std::clamp(left, 0, 100));
        if (rc > 0) {
            socklen_t len = sizeof err;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
            break;
        }
        if (rc < 0 && errno != EINTR) {
            err = errno;
            break;
        }
    }
    return err;
}

// What a failed connect's error says.
SshError::Kind connectErrorKind(int err)
{
    if (err == ECONNREFUSED)
        return SshError::Kind::Refused;
    if (err == EHOSTUNREACH || err == ENETUNREACH || err == ENETDOWN)
        return SshError::Kind::Unreachable;
    return SshError::Kind::Timeout;
}

// Connects to one address: the socket (blocking again), or -1 with *kind and *detail filled
// (Kind::Cancelled: try no other address); both are left as they are when no socket could be made.
int connectTo(const addrinfo *ai, Clock::time_point deadline, const std::atomic_bool *cancel, SshError::Kind *kind,
              QString *detail)
{
    const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
    if (fd < 0)
        return -1;
    int err = ::connect(fd, ai->ai_addr, ai->ai_addrlen) == 0 ? 0 : errno;
    if (err == EINPROGRESS) {
        err = waitForConnect(fd, deadline, cancel);
        if (cancelled(cancel)) {
            ::close(fd);
            *kind = SshError::Kind::Cancelled;
            return -1;
        }
    }
    if (err == 0) {
        const int flags = fcntl(fd, F_GETFL);
        fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
        // Small request/answer exchanges (one channel per command) otherwise wait ~40 ms
        // each for delayed ACKs (Nagle); OpenSSH sets the same option.
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        return fd;
    }
    ::close(fd);
    *detail = QString::fromLocal8Bit(strerror(err));
    *kind = connectErrorKind(err);
    return -1;
}

// Connect a TCP socket with a timeout; returns fd or -1 with kind/message filled.
int tcpConnect(const QString &host, int port, std::chrono::milliseconds timeout, const std::atomic_bool *cancel,
               SshError::Kind *kind, QString *detail)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    const QByteArray h = host.toUtf8();
    const QByteArray p = QByteArray::number(port);
    const int gai = getaddrinfo(h.constData(), p.constData(), &hints, &res);
    if (gai != 0) {
        *kind = SshError::Kind::Resolve;
        *detail = QString::fromLocal8Bit(gai_strerror(gai));
        return -1;
    }
    std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> guard(res, &freeaddrinfo);
    *kind = SshError::Kind::Timeout;
    const auto deadline = Clock::now() + timeout;
    for (addrinfo *ai = res; ai; ai = ai->ai_next) {
        const int fd = connectTo(ai, deadline, cancel, kind, detail);
        if (fd >= 0 || *kind == SshError::Kind::Cancelled)
            return fd;
    }
    return -1;
}

QString tail(const QByteArray &data, int maxLines = 15)
{
    QList<QByteArray> lines = data.trimmed().split('\n');
    if (lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    return QString::fromUtf8(lines.join('\n'));
}

} // namespace

QString describeOutcome(const CommandResult &r)
{
    switch (r.outcome) {
    case CommandResult::Outcome::Exited:
        return r.exitCode == 0 ? Tr::tr("finished successfully") : Tr::tr("exited with code %1").arg(r.exitCode);
    case CommandResult::Outcome::Signalled: return Tr::tr("was killed by signal %1").arg(r.exitSignal);
    case CommandResult::Outcome::TimedOut: return Tr::tr("did not finish in time and was stopped");
    case CommandResult::Outcome::Cancelled: return Tr::tr("was cancelled");
    case CommandResult::Outcome::CouldNotStart: return Tr::tr("could not be started: %1").arg(r.errorText);
    case CommandResult::Outcome::ConnectionLost:
        return Tr::tr("lost its connection to the server: %1").arg(r.errorText);
    }
    return {};
}

// The root shell: `sudo sh -s` on a channel kept open, reading one command at a time from its
// stdin; each command's end is marked on stdout (with its exit status) and on stderr.
struct SshSession::RootShell
{
    ssh::Channel channel;
};

SshSession::SshSession() = default;
SshSession::~SshSession() = default;

void SshSession::resetSession()
{
    m_rootShell.reset();
    m_session.reset();
}

bool SshSession::fail(SshError::Kind kind, const QString &message, const QString &details)
{
    m_error = {kind, message, details};
    return false;
}

bool SshSession::isConnected() const
{
    return m_session && ssh_is_connected(m_session.get());
}

bool SshSession::openTransport(const ServerSpec &server, std::chrono::milliseconds timeout,
                               const std::atomic_bool *cancel)
{
    m_server = server;
    m_error = {};
    SshError::Kind kind = SshError::Kind::None;
    QString detail;
    const int fd = tcpConnect(server.host, server.sshPort, timeout, cancel, &kind, &detail);
    const QString where = QStringLiteral("%1:%2").arg(server.host).arg(server.sshPort);
    if (fd < 0) {
        switch (kind) {
        case SshError::Kind::Resolve:
            return fail(kind, Tr::tr("The name %1 does not resolve to an address.").arg(server.host), detail);
        case SshError::Kind::Refused:
            return fail(kind,
                        Tr::tr("%1 refused the connection: no SSH server listens on port %2.")
                            .arg(server.host)
                            .arg(server.sshPort),
                        detail);
        case SshError::Kind::Unreachable:
            return fail(kind, Tr::tr("%1 cannot be reached from this computer (no route).").arg(server.host), detail);
        case SshError::Kind::Cancelled: return fail(kind, Tr::tr("Cancelled while connecting to %1.").arg(where));
        default:
            return fail(
                SshError::Kind::Timeout,
                Tr::tr("%1 did not answer within %n second(s).", nullptr, int(timeout.count() / 1000)).arg(where),
                detail);
        }
    }
    m_rootShell.reset();
    m_session.reset(ssh_new());
    ssh_session s = m_session.get();
    const QByteArray host = server.host.toUtf8();
    const QByteArray user = server.user.toUtf8();
    const unsigned int port = unsigned(server.sshPort);
    long seconds = std::max<long>(1, long(timeout.count() / 1000));
    int noConfig = 0;
    socket_t sock = fd;
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(s, SSH_OPTIONS_FD, &sock);
    if (ssh_connect(s) != SSH_OK) {
        const QString err = QString::fromUtf8(ssh_get_error(s));
        resetSession();
        return fail(SshError::Kind::Handshake, Tr::tr("The SSH handshake with %1 failed.").arg(where), err);
    }
    return true;
}

namespace {

// The server's key type and SHA256 fingerprint into *info; false when the key cannot be read.
bool readServerKey(ssh_session s, HostKeyInfo *info)
{
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK)
        return false;
    ssh::Key key(rawKey);
    info->keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    unsigned char *rawHash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &rawHash, &hashLen) == 0) {
        ssh::Hash hash(rawHash);
        ssh::CString fp(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash.get(), hashLen));
        info->fingerprint = QString::fromLatin1(fp.get());
    }
    return true;
}

// A key that known_hosts does not have: recorded there when the operator accepted its
// fingerprint, else new (to be shown and accepted).
void judgeNewHostKey(ssh_session s, const HostKeyPolicy &policy, const ServerSpec &server, const QString &knownHosts,
                     HostKeyInfo *info)
{
    const QString accepted = policy.acceptedFingerprintFor(server.host, server.sshPort);
    if (!accepted.isEmpty() && accepted == info->fingerprint) {
        if (ssh_session_update_known_hosts(s) == SSH_OK) {
            QFile::setPermissions(knownHosts, QFile::ReadOwner | QFile::WriteOwner);
            info->state = HostKeyInfo::State::Accepted;
        } else {
            info->state = HostKeyInfo::State::Error;
            info->message = Tr::tr("Could not record the host key of %1 in %2: %3")
                                .arg(server.host, knownHosts, QString::fromUtf8(ssh_get_error(s)));
        }
    } else if (!accepted.isEmpty()) {
        info->state = HostKeyInfo::State::New;
        info->message = Tr::tr("The host key of %1 is %2, which is not the fingerprint you "
                               "accepted (%3). Nothing was done.")
                            .arg(server.host, info->fingerprint, accepted);
    } else {
        info->state = HostKeyInfo::State::New;
        info->message = Tr::tr("%1 is not known yet. Its host key fingerprint is %2 (%3). "
                               "Compare it with the output of \"ssh-keygen -lf "
                               "/etc/ssh/ssh_host_ed25519_key.pub\" on the server, then "
                               "accept it.")
                            .arg(server.host, info->fingerprint, info->keyType);
    }
}

// What known_hosts says of the server's key.
void judgeHostKey(ssh_session s, const HostKeyPolicy &policy, const ServerSpec &server, const QString &knownHosts,
                  HostKeyInfo *info)
{
    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK: info->state = HostKeyInfo::State::Known; break;
    case SSH_KNOWN_HOSTS_CHANGED:
        info->state = HostKeyInfo::State::Changed;
        info->message = Tr::tr("The host key of %1 has CHANGED since it was last recorded. This can "
                               "mean someone is intercepting the connection (possible attack). "
                               "Nothing was done. If the server was reinstalled, confirm its new "
                               "key with its administrator and remove the old entry from %2.")
                            .arg(server.host, knownHosts);
        break;
    case SSH_KNOWN_HOSTS_OTHER:
        info->state = HostKeyInfo::State::OtherType;
        info->message = Tr::tr("%1 presented a key of a different type than the one recorded in %2. "
                               "This can mean someone is intercepting the connection (possible "
                               "attack). Nothing was done.")
                            .arg(server.host, knownHosts);
        break;
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN: judgeNewHostKey(s, policy, server, knownHosts, info); break;
    case SSH_KNOWN_HOSTS_ERROR:
        info->state = HostKeyInfo::State::Error;
        info->message = Tr::tr("Could not check the host key of %1 against %2: %3")
                            .arg(server.host, knownHosts, QString::fromUtf8(ssh_get_error(s)));
        break;
    }
}

} // namespace

HostKeyInfo SshSession::checkHostKey(const HostKeyPolicy &policy)
{
    HostKeyInfo info;
    ssh_session s = m_session.get();
    const QString knownHosts = policy.effectiveKnownHostsFile();
    makePrivateDirs(QFileInfo(knownHosts).absolutePath(), nullptr); // a new folder is 0700, as ssh wants
    const QByteArray kh = QFile::encodeName(knownHosts);
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, kh.constData());
    if (readServerKey(s, &info))
        judgeHostKey(s, policy, m_server, knownHosts, &info);
    else
        info.message = Tr::tr("Could not read the host key of %1.").arg(m_server.host);
    m_hostKey = info;
    return info;
}

namespace {
int kbdintWithPassword(ssh_session s, const SecretString &password)
{
    int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    int rounds = 0;
    while (rc == SSH_AUTH_INFO && rounds++ < 8) {
        const int prompts = ssh_userauth_kbdint_getnprompts(s);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo);
            // Only hidden prompts get the password; visible ones get nothing.
            if (ssh_userauth_kbdint_setanswer(s, unsigned(i), echo ? "" : password.c_str()) < 0)
                return SSH_AUTH_ERROR;
        }
        rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    }
    return rc;
}
} // namespace

bool SshSession::authenticate(const ServerSecrets &secrets)
{
    ssh_session s = m_session.get();
    const QString who = QStringLiteral("%1@%2").arg(m_server.user, m_server.host);
    m_sudoPassword = secrets.effectiveSudoPassword();
    m_hasSudoPassword = !m_sudoPassword.isEmpty();

    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_ERROR)
        return fail(SshError::Kind::Handshake, Tr::tr("Lost the connection to %1 while logging in.").arg(m_server.host),
                    QString::fromUtf8(ssh_get_error(s)));
    const int methods = ssh_userauth_list(s, nullptr);
    switch (m_server.auth) {
    case AuthMethod::Password:
        if (secrets.password.isEmpty())
            return fail(SshError::Kind::Auth, Tr::tr("No password was given for %1.").arg(who));
        rc = SSH_AUTH_DENIED;
        if (methods & SSH_AUTH_METHOD_PASSWORD)
            rc = ssh_userauth_password(s, nullptr, secrets.password.c_str());
        if (rc != SSH_AUTH_SUCCESS && (methods & SSH_AUTH_METHOD_INTERACTIVE))
            rc = kbdintWithPassword(s, secrets.password);
        break;
    case AuthMethod::Key: {
        ssh_key raw = nullptr;
        const QByteArray path = QFile::encodeName(m_server.keyFile);
        if (ssh_pki_import_privkey_file(path.constData(),
                                        secrets.keyPassphrase.isEmpty() ? nullptr : secrets.keyPassphrase.c_str(),
                                        nullptr, nullptr, &raw)
            != SSH_OK) {
            return fail(SshError::Kind::KeyFile, Tr::tr("The key file %1 could not be read (missing file, unsupported "
                                                        "format or wrong passphrase).")
                                                     .arg(m_server.keyFile));
        }
        ssh::Key key(raw);
        rc = ssh_userauth_publickey(s, nullptr, key.get());
        break;
    }
    case AuthMethod::Agent: rc = ssh_userauth_agent(s, nullptr); break;
    }
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_ERROR)
        return fail(SshError::Kind::Handshake, Tr::tr("Lost the connection to %1 while logging in.").arg(m_server.host),
                    QString::fromUtf8(ssh_get_error(s)));
    return fail(SshError::Kind::Auth, Tr::tr("%1 refused the login for %2 (authentication failed). Check the user name "
                                             "and the password or key.")
                                          .arg(m_server.host, m_server.user));
}

bool SshSession::connect(const ServerSpec &server, const ServerSecrets &secrets, const HostKeyPolicy &policy,
                         std::chrono::milliseconds timeout, const std::atomic_bool *cancel)
{
    if (!openTransport(server, timeout, cancel))
        return false;
    const HostKeyInfo hk = checkHostKey(policy);
    if (hk.state != HostKeyInfo::State::Known && hk.state != HostKeyInfo::State::Accepted) {
        resetSession();
        return fail(SshError::Kind::HostKey, hk.message, hk.fingerprint);
    }
    if (!authenticate(secrets)) {
        resetSession();
        return false;
    }
    return true;
}

QStringList SshSession::effectiveArgv(const RemoteCommand &command, QByteArray *marker, QByteArray *prompt) const
{
    if (!command.asRoot || loginIsRoot())
        return command.argv();
    const QString token = randomToken();
    const QString promptText = QStringLiteral("[oef-sudo-%1] password:").arg(token);
    const QString markerText = QStringLiteral("OEF-SUDO-OK-%1").arg(token);
    if (marker)
        *marker = markerText.toLatin1();
    if (prompt)
        *prompt = promptText.toLatin1();
    QStringList argv{QStringLiteral("sudo")};
    if (m_hasSudoPassword)
        argv << QStringLiteral("-S") << QStringLiteral("-p") << promptText;
    else
        argv << QStringLiteral("-n");
    argv << QStringLiteral("--") << QStringLiteral("/bin/sh") << QStringLiteral("-c")
         << QStringLiteral("echo %1; exec \"$@\"").arg(markerText) << QStringLiteral("sh");
    return argv + command.argv();
}

namespace {

// One look at a channel during the sudo handshake: stdout (waiting up to waitMs) appended to
// *out, then all that stderr has to *err. Returns stdout's read (SSH_ERROR, 0 or bytes), and in
// *errRead stderr's last read (0 or less).
int readHandshake(ssh_channel ch, int waitMs, QByteArray *out, QByteArray *err, int *errRead)
{
    char buf[4096];
    const int n = ssh_channel_read_timeout(ch, buf, sizeof buf, 0, waitMs);
    if (n == SSH_ERROR)
        return n;
    if (n > 0)
        out->append(buf, n);
    int m;
    while ((m = ssh_channel_read_nonblocking(ch, buf, sizeof buf, 1)) > 0)
        err->append(buf, m);
    *errRead = m;
    return n;
}

// sudo's refusal in its messages (`prompts`: how often it asked), or nothing.
QString sudoRefusal(const QByteArray &err, int prompts, const ServerSpec &server)
{
    const QString who = QStringLiteral("%1@%2").arg(server.user, server.host);
    if (err.contains("Sorry, try again") || prompts > 1)
        return Tr::tr("sudo rejected the password for %1.").arg(who);
    if (err.contains("not in the sudoers") || err.contains("may not run sudo")
        || err.contains("is not allowed to execute"))
        return Tr::tr("%1 may not run commands as root with sudo on %2.").arg(server.user, server.host);
    if (err.contains("a password is required") || err.contains("a terminal is required"))
        return Tr::tr("sudo on %1 needs a password for %2, and none was given.").arg(server.host, server.user);
    return {};
}

// The handshake's end: sudo's own messages (without its prompt) become the command's first
// stderr, what the command wrote after the marker its first stdout.
void passHandshakeRest(const QByteArray &rest, QByteArray err, const QByteArray &prompt, CommandResult *result,
                       const RunOptions &options)
{
    err.replace(prompt, QByteArray());
    if (!err.trimmed().isEmpty()) {
        result->stdErr = err.trimmed() + '\n';
        if (options.onLine)
            for (const QByteArray &l : err.trimmed().split('\n'))
                options.onLine(LogStream::StdErr, QString::fromUtf8(l));
    }
    if (!rest.isEmpty()) {
        if (options.onStdout)
            options.onStdout(rest.constData(), size_t(rest.size()));
        else
            result->stdOut = rest;
    }
}

} // namespace

ssh::Channel SshSession::openCommandChannel(const RemoteCommand &command, CommandResult *result,
                                            const RunOptions &options)
{
    *result = {};
    if (!isConnected()) {
        result->outcome = CommandResult::Outcome::ConnectionLost;
        result->errorText = Tr::tr("not connected");
        return {};
    }
    QByteArray marker, prompt;
    ssh::Channel channel = startCommand(command, result, &marker, &prompt);
    if (!channel || marker.isEmpty())
        return channel;
    return sudoHandshake(std::move(channel), command, marker, prompt, result, options);
}

ssh::Channel SshSession::startCommand(const RemoteCommand &command, CommandResult *result, QByteArray *marker,
                                      QByteArray *prompt)
{
    ssh_session s = m_session.get();
    ssh::Channel channel(ssh_channel_new(s));
    if (!channel || answerPromptly(s, [&] { return ssh_channel_open_session(channel.get()); }) != SSH_OK) {
        result->outcome = ssh_is_connected(s) ? CommandResult::Outcome::CouldNotStart
                                              : CommandResult::Outcome::ConnectionLost;
        result->errorText = QString::fromUtf8(ssh_get_error(s));
        return {};
    }
    const QStringList argv = effectiveArgv(command, marker, prompt);
    const QByteArray line = shellCommandLine(argv).toUtf8();
    if (answerPromptly(s, [&] { return ssh_channel_request_exec(channel.get(), line.constData()); }) != SSH_OK) {
        result->outcome = CommandResult::Outcome::CouldNotStart;
        result->errorText = QString::fromUtf8(ssh_get_error(s));
        return {};
    }
    return channel;
}

ssh::Channel SshSession::sudoHandshake(ssh::Channel channel, const RemoteCommand &command, const QByteArray &marker,
                                       const QByteArray &prompt, CommandResult *result, const RunOptions &options)
{
    // Wait for our prompt (answer it once) or the marker line.
    ssh_session s = m_session.get();
    const auto deadline = Clock::now() + std::min<std::chrono::milliseconds>(command.timeout, std::chrono::seconds(60));
    QByteArray out, err;
    bool answered = false;
    auto failWith = [&](const QString &text) {
        result->outcome = CommandResult::Outcome::CouldNotStart;
        result->errorText = text;
        result->stdErr = err;
        ssh_channel_close(channel.get());
        return ssh::Channel();
    };
    for (;;) {
        if (cancelled(options.cancel)) {
            result->outcome = CommandResult::Outcome::Cancelled;
            return {};
        }
        if (Clock::now() > deadline)
            return failWith(Tr::tr("sudo on %1 did not answer in time").arg(m_server.host));
        // Until the password is given, sudo's prompt (stderr) or the marker (stdout, no password
        // needed) may come first: look at both every 2 ms rather than waiting on one stream.
        ackPromptly(s);
        int m = 0;
        const int n = readHandshake(channel.get(), m_hasSudoPassword && !answered ? 2 : 50, &out, &err, &m);
        if (n == SSH_ERROR) {
            result->outcome = CommandResult::Outcome::ConnectionLost;
            result->errorText = QString::fromUtf8(ssh_get_error(s));
            return {};
        }
        if (const qsizetype markerAt = out.indexOf(marker + '\n'); markerAt >= 0) {
            passHandshakeRest(out.mid(markerAt + marker.size() + 1), err, prompt, result, options);
            return channel;
        }
        const int prompts = int(err.count(prompt));
        if (const QString refused = sudoRefusal(err, prompts, m_server); !refused.isEmpty())
            return failWith(refused);
        if (prompts == 1 && !answered) {
            QByteArray pw = m_sudoPassword.utf8() + '\n';
            ssh_channel_write(channel.get(), pw.constData(), uint32_t(pw.size()));
            pw.fill('\0');
            answered = true;
        }
        if (ssh_channel_is_eof(channel.get()) && n == 0 && m <= 0) {
            CommandResult r;
            finishChannel(channel.get(), &r);
            return failWith(Tr::tr("sudo on %1 failed (%2): %3")
                                .arg(m_server.host, describeOutcome(r),
                                     QString::fromUtf8(err.replace(prompt, QByteArray()).trimmed())));
        }
    }
}

void SshSession::finishChannel(ssh_channel channel, CommandResult *result)
{
    const int status = ssh_channel_get_exit_status(channel);
    if (status >= 0) {
        result->outcome = CommandResult::Outcome::Exited;
        result->exitCode = status;
    } else if (!result->exitSignal.isEmpty()) {
        result->outcome = CommandResult::Outcome::Signalled;
    } else {
        result->outcome = CommandResult::Outcome::ConnectionLost;
        result->errorText = Tr::tr("no exit status received");
    }
    ssh_channel_send_eof(channel);
    ssh_channel_close(channel);
}

CommandResult SshSession::run(const RemoteCommand &command, const RunOptions &options)
{
    // Large stdin (a stream's worth) keeps its own channel; the shell gets it base64-encoded.
    constexpr qsizetype kRootShellMaxStdin = 256 * 1024;
    if (command.asRoot && !loginIsRoot() && command.stdinData.size() <= kRootShellMaxStdin)
        return runInRootShell(command, options);
    return runOnChannel(command, options);
}

namespace {

// Passes a stream on until `marker`: the bytes before it go to `take` as they come, except an
// end that could be the start of the marker, held back until the next bytes tell. Once the
// marker is seen, the rest of its line (up to '\n') is kept as tail().
class MarkerScanner
{
public:
    explicit MarkerScanner(QByteArray marker) : m_marker(std::move(marker)) {}
    bool seen() const { return m_seen; }
    bool complete() const { return m_seen && m_tailDone; }
    const QByteArray &tail() const { return m_tail; }
    template <typename Take> void feed(const char *data, qsizetype len, Take &&take)
    {
        if (m_seen) {
            if (!m_tailDone)
                addTail(QByteArray(data, len));
            return;
        }
        m_pending.append(data, len);
        const qsizetype at = m_pending.indexOf(m_marker);
        if (at >= 0) {
            if (at > 0)
                take(m_pending.constData(), size_t(at));
            m_seen = true;
            addTail(m_pending.mid(at + m_marker.size()));
            m_pending.clear();
            return;
        }
        // Hold back only an end that could be the start of the marker (lines stream at once).
        qsizetype keep = std::min<qsizetype>(m_pending.size(), m_marker.size() - 1);
        while (keep > 0 && !m_pending.endsWith(QByteArrayView(m_marker).first(keep)))
            --keep;
        const qsizetype give = m_pending.size() - keep;
        if (give > 0) {
            take(m_pending.constData(), size_t(give));
            m_pending.remove(0, give);
        }
    }

private:
    void addTail(const QByteArray &more)
    {
        const qsizetype nl = more.indexOf('\n');
        m_tail += nl >= 0 ? more.left(nl) : more;
        m_tailDone = nl >= 0;
    }
    QByteArray m_marker;
    QByteArray m_pending;
    QByteArray m_tail;
    bool m_seen = false;
    bool m_tailDone = false;
};

// The stdin of a command in the root shell: base64 lines for a here-document.
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + '\n';
    return out;
}

// The root shell's first lines. Each command runs in the background and is waited for, so that
// a TERM (cancel, time-out) reaches the trap, which ends the command and leaves the shell for the
// next one. Each command leads its own process group (setsid, where there is one), so that the
// trap ends all of it (a script's children too).
constexpr char kRootShellInit[] =
    "oef_s=; command -v setsid >/dev/null 2>&1 && oef_s=setsid; "
    "trap '[ -z \"$oef_p\" ] || kill -TERM \"$oef_p\" -\"$oef_p\" 2>/dev/null' TERM HUP INT\n";

// What the root shell reads for one command: the command in the background (its stdin from a
// here-document of base64 lines ending at "@@oef-in-<token>", else /dev/null), waited for, then
// `end` and its exit status on stdout ("<end> N") and `end` alone on stderr.
QByteArray rootShellScript(const RemoteCommand &command, const QByteArray &token, const QByteArray &end)
{
    const QByteArray argvLine = shellCommandLine(command.argv()).toUtf8();
    QByteArray script;
    if (command.stdinData.isEmpty()) {
        script = "( exec $oef_s " + argvLine + " ) </dev/null &\n";
    } else {
        const QByteArray eof = "@@oef-in-" + token;
        script = "{ base64 -d <<'" + eof + "'\n" + base64Lines(command.stdinData) + eof + "\n} | ( exec $oef_s "
                 + argvLine + " ) &\n";
    }
    script += "oef_p=$!; wait \"$oef_p\"; oef_rc=$?; oef_p=; printf '" + end + " %d\\n' \"$oef_rc\"; printf '" + end
              + "\\n' >&2\n";
    return script;
}

// Writes all of `data` to a channel, 32 KiB at a time; false on an error.
bool writeAll(ssh_channel ch, const QByteArray &data)
{
    for (qsizetype written = 0; written < data.size();) {
        const uint32_t chunk = uint32_t(std::min<qsizetype>(data.size() - written, 32768));
        const int w = ssh_channel_write(ch, data.constData() + written, chunk);
        if (w == SSH_ERROR)
            return false;
        written += w;
    }
    return true;
}

// One command's output from the root shell, passed on to the sink up to its end markers:
// stdout's is followed by the exit status, stderr's comes right after it.
class RootShellOutput
{
public:
    RootShellOutput(ssh_session session, ssh_channel channel, const QByteArray &end, OutputSink &sink)
        : m_session(session), m_channel(channel), m_outEnd(end + ' '), m_errEnd(end + '\n'), m_sink(sink)
    {}
    // Reads what has come (waiting up to timeoutMs for stdout); false on a read error.
    bool readSome(int timeoutMs)
    {
        ackPromptly(m_session);
        const int n = ssh_channel_read_timeout(m_channel, m_buf, sizeof m_buf, 0, timeoutMs);
        if (n == SSH_ERROR)
            return false;
        if (n > 0)
            m_outEnd.feed(m_buf, n, [this](const char *data, size_t len) { m_sink.out(data, len); });
        int m;
        while ((m = ssh_channel_read_nonblocking(m_channel, m_buf, sizeof m_buf, 1)) > 0)
            m_errEnd.feed(m_buf, m, [this](const char *data, size_t len) { m_sink.err(data, len); });
        return m != SSH_ERROR;
    }
    bool stdoutDone() const { return m_outEnd.complete(); }
    bool done() const { return m_outEnd.complete() && m_errEnd.seen(); }
    // The exit status after stdout's marker; false when there is none.
    bool exitCode(int *rc) const
    {
        bool ok = false;
        *rc = m_outEnd.tail().trimmed().toInt(&ok);
        return ok;
    }

private:
    ssh_session m_session;
    ssh_channel m_channel;
    MarkerScanner m_outEnd, m_errEnd;
    OutputSink &m_sink;
    char m_buf[64 * 1024];
};

} // namespace

CommandResult SshSession::runInRootShell(const RemoteCommand &command, const RunOptions &options)
{
    CommandResult result;
    if (!isConnected()) {
        result.outcome = CommandResult::Outcome::ConnectionLost;
        result.errorText = Tr::tr("not connected");
        return result;
    }
    if (!ensureRootShell(command, options, &result))
        return result;
    const QByteArray token = randomToken().toLatin1();
    const QByteArray end = "@@oef-end-" + token;
    if (!writeAll(m_rootShell->channel.get(), rootShellScript(command, token, end)))
        return lostRootShell(result, QString::fromUtf8(ssh_get_error(m_session.get())));
    return awaitInRootShell(command, options, end);
}

bool SshSession::ensureRootShell(const RemoteCommand &command, const RunOptions &options, CommandResult *result)
{
    if (m_rootShell
        && (!ssh_channel_is_open(m_rootShell->channel.get()) || ssh_channel_is_eof(m_rootShell->channel.get())))
        m_rootShell.reset();
    if (m_rootShell)
        return true;
    // The shell: any root command's sudo handshake, then `sh -s`.
    RemoteCommand shell;
    shell.program = QStringLiteral("/bin/sh");
    shell.args = QStringList{QStringLiteral("-s")};
    shell.asRoot = true;
    shell.timeout = command.timeout;
    ssh::Channel channel = openCommandChannel(shell, result, options);
    if (!channel)
        return false;
    *result = {};
    if (ssh_channel_write(channel.get(), kRootShellInit, uint32_t(sizeof kRootShellInit - 1)) == SSH_ERROR) {
        result->outcome = CommandResult::Outcome::ConnectionLost;
        result->errorText = QString::fromUtf8(ssh_get_error(m_session.get()));
        return false;
    }
    m_rootShell = std::make_unique<RootShell>();
    m_rootShell->channel = std::move(channel);
    return true;
}

CommandResult SshSession::lostRootShell(const CommandResult &sofar, const QString &why)
{
    m_rootShell.reset();
    CommandResult result = sofar;
    result.outcome = CommandResult::Outcome::ConnectionLost;
    result.errorText = why;
    return result;
}

CommandResult SshSession::awaitInRootShell(const RemoteCommand &command, const RunOptions &options,
                                           const QByteArray &end)
{
    CommandResult result;
    ssh_channel ch = m_rootShell->channel.get();
    ssh_session s = m_session.get();
    const auto deadline = Clock::now() + command.timeout;
    OutputSink sink(result, options);
    RootShellOutput output(s, ch, end, sink);
    bool stopping = false;
    CommandResult::Outcome stopWhy = CommandResult::Outcome::Cancelled;
    auto stopDeadline = Clock::now();
    while (!output.done()) {
        if (!stopping && (cancelled(options.cancel) || Clock::now() > deadline)) {
            // The shell's trap ends the command; its end markers still come.
            stopping = true;
            stopWhy = cancelled(options.cancel) ? CommandResult::Outcome::Cancelled : CommandResult::Outcome::TimedOut;
            ssh_channel_request_send_signal(ch, "TERM");
            stopDeadline = Clock::now() + std::chrono::seconds(3);
        }
        if (stopping && Clock::now() > stopDeadline)
            break;
        // Once stdout's marker is in, stderr's follows at once: look at it more often.
        if (!output.readSome(output.stdoutDone() ? 2 : 50))
            return lostRootShell(result, QString::fromUtf8(ssh_get_error(s)));
        if (output.done())
            break;
        if (ssh_channel_is_eof(ch)) {
            if (stopping)
                break;
            return lostRootShell(result, isConnected()
                                             ? Tr::tr("the root shell on %1 ended unexpectedly").arg(m_server.host)
                                             : Tr::tr("the connection was closed"));
        }
        if (!ssh_is_connected(s))
            return lostRootShell(result, Tr::tr("the connection was closed"));
    }
    sink.flush();
    if (stopping) {
        if (!output.done())
            m_rootShell.reset(); // the shell did not come back: a new one next time
        markStopped(result, stopWhy, command.timeout);
        return result;
    }
    int rc = 0;
    if (!output.exitCode(&rc))
        return lostRootShell(result, Tr::tr("the root shell on %1 gave no exit status").arg(m_server.host));
    result.outcome = CommandResult::Outcome::Exited;
    result.exitCode = rc;
    return result;
}

namespace {

// Writes what the channel's window takes of a command's stdin, then EOF once all of it is
// written. False on a write error.
bool feedStdin(ssh_channel ch, const QByteArray &input, qsizetype *written, bool *eofSent)
{
    if (*eofSent)
        return true;
    while (*written < input.size()) {
        const uint32_t window = ssh_channel_window_size(ch);
        if (window == 0)
            break;
        const uint32_t chunk = uint32_t(
            std::min<qsizetype>({input.size() - *written, qsizetype(window), qsizetype(32768)}));
        const int w = ssh_channel_write(ch, input.constData() + *written, chunk);
        if (w == SSH_ERROR)
            return false;
        *written += w;
    }
    if (*written >= input.size()) {
        ssh_channel_send_eof(ch);
        *eofSent = true;
    }
    return true;
}

// Stops a command on its own channel: TERM, what it still sends read and dropped for up to
// 3 seconds, then the channel closed.
void stopCommand(ssh_session s, ssh_channel ch, char *buf, uint32_t size, CommandResult::Outcome why,
                 std::chrono::milliseconds timeout, CommandResult *result)
{
    ssh_channel_request_send_signal(ch, "TERM");
    const auto grace = Clock::now() + std::chrono::seconds(3);
    while (Clock::now() < grace && !ssh_channel_is_eof(ch) && ssh_is_connected(s)) {
        if (ssh_channel_read_timeout(ch, buf, size, 0, 100) == SSH_ERROR)
            break;
        while (ssh_channel_read_nonblocking(ch, buf, size, 1) > 0) {
        }
    }
    ssh_channel_close(ch);
    markStopped(*result, why, timeout);
}

void markLost(CommandResult *result, const QString &why)
{
    result->outcome = CommandResult::Outcome::ConnectionLost;
    result->errorText = why;
}

// Feeds a command's stdin and passes its output to the sink until both streams end (true).
// False when it ended otherwise (stopped by a cancel or its time-out, the connection lost),
// *result saying how.
bool pumpChannel(ssh_session s, ssh_channel ch, const RemoteCommand &command, Clock::time_point deadline,
                 const RunOptions &options, OutputSink &sink, CommandResult *result)
{
    qsizetype written = 0;
    bool eofSent = false;
    char buf[64 * 1024];
    for (;;) {
        if (cancelled(options.cancel)) {
            stopCommand(s, ch, buf, sizeof buf, CommandResult::Outcome::Cancelled, command.timeout, result);
            return false;
        }
        if (Clock::now() > deadline) {
            stopCommand(s, ch, buf, sizeof buf, CommandResult::Outcome::TimedOut, command.timeout, result);
            return false;
        }
        if (!feedStdin(ch, command.stdinData, &written, &eofSent)) {
            markLost(result, QString::fromUtf8(ssh_get_error(s)));
            return false;
        }
        ackPromptly(s);
        const int n = ssh_channel_read_timeout(ch, buf, sizeof buf, 0, 50);
        if (n == SSH_ERROR) {
            markLost(result, QString::fromUtf8(ssh_get_error(s)));
            return false;
        }
        if (n > 0)
            sink.out(buf, size_t(n));
        int m;
        while ((m = ssh_channel_read_nonblocking(ch, buf, sizeof buf, 1)) > 0)
            sink.err(buf, size_t(m));
        if (n == 0 && ssh_channel_is_eof(ch) && ssh_channel_poll(ch, 0) == SSH_EOF
            && ssh_channel_poll(ch, 1) == SSH_EOF)
            return true;
        if (!ssh_is_connected(s)) {
            markLost(result, Tr::tr("the connection was closed"));
            return false;
        }
    }
}

} // namespace

CommandResult SshSession::runOnChannel(const RemoteCommand &command, const RunOptions &options)
{
    CommandResult result;
    ExitSignalCatcher signalCatcher;
    ssh::Channel channel = openCommandChannel(command, &result, options);
    if (!channel)
        return result;
    ssh_channel ch = channel.get();
    signalCatcher.attach(ch);
    // Detach before the channel is freed (declared after it, so destroyed before it): libssh may
    // keep a closed channel until the server confirms, and must not call back into this frame.
    struct Detach
    {
        ssh_channel channel;
        ssh_channel_callbacks callbacks;
        ~Detach() { ssh_remove_channel_callbacks(channel, callbacks); }
    } detach{ch, &signalCatcher.callbacks};
    const auto deadline = Clock::now() + command.timeout;

    OutputSink sink(result, options);
    if (!result.stdOut.isEmpty() && !options.onStdout) { // bytes read with the sudo marker
        const QByteArray early = std::exchange(result.stdOut, QByteArray());
        sink.out(early.constData(), size_t(early.size()));
    }
    if (!pumpChannel(m_session.get(), ch, command, deadline, options, sink, &result))
        return result;
    sink.flush();
    result.exitSignal = signalCatcher.signal;
    finishChannel(ch, &result);
    if (result.outcome == CommandResult::Outcome::Exited && !signalCatcher.signal.isEmpty() && result.exitCode < 0) {
        result.outcome = CommandResult::Outcome::Signalled;
    }
    return result;
}

QString commandTail(const CommandResult &r)
{
    return tail(r.stdErr);
}

} // namespace oef
