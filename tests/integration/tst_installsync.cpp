// Setup step 3 against the lab: the install directory copied from the primary to the
// secondary (syncInstallDir), with awkward names, re-runs that move only what changed,
// extraneous files, and cancel. The slots run in order and build on each other.
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/remote/relay.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/installsync.h"
#include "labenv.h"
#include "secretwatch.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace oef;
using namespace std::chrono_literals;

namespace {

const QString kPrimary = QStringLiteral("primary");
const QString kSecondary = QStringLiteral("secondary");
const QString kTestDir = QStringLiteral("config/oef-sync-test");

// A StepContext for one call: records logs and progress, with a cancel flag (which can also
// be raised when progress reaches a given fraction).
class TestContext : public StepContext
{
public:
    struct Line
    {
        QString host;
        LogStream stream;
        QString text;
    };
    QList<Line> lines;
    QList<double> fractions;
    QStringList messages;
    std::atomic_bool cancel{false};
    double cancelAt = 2.0;

    void log(const QString &host, LogStream stream, const QString &text) override { lines << Line{host, stream, text}; }
    void progress(double fraction, const QString &message) override
    {
        fractions << fraction;
        if (!message.isEmpty())
            messages << message;
        if (fraction >= cancelAt)
            cancel = true;
    }
    bool isCancelled() const override { return cancel.load(); }
    const std::atomic_bool &cancelFlag() const override { return cancel; }

    QStringList commands() const
    {
        QStringList out;
        for (const Line &l : lines)
            if (l.stream == LogStream::Command)
                out << l.text;
        return out;
    }
    QString all() const
    {
        QStringList out;
        for (const Line &l : lines)
            out << QStringLiteral("[%1] %2").arg(l.host, l.text);
        return out.join(QLatin1Char('\n'));
    }
};

// An independent view of an install directory (not the product's code): every entry of the
// synced set with type, mode, numeric owner and link target, then the files' checksums. The
// guard's oe-failover/ is each server's own (a set-up run before this test may leave it).
const QString kTreeScript = QStringLiteral(
    "set -f; cd /var/lib/openelis-global || exit 1; export LC_ALL=C\n"
    "X='( -path ./data -o -path ./backups -o -path ./logs -o -path ./tomcatLogs "
    "-o -path './data.*' -o -path ./oe-failover ) -prune -o'\n"
    "find . $X -printf '%y %m %U %G %P -> %l\\0' | sort -z | tr '\\n\\0' '?\\n'\n"
    "echo ==\n"
    "find . $X -type f -print0 | sort -z | xargs -0 -r sha256sum\n");

// The test tree on the primary: awkward names, a symlink, an empty dir, a private file,
// and 48 MiB of random data so that the copy takes a moment.
const QString kMakeTree = QStringLiteral("set -e; t=/var/lib/openelis-global/config/oef-sync-test; rm -rf \"$t\"\n"
                                         "mkdir -p \"$t/empty dir\" \"$t/sub dir\"; cd \"$t\"\n"
                                         "printf 'space\\n' > 'with space.txt'\n"
                                         "printf 'sq\\n' > \"single'quote\"\n"
                                         "printf 'dq\\n' > 'double\"quote'\n"
                                         "printf 'dollar\\n' > 'dollar$HOME;x'\n"
                                         "printf 'nl\\n' > \"$(printf 'new\\nline')\"\n"
                                         "printf 'bs\\n' > 'back\\slash'\n"
                                         "printf 'utf\\n' > '\u00e9 \u65e5\u672c.txt'\n"
                                         "printf 'latin1\\n' > \"$(printf 'latin1-\\351')\"\n"
                                         "printf 'dash\\n' > ./-dash\n"
                                         "ln -s 'with space.txt' 'link to space'\n"
                                         "ln -s '../common.properties' 'sub dir/up link'\n"
                                         "printf 'private\\n' > 'sub dir/private'; chmod 0600 'sub dir/private'\n"
                                         "chown 8443:8443 'sub dir/private'; chmod 2750 'sub dir'\n"
                                         "head -c 50331648 /dev/urandom > big.bin\n"
                                         "touch -d @1614834367 'with space.txt'\n");

} // namespace

class TestInstallSync : public QObject
{
    Q_OBJECT

