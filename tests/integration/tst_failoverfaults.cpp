// Failover and switchover interrupted at every step, against the three-server lab: a cancel at
// each step of a switchover, a failure forced after each step of a failover. Each time at most
// one database accepts writes (right away and a little later), nothing before the promotion is
// left half done, nothing after it brings the old primary back, and running the same command
// again finishes the job. By default the steps just before, at and just after the promotion;
// OEF_FAULTS_FULL=1 runs every step, with both faults at each (about 25 minutes).
#include "backend/failover/failoverflow.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/setupflow.h"
#include "flowharness.h"
#include "labenv.h"
#include "secretwatch.h"

#include <QtTest>
#include <thread>

using namespace oef;
using namespace oef::test;

namespace {

enum class Fault { Cancel, Fail };

struct Trio
{
    QString oldPrimary, newPrimary, next; // lab names: primary, secondary, spare
};

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestFailoverFaults : public QObject
{
    Q_OBJECT
    LabEnv m_env;
    QTemporaryDir m_tmp;
    HostKeyPolicy m_policy;
    std::unique_ptr<SecretWatch> m_watch;
    QString m_primary = QStringLiteral("primary"); // who is the writable primary now
    QString m_standby = QStringLiteral("secondary");
    QString m_other = QStringLiteral("spare"); // fenced or unused
    // The servers of the pair and those a failover left fenced (the spare is a server of its
    // own until it is attached).
    QStringList m_members{QStringLiteral("primary"), QStringLiteral("secondary")};

    QString addr(const QString &name) const
    {
        return name == QLatin1String("primary")     ? m_env.primary()
               : name == QLatin1String("secondary") ? m_env.secondary()
                                                    : m_env.spare();
    }
    ServerSpec spec(const QString &name) const
    {
        ServerSpec s;
        s.host = addr(name);
        s.user = m_env.user();
        return s;
    }
    Plan failoverPlan(const Trio &t) const
    {
        Plan p;
        p.kind = Plan::Kind::Failover;
        p.servers.insert(Role::OldPrimary, spec(t.oldPrimary));
        p.servers.insert(Role::NewPrimary, spec(t.newPrimary));
        if (!t.next.isEmpty())
            p.servers.insert(Role::NewSecondary, spec(t.next));
        return p;
    }
    // The probe, the flow the CLI would build, then the run with the fault at `step` (-1: none).
    FlowRun runFailover(const Trio &t, bool switchover, int step, Fault fault, int *commitStep = nullptr)
    {
        const Plan plan = failoverPlan(t);
        Secrets secrets =
            labSecrets(m_env, t.next.isEmpty() ? QStringList{Role::OldPrimary, Role::NewPrimary}
                                               : QStringList{Role::OldPrimary, Role::NewPrimary, Role::NewSecondary});
        FailoverProbe probe;
        {
            ServerPool pool(plan, secrets, m_policy);
            CheckList checks;
            probe = probeFailover(pool, {}, &checks);
        }
        FailoverOptions options;
        options.switchover = switchover;
        options.attachNewSecondary = !t.next.isEmpty();
        QString refusal;
        Flow flow = buildFailoverFlow(probe, options, std::make_shared<FailoverState>(), &refusal);
        FlowRun refused;
        refused.failure = refusal;
        if (flow.steps.empty())
            return refused;
        if (commitStep)
            *commitStep = flow.commitStep;
        if (step >= int(flow.steps.size()))
            step = int(flow.steps.size()) - 1;
        if (step >= 0 && fault == Fault::Fail)
            failAfterStep(flow, step);
        return runFlow(std::move(flow), plan, secrets, m_policy, fault == Fault::Cancel ? step : -1, 0);
    }
    bool writable(const QString &name)
    {
        int rc = -1;
        const QString r = m_env.psql(name, QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("postgres"), &rc);
        return rc == 0 && r == QLatin1String("f");
    }
    QStringList writableOnes(const QStringList &members)
    {
        QStringList w;
        for (const QString &n : members)
            if (writable(n))
                w << n;
        return w;
    }
    bool appRunning(const QString &name)
    {
        return m_env.exec(name, QStringLiteral("docker inspect -f '{{.State.Running}}' openelisglobal-webapp"))
               == QLatin1String("true");
    }
    // At most one writable database, now and once restart policies and health checks had
    // their moment; OpenELIS runs nowhere but there. members: the servers of the flow (and
    // those it left fenced).
    void assertAtMostOnePrimary(const QStringList &members, const QString &context)
    {
        for (int round = 0; round < 2; ++round) {
            const QStringList w = writableOnes(members);
            QVERIFY2(w.size() <= 1, qPrintable(context + QStringLiteral(": writable: ") + w.join(u' ')));
            for (const QString &n : members)
                QVERIFY2(!appRunning(n) || w.contains(n),
                         qPrintable(QStringLiteral("%1: OpenELIS runs on %2, whose database is not the primary")
                                        .arg(context, n)));
            if (round == 0)
                std::this_thread::sleep_for(std::chrono::seconds(5));
        }
    }
    void assertStreamsFrom(const QString &standby)
    {
        QTRY_COMPARE_WITH_TIMEOUT(
            m_env.psql(standby, QStringLiteral("SELECT status FROM pg_stat_wal_receiver"), QStringLiteral("postgres")),
            QStringLiteral("streaming"), 60000);
    }
    // The fault, then what must hold, then the plain re-run that finishes the job.
    void interruptAndFinish(const Trio &t, bool switchover, int step, Fault fault)
    {
        int commit = -1;
        const FlowRun r = runFailover(t, switchover, step, fault, &commit);
        QVERIFY2(r.outcome >= 0, qPrintable(QStringLiteral("refused: ") + r.failure));
        const bool lastStepWon = r.succeeded() && fault == Fault::Cancel; // finished before the cancel was seen
        QVERIFY2(lastStepWon || r.outcome != int(FlowOutcome::Succeeded), qPrintable(describe(r)));
        QStringList members = m_members;
        assertAtMostOnePrimary(members, QStringLiteral("after the fault"));
        if (!r.succeeded() && step >= commit + 1) {
            QVERIFY2(writable(t.newPrimary), qPrintable(describe(r)));
            // What is left, and the command that finishes it (in the failure, and in the log on a cancel).
            QVERIFY2((r.failure + r.failureDetails + r.log.join(u'\n')).contains(QStringLiteral("again")),
                     qPrintable(describe(r)));
        }
        if (!r.succeeded() && step < commit) {
            QVERIFY2(!writable(t.newPrimary), qPrintable(describe(r)));
            if (switchover) // undone: the old primary serves again
                QVERIFY2(writable(t.oldPrimary), qPrintable(describe(r)));
        }
        const FlowRun again = runFailover(t, switchover, -1, fault);
        QVERIFY2(again.succeeded(), qPrintable(describe(again)));
        if (!t.next.isEmpty() && !m_members.contains(t.next))
            m_members << t.next; // attached now
        members = m_members;
        assertAtMostOnePrimary(members, QStringLiteral("after the re-run"));
        QVERIFY(writable(t.newPrimary));
        assertStreamsFrom(switchover ? t.oldPrimary : t.next);
    }

private slots:
    void initTestCase()
    {
        OEF_REQUIRE_LAB(m_env);
        QVERIFY2(!m_env.spare().isEmpty(),
                 "The spare server is not up: start the lab with 'tests/lab/lab.sh up --spare'.");
        QVERIFY(m_tmp.isValid());
        m_policy.knownHostsFile = m_tmp.filePath(QStringLiteral("known_hosts"));
        QVERIFY(m_env.writeKnownHosts(m_policy.knownHostsFile, {m_env.primary(), m_env.secondary(), m_env.spare()}));
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary"),
                            QStringLiteral("spare")}),
                 0);
        m_watch = std::make_unique<SecretWatch>(QList<QByteArray>{m_env.password().toUtf8()});
        Plan plan = labPlan(m_env, m_env.primary(), m_env.secondary());
        Secrets secrets = labSecrets(m_env, {Role::Primary, Role::Secondary});
        const FlowRun r = runFlow(buildSetupFlow(std::make_shared<SetupState>()), plan, secrets, m_policy);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
    }

    void switchoverInterrupted_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<Fault>("fault");
        const bool full = qEnvironmentVariableIntValue("OEF_FAULTS_FULL") == 1;
        // Stop OpenELIS, stop the database, promote (the point of no return), clear the standby
        // settings, start OpenELIS, its health check, re-attach the old primary.
        for (int i = 0; i < 7; ++i) {
            if (full || i == 1 || i == 2)
                QTest::addRow("cancel at step %d", i + 1) << i << Fault::Cancel;
            if (full)
                QTest::addRow("failure after step %d", i + 1) << i << Fault::Fail;
        }
    }

    void switchoverInterrupted()
    {
        QFETCH(int, step);
        QFETCH(Fault, fault);
        interruptAndFinish({m_primary, m_standby, {}}, true, step, fault);
        if (!QTest::currentTestFailed())
            std::swap(m_primary, m_standby);
    }

    void failoverInterrupted_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<Fault>("fault");
        const bool full = qEnvironmentVariableIntValue("OEF_FAULTS_FULL") == 1;
        // Fence the old primary, promote (the point of no return), clear the standby settings,
        // start OpenELIS, its health check, attach the new secondary.
        for (int i = 0; i < 6; ++i) {
            if (full || i == 0 || i == 1)
                QTest::addRow("failure after step %d", i + 1) << i << Fault::Fail;
            if (full)
                QTest::addRow("cancel at step %d", i + 1) << i << Fault::Cancel;
        }
    }

    void failoverInterrupted()
    {
        QFETCH(int, step);
        QFETCH(Fault, fault);
        // The primary fenced, the standby promoted, the third server attached: each round turns
        // the three servers one place on.
        interruptAndFinish({m_primary, m_standby, m_other}, false, step, fault);
        if (QTest::currentTestFailed())
            return;
        const QString fenced = m_primary;
        m_primary = m_standby;
        m_standby = m_other;
        m_other = fenced;
    }

    void cleanupTestCase()
    {
        if (!m_watch)
            return;
        m_watch->stop();
        QVERIFY2(m_watch->findings().isEmpty(), qPrintable(m_watch->findings().join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFailoverFaults)
#include "tst_failoverfaults.moc"
