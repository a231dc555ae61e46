// The set-up wizard end to end against the lab (tests/lab), offscreen: fill the fields, accept
// the host keys, run the checks, save the plan, run the set-up, reach the result page; then
// rows written on the primary must reach the secondary. Cancelling during the copy must leave
// the secondary serving its previous data. Fails, never skips, when the lab is down.
#include "backend/core/runner.h"
#include "backend/setup/setupflow.h"
#include "labwizardtest.h"
#include "tests/integration/labenv.h"
#include "wizard/common/hostkeypage.h"
#include "wizard/common/hostkeystoppage.h"
#include "wizard/common/progresspage.h"
#include "wizard/setup/checkspage.h"
#include "wizard/setup/credentialspage.h"
#include "wizard/setup/resultpage.h"
#include "wizard/setup/summarypage.h"
#include "wizard/widgets/logview.h"
#include "wizarddriver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace oef;
using namespace oef::ui;
using namespace oef::test;

class TestSetupWizardLab : public LabWizardTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changedHostKeyStops();
    void wholeWizardSetsUpReplication();
    void cancelDuringCopyKeepsPreviousData();
    void cleanupTestCase();

private:
    // Welcome → servers → credentials → host keys (accepting new ones) → checks → summary.
    void driveToSummary(SetupWizard &wizard, bool expectNewKeys);
};

void TestSetupWizardLab::initTestCase()
{
    OEF_REQUIRE_LAB(m_env);
    QVERIFY(isolate());
    // An empty known_hosts: both keys are new and must be accepted on the host key page.
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    qputenv("OEF_KNOWN_HOSTS", m_knownHosts.toUtf8());
    QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
    QCOMPARE(sql(QStringLiteral("secondary"), QStringLiteral("SELECT server FROM public.lab_marker")),
             QStringLiteral("secondary"));
    watchSecrets();
    QCOMPARE(m_watch->watchedNamespaces(), 2);
    log(QStringLiteral("lab reset"));
}

void TestSetupWizardLab::driveToSummary(SetupWizard &wizard, bool expectNewKeys)
{
    QCOMPARE(wizard.currentId(), int(SetupWizard::WelcomePageId));
    QVERIFY(goForward(wizard));
    fillServers(wizard, m_env.primary(), m_env.secondary());
    checkBuddies(wizard.currentPage());
    QVERIFY2(goForward(wizard), qPrintable(visibleProblems(wizard)));
    QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));
    fillCredentials(wizard, m_env.user(), m_env.password());
    checkBuddies(wizard.currentPage());
    QVERIFY2(goForward(wizard), qPrintable(visibleProblems(wizard)));

    QCOMPARE(wizard.currentId(), int(SetupWizard::HostKeysPageId));
    HostKeyPage *keys = wizard.hostKeyPage();
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isBusy(), 60000);
    log(QStringLiteral("host keys read"));
    checkBuddies(keys);
    bool accepted = false;
    for (const HostKeyProbe &p : keys->probes()) {
        if (expectNewKeys)
            QCOMPARE(int(p.key.state), int(HostKeyInfo::State::New));
        if (p.key.state != HostKeyInfo::State::New)
            continue;
        QVERIFY(!canGoForward(wizard));
        const QString shown = child<QLabel>(&wizard, p.role + QStringLiteral("Fingerprint"))->text();
        QVERIFY2(shown.startsWith(m_env.hostKeyFingerprint(p.server.host)), qPrintable(shown));
        const QString command = child<QLabel>(&wizard, p.role + QStringLiteral("FingerprintCommand"))->text();
        QCOMPARE(command, QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub"));
        QPushButton *accept = keys->acceptButton(p.role);
        QVERIFY(accept->isVisible() && accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        accepted = true;
    }
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isBusy(), 60000);
    for (const HostKeyProbe &p : keys->probes())
        QVERIFY2(p.key.state == HostKeyInfo::State::Accepted || p.key.state == HostKeyInfo::State::Known,
                 qPrintable(p.key.message + p.error));
    if (accepted) {
        QFile kh(m_knownHosts);
        QVERIFY(kh.open(QIODevice::ReadOnly));
        const QByteArray recorded = kh.readAll();
        QVERIFY(recorded.contains(m_env.primary().toUtf8()));
        QVERIFY(recorded.contains(m_env.secondary().toUtf8()));
        log(QStringLiteral("host keys accepted"));
    }
    QVERIFY(canGoForward(wizard));
    QVERIFY(goForward(wizard));

    QCOMPARE(wizard.currentId(), int(SetupWizard::ChecksPageId));
    ChecksPage *checks = wizard.checksPage();
    QVERIFY(checks->isRunning());
    QVERIFY(!canGoForward(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!checks->isRunning(), 180000);
    log(QStringLiteral("checks done: ") + checks->summaryText());
    QStringList problems;
    for (const CheckResult &c : checks->checks())
        if (c.status == CheckResult::Status::Error)
            problems << QStringLiteral("%1 %2: %3 %4").arg(c.host, c.title, c.message, c.details);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(checks->table()->rowCount() >= 14);
    QCOMPARE(checks->table()->rowCount(), int(checks->checks().size()));
    // Details on demand.
    checks->table()->setCurrentCell(0, 0);
    checks->detailsButton()->click();
    QVERIFY(checks->detailsView()->isVisible());
    QVERIFY(!checks->detailsView()->toPlainText().isEmpty());
    checkBuddies(checks);
    QVERIFY(canGoForward(wizard));
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(SetupWizard::SummaryPageId));
}