    test::LabEnv m_env;
    QTemporaryDir m_tmp;
    Plan m_plan;
    Secrets m_secrets;
    std::unique_ptr<ServerPool> m_pool;
    std::unique_ptr<test::SecretWatch> m_watch;
    QString m_dataBefore;  // the secondary's data/ marker, PG_VERSION and entries
    QStringList m_allLogs; // every log line of every run, for the secret check

    void fill(TestContext &c)
    {
        c.plan = &m_plan;
        c.secrets = &m_secrets;
        c.servers = m_pool.get();
    }
    StepResult sync(TestContext &c, SyncReport *report, qint64 *ms = nullptr, bool failureExpected = false)
    {
        fill(c);
        QElapsedTimer t;
        t.start();
        const StepResult r = syncInstallDir(c, kPrimary, kSecondary, report);
        if (ms)
            *ms = t.elapsed();
        for (const TestContext::Line &l : c.lines)
            m_allLogs << l.text;
        if (!r.ok && !failureExpected)
            qWarning().noquote() << r.message << '\n' << r.details << '\n' << c.all();
        return r;
    }
    QString sh(const QString &host, const QString &script)
    {
        int rc = -1;
        const QString out = m_env.exec(host, script, &rc);
        if (rc != 0)
            qWarning().noquote() << "lab exec on" << host << "exited" << rc << ":" << out;
        return out;
    }
    QString tree(const QString &host) { return sh(host, kTreeScript); }
    QString dataState()
    {
        return sh(kSecondary,
                  QStringLiteral("cd /var/lib/openelis-global/data && sha256sum PG_VERSION oef-sync-marker && "
                                 "ls -A | LC_ALL=C sort && stat -c '%a %u %g' ."));
    }

private slots:
    void initTestCase()
    {
        OEF_REQUIRE_LAB(m_env);
        QVERIFY(m_tmp.isValid());
        const QString knownHosts = m_tmp.filePath(QStringLiteral("known_hosts"));
        QVERIFY(m_env.writeKnownHosts(knownHosts, {m_env.primary(), m_env.secondary()}));
        m_watch = std::make_unique<test::SecretWatch>(QList<QByteArray>{m_env.password().toUtf8()});

        for (const QString &role : {kPrimary, kSecondary}) {
            ServerSpec s;
            s.host = role == kPrimary ? m_env.primary() : m_env.secondary();
            s.user = m_env.user();
            s.auth = AuthMethod::Password;
            m_plan.servers.insert(role, s);
            m_secrets.forRole(role).password = SecretString(m_env.password());
        }
        HostKeyPolicy policy;
        policy.knownHostsFile = knownHosts;
        m_pool = std::make_unique<ServerPool>(m_plan, m_secrets, policy);

        int rc = -1;
        // Primary: the test tree, plus things that must never travel: a file in data/,
        // in logs/ and in a data.before-standby-* sibling.
        m_env.exec(kPrimary, kMakeTree, &rc);
        QCOMPARE(rc, 0);
        m_env.exec(kPrimary,
                   QStringLiteral("set -e; cd /var/lib/openelis-global\n"
                                  "echo primary-data > data/oef-sync-primary-only\n"
                                  "echo primary-log > logs/oef-sync-primary-only.log\n"
                                  "mkdir -p data.before-standby-20240101T000000\n"
                                  "echo old > data.before-standby-20240101T000000/PG_VERSION"),
                   &rc);
        QCOMPARE(rc, 0);
        // Secondary: an empty synced set (a real first copy), a data/ marker and a log of
        // its own that must survive everything.
        m_env.exec(kSecondary,
                   QStringLiteral("set -e; cd /var/lib/openelis-global\n"
                                  "find . -mindepth 1 -maxdepth 1 ! -name data ! -name backups ! -name logs "
                                  "! -name tomcatLogs -exec rm -rf {} +\n"
                                  "head -c 4096 /dev/urandom > data/oef-sync-marker\n"
                                  "echo secondary-log > logs/oef-sync-secondary-only.log"),
                   &rc);
        QCOMPARE(rc, 0);
        m_dataBefore = dataState();
        QVERIFY(m_dataBefore.contains(QStringLiteral("PG_VERSION")));
    }

