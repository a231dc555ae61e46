#pragma once
// The SSH sessions of one flow, by plan role. Lives on the worker thread that uses it.
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/core/step.h"
#include "backend/remote/dbpool.h"
#include "backend/remote/hostkeys.h"
#include "backend/remote/remotecommand.h"
#include "backend/remote/sshsession.h"
#include <QElapsedTimer>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

namespace oef {

class ServerPool
{
public:
    ServerPool(const Plan &plan, const Secrets &secrets, HostKeyPolicy policy);
    ~ServerPool();

    // The connected session for a role, connecting on first use; null with *error on failure.
    SshSession *session(const QString &role, SshError *error, const std::atomic_bool *cancel = nullptr);
    // Takes a session connected (and authenticated) elsewhere on this thread, e.g. by the
    // connection checks, so that the next command for the role needs no new login.
    void adopt(const QString &role, std::unique_ptr<SshSession> session);
    // Takes every connected session of another pool for the same plan (the pre-checks'), so
    // that a flow starts without logging in again. The other pool's thread must be done with
    // them: from here on they belong to the thread that uses this pool.
    void takeSessions(ServerPool &from);
    // True once for a role whose session was handed over and has not run a command here yet.
    bool firstUseOfHandedOver(const QString &role);
    void disconnect(const QString &role);
    void disconnectAll();

    // The tool's database connections through these sessions (libpq over SSH); a role's are
    // dropped whenever its session closes or is replaced.
    DbPool &databases() { return *m_databases; }

    const Plan &plan() const { return m_plan; }
    const Secrets &secrets() const { return m_secrets; }
    const HostKeyPolicy &hostKeyPolicy() const { return m_policy; }
    std::chrono::milliseconds connectTimeout{std::chrono::seconds(10)};

private:
    const Plan &m_plan;
    const Secrets &m_secrets;
    HostKeyPolicy m_policy;
    // The map (not the sessions) is guarded: the pre-checks of two servers run side by side,
    // each thread with its own role's session.
    mutable std::mutex m_mutex;
    std::map<QString, std::unique_ptr<SshSession>> m_sessions;
    std::set<QString> m_handedOver; // taken from another pool, no command run here yet
    // After the sessions: its channels are closed before the sessions go.
    std::unique_ptr<DbPool> m_databases;
};

// Runs a command on a role's server from inside a step: logs the command (argv, never stdin)
// and its output lines through the context, honours cancel.
CommandResult runOn(StepContext &context, const QString &role, const RemoteCommand &command, bool logOutput = true);
// runOn() for a command that runs on its role's session on a helper thread while this thread
// goes on with other sessions. start() and join() belong to the step's thread (they log the
// command, and a failure that was not asked for); the role's session is not used here in
// between. Joined at the latest when it goes out of scope.
class RunOnThread
{
public:
    RunOnThread() = default;
    RunOnThread(const RunOnThread &) = delete;
    RunOnThread &operator=(const RunOnThread &) = delete;
    ~RunOnThread();
    // False (with *error) when the role's session could not be had; nothing runs then.
    bool start(StepContext &context, const QString &role, const RemoteCommand &command, SshError *error);
    bool started() const { return m_thread.joinable(); }
    // Waits for it and gives its result: stopped at once with `stop`, after `limit`, or when
    // the run is cancelled.
    const CommandResult &join(bool stop = false, std::chrono::milliseconds limit = std::chrono::hours(24));
    // Milliseconds since start(), and from start() to the command's end (once joined).
    qint64 sinceStartMs() const { return m_clock.elapsed(); }
    qint64 endedAtMs() const { return m_endedAtMs; }

private:
    StepContext *m_context = nullptr;
    QString m_host;
    std::thread m_thread;
    std::atomic_bool m_stop{false}, m_done{false};
    CommandResult m_result;
    QElapsedTimer m_clock;
    qint64 m_endedAtMs = -1;
};

// A step error for a failed command: plain message plus details (command, outcome, stderr tail).
StepResult commandFailure(const QString &what, const QString &host, const RemoteCommand &command,
                          const CommandResult &result);

// `docker exec -i <db container> psql` as postgres on the server, SQL on stdin.
// Pass logSql=false when the SQL holds a secret (the log then shows only the command).
RemoteCommand adminSql(const Plan &plan, const QString &database, const QString &sql, bool logSql = true);

} // namespace oef
