#pragma once
// One SSH connection to one server (libssh). Used by one thread at a time: the pre-checks hand
// their logged-in sessions to the flow's worker (libssh sessions are not safe for concurrent use).
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/core/step.h"
#include "backend/remote/hostkeys.h"
#include "backend/remote/remotecommand.h"
#include "backend/remote/sshhandles.h"
#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace oef {

struct SshError
{
    enum class Kind {
        None,
        Resolve,     // name does not resolve
        Refused,     // nothing listens on the port
        Timeout,     // no answer in time
        Unreachable, // no route / network down
        Handshake,   // not an SSH server, or the protocol failed
        HostKey,     // unknown, changed or unreadable host key (see hostKey())
        Auth,        // authentication failed
        KeyFile,     // private key could not be read / wrong passphrase
        Cancelled,
    };
    Kind kind = Kind::None;
    QString message; // translated, names the server
    QString details;
};

// Options for running one command.
struct RunOptions
{
    // Called for every complete line of stdout / stderr (LogStream::StdOut / StdErr).
    std::function<void(LogStream, const QString &)> onLine;
    // Raw stdout chunks (after the sudo handshake); when set, stdout is not captured.
    std::function<void(const char *, size_t)> onStdout;
    const std::atomic_bool *cancel = nullptr;
    qsizetype maxCapture = 256 * 1024 * 1024;
};

class SshSession
{
public:
    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // TCP connect (with timeout) + SSH handshake. Then checkHostKey(), then authenticate().
    bool openTransport(const ServerSpec &server, std::chrono::milliseconds timeout,
                       const std::atomic_bool *cancel = nullptr);
    // Verifies the host key; records it in known_hosts when accepted by the policy.
    HostKeyInfo checkHostKey(const HostKeyPolicy &policy);
    bool authenticate(const ServerSecrets &secrets);
    // All three; false with lastError() on any problem (host key included).
    bool connect(const ServerSpec &server, const ServerSecrets &secrets, const HostKeyPolicy &policy,
                 std::chrono::milliseconds timeout, const std::atomic_bool *cancel = nullptr);

    bool isConnected() const;
    const SshError &lastError() const { return m_error; }
    const HostKeyInfo &hostKey() const { return m_hostKey; }
    const ServerSpec &server() const { return m_server; }
    bool loginIsRoot() const { return m_server.user == QLatin1String("root"); }

    // Runs one command. asRoot commands go through sudo (password on stdin after a unique
    // prompt) unless the login is root: in one root shell per session (sudo asks once; each
    // command then costs about a millisecond instead of a password check's 40-50 ms), or on
    // their own channel for large stdin. Other commands run on their own channel.
    CommandResult run(const RemoteCommand &command, const RunOptions &options = {});

    // The argv actually sent for a command (sudo wrapper included), for logs and reports.
    QStringList effectiveArgv(const RemoteCommand &command, QByteArray *marker = nullptr,
                              QByteArray *prompt = nullptr) const;

    ssh_session handle() const { return m_session.get(); }

    // Opens a channel running a command, with the sudo handshake done (for relays).
    // On failure returns null and fills *result.
    ssh::Channel openCommandChannel(const RemoteCommand &command, CommandResult *result, const RunOptions &options);
    // Reads the exit status of a channel whose streams are at EOF, then closes it.
    static void finishChannel(ssh_channel channel, CommandResult *result);

private:
    struct RootShell;
    bool fail(SshError::Kind kind, const QString &message, const QString &details = {});
    // openCommandChannel's parts: a channel with the command (its sudo wrapper's marker and
    // prompt in *marker and *prompt, empty without sudo) started on it; then sudo's handshake.
    ssh::Channel startCommand(const RemoteCommand &command, CommandResult *result, QByteArray *marker,
                              QByteArray *prompt);
    ssh::Channel sudoHandshake(ssh::Channel channel, const RemoteCommand &command, const QByteArray &marker,
                               const QByteArray &prompt, CommandResult *result, const RunOptions &options);
    CommandResult runOnChannel(const RemoteCommand &command, const RunOptions &options);
    CommandResult runInRootShell(const RemoteCommand &command, const RunOptions &options);
    // runInRootShell's parts: the root shell started unless it runs (false with *result saying
    // why); one command's output read up to its end markers, and its outcome; the result when
    // the shell is lost (a new one next time).
    bool ensureRootShell(const RemoteCommand &command, const RunOptions &options, CommandResult *result);
    CommandResult awaitInRootShell(const RemoteCommand &command, const RunOptions &options, const QByteArray &end);
    CommandResult lostRootShell(const CommandResult &sofar, const QString &why);
    void resetSession();

    ssh::Session m_session;
    std::unique_ptr<RootShell> m_rootShell; // after m_session: its channel is freed first
    ServerSpec m_server;
    SecretString m_sudoPassword;
    bool m_hasSudoPassword = false;
    SshError m_error;
    HostKeyInfo m_hostKey;
    int m_exitSignalSlot = 0;
};

QString describeOutcome(const CommandResult &result);
// The last lines of a command's stderr, for error details.
QString commandTail(const CommandResult &result);

} // namespace oef
