#include "clicommon.h"
namespace oef {
int runVerifyCommand(CliOptions &o, CliPrinter &printer)
{
    Q_UNUSED(o);
    printer.printResult(CliOutcome::BadInput, QStringLiteral("verify not in this build"));
    return 2;
}
}
