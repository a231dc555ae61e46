#include "backend/checks/connectionchecks.h"
#include "backend/core/shellquote.h"
#include "backend/core/tr.h"
#include "backend/remote/dbtunnel.h"
#include "backend/remote/pgconnection.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <mutex>

namespace oef {

namespace {

class Recorder
{
public:
    Recorder(const QString &role, const QString &host, CheckList &list, const CheckCallback &cb)
        : m_role(role), m_host(host), m_list(list), m_cb(cb)
    {}

    void add(const QString &id, CheckResult::Status status, const QString &title, const QString &message,
             const QString &remedy = {}, const QString &details = {})
    {
        recordCheck(m_list, m_cb, id, m_role, m_host, status, title, message, remedy, details);
    }
    void skip(const QString &id, const QString &title, const QString &why)
    {
        add(id, CheckResult::Status::Skipped, title, why);
    }

private:
    QString m_role, m_host;
    CheckList &m_list;
    const CheckCallback &m_cb;
};

struct CheckDef
{
    const char *id;
    QString title;
};

QList<CheckDef> definitions()
{
    return {
        {"ssh.reach", Tr::tr("SSH reachable")},
        {"ssh.hostkey", Tr::tr("Host key")},
        {"ssh.login", Tr::tr("Login")},
        {"sudo", Tr::tr("Administrator rights (sudo)")},
        {"docker", Tr::tr("Docker")},
        {"containers", Tr::tr("OpenELIS containers")},
        {"db.tunnel", Tr::tr("Database through SSH")},
    };
}

} // namespace

QMap<QString, ContainerLine> parseContainerLines(const QByteArray &out)
{
    QMap<QString, ContainerLine> m;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split('|');
        if (f.size() >= 5 && f[0].startsWith('/'))
            m.insert(QString::fromUtf8(f[0].mid(1)),
                     {f[1] == "true", QString::fromUtf8(f[2]), QString::fromUtf8(f[3])});
    }
    return m;
}

