// oe-failover-cli: reads and checks the command line, the plan, the secrets and the host keys,
// then runs the command (check here; setup, failover and verify in files of their own).
#include "backend/cli/cli.h"
#include "backend/checks/connectionchecks.h"
#include "backend/cli/clicommon.h"
#include "backend/cli/cliprinter.h"
#include "backend/core/plan.h"
#include "backend/core/privatefile.h"
#include "backend/core/runner.h"
#include "backend/core/secrets.h"
#include "backend/core/tr.h"
#include "backend/remote/serverpool.h"
#include "backend/report/runreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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
    QString error;
    if (!makePrivateDirs(QFileInfo(path).absolutePath(), &error)
        || !writePrivateFile(path, QJsonDocument(report).toJson(), &error)) {
        printer.printError(Tr::tr("Could not write the report %1: %2").arg(path, error));
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
    if (const CliOutcome stop = checksOutcome(checks); stop != CliOutcome::Ok) {
        printer.printResult(stop, checksStopText(stop));
        return CliPrinter::exitCode(stop);
    }
    printer.printResult(CliOutcome::Ok, hasWarnings(checks) ? Tr::tr("All checks passed, with warnings.")
                                                            : Tr::tr("All checks passed."));
    return 0;
}

// The options, in the order --help lists them.
QList<QCommandLineOption> commandLineOptions()
{
    return {
        QCommandLineOption(QStringLiteral("plan"), Tr::tr("The plan file (JSON)."), Tr::tr("FILE")),
        QCommandLineOption(QStringLiteral("secrets"), Tr::tr("Read passwords as JSON from standard input (\"-\")."),
                           QStringLiteral("-")),
        QCommandLineOption(QStringLiteral("json"), Tr::tr("One JSON object per line.")),
        QCommandLineOption(QStringLiteral("yes"), Tr::tr("Do not ask for confirmation.")),
        QCommandLineOption(QStringLiteral("primary-is-down"), Tr::tr("Confirm that the old primary is powered off or "
                                                                     "disconnected.")),
        QCommandLineOption(QStringLiteral("round-trip"), Tr::tr("Also write a test record and time its arrival.")),
        QCommandLineOption(QStringLiteral("known-hosts"), Tr::tr("known_hosts file (default ~/.ssh/known_hosts)."),
                           Tr::tr("FILE")),
        QCommandLineOption(QStringLiteral("accept-host-key"), Tr::tr("Accept a new host key with this fingerprint."),
                           QStringLiteral("HOST=SHA256:...")),
        QCommandLineOption(QStringLiteral("report"), Tr::tr("Write a report here."), Tr::tr("FILE")),
        QCommandLineOption(QStringLiteral("switchover"), Tr::tr("Planned switchover: both servers are healthy, "
                                                                "no data may be lost.")),
        QCommandLineOption(QStringLiteral("full-copy"), Tr::tr("When the old primary re-joins as the new "
                                                               "secondary, copy the whole database instead of "
                                                               "trying pg_rewind first.")),
        QCommandLineOption(QStringLiteral("restart-old-primary"),
                           Tr::tr("Instead of failing over, restart OpenELIS on the old "
                                  "primary and check it again.")),
        QCommandLineOption(QStringLiteral("new-secondary"), Tr::tr("After the failover, attach the plan's "
                                                                   "\"newSecondary\" as the new standby.")),
    };
}

// The switches: --json, --yes, --report and the failover and verify options.
void readFlags(const QCommandLineParser &parser, CliOptions &o)
{
    o.json = parser.isSet(QStringLiteral("json"));
    o.yes = parser.isSet(QStringLiteral("yes"));
    o.reportFile = parser.value(QStringLiteral("report"));
    o.primaryIsDown = parser.isSet(QStringLiteral("primary-is-down"));
    o.switchover = parser.isSet(QStringLiteral("switchover"));
    o.forceBaseBackup = parser.isSet(QStringLiteral("full-copy"));
    o.roundTrip = parser.isSet(QStringLiteral("round-trip"));
    o.restartOldPrimary = parser.isSet(QStringLiteral("restart-old-primary"));
    o.attachNewSecondary = parser.isSet(QStringLiteral("new-secondary"));
}

// Each read* below prints what is wrong and returns false when the input is bad.

// Value options given once; no two options that contradict each other; an option only with
// the commands that use it (one silently winning, or being ignored, would surprise).
bool readOptionUse(const QCommandLineParser &parser, const QString &command, CliPrinter &printer)
{
    for (const char *name : {"plan", "secrets", "known-hosts", "report"}) {
        if (parser.values(QLatin1String(name)).size() > 1) {
            printer.printResult(CliOutcome::BadInput, Tr::tr("--%1 is given more than once.").arg(QLatin1String(name)));
            return false;
        }
    }
    static const char *const conflicts[][2] = {{"switchover", "primary-is-down"},
                                               {"switchover", "restart-old-primary"},
                                               {"switchover", "new-secondary"},
                                               {"restart-old-primary", "primary-is-down"},
                                               {"restart-old-primary", "new-secondary"}};
    for (const auto &pair : conflicts) {
        if (parser.isSet(QLatin1String(pair[0])) && parser.isSet(QLatin1String(pair[1]))) {
            printer.printResult(CliOutcome::BadInput, Tr::tr("--%1 and --%2 cannot be used together.")
                                                          .arg(QLatin1String(pair[0]), QLatin1String(pair[1])));
            return false;
        }
    }
    static const char *const onlyFor[][2] = {{"switchover", "failover"},      {"primary-is-down", "failover"},
                                             {"restart-old-primary", "failover"}, {"new-secondary", "failover"},
                                             {"full-copy", "setup failover"}, {"round-trip", "verify"}};
    for (const auto &rule : onlyFor) {
        const QStringList commands = QString::fromLatin1(rule[1]).split(QLatin1Char(' '));
        if (parser.isSet(QLatin1String(rule[0])) && !commands.contains(command)) {
            printer.printResult(CliOutcome::BadInput, Tr::tr("--%1 only applies to %2.")
                                                          .arg(QLatin1String(rule[0]), commands.join(QLatin1String(", "))));
            return false;
        }
    }
    return true;
}

