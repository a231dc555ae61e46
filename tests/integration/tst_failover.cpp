// Execute failover and switchover through oe-failover-cli against the three-server lab.
#include "clirunner.h"
#include "labenv.h"
#include "secretwatch.h"

#include <QJsonArray>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace oef::test;

class TestFailover : public QObject
{
    Q_OBJECT
    LabEnv m_env;
    QTemporaryDir m_tmp;
    QString m_kh;
    std::unique_ptr<SecretWatch> m_watch;

    QString addr(const QString &name) const
    {
        return name == QLatin1String("primary")     ? m_env.primary()
               : name == QLatin1String("secondary") ? m_env.secondary()
                                                    : m_env.spare();
    }
    QJsonObject server(const QString &name, int sshPort = 22) const
    {
        return {{QStringLiteral("host"), addr(name)},
                {QStringLiteral("sshPort"), sshPort},
                {QStringLiteral("user"), m_env.user()},
                {QStringLiteral("auth"), QStringLiteral("password")},
                {QStringLiteral("dbPort"), 5432}};
    }
    QString writePlan(const QJsonObject &plan)
    {
        static int n = 0;
        const QString path = m_tmp.filePath(QStringLiteral("plan-%1.json").arg(++n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(plan).toJson());
        return path;
    }
    QByteArray secrets(const QStringList &roles) const
    {
        QJsonObject o;
        for (const QString &r : roles)
            o[r] = QJsonObject{{QStringLiteral("password"), m_env.password()}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    CliRun setup(const QString &primary, const QString &secondary, const QStringList &extra = {})
    {
        const QString plan = writePlan(
            {{QStringLiteral("primary"), server(primary)}, {QStringLiteral("secondary"), server(secondary)}});
        return runCli(QStringList{QStringLiteral("setup"), QStringLiteral("--json"), QStringLiteral("--yes"),
                                  QStringLiteral("--plan"), plan, QStringLiteral("--secrets"), QStringLiteral("-"),
                                  QStringLiteral("--known-hosts"), m_kh}
                          + extra,
                      secrets({QStringLiteral("primary"), QStringLiteral("secondary")}));
    }
    CliRun failover(const QString &oldP, const QString &newP, const QStringList &extra, const QString &next = {},
                    int oldSshPort = 22)
    {
        QJsonObject p{{QStringLiteral("oldPrimary"), server(oldP, oldSshPort)},
                      {QStringLiteral("newPrimary"), server(newP)}};
        QStringList roles{QStringLiteral("oldPrimary"), QStringLiteral("newPrimary")};
        if (!next.isEmpty()) {
            p[QStringLiteral("newSecondary")] = server(next);
            roles << QStringLiteral("newSecondary");
        }
        return runCli(QStringList{QStringLiteral("failover"), QStringLiteral("--json"), QStringLiteral("--plan"),
                                  writePlan(p), QStringLiteral("--secrets"), QStringLiteral("-"),
                                  QStringLiteral("--known-hosts"), m_kh}
                          + extra,
                      secrets(roles));
    }
    QString sql(const QString &host, const QString &q, const QString &db = QStringLiteral("clinlims"))
    {
        return m_env.psql(host, q, db);
    }
    // State that refusals must not change.
    QString fingerprint(const QString &host)
    {
        return m_env.exec(host, QStringLiteral("docker ps -a --format '{{.Names}} {{.State}}' | sort; "
                                               "for c in $(docker ps -aq); do docker inspect -f '{{.Name}} "
                                               "{{.HostConfig.RestartPolicy.Name}}' $c; done | sort; "
                                               "ls /var/lib/openelis-global/data/standby.signal 2>/dev/null; true"))
               + sql(host, QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("postgres"));
    }
    QString writeRow(const QString &host)
    {
        const QString token = QStringLiteral("F%1").arg(QDateTime::currentMSecsSinceEpoch());
        sql(host, QStringLiteral("INSERT INTO clinlims.sample (accession) VALUES ('%1')").arg(token));
        return token;
    }
    void assertRowArrives(const QString &host, const QString &token)
    {
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(host, QStringLiteral("SELECT count(*) FROM clinlims.sample WHERE accession = '%1'").arg(token)),
            QStringLiteral("1"), 60000);
    }
    void assertWritable(const QString &host)
    {
        QCOMPARE(sql(host, QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("postgres")),
                 QStringLiteral("f"));
        const QString t = writeRow(host);
        QCOMPARE(sql(host, QStringLiteral("SELECT count(*) FROM clinlims.sample WHERE accession = '%1'").arg(t)),
                 QStringLiteral("1"));
    }
    void assertFenced(const QString &host)
    {
        QCOMPARE(m_env.exec(host, QStringLiteral("docker inspect -f '{{.State.Running}} "
                                                 "{{.HostConfig.RestartPolicy.Name}}' openelisglobal-database")),
                 QStringLiteral("false no"));
        QCOMPARE(m_env.exec(host, QStringLiteral("test -f /var/lib/openelis-global/data/standby.signal && echo yes")),
                 QStringLiteral("yes"));
    }
    QJsonObject resultSetup(const CliRun &r) { return r.result().value(QStringLiteral("setup")).toObject(); }
    QString guardStatus(const QString &host)
    {
        return m_env.exec(host, QStringLiteral("/var/lib/openelis-global/oe-failover/guard status"));
    }
    // Polls for a while: the database is never a writable primary (read-only or not running).
    void assertNeverWritable(const QString &host, int seconds)
    {
        QElapsedTimer t;
        t.start();
        int answered = 0;
        while (t.elapsed() < seconds * 1000) {
            int rc = -1;
            const QString r = m_env.psql(host, QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("postgres"),
                                         &rc);
            if (rc == 0) {
                ++answered;
                QCOMPARE(r, QStringLiteral("t"));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
        }
        QVERIFY2(answered > 0, "the database never answered: it should run read-only");
    }

private slots:
    void initTestCase()
    {
        OEF_REQUIRE_LAB(m_env);
        QVERIFY2(!m_env.spare().isEmpty(),
                 "The spare server is not up: start the lab with 'tests/lab/lab.sh up --spare'.");
        QVERIFY(m_tmp.isValid());
        m_kh = m_tmp.filePath(QStringLiteral("known_hosts"));
        QVERIFY(m_env.writeKnownHosts(m_kh, {m_env.primary(), m_env.secondary(), m_env.spare()}));
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary"),
                            QStringLiteral("spare")}),
                 0);
        m_watch = std::make_unique<SecretWatch>(QList<QByteArray>{m_env.password().toUtf8()});
    }