    // (1) The whole install dir, primary -> secondary.
    void fullSync()
    {
        TestContext c;
        SyncReport report;
        qint64 ms = 0;
        const StepResult r = sync(c, &report, &ms);
        QVERIFY2(r.ok, qPrintable(r.message + QLatin1Char('\n') + r.details));
        qInfo("first full sync: %lld ms, %lld bytes, %d of %d entries", ms, report.bytesSent, report.filesSent,
              report.filesTotal);
        QVERIFY(report.verified);
        QVERIFY(report.mismatches.isEmpty());
        QVERIFY(report.extraneous.isEmpty());
        QCOMPARE(report.filesSent, report.filesTotal); // the secondary had nothing
        QVERIFY(report.bytesSent > 50331648);
        QVERIFY(report.bytesSent < 50331648 + 1024 * 1024);

        // Same entries, modes, numeric owners, link targets and checksums on both sides.
        const QString primaryTree = tree(kPrimary);
        QVERIFY(primaryTree.contains(QStringLiteral("secrets/backup_datasource.password")));
        QVERIFY(primaryTree.contains(QStringLiteral("oef-sync-test/big.bin")));
        QCOMPARE(tree(kSecondary), primaryTree);

        // secrets/ stays root-only; data/ untouched; logs/ and data.before-standby-* not sent.
        QCOMPARE(sh(kSecondary, QStringLiteral("cd /var/lib/openelis-global && stat -c '%a %u %g %n' secrets secrets/* "
                                               "| cut -d' ' -f1-3 | sort -u")),
                 QStringLiteral("600 0 0\n700 0 0"));
        QCOMPARE(dataState(), m_dataBefore);
        QCOMPARE(
            sh(kSecondary, QStringLiteral("cd /var/lib/openelis-global; ls -d data/oef-sync-primary-only "
                                          "logs/oef-sync-primary-only.log data.before-standby-* 2>/dev/null | wc -l")),
            QStringLiteral("0"));

        // Progress: monotonic, ends at 1, with the byte counts.
        QVERIFY(!c.fractions.isEmpty());
        QVERIFY(std::is_sorted(c.fractions.begin(), c.fractions.end()));
        QCOMPARE(c.fractions.last(), 1.0);
        bool copying = false;
        for (const QString &m : std::as_const(c.messages))
            copying = copying || m.startsWith(QStringLiteral("Copying the install directory: "));
        QVERIFY2(copying, qPrintable(c.messages.join(QLatin1Char('\n'))));
        // Every command is in the log: two listings (the source's with only the checksums its
        // cache holds), tar on each side, the check (the target's listing, and the source's with
        // every checksum when its cache did not hold them all).
        const QStringList cmds = c.commands();
        QCOMPARE(cmds.filter(QStringLiteral("tar -C")).size(), 2);
        const qsizetype listings = cmds.filter(QStringLiteral("manifest.sh ")).size();
        QVERIFY2(listings == 3 || listings == 4, qPrintable(cmds.join(QLatin1Char('\n'))));
    }

