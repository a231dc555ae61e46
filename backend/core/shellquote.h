#pragma once
#include <QString>
#include <QStringList>

namespace oef {

// Quote one word for a POSIX shell (single quotes; embedded ' becomes '\'').
QString shellQuote(const QString &word);

// The one function that turns argv into the shell string sent to a server.
QString shellCommandLine(const QStringList &argv);

} // namespace oef
