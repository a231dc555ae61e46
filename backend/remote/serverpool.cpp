#include "backend/remote/serverpool.h"
#include "backend/core/shellquote.h"
#include "backend/core/tr.h"

namespace oef {

ServerPool::ServerPool(const Plan &plan, const Secrets &secrets, HostKeyPolicy policy)
    : m_plan(plan), m_secrets(secrets), m_policy(std::move(policy)), m_databases(std::make_unique<DbPool>(*this))
{}

ServerPool::~ServerPool()
{
    m_databases.reset();
}

SshSession *ServerPool::session(const QString &role, SshError *error, const std::atomic_bool *cancel)
{
    {
        std::lock_guard lock(m_mutex);
        auto it = m_sessions.find(role);
        if (it != m_sessions.end() && it->second->isConnected())
            return it->second.get();
    }
    if (!m_plan.has(role)) {
        if (error)
            *error = {SshError::Kind::Handshake, Tr::tr("The plan has no %1 server.").arg(role), {}};
        return nullptr;
    }
    auto session = std::make_unique<SshSession>();
    if (!session->connect(m_plan.server(role), m_secrets.forRole(role), m_policy, connectTimeout, cancel)) {
        if (error)
            *error = session->lastError();
        return nullptr;
    }
    SshSession *raw = session.get();
    m_databases->drop(role); // their channels belonged to the session replaced here
    std::lock_guard lock(m_mutex);
    m_sessions[role] = std::move(session);
    return raw;
}

void ServerPool::adopt(const QString &role, std::unique_ptr<SshSession> session)
{
    m_databases->drop(role);
    std::lock_guard lock(m_mutex);
    if (session && session->isConnected() && m_plan.has(role))
        m_sessions[role] = std::move(session);
}

void ServerPool::takeSessions(ServerPool &from)
{
    from.m_databases->dropAll();
    m_databases->dropAll();
    std::scoped_lock lock(m_mutex, from.m_mutex);
    for (auto &[role, session] : from.m_sessions) {
        if (!session || !session->isConnected() || !m_plan.has(role) || !from.m_plan.has(role))
            continue;
        const ServerSpec &mine = m_plan.server(role), &theirs = from.m_plan.server(role);
        if (mine.host == theirs.host && mine.sshPort == theirs.sshPort && mine.user == theirs.user) {
            m_sessions[role] = std::move(session);
            m_handedOver.insert(role);
        }
    }
    from.m_sessions.clear();
}

bool ServerPool::firstUseOfHandedOver(const QString &role)
{
    std::lock_guard lock(m_mutex);
    return m_handedOver.erase(role) > 0;
}

void ServerPool::disconnect(const QString &role)
{
    m_databases->drop(role);
    std::unique_ptr<SshSession> gone;
    std::lock_guard lock(m_mutex);
    if (auto it = m_sessions.find(role); it != m_sessions.end()) {
        gone = std::move(it->second);
        m_sessions.erase(it);
    }
    m_handedOver.erase(role);
}

void ServerPool::disconnectAll()
{
    m_databases->dropAll();
    std::map<QString, std::unique_ptr<SshSession>> gone;
    std::lock_guard lock(m_mutex);
    gone.swap(m_sessions);
    m_handedOver.clear();
}

CommandResult runOn(StepContext &context, const QString &role, const RemoteCommand &command, bool logOutput)
{
    CommandResult result;
    const QString host = context.plan && context.plan->has(role) ? context.plan->server(role).host : role;
    SshError error;
    SshSession *session = context.servers ? context.servers->session(role, &error, &context.cancelFlag()) : nullptr;
    if (!session) {
        result.outcome = CommandResult::Outcome::ConnectionLost;
        result.errorText = error.message;
        context.log(host, LogStream::Error, error.message);
        return result;
    }
    const QString shown = command.shown();
    context.log(host, LogStream::Command, (command.asRoot ? QStringLiteral("# ") : QStringLiteral("$ ")) + shown);
    RunOptions options;
    options.cancel = &context.cancelFlag();
    if (logOutput)
        options.onLine = [&](LogStream stream, const QString &line) { context.log(host, stream, line); };
    result = session->run(command, options);
    // A session handed over from the pre-checks may have been closed by the server while the
    // operator read the summary: when its first command here could not even start, log in
    // again and run it once more (it never ran).
    if (context.servers && context.servers->firstUseOfHandedOver(role)
        && result.outcome == CommandResult::Outcome::CouldNotStart) {
        context.servers->disconnect(role);
        session = context.servers->session(role, &error, &context.cancelFlag());
        if (!session) {
            result.outcome = CommandResult::Outcome::ConnectionLost;
            result.errorText = error.message;
            context.log(host, LogStream::Error, error.message);
            return result;
        }
        result = session->run(command, options);
    }
    if (!result.ok())
        context.log(host, LogStream::Warning, Tr::tr("Command %1").arg(describeOutcome(result)));
    return result;
}

RunOnThread::~RunOnThread()
{
    if (m_thread.joinable()) {
        m_stop = true;
        m_thread.join();
    }
}

bool RunOnThread::start(StepContext &context, const QString &role, const RemoteCommand &command, SshError *error)
{
    SshSession *session = context.servers ? context.servers->session(role, error, &context.cancelFlag()) : nullptr;
    if (!session)
        return false;
    m_context = &context;
    m_host = context.plan && context.plan->has(role) ? context.plan->server(role).host : role;
    const QString shown = command.shown();
    context.log(m_host, LogStream::Command, (command.asRoot ? QStringLiteral("# ") : QStringLiteral("$ ")) + shown);
    m_clock.start();
    m_thread = std::thread([this, session, command] {
        RunOptions options;
        options.cancel = &m_stop;
        m_result = session->run(command, options);
        m_endedAtMs = m_clock.elapsed();
        m_done = true;
    });
    return true;
}

const CommandResult &RunOnThread::join(bool stop, std::chrono::milliseconds limit)
{
    if (!m_thread.joinable())
        return m_result;
    if (stop)
        m_stop = true;
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!m_done) {
        if (m_context->isCancelled() || std::chrono::steady_clock::now() > until)
            m_stop = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    m_thread.join();
    if (!stop && !m_result.ok())
        m_context->log(m_host, LogStream::Warning, Tr::tr("Command %1").arg(describeOutcome(m_result)));
    return m_result;
}

StepResult commandFailure(const QString &what, const QString &host, const RemoteCommand &command,
                          const CommandResult &result)
{
    const QString shown = command.shown();
    QString details = Tr::tr("Server: %1\nCommand: %2\nResult: %3").arg(host, shown, describeOutcome(result));
    const QString errTail = commandTail(result);
    if (!errTail.isEmpty())
        details += QLatin1Char('\n') + Tr::tr("Error output:\n%1").arg(errTail);
    return StepResult::error(what, details);
}

RemoteCommand adminSql(const Plan &plan, const QString &database, const QString &sql, bool logSql)
{
    RemoteCommand c;
    c.program = QStringLiteral("docker");
    c.args = {QStringLiteral("exec"),  QStringLiteral("-i"),
              plan.dbContainer,        QStringLiteral("psql"),
              QStringLiteral("-U"),    QStringLiteral("postgres"),
              QStringLiteral("-d"),    database,
              QStringLiteral("-v"),    QStringLiteral("ON_ERROR_STOP=1"),
              QStringLiteral("-qAtX"), QStringLiteral("-f"),
              QStringLiteral("-")};
    c.stdinData = sql.toUtf8();
    c.asRoot = true;
    c.description = shellCommandLine(c.argv());
    if (logSql)
        c.description += QStringLiteral(" <<< ") + sql.simplified();
    return c;
}

} // namespace oef
