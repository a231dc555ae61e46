// The failover wizard end to end against the lab (tests/lab), offscreen. Replication
// primary → secondary is set up first (the backend's set-up flow); then the wizard is driven
// page by page as an operator would: the servers (target: the secondary, old primary: the
// primary), credentials, known host keys, the probe (the old primary is up: restart OpenELIS
// there and check again, then choose to bring it down), the data-loss tick, fencing by the
// tool, the run, the result. Afterwards the secondary must be a writable primary holding the
// row written before, the old primary fenced, the result page showing the new address, and no
// password in any process, report or file. Then, from a fresh pair, a planned switchover
// through the wizard: the roles swap, nothing is lost, and "Verify replication now" opens the
// verification for the new pair. Fails, never skips, when the lab is down.
#include "../integration/flowharness.h"
#include "../integration/labenv.h"
#include "backend/setup/setupflow.h"
#include "labwizardtest.h"
#include "wizard/common/hostkeypage.h"
#include "wizard/common/progresspage.h"
#include "wizard/failover/failoverdatalosspage.h"
#include "wizard/failover/failoverfencingpage.h"
#include "wizard/failover/failoverprobepage.h"
#include "wizard/failover/failoverresultpage.h"
#include "wizard/failover/failoverserverspage.h"
#include "wizard/failover/failoverwizard.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace oef;
using namespace oef::ui;
using namespace oef::test;

class TestFailoverWizardLab : public LabWizardTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wizardFailsOverFencingTheReachablePrimary();
    void wizardSwitchesOverAndOpensVerification();
    void cleanupTestCase();

private:
    // Two fresh servers, then replication primary → secondary with the backend's set-up flow.
    void setUpPair();
    // Servers, credentials and host keys typed; returns at the probe page with its result.
    void driveToProbe(FailoverWizard &wizard, bool switchover);
};

void TestFailoverWizardLab::initTestCase()
{
    OEF_REQUIRE_LAB(m_env);
    QVERIFY(isolate());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(m_env.writeKnownHosts(m_knownHosts, {m_env.primary(), m_env.secondary()}));
    qputenv("OEF_KNOWN_HOSTS", m_knownHosts.toUtf8());
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    watchSecrets();
    QCOMPARE(m_watch->watchedNamespaces(), 2);
}

void TestFailoverWizardLab::setUpPair()
{
    QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
    log(QStringLiteral("lab reset"));

    // Replication primary → secondary, with the backend's set-up flow.
    const Plan pair = labPlan(m_env, m_env.primary(), m_env.secondary());
    Secrets secrets = labSecrets(m_env, {Role::Primary, Role::Secondary});
    HostKeyPolicy policy;
    policy.knownHostsFile = m_knownHosts;
    const FlowRun setup = runFlow(buildSetupFlow(std::make_shared<SetupState>()), pair, secrets, policy);
    secrets.clear();
    QVERIFY2(setup.succeeded(), qPrintable(setup.failure + QLatin1Char('\n')
                                           + setup.log.mid(setup.log.size() - 30).join(QLatin1Char('\n'))));
    QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("secondary"),
                                  QStringLiteral("SELECT status FROM pg_stat_wal_receiver"),
                                  QStringLiteral("postgres")),
                              QStringLiteral("streaming"), 90000);
    log(QStringLiteral("replication set up in %1 s").arg(setup.elapsedMs / 1000.0, 0, 'f', 1));
}

