// oe-failover-cli setup: the pre-checks (they change nothing), what will change and the
// confirmation, then the set-up flow on a worker thread.
#include "backend/cli/clicommon.h"
#include "backend/cli/clirun.h"
#include "backend/core/tr.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/setupflow.h"

#include <memory>

namespace oef {

namespace {

// What the set-up will change, in plain words, before anything happens.
QStringList setupChangeSummary(const Plan &plan, const CheckList &checks)
{
    const ServerSpec &primary = plan.server(Role::Primary);
    const ServerSpec &secondary = plan.server(Role::Secondary);
    QString restart = Tr::tr("the database restarts only if a changed setting needs it "
                             "(OpenELIS then does not answer for a short while).");
    for (const CheckResult &c : checks) {
        if (c.id != QLatin1String("primary.restart"))
            continue;
        if (c.status == CheckResult::Status::Ok)
            restart = Tr::tr("no database restart is needed.");
        else if (c.status == CheckResult::Status::Warning && !c.message.isEmpty())
            restart = c.message;
    }
    const QString dataAside = plan.installDir + QStringLiteral("/data.before-standby-…");
    QStringList lines;
    lines << Tr::tr("What will change:");
    const QString server = QStringLiteral("  ");
    const QString item = QStringLiteral("    - ");
    lines << server + Tr::tr("On the primary %1:").arg(primary.displayName());
    lines << item
                 + Tr::tr("a replication role (the existing \"backup\" role is reused when "
                          "present), one pg_hba.conf entry for the secondary (the file is backed "
                          "up first), the replication settings and a replication slot;");
    lines << item + restart;
    lines << server + Tr::tr("On the secondary %1:").arg(secondary.displayName());
    lines << item
                 + Tr::tr("the OpenELIS application containers are stopped and no longer "
                          "restart on their own;");
    lines << item
                 + Tr::tr("the install directory %1 is copied from the primary (except %2);")
                       .arg(plan.installDir, plan.syncExclude.join(QStringLiteral(", ")));
    lines << item
                 + Tr::tr("its database is replaced by a copy of the primary's; the current "
                          "data is kept aside in %1.")
                       .arg(dataAside);
    lines << server + Tr::tr("On both servers:");
    lines << item
                 + Tr::tr("a small guard in %1 keeps a restarted primary read-only until its "
                          "standby streams from it again; wal_keep_size is kept at 512 MB or more.")
                       .arg(plan.installDir + QStringLiteral("/oe-failover"));
    int warnings = 0;
    for (const CheckResult &c : checks)
        warnings += c.status == CheckResult::Status::Warning ? 1 : 0;
    if (warnings > 0)
        lines << Tr::tr("The pre-checks gave %n warning(s); see above.", "", warnings);
    return lines;
}

// How the flow ended, in one sentence: complete, cancelled, or the step where it stopped and why.
int finishSetup(CliRun &run, int outcome, const QString &failMessage, const QString &failDetails,
                const QJsonObject &extra)
{
    const Plan &plan = *run.o.plan;
    switch (outcome) {
    case int(FlowOutcome::Succeeded):
        return run.finish(CliOutcome::Ok,
                          Tr::tr("The set-up is complete: %1 is now a hot standby of %2.")
                              .arg(plan.server(Role::Secondary).host, plan.server(Role::Primary).host),
                          {}, extra);
    case int(FlowOutcome::Cancelled):
        return run.finish(CliOutcome::Cancelled,
                          Tr::tr("Cancelled. Both servers were left in a safe state; the report "
                                 "says where the set-up stopped."),
                          {}, extra);
    default: break;
    }
    const QJsonValue stoppedAt = run.report.toJson().value(QStringLiteral("stoppedAt"));
    const QString label = stoppedAt.toObject().value(QStringLiteral("label")).toString();
    QString message;
    if (failMessage.isEmpty())
        message = Tr::tr("The set-up failed.");
    else if (label.isEmpty())
        message = Tr::tr("The set-up failed: %1").arg(failMessage);
    else
        message = Tr::tr("The set-up stopped at “%1”: %2").arg(label, failMessage);
    return run.finish(CliOutcome::Failed, message, failDetails, extra);
}

} // namespace

int runSetupCommand(CliOptions &o, CliPrinter &printer)
{
    const Plan &plan = *o.plan;
    CliRun run(o, printer, RunReport::Kind::Setup);
    auto state = std::make_shared<SetupState>();
    // Every result carries what the set-up found and did.
    const auto setupJson = [&state] { return QJsonObject{{QStringLiteral("setup"), state->toJson()}}; };

    // 1. Pre-checks (change nothing), on this thread with a pool of their own. Its logged-in
    // sessions are handed to the flow's thread (this thread no longer uses them).
    ServerPool checkPool(plan, o.secrets, o.hostKeys);
    const CheckList checks = runSetupChecks(
        checkPool, [&](const CheckResult &c) { printer.printCheck(c); }, &cliInterrupted(), state.get());
    run.report.addChecks(checks);
    if (const CliOutcome stop = checksOutcome(checks); stop != CliOutcome::Ok)
        return run.stop(stop, checksStopText(stop), setupJson());

    // 2. Confirmation.
    const Answer answer = confirmChanges(setupChangeSummary(plan, checks), o, printer);
    if (answer == Answer::NoTerminal)
        return run.stop(CliOutcome::BadInput,
                        Tr::tr("There is no terminal to confirm on: pass --yes to "
                               "set up without asking. Nothing was changed."),
                        setupJson());
    if (answer == Answer::No)
        return run.stop(CliOutcome::Cancelled, Tr::tr("Cancelled. Nothing was changed."), setupJson());

    // 3. The flow, on a worker thread. Its pool is made there but connects nothing yet: the
    // sessions are opened on first use, on the worker thread, and closed there at the end.
    QString failMessage;
    QString failDetails;
    const int outcome = run.runFlow(buildSetupFlow(state, SetupOptions{false, !o.forceBaseBackup, true}), &failMessage,
                                    &failDetails, &checkPool);
    run.report.setExtra(state->toJson());
    return finishSetup(run, outcome, failMessage, failDetails, setupJson());
}

} // namespace oef