    void refusalsChangeNothing()
    {
        // Target not a standby (fresh lab): exit 3.
        const QString before = fingerprint(QStringLiteral("primary")) + fingerprint(QStringLiteral("secondary"));
        CliRun r = failover(QStringLiteral("primary"), QStringLiteral("secondary"), {QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.result().value(QStringLiteral("message")).toString().contains(QStringLiteral("not a standby")));
        QCOMPARE(fingerprint(QStringLiteral("primary")) + fingerprint(QStringLiteral("secondary")), before);

        // A replicating pair for the other refusals.
        r = setup(QStringLiteral("primary"), QStringLiteral("secondary"));
        QVERIFY2(r.exitCode == 0, r.out.right(3000).constData());
        const QString pair = fingerprint(QStringLiteral("primary")) + fingerprint(QStringLiteral("secondary"));

        // The old primary's database answers but SSH does not (wrong port): never promote.
        r = failover(QStringLiteral("primary"), QStringLiteral("secondary"),
                     {QStringLiteral("--yes"), QStringLiteral("--primary-is-down")}, {}, 2222);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.result().value(QStringLiteral("message")).toString().contains(QStringLiteral("still answers")),
                 r.out.constData());

        // Target unreachable.
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("cut"), QStringLiteral("secondary")}), 0);
        r = failover(QStringLiteral("primary"), QStringLiteral("secondary"), {QStringLiteral("--yes")});
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("heal"), QStringLiteral("secondary")}), 0);
        QCOMPARE(r.exitCode, 3);

        // Old primary unreachable and no confirmation.
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("cut"), QStringLiteral("primary")}), 0);
        r = failover(QStringLiteral("primary"), QStringLiteral("secondary"), {QStringLiteral("--yes")});
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("heal"), QStringLiteral("primary")}), 0);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.result().value(QStringLiteral("message")).toString().contains(QStringLiteral("--primary-is-down")));

        // No terminal and no --yes: nothing happens.
        r = failover(QStringLiteral("primary"), QStringLiteral("secondary"), {});
        QCOMPARE(r.exitCode, 2);
        QTRY_COMPARE_WITH_TIMEOUT(fingerprint(QStringLiteral("primary")) + fingerprint(QStringLiteral("secondary")),
                                  pair, 30000);
    }

    void failoverFencesReachablePrimary()
    {
        const QString token = writeRow(QStringLiteral("primary"));
        assertRowArrives(QStringLiteral("secondary"), token);
        const CliRun r = failover(QStringLiteral("primary"), QStringLiteral("secondary"), {QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.out.right(4000).constData());
        const QJsonObject f = r.result().value(QStringLiteral("failover")).toObject();
        QCOMPARE(f.value(QStringLiteral("fencing")).toString(), QStringLiteral("tool"));
        QVERIFY(f.value(QStringLiteral("healthy")).toBool());
        QCOMPARE(f.value(QStringLiteral("newAddress")).toString(), m_env.secondary());
        QCOMPARE(f.value(QStringLiteral("oldFinalLsnGapBytes")).toInteger(), 0);
        QVERIFY(f.value(QStringLiteral("certificateCovers")).toBool()); // each lab certificate names its own server
        assertFenced(QStringLiteral("primary"));
        assertWritable(QStringLiteral("secondary"));
        QCOMPARE(sql(QStringLiteral("secondary"),
                     QStringLiteral("SELECT count(*) FROM clinlims.sample WHERE accession = '%1'").arg(token)),
                 QStringLiteral("1"));
        // An engine restart on the old primary brings nothing back.
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("restart-engine"), QStringLiteral("primary")}), 0);
        assertFenced(QStringLiteral("primary"));
    }

    void reattachOldPrimaryWithRewind()
    {
        const CliRun r = setup(QStringLiteral("secondary"), QStringLiteral("primary"));
        QVERIFY2(r.exitCode == 0, r.out.right(4000).constData());
        QVERIFY2(resultSetup(r).value(QStringLiteral("rewound")).toBool(), r.out.right(3000).constData());
        QVERIFY(resultSetup(r)
                    .value(QStringLiteral("previousDataDir"))
                    .toString()
                    .contains(QStringLiteral("data.before-rewind-")));
        assertRowArrives(QStringLiteral("primary"), writeRow(QStringLiteral("secondary")));
        QCOMPARE(m_env.exec(
                     QStringLiteral("primary"),
                     QStringLiteral("docker inspect -f '{{.HostConfig.RestartPolicy.Name}}' openelisglobal-database")),
                 QStringLiteral("always"));
    }

    void reattachWithForcedFullCopy()
    {
        // Fail back (secondary -> primary), then re-attach the secondary with a full copy.
        CliRun r = failover(QStringLiteral("secondary"), QStringLiteral("primary"), {QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.out.right(4000).constData());
        assertFenced(QStringLiteral("secondary"));
        r = setup(QStringLiteral("primary"), QStringLiteral("secondary"), {QStringLiteral("--full-copy")});
        QVERIFY2(r.exitCode == 0, r.out.right(4000).constData());
        QVERIFY(!resultSetup(r).value(QStringLiteral("rewound")).toBool());
        QVERIFY(resultSetup(r)
                    .value(QStringLiteral("previousDataDir"))
                    .toString()
                    .contains(QStringLiteral("data.before-standby-")));
        assertRowArrives(QStringLiteral("secondary"), writeRow(QStringLiteral("primary")));
    }

    void failoverWithPrimaryDownAttachesSpare()
    {
        const QString token = writeRow(QStringLiteral("primary"));
        assertRowArrives(QStringLiteral("secondary"), token);
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("cut"), QStringLiteral("primary")}), 0);
        const CliRun r = failover(
            QStringLiteral("primary"), QStringLiteral("secondary"),
            {QStringLiteral("--yes"), QStringLiteral("--primary-is-down"), QStringLiteral("--new-secondary")},
            QStringLiteral("spare"));
        QVERIFY2(r.exitCode == 0, r.out.right(4000).constData());
        const QJsonObject f = r.result().value(QStringLiteral("failover")).toObject();
        QCOMPARE(f.value(QStringLiteral("fencing")).toString(), QStringLiteral("confirmed-down"));
        assertWritable(QStringLiteral("secondary"));
        QCOMPARE(sql(QStringLiteral("secondary"),
                     QStringLiteral("SELECT count(*) FROM clinlims.sample WHERE accession = '%1'").arg(token)),
                 QStringLiteral("1"));
        assertRowArrives(QStringLiteral("spare"), writeRow(QStringLiteral("secondary")));
        // The old primary stays cut off here; bring it back as a standby of the new primary
        // before anything else talks to it (it was never fenced by the tool).
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary")}), 0);
    }

    void replacedPrimaryComesBackReadOnly()
    {
        // Issue 6: the old primary is cut off, the standby promoted on the operator's word; when
        // the old primary comes back (link healed, engine restarted) its guard keeps it read-only.
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
        CliRun r = setup(QStringLiteral("primary"), QStringLiteral("secondary"));
        QVERIFY2(r.exitCode == 0, r.out.right(3000).constData());
        QCOMPARE(guardStatus(QStringLiteral("primary")), QStringLiteral("armed"));
        QCOMPARE(guardStatus(QStringLiteral("secondary")), QStringLiteral("standby"));
        const QString token = writeRow(QStringLiteral("primary"));
        assertRowArrives(QStringLiteral("secondary"), token);

        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("cut"), QStringLiteral("primary")}), 0);
        r = failover(QStringLiteral("primary"), QStringLiteral("secondary"),
                     {QStringLiteral("--yes"), QStringLiteral("--primary-is-down")});
        QVERIFY2(r.exitCode == 0, r.out.right(4000).constData());
        assertWritable(QStringLiteral("secondary"));
        QCOMPARE(guardStatus(QStringLiteral("secondary")), QStringLiteral("not armed")); // no standby follows it

        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("heal"), QStringLiteral("primary")}), 0);
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("restart-engine"), QStringLiteral("primary")}), 0);
        assertNeverWritable(QStringLiteral("primary"), 20);
        QCOMPARE(guardStatus(QStringLiteral("primary")), QStringLiteral("held"));
        QCOMPARE(m_env.exec(QStringLiteral("primary"),
                            QStringLiteral("docker inspect -f '{{.State.Running}}' openelisglobal-webapp")),
                 QStringLiteral("false"));
        // A second engine restart: still held.
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("restart-engine"), QStringLiteral("primary")}), 0);
        assertNeverWritable(QStringLiteral("primary"), 8);

        // Re-attach it through pg_rewind: it becomes the new primary's standby, both guarded.
        r = setup(QStringLiteral("secondary"), QStringLiteral("primary"));
        QVERIFY2(r.exitCode == 0, r.out.right(4000).constData());
        if (!resultSetup(r).value(QStringLiteral("rewound")).toBool())
            qWarning().noquote() << "no rewind; the old primary's database and guard logs:\n"
                                 << m_env.exec(
                                        QStringLiteral("primary"),
                                        QStringLiteral("docker logs --tail 150 openelisglobal-database 2>&1; cat "
                                                       "/var/lib/openelis-global/oe-failover/state/guard.log"));
        QVERIFY2(resultSetup(r).value(QStringLiteral("rewound")).toBool(), r.out.right(3000).constData());
        assertRowArrives(QStringLiteral("primary"), writeRow(QStringLiteral("secondary")));
        QCOMPARE(guardStatus(QStringLiteral("primary")), QStringLiteral("standby"));
        QCOMPARE(guardStatus(QStringLiteral("secondary")), QStringLiteral("armed"));
    }

    void switchoverTwiceUnderWritesLosesNothing()
    {
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary"),
                            QStringLiteral("spare")}),
                 0);
        CliRun r = setup(QStringLiteral("primary"), QStringLiteral("secondary"));
        QVERIFY2(r.exitCode == 0, r.out.right(3000).constData());
        for (const auto &[from, to] : {std::pair{QStringLiteral("primary"), QStringLiteral("secondary")},
                                       std::pair{QStringLiteral("secondary"), QStringLiteral("primary")}}) {
            std::atomic_bool stop{false};
            QStringList acknowledged;
            std::thread writer([&] {
                int i = 0;
                while (!stop) {
                    const QString token = QStringLiteral("S%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++i);
                    int rc = -1;
                    // Writes go to whichever server is writable: the old one until it stops, then the new.
                    for (const QString &h : {from, to}) {
                        const QString out = m_env.psql(
                            h,
                            QStringLiteral("INSERT INTO clinlims.sample (accession) VALUES ('%1') RETURNING 'ok'")
                                .arg(token),
                            QStringLiteral("clinlims"), &rc);
                        if (rc == 0 && out == QLatin1String("ok")) {
                            acknowledged << token;
                            break;
                        }
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                }
            });
            r = failover(from, to, {QStringLiteral("--yes"), QStringLiteral("--switchover")});
            std::this_thread::sleep_for(std::chrono::seconds(2));
            stop = true;
            writer.join();
            QVERIFY2(r.exitCode == 0, r.out.right(4000).constData());
            QVERIFY(acknowledged.size() > 10);
            const QString list = QStringLiteral("'") + acknowledged.join(QStringLiteral("','")) + QStringLiteral("'");
            QCOMPARE(
                sql(to, QStringLiteral("SELECT count(DISTINCT accession) FROM clinlims.sample WHERE accession IN (%1)")
                            .arg(list)),
                QString::number(acknowledged.size()));
            assertWritable(to);
            assertRowArrives(from, writeRow(to));
            QCOMPARE(sql(from, QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("postgres")),
                     QStringLiteral("t"));
        }
    }

    void guardReleasesPrimaryItsStandbyFollows()
    {
        // The pair is back in its first roles. A primary restarted while its standby is healthy
        // starts read-only, sees the standby stream from it, and runs as the primary again.
        QCOMPARE(guardStatus(QStringLiteral("primary")), QStringLiteral("armed"));
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("restart-engine"), QStringLiteral("primary")}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("primary"), QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("postgres")),
            QStringLiteral("f"), 90000);
        assertWritable(QStringLiteral("primary"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_env.exec(QStringLiteral("primary"),
                       QStringLiteral("docker inspect -f '{{.State.Running}}' openelisglobal-webapp")),
            QStringLiteral("true"), 30000);
        QCOMPARE(guardStatus(QStringLiteral("primary")), QStringLiteral("armed"));
        assertRowArrives(QStringLiteral("secondary"), writeRow(QStringLiteral("primary")));

        // Its standby is down: it stays read-only until the operator releases it.
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("kill-db"), QStringLiteral("secondary")}), 0);
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("restart-engine"), QStringLiteral("primary")}), 0);
        assertNeverWritable(QStringLiteral("primary"), 10);
        QCOMPARE(guardStatus(QStringLiteral("primary")), QStringLiteral("held"));
        int rc = -1;
        m_env.exec(QStringLiteral("primary"), QStringLiteral("/var/lib/openelis-global/oe-failover/guard release"),
                   &rc);
        QCOMPARE(rc, 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("primary"), QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("postgres")),
            QStringLiteral("f"), 60000);
        assertWritable(QStringLiteral("primary"));
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("start-db"), QStringLiteral("secondary")}), 0);
        assertRowArrives(QStringLiteral("secondary"), writeRow(QStringLiteral("primary")));
    }

    void cleanupTestCase()
    {
        if (!m_watch)
            return;
        m_watch->stop();
        QVERIFY2(m_watch->findings().isEmpty(), qPrintable(m_watch->findings().join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
