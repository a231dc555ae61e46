#include "backend/checks/connectionchecks.h"
#include "backend/checks/scripts.h"
#include "backend/core/tr.h"
#include "backend/remote/dbping.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <libpq-fe.h>

#include <mutex>

namespace oef {

namespace {

using S = CheckResult::Status;
struct Checking;
struct CheckDef;
// One check: records its result; returns why the checks after it are skipped, or nothing to
// let them run.
using CheckFn = QString (*)(Checking &, const CheckDef &);

struct CheckDef
{
    const char *id;
    QString title;
    CheckFn run;
};

// What the checks of one server share: the server, where results go, the session (from the
// reach check on), the probe's output (from the sudo check on).
struct Checking
{
    ServerPool &pool;
    const Plan &plan;
    const QString &role;
    const ServerSpec &server;
    CheckList &list;
    const CheckCallback &onCheck;
    const std::atomic_bool *cancel;
    bool databaseMayBeDown;
    AlongsideCommand *alongside;
    std::unique_ptr<SshSession> session; // until the login; then the pool's
    SshSession *live = nullptr;          // the logged-in session
    QList<QByteArray> probeLines;

    void add(const CheckDef &def, CheckResult::Status status, const QString &message, const QString &remedy = {},
             const QString &details = {})
    {
        recordCheck(list, onCheck, QString::fromLatin1(def.id), role, server.host, status, def.title, message, remedy,
                    details);
    }
};

// 1. TCP + SSH handshake
QString reachRemedy(const SshError &e, int sshPort)
{
    switch (e.kind) {
    case SshError::Kind::Resolve: return Tr::tr("Check the spelling of the address, or use the server's IP address.");
    case SshError::Kind::Refused:
        return Tr::tr("Check the SSH port, and that the SSH service runs on the server "
                      "(\"systemctl status ssh\").");
    default:
        return Tr::tr("Check that the server is switched on, connected to the network, and "
                      "that no firewall blocks port %1 from this computer.")
            .arg(sshPort);
    }
}

QString checkReach(Checking &c, const CheckDef &def)
{
    c.session = std::make_unique<SshSession>();
    if (!c.session->openTransport(c.server, c.pool.connectTimeout, c.cancel)) {
        const SshError &e = c.session->lastError();
        c.add(def, S::Error, e.message, reachRemedy(e, c.server.sshPort), e.details);
        return Tr::tr("Skipped: the server could not be reached.");
    }
    c.add(def, S::Ok, Tr::tr("An SSH server answers on %1 port %2.").arg(c.server.host).arg(c.server.sshPort));
    return {};
}

// 2. Host key
QString checkHostKey(Checking &c, const CheckDef &def)
{
    // One host key check at a time: an accepted key is appended to the known_hosts file.
    static std::mutex hostKeyMutex;
    const HostKeyInfo hk = [&] {
        std::lock_guard lock(hostKeyMutex);
        return c.session->checkHostKey(c.pool.hostKeyPolicy());
    }();
    switch (hk.state) {
    case HostKeyInfo::State::Known:
        c.add(def, S::Ok, Tr::tr("The host key matches the recorded one (%1).").arg(hk.fingerprint));
        return {};
    case HostKeyInfo::State::Accepted:
        c.add(def, S::Ok, Tr::tr("New host key %1 accepted and recorded.").arg(hk.fingerprint));
        return {};
    case HostKeyInfo::State::New:
        c.add(def, S::Error, hk.message,
              Tr::tr("Confirm the fingerprint with the server's administrator, then accept it "
                     "(command line: --accept-host-key %1=%2).")
                  .arg(c.server.host, hk.fingerprint),
              hk.fingerprint);
        return Tr::tr("Skipped: the host key is not accepted yet.");
    default:
        c.add(def, S::Error, hk.message, Tr::tr("Do not continue until you know why the key changed."), hk.fingerprint);
        return Tr::tr("Skipped: the host key problem must be solved first.");
    }
}

// 3. Login
QString checkLogin(Checking &c, const CheckDef &def)
{
    if (!c.session->authenticate(c.pool.secrets().forRole(c.role))) {
        const SshError &e = c.session->lastError();
        c.add(def, S::Error, e.message, Tr::tr("Check the user name, password or key for this server."), e.details);
        return Tr::tr("Skipped: the login failed.");
    }
    c.add(def, S::Ok, Tr::tr("Logged in as %1.").arg(c.server.user));
    // Later commands for this role on this thread (the checks that follow) reuse this login.
    c.live = c.session.get();
    c.pool.adopt(c.role, std::move(c.session));
    return {};
}

// 4.-6. sudo, docker and the containers in one command (one sudo), connection-probe.sh: "id -u"
// first (the sudo check), then each docker command's output and exit status after a marker
// line. The containers: one `docker inspect` of the plan's containers, lines
// "/name|running|restart policy|status|image" (a missing one only has an error line); a
// command run alongside (below) finds them in $oef_ci instead of asking again.

// Whether the caller's command can run inside the probe (`sh -c SCRIPT NAME ARGS...` only).
bool canRunAlongside(const AlongsideCommand *alongside)
{
    return alongside && alongside->command.program == QLatin1String("sh") && alongside->command.args.size() >= 3
           && alongside->command.args.at(0) == QLatin1String("-c");
}

// The probe, with the caller's command (when there is one) in the background of the same
// script (its script and arguments, its stdin), its output after `mark` at the end.
RemoteCommand probeCommand(const Plan &plan, const AlongsideCommand *alongside, const QString &mark)
{
    const QStringList containers = QStringList{plan.dbContainer} + plan.appContainers;
    const QStringList args = QStringList{kContainerLineFormat, alongside ? mark : QString(),
                                         QString::number(containers.size())}
                             + containers;
    RemoteCommand probe = shellScript(scripts::connection_probe, args, true, std::chrono::seconds(30));
    if (alongside) {
        probe.args << alongside->command.args.at(1) << alongside->command.args.mid(3);
        probe.stdinData = alongside->command.stdinData;
        probe.timeout = std::max(probe.timeout, alongside->command.timeout);
    }
    return probe;
}

// The caller's command's output, taken out of the probe's (its stderr is the probe's); the
// probe's result when the command did not run there.
void takeAlongside(CommandResult &probe, AlongsideCommand &alongside, const QString &mark)
{
    const QByteArray begin = '\n' + mark.toLatin1() + '\n';
    const QByteArray end = mark.toLatin1() + "-rc ";
    const qsizetype at = probe.stdOut.indexOf(begin);
    const qsizetype endAt = at >= 0 ? probe.stdOut.indexOf(end, at + begin.size()) : -1;
    if (probe.ok() && at >= 0 && endAt >= 0) {
        alongside.ran = true;
        alongside.result.outcome = CommandResult::Outcome::Exited;
        alongside.result.stdOut = probe.stdOut.mid(at + begin.size(), endAt - at - begin.size());
        alongside.result.exitCode = probe.stdOut.mid(endAt + end.size()).split('\n').value(0).trimmed().toInt();
        alongside.result.stdErr = probe.stdErr;
        probe.stdOut.truncate(at + 1);
    } else {
        alongside.result = probe;
    }
}

CommandResult runProbe(Checking &c)
{
    const QString mark = QStringLiteral("@@oef-along-")
                         + QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 36));
    AlongsideCommand *const alongside = canRunAlongside(c.alongside) ? c.alongside : nullptr;
    const RemoteCommand probe = probeCommand(c.plan, alongside, mark);
    if (alongside)
        alongside->startedMs = QDateTime::currentMSecsSinceEpoch();
    CommandResult result = c.live->run(probe, RunOptions{{}, {}, c.cancel, 256 * 1024 * 1024});
    if (alongside) {
        alongside->endedMs = QDateTime::currentMSecsSinceEpoch();
        takeAlongside(result, *alongside, mark);
    }
    return result;
}

