#include "backend/cli/cli.h"
#include "backend/checks/connectionchecks.h"
#include "backend/cli/clicommon.h"
#include "backend/cli/cliprinter.h"
#include "backend/core/plan.h"
#include "backend/core/runner.h"
#include "backend/core/secrets.h"
#include "backend/core/tr.h"
#include "backend/remote/serverpool.h"
#include "backend/report/runreport.h"
#include "backend/setup/setupflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace oef {

namespace {

std::atomic_bool &g_interrupted = cliInterrupted();
extern "C" void onInterrupt(int)
{
    cliInterrupted() = true;
}

QString usage()
{
    return Tr::tr("Usage:\n"
                  "  oe-failover-cli check    --plan FILE [--secrets -] [--json]\n"
                  "  oe-failover-cli setup    --plan FILE [--secrets -] [--json] [--yes]\n"
                  "  oe-failover-cli failover --plan FILE [--secrets -] [--json] [--yes] [--primary-is-down]\n"
                  "                           [--switchover] [--new-secondary] [--full-copy] [--restart-old-primary]\n"
                  "  oe-failover-cli verify   --plan FILE [--secrets -] [--json] [--round-trip]\n"
                  "Common options: --known-hosts FILE, --accept-host-key HOST=SHA256:..., --report FILE\n"
                  "\n"
                  "The plan (JSON) names the servers; passwords never go in it. Give them as JSON on\n"
                  "standard input with --secrets -, e.g.\n"
                  "  {\"primary\": {\"password\": \"...\", \"sudoPassword\": \"...\"}, \"secondary\": {...}}\n"
                  "\n"
                  "Exit codes: 0 ok, 1 failed while running (state left safe), 2 bad input,\n"
                  "3 pre-checks failed (nothing changed), 4 host key unknown or changed (nothing changed),\n"
                  "5 cancelled. verify: 0 OK, 1 Warning, 2 Critical.");
}

QByteArray readAllStdin()
{
    QByteArray data;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n > 0)
            data.append(buf, n);
        else
            break;
    }
    memset(buf, 0, sizeof buf);
    return data;
}

int writeReport(const QString &path, const Plan &plan, const QString &command, const CheckList &checks,
                CliPrinter &printer)
{
    if (path.isEmpty())
        return 0;
    QJsonObject report;
    report[QStringLiteral("tool")] = QStringLiteral("oe-failover " OEF_VERSION);
    report[QStringLiteral("command")] = command;
    report[QStringLiteral("plan")] = plan.toJson();
    QJsonArray arr;
    for (const CheckResult &c : checks)
        arr.append(c.toJson());
    report[QStringLiteral("checks")] = arr;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        printer.printError(Tr::tr("Could not write the report %1: %2").arg(path, f.errorString()));
        return 1;
    }
    f.write(QJsonDocument(report).toJson());
    if (!f.commit()) {
        printer.printError(Tr::tr("Could not write the report %1: %2").arg(path, f.errorString()));
        return 1;
    }
    return 0;
}

int runCheck(CliOptions &o, CliPrinter &printer)
{
    ServerPool pool(*o.plan, o.secrets, o.hostKeys);
    CheckList checks = runConnectionChecks(
        pool, [&](const CheckResult &c) { printer.printCheck(c); }, &g_interrupted);
    writeReport(o.reportFile, *o.plan, o.command, checks, printer);
    if (g_interrupted) {
        printer.printResult(CliOutcome::Cancelled, Tr::tr("Cancelled. Nothing was changed."));
        return CliPrinter::exitCode(CliOutcome::Cancelled);
    }
    if (hasHostKeyProblem(checks)) {
        printer.printResult(CliOutcome::HostKey, Tr::tr("A host key is unknown or has changed. Nothing was changed."));
        return CliPrinter::exitCode(CliOutcome::HostKey);
    }
    if (hasErrors(checks)) {
        printer.printResult(CliOutcome::ChecksFailed, Tr::tr("Some checks failed. Nothing was changed."));
        return CliPrinter::exitCode(CliOutcome::ChecksFailed);
    }
    printer.printResult(CliOutcome::Ok, hasWarnings(checks) ? Tr::tr("All checks passed, with warnings.")
                                                            : Tr::tr("All checks passed."));
    return 0;
}

