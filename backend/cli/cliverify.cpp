// oe-failover-cli verify (DESIGN.md sections 6 and 8): measures the pair on this thread, prints
// the measurements, the findings and the verdict, and exits 0 (OK), 1 (Warning) or
// 2 (Critical) so that cron or a monitoring system can call it.
#include "backend/cli/clicommon.h"
#include "backend/core/tr.h"
#include "backend/remote/serverpool.h"
#include "backend/report/verifyreport.h"
#include "backend/verify/verify.h"
#include "backend/verify/verifyverdict.h"

#include <QJsonArray>

namespace oef {

int runVerifyCommand(CliOptions &o, CliPrinter &printer)
{
    const Plan &plan = *o.plan;
    VerifyOptions options;
    if (o.roundTrip)
        options.parts |= VerifyPart::RoundTrip;
    VerifyMeasurement m;
    {
        ServerPool pool(plan, o.secrets, o.hostKeys);
        m = measure(pool, options, &cliInterrupted());
    } // the SSH sessions end here
    if (m.cancelled) {
        printer.printResult(CliOutcome::Cancelled, Tr::tr("Cancelled. Nothing was changed."));
        return CliPrinter::exitCode(CliOutcome::Cancelled);
    }
    const VerifyVerdict v = judge(m);

    if (!printer.isJson()) {
        for (const QString &line : measurementText(m))
            printer.printLog(QString(), LogStream::Info, line);
        printer.printLog(QString(), LogStream::Info, QString());
    }
    CheckList checks;
    for (const VerifyFinding &f : v.findings)
        checks << f.toCheck();
    printer.printChecks(checks);

    QJsonObject extra = v.toJson();
    extra[QStringLiteral("measurement")] = measurementToJson(m);
    QString reportShown;
    if (!o.reportFile.isEmpty()) {
        const QString html = RunReport::htmlPathFor(o.reportFile);
        QString error;
        if (writeVerifyReport(o.reportFile, html, plan, m, v, {}, &error)) {
            extra[QStringLiteral("report")] = o.reportFile;
            extra[QStringLiteral("reportHtml")] = html;
            reportShown = Tr::tr("%1 and %2").arg(o.reportFile, html);
        } else {
            printer.printError(Tr::tr("Could not save the report: %1").arg(error));
        }
    }
    if (!printer.isJson())
        printer.printLog(QString(), LogStream::Info, QString());
    printer.printResult(VerifyVerdict::severityName(v.severity), v.exitCode(),
                        Tr::tr("Verdict: %1 — %2").arg(VerifyVerdict::severityText(v.severity), v.headline),
                        v.advice.isEmpty() ? QString() : Tr::tr("What to do: %1").arg(v.advice), extra);
    if (!reportShown.isEmpty() && !printer.isJson())
        printer.printLog(QString(), LogStream::Info, Tr::tr("Report: %1").arg(reportShown));
    return v.exitCode();
}

} // namespace oef