// Exactly one command, a known one.
bool readCommand(const QCommandLineParser &parser, CliOptions &o, CliPrinter &printer)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printer.printError(Tr::tr("Give exactly one command.") + QLatin1Char('\n') + usage());
        return false;
    }
    o.command = positional.first();
    static const QStringList commands{QStringLiteral("check"), QStringLiteral("setup"), QStringLiteral("failover"),
                                      QStringLiteral("verify")};
    if (!commands.contains(o.command)) {
        printer.printError(Tr::tr("Unknown command \"%1\".").arg(o.command) + QLatin1Char('\n') + usage());
        return false;
    }
    if (o.command == QLatin1String("verify"))
        printer.setBadInputExitCode(3);
    return readOptionUse(parser, o.command, printer);
}

// --plan FILE: required, read and validated.
bool readPlan(const QCommandLineParser &parser, CliOptions &o, CliPrinter &printer)
{
    const QString plan = QStringLiteral("plan");
    if (!parser.isSet(plan)) {
        printer.printResult(CliOutcome::BadInput, Tr::tr("--plan FILE is required."));
        return false;
    }
    PlanError planError;
    o.plan = loadPlanFile(parser.value(plan), &planError);
    if (!o.plan) {
        printer.printResult(CliOutcome::BadInput,
                            Tr::tr("The plan %1 is not valid: %2").arg(parser.value(plan), planError.message),
                            planError.field);
        return false;
    }
    return true;
}

// --secrets -: the passwords as JSON on standard input (the input is zeroed once parsed).
bool readSecrets(const QCommandLineParser &parser, CliOptions &o, CliPrinter &printer)
{
    const QString secretsOpt = QStringLiteral("secrets");
    if (!parser.isSet(secretsOpt))
        return true;
    if (parser.value(secretsOpt) != QLatin1String("-")) {
        printer.printResult(CliOutcome::BadInput, Tr::tr("--secrets only reads standard input: use \"--secrets -\"."));
        return false;
    }
    if (isatty(STDIN_FILENO)) {
        printer.printResult(CliOutcome::BadInput,
                            Tr::tr("--secrets - reads the passwords as JSON from standard input, which is a "
                                   "terminal here. Give them through a pipe or a file: --secrets - < secrets.json"));
        return false;
    }
    QByteArray input = readAllStdin();
    SecretsError secretsError;
    std::optional<Secrets> secrets = parseSecrets(input, &secretsError);
    input.fill('\0');
    if (!secrets) {
        printer.printResult(CliOutcome::BadInput,
                            Tr::tr("The secrets on standard input are not valid: %1").arg(secretsError.message),
                            secretsError.field);
        return false;
    }
    o.secrets = std::move(*secrets);
    return true;
}

// --known-hosts FILE and every --accept-host-key HOST=SHA256:...
bool readHostKeys(const QCommandLineParser &parser, CliOptions &o, CliPrinter &printer)
{
    o.hostKeys.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    for (const QString &spec : parser.values(QStringLiteral("accept-host-key"))) {
        QString error;
        if (!o.hostKeys.addAcceptance(spec, &error)) {
            printer.printResult(CliOutcome::BadInput, error);
            return false;
        }
    }
    return true;
}

// failover needs a failover plan, the others a setup plan.
bool checkPlanKind(const CliOptions &o, CliPrinter &printer)
{
    const bool wantsSetupPlan = o.command != QLatin1String("failover");
    if (wantsSetupPlan == (o.plan->kind == Plan::Kind::Setup))
        return true;
    printer.printResult(CliOutcome::BadInput,
                        wantsSetupPlan
                            ? Tr::tr("\"%1\" needs a plan with \"primary\" and \"secondary\".").arg(o.command)
                            : Tr::tr("\"failover\" needs a plan with \"oldPrimary\" and "
                                     "\"newPrimary\"."));
    return false;
}

// Runs the command; Ctrl-C and SIGTERM cancel it.
int runCommand(CliOptions &o, CliPrinter &printer)
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    if (o.command == QLatin1String("check"))
        return runCheck(o, printer);
    if (o.command == QLatin1String("setup"))
        return runSetupCommand(o, printer);
    if (o.command == QLatin1String("failover"))
        return runFailoverCommand(o, printer);
    return runVerifyCommand(o, printer);
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
    parser.addOptions(commandLineOptions());

    CliPrinter bootstrap(arguments.contains(QStringLiteral("--json")));
    if (!parser.parse(arguments)) {
        bootstrap.printError(parser.errorText() + QLatin1Char('\n') + usage());
        return arguments.contains(QStringLiteral("verify")) ? 3 : CliPrinter::exitCode(CliOutcome::BadInput);
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        QTextStream(stdout) << parser.helpText() << '\n' << usage() << '\n';
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QStringLiteral("oe-failover-cli %1\n").arg(QStringLiteral(OEF_VERSION));
        return 0;
    }
    CliOptions o;
    readFlags(parser, o);
    CliPrinter printer(o.json);
    if (!readCommand(parser, o, printer) || !readPlan(parser, o, printer) || !readSecrets(parser, o, printer)
        || !readHostKeys(parser, o, printer) || !checkPlanKind(o, printer))
        return printer.exitCodeOf(CliOutcome::BadInput);
    const int rc = runCommand(o, printer);
    o.secrets.clear();
    return rc;
}

} // namespace oef
