#pragma once
// Failover and switchover in plain words, shared by oe-failover-cli and the failover wizard:
// what will happen, when to offer upstream's first remedy, and how it ended.
#include "backend/core/check.h"
#include "backend/core/plan.h"
#include "backend/failover/failoverflow.h"

#include <QStringList>

namespace oef {

// A pre-check found an unknown or changed host key: nothing may go further.
bool hasHostKeyError(const CheckList &checks);

// Whether to offer "restart OpenELIS on the old primary and check again" instead of failing
// over: the old primary answers, the tool can log in there, the target is a standby, and this
// is not a planned switchover.
bool offersOldPrimaryRestart(const FailoverProbe &probe, bool switchover);

// What will happen, one sentence a line: the kind of run and how the old primary is taken out,
// the possible data loss (not for a switchover), the new standby when one is attached.
QStringList failoverIntentLines(const Plan &plan, const FailoverProbe &probe, const FailoverOptions &options);

// The message of a successful run: who is primary, the address users must now use, the
// certificate warning, and after a confirmed-down failover how to bring the old primary back.
QString failoverSuccessText(const Plan &plan, const FailoverState &state, bool switchover);

} // namespace oef
