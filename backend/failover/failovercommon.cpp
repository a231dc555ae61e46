#include "backend/failover/failovercommon.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"

#include <QTcpSocket>

namespace oef::failover {

bool tcpAnswers(const QString &host, int port, int timeoutMs)
{
    QTcpSocket s;
    s.connectToHost(host, quint16(port));
    const bool ok = s.waitForConnected(timeoutMs);
    s.abort();
    return ok;
}

QStringList presentContainers(StepContext &c, const QString &role)
{
    const CommandResult ps = runOn(c, role,
                                   dockerCommand({QStringLiteral("ps"), QStringLiteral("-a"),
                                                  QStringLiteral("--format"), QStringLiteral("{{.Names}}")}),
                                   false);
    const QStringList present = QString::fromUtf8(ps.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &n : QStringList{c.plan->dbContainer} + c.plan->appContainers)
        if (present.contains(n))
            out << n;
    return out;
}

QStringList appsOnly(const StepContext &c, const QStringList &names)
{
    QStringList out = names;
    out.removeAll(c.plan->dbContainer);
    return out;
}

StepResult setContainers(StepContext &c, const QString &role, const QStringList &names, const QString &policy,
                         Then then, const QString &policyError, const QString &thenError)
{
    if (names.isEmpty())
        return StepResult::success();
    if (auto e = mustRun(
            c, role,
            dockerCommand(QStringList{QStringLiteral("update"), QStringLiteral("--restart=") + policy} + names),
            policyError);
        !e.ok)
        return e;
    const QStringList args = then == Then::Start
                                 ? QStringList{QStringLiteral("start")}
                                 : QStringList{QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("30")};
    return mustRun(c, role, dockerCommand(args + names, std::chrono::minutes(3)), thenError);
}

} // namespace oef::failover