// 4. sudo
QString checkSudo(Checking &c, const CheckDef &def)
{
    const CommandResult sudo = runProbe(c);
    c.probeLines = sudo.stdOut.split('\n');
    if (!sudo.ok() || c.probeLines.value(0).trimmed() != "0") {
        c.add(def, S::Error,
              sudo.outcome == CommandResult::Outcome::CouldNotStart
                  ? sudo.errorText
                  : Tr::tr("Commands could not be run as root: %1").arg(describeOutcome(sudo)),
              Tr::tr("Give %1 administrator rights (sudo) on the server, and check the sudo "
                     "password.")
                  .arg(c.server.user),
              commandTail(sudo));
        return Tr::tr("Skipped: administrator rights are needed.");
    }
    c.add(def, S::Ok, Tr::tr("%1 can run commands as root.").arg(c.server.user));
    return {};
}

// The probe's parts: output lines and exit status after "@@oef-docker" and "@@oef-ps".
QByteArray probePart(const QList<QByteArray> &probeLines, const QByteArray &marker, int *rc)
{
    QByteArray out;
    *rc = -1;
    bool in = false;
    for (const QByteArray &line : probeLines) {
        if (line == marker) {
            in = true;
            continue;
        }
        if (!in)
            continue;
        if (line.startsWith("@@oef-rc ")) {
            *rc = line.mid(9).trimmed().toInt();
            break;
        }
        out += line + '\n';
    }
    return out;
}

