#include "backend/setup/primaryrestart.h"
#include "backend/core/plan.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/setup/setupinternal.h"

namespace oef {

namespace {

// The primary's restart and the wait until its database answers again, in one command (exit
// status 4: the restart failed, 3: no answer in time).
RemoteCommand primaryRestartCommand(const Plan &plan)
{
    const RemoteCommand wait = waitForSqlCommand(plan, QStringLiteral("postgres"), QStringLiteral("SELECT 'up'"), {},
                                                 std::chrono::seconds(180), std::chrono::milliseconds(100));
    RemoteCommand c = shellScript(
        QStringLiteral("docker restart -t 60 \"$1\" >/dev/null || exit 4; shift; exec \"$@\""),
        QStringList{plan.dbContainer} + wait.argv(), true, std::chrono::minutes(4));
    c.description = shellCommandLine({QStringLiteral("docker"), QStringLiteral("restart"), QStringLiteral("-t"),
                                      QStringLiteral("60"), plan.dbContainer})
                    + QStringLiteral("; ") + wait.description;
    return c;
}

// What the restart's command came to (success when the database is back).
StepResult primaryRestartResult(StepContext &c, SetupState &st, const RemoteCommand &cmd, const CommandResult &r)
{
    if (r.ok()) {
        st.restartDeferred.clear();
        st.primaryRestarted = true;
        return StepResult::success();
    }
    if (r.outcome == CommandResult::Outcome::Cancelled)
        return StepResult::error(Tr::tr("Cancelled."));
    if (r.outcome == CommandResult::Outcome::Exited && r.exitCode == 3)
        return StepResult::error(Tr::tr("The primary's database did not come back after the restart. "
                                        "Check it with \"docker logs %1\" on the primary.")
                                     .arg(c.plan->dbContainer));
    return commandFailure(Tr::tr("Could not restart the primary's database."), c.hostOf(kPrimary), cmd, r);
}

void logPrimaryRestart(StepContext &c, const QString &settings)
{
    c.log(c.hostOf(kPrimary), LogStream::Warning,
          Tr::tr("Restarting the primary's database to apply: %1").arg(settings));
}

} // namespace

StepResult restartPrimary(StepContext &c, SetupState &st, const QString &settings)
{
    logPrimaryRestart(c, settings);
    c.progress(0.5, Tr::tr("Restarting the database on the primary…"));
    const RemoteCommand cmd = primaryRestartCommand(*c.plan);
    return primaryRestartResult(c, st, cmd, runOn(c, kPrimary, cmd, false));
}

StepResult restartDeferredNow(StepContext &c, SetupState &st)
{
    if (st.restartDeferred.isEmpty())
        return StepResult::success();
    return restartPrimary(c, st, st.restartDeferred);
}

PrimaryRestartAlongside::PrimaryRestartAlongside(StepContext &c, SetupState &st)
    : m_c(c), m_st(st), m_command(primaryRestartCommand(*c.plan))
{}

void PrimaryRestartAlongside::start()
{
    if (m_st.restartDeferred.isEmpty() || m_thread.started())
        return;
    logPrimaryRestart(m_c, m_st.restartDeferred);
    SshError err;
    (void)m_thread.start(m_c, kPrimary, m_command, &err); // else restartDeferredNow() says why
}

StepResult PrimaryRestartAlongside::outcome()
{
    if (!m_thread.started())
        return restartDeferredNow(m_c, m_st);
    StepResult e = primaryRestartResult(m_c, m_st, m_command, m_thread.join());
    if (e.ok)
        m_c.log(m_c.hostOf(kPrimary), LogStream::Info,
                Tr::tr("The primary's database is back after its restart (%1 s).")
                    .arg(QString::number(double(m_thread.endedAtMs()) / 1000.0, 'f', 1)));
    return e;
}

void PrimaryRestartAlongside::settle()
{
    if (m_thread.started())
        (void)outcome();
}

} // namespace oef