    // (2) Awkward names, a symlink and an empty dir arrive intact.
    void awkwardNamesArrive()
    {
        int rc = -1;
        const QString out = m_env.exec(
            kSecondary,
            QStringLiteral("set -e; cd /var/lib/openelis-global/config/oef-sync-test\n"
                           "test \"$(cat 'with space.txt')\" = space\n"
                           "test \"$(cat \"single'quote\")\" = sq\n"
                           "test \"$(cat 'double\"quote')\" = dq\n"
                           "test \"$(cat 'dollar$HOME;x')\" = dollar\n"
                           "test \"$(cat \"$(printf 'new\\nline')\")\" = nl\n"
                           "test \"$(cat 'back\\slash')\" = bs\n"
                           "test \"$(cat '\u00e9 \u65e5\u672c.txt')\" = utf\n"
                           "test \"$(cat \"$(printf 'latin1-\\351')\")\" = latin1\n"
                           "test \"$(cat ./-dash)\" = dash\n"
                           "test -L 'link to space'; test \"$(readlink 'link to space')\" = 'with space.txt'\n"
                           "test \"$(readlink 'sub dir/up link')\" = ../common.properties\n"
                           "test -d 'empty dir'; test -z \"$(ls -A 'empty dir')\"\n"
                           "stat -c '%a %u %g' 'sub dir' 'sub dir/private' | tr '\\n' ' '\n"
                           "stat -c '%Y' 'with space.txt'"),
            &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(out, QStringLiteral("2750 0 0 600 8443 8443 1614834367"));

        // The product's own view of the names.
        TestContext c;
        fill(c);
        QString error;
        const auto m = readManifest(c, kSecondary, m_plan.installDir, m_plan.syncExclude, &error);
        QVERIFY2(m, qPrintable(error));
        auto entry = [&](const QString &name) { return m->value(kTestDir + QLatin1Char('/') + name); };
        const QByteArray utfSum = QCryptographicHash::hash("utf\n", QCryptographicHash::Sha256).toHex();
        QCOMPARE(entry(QStringLiteral("\u00e9 \u65e5\u672c.txt")).sha256, utfSum);
        QCOMPARE(entry(QStringLiteral("new\nline")).type, 'f');
        QCOMPARE(entry(QStringLiteral("back\\slash")).sha256,
                 QCryptographicHash::hash("bs\n", QCryptographicHash::Sha256).toHex());
        QCOMPARE(entry(QStringLiteral("latin1-\\xe9")).rawPath, QByteArray("config/oef-sync-test/latin1-\xe9"));
        QCOMPARE(entry(QStringLiteral("link to space")).type, 'l');
        QCOMPARE(entry(QStringLiteral("link to space")).linkTarget, QStringLiteral("with space.txt"));
        QCOMPARE(entry(QStringLiteral("empty dir")).type, 'd');
        QCOMPARE(entry(QStringLiteral("sub dir")).mode, 02750u);
        QCOMPARE(entry(QStringLiteral("sub dir/private")).uid, 8443u);
        QVERIFY(!m->contains(QStringLiteral("data")));
        QVERIFY(!m->contains(QStringLiteral("logs/oef-sync-secondary-only.log")));
        QVERIFY(m->contains(QStringLiteral(".")));
        QCOMPARE(c.commands().size(), 1); // one command per manifest
    }

    // (3) Re-runs move only what changed; with nothing changed, nothing at all.
    void rerunSendsOnlyChanges()
    {
        int rc = -1;
        m_env.exec(kPrimary,
                   QStringLiteral("set -e; cd /var/lib/openelis-global/config/oef-sync-test\n"
                                  "printf 'more\\n' >> 'with space.txt'\n"
                                  "printf 'added\\n' > 'added file.txt'"),
                   &rc);
        QCOMPARE(rc, 0);
        TestContext c;
        SyncReport report;
        qint64 ms = 0;
        StepResult r = sync(c, &report, &ms);
        QVERIFY2(r.ok, qPrintable(r.message));
        qInfo("re-run with 2 changes: %lld ms, %lld bytes, %d of %d entries", ms, report.bytesSent, report.filesSent,
              report.filesTotal);
        // Exactly 3 entries: the changed file, the added file, and their directory. The
        // directory's time changed on the primary (a file was added), and tar replaces a
        // changed file by unlinking it, which moves the directory's time on the secondary;
        // the directory entry travels so that its time is put back.
        QCOMPARE(report.filesSent, 3);
        QVERIFY(report.bytesSent > 0);
        QVERIFY2(report.bytesSent <= 10240, qPrintable(QString::number(report.bytesSent)));
        QVERIFY(report.verified);
        QCOMPARE(tree(kSecondary), tree(kPrimary));

        TestContext c3;
        SyncReport again;
        r = sync(c3, &again, &ms);
        QVERIFY2(r.ok, qPrintable(r.message));
        qInfo("re-run with nothing changed: %lld ms, %lld bytes", ms, again.bytesSent);
        QCOMPARE(again.filesSent, 0);
        QCOMPARE(again.bytesSent, qint64(0));
        QVERIFY(again.verified);
        QCOMPARE(again.filesTotal, report.filesTotal);
        // The two listings, no tar; the source's is read again with every checksum when its
        // cache did not hold one (a file changed just before the last listing).
        QVERIFY2(c3.commands().size() == 2 || c3.commands().size() == 3,
                 qPrintable(c3.commands().join(QLatin1Char('\n'))));
        QVERIFY(c3.commands().filter(QStringLiteral("tar ")).isEmpty());
    }

    // (4) Entries only on the secondary: reported and kept; removed with deleteExtraneous.
    void extraneousEntries()
    {
        int rc = -1;
        m_env.exec(kPrimary, QStringLiteral("rm -f \"/var/lib/openelis-global/config/oef-sync-test/single'quote\""),
                   &rc);
        QCOMPARE(rc, 0);
        m_env.exec(kSecondary,
                   QStringLiteral("set -e; cd /var/lib/openelis-global/config/oef-sync-test\n"
                                  "mkdir 'extra dir'; echo x > 'extra dir/x'"),
                   &rc);
        QCOMPARE(rc, 0);
        const QStringList expected{kTestDir + QStringLiteral("/extra dir"), kTestDir + QStringLiteral("/extra dir/x"),
                                   kTestDir + QStringLiteral("/single'quote")};
        auto onSecondary = [&] {
            return sh(kSecondary,
                      QStringLiteral("cd /var/lib/openelis-global; ls -d \"config/oef-sync-test/single'quote\" "
                                     "'config/oef-sync-test/extra dir/x' logs/oef-sync-secondary-only.log "
                                     "2>/dev/null | wc -l"));
        };

        m_plan.deleteExtraneous = false;
        TestContext c;
        SyncReport report;
        StepResult r = sync(c, &report);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(report.extraneous, expected);
        QVERIFY(report.removed.isEmpty());
        QVERIFY(report.verified);
        QCOMPARE(onSecondary(), QStringLiteral("3"));
        bool warned = false;
        for (const TestContext::Line &l : std::as_const(c.lines))
            warned = warned
                     || (l.stream == LogStream::Warning && l.host == m_env.secondary()
                         && l.text.contains(QStringLiteral("single'quote")));
        QVERIFY2(warned, qPrintable(c.all()));

        m_plan.deleteExtraneous = true;
        TestContext c2;
        SyncReport report2;
        r = sync(c2, &report2);
        m_plan.deleteExtraneous = false;
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(report2.extraneous, expected);
        QCOMPARE(report2.removed, expected);
        QVERIFY(report2.verified);
        QCOMPARE(onSecondary(), QStringLiteral("1")); // only the excluded log is left
        QCOMPARE(tree(kSecondary), tree(kPrimary));

        // The removal moved the directory's time; it was put back, so nothing is left to do.
        TestContext c3;
        SyncReport report3;
        r = sync(c3, &report3);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(report3.filesSent, 0);
        QVERIFY(report3.extraneous.isEmpty());
    }

    // A path whose type differs on the secondary is replaced; a directory there holding
    // files the primary lacks is only removed when the plan allows deleting extraneous files.
    void typeChanges()
    {
        int rc = -1;
        m_env.exec(kSecondary,
                   QStringLiteral("set -e; cd /var/lib/openelis-global/config/oef-sync-test\n"
                                  "rm 'with space.txt'; mkdir 'with space.txt'\n"
                                  "rmdir 'empty dir'; echo f > 'empty dir'\n"
                                  "rm 'link to space'; echo not-a-link > 'link to space'"),
                   &rc);
        QCOMPARE(rc, 0);
        TestContext c;
        SyncReport report;
        StepResult r = sync(c, &report);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(report.verified);
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(tree(kSecondary), tree(kPrimary));

        m_env.exec(kSecondary,
                   QStringLiteral("set -e; cd /var/lib/openelis-global/config/oef-sync-test\n"
                                  "rm 'back\\slash'; mkdir 'back\\slash'; echo keep > 'back\\slash/keep me'"),
                   &rc);
        QCOMPARE(rc, 0);
        const QString before = tree(kSecondary);
        TestContext c2;
        r = sync(c2, &report, nullptr, true);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("Nothing was changed")), qPrintable(r.message));
        QVERIFY2(r.details.contains(kTestDir + QStringLiteral("/back\\slash")), qPrintable(r.details));
        QCOMPARE(tree(kSecondary), before);

