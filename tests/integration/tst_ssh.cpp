// SSH sessions, host keys, remote commands with sudo, the relay and the database ping through a session,
// against the real lab servers.
#include "backend/remote/dbping.h"
#include "backend/remote/relay.h"
#include "backend/remote/sshsession.h"
#include "labenv.h"
#include "secretwatch.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <libpq-fe.h>

using namespace oef;
using namespace std::chrono_literals;

class TestSsh : public QObject
{
    Q_OBJECT

private:
    test::LabEnv m_env;
    QTemporaryDir m_tmp;
    QString m_knownHosts; // both lab servers' current keys
    std::unique_ptr<test::SecretWatch> m_watch;

    ServerSpec spec(const QString &host, const QString &user = {}) const
    {
        ServerSpec s;
        s.host = host;
        s.user = user.isEmpty() ? m_env.user() : user;
        return s;
    }
    ServerSecrets secrets(const QString &password = {}) const
    {
        ServerSecrets s;
        s.password = SecretString(password.isEmpty() ? m_env.password() : password);
        return s;
    }
    HostKeyPolicy policy() const
    {
        HostKeyPolicy p;
        p.knownHostsFile = m_knownHosts;
        return p;
    }
    std::unique_ptr<SshSession> connectTo(const QString &host, const QString &user = {})
    {
        auto s = std::make_unique<SshSession>();
        if (!s->connect(spec(host, user), secrets(), policy(), 10s))
            qWarning() << s->lastError().message << s->lastError().details;
        return s;
    }

private slots:
    void initTestCase()
    {
        OEF_REQUIRE_LAB(m_env);
        QVERIFY(m_tmp.isValid());
        // Two independent servers (earlier tests may have left a replicating pair).
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
        m_knownHosts = m_tmp.filePath(QStringLiteral("known_hosts"));
        QVERIFY(m_env.writeKnownHosts(m_knownHosts, {m_env.primary(), m_env.secondary()}));
        m_watch = std::make_unique<test::SecretWatch>(QList<QByteArray>{m_env.password().toUtf8()});
    }

