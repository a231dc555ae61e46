#include "backend/remote/remoteops.h"
#include "backend/core/shellquote.h"
#include "backend/core/tr.h"
#include "backend/remote/scripts.h"

#include <QDateTime>
#include <QHostAddress>
#include <QThread>

#include <netdb.h>
#include <sys/socket.h>

namespace oef {

RemoteCommand shellScript(const QString &script, const QStringList &args, bool asRoot,
                          std::chrono::milliseconds timeout)
{
    RemoteCommand c;
    c.program = QStringLiteral("sh");
    c.args = QStringList{QStringLiteral("-c"), script, QStringLiteral("sh")} + args;
    c.asRoot = asRoot;
    c.timeout = timeout;
    return c;
}

RemoteCommand shellScript(const ScriptFile &script, const QStringList &args, bool asRoot,
                          std::chrono::milliseconds timeout)
{
    RemoteCommand c;
    c.program = QStringLiteral("sh");
    c.args = QStringList{QStringLiteral("-c"), QString::fromUtf8(script.text), QString::fromLatin1(script.name)} + args;
    c.asRoot = asRoot;
    c.timeout = timeout;
    c.description = shellCommandLine(QStringList{QString::fromLatin1(script.name)} + args);
    return c;
}

RemoteCommand sqlCommand(const Plan &plan, const QString &database, const QString &sql,
                         const QMap<QString, QString> &variables, bool logSql)
{
    RemoteCommand c = adminSql(plan, database, sql, logSql);
    QStringList vars;
    for (auto it = variables.begin(); it != variables.end(); ++it)
        vars << QStringLiteral("-v") << it.key() + QLatin1Char('=') + it.value();
    // insert before "-f -"
    const qsizetype f = c.args.indexOf(QStringLiteral("-f"));
    for (qsizetype i = 0; i < vars.size(); ++i)
        c.args.insert(f + i, vars[i]);
    c.description = shellCommandLine(c.argv());
    if (logSql)
        c.description += QStringLiteral(" <<< ") + sql.simplified();
    return c;
}

StepResult mustRun(StepContext &context, const QString &role, const RemoteCommand &command, const QString &what,
                   CommandResult *out, bool logOutput)
{
    const CommandResult r = runOn(context, role, command, logOutput);
    if (out)
        *out = r;
    if (r.ok())
        return StepResult::success();
    if (r.outcome == CommandResult::Outcome::Cancelled)
        return StepResult::error(Tr::tr("Cancelled."));
    return commandFailure(what, context.plan->server(role).host, command, r);
}

std::optional<QString> querySql(StepContext &context, const QString &role, const QString &database, const QString &sql,
                                const QMap<QString, QString> &variables, QString *error, bool logSql)
{
    const RemoteCommand c = sqlCommand(*context.plan, database, sql, variables, logSql);
    const CommandResult r = runOn(context, role, c, false);
    if (!r.ok()) {
        if (error) {
            const QString host = context.plan->has(role) ? context.plan->server(role).host : role;
            *error = commandFailure(Tr::tr("A database query on %1 failed.").arg(host), host, c, r).details;
        }
        return std::nullopt;
    }
    return QString::fromUtf8(r.stdOut).trimmed();
}

RemoteCommand waitForSqlCommand(const Plan &plan, const QString &database, const QString &sql,
                                const QMap<QString, QString> &variables, std::chrono::milliseconds timeout,
                                std::chrono::milliseconds interval)
{
    // wait-for-sql.sh inside the database container.
    RemoteCommand c;
    c.program = QStringLiteral("docker");
    c.args = {QStringLiteral("exec"),
              plan.dbContainer,
              QStringLiteral("sh"),
              QStringLiteral("-c"),
              QString::fromUtf8(scripts::wait_for_sql.text),
              QString::fromLatin1(scripts::wait_for_sql.name),
              QString::number(double(interval.count()) / 1000.0, 'f', 3),
              QString::number(std::max<qint64>(1, qint64((timeout.count() + 999) / 1000))),
              sql,
              database};
    for (auto it = variables.begin(); it != variables.end(); ++it)
        c.args << QStringLiteral("-v") << it.key() + QLatin1Char('=') + it.value();
    c.asRoot = true;
    c.timeout = timeout + std::chrono::seconds(30);
    c.description =
        shellCommandLine(QStringList{QStringLiteral("docker"), QStringLiteral("exec"), plan.dbContainer,
                                     QStringLiteral("psql"), QStringLiteral("-d"), database})
        + QStringLiteral(" (every %1 ms, up to %2 s) <<< ").arg(interval.count()).arg(timeout.count() / 1000)
        + sql.simplified();
    return c;
}

std::optional<QString> waitForSql(StepContext &context, const QString &role, const QString &database,
                                  const QString &sql, const QMap<QString, QString> &variables,
                                  std::chrono::milliseconds timeout, std::chrono::milliseconds interval, QString *error)
{
    const RemoteCommand c = waitForSqlCommand(*context.plan, database, sql, variables, timeout, interval);
    const CommandResult r = runOn(context, role, c, false);
    if (r.ok())
        return QString::fromUtf8(r.stdOut).trimmed();
    if (error) {
        const QString host = context.plan->has(role) ? context.plan->server(role).host : role;
        if (r.outcome == CommandResult::Outcome::Exited && r.exitCode == 3)
            *error = Tr::tr("No answer within %n second(s).", nullptr, int(timeout.count() / 1000));
        else
            *error = commandFailure(Tr::tr("A database query on %1 failed.").arg(host), host, c, r).details;
    }
    return std::nullopt;
}

RemoteCommand dockerCommand(const QStringList &args, std::chrono::milliseconds timeout)
{
    RemoteCommand c;
    c.program = QStringLiteral("docker");
    c.args = args;
    c.asRoot = true;
    c.timeout = timeout;
    return c;
}

bool waitUntil(StepContext &context, std::chrono::milliseconds timeout, const std::function<bool()> &test,
               std::chrono::milliseconds interval)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (test())
            return true;
        if (context.isCancelled() || std::chrono::steady_clock::now() > deadline)
            return false;
        QThread::msleep(quint32(interval.count()));
    }
}

DirectContext::DirectContext(const Plan &p, ServerPool &pool, const std::atomic_bool *cancel, LogFn logFn)
    : m_cancel(cancel), m_log(std::move(logFn))
{
    plan = &p;
    servers = &pool;
}

void DirectContext::log(const QString &host, LogStream stream, const QString &text)
{
    if (m_log)
        m_log(host, stream, text);
}

QString fileTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QStringList resolveAddresses(const QString &host)
{
    QStringList out;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    const QByteArray h = host.toUtf8();
    if (getaddrinfo(h.constData(), nullptr, &hints, &res) != 0)
        return out;
    for (addrinfo *ai = res; ai; ai = ai->ai_next) {
        QHostAddress a(ai->ai_addr);
        const QString s = a.toString();
        if (!out.contains(s))
            out << s;
    }
    freeaddrinfo(res);
    return out;
}

} // namespace oef
