// The set-up flow against the lab: fresh setup, idempotent re-runs, the kept data directory,
// restart policies, and failures/cancels that must leave the secondary serving its data.
#include "backend/setup/setupflow.h"
#include "flowharness.h"
#include "labenv.h"
#include "secretwatch.h"

#include <QtTest>

using namespace oef;
using namespace oef::test;

class TestSetup : public QObject
{
    Q_OBJECT
    LabEnv m_env;
    QTemporaryDir m_tmp;
    HostKeyPolicy m_policy;
    std::unique_ptr<SecretWatch> m_watch;

    FlowRun setup(int cancelAtStep = -1, int cancelDelayMs = 0, std::function<void(int)> onStep = {},
                  const std::function<void(Plan &)> &tweak = {}, std::shared_ptr<SetupState> *stateOut = nullptr)
    {
        Plan plan = labPlan(m_env, m_env.primary(), m_env.secondary());
        if (tweak)
            tweak(plan);
        Secrets secrets = labSecrets(m_env, {Role::Primary, Role::Secondary});
        auto state = std::make_shared<SetupState>();
        if (stateOut)
            *stateOut = state;
        return runFlow(buildSetupFlow(state), plan, secrets, m_policy, cancelAtStep, cancelDelayMs, std::move(onStep));
    }
    QString sqlOn(const QString &host, const QString &sql, const QString &db = QStringLiteral("clinlims"))
    {
        return m_env.psql(host, sql, db);
    }
    // The secondary serves its own previous data: not in recovery, marker says "secondary".
    void assertSecondaryServesPreviousData()
    {
        QTRY_COMPARE_WITH_TIMEOUT(
            sqlOn(QStringLiteral("secondary"), QStringLiteral("SELECT server FROM public.lab_marker")),
            QStringLiteral("secondary"), 60000);
        QCOMPARE(sqlOn(QStringLiteral("secondary"), QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("f"));
        QCOMPARE(m_env.exec(QStringLiteral("secondary"),
                            QStringLiteral("ls -d /var/lib/openelis-global/backups/oef-basebackup-* "
                                           "/var/lib/openelis-global/backups/.oef-pgpass-* 2>/dev/null | wc -l")),
                 QStringLiteral("0"));
    }
    void assertStreaming()
    {
        QTRY_COMPARE_WITH_TIMEOUT(sqlOn(QStringLiteral("secondary"),
                                        QStringLiteral("SELECT status FROM pg_stat_wal_receiver"),
                                        QStringLiteral("postgres")),
                                  QStringLiteral("streaming"), 60000);
        QCOMPARE(sqlOn(QStringLiteral("secondary"), QStringLiteral("SELECT pg_is_in_recovery()"),
                       QStringLiteral("postgres")),
                 QStringLiteral("t"));
    }
    void assertRowsReplicate()
    {
        const QString token = QString::number(QDateTime::currentMSecsSinceEpoch());
        sqlOn(QStringLiteral("primary"),
              QStringLiteral("INSERT INTO clinlims.sample (accession) VALUES ('T%1')").arg(token));
        QTRY_COMPARE_WITH_TIMEOUT(
            sqlOn(QStringLiteral("secondary"),
                  QStringLiteral("SELECT count(*) FROM clinlims.sample WHERE accession = 'T%1'").arg(token)),
            QStringLiteral("1"), 30000);
    }

private slots:
    void initTestCase()
    {
        OEF_REQUIRE_LAB(m_env);
        QVERIFY(m_tmp.isValid());
        m_policy.knownHostsFile = m_tmp.filePath(QStringLiteral("known_hosts"));
        QVERIFY(m_env.writeKnownHosts(m_policy.knownHostsFile, {m_env.primary(), m_env.secondary()}));
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
        m_watch = std::make_unique<SecretWatch>(QList<QByteArray>{m_env.password().toUtf8()});
    }

    void freshSetupReplicates()
    {
        std::shared_ptr<SetupState> state;
        const FlowRun r = setup(-1, 0, {}, {}, &state);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QCOMPARE(r.progress.last(), 1.0);
        assertStreaming();
        assertRowsReplicate();
        // Every row of the primary's clinlims is on the secondary.
        QCOMPARE(sqlOn(QStringLiteral("secondary"), QStringLiteral("SELECT count(*), max(id) FROM clinlims.sample")),
                 sqlOn(QStringLiteral("primary"), QStringLiteral("SELECT count(*), max(id) FROM clinlims.sample")));
        QVERIFY(state->verification.value(QStringLiteral("roundTripOk")).toBool());
        QVERIFY(state->verification.value(QStringLiteral("roundTripMs")).toInteger() >= 0);
        QVERIFY(!state->previousDataDir.isEmpty());
        QVERIFY(state->syncFiles > 0);
        // The fresh lab's primary lacks wal_log_hints: its restart waited for the copy of the
        // database and ran while the copy was checked, and it did happen.
        QVERIFY(state->primaryRestarted);
        QVERIFY(state->restartDeferred.isEmpty());
        QCOMPARE(sqlOn(QStringLiteral("primary"),
                       QStringLiteral("SELECT current_setting('wal_log_hints') || ' ' || count(*) FROM pg_settings "
                                      "WHERE pending_restart"),
                       QStringLiteral("postgres")),
                 QStringLiteral("on 0"));
        const QString log = r.log.join(QLatin1Char('\n'));
        const qsizetype deferred = log.indexOf(QStringLiteral("will be restarted once its copy is taken"));
        const qsizetype restarted = log.indexOf(QStringLiteral("docker restart -t 60"));
        QVERIFY2(deferred >= 0 && restarted > deferred, qPrintable(log));
        QVERIFY2(log.indexOf(QStringLiteral("The copy checks out")) > deferred, qPrintable(log));
    }

    void previousDataIsKeptAndIntact()
    {
        const QString dir = m_env.exec(
            QStringLiteral("secondary"),
            QStringLiteral("ls -d /var/lib/openelis-global/data.before-standby-* | tail -1"));
        QVERIFY2(dir.contains(QStringLiteral("data.before-standby-")), qPrintable(dir));
        // Start a throwaway single-user postgres on a copy of the kept directory and read the marker.
        int rc = 0;
        const QString out = m_env.exec(
            QStringLiteral("secondary"),
            QStringLiteral("set -e; c=/var/lib/openelis-global/backups/oef-test-copy; rm -rf $c; cp -a '%1' $c; "
                           "echo 'SELECT server FROM public.lab_marker;' | docker run --rm -i -u postgres -v $c:/d "
                           "--entrypoint postgres oef-lab/base:1 --single -D /d clinlims 2>&1; rm -rf $c")
                .arg(dir),
            &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(out.contains(QStringLiteral("\"secondary\"")), qPrintable(out));
    }

    void appContainersStayDownAfterEngineRestart()
    {
        for (const QString &c : {QStringLiteral("openelisglobal-webapp"), QStringLiteral("external-fhir-api"),
                                 QStringLiteral("autoheal-oe")}) {
            QCOMPARE(m_env.exec(
                         QStringLiteral("secondary"),
                         QStringLiteral("docker inspect -f '{{.State.Running}} {{.HostConfig.RestartPolicy.Name}}' %1")
                             .arg(c)),
                     QStringLiteral("false no"));
        }
        QCOMPARE(m_env.exec(
                     QStringLiteral("secondary"),
                     QStringLiteral("docker inspect -f '{{.HostConfig.RestartPolicy.Name}}' openelisglobal-database")),
                 QStringLiteral("always"));
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("restart-engine"), QStringLiteral("secondary")}),
                 0);
        assertStreaming();
        QCOMPARE(m_env.exec(QStringLiteral("secondary"),
                            QStringLiteral("docker ps --format '{{.Names}}' | sort | tr '\\n' ' '")),
                 QStringLiteral("openelisglobal-database"));
        assertRowsReplicate();
    }

    void rerunIsIdempotent()
    {
        for (int run = 2; run <= 3; ++run) {
            std::shared_ptr<SetupState> state;
            const FlowRun r = setup(-1, 0, {}, {}, &state);
            QVERIFY2(r.succeeded(), qPrintable(describe(r)));
            QVERIFY(state->alreadyStandby);
            if (state->syncBytes != 0)
                for (const QString &l : r.log)
                    qInfo().noquote() << l;
            QVERIFY2(state->syncBytes == 0 && state->syncFiles == 0,
                     qPrintable(QStringLiteral("run %1 sent %2 files, %3 bytes\n")
                                    .arg(run)
                                    .arg(state->syncFiles)
                                    .arg(state->syncBytes)
                                + r.log.join(QLatin1Char('\n'))));
            QVERIFY(!state->primaryRestarted);
        }
        QCOMPARE(m_env.exec(QStringLiteral("primary"),
                            QStringLiteral("grep -c 'oe-failover standby' /var/lib/openelis-global/data/pg_hba.conf")),
                 QStringLiteral("1"));
        QCOMPARE(sqlOn(QStringLiteral("primary"), QStringLiteral("SELECT count(*) FROM pg_replication_slots"),
                       QStringLiteral("postgres")),
                 QStringLiteral("1"));
        QCOMPARE(m_env.exec(QStringLiteral("secondary"),
                            QStringLiteral("ls -d /var/lib/openelis-global/data.before-standby-* | wc -l")),
                 QStringLiteral("1"));
        assertRowsReplicate();
    }

    void cutPrimaryLinkDuringBaseBackup()
    {
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
        bool cut = false;
        const FlowRun r = setup(
            -1, 0,
            [&](int step) {
                if (step == 5) {
                    QTest::qWait(2500);
                    cut = m_env.lab({QStringLiteral("fault"), QStringLiteral("cut"), QStringLiteral("primary")}) == 0;
                }
            },
            [](Plan &p) { p.copyRateLimit = QStringLiteral("1M"); });
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("heal"), QStringLiteral("primary")}), 0);
        QVERIFY(cut);
        QCOMPARE(r.outcome, int(FlowOutcome::Failed));
        QVERIFY2(r.failure.contains(QStringLiteral("pg_basebackup")), qPrintable(describe(r)));
        assertSecondaryServesPreviousData();
        const FlowRun again = setup();
        QVERIFY2(again.succeeded(), qPrintable(describe(again)));
        assertRowsReplicate();
    }

    void primaryDatabaseStopsDuringBaseBackup()
    {
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
        const FlowRun r = setup(
            -1, 0,
            [&](int step) {
                if (step == 5) {
                    QTest::qWait(2500);
                    m_env.lab({QStringLiteral("fault"), QStringLiteral("kill-db"), QStringLiteral("primary")});
                }
            },
            [](Plan &p) { p.copyRateLimit = QStringLiteral("1M"); });
        QCOMPARE(r.outcome, int(FlowOutcome::Failed));
        assertSecondaryServesPreviousData();
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("start-db"), QStringLiteral("primary")}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(sqlOn(QStringLiteral("primary"), QStringLiteral("SELECT 1")), QStringLiteral("1"),
                                  60000);
        const FlowRun again = setup();
        QVERIFY2(again.succeeded(), qPrintable(describe(again)));
        assertRowsReplicate();
    }

    void cancelAtEachStep_data()
    {
        QTest::addColumn<int>("step");
        for (int i = 0; i < 10; ++i)
            QTest::addRow("step %d", i + 1) << i;
    }

    void cancelAtEachStep()
    {
        QFETCH(int, step);
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
        const FlowRun r = setup(step, step == 5 ? 2500 : 0, {},
                                [](Plan &p) { p.copyRateLimit = QStringLiteral("2M"); });
        // Steps: 0 role/access, 1 settings/slot, 2 stop apps, 3 copy, 4 rewind (skipped: not a
        // former member), 5 base backup and swap, 6 restart policy, 7 start primary, 8 guard,
        // 9 verify. The last step may finish before the cancel is seen; every other one stops.
        QVERIFY2(r.outcome == int(FlowOutcome::Cancelled) || (step == 9 && r.succeeded()), qPrintable(describe(r)));
        if (step <= 5)
            assertSecondaryServesPreviousData();
        else
            assertStreaming();
        const FlowRun again = setup();
        QVERIFY2(again.succeeded(), qPrintable(describe(again)));
        assertStreaming();
        assertRowsReplicate();
    }

    void cleanupTestCase()
    {
        if (!m_watch)
            return;
        m_watch->stop();
        QVERIFY2(m_watch->findings().isEmpty(), qPrintable(m_watch->findings().join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSetup)
#include "tst_setup.moc"