CheckList runConnectionChecks(ServerPool &pool, const QString &role, const CheckCallback &onCheck,
                              const std::atomic_bool *cancel, bool databaseMayBeDown, AlongsideCommand *alongside)
{
    CheckList list;
    const Plan &plan = pool.plan();
    const ServerSpec &server = plan.server(role);
    Recorder rec(role, server.host, list, onCheck);
    const QList<CheckDef> defs = definitions();
    auto skipFrom = [&](int index, const QString &why) {
        for (int i = index; i < defs.size(); ++i)
            rec.skip(QString::fromLatin1(defs[i].id), defs[i].title, why);
        return list;
    };
    using S = CheckResult::Status;

    // 1. TCP + SSH handshake
    auto session = std::make_unique<SshSession>();
    if (!session->openTransport(server, pool.connectTimeout, cancel)) {
        const SshError &e = session->lastError();
        QString remedy;
        switch (e.kind) {
        case SshError::Kind::Resolve:
            remedy = Tr::tr("Check the spelling of the address, or use the server's IP address.");
            break;
        case SshError::Kind::Refused:
            remedy = Tr::tr("Check the SSH port, and that the SSH service runs on the server "
                            "(\"systemctl status ssh\").");
            break;
        default:
            remedy = Tr::tr("Check that the server is switched on, connected to the network, and "
                            "that no firewall blocks port %1 from this computer.")
                         .arg(server.sshPort);
        }
        rec.add(QStringLiteral("ssh.reach"), S::Error, defs[0].title, e.message, remedy, e.details);
        return skipFrom(1, Tr::tr("Skipped: the server could not be reached."));
    }
    rec.add(QStringLiteral("ssh.reach"), S::Ok, defs[0].title,
            Tr::tr("An SSH server answers on %1 port %2.").arg(server.host).arg(server.sshPort));

    // 2. Host key
    // One host key check at a time: an accepted key is appended to the known_hosts file.
    static std::mutex hostKeyMutex;
    const HostKeyInfo hk = [&] {
        std::lock_guard lock(hostKeyMutex);
        return session->checkHostKey(pool.hostKeyPolicy());
    }();
    switch (hk.state) {
    case HostKeyInfo::State::Known:
        rec.add(QStringLiteral("ssh.hostkey"), S::Ok, defs[1].title,
                Tr::tr("The host key matches the recorded one (%1).").arg(hk.fingerprint));
        break;
    case HostKeyInfo::State::Accepted:
        rec.add(QStringLiteral("ssh.hostkey"), S::Ok, defs[1].title,
                Tr::tr("New host key %1 accepted and recorded.").arg(hk.fingerprint));
        break;
    case HostKeyInfo::State::New:
        rec.add(QStringLiteral("ssh.hostkey"), S::Error, defs[1].title, hk.message,
                Tr::tr("Confirm the fingerprint with the server's administrator, then accept it "
                       "(command line: --accept-host-key %1=%2).")
                    .arg(server.host, hk.fingerprint),
                hk.fingerprint);
        return skipFrom(2, Tr::tr("Skipped: the host key is not accepted yet."));
    default:
        rec.add(QStringLiteral("ssh.hostkey"), S::Error, defs[1].title, hk.message,
                Tr::tr("Do not continue until you know why the key changed."), hk.fingerprint);
        return skipFrom(2, Tr::tr("Skipped: the host key problem must be solved first."));
    }

    // 3. Login
    if (!session->authenticate(pool.secrets().forRole(role))) {
        const SshError &e = session->lastError();
        rec.add(QStringLiteral("ssh.login"), S::Error, defs[2].title, e.message,
                Tr::tr("Check the user name, password or key for this server."), e.details);
        return skipFrom(3, Tr::tr("Skipped: the login failed."));
    }
    rec.add(QStringLiteral("ssh.login"), S::Ok, defs[2].title, Tr::tr("Logged in as %1.").arg(server.user));
    // Later commands for this role on this thread (the checks that follow) reuse this login.
    SshSession *const live = session.get();
    pool.adopt(role, std::move(session));

    // 4.-6. sudo, docker and the containers in one command (one sudo): "id -u" first (the
    // sudo check), then each docker command's output and exit status after a marker line.
    // The containers: one `docker inspect` of the plan's containers, lines
    // "/name|running|restart policy|status|image" (a missing one only has an error line);
    // a command run alongside (below) finds them in $oef_ci instead of asking again.
    QString names = shellQuote(plan.dbContainer);
    for (const QString &c : plan.appContainers)
        names += QLatin1Char(' ') + shellQuote(c);
    const QString probeHead =
        QStringLiteral(
            "id -u; t=$(mktemp) || t=''; "
            "if [ -n \"$t\" ]; then docker version --format '{{.Server.Version}}' > \"$t\" 2>&1 & fi; vp=$!; "
            "oef_ci=$(docker inspect -f '%1' %2 2>&1); prc=$?; export oef_ci; ")
            .arg(kContainerLineFormat, names);
    // The docker version side by side (sequentially when no temporary file).
    const QString probeTail = QStringLiteral(
        "echo @@oef-docker; if [ -n \"$t\" ]; then wait \"$vp\"; vrc=$?; cat \"$t\"; rm -f \"$t\"; "
        "else docker version --format '{{.Server.Version}}' 2>&1; vrc=$?; fi; "
        "echo \"@@oef-rc $vrc\"; echo @@oef-ps; printf '%s\\n' \"$oef_ci\"; echo \"@@oef-rc $prc\"; ");
    RemoteCommand probe{QStringLiteral("sh"),
                        {QStringLiteral("-c"), probeHead + probeTail + QStringLiteral("exit 0")},
                        {},
                        std::chrono::seconds(30),
                        true,
                        {}};
    // The caller's command in the background of the same script ($0 its script, "$@" its
    // arguments, its stdin through descriptor 3), its output after a marker at the end.
    const QByteArray alongToken = QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    const bool withAlongside = alongside && alongside->command.program == QLatin1String("sh")
                               && alongside->command.args.size() >= 3
                               && alongside->command.args.at(0) == QLatin1String("-c");
    if (withAlongside) {
        const QString mark = QStringLiteral("@@oef-along-") + QString::fromLatin1(alongToken);
        // Without a temporary file it does not run here (the caller then runs it on its own).
        probe.args[1] =
            probeHead
            + QStringLiteral("exec 3<&0; x=$(mktemp) || x=''; if [ -n \"$x\" ]; then "
                             "{ sh -c \"$0\" sh \"$@\" > \"$x\" 2> \"$x.err\"; echo \"$?\" > \"$x.rc\"; } <&3 & xp=$!; "
                             "fi; exec 3<&-; ")
            + probeTail
            + QStringLiteral(
                  "if [ -n \"$x\" ]; then wait \"$xp\"; echo %1; cat \"$x\"; echo \"%1-rc $(cat \"$x.rc\")\"; "
                  "cat \"$x.err\" >&2; rm -f \"$x\" \"$x.err\" \"$x.rc\"; fi; exit 0")
                  .arg(mark);
        probe.args << alongside->command.args.at(1) << alongside->command.args.mid(3);
        probe.stdinData = alongside->command.stdinData;
        probe.timeout = std::max(probe.timeout, alongside->command.timeout);
        alongside->startedMs = QDateTime::currentMSecsSinceEpoch();
    }
    CommandResult sudo = live->run(probe, RunOptions{{}, {}, cancel, 256 * 1024 * 1024});
    if (withAlongside) {
        alongside->endedMs = QDateTime::currentMSecsSinceEpoch();
        const QByteArray mark = "\n@@oef-along-" + alongToken + '\n';
        const QByteArray end = "@@oef-along-" + alongToken + "-rc ";
        const qsizetype at = sudo.stdOut.indexOf(mark);
        const qsizetype endAt = at >= 0 ? sudo.stdOut.indexOf(end, at + mark.size()) : -1;
        if (sudo.ok() && at >= 0 && endAt >= 0) {
            alongside->ran = true;
            alongside->result.outcome = CommandResult::Outcome::Exited;
            alongside->result.stdOut = sudo.stdOut.mid(at + mark.size(), endAt - at - mark.size());
            alongside->result.exitCode = sudo.stdOut.mid(endAt + end.size()).split('\n').value(0).trimmed().toInt();
            alongside->result.stdErr = sudo.stdErr;
            sudo.stdOut.truncate(at + 1);
        } else {
            alongside->result = sudo;
        }
    }
    const QList<QByteArray> probeLines = sudo.stdOut.split('\n');
    if (!sudo.ok() || probeLines.value(0).trimmed() != "0") {
        rec.add(QStringLiteral("sudo"), S::Error, defs[3].title,
                sudo.outcome == CommandResult::Outcome::CouldNotStart
                    ? sudo.errorText
                    : Tr::tr("Commands could not be run as root: %1").arg(describeOutcome(sudo)),
                Tr::tr("Give %1 administrator rights (sudo) on the server, and check the sudo "
                       "password.")
                    .arg(server.user),
                commandTail(sudo));
        return skipFrom(4, Tr::tr("Skipped: administrator rights are needed."));
    }
    rec.add(QStringLiteral("sudo"), S::Ok, defs[3].title, Tr::tr("%1 can run commands as root.").arg(server.user));
    // The probe's parts: output lines and exit status after "@@oef-docker" and "@@oef-ps".
    auto part = [&](const QByteArray &marker, int *rc) {
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
    };
    auto asResult = [](const QByteArray &out, int rc) {
        CommandResult r;
        r.outcome = CommandResult::Outcome::Exited;
        r.exitCode = rc;
        if (rc == 0)
            r.stdOut = out;
        else
            r.stdErr = out;
        return r;
    };

    // 5. docker
    int dockerRc = -1;
    const QByteArray dockerOut = part("@@oef-docker", &dockerRc);
    const CommandResult dv = asResult(dockerOut, dockerRc);
    if (!dv.ok()) {
        rec.add(QStringLiteral("docker"), S::Error, defs[4].title,
                Tr::tr("Docker does not answer on this server (%1).").arg(describeOutcome(dv)),
                Tr::tr("Install OpenELIS (with Docker) on this server, or start Docker "
                       "(\"systemctl start docker\")."),
                commandTail(dv));
        return skipFrom(5, Tr::tr("Skipped: Docker is needed."));
    }
    rec.add(QStringLiteral("docker"), S::Ok, defs[4].title,
            Tr::tr("Docker %1 is running.").arg(QString::fromUtf8(dv.stdOut.trimmed())));

    // 6. containers
    int psRc = -1;
    const QByteArray psOut = part("@@oef-ps", &psRc);
    const CommandResult pr = asResult(psOut, psRc);
    // Each existing container's status (a missing one only left an error line; then the exit
    // status is not 0 either, which is no error of Docker's here).
    const QMap<QString, ContainerLine> states = parseContainerLines(psOut);
    bool dbPresent = states.contains(plan.dbContainer);
    QStringList missingApp;
    for (const QString &c : plan.appContainers)
        if (!states.contains(c))
            missingApp << c;
    if (!dbPresent) {
        rec.add(QStringLiteral("containers"), S::Error, defs[5].title,
                Tr::tr("The OpenELIS database container \"%1\" does not exist on this server.").arg(plan.dbContainer),
                Tr::tr("Install OpenELIS on this server first (its installer creates the "
                       "containers)."),
                commandTail(pr));
        return skipFrom(6, Tr::tr("Skipped: the database container is missing."));
    }
    if (missingApp.size() == plan.appContainers.size()) {
        rec.add(QStringLiteral("containers"), S::Error, defs[5].title,
                Tr::tr("None of the OpenELIS application containers exist (%1).")
                    .arg(missingApp.join(QStringLiteral(", "))),
                Tr::tr("Install OpenELIS on this server first."));
    } else if (!missingApp.isEmpty()) {
        rec.add(
            QStringLiteral("containers"), S::Ok, defs[5].title,
            Tr::tr("Database container %1 is %2; not present (normal for some OpenELIS "
                   "versions): %3.")
                .arg(plan.dbContainer, states.value(plan.dbContainer).status, missingApp.join(QStringLiteral(", "))));
    } else {
        rec.add(QStringLiteral("containers"), S::Ok, defs[5].title,
                Tr::tr("All OpenELIS containers exist; the database container is %1.")
                    .arg(states.value(plan.dbContainer).status));
    }

    // 7. the database through SSH: a channel of this session to its port, and PostgreSQL's
    // first answer there.
    bool forwardingRefused = false;
    QString pingDetail;
    const int ping = pingThroughSession(*live, server.dbPort, std::chrono::seconds(5), &forwardingRefused, &pingDetail);
    if (forwardingRefused) {
        rec.add(QStringLiteral("db.tunnel"), S::Error, defs[6].title,
                Tr::tr("The SSH server of %1 does not forward connections to the database port.").arg(server.host),
                Tr::tr("Check that the SSH server allows TCP forwarding (AllowTcpForwarding)."), pingDetail);
    } else if (ping == PQPING_OK || ping == PQPING_REJECT) {
        rec.add(QStringLiteral("db.tunnel"), ping == PQPING_OK ? S::Ok : S::Warning, defs[6].title,
                ping == PQPING_OK
                    ? Tr::tr("PostgreSQL answers on port %1 of the server, reached through SSH.").arg(server.dbPort)
                    : Tr::tr("PostgreSQL answers on port %1 but refuses connections right now "
                             "(starting up or shutting down?).")
                          .arg(server.dbPort));
    } else if (databaseMayBeDown) {
        rec.add(QStringLiteral("db.tunnel"), S::Warning, defs[6].title,
                Tr::tr("No database answers on port %1 of the server; it will be replaced by the "
                       "copy of the primary's.")
                    .arg(server.dbPort));
    } else {
        rec.add(QStringLiteral("db.tunnel"), S::Error, defs[6].title,
                Tr::tr("No database answers on port %1 of the server.").arg(server.dbPort),
                Tr::tr("Start OpenELIS on the server, and check the database port in the "
                       "plan (OpenELIS uses 5432)."),
                pingDetail);
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
