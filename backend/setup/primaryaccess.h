#pragma once
// The set-up's steps on the primary (DESIGN.md section 4, steps 1 and 2): the replication
// role and its password file, the secondary's pg_hba.conf entry, the replication settings
// (with the restart of the primary's database they may need) and the replication slot.
#include "backend/core/step.h"
#include "backend/setup/setupflow.h"

namespace oef {

// Step 1: the slot's name for this secondary, the replication role with its password file,
// and exactly one pg_hba.conf replication entry for the secondary.
StepResult ensurePrimaryAccess(StepContext &c, SetupState &st);

// Step 2: the replication settings (never lowered; a restart only when needed) and the
// physical replication slot for this secondary. mayDefer: the flow goes on to the secondary,
// so a restart that a copy of the database does not need can wait for it.
StepResult ensureSettingsAndSlot(StepContext &c, SetupState &st, bool mayDefer);

} // namespace oef