    void connectAndRun()
    {
        auto s = connectTo(m_env.primary());
        QVERIFY(s->isConnected());
        RemoteCommand c{QStringLiteral("sh"),
                        {QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; echo \"$1\"; exit 3"),
                         QStringLiteral("sh"), QStringLiteral("Hello Remote World! $HOME 'q' \"d\" ; é")},
                        {},
                        30s,
                        false,
                        {}};
        QStringList lines;
        RunOptions o;
        o.onLine = [&](LogStream st, const QString &l) {
            lines << (st == LogStream::StdErr ? QStringLiteral("E:") : QStringLiteral("O:")) + l;
        };
        const CommandResult r = s->run(c, o);
        QCOMPARE(r.outcome, CommandResult::Outcome::Exited);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.stdOut, QByteArray("out\nHello Remote World! $HOME 'q' \"d\" ; \xc3\xa9\n"));
        QCOMPARE(r.stdErr, QByteArray("err\n"));
        QVERIFY(lines.contains(QStringLiteral("E:err")));
        QVERIFY(lines.contains(QStringLiteral("O:out")));
    }

    void stdinAndLargeOutput()
    {
        auto s = connectTo(m_env.primary());
        QByteArray input;
        for (int i = 0; i < 20000; ++i)
            input += "line " + QByteArray::number(i) + " with some text\n";
        RemoteCommand cat{QStringLiteral("cat"), {}, input, 30s, false, {}};
        CommandResult r = s->run(cat);
        QVERIFY(r.ok());
        QCOMPARE(r.stdOut, input);

        RemoteCommand big{QStringLiteral("head"),
                          {QStringLiteral("-c"), QStringLiteral("52428800"), QStringLiteral("/dev/zero")},
                          {},
                          120s,
                          false,
                          {}};
        QElapsedTimer t;
        t.start();
        r = s->run(big);
        QVERIFY2(r.ok(), qPrintable(describeOutcome(r)));
        QCOMPARE(r.stdOut.size(), 52428800);
        qInfo() << "50 MB output read in" << t.elapsed() << "ms";
    }

    void timeoutAndCancelLeaveNoProcess()
    {
        auto s = connectTo(m_env.primary());
        RemoteCommand slow{QStringLiteral("sleep"), {QStringLiteral("4711")}, {}, 1500ms, false, {}};
        QElapsedTimer t;
        t.start();
        CommandResult r = s->run(slow);
        QCOMPARE(r.outcome, CommandResult::Outcome::TimedOut);
        QVERIFY(t.elapsed() < 8000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_env.exec(QStringLiteral("primary"), QStringLiteral("pgrep -f 'slee[p] 4711' | wc -l")),
            QStringLiteral("0"), 5000);

        // Cancel from another thread, as root through sudo.
        std::atomic_bool cancel{false};
        RemoteCommand slowRoot{QStringLiteral("sleep"), {QStringLiteral("4712")}, {}, 60s, true, {}};
        std::thread canceller([&] {
            std::this_thread::sleep_for(1500ms);
            cancel = true;
        });
        RunOptions o;
        o.cancel = &cancel;
        r = s->run(slowRoot, o);
        canceller.join();
        QCOMPARE(r.outcome, CommandResult::Outcome::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_env.exec(QStringLiteral("primary"), QStringLiteral("pgrep -f 'slee[p] 4712' | wc -l")),
            QStringLiteral("0"), 5000);
        // The session is still usable afterwards.
        RemoteCommand echo{QStringLiteral("echo"), {QStringLiteral("alive")}, {}, 10s, false, {}};
        QCOMPARE(s->run(echo).stdOut, QByteArray("alive\n"));
    }

    void sudoWithAwkwardPassword()
    {
        auto s = connectTo(m_env.secondary());
        RemoteCommand id{QStringLiteral("id"), {QStringLiteral("-u")}, {}, 30s, true, {}};
        CommandResult r = s->run(id);
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.stdOut, QByteArray("0\n"));
        // stdin reaches the command, not sudo, and the password never does.
        RemoteCommand cat{QStringLiteral("cat"), {}, QByteArray("payload\n"), 30s, true, {}};
        r = s->run(cat);
        QVERIFY(r.ok());
        QCOMPARE(r.stdOut, QByteArray("payload\n"));
        QVERIFY(!r.stdErr.contains(m_env.password().toUtf8()));
    }

    // Root commands share one root shell per session (sudo asks once); each keeps its own
    // stdin, stdout, stderr and exit status, and a stopped one does not spoil the next.
    void rootShellKeepsCommandsApart()
    {
        auto s = connectTo(m_env.primary());
        auto root = [](const QString &script, const QByteArray &in = {}, std::chrono::milliseconds t = 30s) {
            return RemoteCommand{QStringLiteral("sh"), {QStringLiteral("-c"), script}, in, t, true, {}};
        };
        // Same shell: the commands' parent is the same process.
        const CommandResult p1 = s->run(root(QStringLiteral("echo $PPID")));
        const CommandResult p2 = s->run(root(QStringLiteral("echo $PPID")));
        QVERIFY2(p1.ok() && p2.ok(), qPrintable(p1.errorText + p2.errorText));
        QCOMPARE(p1.stdOut, p2.stdOut);
        // Binary stdin (NULs, no final newline) arrives unchanged; output without a newline.
        QByteArray binary;
        for (int i = 0; i < 70000; ++i)
            binary += char(i * 7 % 256);
        CommandResult r = s->run(root(QStringLiteral("cat; printf 'no newline' >&2; exit 7"), binary));
        QCOMPARE(r.outcome, CommandResult::Outcome::Exited);
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.stdOut, binary);
        QCOMPARE(r.stdErr, QByteArray("no newline"));
        // Text that looks like the shell's own markers passes through.
        r = s->run(root(QStringLiteral("printf '@@oef-end-x 0\\n@@oef-in-y\\n'")));
        QVERIFY(r.ok());
        QCOMPARE(r.stdOut, QByteArray("@@oef-end-x 0\n@@oef-in-y\n"));
        // Stdin larger than the shell takes goes on its own channel.
        const QByteArray large(400 * 1024, 'z');
        r = s->run(root(QStringLiteral("wc -c"), large));
        QVERIFY(r.ok());
        QCOMPARE(r.stdOut.trimmed(), QByteArray("409600"));
        // A timed-out root command ends, and the next command runs.
        r = s->run(root(QStringLiteral("sleep 4713"), {}, 1500ms));
        QCOMPARE(r.outcome, CommandResult::Outcome::TimedOut);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_env.exec(QStringLiteral("primary"), QStringLiteral("pgrep -f 'slee[p] 4713' | wc -l")),
            QStringLiteral("0"), 5000);
        r = s->run(root(QStringLiteral("id -u")));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.stdOut, QByteArray("0\n"));
        // Lines stream while the command runs (a watcher waits for such a line).
        QElapsedTimer clock;
        clock.start();
        qint64 readyAt = -1;
        RunOptions streamed;
        streamed.onLine = [&](LogStream st, const QString &l) {
            if (st == LogStream::StdErr && l == QLatin1String("ready") && readyAt < 0)
                readyAt = clock.elapsed();
        };
        r = s->run(root(QStringLiteral("echo ready >&2; sleep 2")), streamed);
        QVERIFY(r.ok());
        QVERIFY2(readyAt >= 0 && readyAt < 1500, qPrintable(QString::number(readyAt)));
        // The shell's state is not the commands': a variable set by one is not seen by the next.
        QVERIFY(s->run(root(QStringLiteral("oef_p=12345; export OEF_X=1"))).ok());
        r = s->run(root(QStringLiteral("echo \"${OEF_X:-unset}\"")));
        QCOMPARE(r.stdOut, QByteArray("unset\n"));
    }

    void sudoWrongPassword()
    {
        auto s = std::make_unique<SshSession>();
        ServerSecrets sec = secrets();
        sec.sudoPassword = SecretString(QStringLiteral("not the password"));
        QVERIFY(s->connect(spec(m_env.primary()), sec, policy(), 10s));
        RemoteCommand id{QStringLiteral("id"), {QStringLiteral("-u")}, {}, 30s, true, {}};
        const CommandResult r = s->run(id);
        QCOMPARE(r.outcome, CommandResult::Outcome::CouldNotStart);
        QVERIFY2(r.errorText.contains(QStringLiteral("rejected the password")), qPrintable(r.errorText));
        QVERIFY(r.errorText.contains(m_env.user()));
    }

    void sudoNotAllowed()
    {
        auto s = connectTo(m_env.primary(), m_env.value(QStringLiteral("OEF_LAB_NOSUDO_USER")));
        QVERIFY(s->isConnected());
        RemoteCommand id{QStringLiteral("id"), {QStringLiteral("-u")}, {}, 30s, true, {}};
        const CommandResult r = s->run(id);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText.contains(QStringLiteral("may not run commands as root")), qPrintable(r.errorText));
    }

    void sudoWithoutPasswordWhenNotNeeded()
    {
        auto s = std::make_unique<SshSession>();
        ServerSecrets sec = secrets();
        // Login by password, but no sudo password: sudo -n must work for a NOPASSWD user.
        QVERIFY(
            s->connect(spec(m_env.primary(), m_env.value(QStringLiteral("OEF_LAB_NOPW_USER"))), sec, policy(), 10s));
        RemoteCommand id{QStringLiteral("id"), {QStringLiteral("-u")}, {}, 30s, true, {}};
        CommandResult r = s->run(id);
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.stdOut, QByteArray("0\n"));
    }

    void wrongLoginPassword()
    {
        SshSession s;
        QVERIFY(!s.connect(spec(m_env.primary()), secrets(QStringLiteral("wrong password")), policy(), 10s));
        QCOMPARE(s.lastError().kind, SshError::Kind::Auth);
    }

    void connectionErrors()
    {
        SshSession s;
        ServerSpec bad = spec(m_env.primary());
        bad.sshPort = 2;
        QVERIFY(!s.connect(bad, secrets(), policy(), 5s));
        QCOMPARE(s.lastError().kind, SshError::Kind::Refused);

        ServerSpec unresolvable = spec(QStringLiteral("no-such-host.invalid"));
        QVERIFY(!s.connect(unresolvable, secrets(), policy(), 5s));
        QCOMPARE(s.lastError().kind, SshError::Kind::Resolve);

        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("cut"), QStringLiteral("secondary")}), 0);
        QElapsedTimer t;
        t.start();
        const bool ok = s.connect(spec(m_env.secondary()), secrets(), policy(), 3s);
        const SshError::Kind kind = s.lastError().kind;
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("heal"), QStringLiteral("secondary")}), 0);
        QVERIFY(!ok);
        QVERIFY2(kind == SshError::Kind::Timeout || kind == SshError::Kind::Unreachable,
                 qPrintable(s.lastError().message));
        QVERIFY(t.elapsed() < 6000);
    }

    void hostKeys()
    {
        const QString kh = m_tmp.filePath(QStringLiteral("kh-hostkeys"));
        HostKeyPolicy p;
        p.knownHostsFile = kh;
        // Unknown: rejected without acceptance, with the fingerprint in the message.
        SshSession s1;
        QVERIFY(!s1.connect(spec(m_env.primary()), secrets(), p, 10s));
        QCOMPARE(s1.lastError().kind, SshError::Kind::HostKey);
        QCOMPARE(s1.hostKey().state, HostKeyInfo::State::New);
        const QString fp = m_env.hostKeyFingerprint(m_env.primary());
        QVERIFY(!fp.isEmpty());
        QCOMPARE(s1.hostKey().fingerprint, fp);
        QVERIFY(s1.lastError().message.contains(fp));
        QVERIFY(!QFile::exists(kh) || QFile(kh).size() == 0);

        // Wrong fingerprint accepted: still rejected, nothing recorded.
        HostKeyPolicy wrong = p;
        QString err;
        QVERIFY(
            wrong.addAcceptance(m_env.primary() + QStringLiteral("=SHA256:") + QString(43, QLatin1Char('A')), &err));
        SshSession s2;
        QVERIFY(!s2.connect(spec(m_env.primary()), secrets(), wrong, 10s));
        QCOMPARE(s2.hostKey().state, HostKeyInfo::State::New);
        QVERIFY(!QFile::exists(kh) || QFile(kh).size() == 0);

        // Right fingerprint: accepted and recorded; next time known.
        HostKeyPolicy right = p;
        QVERIFY(right.addAcceptance(m_env.primary() + QLatin1Char('=') + fp, &err));
        SshSession s3;
        QVERIFY2(s3.connect(spec(m_env.primary()), secrets(), right, 10s), qPrintable(s3.lastError().message));
        QCOMPARE(s3.hostKey().state, HostKeyInfo::State::Accepted);
        SshSession s4;
        QVERIFY(s4.connect(spec(m_env.primary()), secrets(), p, 10s));
        QCOMPARE(s4.hostKey().state, HostKeyInfo::State::Known);
        QCOMPARE(QFile::permissions(kh) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        // Changed key: stops, even with an acceptance for the new fingerprint.
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("rekey"), QStringLiteral("primary")}), 0);
        const QString newFp = m_env.hostKeyFingerprint(m_env.primary());
        QVERIFY(newFp != fp);
        HostKeyPolicy again = p;
        QVERIFY(again.addAcceptance(m_env.primary() + QLatin1Char('=') + newFp, &err));
        SshSession s5;
        QVERIFY(!s5.connect(spec(m_env.primary()), secrets(), again, 10s));
        QCOMPARE(s5.lastError().kind, SshError::Kind::HostKey);
        QVERIFY(s5.hostKey().state == HostKeyInfo::State::Changed
                || s5.hostKey().state == HostKeyInfo::State::OtherType);
        QVERIFY(s5.lastError().message.contains(QStringLiteral("attack")));
        // Later tests use the shared known_hosts: refresh it with the new key.
        QVERIFY(m_env.writeKnownHosts(m_knownHosts, {m_env.primary(), m_env.secondary()}));
    }

    void pingThroughTheSessionReachesThatServersDatabase()
    {
        for (const QString &host : {m_env.primary(), m_env.secondary()}) {
            auto s = connectTo(host);
            QVERIFY(s->isConnected());
            bool refused = true;
            QString detail;
            QCOMPARE(pingThroughSession(*s, 5432, 5s, &refused, &detail), int(PQPING_OK));
            QVERIFY(!refused);
            // Nothing listens on that port: no answer, and the session goes on.
            QCOMPARE(pingThroughSession(*s, 5999, 2s, &refused, &detail), int(PQPING_NO_RESPONSE));
            QVERIFY(!detail.isEmpty());
            QCOMPARE(s->run({QStringLiteral("echo"), {QStringLiteral("after")}, {}, 10s, false, {}}).stdOut.trimmed(),
                     QByteArray("after"));
        }
    }

    void relayOneGigabyte()
    {
        auto a = connectTo(m_env.primary());
        auto b = connectTo(m_env.secondary());
        QVERIFY(a->isConnected() && b->isConnected());
        const QString file = QStringLiteral("/var/lib/openelis-global/backups/oef-relay-test.bin");
        // 1 GiB of pseudo-random data, made fast on the server.
        int rc = 0;
        m_env.exec(QStringLiteral("primary"),
                   QStringLiteral("openssl enc -aes-128-ctr -pass pass:oef -nosalt -pbkdf2 </dev/zero 2>/dev/null | "
                                  "head -c 1073741824 > %1")
                       .arg(file),
                   &rc);
        QCOMPARE(rc, 0);
        RemoteCommand producer{QStringLiteral("cat"), {file}, {}, 600s, true, {}};
        RemoteCommand consumer{QStringLiteral("sh"),
                               {QStringLiteral("-c"), QStringLiteral("cat > \"$1\""), QStringLiteral("sh"), file},
                               {},
                               600s,
                               true,
                               {}};
        qint64 lastProgress = 0;
        int progressCalls = 0;
        RelayOptions o;
        o.onProgress = [&](qint64 b2) {
            QVERIFY(b2 >= lastProgress);
            lastProgress = b2;
            ++progressCalls;
        };
        QElapsedTimer t;
        t.start();
        const RelayResult r = relay(*a, producer, *b, consumer, o);
        const qint64 ms = t.elapsed();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, qint64(1073741824));
        QVERIFY(progressCalls > 3);
        qInfo() << "relay 1 GiB in" << ms << "ms:" << (1073741824.0 / 1e6) / (ms / 1000.0) << "MB/s";
        const QString sumA = m_env.exec(QStringLiteral("primary"), QStringLiteral("sha256sum < %1").arg(file));
        const QString sumB = m_env.exec(QStringLiteral("secondary"), QStringLiteral("sha256sum < %1").arg(file));
        m_env.exec(QStringLiteral("primary"), QStringLiteral("rm -f %1").arg(file));
        m_env.exec(QStringLiteral("secondary"), QStringLiteral("rm -f %1").arg(file));
        QVERIFY(!sumA.isEmpty());
        QCOMPARE(sumA, sumB);
    }

    void relayFailureIsReported()
    {
        auto a = connectTo(m_env.primary());
        auto b = connectTo(m_env.secondary());
        RemoteCommand producer{
            QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo some; exit 7")}, {}, 30s, false, {}};
        RemoteCommand consumer{QStringLiteral("cat"), {}, {}, 30s, false, {}};
        RelayResult r = relay(*a, producer, *b, consumer);
        QVERIFY(!r.ok);
        QCOMPARE(r.producer.exitCode, 7);
        QVERIFY(r.error.contains(m_env.primary()));
    }

    void noSecretInAnyProcess()
    {
        m_watch->stop();
        QVERIFY(m_watch->samples() > 10);
        QVERIFY2(m_watch->findings().isEmpty(), qPrintable(m_watch->findings().join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSsh)
#include "tst_ssh.moc"