// A part as a command's result: its output on stdout when it succeeded, else on stderr.
CommandResult partResult(const QByteArray &out, int rc)
{
    CommandResult r;
    r.outcome = CommandResult::Outcome::Exited;
    r.exitCode = rc;
    if (rc == 0)
        r.stdOut = out;
    else
        r.stdErr = out;
    return r;
}

// 5. docker
QString checkDocker(Checking &c, const CheckDef &def)
{
    int dockerRc = -1;
    const QByteArray dockerOut = probePart(c.probeLines, "@@oef-docker", &dockerRc);
    const CommandResult dv = partResult(dockerOut, dockerRc);
    if (!dv.ok()) {
        c.add(def, S::Error, Tr::tr("Docker does not answer on this server (%1).").arg(describeOutcome(dv)),
              Tr::tr("Install OpenELIS (with Docker) on this server, or start Docker "
                     "(\"systemctl start docker\")."),
              commandTail(dv));
        return Tr::tr("Skipped: Docker is needed.");
    }
    c.add(def, S::Ok, Tr::tr("Docker %1 is running.").arg(QString::fromUtf8(dv.stdOut.trimmed())));
    return {};
}

// 6. containers
QString checkContainers(Checking &c, const CheckDef &def)
{
    int psRc = -1;
    const QByteArray psOut = probePart(c.probeLines, "@@oef-ps", &psRc);
    const CommandResult pr = partResult(psOut, psRc);
    // Each existing container's status (a missing one only left an error line; then the exit
    // status is not 0 either, which is no error of Docker's here).
    const QMap<QString, ContainerLine> states = parseContainerLines(psOut);
    const Plan &plan = c.plan;
    bool dbPresent = states.contains(plan.dbContainer);
    QStringList missingApp;
    for (const QString &app : plan.appContainers)
        if (!states.contains(app))
            missingApp << app;
    if (!dbPresent) {
        c.add(def, S::Error,
              Tr::tr("The OpenELIS database container \"%1\" does not exist on this server.").arg(plan.dbContainer),
              Tr::tr("Install OpenELIS on this server first (its installer creates the "
                     "containers)."),
              commandTail(pr));
        return Tr::tr("Skipped: the database container is missing.");
    }
    if (missingApp.size() == plan.appContainers.size()) {
        c.add(def, S::Error,
              Tr::tr("None of the OpenELIS application containers exist (%1).")
                  .arg(missingApp.join(QStringLiteral(", "))),
              Tr::tr("Install OpenELIS on this server first."));
    } else if (!missingApp.isEmpty()) {
        c.add(def, S::Ok,
              Tr::tr("Database container %1 is %2; not present (normal for some OpenELIS "
                     "versions): %3.")
                  .arg(plan.dbContainer, states.value(plan.dbContainer).status, missingApp.join(QStringLiteral(", "))));
    } else {
        c.add(def, S::Ok,
              Tr::tr("All OpenELIS containers exist; the database container is %1.")
                  .arg(states.value(plan.dbContainer).status));
    }
    return {};
}

