#pragma once
// The set-up's last step (DESIGN.md section 4, step 6): the secondary streams through its
// slot, and a record written on the primary arrives on the secondary.
#include "backend/core/step.h"
#include "backend/setup/setupflow.h"

namespace oef {

// Fills st.verification (streaming, sync state, client address, slot active, round trip).
StepResult verifySetup(StepContext &c, SetupState &st);

} // namespace oef
