#include "cli.h"
#include "cliprinter.h"
#include "connectionchecks.h"
#include "plan.h"
#include "secrets.h"
#include "serverpool.h"
#include "tr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace oef {

namespace {

std::atomic_bool g_interrupted{false};
extern "C" void onInterrupt(int) { g_interrupted = true; }

struct CommonOptions
{
    QString command;
    std::optional<Plan> plan;
    Secrets secrets;
    HostKeyPolicy hostKeys;
    bool json = false;
    bool yes = false;
    QString reportFile;
};

QString usage()
{
    return Tr::tr(
        "Usage:\n"
        "  oe-failover-cli check    --plan FILE [--secrets -] [--json]\n"
        "  oe-failover-cli setup    --plan FILE [--secrets -] [--json] [--yes]\n"
        "  oe-failover-cli failover --plan FILE [--secrets -] [--json] [--yes] [--primary-is-down]\n"
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

int writeReport(const QString &path, const Plan &plan, const QString &command,
                const CheckList &checks, CliPrinter &printer)
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

int runCheck(CommonOptions &o, CliPrinter &printer)
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
        printer.printResult(CliOutcome::HostKey,
                            Tr::tr("A host key is unknown or has changed. Nothing was changed."));
        return CliPrinter::exitCode(CliOutcome::HostKey);
    }
    if (hasErrors(checks)) {
        printer.printResult(CliOutcome::ChecksFailed,
                            Tr::tr("Some checks failed. Nothing was changed."));
        return CliPrinter::exitCode(CliOutcome::ChecksFailed);
    }
    printer.printResult(CliOutcome::Ok, hasWarnings(checks)
                                            ? Tr::tr("All checks passed, with warnings.")
                                            : Tr::tr("All checks passed."));
    return 0;
}

} // namespace

int runCli(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Set up a hot-standby OpenELIS server, fail over to it, and verify replication."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Tr::tr("check, setup, failover or verify"));
    const QCommandLineOption planOpt(QStringLiteral("plan"), Tr::tr("The plan file (JSON)."),
                                     Tr::tr("FILE"));
    const QCommandLineOption secretsOpt(QStringLiteral("secrets"),
                                        Tr::tr("Read passwords as JSON from standard input (\"-\")."),
                                        QStringLiteral("-"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("One JSON object per line."));
    const QCommandLineOption yesOpt(QStringLiteral("yes"), Tr::tr("Do not ask for confirmation."));
    const QCommandLineOption downOpt(QStringLiteral("primary-is-down"),
                                     Tr::tr("Confirm that the old primary is powered off or "
                                            "disconnected."));
    const QCommandLineOption roundTripOpt(QStringLiteral("round-trip"),
                                          Tr::tr("Also write a test record and time its arrival."));
    const QCommandLineOption knownHostsOpt(QStringLiteral("known-hosts"),
                                           Tr::tr("known_hosts file (default ~/.ssh/known_hosts)."),
                                           Tr::tr("FILE"));
    const QCommandLineOption acceptOpt(QStringLiteral("accept-host-key"),
                                       Tr::tr("Accept a new host key with this fingerprint."),
                                       QStringLiteral("HOST=SHA256:..."));
    const QCommandLineOption reportOpt(QStringLiteral("report"), Tr::tr("Write a report here."),
                                       Tr::tr("FILE"));
    parser.addOptions({planOpt, secretsOpt, jsonOpt, yesOpt, downOpt, roundTripOpt, knownHostsOpt,
                       acceptOpt, reportOpt});

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
    CommonOptions o;
    o.json = parser.isSet(jsonOpt);
    o.yes = parser.isSet(yesOpt);
    o.reportFile = parser.value(reportOpt);
    CliPrinter printer(o.json);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printer.printError(Tr::tr("Give exactly one command.") + QLatin1Char('\n') + usage());
        return CliPrinter::exitCode(CliOutcome::BadInput);
    }
    o.command = positional.first();
    static const QStringList commands{QStringLiteral("check"), QStringLiteral("setup"),
                                      QStringLiteral("failover"), QStringLiteral("verify")};
    if (!commands.contains(o.command)) {
        printer.printError(Tr::tr("Unknown command \"%1\".").arg(o.command) + QLatin1Char('\n')
                           + usage());
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
                            Tr::tr("The plan %1 is not valid: %2")
                                .arg(parser.value(planOpt), planError.message),
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
                                Tr::tr("The secrets on standard input are not valid: %1")
                                    .arg(secretsError.message),
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
                                ? Tr::tr("\"%1\" needs a plan with \"primary\" and \"secondary\".")
                                      .arg(o.command)
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
    } else {
        printer.printResult(CliOutcome::BadInput,
                            Tr::tr("\"%1\" is not available in this version yet.").arg(o.command));
        rc = CliPrinter::exitCode(CliOutcome::BadInput);
    }
    o.secrets.clear();
    return rc;
}

} // namespace oef
