#pragma once
// Execute failover and planned switchover (DESIGN.md section 5). The plan's roles are
// oldPrimary, newPrimary (the current standby) and optionally newSecondary.
#include "backend/core/check.h"
#include "backend/core/step.h"
#include "backend/failover/failoverprobe.h"
#include "backend/setup/setupflow.h"
#include <QJsonObject>
#include <memory>

namespace oef {

class ServerPool;

struct FailoverOptions
{
    bool switchover = false;         // planned: both healthy, zero data loss
    bool confirmedDown = false;      // the operator says the old primary is off/disconnected
    bool attachNewSecondary = false; // plan.newSecondary present
    bool forceFullCopy = false;      // re-attach the old primary without trying pg_rewind
};

struct FailoverState
{
    QString fencing;      // "tool" or "confirmed-down"
    bool resumed = false; // an earlier run had promoted the target: this one finished its work
    qint64 oldFinalLsnGapBytes = -1;
    qint64 promoteMs = -1;  // pg_promote until it returned
    qint64 writableMs = -1; // start of promotion until a write succeeded
    qint64 healthMs = -1;   // start of promotion until the web health URL answered
    bool healthy = false;
    QString healthPath;
    bool certificateCovers = false;
    QString newAddress; // what users must now use
    SetupState attach;  // the new secondary's set-up, when attached
    bool attached = false;
    QJsonObject toJson() const;
};

// The steps. Refuses to build a flow that could promote while the old primary may accept
// writes: returns an empty flow and *refusal when neither fencing path is available.
Flow buildFailoverFlow(const FailoverProbe &probe, const FailoverOptions &options, std::shared_ptr<FailoverState> state,
                       QString *refusal);

} // namespace oef