// ---- setup ----

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

int runSetup(CliOptions &o, CliPrinter &printer)
{
    const Plan &plan = *o.plan;
    Redactor redactor;
    redactor.addSecrets(o.secrets);
    RunReport report;
    report.setKind(RunReport::Kind::Setup);
    report.setPlan(plan);
    report.setRedactor(&redactor);

    // Saves the report, prints the result, then where the report is.
    auto state = std::make_shared<SetupState>();
    auto finish = [&](CliOutcome outcome, const QString &message, const QString &details = {}) {
        const std::optional<SavedReport> saved = saveRunReport(report, o, printer);
        QJsonObject extra = saved ? saved->json : QJsonObject();
        extra.insert(QStringLiteral("setup"), state->toJson());
        printer.printResult(outcome, message, details, extra);
        if (saved && !printer.isJson())
            printer.printLog(QString(), LogStream::Info, Tr::tr("Report: %1").arg(saved->shown));
        return CliPrinter::exitCode(outcome);
    };

    // 1. Pre-checks (change nothing), on this thread with a pool of their own. Its logged-in
    // sessions are handed to the flow's thread (this thread no longer uses them).
    CheckList checks;
    ServerPool checkPool(plan, o.secrets, o.hostKeys);
    checks = runSetupChecks(
        checkPool, [&](const CheckResult &c) { printer.printCheck(c); }, &g_interrupted, state.get());
    report.addChecks(checks);
    if (g_interrupted) {
        const QString message = Tr::tr("Cancelled. Nothing was changed.");
        report.finishWithoutRunning(message, true);
        return finish(CliOutcome::Cancelled, message);
    }
    if (hasHostKeyProblem(checks)) {
        const QString message = Tr::tr("A host key is unknown or has changed. Nothing was changed.");
        report.finishWithoutRunning(message);
        return finish(CliOutcome::HostKey, message);
    }
    if (hasErrors(checks)) {
        const QString message = Tr::tr("Some checks failed. Nothing was changed.");
        report.finishWithoutRunning(message);
        return finish(CliOutcome::ChecksFailed, message);
    }

    // 2. Confirmation.
    const QStringList changes = setupChangeSummary(plan, checks);
    if (!o.yes) {
        const Answer answer = askOnTerminal(changes.join(QLatin1Char('\n')) + QLatin1Char('\n')
                                            + Tr::tr("Continue? [y/N] "));
        if (answer == Answer::NoTerminal) {
            const QString message = Tr::tr("There is no terminal to confirm on: pass --yes to "
                                           "set up without asking. Nothing was changed.");
            report.finishWithoutRunning(message);
            return finish(CliOutcome::BadInput, message);
        }
        if (answer == Answer::No) {
            const QString message = Tr::tr("Cancelled. Nothing was changed.");
            report.finishWithoutRunning(message, true);
            return finish(CliOutcome::Cancelled, message);
        }
    } else if (!printer.isJson()) {
        for (const QString &line : changes)
            printer.printLog(QString(), LogStream::Info, line);
    }

    // 3. The flow, on a worker thread. Its pool is made here but connects nothing yet: the
    // sessions are opened on first use, on the worker thread, and closed there at the end.
    QString failMessage;
    QString failDetails;
    const int outcome = runFlowOnWorker(buildSetupFlow(state, SetupOptions{false, !o.forceBaseBackup, true}), plan, o,
                                        redactor, printer, report, &failMessage, &failDetails, &checkPool);

    report.setExtra(state->toJson());
    switch (outcome) {
    case int(FlowOutcome::Succeeded):
        return finish(CliOutcome::Ok, Tr::tr("The set-up is complete: %1 is now a hot standby of %2.")
                                          .arg(plan.server(Role::Secondary).host, plan.server(Role::Primary).host));
    case int(FlowOutcome::Cancelled):
        return finish(CliOutcome::Cancelled, Tr::tr("Cancelled. Both servers were left in a safe state; the report "
                                                    "says where the set-up stopped."));
    default: break;
    }
    const QJsonValue stoppedAt = report.toJson().value(QStringLiteral("stoppedAt"));
    const QString label = stoppedAt.toObject().value(QStringLiteral("label")).toString();
    QString message;
    if (failMessage.isEmpty())
        message = Tr::tr("The set-up failed.");
    else if (label.isEmpty())
        message = Tr::tr("The set-up failed: %1").arg(failMessage);
    else
        message = Tr::tr("The set-up stopped at “%1”: %2").arg(label, failMessage);
    return finish(CliOutcome::Failed, message, failDetails);
}

} // namespace

