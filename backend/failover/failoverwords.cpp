#include "backend/failover/failoverwords.h"

#include "backend/core/tr.h"

namespace oef {

bool hasHostKeyError(const CheckList &checks)
{
    for (const CheckResult &c : checks)
        if (c.id == QLatin1String("ssh.hostkey") && c.status == CheckResult::Status::Error)
            return true;
    return false;
}

bool offersOldPrimaryRestart(const FailoverProbe &probe, bool switchover)
{
    return probe.verdict() != FailoverProbe::Verdict::Down && probe.oldLoginWorks && !switchover
           && probe.targetInRecovery;
}

QStringList failoverIntentLines(const Plan &plan, const FailoverProbe &probe, const FailoverOptions &options)
{
    const ServerSpec &target = plan.server(Role::NewPrimary);
    const ServerSpec &old = plan.server(Role::OldPrimary);
    QStringList lines;
    if (probe.promotedEarlier())
        lines << Tr::tr("An earlier run promoted %1 and stopped: this run makes sure %2 stays fenced and finishes what "
                        "is left.")
                     .arg(target.host, old.host);
    else if (options.switchover)
        lines << Tr::tr("Planned switchover: OpenELIS stops on %1, %2 receives everything, then becomes the "
                        "primary; %1 becomes its standby. No data is lost; OpenELIS is unavailable for about "
                        "a minute.")
                     .arg(old.host, target.host);
    else if (probe.oldLoginWorks)
        lines << Tr::tr("Failover: %1 will be fenced (OpenELIS and its database stopped, nothing restarts on its "
                        "own, the database can only start read-only), then %2 becomes the primary.")
                     .arg(old.host, target.host);
    else
        lines << Tr::tr("Failover: you confirmed that %1 is powered off or disconnected; %2 becomes the primary.")
                     .arg(old.host, target.host);
    if (!options.switchover && !probe.promotedEarlier())
        lines << probe.dataLossText();
    if (options.attachNewSecondary && plan.has(Role::NewSecondary))
        lines << Tr::tr("Afterwards %1 is set up as the new standby.").arg(plan.server(Role::NewSecondary).host);
    return lines;
}

QString failoverSuccessText(const Plan &plan, const FailoverState &state, bool switchover)
{
    const ServerSpec &target = plan.server(Role::NewPrimary);
    const ServerSpec &old = plan.server(Role::OldPrimary);
    QString m =
        switchover
            ? Tr::tr("Switchover complete: %1 is the primary, %2 its standby. Users must now use https://%1:8443/.")
                  .arg(target.host, old.host)
            : Tr::tr("Failover complete: OpenELIS runs on %1. Users must now use https://%1:8443/.").arg(target.host);
    if (!state.certificateCovers)
        m += QLatin1Char(' ') + Tr::tr("Its certificate does not name this address: browsers will warn.");
    if (state.fencing == QLatin1String("confirmed-down"))
        m += QLatin1Char(' ')
             + Tr::tr("Before %1 is switched on again, disconnect it from the network: it still "
                      "believes it is the primary. Then re-join it as the new standby with "
                      "\"oe-failover-cli setup\".")
                   .arg(old.host);
    return m;
}

} // namespace oef
