// oe-failover-cli failover: pre-checks, the old primary's fate (restart / fence / confirmed
// down), the data-loss statement, then the flow on a worker thread.
#include "backend/cli/clicommon.h"
#include "backend/core/tr.h"
#include "backend/failover/failoverflow.h"
#include "backend/failover/failoverwords.h"
#include "backend/remote/serverpool.h"

namespace oef {

int runFailoverCommand(CliOptions &o, CliPrinter &printer)
{
    const Plan &plan = *o.plan;
    if (o.attachNewSecondary && !plan.has(Role::NewSecondary)) {
        printer.printResult(CliOutcome::BadInput,
                            Tr::tr("--new-secondary needs a \"newSecondary\" server in the plan."));
        return CliPrinter::exitCode(CliOutcome::BadInput);
    }
    Redactor redactor;
    redactor.addSecrets(o.secrets);
    RunReport report;
    report.setKind(o.switchover ? RunReport::Kind::Switchover : RunReport::Kind::Failover);
    report.setPlan(plan);
    report.setRedactor(&redactor);
    auto finish = [&](CliOutcome outcome, const QString &message, const QString &details = {}, QJsonObject extra = {}) {
        const std::optional<SavedReport> saved = saveRunReport(report, o, printer);
        if (saved)
            for (auto it = saved->json.begin(); it != saved->json.end(); ++it)
                extra.insert(it.key(), it.value());
        printer.printResult(outcome, message, details, extra);
        if (saved && !printer.isJson())
            printer.printLog(QString(), LogStream::Info, Tr::tr("Report: %1").arg(saved->shown));
        return CliPrinter::exitCode(outcome);
    };

    // 1. Pre-checks: nothing changes.
    FailoverProbe probe;
    CheckList checks;
    {
        ServerPool pool(plan, o.secrets, o.hostKeys);
        probe = probeFailover(
            pool, [&](const CheckResult &c) { printer.printCheck(c); }, &checks, &cliInterrupted());
        report.addChecks(checks);
        if (cliInterrupted()) {
            report.finishWithoutRunning(Tr::tr("Cancelled. Nothing was changed."), true);
            return finish(CliOutcome::Cancelled, Tr::tr("Cancelled. Nothing was changed."));
        }
        if (hasHostKeyError(checks)) {
            const QString m = Tr::tr("A host key is unknown or has changed. Nothing was changed.");
            report.finishWithoutRunning(m);
            return finish(CliOutcome::HostKey, m);
        }
        // Upstream's first remedy, when asked for or chosen.
        bool restart = o.restartOldPrimary;
        if (!restart && !o.yes && offersOldPrimaryRestart(probe, o.switchover)) {
            const Answer a = askOnTerminal(
                probe.verdictText() + QLatin1Char('\n')
                + Tr::tr("Restart OpenELIS on the old primary and check again instead of failing over? "
                         "[y/N] "));
            restart = a == Answer::Yes;
        }
        if (restart) {
            if (!probe.oldLoginWorks) {
                const QString m = Tr::tr("The old primary cannot be reached by SSH: it cannot be restarted from here.");
                report.finishWithoutRunning(m);
                return finish(CliOutcome::ChecksFailed, m);
            }
            QString message;
            const bool ok = restartOldPrimary(pool, &message, &cliInterrupted());
            report.finishWithoutRunning(message);
            return finish(ok ? CliOutcome::Ok : CliOutcome::Failed, message);
        }
    }

    FailoverOptions fo;
    fo.switchover = o.switchover;
    fo.confirmedDown = o.primaryIsDown;
    fo.attachNewSecondary = o.attachNewSecondary;
    fo.forceFullCopy = o.forceBaseBackup;
    auto state = std::make_shared<FailoverState>();
    QString refusal;
    Flow flow = buildFailoverFlow(probe, fo, state, &refusal);
    if (flow.steps.empty()) {
        report.finishWithoutRunning(refusal);
        return finish(CliOutcome::ChecksFailed, refusal, {}, QJsonObject{{QStringLiteral("probe"), probe.toJson()}});
    }

    // 2. What will happen, and the possible data loss, in plain words.
    const QStringList lines = failoverIntentLines(plan, probe, fo);
    if (!o.yes) {
        const Answer a = askOnTerminal(lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + Tr::tr("Continue? [y/N] "));
        if (a == Answer::NoTerminal) {
            const QString m = Tr::tr("There is no terminal to confirm on: pass --yes. Nothing was changed.");
            report.finishWithoutRunning(m);
            return finish(CliOutcome::BadInput, m);
        }
        if (a == Answer::No) {
            const QString m = Tr::tr("Cancelled. Nothing was changed.");
            report.finishWithoutRunning(m, true);
            return finish(CliOutcome::Cancelled, m);
        }
    } else if (!printer.isJson()) {
        for (const QString &l : lines)
            printer.printLog(QString(), LogStream::Info, l);
    }

    // 3. The flow.
    QString failMessage, failDetails;
    const int outcome = runFlowOnWorker(std::move(flow), plan, o, redactor, printer, report, &failMessage,
                                        &failDetails);
    QJsonObject extra = state->toJson();
    extra.insert(QStringLiteral("probe"), probe.toJson());
    report.setExtra(extra);
    const QJsonObject resultExtra{{QStringLiteral("failover"), state->toJson()}};
    if (outcome == int(FlowOutcome::Succeeded)) {
        const QString m = failoverSuccessText(plan, *state, o.switchover);
        return finish(CliOutcome::Ok, m, {}, resultExtra);
    }
    if (outcome == int(FlowOutcome::Cancelled))
        return finish(CliOutcome::Cancelled,
                      Tr::tr("Cancelled. The report says where it stopped and the state of "
                             "each server."),
                      {}, resultExtra);
    return finish(CliOutcome::Failed, Tr::tr("The failover stopped: %1").arg(failMessage), failDetails, resultExtra);
}

} // namespace oef
