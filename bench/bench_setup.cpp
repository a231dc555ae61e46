// bench_setup (issue 4): the whole set-up against the lab, with a primary database of about
// 1 GB (`pgbench -i -s 65`, database benchdb) and an install directory of about 200 MB (200
// files of 1 MB of random data under plugins/bench/), next to baselines measured in the same run:
//  (a) `oe-failover-cli setup` wall time vs the same work with plain tools: tar of the install
//      directory (without data, backups, logs, tomcatLogs) over OpenSSH from the primary to the
//      secondary, then pg_basebackup alone in a throwaway container on the secondary.
//      Goal: ours / plain <= 1.25.
//  (b) a second setup with nothing changed: bytes the copy moved (setup.syncBytes) as a share
//      of the directory it copies (goal < 1 %), and its time as a share of (a)'s (goal < 10 %).
//  (c) the upstream way: tar + gzip of the WHOLE install directory on the primary (the live
//      database included), `scp -3` through this computer, extraction on the secondary, then
//      the base backup. Goal: ours / upstream <= 0.5.
// Before each measured set-up the lab's primary and secondary are reset and the data made
// again. The baselines' one-off preparation (a pg_hba.conf line for the secondary, a password
// file for pg_basebackup) is not timed; our set-up does the equivalent inside its time.
// OpenSSH logs in as the lab's NOPASSWD sudo user with SSH_ASKPASS reading the password from a
// 0600 file (never on a command line); host keys from ssh-keyscan, StrictHostKeyChecking=yes.
#include "benchcommon.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace oef::test;
using namespace oef::bench;

namespace {

const QString kInstall = QStringLiteral("/var/lib/openelis-global");
const QString kBenchDir = kInstall + QStringLiteral("/backups/oef-bench");
const QString kDb = QStringLiteral("openelisglobal-database");

void summary(const QString &figure, const QString &value, const QString &goal = {}, const QString &verdict = {})
{
    summaryLine("bench_setup", figure, value, goal, verdict);
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
        m_env.insert(QStringLiteral("U"), env.value(QStringLiteral("OEF_LAB_NOPW_USER")));
        m_env.insert(QStringLiteral("P"), env.primary());
        m_env.insert(QStringLiteral("S"), env.secondary());
        if (env.value(QStringLiteral("OEF_LAB_NOPW_USER")).isEmpty()) {
            *why = QStringLiteral("lab.sh env names no NOPASSWD user");
            return false;
        }
        const Proc p = run(QStringLiteral("o \"$U@$P\" sudo -n true && o \"$U@$S\" sudo -n true"), 60000);
        if (p.rc != 0) {
            *why = QStringLiteral("OpenSSH login failed: %1").arg(QString::fromUtf8(p.err).trimmed());
            return false;
        }
        return true;
    }

    // Runs a bash script without a terminal (setsid). In it, `o` is ssh and `ocp` scp with the
    // bench's options, $U the login, $P / $S the primary's / secondary's address.
    Proc run(const QString &script, int timeoutMs = 3600000) const
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

struct Bench
{
    LabEnv env;
    QTemporaryDir tmp;
    QString knownHosts;
    QString planFile;
    QByteArray secretsJson;
    OpenSsh openssh;
    QString image;           // the database image (for the baselines' throwaway containers)
    qint64 copySetBytes = 0; // bytes of the part of the install directory the set-up copies
    qint64 dbBytes = 0;

