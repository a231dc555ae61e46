#pragma once
// The guard (backend/setup/guard.sh): installed next to OpenELIS on both servers of a replicated
// pair, it keeps a primary that was replaced by a failover while it was unreachable from
// coming back writable. Before the Docker engine starts it makes a primary's database start
// read-only; after, it releases it only once a standby streams from it again.
#include "backend/core/step.h"
#include <optional>

namespace oef {

// <installDir>/oe-failover: the guard, its guard.conf and its state/ (never copied between
// servers: each server's guard is written by the tool).
QString guardDirectory(const Plan &plan);

// The script itself (what is installed).
QByteArray guardScript();

// Installs or refreshes the guard on a server, armed or not. A hold left from before is
// cleared when clearHold is set (the server's role was just decided by the tool). Registers the
// boot hooks with systemd when the server runs it, else says how to start them.
// Returns an error result when it could not be written.
StepResult installGuard(StepContext &c, const QString &role, bool armed, bool clearHold);

// Disarms the guard on a server when it is installed (a primary left without a standby).
StepResult disarmGuard(StepContext &c, const QString &role);

} // namespace oef