void TestSetupWizardLab::changedHostKeyStops()
{
    // known_hosts records another key for the primary: its key has "changed".
    const QString key = m_dir.filePath(QStringLiteral("other_key"));
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                QStringLiteral("-N"), QString(), QStringLiteral("-f"), key}),
             0);
    QFile pub(key + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_changed"));
    const QByteArray recorded = m_env.primary().toUtf8() + ' ' + fields.value(0) + ' ' + fields.value(1) + '\n';
    {
        QFile out(knownHosts);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(recorded);
    }
    SetupWizard wizard;
    wizard.setKnownHostsFile(knownHosts);
    wizard.show();
    QVERIFY(goForward(wizard));
    fillServers(wizard, m_env.primary(), m_env.secondary());
    QVERIFY(goForward(wizard));
    fillCredentials(wizard, m_env.user(), m_env.password());
    QVERIFY(goForward(wizard));
    // Straight to the stop page once the keys are read.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::HostKeyStopPageId), 60000);
    const QString text = wizard.hostKeyStopPage()->text();
    QVERIFY2(text.contains(QStringLiteral("man-in-the-middle")), qPrintable(text));
    QVERIFY(text.contains(m_env.hostKeyFingerprint(m_env.primary())));
    QVERIFY(text.contains(QStringLiteral("ssh-keygen -R")));
    checkBuddies(wizard.currentPage());
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isVisible() || !wizard.button(QWizard::NextButton)->isEnabled());
    // Nothing was recorded or changed.
    QFile kh(knownHosts);
    QVERIFY(kh.open(QIODevice::ReadOnly));
    QCOMPARE(kh.readAll(), recorded);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!wizard.isVisible());
    log(QStringLiteral("changed host key: stopped"));
}

