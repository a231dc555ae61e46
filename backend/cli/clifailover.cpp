// oe-failover-cli failover: pre-checks, the old primary's fate (restart / fence / confirmed
// down), the data-loss statement, then the flow on a worker thread.
#include "backend/cli/clicommon.h"
#include "backend/cli/clirun.h"
#include "backend/core/tr.h"
#include "backend/failover/failoverflow.h"
#include "backend/failover/failoverwords.h"
#include "backend/remote/serverpool.h"

#include <memory>

namespace oef {

namespace {

// Upstream's first remedy, when asked for (--restart-old-primary) or chosen at the prompt.
bool wantsOldPrimaryRestart(const CliOptions &o, const FailoverProbe &probe)
{
    if (o.restartOldPrimary)
        return true;
    if (o.yes || !offersOldPrimaryRestart(probe, o.switchover))
        return false;
    const Answer a = askOnTerminal(
        probe.verdictText() + QLatin1Char('\n')
        + Tr::tr("Restart OpenELIS on the old primary and check again instead of failing over? "
                 "[y/N] "));
    return a == Answer::Yes;
}

// Restarts OpenELIS on the old primary instead of failing over; the result says how it went.
int restartInsteadOfFailover(CliRun &run, ServerPool &pool, const FailoverProbe &probe)
{
    if (!probe.oldLoginWorks)
        return run.stop(CliOutcome::ChecksFailed,
                        Tr::tr("The old primary cannot be reached by SSH: it cannot be restarted from here."));
    QString message;
    const bool ok = restartOldPrimary(pool, &message, &cliInterrupted());
    return run.stop(ok ? CliOutcome::Ok : CliOutcome::Failed, message);
}

FailoverOptions failoverOptions(const CliOptions &o)
{
    FailoverOptions fo;
    fo.switchover = o.switchover;
    fo.confirmedDown = o.primaryIsDown;
    fo.attachNewSecondary = o.attachNewSecondary;
    fo.forceFullCopy = o.forceBaseBackup;
    return fo;
}

// 3. The flow, then how it ended; the report's results hold the probe and the flow's state.
int runFailoverFlow(CliRun &run, Flow flow, const FailoverProbe &probe, const FailoverState &state)
{
    QString failMessage, failDetails;
    const int outcome = run.runFlow(std::move(flow), &failMessage, &failDetails);
    QJsonObject extra = state.toJson();
    extra.insert(QStringLiteral("probe"), probe.toJson());
    run.report.setExtra(extra);
    const QJsonObject resultExtra{{QStringLiteral("failover"), state.toJson()}};
    if (outcome == int(FlowOutcome::Succeeded)) {
        const QString m = failoverSuccessText(*run.o.plan, state, run.o.switchover);
        return run.finish(CliOutcome::Ok, m, {}, resultExtra);
    }
    if (outcome == int(FlowOutcome::Cancelled))
        return run.finish(CliOutcome::Cancelled,
                          Tr::tr("Cancelled. The report says where it stopped and the state of "
                                 "each server."),
                          {}, resultExtra);
    return run.finish(CliOutcome::Failed, Tr::tr("The failover stopped: %1").arg(failMessage), failDetails,
                      resultExtra);
}

} // namespace

int runFailoverCommand(CliOptions &o, CliPrinter &printer)
{
    const Plan &plan = *o.plan;
    if (o.attachNewSecondary && !plan.has(Role::NewSecondary)) {
        printer.printResult(CliOutcome::BadInput,
                            Tr::tr("--new-secondary needs a \"newSecondary\" server in the plan."));
        return CliPrinter::exitCode(CliOutcome::BadInput);
    }
    CliRun run(o, printer, o.switchover ? RunReport::Kind::Switchover : RunReport::Kind::Failover);

    // 1. Pre-checks: nothing changes.
    FailoverProbe probe;
    {
        ServerPool pool(plan, o.secrets, o.hostKeys);
        CheckList checks;
        probe = probeFailover(
            pool, [&](const CheckResult &c) { printer.printCheck(c); }, &checks, &cliInterrupted());
        run.report.addChecks(checks);
        if (cliInterrupted())
            return run.stop(CliOutcome::Cancelled, Tr::tr("Cancelled. Nothing was changed."));
        if (hasHostKeyError(checks))
            return run.stop(CliOutcome::HostKey, Tr::tr("A host key is unknown or has changed. Nothing was changed."));
        if (wantsOldPrimaryRestart(o, probe))
            return restartInsteadOfFailover(run, pool, probe);
    }

    const FailoverOptions fo = failoverOptions(o);
    auto state = std::make_shared<FailoverState>();
    QString refusal;
    Flow flow = buildFailoverFlow(probe, fo, state, &refusal);
    if (flow.steps.empty())
        return run.stop(CliOutcome::ChecksFailed, refusal, QJsonObject{{QStringLiteral("probe"), probe.toJson()}});

    // 2. What will happen, and the possible data loss, in plain words.
    const Answer a = confirmChanges(failoverIntentLines(plan, probe, fo), o, printer);
    if (a == Answer::NoTerminal)
        return run.stop(CliOutcome::BadInput,
                        Tr::tr("There is no terminal to confirm on: pass --yes. Nothing was changed."));
    if (a == Answer::No)
        return run.stop(CliOutcome::Cancelled, Tr::tr("Cancelled. Nothing was changed."));

    return runFailoverFlow(run, std::move(flow), probe, *state);
}

} // namespace oef