// 7. the database through SSH: a channel of this session to its port, and PostgreSQL's
// first answer there.
QString checkDatabase(Checking &c, const CheckDef &def)
{
    const ServerSpec &server = c.server;
    bool forwardingRefused = false;
    QString pingDetail;
    const int ping = pingThroughSession(*c.live, server.dbPort, std::chrono::seconds(5), &forwardingRefused,
                                        &pingDetail);
    if (forwardingRefused) {
        c.add(def, S::Error,
              Tr::tr("The SSH server of %1 does not forward connections to the database port.").arg(server.host),
              Tr::tr("Check that the SSH server allows TCP forwarding (AllowTcpForwarding)."), pingDetail);
    } else if (ping == PQPING_OK || ping == PQPING_REJECT) {
        c.add(def, ping == PQPING_OK ? S::Ok : S::Warning,
              ping == PQPING_OK
                  ? Tr::tr("PostgreSQL answers on port %1 of the server, reached through SSH.").arg(server.dbPort)
                  : Tr::tr("PostgreSQL answers on port %1 but refuses connections right now "
                           "(starting up or shutting down?).")
                        .arg(server.dbPort));
    } else if (c.databaseMayBeDown) {
        c.add(def, S::Warning,
              Tr::tr("No database answers on port %1 of the server; it will be replaced by the "
                     "copy of the primary's.")
                  .arg(server.dbPort));
    } else {
        c.add(def, S::Error, Tr::tr("No database answers on port %1 of the server.").arg(server.dbPort),
              Tr::tr("Start OpenELIS on the server, and check the database port in the "
                     "plan (OpenELIS uses 5432)."),
              pingDetail);
    }
    return {};
}

// The checks, in order: one that fails skips the ones after it (except where it says not).
QList<CheckDef> definitions()
{
    return {
        {"ssh.reach", Tr::tr("SSH reachable"), &checkReach},
        {"ssh.hostkey", Tr::tr("Host key"), &checkHostKey},
        {"ssh.login", Tr::tr("Login"), &checkLogin},
        {"sudo", Tr::tr("Administrator rights (sudo)"), &checkSudo},
        {"docker", Tr::tr("Docker"), &checkDocker},
        {"containers", Tr::tr("OpenELIS containers"), &checkContainers},
        {"db.tunnel", Tr::tr("Database through SSH"), &checkDatabase},
    };
}

} // namespace

CheckList runConnectionChecks(ServerPool &pool, const QString &role, const CheckCallback &onCheck,
                              const std::atomic_bool *cancel, bool databaseMayBeDown, AlongsideCommand *alongside)
{
    CheckList list;
    const Plan &plan = pool.plan();
    Checking c{pool, plan,    role, plan.server(role), list, onCheck, cancel, databaseMayBeDown, alongside,
               {},   nullptr, {}};
    const QList<CheckDef> defs = definitions();
    for (qsizetype i = 0; i < defs.size(); ++i) {
        const QString skipped = defs[i].run(c, defs[i]);
        if (skipped.isEmpty())
            continue;
        for (qsizetype j = i + 1; j < defs.size(); ++j)
            c.add(defs[j], S::Skipped, skipped);
        break;
    }
    return list;
}

CheckList runConnectionChecks(ServerPool &pool, const CheckCallback &onCheck, const std::atomic_bool *cancel)
{
    CheckList all;
    for (const QString &role : pool.plan().roles()) {
        if (cancel && cancel->load())
            break;
        all += runConnectionChecks(pool, role, onCheck, cancel);
    }
    return all;
}

bool hasHostKeyProblem(const CheckList &checks)
{
    for (const CheckResult &c : checks)
        if (c.id == QLatin1String("ssh.hostkey") && c.status == CheckResult::Status::Error)
            return true;
    return false;
}

} // namespace oef
