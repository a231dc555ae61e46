#pragma once
// Connection-level pre-checks for every server of a plan: SSH reach, host key, login, sudo,
// docker, the OpenELIS containers, the database through SSH. They change nothing
// (except recording a host key the operator accepted explicitly).
#include "backend/checks/containerlines.h"
#include "backend/core/check.h"
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/remote/hostkeys.h"
#include "backend/remote/remotecommand.h"
#include <atomic>
#include <functional>

namespace oef {

class ServerPool;

// A caller's root command run alongside the sudo/docker probe, inside the same remote command
// (one round trip, its own stdin and output): `sh -c SCRIPT sh ARGS...` only.
struct AlongsideCommand
{
    RemoteCommand command;
    CommandResult result;              // its own stdout, stderr and exit status
    qint64 startedMs = 0, endedMs = 0; // epoch milliseconds around the remote command
    bool ran = false;
};

// Runs the checks for one role using (and filling) the pool's session for it.
// databaseMayBeDown: a stopped database is only a warning (a secondary about to be replaced).
CheckList runConnectionChecks(ServerPool &pool, const QString &role, const CheckCallback &onCheck,
                              const std::atomic_bool *cancel = nullptr, bool databaseMayBeDown = false,
                              AlongsideCommand *alongside = nullptr);
// For every role of the plan, in order.
CheckList runConnectionChecks(ServerPool &pool, const CheckCallback &onCheck, const std::atomic_bool *cancel = nullptr);

bool hasHostKeyProblem(const CheckList &checks);

} // namespace oef
