#pragma once
// The failover's and switchover's steps (DESIGN.md section 5), each a function the flow's
// recipe (failoverflow.cpp) calls. Internal to backend/failover.
#include "backend/core/step.h"
#include "backend/failover/failoverflow.h"

#include <QElapsedTimer>

namespace oef::failover {

// Restart policies "no", the position the old primary reached, OpenELIS and the database
// stopped, standby.signal planted: it can never again start as a writable primary.
StepResult fenceOldPrimary(StepContext &c, FailoverState &st, QString *finalLsn);
// Until the standby replayed everything up to finalLsn (60 s at most). mustBeZero: a loss-free
// switchover, any gap is an error.
StepResult waitForCatchUp(StepContext &c, FailoverState &st, const QString &finalLsn, bool mustBeZero);
// pg_promote, then a first write (the times are kept in st).
StepResult promote(StepContext &c, FailoverState &st, QElapsedTimer &sincePromotion);
// primary_conninfo and primary_slot_name gone; the guard disarmed (no standby follows it yet).
StepResult clearStandbySettings(StepContext &c);
// Restart policies "always" and OpenELIS started on the new primary.
StepResult startOpenElis(StepContext &c);
// OpenELIS's health address answers on the new primary (180 s at most); the certificate names it.
StepResult checkHealth(StepContext &c, FailoverState &st, const QElapsedTimer &sincePromotion);
// Roll forward, old side: its containers' restart policies "no", OpenELIS stopped, and its
// database stopped and marked read-only unless it runs as a standby already. Idempotent.
StepResult ensureOldFenced(StepContext &c);
// Roll forward, new side: when the target was promoted, its standby settings cleared and
// OpenELIS started (both idempotent); when it was not, says so (no server accepts writes).
StepResult keepNewServing(StepContext &c);
// A switchover's first step: OpenELIS stopped on the old primary, restart policies "no".
StepResult stopOldApps(StepContext &c);
// The operator's word that the old primary is powered off or disconnected (--primary-is-down).
StepResult confirmedOff(StepContext &c, FailoverState &st);
// The set-up's steps for the new primary and `role` (the old primary, or the new secondary).
StepResult attach(StepContext &c, FailoverState &st, const QString &role, const SetupOptions &options);
// Undo of a switchover's first steps: the old primary back in service, roles unchanged.
void bringOldPrimaryBack(StepContext &c);

} // namespace oef::failover
