#include "backend/failover/failoverflow.h"
#include "backend/core/tr.h"
#include "backend/failover/failovercommon.h"
#include "backend/failover/failoversteps.h"
#include "backend/failover/nestedsetup.h"

#include <QJsonArray>

namespace oef {

using namespace failover;

QJsonObject FailoverState::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("fencing")] = fencing;
    o[QStringLiteral("resumed")] = resumed;
    o[QStringLiteral("oldFinalLsnGapBytes")] = oldFinalLsnGapBytes;
    o[QStringLiteral("promoteMs")] = promoteMs;
    o[QStringLiteral("writableMs")] = writableMs;
    o[QStringLiteral("healthMs")] = healthMs;
    o[QStringLiteral("healthy")] = healthy;
    o[QStringLiteral("healthPath")] = healthPath;
    o[QStringLiteral("certificateCovers")] = certificateCovers;
    o[QStringLiteral("newAddress")] = newAddress;
    if (attached)
        o[QStringLiteral("attach")] = attach.toJson();
    return o;
}

namespace {

// Why no flow may be built for this probe and these options (empty: it may): never a flow that
// could promote while the old primary may accept writes.
QString refusalFor(const FailoverProbe &probe, const FailoverOptions &options)
{
    if (!probe.targetReachable)
        return Tr::tr("The target (new primary) cannot be reached or used: see the checks above.");
    if (probe.promotedEarlier()) {
        if (!probe.oldLoginWorks && !options.confirmedDown)
            return Tr::tr("The target was already promoted by an earlier run, and the old primary cannot be reached to "
                          "make sure it stays fenced. Confirm that it is powered off or disconnected "
                          "(--primary-is-down) to finish.");
        return {};
    }
    if (!probe.targetInRecovery)
        return Tr::tr("The target is not a standby: nothing was changed.");
    if (options.switchover) {
        if (probe.oldLoginWorks && !probe.oldDbRunning)
            return Tr::tr("The old primary's database is not running (an earlier switchover may have stopped it before "
                          "the promotion), so a planned switchover cannot go on. Run the failover without "
                          "--switchover: it keeps the old primary fenced, and its checks show what the standby has.");
        if (!probe.oldLoginWorks || !probe.oldDbRunning || probe.oldDbInRecovery || !probe.receiverStreaming)
            return Tr::tr("A planned switchover needs both servers healthy: the old primary running and "
                          "reachable, the standby streaming from it.");
        return {};
    }
    if (probe.oldLoginWorks)
        return {};
    // Direct probes decide: a WAL receiver can look "streaming" for up to wal_receiver_timeout
    // after its primary vanished.
    if (probe.oldDbAnswersHere || probe.oldDbAnswersFromTarget)
        return Tr::tr("The old primary's database still answers, and this tool cannot log in to stop it. "
                      "Promoting now could leave two primaries. Power the old primary off or disconnect "
                      "it, then run the failover again.");
    if (!options.confirmedDown)
        return Tr::tr("The old primary cannot be reached, so it cannot be fenced by this tool. Confirm "
                      "that it is powered off or disconnected (--primary-is-down) to continue.");
    return {};
}

// The steps that take the old primary out: a switchover's loss-free stop, the tool's fencing,
// or the operator's word that it is off.
void addTakingOut(Flow &flow, const FailoverProbe &probe, const FailoverOptions &options,
                  const std::shared_ptr<FailoverState> &state, const std::shared_ptr<QString> &finalLsn)
{
    if (options.switchover) {
        flow.add(Tr::tr("Old primary: stop OpenELIS"), 1, stopOldApps, bringOldPrimaryBack);
        flow.add(
            Tr::tr("Old primary: stop the database; the standby receives everything"), 2,
            [state, finalLsn](StepContext &c) {
                if (auto r = fenceOldPrimary(c, *state, finalLsn.get()); !r.ok)
                    return r;
                return waitForCatchUp(c, *state, *finalLsn, true);
            },
            bringOldPrimaryBack);
    } else if (probe.oldLoginWorks) {
        const bool wasStreaming = probe.receiverStreaming;
        flow.add(Tr::tr("Fence the old primary"), 2, [state, finalLsn, wasStreaming](StepContext &c) {
            if (auto r = fenceOldPrimary(c, *state, finalLsn.get()); !r.ok)
                return r;
            return wasStreaming ? waitForCatchUp(c, *state, *finalLsn, false) : StepResult::success();
        });
    } else {
        flow.add(Tr::tr("Old primary confirmed off"), 0.1, [state](StepContext &c) { return confirmedOff(c, *state); });
    }
}

// What follows the promotion: the old primary re-attached (switchover), the plan's new
// secondary attached, or the new primary prepared for a future one.
void addAttaching(Flow &flow, const FailoverOptions &options, const std::shared_ptr<FailoverState> &state)
{
    if (options.switchover) {
        flow.add(Tr::tr("Make the old primary a standby of the new one"), 8, [state](StepContext &c) {
            SetupOptions o;
            o.tryRewind = true;
            o.restoreDbRestartPolicy = true;
            return attach(c, *state, kOld, o);
        });
    } else if (options.attachNewSecondary) {
        const bool rewind = !options.forceFullCopy;
        flow.add(Tr::tr("Attach the new secondary"), 8, [state, rewind](StepContext &c) {
            SetupOptions o;
            o.tryRewind = rewind;
            return attach(c, *state, kNext, o);
        });
    } else {
        flow.add(Tr::tr("Prepare the new primary for a future secondary"), 1, [](StepContext &c) {
            return runSetupFor(c, kNew, kOld, std::make_shared<SetupState>(), SetupOptions{true, true, true});
        });
    }
}

// Past the promotion nothing may bring the old primary back: a failure or cancel makes sure it
// stays fenced and keeps the new primary serving, and says how to finish.
void addRollForward(Flow &flow, const FailoverProbe &probe, const FailoverOptions &options)
{
    if (probe.oldLoginWorks)
        flow.addRollForward(Tr::tr("Old primary: make sure it cannot accept writes"), ensureOldFenced);
    else
        flow.addRollForward(Tr::tr("Old primary: make sure it cannot accept writes"), [](StepContext &c) {
            c.log(c.hostOf(kOld), LogStream::Warning,
                  Tr::tr("%1 cannot be reached by this tool: keep it powered off or disconnected until it is "
                         "re-attached as a standby.")
                      .arg(c.hostOf(kOld)));
            return StepResult::success();
        });
    flow.addRollForward(Tr::tr("New primary: keep it serving"), keepNewServing);
    flow.rollForwardAdvice =
        options.switchover
            ? Tr::tr("The standby was promoted, and that is not undone. To finish (OpenELIS on the new primary, its "
                     "health check, the old primary re-attached as its standby), run the same switchover again: it "
                     "sees the promotion and does what is left.")
            : Tr::tr("The standby was promoted, and that is not undone. To finish (OpenELIS on the new primary, its "
                     "health check, what comes after), run the same failover again: it sees the promotion and does "
                     "what is left.");
}

// A run after an earlier one that promoted the target and stopped: the old primary made sure
// of (or the operator's word), then everything after the promotion.
void addFinishing(Flow &flow, const FailoverProbe &probe, const std::shared_ptr<FailoverState> &state)
{
    flow.markCommitPoint();
    if (probe.oldLoginWorks)
        flow.add(Tr::tr("Old primary: make sure it cannot accept writes"), 1, [state](StepContext &c) {
            state->fencing = QStringLiteral("tool");
            return ensureOldFenced(c);
        });
    else
        flow.add(Tr::tr("Old primary confirmed off"), 0.1, [state](StepContext &c) { return confirmedOff(c, *state); });
}

} // namespace

