#pragma once
// The primary's database restart that some replication settings need (primaryaccess.cpp
// decides, SetupState::restartDeferred says when it waits for the copy of the database):
// now, or on a helper thread while the secondary checks the copy (basebackup.cpp).
#include "backend/core/step.h"
#include "backend/remote/remotecommand.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/setupflow.h"

namespace oef {

// Restarts the primary's database now and waits for it, to apply `settings`.
StepResult restartPrimary(StepContext &c, SetupState &st, const QString &settings);

// The restart ensureSettings() left for later, now (paths without a copy to wait for, or
// when it could not run alongside the copy's check).
StepResult restartDeferredNow(StepContext &c, SetupState &st);

// A deferred restart of the primary on a helper thread (with the primary's own session),
// from the moment the copy of its database is taken, while pg_verifybackup reads it back.
class PrimaryRestartAlongside
{
public:
    PrimaryRestartAlongside(StepContext &c, SetupState &st);
    // Starts it when one is due and it has not started yet.
    void start();
    bool started() const { return m_thread.started(); }
    // Its outcome, once (the thread joined); when it never started, the restart still due
    // runs now.
    StepResult outcome();
    // On the way out with an error: the restart finished and said in the log.
    void settle();

private:
    StepContext &m_c;
    SetupState &m_st;
    RemoteCommand m_command;
    RunOnThread m_thread;
};

} // namespace oef
