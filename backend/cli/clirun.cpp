#include "backend/cli/clirun.h"
#include "backend/core/tr.h"

namespace oef {

CliRun::CliRun(CliOptions &options, CliPrinter &out, RunReport::Kind kind) : o(options), printer(out)
{
    redactor.addSecrets(o.secrets);
    report.setKind(kind);
    report.setPlan(*o.plan);
    report.setRedactor(&redactor);
}

int CliRun::runFlow(Flow flow, QString *failMessage, QString *failDetails, ServerPool *sessionsFrom)
{
    return runFlowOnWorker(std::move(flow), *o.plan, o, redactor, printer, report, failMessage, failDetails,
                           sessionsFrom);
}

int CliRun::finish(CliOutcome outcome, const QString &message, const QString &details, QJsonObject extra)
{
    const std::optional<SavedReport> saved = saveRunReport(report, o, printer);
    if (saved)
        for (auto it = saved->json.begin(); it != saved->json.end(); ++it)
            extra.insert(it.key(), it.value());
    printer.printResult(outcome, message, details, extra);
    if (saved && !printer.isJson())
        printer.printLog(QString(), LogStream::Info, Tr::tr("Report: %1").arg(saved->shown));
    return CliPrinter::exitCode(outcome);
}

int CliRun::stop(CliOutcome outcome, const QString &message, const QJsonObject &extra)
{
    report.finishWithoutRunning(message, outcome == CliOutcome::Cancelled);
    return finish(outcome, message, {}, extra);
}

} // namespace oef