void TestSetupWizardLab::wholeWizardSetsUpReplication()
{
    SetupWizard wizard;
    QList<QUrl> opened;
    wizard.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    const QString planPath = m_dir.filePath(QStringLiteral("lab-plan.json"));
    wizard.setSaveFileChooser([&](QWidget *, const QString &) { return planPath; });
    wizard.show();
    driveToSummary(wizard, true);

    SummaryPage *summary = wizard.summaryPage();
    checkBuddies(summary);
    QVERIFY(summary->changesText().contains(m_env.primary()));
    QVERIFY(summary->changesText().contains(m_env.secondary()));
    summary->savePlanButton()->click();
    QVERIFY(QFile::exists(planPath));
    QVERIFY(summary->commandLine().contains(planPath));
    QVERIFY(summary->commandLine().contains(QStringLiteral("--known-hosts")));
    QFile planFile(planPath);
    QVERIFY(planFile.open(QIODevice::ReadOnly));
    QVERIFY(!planFile.readAll().contains(m_env.password().toUtf8()));

    // Commit: the run starts; no way back.
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(SetupWizard::ProgressPageId));
    ProgressPage *progress = wizard.progressPage();
    QVERIFY(progress->isRunning());
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled() || !wizard.button(QWizard::BackButton)->isVisible());
    // The GUI thread stays responsive during the run (the work is on the worker threads).
    qint64 longestStall = 0;
    QElapsedTimer beat;
    beat.start();
    QTimer heartbeat;
    heartbeat.setInterval(20);
    connect(&heartbeat, &QTimer::timeout, this, [&] { longestStall = std::max(longestStall, beat.restart() - 20); });
    heartbeat.start();
    QTRY_VERIFY_WITH_TIMEOUT(progress->hasFinished(), 1500000);
    heartbeat.stop();
    log(QStringLiteral("set-up finished, outcome %1, longest GUI stall %2 ms")
            .arg(progress->outcome())
            .arg(longestStall));
    QVERIFY2(progress->outcome() == int(FlowOutcome::Succeeded),
             qPrintable(progress->failureMessage() + QLatin1Char('\n') + progress->failureDetails() + QLatin1Char('\n')
                        + progress->logView()->toPlainText().right(3000)));
    QVERIFY2(longestStall < 1000, qPrintable(QString::number(longestStall)));
    QVERIFY(progress->logView()->toPlainText().contains(m_env.secondary()));
    auto *steps = child<QTreeWidget>(progress, QStringLiteral("steps"));
    QCOMPARE(steps->topLevelItemCount(), int(progress->stepLabels().size()));
    QVERIFY(steps->topLevelItemCount() >= 7);
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        QCOMPARE(steps->topLevelItem(i)->text(1), QStringLiteral("Done"));

    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(SetupWizard::ResultPageId));
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled() || !wizard.button(QWizard::BackButton)->isVisible());
    ResultPage *result = wizard.resultPage();
    checkBuddies(result);
    checkBuddies(progress);
    QVERIFY2(result->headline().contains(QStringLiteral("hot standby")), qPrintable(result->headline()));
    QVERIFY2(result->verificationText().contains(QStringLiteral(" ms")), qPrintable(result->verificationText()));
    QVERIFY(result->stateText().contains(QStringLiteral("data.before-standby-")));
    const QString reportDir = progress->reportDir();
    QVERIFY(QFile::exists(reportDir + QStringLiteral("/report.html")));
    result->openReportButton()->click();
    result->openFolderButton()->click();
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0).toLocalFile(), reportDir + QStringLiteral("/report.html"));
    QCOMPARE(opened.at(1).toLocalFile(), reportDir);
    // Nothing written holds the password.
    const QStringList leaks = m_watch->scanFiles(reportDir) + m_watch->scanFiles(m_dir.path());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

    // Replication works: the standby streams, and a row written on the primary arrives.
    QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("secondary"),
                                  QStringLiteral("SELECT status FROM pg_stat_wal_receiver"),
                                  QStringLiteral("postgres")),
                              QStringLiteral("streaming"), 60000);
    const QString token = QStringLiteral("GUI%1").arg(QDateTime::currentMSecsSinceEpoch());
    sql(QStringLiteral("primary"), QStringLiteral("INSERT INTO clinlims.sample (accession) VALUES ('%1')").arg(token));
    QTRY_COMPARE_WITH_TIMEOUT(
        sql(QStringLiteral("secondary"),
            QStringLiteral("SELECT count(*) FROM clinlims.sample WHERE accession = '%1'").arg(token)),
        QStringLiteral("1"), 30000);
    QCOMPARE(sql(QStringLiteral("secondary"), QStringLiteral("SELECT server FROM public.lab_marker")),
             QStringLiteral("primary"));
    log(QStringLiteral("replication verified"));

    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!wizard.isVisible());
    QVERIFY(wizard.credentialsPage()->form(Role::Primary)->passwordEdit()->text().isEmpty());
}

