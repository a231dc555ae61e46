#pragma once
// Pieces shared by the oe-failover-cli commands (one file per command: cli.cpp for check,
// clisetup.cpp, clifailover.cpp, cliverify.cpp; clirun.h for what setup and failover share).
#include "backend/cli/cliprinter.h"
#include "backend/core/plan.h"
#include "backend/core/runner.h"
#include "backend/core/secrets.h"
#include "backend/remote/hostkeys.h"
#include "backend/report/runreport.h"
#include <QJsonObject>
#include <atomic>
#include <optional>

namespace oef {

class ServerPool;

struct CliOptions
{
    QString command;
    std::optional<Plan> plan;
    Secrets secrets;
    HostKeyPolicy hostKeys;
    bool json = false;
    bool yes = false;
    bool primaryIsDown = false;      // failover: the operator confirms the old primary is off
    bool switchover = false;         // failover: planned, both servers healthy
    bool forceBaseBackup = false;    // failover: re-attach with a full copy, not pg_rewind
    bool restartOldPrimary = false;  // failover: restart OpenELIS on the old primary instead
    bool attachNewSecondary = false; // failover: attach the plan's newSecondary afterwards
    bool roundTrip = false;          // verify
    QString reportFile;
};

// Set by SIGINT/SIGTERM.
std::atomic_bool &cliInterrupted();

enum class Answer { Yes, No, NoTerminal };
// Asks on the controlling terminal, not on stdin (stdin may have carried the secrets) and not
// on stdout (it may be JSON or a file). Ctrl-C while waiting counts as "no".
Answer askOnTerminal(const QString &text);

// Shows what will happen and asks whether to go on (askOnTerminal). With --yes it does not ask
// and answers Yes; in text mode the lines are printed then.
Answer confirmChanges(const QStringList &lines, const CliOptions &o, CliPrinter &printer);

// What the pre-checks mean for the command: Cancelled (Ctrl-C while they ran), HostKey (a host
// key is unknown or has changed), ChecksFailed (an error), else Ok.
CliOutcome checksOutcome(const CheckList &checks);
// The result's sentence for each of those stops ("Some checks failed. Nothing was changed.").
QString checksStopText(CliOutcome outcome);

struct SavedReport
{
    QString shown;    // what "Report: …" names
    QJsonObject json; // for the result object: "report" (and "reportHtml")
};

// report.json + report.html: next to --report FILE, else in a new folder of their own.
std::optional<SavedReport> saveRunReport(const RunReport &report, const CliOptions &o, CliPrinter &printer);

// Runs a flow on a worker thread with a pool of its own, printing as it goes; Ctrl-C cancels.
// Returns the FlowOutcome; *failMessage / *failDetails from the failed signal. sessionsFrom: a
// pool (the pre-checks') whose logged-in sessions the flow takes over instead of logging in again.
int runFlowOnWorker(Flow flow, const Plan &plan, CliOptions &o, Redactor &redactor, CliPrinter &printer,
                    RunReport &report, QString *failMessage, QString *failDetails, ServerPool *sessionsFrom = nullptr);

// The commands implemented outside cli.cpp.
int runSetupCommand(CliOptions &o, CliPrinter &printer);
int runFailoverCommand(CliOptions &o, CliPrinter &printer);
int runVerifyCommand(CliOptions &o, CliPrinter &printer);

} // namespace oef
