#pragma once
// Set-up: OE Failover's own database role (kToolRole, backend/remote/dbpool.h) on the primary,
// for the tool's libpq logins through SSH (verification, the live screen, the failover's
// probe): LOGIN, member of pg_monitor, owner of the check database oe_failover and of its
// table. Its password is generated here once and kept root-only in the install directory's
// secrets/ (copied to the standby with the install directory; the role itself replicates);
// the server only ever receives its SCRAM verifier. Idempotent: when the tool can already log
// in with the kept password, nothing changes.
#include "backend/core/step.h"

namespace oef {

StepResult ensureToolRole(StepContext &c, const QString &role);

} // namespace oef