void TestSetupWizardLab::cancelDuringCopyKeepsPreviousData()
{
    QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
    QCOMPARE(sql(QStringLiteral("secondary"), QStringLiteral("SELECT server FROM public.lab_marker")),
             QStringLiteral("secondary"));
    log(QStringLiteral("lab reset for the cancel test"));
    SetupWizard wizard;
    Plan slow; // pre-filled like `oe-failover --plan`, with a slow copy to cancel in
    ServerSpec p;
    p.host = m_env.primary();
    p.user = m_env.user();
    ServerSpec s = p;
    s.host = m_env.secondary();
    slow.servers.insert(Role::Primary, p);
    slow.servers.insert(Role::Secondary, s);
    slow.copyRateLimit = QStringLiteral("1M");
    wizard.setPlan(slow);
    wizard.show();
    driveToSummary(wizard, false);
    QVERIFY(goForward(wizard));
    ProgressPage *progress = wizard.progressPage();
    QVERIFY(progress->isRunning());
    auto *steps = child<QTreeWidget>(progress, QStringLiteral("steps"));
    int copyStep = -1;
    for (int i = 0; i < progress->stepLabels().size(); ++i)
        if (progress->stepLabels().at(i).contains(QStringLiteral("copy the database")))
            copyStep = i;
    QVERIFY2(copyStep > 0, qPrintable(progress->stepLabels().join(QLatin1Char('\n'))));
    // Wait until the database copy runs, then cancel the way an operator does: the wizard's
    // Cancel button, and "Stop" in the confirmation.
    QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItem(copyStep)->text(1) == QStringLiteral("Running"), 600000);
    QTest::qWait(3000);
    log(QStringLiteral("cancelling during the copy"));
    answerNextMessageBox(QMessageBox::DestructiveRole);
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(progress->isCancelling());
    QVERIFY(wizard.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(progress->hasFinished(), 600000);
    log(QStringLiteral("cancelled"));
    QCOMPARE(progress->outcome(), int(FlowOutcome::Cancelled));
    QCOMPARE(steps->topLevelItem(copyStep)->text(1), QStringLiteral("Cancelled"));
    QVERIFY(goForward(wizard));
    ResultPage *result = wizard.resultPage();
    QVERIFY2(result->headline().contains(QStringLiteral("cancelled")), qPrintable(result->headline()));
    QVERIFY2(result->stateText().contains(QStringLiteral("previous data")), qPrintable(result->stateText()));

    // The secondary serves its previous data: not in recovery, its own marker, no leftovers.
    QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("secondary"), QStringLiteral("SELECT server FROM public.lab_marker")),
                              QStringLiteral("secondary"), 60000);
    QCOMPARE(sql(QStringLiteral("secondary"), QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("f"));
    QCOMPARE(m_env.exec(QStringLiteral("secondary"),
                        QStringLiteral("ls -d /var/lib/openelis-global/backups/oef-basebackup-* "
                                       "/var/lib/openelis-global/backups/.oef-pgpass-* 2>/dev/null | wc -l")),
             QStringLiteral("0"));
    QVERIFY(wizard.close());
}

void TestSetupWizardLab::cleanupTestCase()
{
    if (!m_watch)
        return;
    m_watch->stop();
    QVERIFY2(m_watch->findings().isEmpty(), qPrintable(m_watch->findings().join(QLatin1Char('\n'))));
    log(QStringLiteral("done"));
}

QTEST_MAIN(TestSetupWizardLab)
#include "tst_setupwizard_lab.moc"