int runCli(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Set up a hot-standby OpenELIS server, fail over to it, and verify replication."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("check, setup, failover or verify"));
    const QCommandLineOption planOpt(QStringLiteral("plan"), Tr::tr("The plan file (JSON)."), Tr::tr("FILE"));
    const QCommandLineOption secretsOpt(
        QStringLiteral("secrets"), Tr::tr("Read passwords as JSON from standard input (\"-\")."), QStringLiteral("-"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("One JSON object per line."));
    const QCommandLineOption yesOpt(QStringLiteral("yes"), Tr::tr("Do not ask for confirmation."));
    const QCommandLineOption downOpt(QStringLiteral("primary-is-down"),
                                     Tr::tr("Confirm that the old primary is powered off or "
                                            "disconnected."));
    const QCommandLineOption roundTripOpt(QStringLiteral("round-trip"),
                                          Tr::tr("Also write a test record and time its arrival."));
    const QCommandLineOption knownHostsOpt(QStringLiteral("known-hosts"),
                                           Tr::tr("known_hosts file (default ~/.ssh/known_hosts)."), Tr::tr("FILE"));
    const QCommandLineOption acceptOpt(QStringLiteral("accept-host-key"),
                                       Tr::tr("Accept a new host key with this fingerprint."),
                                       QStringLiteral("HOST=SHA256:..."));
    const QCommandLineOption reportOpt(QStringLiteral("report"), Tr::tr("Write a report here."), Tr::tr("FILE"));
    const QCommandLineOption switchoverOpt(QStringLiteral("switchover"),
                                           Tr::tr("Planned switchover: both servers are healthy, "
                                                  "no data may be lost."));
    const QCommandLineOption fullCopyOpt(QStringLiteral("full-copy"),
                                         Tr::tr("When the old primary re-joins as the new "
                                                "secondary, copy the whole database instead of "
                                                "trying pg_rewind first."));
    const QCommandLineOption restartOpt(QStringLiteral("restart-old-primary"),
                                        Tr::tr("Instead of failing over, restart OpenELIS on the old "
                                               "primary and check it again."));
    const QCommandLineOption newSecondaryOpt(QStringLiteral("new-secondary"),
                                             Tr::tr("After the failover, attach the plan's "
                                                    "\"newSecondary\" as the new standby."));
    parser.addOptions({planOpt, secretsOpt, jsonOpt, yesOpt, downOpt, roundTripOpt, knownHostsOpt, acceptOpt, reportOpt,
                       switchoverOpt, fullCopyOpt, restartOpt, newSecondaryOpt});

    CliPrinter bootstrap(arguments.contains(QStringLiteral("--json")));
    if (!parser.parse(arguments)) {
        bootstrap.printError(parser.errorText() + QLatin1Char('\n') + usage());
        return CliPrinter::exitCode(CliOutcome::BadInput);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << '\n' << usage() << '\n';
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QStringLiteral("oe-failover-cli %1\n").arg(QStringLiteral(OEF_VERSION));
        return 0;
    }
    CliOptions o;
    o.json = parser.isSet(jsonOpt);
    o.yes = parser.isSet(yesOpt);
    o.reportFile = parser.value(reportOpt);
    o.primaryIsDown = parser.isSet(downOpt);
    o.switchover = parser.isSet(switchoverOpt);
    o.forceBaseBackup = parser.isSet(fullCopyOpt);
    o.roundTrip = parser.isSet(roundTripOpt);
    o.restartOldPrimary = parser.isSet(restartOpt);
    o.attachNewSecondary = parser.isSet(newSecondaryOpt);
    CliPrinter printer(o.json);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printer.printError(Tr::tr("Give exactly one command.") + QLatin1Char('\n') + usage());
        return CliPrinter::exitCode(CliOutcome::BadInput);
    }
    o.command = positional.first();
    static const QStringList commands{QStringLiteral("check"), QStringLiteral("setup"), QStringLiteral("failover"),
                                      QStringLiteral("verify")};
    if (!commands.contains(o.command)) {
        printer.printError(Tr::tr("Unknown command \"%1\".").arg(o.command) + QLatin1Char('\n') + usage());
        return CliPrinter::exitCode(CliOutcome::BadInput);
    }
    if (!parser.isSet(planOpt)) {
        printer.printResult(CliOutcome::BadInput, Tr::tr("--plan FILE is required."));
        return CliPrinter::exitCode(CliOutcome::BadInput);
    }
    PlanError planError;
    o.plan = loadPlanFile(parser.value(planOpt), &planError);
    if (!o.plan) {
        printer.printResult(CliOutcome::BadInput,
                            Tr::tr("The plan %1 is not valid: %2").arg(parser.value(planOpt), planError.message),
                            planError.field);
        return CliPrinter::exitCode(CliOutcome::BadInput);
    }
    if (parser.isSet(secretsOpt)) {
        if (parser.value(secretsOpt) != QLatin1String("-")) {
            printer.printResult(CliOutcome::BadInput,
                                Tr::tr("--secrets only reads standard input: use \"--secrets -\"."));
            return CliPrinter::exitCode(CliOutcome::BadInput);
        }
        QByteArray input = readAllStdin();
        SecretsError secretsError;
        std::optional<Secrets> secrets = parseSecrets(input, &secretsError);
        input.fill('\0');
        if (!secrets) {
            printer.printResult(CliOutcome::BadInput,
                                Tr::tr("The secrets on standard input are not valid: %1").arg(secretsError.message),
                                secretsError.field);
            return CliPrinter::exitCode(CliOutcome::BadInput);
        }
        o.secrets = std::move(*secrets);
    }
    o.hostKeys.knownHostsFile = parser.value(knownHostsOpt);
    for (const QString &spec : parser.values(acceptOpt)) {
        QString error;
        if (!o.hostKeys.addAcceptance(spec, &error)) {
            printer.printResult(CliOutcome::BadInput, error);
            return CliPrinter::exitCode(CliOutcome::BadInput);
        }
    }
    const bool wantsSetupPlan = o.command != QLatin1String("failover");
    if (wantsSetupPlan != (o.plan->kind == Plan::Kind::Setup)) {
        printer.printResult(CliOutcome::BadInput,
                            wantsSetupPlan
                                ? Tr::tr("\"%1\" needs a plan with \"primary\" and \"secondary\".").arg(o.command)
                                : Tr::tr("\"failover\" needs a plan with \"oldPrimary\" and "
                                         "\"newPrimary\"."));
        if (o.command != QLatin1String("check"))
            return CliPrinter::exitCode(CliOutcome::BadInput);
    }

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    int rc = 0;
    if (o.command == QLatin1String("check")) {
        rc = runCheck(o, printer);
    } else if (o.command == QLatin1String("setup")) {
        rc = runSetup(o, printer);
    } else if (o.command == QLatin1String("failover")) {
        rc = runFailoverCommand(o, printer);
    } else {
        rc = runVerifyCommand(o, printer);
    }
    o.secrets.clear();
    return rc;
}

} // namespace oef
