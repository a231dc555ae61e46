#pragma once
// The set-up's steps for two of a failover plan's servers, run inside one step of the
// failover flow (attaching a standby to the new primary, preparing it for a future one).
#include "backend/core/step.h"
#include "backend/setup/setupflow.h"

#include <memory>

namespace oef::failover {

// Runs a set-up flow (roles primary/secondary) for primaryRole and secondaryRole of the outer
// plan; its undo steps run if it fails. Progress and log lines go to the outer step.
StepResult runSetupFor(StepContext &outer, const QString &primaryRole, const QString &secondaryRole,
                       std::shared_ptr<SetupState> state, SetupOptions options);

} // namespace oef::failover
