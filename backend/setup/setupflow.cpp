// The set-up flow as a recipe: the steps in order, each added only when it applies. What each
// step does is in its own file: primaryaccess (steps 1 and 2), appcontainers, basebackup,
// rewind, setupverify; the pre-checks are in setupchecks.
#include "backend/setup/setupflow.h"
#include "backend/core/plan.h"
#include "backend/core/tr.h"
#include "backend/setup/appcontainers.h"
#include "backend/setup/basebackup.h"
#include "backend/setup/guard.h"
#include "backend/setup/installsync.h"
#include "backend/setup/primaryaccess.h"
#include "backend/setup/primaryrestart.h"
#include "backend/setup/rewind.h"
#include "backend/setup/setupinternal.h"
#include "backend/setup/setupverify.h"
#include "backend/setup/toolrole.h"

#include <QJsonArray>

namespace oef {

QJsonObject SetupState::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("slotName")] = slotName;
    o[QStringLiteral("replicationUser")] = replicationUser;
    o[QStringLiteral("primaryRestarted")] = primaryRestarted;
    o[QStringLiteral("changedSettings")] = QJsonArray::fromStringList(changedSettings);
    o[QStringLiteral("previousDataDir")] = previousDataDir;
    o[QStringLiteral("alreadyStandby")] = alreadyStandby;
    o[QStringLiteral("syncFiles")] = syncFiles;
    o[QStringLiteral("syncBytes")] = syncBytes;
    o[QStringLiteral("extraneous")] = QJsonArray::fromStringList(extraneous);
    o[QStringLiteral("verification")] = verification;
    if (!stoppedAt.isEmpty())
        o[QStringLiteral("stoppedAt")] = stoppedAt;
    o[QStringLiteral("rewound")] = rewound;
    if (!rewindNote.isEmpty())
        o[QStringLiteral("rewindNote")] = rewindNote;
    return o;
}

namespace {

// Step 1: the replication role and its pg_hba.conf entry, and the tool's own database role.
StepResult preparePrimaryAccess(StepContext &c, SetupState &st)
{
    if (auto r = ensurePrimaryAccess(c, st); !r.ok)
        return r;
    return ensureToolRole(c, Role::Primary);
}

// Step 3: the copy of the database starts now when it is certain (it runs while the next
// steps go on), then OpenELIS stops on the secondary.
StepResult stopSecondary(StepContext &c, SetupState &st, BaseBackupState &bb, bool tryRewind)
{
    if (auto e = startBaseBackupEarly(c, st, bb, tryRewind); !e.ok)
        return e;
    return stopSecondaryApps(c, st);
}

// The install directory copied to the secondary (installsync), with what it sent.
StepResult copyInstallDir(StepContext &c, SetupState &st)
{
    SyncReport report;
    StepResult r = syncInstallDir(c, kPrimary, kSecondary, &report);
    st.syncFiles = report.filesSent;
    st.syncBytes = report.bytesSent;
    st.extraneous = report.extraneous;
    return r;
}

// pg_rewind, unless the full copy already runs (the secondary is not a former member), or the
// secondary was found streaming from the primary a moment ago. pg_rewind reads from the
// primary: its deferred restart first.
StepResult rewindIfFormerMember(StepContext &c, SetupState &st, const BaseBackupState &bb)
{
    if (bb.launched || st.alreadyStandby)
        return StepResult::success();
    if (auto e = restartDeferredNow(c, st); !e.ok)
        return e;
    return rewindSecondary(c, st);
}

// The guard armed on both servers. The primary's role is settled: a stale hold there is
// cleared, as on the standby.
StepResult installGuards(StepContext &c)
{
    if (auto e = installGuard(c, kPrimary, true, true); !e.ok)
        return e;
    return installGuard(c, kSecondary, true, true);
}

} // namespace

Flow buildSetupFlow(std::shared_ptr<SetupState> state, SetupOptions options)
{
    Flow flow;
    flow.name = QStringLiteral("setup");
    auto bb = std::make_shared<BaseBackupState>();
    auto undoCopy = [state, bb](StepContext &c) { baseBackupCleanup(c, *state, *bb); };
    flow.add(
        Tr::tr("Primary: replication role and access"), 1,
        [state](StepContext &c) { return preparePrimaryAccess(c, *state); }, {},
        Tr::tr("Preparing the replication role and its access on the primary…"));
    flow.add(
        Tr::tr("Primary: replication settings and slot"), 2,
        [state, options](StepContext &c) { return ensureSettingsAndSlot(c, *state, !options.primaryOnly); }, {},
        Tr::tr("Applying the replication settings on the primary…"));
    if (options.primaryOnly)
        return flow;
    flow.add(
        Tr::tr("Secondary: stop OpenELIS (the database keeps running)"), 1,
        [state, bb, options](StepContext &c) { return stopSecondary(c, *state, *bb, options.tryRewind); }, undoCopy,
        Tr::tr("Stopping OpenELIS on the secondary…"));
    flow.add(
        Tr::tr("Copy the install directory"), 4, [state](StepContext &c) { return copyInstallDir(c, *state); }, {},
        Tr::tr("Copying the install directory to the secondary…"));
    if (options.tryRewind)
        flow.add(
            Tr::tr("Secondary: rewind its old database (pg_rewind)"), 4,
            [state, bb](StepContext &c) { return rewindIfFormerMember(c, *state, *bb); }, {},
            Tr::tr("Rewinding the secondary's old database…"));
    flow.add(
        Tr::tr("Secondary: copy the database and start it as a standby"), 10,
        [state, bb](StepContext &c) { return baseBackupAndSwap(c, *state, *bb); }, undoCopy,
        Tr::tr("Copying the primary's database to the secondary…"));
    if (options.restoreDbRestartPolicy)
        flow.add(Tr::tr("Secondary: the database restarts on its own again"), 0.2,
                 [state](StepContext &c) { return restoreSecondaryDbPolicy(c, *state); });
    flow.add(
        Tr::tr("Primary: make sure OpenELIS is running"), 0.5,
        [state](StepContext &c) { return ensurePrimaryRunning(c, *state); }, {},
        Tr::tr("Starting OpenELIS on the primary…"));
    flow.add(Tr::tr("Both servers: guard against a second primary"), 0.3, installGuards, {},
             Tr::tr("Installing the guard on both servers…"));
    flow.add(
        Tr::tr("Verify replication"), 1, [state](StepContext &c) { return verifySetup(c, *state); }, {},
        Tr::tr("Checking that data written on the primary reaches the secondary…"));
    return flow;
}

} // namespace oef
