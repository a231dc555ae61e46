// bench_relay (issue 3): the stream relay and remote commands, against the lab.
//  1. Throughput (MB/s) of oef::relay() moving one 1 GiB file from the primary to the
//     secondary (`cat F` -> `sh -c 'cat > F'`, both as root through sudo), next to OpenSSH's
//     `ssh A 'sudo cat F' | ssh B 'sudo sh -c "cat > F"'` for the same file, in the same run.
//     Goal: ours >= 0.8 of OpenSSH. Each run includes logging in (ours: a new SshSession per
//     side; OpenSSH: new connections), so both sides pay the same handshakes.
//  2. 100 small remote commands (`true`) on one SshSession, plain and as root: total and per command, next to
//     100 `ssh HOST true` multiplexed over one OpenSSH master connection (ControlMaster).
// OpenSSH logs in as the lab's NOPASSWD sudo user with SSH_ASKPASS reading the password from a
// 0600 file (never on a command line) and checks host keys against an ssh-keyscan known_hosts
// with StrictHostKeyChecking=yes. OEF_BENCH_RUNS sets the number of 1 GiB transfers per tool
// (default 5, alternating which tool goes first).
#include "backend/remote/relay.h"
#include "backend/remote/sshsession.h"
#include "benchcommon.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace oef;
using namespace oef::test;
using namespace oef::bench;
using namespace std::chrono_literals;

namespace {

const QString kBenchDir = QStringLiteral("/var/lib/openelis-global/backups/oef-bench");
const QString kFile = kBenchDir + QStringLiteral("/relay-1GiB.bin");
constexpr qint64 kFileBytes = 1073741824;
constexpr int kLabExecMs = 1800000; // each command on a lab server: half an hour at most

void summary(const QString &figure, const QString &value, const QString &goal, const QString &verdict)
{
    summaryLine("bench_relay", figure, value, goal, verdict);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0.0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0);
}

