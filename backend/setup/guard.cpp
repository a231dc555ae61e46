#include "backend/setup/guard.h"
#include "backend/core/plan.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/scripts.h"

namespace oef {

QString guardDirectory(const Plan &plan)
{
    return plan.installDir + QStringLiteral("/oe-failover");
}

QByteArray guardScript()
{
    return QByteArray(scripts::guard.text);
}

StepResult installGuard(StepContext &c, const QString &role, bool armed, bool clearHold)
{
    const Plan &plan = *c.plan;
    RemoteCommand cmd = shellScript(scripts::guard_install,
                                    {plan.installDir, armed ? QStringLiteral("1") : QStringLiteral("0"),
                                     plan.dbContainer, plan.appContainers.join(QLatin1Char(' ')),
                                     clearHold ? QStringLiteral("clear") : QString()});
    cmd.stdinData = guardScript();
    CommandResult r;
    if (auto e = mustRun(c, role, cmd, Tr::tr("Could not install the guard."), &r, false); !e.ok)
        return e;
    if (r.stdOut.contains("boot-hooks=systemd")) {
        c.log(c.hostOf(role), LogStream::Info,
              armed ? Tr::tr("Guard armed in %1 and registered with systemd (docker.service starts it).")
                          .arg(guardDirectory(plan))
                    : Tr::tr("Guard installed, not armed, in %1.").arg(guardDirectory(plan)));
    } else {
        c.log(c.hostOf(role), LogStream::Warning,
              Tr::tr("Guard %1 in %2. This server does not use systemd: its start-up must run "
                     "\"%3 pre-start\" before the Docker engine starts and \"%3 settle\" after it.")
                  .arg(armed ? Tr::tr("armed") : Tr::tr("installed, not armed"), guardDirectory(plan),
                       guardDirectory(plan) + QStringLiteral("/guard")));
    }
    return StepResult::success();
}

StepResult disarmGuard(StepContext &c, const QString &role)
{
    const Plan &plan = *c.plan;
    const RemoteCommand cmd = shellScript(scripts::guard_disarm, {plan.installDir});
    CommandResult r;
    if (auto e = mustRun(c, role, cmd, Tr::tr("Could not disarm the guard."), &r, false); !e.ok)
        return e;
    if (r.stdOut.contains("disarmed"))
        c.log(c.hostOf(role), LogStream::Info,
              Tr::tr("Guard disarmed: this server has no standby now (setting up a secondary arms it again)."));
    return StepResult::success();
}

} // namespace oef
