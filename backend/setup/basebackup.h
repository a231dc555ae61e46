#pragma once
// The set-up's full copy of the primary's database onto the secondary (DESIGN.md section 4,
// step 4): pg_basebackup into a side directory (started early, detached, when it is certain),
// pg_verifybackup, then the swap of the secondary's data directory, and its undo.
#include "backend/core/step.h"
#include "backend/setup/setupflow.h"

namespace oef {

// The copy's names and how far it got, shared by the steps that start it, wait for it and
// undo it.
struct BaseBackupState
{
    QString ts;
    QString sideHost;      // host path of the side directory
    QString sideContainer; // the same, inside the container
    QString pgpassHost;    // temporary pgpass (host path)
    QString container;     // the throwaway pg_basebackup container
    QString owner;         // of the secondary's database files (uid:gid)
    QString image;         // the secondary's database image
    bool launched = false; // the copy runs in a detached container, started before the copy step
    bool swapped = false;
    bool done = false;
    bool cleaned = false;
};

// Before the copy step: when a full copy of the database is certain (the secondary is not a
// standby of the primary and not a former member that pg_rewind could bring back), start it
// now in a detached container on the secondary; step "copy the database" waits for it. It
// only writes a side directory, so the secondary is unchanged until the swap.
StepResult startBaseBackupEarly(StepContext &c, SetupState &st, BaseBackupState &bb, bool tryRewind);

// Step 4: base backup into a side directory, then the swap.
StepResult baseBackupAndSwap(StepContext &c, SetupState &st, BaseBackupState &bb);

// Undo for step 4: remove the side copy; after the swap, put the old data directory back.
void baseBackupCleanup(StepContext &c, SetupState &st, BaseBackupState &bb);

} // namespace oef
