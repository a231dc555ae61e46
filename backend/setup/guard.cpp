#include "backend/setup/guard.h"
#include "backend/core/plan.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/scripts.h"

namespace oef {

namespace {

// Writes the script (stdin) and guard.conf (from the arguments) as root, atomically.
// $1 install dir, $2 armed (1/0), $3 database container, $4 app containers, $5 "clear" or "".
const char kInstallScript[] = R"SH(set -eu
d="$1/oe-failover"
install -d -m 0755 -o root -g root "$d"
install -d -m 0700 -o root -g root "$d/state"
cat > "$d/guard.new"
chmod 0755 "$d/guard.new"
mv -f "$d/guard.new" "$d/guard"
printf 'ARMED=%s\nDATA_DIR=%s\nDB_CONTAINER=%s\nAPP_CONTAINERS=%s\nINTERVAL=2\n' "$2" "$1/data" "$3" "$4" > "$d/guard.conf.new"
chmod 0644 "$d/guard.conf.new"
mv -f "$d/guard.conf.new" "$d/guard.conf"
if [ "$5" = clear ]; then rm -f "$d/state/hold" "$d/state/stopped-apps"; fi
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    install -d -m 0755 /etc/systemd/system/docker.service.d
    printf '[Service]\nExecStartPre=-%s pre-start\n' "$d/guard" > /etc/systemd/system/docker.service.d/oe-failover-guard.conf
    printf '[Unit]\nDescription=OE Failover guard: a held primary waits for its standby\nAfter=docker.service\nRequires=docker.service\nPartOf=docker.service\n\n[Service]\nType=simple\nExecStart=%s settle\n\n[Install]\nWantedBy=docker.service\n' "$d/guard" > /etc/systemd/system/oe-failover-guard.service
    systemctl daemon-reload
    systemctl enable oe-failover-guard.service >/dev/null 2>&1
    echo boot-hooks=systemd
else
    echo boot-hooks=none
fi
)SH";

} // namespace

QString guardDirectory(const Plan &plan)
{
    return plan.installDir + QStringLiteral("/oe-failover");
}

QByteArray guardScript()
{
    return QByteArray(scripts::guard.text);
}

StepResult installGuard(StepContext &c, const QString &role, bool armed, bool clearHold)
{
    const Plan &plan = *c.plan;
    RemoteCommand cmd = shellScript(QString::fromLatin1(kInstallScript),
                                    {plan.installDir, armed ? QStringLiteral("1") : QStringLiteral("0"),
                                     plan.dbContainer, plan.appContainers.join(QLatin1Char(' ')),
                                     clearHold ? QStringLiteral("clear") : QString()});
    cmd.stdinData = guardScript();
    CommandResult r;
    if (auto e = mustRun(c, role, cmd, Tr::tr("Could not install the guard."), &r, false); !e.ok)
        return e;
    if (r.stdOut.contains("boot-hooks=systemd")) {
        c.log(c.hostOf(role), LogStream::Info,
              armed ? Tr::tr("Guard armed in %1 and registered with systemd (docker.service starts it).")
                          .arg(guardDirectory(plan))
                    : Tr::tr("Guard installed, not armed, in %1.").arg(guardDirectory(plan)));
    } else {
        c.log(c.hostOf(role), LogStream::Warning,
              Tr::tr("Guard %1 in %2. This server does not use systemd: its start-up must run "
                     "\"%3 pre-start\" before the Docker engine starts and \"%3 settle\" after it.")
                  .arg(armed ? Tr::tr("armed") : Tr::tr("installed, not armed"), guardDirectory(plan),
                       guardDirectory(plan) + QStringLiteral("/guard")));
    }
    return StepResult::success();
}

StepResult disarmGuard(StepContext &c, const QString &role)
{
    const Plan &plan = *c.plan;
    const RemoteCommand cmd = shellScript(
        QStringLiteral(
            "f=\"$1/oe-failover/guard.conf\"; [ -e \"$f\" ] || { echo absent; exit 0; }; "
            "sed 's/^ARMED=.*/ARMED=0/' \"$f\" > \"$f.new\" && chmod 0644 \"$f.new\" && mv -f \"$f.new\" \"$f\"; "
            "echo disarmed"),
        {plan.installDir});
    CommandResult r;
    if (auto e = mustRun(c, role, cmd, Tr::tr("Could not disarm the guard."), &r, false); !e.ok)
        return e;
    if (r.stdOut.contains("disarmed"))
        c.log(c.hostOf(role), LogStream::Info,
              Tr::tr("Guard disarmed: this server has no standby now (setting up a secondary arms it again)."));
    return StepResult::success();
}

} // namespace oef
