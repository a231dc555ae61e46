#pragma once
// One run of a command that changes the servers (setup, failover): its report, redacted with
// the run's secrets, its flow on a worker thread, and how it ends (DESIGN.md section 8): the
// report is saved, the result printed, the exit code returned.
#include "backend/cli/clicommon.h"

#include <QJsonObject>
#include <QString>

namespace oef {

class ServerPool;

struct CliRun
{
    // The report of the given kind, for o's plan, redacted with o's secrets.
    CliRun(CliOptions &options, CliPrinter &out, RunReport::Kind kind);
    CliRun(const CliRun &) = delete;
    CliRun &operator=(const CliRun &) = delete;

    // runFlowOnWorker() with this run's plan, options, redactor, printer and report.
    int runFlow(Flow flow, QString *failMessage, QString *failDetails, ServerPool *sessionsFrom = nullptr);
    // Saves the report, prints the result (`extra` plus where the report is), then where the
    // report is. Returns the exit code.
    int finish(CliOutcome outcome, const QString &message, const QString &details = {}, QJsonObject extra = {});
    // The same when the flow never ran: first the report says why (and, for
    // CliOutcome::Cancelled, that the operator cancelled).
    int stop(CliOutcome outcome, const QString &message, const QJsonObject &extra = {});

    CliOptions &o;
    CliPrinter &printer;
    Redactor redactor;
    RunReport report;
};

} // namespace oef