        m_plan.deleteExtraneous = true;
        TestContext c3;
        r = sync(c3, &report);
        m_plan.deleteExtraneous = false;
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(report.removed, QStringList{kTestDir + QStringLiteral("/back\\slash/keep me")});
        QCOMPARE(tree(kSecondary), tree(kPrimary));
    }

    // The relay feeds the producer's stdin after sudo, while reading its output: 8 MiB
    // through `cat` (more than an SSH window, so writing it all first would deadlock).
    void relayFeedsProducerStdin()
    {
        SshError error;
        SshSession *from = m_pool->session(kPrimary, &error);
        QVERIFY2(from, qPrintable(error.message));
        SshSession *to = m_pool->session(kSecondary, &error);
        QVERIFY2(to, qPrintable(error.message));
        QByteArray input(8 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < input.size(); ++i)
            input[i] = char((i * 7919) >> 3);
        const QString sum = QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
        RemoteCommand producer{QStringLiteral("cat"), {}, input, 60s, true, {}};
        RemoteCommand consumer{QStringLiteral("sh"),
                               {QStringLiteral("-c"), QStringLiteral("test \"$(sha256sum | cut -c1-64)\" = \"$1\""),
                                QStringLiteral("sh"), sum},
                               {},
                               60s,
                               false,
                               {}};
        const RelayResult r = relay(*from, producer, *to, consumer);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, qint64(input.size()));
    }

    // (5) Cancel before the copy: a cancelled error and no change on the secondary.
    void cancelBeforeCopy()
    {
        int rc = -1;
        m_env.exec(kPrimary,
                   QStringLiteral(
                       "printf 'changed again\\n' >> '/var/lib/openelis-global/config/oef-sync-test/with space.txt'"),
                   &rc);
        QCOMPARE(rc, 0);
        const QString before = tree(kSecondary);
        QVERIFY(before != tree(kPrimary));

        TestContext c; // flag already set: nothing runs at all
        c.cancel = true;
        SyncReport report;
        StepResult r = sync(c, &report, nullptr, true);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("cancelled")), qPrintable(r.message));
        QVERIFY(c.commands().isEmpty());
        QCOMPARE(report.bytesSent, qint64(0));

        TestContext c2; // raised once both listings are done, before the copy
        c2.cancelAt = 0.15;
        r = sync(c2, &report, nullptr, true);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("cancelled")), qPrintable(r.message));
        // Both listings; the source's is read a second time, with every checksum, when a file
        // whose checksum its cache did not hold is on both sides with the same size.
        QVERIFY2(c2.commands().size() == 2 || c2.commands().size() == 3,
                 qPrintable(c2.commands().join(QLatin1Char('\n'))));
        QVERIFY(c2.commands().filter(QStringLiteral("tar ")).isEmpty());
        QCOMPARE(report.bytesSent, qint64(0));
        QCOMPARE(tree(kSecondary), before);

        TestContext c3; // and a normal run completes it
        r = sync(c3, &report);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(report.filesSent, 2); // the file and its directory (see rerunSendsOnlyChanges)
        QCOMPARE(tree(kSecondary), tree(kPrimary));
    }

    void noSecretAnywhere()
    {
        m_watch->stop();
        QVERIFY(m_watch->samples() > 10);
        QVERIFY2(m_watch->findings().isEmpty(), qPrintable(m_watch->findings().join(QLatin1Char('\n'))));
        const QString pw = m_env.password();
        for (const QString &l : std::as_const(m_allLogs))
            QVERIFY2(!l.contains(pw), "the password reached a log line");
    }

    void cleanupTestCase()
    {
        if (m_env.primary().isEmpty())
            return;
        m_pool.reset();
        m_env.exec(kPrimary, QStringLiteral("cd /var/lib/openelis-global && rm -rf config/oef-sync-test "
                                            "data/oef-sync-primary-only logs/oef-sync-primary-only.log "
                                            "data.before-standby-20240101T000000"));
        // The secondary now holds the primary's secrets and files: put it back as `up` left it.
        QByteArray out, err;
        const int rc = m_env.lab({QStringLiteral("reset"), kSecondary}, &out, &err);
        if (rc != 0)
            qWarning().noquote() << "lab.sh reset secondary failed:" << rc << err;
    }
};

QTEST_GUILESS_MAIN(TestInstallSync)
#include "tst_installsync.moc"