void TestFailoverWizardLab::driveToProbe(FailoverWizard &wizard, bool switchover)
{
    QCOMPARE(wizard.currentId(), int(FailoverWizard::ServersPageId));
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("newPrimaryHost")), m_env.secondary());
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("oldPrimaryHost")), m_env.primary());
    if (switchover)
        QTest::keyClick(wizard.serversPage()->switchoverCheck(), Qt::Key_Space);
    QCOMPARE(wizard.isSwitchover(), switchover);
    QVERIFY2(goForward(wizard), qPrintable(visibleProblems(wizard)));
    QCOMPARE(wizard.currentId(), int(FailoverWizard::CredentialsPageId));
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("newPrimaryUser")), m_env.user());
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("newPrimaryPassword")), m_env.password());
    QVERIFY2(goForward(wizard), qPrintable(visibleProblems(wizard)));

    // Host keys: both known.
    QCOMPARE(wizard.currentId(), int(FailoverWizard::HostKeysPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.hostKeyPage()->isBusy(), 60000);
    QCOMPARE(wizard.hostKeyPage()->probes().size(), 2);
    QVERIFY(wizard.hostKeyPage()->allTrusted());
    QVERIFY(goForward(wizard));

    QCOMPARE(wizard.currentId(), int(FailoverWizard::ProbePageId));
    FailoverProbePage *probe = wizard.probePage();
    QElapsedTimer t;
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(!probe->isBusy() && probe->hasProbe(), 180000);
    log(QStringLiteral("probe in %1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1));
}

void TestFailoverWizardLab::wizardFailsOverFencingTheReachablePrimary()
{
    // A row written on the primary before the failover must survive it.
    const QString token = QStringLiteral("W%1").arg(QDateTime::currentMSecsSinceEpoch());
    sql(QStringLiteral("primary"), QStringLiteral("INSERT INTO clinlims.sample (accession) VALUES ('%1')").arg(token));
    QTRY_COMPARE_WITH_TIMEOUT(
        sql(QStringLiteral("secondary"),
            QStringLiteral("SELECT count(*) FROM clinlims.sample WHERE accession = '%1'").arg(token)),
        QStringLiteral("1"), 60000);

    FailoverWizard wizard;
    QList<QUrl> opened;
    wizard.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    wizard.show();
    driveToProbe(wizard, false);
    if (QTest::currentTestFailed())
        return;
    FailoverProbePage *probe = wizard.probePage();
    QElapsedTimer t;
    t.start();
    QVERIFY2(probe->verdictText().contains(QStringLiteral("is up")), qPrintable(probe->verdictText()));
    QVERIFY2(probe->refusalText().isEmpty(), qPrintable(probe->refusalText()));
    QVERIFY(probe->checksTree()->topLevelItemCount() > 0);
    QVERIFY(wizard.probe().targetInRecovery);
    QVERIFY(wizard.probe().oldLoginWorks);
    QVERIFY(probe->offersRestart());
    QVERIFY(!canGoForward(wizard));
    t.restart();
    QTest::mouseClick(probe->restartButton(), Qt::LeftButton);
    QVERIFY(probe->isBusy());
    QVERIFY(!canGoForward(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!probe->isBusy() && probe->hasProbe(), 600000);
    log(QStringLiteral("restart and new probe in %1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1));
    QVERIFY2(probe->restartText().contains(QStringLiteral("answers again")), qPrintable(probe->restartText()));
    QVERIFY2(probe->verdictText().contains(QStringLiteral("is up")), qPrintable(probe->verdictText()));
    // Still up: bring it down.
    QVERIFY(!canGoForward(wizard));
    probe->bringDownCheck()->setChecked(true);
    QVERIFY(goForward(wizard));

    // The data-loss statement, ticked.
    QCOMPARE(wizard.currentId(), int(FailoverWizard::DataLossPageId));
    const QString statement = wizard.dataLossPage()->statement();
    QVERIFY2(statement.contains(QStringLiteral("may be missing")) || statement.contains(QStringLiteral("initial copy")),
             qPrintable(statement));
    QVERIFY2(statement.contains(m_env.primary() + QStringLiteral(" will be fenced")), qPrintable(statement));
    QVERIFY(!canGoForward(wizard));
    wizard.dataLossPage()->confirmCheck()->setChecked(true);
    QVERIFY(goForward(wizard));

    // Fencing by the tool: settled, the commit button runs.
    QCOMPARE(wizard.currentId(), int(FailoverWizard::FencingPageId));
    QCOMPARE(int(wizard.fencingPage()->mode()), int(FailoverFencingPage::Mode::ByTool));
    QVERIFY(canGoForward(wizard));
    t.restart();
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(FailoverWizard::ProgressPageId));
    ProgressPage *progress = wizard.progressPage();
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() || !wizard.button(QWizard::BackButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(progress->hasFinished(), 1500000);
    log(QStringLiteral("failover run in %1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1));
    QVERIFY2(progress->outcome() == int(FlowOutcome::Succeeded),
             qPrintable(progress->failureMessage() + QLatin1Char('\n') + progress->failureDetails()));
    const std::shared_ptr<FailoverState> state = wizard.failoverState();
    log(QStringLiteral("writable after %1 ms, healthy after %2 ms").arg(state->writableMs).arg(state->healthMs));
    QCOMPARE(state->fencing, QStringLiteral("tool"));

    // The result page.
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(FailoverWizard::ResultPageId));
    FailoverResultPage *result = wizard.resultPage();
    QCOMPARE(result->headline(), QStringLiteral("The failover is complete."));
    QCOMPARE(result->addressText(), QStringLiteral("https://%1:8443/").arg(m_env.secondary()));
    QVERIFY2(result->healthText().contains(QStringLiteral("answers its health check")),
             qPrintable(result->healthText()));
    QVERIFY2(result->certificateText().contains(QStringLiteral("names this address")),
             qPrintable(result->certificateText()));
    QVERIFY2(
        result->messageText().contains(QStringLiteral("Users must now use https://%1:8443/").arg(m_env.secondary())),
        qPrintable(result->messageText()));
    QVERIFY(!result->verifyButton()->isEnabled()); // no standby yet
    QTest::mouseClick(result->openReportButton(), Qt::LeftButton);
    QTest::mouseClick(result->openFolderButton(), Qt::LeftButton);
    const QString reportDir = progress->reportDir();
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0).toLocalFile(), reportDir + QStringLiteral("/report.html"));
    QVERIFY(QFile::exists(reportDir + QStringLiteral("/report.json")));
    const QStringList leaks = m_watch->scanFiles(reportDir) + m_watch->scanFiles(m_dir.path());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

    // The servers: the secondary is a writable primary with the earlier row; the old primary
    // is fenced, and stays so when its Docker engine restarts.
    QCOMPARE(sql(QStringLiteral("secondary"), QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("postgres")),
             QStringLiteral("f"));
    QCOMPARE(sql(QStringLiteral("secondary"),
                 QStringLiteral("SELECT count(*) FROM clinlims.sample WHERE accession = '%1'").arg(token)),
             QStringLiteral("1"));
    const QString after = QStringLiteral("A%1").arg(QDateTime::currentMSecsSinceEpoch());
    sql(QStringLiteral("secondary"),
        QStringLiteral("INSERT INTO clinlims.sample (accession) VALUES ('%1')").arg(after));
    QCOMPARE(sql(QStringLiteral("secondary"),
                 QStringLiteral("SELECT count(*) FROM clinlims.sample WHERE accession = '%1'").arg(after)),
             QStringLiteral("1"));
    QCOMPARE(
        m_env.exec(
            QStringLiteral("primary"),
            QStringLiteral(
                "docker inspect -f '{{.State.Running}} {{.HostConfig.RestartPolicy.Name}}' openelisglobal-database")),
        QStringLiteral("false no"));
    QCOMPARE(m_env.exec(QStringLiteral("primary"),
                        QStringLiteral("test -f /var/lib/openelis-global/data/standby.signal && echo yes")),
             QStringLiteral("yes"));
    wizard.done(QDialog::Accepted);
}

void TestFailoverWizardLab::wizardSwitchesOverAndOpensVerification()
{
    setUpPair();
    if (QTest::currentTestFailed())
        return;
    const QString token = QStringLiteral("S%1").arg(QDateTime::currentMSecsSinceEpoch());
    sql(QStringLiteral("primary"), QStringLiteral("INSERT INTO clinlims.sample (accession) VALUES ('%1')").arg(token));

    FailoverWizard wizard;
    QList<Plan> verified;
    wizard.setVerifyOpener([&](const Plan &plan, const Secrets &secrets) {
        QVERIFY(!secrets.forRole(Role::Primary).password.isEmpty());
        verified << plan;
    });
    wizard.show();
    driveToProbe(wizard, true);
    if (QTest::currentTestFailed())
        return;
    FailoverProbePage *probe = wizard.probePage();
    QVERIFY2(probe->refusalText().isEmpty(), qPrintable(probe->refusalText()));
    QVERIFY(!probe->offersRestart()); // planned: no remedy to offer
    QVERIFY(goForward(wizard));

    QCOMPARE(wizard.currentId(), int(FailoverWizard::DataLossPageId));
    QVERIFY2(wizard.dataLossPage()->statement().contains(QStringLiteral("loses nothing")),
             qPrintable(wizard.dataLossPage()->statement()));
    QVERIFY(!canGoForward(wizard));
    QTest::keyClick(wizard.dataLossPage()->confirmCheck(), Qt::Key_Space);
    QVERIFY(goForward(wizard));

    QCOMPARE(wizard.currentId(), int(FailoverWizard::FencingPageId));
    QCOMPARE(int(wizard.fencingPage()->mode()), int(FailoverFencingPage::Mode::Switchover));
    QElapsedTimer t;
    t.start();
    QVERIFY(goForward(wizard));
    ProgressPage *progress = wizard.progressPage();
    QTRY_VERIFY_WITH_TIMEOUT(progress->hasFinished(), 1500000);
    log(QStringLiteral("switchover run in %1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1));
    QVERIFY2(progress->outcome() == int(FlowOutcome::Succeeded),
             qPrintable(progress->failureMessage() + QLatin1Char('\n') + progress->failureDetails()));
    QVERIFY(goForward(wizard));
    FailoverResultPage *result = wizard.resultPage();
    QCOMPARE(result->headline(), QStringLiteral("The switchover is complete."));
    QCOMPARE(result->addressText(), QStringLiteral("https://%1:8443/").arg(m_env.secondary()));

    // The roles swapped: the secondary writes, the primary streams from it.
    QCOMPARE(sql(QStringLiteral("secondary"), QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("postgres")),
             QStringLiteral("f"));
    QCOMPARE(sql(QStringLiteral("secondary"),
                 QStringLiteral("SELECT count(*) FROM clinlims.sample WHERE accession = '%1'").arg(token)),
             QStringLiteral("1"));
    const QString after = QStringLiteral("T%1").arg(QDateTime::currentMSecsSinceEpoch());
    sql(QStringLiteral("secondary"),
        QStringLiteral("INSERT INTO clinlims.sample (accession) VALUES ('%1')").arg(after));
    QTRY_COMPARE_WITH_TIMEOUT(
        sql(QStringLiteral("primary"),
            QStringLiteral("SELECT count(*) FROM clinlims.sample WHERE accession = '%1'").arg(after)),
        QStringLiteral("1"), 90000);

    // The verification screen for the new pair.
    QVERIFY(result->verifyButton()->isEnabled());
    QTest::mouseClick(result->verifyButton(), Qt::LeftButton);
    QCOMPARE(verified.size(), 1);
    QCOMPARE(verified.at(0).server(Role::Primary).host, m_env.secondary());
    QCOMPARE(verified.at(0).server(Role::Secondary).host, m_env.primary());
    const QStringList leaks = m_watch->scanFiles(progress->reportDir());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    wizard.done(QDialog::Accepted);
}

void TestFailoverWizardLab::cleanupTestCase()
{
    if (m_watch) {
        m_watch->stop();
        QVERIFY2(m_watch->findings().isEmpty(), qPrintable(m_watch->findings().join(QLatin1Char('\n'))));
    }
    // Leave the lab as the other tests expect it: two fresh servers.
    if (!m_env.primary().isEmpty())
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
}

QTEST_MAIN(TestFailoverWizardLab)
#include "tst_failoverwizard_lab.moc"