Flow buildFailoverFlow(const FailoverProbe &probe, const FailoverOptions &options, std::shared_ptr<FailoverState> state,
                       QString *refusal)
{
    Flow flow;
    flow.name = options.switchover ? QStringLiteral("switchover") : QStringLiteral("failover");
    *refusal = refusalFor(probe, options);
    if (!refusal->isEmpty())
        return flow;
    auto finalLsn = std::make_shared<QString>();
    auto clock = std::make_shared<QElapsedTimer>();
    addRollForward(flow, probe, options);
    if (probe.promotedEarlier()) {
        state->resumed = true;
        addFinishing(flow, probe, state);
    } else {
        addTakingOut(flow, probe, options, state, finalLsn);
        flow.markCommitPoint();
        flow.add(Tr::tr("Promote the standby"), 1,
                 [state, clock](StepContext &c) { return promote(c, *state, *clock); });
    }
    flow.add(Tr::tr("Clear the standby settings"), 0.3, clearStandbySettings);
    flow.add(Tr::tr("Start OpenELIS on the new primary"), 1, startOpenElis);
    flow.add(Tr::tr("Check that OpenELIS answers"), 2,
             [state, clock](StepContext &c) { return checkHealth(c, *state, *clock); });
    addAttaching(flow, options, state);
    return flow;
}

} // namespace oef