// OpenSSH as a lab operator would use it, without any password on a command line.
class OpenSsh
{
public:
    bool init(const LabEnv &env, const QString &knownHosts, QString *why)
    {
        if (!m_dir.isValid()) {
            *why = QStringLiteral("no temporary directory");
            return false;
        }
        const QString pwFile = m_dir.filePath(QStringLiteral("askpass-password"));
        {
            QFile f(pwFile);
            if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
                *why = QStringLiteral("cannot write %1").arg(pwFile);
                return false;
            }
            f.write(env.password().toUtf8());
        }
        const QString askpass = QFileInfo(env.labSh()).absolutePath() + QStringLiteral("/askpass.sh");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("SSH_ASKPASS"), askpass);
        m_env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        m_env.insert(QStringLiteral("DISPLAY"), QStringLiteral("oef-bench:0"));
        m_env.insert(QStringLiteral("OEF_ASKPASS_FILE"), pwFile);
        m_env.insert(QStringLiteral("OEF_BENCH_KH"), knownHosts);
        m_env.insert(QStringLiteral("OEF_BENCH_CTL"), m_dir.filePath(QStringLiteral("ctl")));
        m_env.insert(QStringLiteral("OEF_BENCH_TMP"), m_dir.path());
        m_env.insert(QStringLiteral("U"), env.value(QStringLiteral("OEF_LAB_NOPW_USER")));
        m_env.insert(QStringLiteral("P"), env.primary());
        m_env.insert(QStringLiteral("S"), env.secondary());
        if (env.value(QStringLiteral("OEF_LAB_NOPW_USER")).isEmpty()) {
            *why = QStringLiteral("lab.sh env names no NOPASSWD user");
            return false;
        }
        // A first login proves the whole chain (askpass, host key, sudo) before measuring.
        const Proc p = run(QStringLiteral("o \"$U@$P\" sudo -n true && o \"$U@$S\" sudo -n true"), 60000);
        if (p.rc != 0) {
            *why = QStringLiteral("OpenSSH login as %1 failed: %2")
                       .arg(env.value(QStringLiteral("OEF_LAB_NOPW_USER")), QString::fromUtf8(p.err).trimmed());
            return false;
        }
        return true;
    }

    // Runs a bash script without a terminal (setsid). In it, `o` is ssh with the bench's
    // options, $U the login, $P / $S the primary's / secondary's address.
    Proc run(const QString &script, int timeoutMs = 1800000) const
    {
        static const QString prelude = QStringLiteral(
            "set -o pipefail\n"
            "OPTS=(-F /dev/null -o UserKnownHostsFile=\"$OEF_BENCH_KH\" -o GlobalKnownHostsFile=/dev/null "
            "-o StrictHostKeyChecking=yes -o BatchMode=no -o PubkeyAuthentication=no "
            "-o PreferredAuthentications=keyboard-interactive,password -o NumberOfPasswordPrompts=1 "
            "-o ConnectTimeout=10 -o ServerAliveInterval=15 -o LogLevel=ERROR)\n"
            "o() { ssh \"${OPTS[@]}\" \"$@\"; }\n"
            "ocp() { scp \"${OPTS[@]}\" \"$@\"; }\n");
        return runLocal(QStringLiteral("setsid"),
                        {QStringLiteral("-w"), QStringLiteral("bash"), QStringLiteral("-c"), prelude + script}, m_env,
                        {}, timeoutMs);
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

std::unique_ptr<SshSession> connectTo(const LabEnv &env, const QString &host, const HostKeyPolicy &policy)
{
    ServerSpec spec;
    spec.host = host;
    spec.user = env.user();
    ServerSecrets secrets;
    secrets.password = SecretString(env.password());
    auto s = std::make_unique<SshSession>();
    if (!s->connect(spec, secrets, policy, 10s)) {
        out() << "  ! login to " << host << " failed: " << s->lastError().message << " " << s->lastError().details
              << "\n";
        return nullptr;
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer whole;
    whole.start();
    LabEnv env;
    QString why;
    if (!loadLab(env, &why)) {
        out() << "The lab is not up (" << why << "). Start it with 'tests/lab/lab.sh up --spare' (as root).\n";
        return 1;
    }
    const int runs = std::max(
        1, qEnvironmentVariableIsSet("OEF_BENCH_RUNS") ? qEnvironmentVariableIntValue("OEF_BENCH_RUNS") : 5);
    out() << "bench_relay: lab primary " << env.primary() << ", secondary " << env.secondary() << "\n";
    out() << "Resetting the primary and the secondary…\n" << Qt::flush;
    if (env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}, nullptr, nullptr, {},
                900000)
        != 0) {
        out() << "lab.sh reset failed\n";
        return 1;
    }
    QTemporaryDir tmp;
    HostKeyPolicy policy;
    policy.knownHostsFile = tmp.filePath(QStringLiteral("known_hosts"));
    if (!env.writeKnownHosts(policy.knownHostsFile, {env.primary(), env.secondary()})) {
        out() << "ssh-keyscan failed\n";
        return 1;
    }
    OpenSsh openssh;
    if (!openssh.init(env, policy.knownHostsFile, &why)) {
        out() << why << "\n";
        return 1;
    }
    bool ok = true;
    for (const QString &host : {QStringLiteral("primary"), QStringLiteral("secondary")}) {
        bool one = false;
        labExec(env, host, QStringLiteral("install -d -m 1777 %1").arg(kBenchDir), &one, {}, kLabExecMs);
        ok = ok && one;
    }
    out() << "Making a 1 GiB file of pseudo-random data on the primary…\n" << Qt::flush;
    bool made = false;
    labExec(env, QStringLiteral("primary"),
            QStringLiteral("openssl enc -aes-128-ctr -pass pass:oef -nosalt -pbkdf2 </dev/zero 2>/dev/null "
                           "| head -c %1 > %2 && chmod 644 %2")
                .arg(kFileBytes)
                .arg(kFile),
            &made, {}, kLabExecMs);
    const QString sumA = labExec(env, QStringLiteral("primary"),
                                 QStringLiteral("sha256sum < %1 | cut -d' ' -f1").arg(kFile), nullptr, {}, kLabExecMs);
    if (!ok || !made || sumA.size() != 64) {
        out() << "Could not prepare the file on the primary.\n";
        return 1;
    }
    ::sync();

    // ---------------------------------------------------------------- 1. throughput
    out() << "\n== 1. 1 GiB primary -> secondary: oef::relay() vs OpenSSH (goal: ours >= 0.8 of OpenSSH)\n"
          << Qt::flush;
    QList<double> oursMBs, oursRelayOnlyMBs, sshMBs;
    auto clearTarget = [&] {
        labExec(env, QStringLiteral("secondary"), QStringLiteral("rm -f %1").arg(kFile), nullptr, {}, kLabExecMs);
        ::sync();
    };
    auto targetIntact = [&] {
        return labExec(env, QStringLiteral("secondary"), QStringLiteral("sha256sum < %1 | cut -d' ' -f1").arg(kFile),
                       nullptr, {}, kLabExecMs)
               == sumA;
    };
    auto runOurs = [&](int round) -> bool {
        clearTarget();
        QElapsedTimer t;
        t.start();
        auto a = connectTo(env, env.primary(), policy);
        auto b = connectTo(env, env.secondary(), policy);
        if (!a || !b)
            return false;
        const qint64 connectMs = t.elapsed();
        RemoteCommand producer;
        producer.program = QStringLiteral("cat");
        producer.args = {kFile};
        producer.timeout = 30min;
        producer.asRoot = true;
        RemoteCommand consumer;
        consumer.program = QStringLiteral("sh");
        consumer.args = {QStringLiteral("-c"), QStringLiteral("cat > \"$1\""), QStringLiteral("sh"), kFile};
        consumer.timeout = 30min;
        consumer.asRoot = true;
        QElapsedTimer r;
        r.start();
        const RelayResult rr = relay(*a, producer, *b, consumer);
        const qint64 relayMs = r.elapsed();
        const qint64 totalMs = t.elapsed();
        if (!rr.ok || rr.bytes != kFileBytes) {
            out() << "  ! relay failed: " << rr.error << " (" << rr.bytes << " bytes)\n";
            return false;
        }
        const bool intact = targetIntact();
        const double mbs = kFileBytes / 1e6 / (totalMs / 1000.0);
        const double relayOnly = kFileBytes / 1e6 / (relayMs / 1000.0);
        oursMBs << mbs;
        oursRelayOnlyMBs << relayOnly;
        out() << "  run " << round << " ours:    " << totalMs << " ms = " << num(mbs) << " MB/s (logins " << connectMs
              << " ms; relay alone " << relayMs << " ms = " << num(relayOnly) << " MB/s)"
              << (intact ? ", checksum OK" : ", CHECKSUM MISMATCH") << "\n"
              << Qt::flush;
        return intact;
    };
    auto runOpenSsh = [&](int round) -> bool {
        clearTarget();
        const Proc p = openssh.run(
            QStringLiteral("o \"$U@$P\" \"sudo -n cat %1\" | o \"$U@$S\" \"sudo -n sh -c 'cat > %1'\"").arg(kFile));
        if (p.rc != 0) {
            out() << "  ! OpenSSH pipeline exited " << p.rc << ": " << QString::fromUtf8(p.err).trimmed() << "\n";
            return false;
        }
        const bool intact = targetIntact();
        const double mbs = kFileBytes / 1e6 / (p.ms / 1000.0);
        sshMBs << mbs;
        out() << "  run " << round << " OpenSSH: " << p.ms << " ms = " << num(mbs) << " MB/s"
              << (intact ? ", checksum OK" : ", CHECKSUM MISMATCH") << "\n"
              << Qt::flush;
        return intact;
    };
    for (int i = 1; i <= runs && ok; ++i) {
        if (i % 2)
            ok = runOurs(i) && runOpenSsh(i);
        else
            ok = runOpenSsh(i) && runOurs(i);
    }
    if (ok) {
        const double ours = median(oursMBs), theirs = median(sshMBs), ratio = ours / theirs;
        out() << "  median ours (logins + relay): " << num(ours) << " MB/s; relay alone "
              << num(median(oursRelayOnlyMBs)) << " MB/s; OpenSSH: " << num(theirs) << " MB/s\n";
        out() << "  ratio ours / OpenSSH: " << num(ratio, 2) << " (goal >= 0.80: " << (ratio >= 0.8 ? "met" : "NOT met")
              << ")\n";
        summary(QStringLiteral("relay 1 GiB, ours (median of %1)").arg(runs), num(ours) + QStringLiteral(" MB/s"),
                QString(), QString());
        summary(QStringLiteral("relay 1 GiB, OpenSSH (median of %1)").arg(runs), num(theirs) + QStringLiteral(" MB/s"),
                QString(), QString());
        summary(QStringLiteral("relay ratio ours / OpenSSH"), num(ratio, 2), QStringLiteral(">= 0.80"),
                ratio >= 0.8 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    } else {
        summary(QStringLiteral("relay ratio ours / OpenSSH"), QStringLiteral("FAILED"), QStringLiteral(">= 0.80"),
                QStringLiteral("-"));
    }

    // ---------------------------------------------------------------- 2. small commands
    out() << "\n== 2. 100 remote commands (`true`) on one SshSession vs one OpenSSH master connection\n" << Qt::flush;
    bool cmdOk = false;
    if (auto s = connectTo(env, env.primary(), policy)) {
        RemoteCommand c;
        c.program = QStringLiteral("true");
        c.timeout = 30s;
        for (int i = 0; i < 3; ++i)
            s->run(c); // warm-up
        int failures = 0;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 100; ++i)
            failures += s->run(c).ok() ? 0 : 1;
        const qint64 oursMs = t.elapsed();
        // The same as root (sudo with the password, as the flows run almost everything).
        RemoteCommand r = c;
        r.asRoot = true;
        for (int i = 0; i < 3; ++i)
            s->run(r); // warm-up
        int rootFailures = 0;
        t.restart();
        for (int i = 0; i < 100; ++i)
            rootFailures += s->run(r).ok() ? 0 : 1;
        const qint64 rootMs = t.elapsed();
        failures += rootFailures;
        // OpenSSH: one master (ControlMaster, not timed), then 100 `ssh HOST true` through it.
        const Proc master = openssh.run(
            QStringLiteral(
                "o -f -N -o ControlMaster=yes -o ControlPath=\"$OEF_BENCH_CTL\" -o ControlPersist=120 \"$U@$P\" "
                "</dev/null >/dev/null 2>\"$OEF_BENCH_TMP/master.err\" && "
                "for i in 1 2 3; do o -o ControlMaster=no -o ControlPath=\"$OEF_BENCH_CTL\" \"$U@$P\" true || exit 1; "
                "done"),
            60000);
        const Proc loop = openssh.run(QStringLiteral("for ((i = 0; i < 100; i++)); do o -o ControlMaster=no -o "
                                                     "ControlPath=\"$OEF_BENCH_CTL\" \"$U@$P\" true || exit 1; done"));
        openssh.run(QStringLiteral("o -o ControlPath=\"$OEF_BENCH_CTL\" -O exit \"$U@$P\" 2>/dev/null"), 30000);
        out() << "  ours:    " << oursMs << " ms for 100 = " << num(oursMs / 100.0, 2) << " ms per command"
              << (failures ? QStringLiteral(" (%1 FAILED)").arg(failures) : QString()) << "\n";
        out() << "  ours as root (sudo with the password): " << rootMs << " ms for 100 = " << num(rootMs / 100.0, 2)
              << " ms per command\n";
        summary(QStringLiteral("100 x `true` as root (sudo), one SshSession"),
                QStringLiteral("%1 ms (%2 ms each)").arg(rootMs).arg(num(rootMs / 100.0, 2)), QString(), QString());
        if (master.rc == 0 && loop.rc == 0) {
            const double ratio = double(oursMs) / double(loop.ms);
            out() << "  OpenSSH (multiplexed): " << loop.ms << " ms for 100 = " << num(loop.ms / 100.0, 2)
                  << " ms per command\n";
            out() << "  ratio ours / OpenSSH (time, lower is better): " << num(ratio, 2) << "\n";
            summary(QStringLiteral("100 x `true`, one SshSession"),
                    QStringLiteral("%1 ms (%2 ms each)").arg(oursMs).arg(num(oursMs / 100.0, 2)), QString(), QString());
            summary(QStringLiteral("100 x `true`, OpenSSH ControlMaster"),
                    QStringLiteral("%1 ms (%2 ms each)").arg(loop.ms).arg(num(loop.ms / 100.0, 2)), QString(),
                    QString());
            summary(QStringLiteral("100 commands: time ours / OpenSSH"), num(ratio, 2),
                    QStringLiteral("(lower is better)"), QString());
        } else {
            out() << "  ! OpenSSH multiplexed loop failed: " << QString::fromUtf8(master.err + loop.err).trimmed()
                  << "\n";
        }
        cmdOk = failures == 0 && master.rc == 0 && loop.rc == 0;
    }

    // ---------------------------------------------------------------- cleanup
    for (const QString &host : {QStringLiteral("primary"), QStringLiteral("secondary")})
        labExec(env, host, QStringLiteral("rm -rf %1").arg(kBenchDir), nullptr, {}, kLabExecMs);
    out() << "\nbench_relay took " << num(whole.elapsed() / 1000.0) << " s\n";
    return ok && cmdOk ? 0 : 1;
}
