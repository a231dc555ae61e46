#pragma once
// The set-up's steps on OpenELIS's containers: the secondary's application containers
// stopped (the database keeps running), its database restarting on its own again, and
// OpenELIS running on the primary at the end.
#include "backend/core/step.h"
#include "backend/setup/setupflow.h"

namespace oef {

// Step 3 (after the copy's early start): the secondary's application containers stopped,
// restart policy "no".
StepResult stopSecondaryApps(StepContext &c, SetupState &st);

// The secondary's database container with restart policy "always" again (a fenced former
// primary had "no").
StepResult restoreSecondaryDbPolicy(StepContext &c, SetupState &st);

// OpenELIS running on the primary (after a restart of its database still waiting).
StepResult ensurePrimaryRunning(StepContext &c, SetupState &st);

} // namespace oef
