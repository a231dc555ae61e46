#pragma once
// A command to run on a server, described as argv. It becomes a shell string only through
// shellCommandLine() (shellquote.h). Secrets may travel in stdinData, never in argv.
#include "backend/core/shellquote.h"
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <chrono>

namespace oef {

// A shell program kept in a .sh file of the sources and embedded by the build
// (cmake/OefScripts.cmake): its file name, shown in logs, and its text.
struct ScriptFile
{
    const char *name;
    const char *text;
};

struct RemoteCommand
{
    QString program;
    QStringList args;
    QByteArray stdinData; // written, then EOF is sent
    std::chrono::milliseconds timeout{std::chrono::minutes(2)};
    bool asRoot = false; // through sudo unless the login is root
    QString description; // for logs and reports (no secrets); default: argv

    QStringList argv() const { return QStringList{program} + args; }
    // What logs and reports show: the description, else the quoted argv.
    QString shown() const;
};

struct CommandResult
{
    enum class Outcome {
        Exited,    // exitCode is valid
        Signalled, // killed by exitSignal
        TimedOut,
        Cancelled,
        CouldNotStart, // channel could not be opened / command not executed
        ConnectionLost,
    };
    Outcome outcome = Outcome::CouldNotStart;
    int exitCode = -1;
    QString exitSignal;
    QByteArray stdOut;
    QByteArray stdErr;
    QString errorText; // human readable when outcome != Exited

    bool ok() const { return outcome == Outcome::Exited && exitCode == 0; }
};

inline QString RemoteCommand::shown() const
{
    return description.isEmpty() ? shellCommandLine(argv()) : description;
}

} // namespace oef
