#pragma once
// Small building blocks shared by the flows: shell scripts with positional arguments, SQL
// through `docker exec psql` with psql variables, container control, waiting for states.
#include "backend/core/plan.h"
#include "backend/core/step.h"
#include "backend/remote/remotecommand.h"
#include "backend/remote/serverpool.h"
#include <QMap>
#include <optional>

namespace oef {

// `sh -c SCRIPT NAME ARGS...` for a script file of the sources (ScriptFile, embedded by the
// build): values travel as positional parameters, never spliced into code; logs and reports
// show the script's name and its arguments, not its text.
RemoteCommand shellScript(const ScriptFile &script, const QStringList &args = {}, bool asRoot = true,
                          std::chrono::milliseconds timeout = std::chrono::minutes(2));
// The same for a one-line program written in place (`sh -c SCRIPT sh ARGS...`).
RemoteCommand shellScript(const QString &script, const QStringList &args = {}, bool asRoot = true,
                          std::chrono::milliseconds timeout = std::chrono::minutes(2));

// SQL on a server's database container as postgres, with psql variables (-v name=value;
// use :'name' for literals and :"name" for identifiers in the SQL). Variables must not be
// secrets (they are in argv); secrets go in the SQL on stdin with logSql=false.
RemoteCommand sqlCommand(const Plan &plan, const QString &database, const QString &sql,
                         const QMap<QString, QString> &variables = {}, bool logSql = true);

// Runs SQL and returns its stdout (trimmed), or nullopt with *error set.
std::optional<QString> querySql(StepContext &context, const QString &role, const QString &database, const QString &sql,
                                const QMap<QString, QString> &variables = {}, QString *error = nullptr,
                                bool logSql = true);

// Repeats a query on the server itself (inside the database container, every `interval`) until
// it returns a non-empty result, for at most `timeout`: one command instead of one per poll.
// Returns the result (trimmed), or nullopt when the time ran out, the command failed or cancel
// was asked (*error says which). Variables as for sqlCommand (never secrets).
// The command waitForSql() runs (for running it on another thread).
RemoteCommand waitForSqlCommand(const Plan &plan, const QString &database, const QString &sql,
                                const QMap<QString, QString> &variables, std::chrono::milliseconds timeout,
                                std::chrono::milliseconds interval);
std::optional<QString> waitForSql(StepContext &context, const QString &role, const QString &database,
                                  const QString &sql, const QMap<QString, QString> &variables,
                                  std::chrono::milliseconds timeout,
                                  std::chrono::milliseconds interval = std::chrono::milliseconds(50),
                                  QString *error = nullptr);

// Runs a command on a role's server; nullopt when it succeeded, else the step's error ("Cancelled."
// or `what` with the command and its output). *out receives the result either way.
StepResult mustRun(StepContext &context, const QString &role, const RemoteCommand &command,
                                  const QString &what, CommandResult *out = nullptr, bool logOutput = true);

// `docker ARGS...` as root.
RemoteCommand dockerCommand(const QStringList &args, std::chrono::milliseconds timeout = std::chrono::minutes(2));

// Polls `test` every interval until it returns true, the timeout passes or cancel is asked.
bool waitUntil(StepContext &context, std::chrono::milliseconds timeout, const std::function<bool()> &test,
               std::chrono::milliseconds interval = std::chrono::milliseconds(500));

// A StepContext for work done outside a flow (pre-checks): logs to a callback, no progress.
class DirectContext : public StepContext
{
public:
    using LogFn = std::function<void(const QString &host, LogStream, const QString &)>;
    DirectContext(const Plan &plan, ServerPool &pool, const std::atomic_bool *cancel, LogFn log = {});
    void log(const QString &host, LogStream stream, const QString &text) override;
    void progress(double, const QString &) override {}
    bool isCancelled() const override { return m_cancel && m_cancel->load(); }
    const std::atomic_bool &cancelFlag() const override { return m_cancel ? *m_cancel : m_never; }

private:
    const std::atomic_bool *m_cancel;
    std::atomic_bool m_never{false};
    LogFn m_log;
};

// UTC timestamp for names: 20261125T174000Z
QString fileTimestamp();

// The host address(es) a name resolves to, from this computer.
QStringList resolveAddresses(const QString &host);

} // namespace oef
