#pragma once
// The set-up's re-join of a former member of the cluster through pg_rewind (DESIGN.md
// section 4, step 4b), before the full copy of the database that takes over when it cannot
// be used.
#include "backend/core/step.h"
#include "backend/setup/setupflow.h"

namespace oef {

// A former primary re-joining: pg_rewind against the primary, keeping a copy of the data
// directory first. When it cannot be used, the database is left stopped-safe (it can only
// start read-only) and the full copy of the next step takes over (st.rewindNote says why).
StepResult rewindSecondary(StepContext &c, SetupState &st);

} // namespace oef