    bool reset()
    {
        out() << "  resetting the primary and the secondary…\n" << Qt::flush;
        return env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}, nullptr,
                       nullptr, {}, 900000)
               == 0;
    }

    // Waits (up to 3 minutes) for the background deletions a reset started, so that they do
    // not compete with what is measured next.
    void waitLabTrash()
    {
        const QString trash = env.value(QStringLiteral("OEF_LAB_DIR")) + QStringLiteral("/trash");
        for (int i = 0; i < 1800; ++i) {
            const QStringList busy = QDir(trash).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            if (busy.isEmpty())
                return;
            QThread::msleep(100);
        }
    }

    // ~1 GB database benchdb and ~200 MB of plugin files on the primary.
    bool makeData()
    {
        QElapsedTimer t;
        t.start();
        out() << "  making the data: pgbench -i -s 65 (benchdb) and 200 x 1 MB under plugins/bench/…\n" << Qt::flush;
        bool ok1 = false, ok2 = false, ok3 = false;
        labExec(env, QStringLiteral("primary"),
                QStringLiteral("set -e; docker exec %1 createdb -U postgres benchdb; "
                               "docker exec %1 pgbench -i -s 65 -q -U postgres benchdb >/dev/null 2>&1; "
                               "docker exec %1 psql -U postgres -qAt -c CHECKPOINT")
                    .arg(kDb),
                &ok1);
        labExec(env, QStringLiteral("primary"),
                QStringLiteral("set -e; d=%1/plugins/bench; install -d -m 0755 $d; "
                               "for i in $(seq -w 1 200); do head -c 1048576 /dev/urandom > $d/plugin-$i.bin; done")
                    .arg(kInstall),
                &ok2);
        const QString sizes = labExec(
            env, QStringLiteral("primary"),
            QStringLiteral("set -e; cd %1; find . \\( -path ./data -o -path ./backups -o -path ./logs -o -path "
                           "./tomcatLogs \\) -prune "
                           "-o -type f -printf '%s\\n' | awk '{s += $1} END {printf \"%d \", s}'; "
                           "docker exec %2 psql -U postgres -qAt -c \"SELECT pg_database_size('benchdb')\"; "
                           "du -sb data | cut -f1")
                .arg(kInstall, kDb),
            &ok3);
        const QStringList parts = sizes.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (!ok1 || !ok2 || !ok3 || parts.size() != 3)
            return false;
        copySetBytes = parts[0].toLongLong();
        dbBytes = parts[1].toLongLong();
        waitLabTrash();
        ::sync();
        out() << "  data ready in " << secs(t.elapsed()) << ": benchdb " << num(dbBytes / 1e6, 0) << " MB (data/ "
              << num(parts[2].toLongLong() / 1e6, 0) << " MB), install directory without data/backups/logs "
              << num(copySetBytes / 1e6, 1) << " MB\n"
              << Qt::flush;
        return true;
    }

    // For the baselines: what our set-up's first step provides (a pg_hba.conf entry for the
    // secondary, the replication password) and an empty side directory. Not timed.
    bool prepareBaseline()
    {
        bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
        labExec(env, QStringLiteral("primary"),
                QStringLiteral("set -e; f=%1/data/pg_hba.conf; grep -q oef-bench $f || "
                               "echo 'host replication backup %2/32 scram-sha-256 # oef-bench' >> $f; "
                               "docker exec %3 psql -U postgres -qAt -c 'SELECT pg_reload_conf()' >/dev/null")
                    .arg(kInstall, env.secondary(), kDb),
                &ok1);
        QByteArray password = labExec(env, QStringLiteral("primary"),
                                      QStringLiteral("cat %1/secrets/backup_datasource.password").arg(kInstall), &ok2)
                                  .toUtf8();
        password.replace('\\', "\\\\").replace(':', "\\:");
        for (const QString &host : {QStringLiteral("primary"), QStringLiteral("secondary")})
            labExec(env, host, QStringLiteral("install -d -m 1777 %1").arg(kBenchDir), &ok3);
        labExec(env, QStringLiteral("secondary"),
                QStringLiteral("set -e; install -d -m 0700 -o 999 -g 999 %1/bb; umask 077; cat > %1/.pgpass; "
                               "chown 999:999 %1/.pgpass")
                    .arg(kBenchDir),
                &ok4, QByteArray("*:*:*:backup:") + password + '\n');
        password.fill('\0');
        image = labExec(env, QStringLiteral("secondary"),
                        QStringLiteral("docker inspect -f '{{.Config.Image}}' %1").arg(kDb));
        return ok1 && ok2 && ok3 && ok4 && !image.isEmpty();
    }

    // pg_basebackup alone, in a throwaway container on the secondary, over OpenSSH.
    Proc baseBackup()
    {
        return openssh.run(QStringLiteral("o \"$U@$S\" \"sudo -n docker run --rm -u 999:999 -v %1/backups:/backups "
                                          "-e PGPASSFILE=/backups/oef-bench/.pgpass --entrypoint pg_basebackup %2 "
                                          "-h $P -p 5432 -U backup -D /backups/oef-bench/bb -X stream -c fast -w\"")
                               .arg(kInstall, image));
    }

    CliRun setup(qint64 *ms)
    {
        QElapsedTimer t;
        t.start();
        CliRun r = runCli({QStringLiteral("setup"), QStringLiteral("--yes"), QStringLiteral("--json"),
                           QStringLiteral("--plan"), planFile, QStringLiteral("--secrets"), QStringLiteral("-"),
                           QStringLiteral("--known-hosts"), knownHosts},
                          secretsJson, 3600000);
        *ms = t.elapsed();
        return r;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer whole;
    whole.start();
    Bench b;
    QString why;
    if (!loadLab(b.env, &why)) {
        out() << "The lab is not up (" << why << "). Start it with 'tests/lab/lab.sh up --spare' (as root).\n";
        return 1;
    }
    out() << "bench_setup: lab primary " << b.env.primary() << ", secondary " << b.env.secondary() << "\n" << Qt::flush;
    if (!b.tmp.isValid() || !b.reset())
        return 1;
    b.knownHosts = b.tmp.filePath(QStringLiteral("known_hosts"));
    if (!b.env.writeKnownHosts(b.knownHosts, {b.env.primary(), b.env.secondary()})
        || !b.openssh.init(b.env, b.knownHosts, &why)) {
        out() << "OpenSSH is not usable: " << why << "\n";
        return 1;
    }
    auto server = [&](const QString &host) {
        return QJsonObject{{QStringLiteral("host"), host},
                           {QStringLiteral("sshPort"), 22},
                           {QStringLiteral("user"), b.env.user()},
                           {QStringLiteral("auth"), QStringLiteral("password")},
                           {QStringLiteral("dbPort"), 5432}};
    };
    b.planFile = b.tmp.filePath(QStringLiteral("plan.json"));
    {
        QFile f(b.planFile);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("primary"), server(b.env.primary())},
                                          {QStringLiteral("secondary"), server(b.env.secondary())}})
                    .toJson());
    }
    const QJsonObject pw{{QStringLiteral("password"), b.env.password()}};
    b.secretsJson = QJsonDocument(QJsonObject{{QStringLiteral("primary"), pw}, {QStringLiteral("secondary"), pw}})
                        .toJson(QJsonDocument::Compact);
    auto fail = [&](const char *what) {
        out() << "bench_setup FAILED: " << what << "\n";
        summary(QStringLiteral("bench_setup"), QStringLiteral("FAILED: %1").arg(QLatin1String(what)));
        b.reset();
        return 1;
    };

    // --ours-only: only (a) and (b), without the baselines and ratios (for profiling a change).
    const bool oursOnly = app.arguments().contains(QStringLiteral("--ours-only"));
    qint64 plainMs = 0, baselineCopySet = 0;
    Proc tarCopy, plainBackup;
    if (!oursOnly) {
        // ------------------------------------------------ baseline: tar over OpenSSH + pg_basebackup
        out() << "\n== Baseline: the same work with plain tools (tar over OpenSSH, pg_basebackup alone)\n" << Qt::flush;
        if (!b.makeData() || !b.prepareBaseline())
            return fail("preparing the baseline");
        tarCopy = b.openssh.run(QStringLiteral("o \"$U@$P\" 'sudo -n tar -C %1 --exclude=./data --exclude=./backups "
                                               "--exclude=./logs --exclude=./tomcatLogs -cf - .' "
                                               "| o \"$U@$S\" 'sudo -n tar -C %1 --numeric-owner -xpf -'")
                                    .arg(kInstall));
        if (tarCopy.rc != 0) {
            out() << QString::fromUtf8(tarCopy.err) << "\n";
            return fail("tar over OpenSSH");
        }
        plainBackup = b.baseBackup();
        if (plainBackup.rc != 0) {
            out() << QString::fromUtf8(plainBackup.err) << "\n";
            return fail("pg_basebackup (baseline)");
        }
        plainMs = tarCopy.ms + plainBackup.ms;
        out() << "  tar of the install directory over OpenSSH: " << secs(tarCopy.ms) << "\n";
        out() << "  pg_basebackup in a throwaway container on the secondary: " << secs(plainBackup.ms) << "\n";
        out() << "  plain tools in all: " << secs(plainMs) << "\n" << Qt::flush;
        baselineCopySet = b.copySetBytes;
    }

    // ------------------------------------------------ (a) our full set-up, (b) the re-run
    out() << "\n== (a) oe-failover-cli setup, fresh lab (goal: <= 1.25 x plain tools)\n" << Qt::flush;
    if (!b.reset() || !b.makeData())
        return fail("preparing the set-up");
    qint64 firstMs = 0;
    const CliRun first = b.setup(&firstMs);
    if (cliFailed(first, "oe-failover-cli setup"))
        return fail("oe-failover-cli setup (a)");
    const QJsonObject firstResult = first.result().value(QStringLiteral("setup")).toObject();
    const double ratioPlain = double(firstMs) / double(std::max<qint64>(1, plainMs));
    out() << "  oe-failover-cli setup: " << secs(firstMs) << " (copy sent "
          << firstResult.value(QStringLiteral("syncFiles")).toInteger() << " files, "
          << num(firstResult.value(QStringLiteral("syncBytes")).toInteger() / 1e6) << " MB)\n";
    printSteps(first);
    if (!oursOnly)
        out() << "  ratio ours / plain tools: " << num(ratioPlain, 2) << " (" << met(ratioPlain <= 1.25) << ")\n"
              << Qt::flush;

    out() << "\n== (b) the same set-up again, nothing changed (goals: copy < 1 % of the directory, time < 10 %)\n"
          << Qt::flush;
    qint64 secondMs = 0;
    const CliRun second = b.setup(&secondMs);
    if (cliFailed(second, "oe-failover-cli setup (re-run)"))
        return fail("oe-failover-cli setup (b)");
    const QJsonObject secondResult = second.result().value(QStringLiteral("setup")).toObject();
    const qint64 rerunBytes = secondResult.value(QStringLiteral("syncBytes")).toInteger();
    const double bytesPct = 100.0 * double(rerunBytes) / double(std::max<qint64>(1, b.copySetBytes));
    const double timePct = 100.0 * double(secondMs) / double(firstMs);
    out() << "  re-run: " << secs(secondMs) << ", copy sent "
          << secondResult.value(QStringLiteral("syncFiles")).toInteger() << " files, " << rerunBytes << " bytes of "
          << b.copySetBytes << " (" << num(bytesPct, 3) << " %), already a standby: "
          << (secondResult.value(QStringLiteral("alreadyStandby")).toBool() ? "yes" : "no") << "\n";
    printSteps(second);
    out() << "  time: " << num(timePct, 1) << " % of the first set-up\n" << Qt::flush;
    if (oursOnly) {
        b.reset();
        return 0;
    }

    // ------------------------------------------------ (c) the upstream way
    out() << "\n== (c) the upstream way: tar+gzip of the whole install dir, scp -3, extract, base backup (goal: ours "
             "<= 0.5 x)\n"
          << Qt::flush;
    if (!b.reset() || !b.makeData() || !b.prepareBaseline())
        return fail("preparing the upstream way");
    const QString archive = kBenchDir + QStringLiteral("/upstream.tar.gz");
    const Proc pack = b.openssh.run(
        QStringLiteral("o \"$U@$P\" 'sudo -n tar -C /var/lib --exclude=openelis-global/backups/oef-bench -czf %1 "
                       "openelis-global; rc=$?; "
                       "sudo -n chmod 644 %1 && [ $rc -le 1 ]'")
            .arg(archive));
    const QString archiveBytes = labExec(b.env, QStringLiteral("primary"),
                                         QStringLiteral("stat -c %s %1").arg(archive));
    const Proc ship = b.openssh.run(QStringLiteral("ocp -3 \"$U@$P:%1\" \"$U@$S:%1\"").arg(archive));
    const Proc unpack = b.openssh.run(
        QStringLiteral("o \"$U@$S\" 'sudo -n mkdir %1/extract && sudo -n tar -C %1/extract -xzf %2'")
            .arg(kBenchDir, archive));
    if (pack.rc != 0 || ship.rc != 0 || unpack.rc != 0) {
        out() << QString::fromUtf8(pack.err + ship.err + unpack.err) << "\n";
        return fail("the upstream way (tar, scp -3, extract)");
    }
    const Proc upstreamBackup = b.baseBackup();
    if (upstreamBackup.rc != 0) {
        out() << QString::fromUtf8(upstreamBackup.err) << "\n";
        return fail("pg_basebackup (upstream way)");
    }
    const qint64 upstreamMs = pack.ms + ship.ms + unpack.ms + upstreamBackup.ms;
    const double ratioUpstream = double(firstMs) / double(upstreamMs);
    out() << "  tar + gzip of the whole install directory on the primary: " << secs(pack.ms) << " ("
          << num(archiveBytes.toLongLong() / 1e6, 0) << " MB archive)\n";
    out() << "  scp -3 through this computer: " << secs(ship.ms) << "\n";
    out() << "  extraction on the secondary: " << secs(unpack.ms) << "\n";
    out() << "  pg_basebackup: " << secs(upstreamBackup.ms) << "\n";
    out() << "  upstream way in all: " << secs(upstreamMs) << "\n";
    out() << "  ratio ours / upstream: " << num(ratioUpstream, 2) << " (" << met(ratioUpstream <= 0.5) << ")\n"
          << Qt::flush;

    // ------------------------------------------------ cleanup and summary
    for (const QString &host : {QStringLiteral("primary"), QStringLiteral("secondary")})
        labExec(b.env, host, QStringLiteral("rm -rf %1").arg(kBenchDir));
    b.reset();

    summary(QStringLiteral("data: benchdb / copied part of install dir"),
            QStringLiteral("%1 MB / %2 MB").arg(num(b.dbBytes / 1e6, 0), num(baselineCopySet / 1e6, 1)));
    summary(QStringLiteral("plain tools (tar over OpenSSH + pg_basebackup)"),
            QStringLiteral("%1 (%2 + %3)").arg(secs(plainMs), secs(tarCopy.ms), secs(plainBackup.ms)));
    summary(QStringLiteral("(a) our full setup"), secs(firstMs));
    summary(QStringLiteral("(a) ratio ours / plain tools"), num(ratioPlain, 2), QStringLiteral("<= 1.25"),
            met(ratioPlain <= 1.25));
    summary(QStringLiteral("(b) re-run: bytes copied / directory"),
            QStringLiteral("%1 B = %2 %").arg(rerunBytes).arg(num(bytesPct, 3)), QStringLiteral("< 1 %"),
            met(bytesPct < 1.0));
    summary(QStringLiteral("(b) re-run time / first"), QStringLiteral("%1 = %2 %").arg(secs(secondMs), num(timePct, 1)),
            QStringLiteral("< 10 %"), met(timePct < 10.0));
    summary(QStringLiteral("(c) upstream way (tar+gzip, scp -3, extract, base backup)"),
            QStringLiteral("%1 (%2 + %3 + %4 + %5)")
                .arg(secs(upstreamMs), secs(pack.ms), secs(ship.ms), secs(unpack.ms), secs(upstreamBackup.ms)));
    summary(QStringLiteral("(c) ratio ours / upstream"), num(ratioUpstream, 2), QStringLiteral("<= 0.5"),
            met(ratioUpstream <= 0.5));
    out() << "\nbench_setup took " << secs(whole.elapsed()) << "\n";
    return 0;
}
