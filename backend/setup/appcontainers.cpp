#include "backend/setup/appcontainers.h"
#include "backend/checks/connectionchecks.h"
#include "backend/core/plan.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/setup/primaryrestart.h"
#include "backend/setup/scripts.h"
#include "backend/setup/setupinternal.h"

namespace oef {

namespace {

// From the pre-checks: each of `containers` that exists is (not) running with `policy` (any
// when empty), and the database container was seen (the listing worked).
bool prefetchedContainersAre(StepContext &c, const SetupState &st, std::optional<QString> SetupPrefetch::*part,
                             const QStringList &containers, bool running, const QString &policy = {})
{
    const std::optional<QString> out = takePrefetched(c, st, part);
    if (!out)
        return false;
    const QMap<QString, ContainerLine> states = parseContainerLines(out->toUtf8());
    if (!states.contains(c.plan->dbContainer))
        return false;
    for (const QString &name : containers) {
        const auto it = states.constFind(name);
        if (it != states.cend() && (it->running != running || (!policy.isEmpty() && it->policy != policy)))
            return false;
    }
    return true;
}

// The application containers that exist stopped, restart policy "no" (secondary-apps-stop.sh).
StepResult stopApps(StepContext &c)
{
    if (c.plan->appContainers.isEmpty())
        return StepResult::success();
    const RemoteCommand stop = shellScript(scripts::secondary_apps_stop, c.plan->appContainers, true,
                                           std::chrono::minutes(3));
    CommandResult r;
    if (auto e = mustRun(c, kSecondary, stop, Tr::tr("Could not stop the secondary's application containers."), &r);
        !e.ok) {
        if (r.outcome == CommandResult::Outcome::Exited && r.exitCode == 2)
            e.message = Tr::tr("Could not list the containers on the secondary.");
        else if (r.outcome == CommandResult::Outcome::Exited && r.exitCode == 3)
            e.message = Tr::tr("Could not change the restart policy of the secondary's containers.");
        return e;
    }
    return StepResult::success();
}

// The database always; the application containers that exist (primary-start.sh).
StepResult startPrimary(StepContext &c)
{
    const RemoteCommand start = shellScript(scripts::primary_start,
                                            QStringList{c.plan->dbContainer} + c.plan->appContainers);
    CommandResult r;
    if (auto e = mustRun(c, kPrimary, start, Tr::tr("Could not start OpenELIS on the primary."), &r); !e.ok) {
        if (r.outcome == CommandResult::Outcome::Exited && r.exitCode == 2)
            e.message = Tr::tr("Could not list the containers on the primary.");
        return e;
    }
    return StepResult::success();
}

} // namespace

StepResult stopSecondaryApps(StepContext &c, SetupState &st)
{
    if (prefetchedContainersAre(c, st, &SetupPrefetch::secondaryApps, c.plan->appContainers, false,
                                QStringLiteral("no"))) {
        c.log(c.hostOf(kSecondary), LogStream::Info,
              Tr::tr("OpenELIS is already stopped on the secondary, with restart policy \"no\"."));
        return StepResult::success();
    }
    return stopApps(c);
}

StepResult restoreSecondaryDbPolicy(StepContext &c, SetupState &st)
{
    // Nothing in the steps before changes it.
    if (prefetchedContainersAre(c, st, &SetupPrefetch::secondaryDb, {c.plan->dbContainer}, true,
                                QStringLiteral("always"))) {
        c.log(c.hostOf(kSecondary), LogStream::Info, Tr::tr("The secondary's database already restarts on its own."));
        return StepResult::success();
    }
    return mustRun(c, kSecondary,
                   dockerCommand({QStringLiteral("update"), QStringLiteral("--restart=always"), c.plan->dbContainer}),
                   Tr::tr("Could not restore the restart policy of the secondary's database."));
}

StepResult ensurePrimaryRunning(StepContext &c, SetupState &st)
{
    // A restart still waiting (the steps before it normally did it).
    if (auto e = restartDeferredNow(c, st); !e.ok)
        return e;
    // Unless step 2 restarted its database, what the pre-checks saw still holds.
    if (!st.primaryRestarted
        && prefetchedContainersAre(c, st, &SetupPrefetch::primaryContainers,
                                   QStringList{c.plan->dbContainer} + c.plan->appContainers, true)) {
        c.log(c.hostOf(kPrimary), LogStream::Info, Tr::tr("OpenELIS already runs on the primary."));
        return StepResult::success();
    }
    return startPrimary(c);
}

} // namespace oef
