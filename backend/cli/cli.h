#pragma once
// oe-failover-cli: the headless twin of the desktop application (DESIGN.md section 8).
#include <QStringList>

namespace oef {

// Runs the command line (arguments include the program name). Returns the exit code.
int runCli(const QStringList &arguments);

} // namespace oef
