// The set-up wizard without servers (offscreen): navigation, inline validation with bad
// inputs, keyboard access, pre-filling from a plan, the keychain note, the run page with fake
// flows (steps, progress, log, cancel with confirmation), the result texts, no leaks.
// The keychain round trip is in tst_wizardkeychain (it needs a Secret Service).
#include "backend/core/runner.h"
#include "backend/setup/setupflow.h"
#include "backend/workers/guiworker.h"
#include "wizard/common/hostkeypage.h"
#include "wizard/common/progresspage.h"
#include "wizard/setup/checkspage.h"
#include "wizard/setup/credentialspage.h"
#include "wizard/setup/resultpage.h"
#include "wizard/setup/serverspage.h"
#include "wizard/setup/summarypage.h"
#include "wizard/setup/welcomepage.h"
#include "wizard/widgets/credentialstore.h"
#include "wizard/widgets/flowfeed.h"
#include "wizard/widgets/logview.h"
#include "wizarddriver.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

#include <atomic>
#include <memory>

using namespace oef;
using namespace oef::ui;
using namespace oef::test;

namespace {

Plan examplePlan()
{
    Plan p;
    ServerSpec a;
    a.host = QStringLiteral("192.0.2.21");
    a.user = QStringLiteral("labadmin");
    ServerSpec b = a;
    b.host = QStringLiteral("oe-standby.lab.local");
    b.sshPort = 2222;
    p.servers.insert(Role::Primary, a);
    p.servers.insert(Role::Secondary, b);
    p.copyRateLimit = QStringLiteral("20M");
    p.installDir = QStringLiteral("/srv/openelis");
    return p;
}

// A flow of fake steps for the run page: logs lines for two hosts, reports progress.
Flow fakeFlow(int steps, int linesPerStep, std::shared_ptr<std::atomic_int> cleanups = {},
              bool waitForCancelAt2 = false)
{
    Flow flow;
    flow.name = QStringLiteral("fake");
    for (int i = 0; i < steps; ++i) {
        flow.steps.push_back(std::make_unique<LambdaStep>(
            QStringLiteral("Fake step %1").arg(i + 1), 1.0 + i,
            [i, linesPerStep, waitForCancelAt2](StepContext &c) {
                for (int n = 0; n < linesPerStep; ++n) {
                    c.log(n % 2 ? QStringLiteral("10.77.0.11") : QStringLiteral("10.77.0.12"),
                          n % 5 == 0 ? LogStream::Command : LogStream::StdOut,
                          QStringLiteral("line %1 of step %2").arg(n).arg(i + 1));
                    c.progress(double(n + 1) / linesPerStep, QStringLiteral("Working on step %1…").arg(i + 1));
                }
                if (waitForCancelAt2 && i == 1) {
                    while (!c.isCancelled())
                        QThread::msleep(10);
                    return StepResult::error(QStringLiteral("Cancelled."));
                }
                return StepResult::success();
            },
            [cleanups](StepContext &c) {
                if (cleanups)
                    ++*cleanups;
                c.log(QString(), LogStream::Info, QStringLiteral("undone"));
            },
            QStringLiteral("Doing fake step %1…").arg(i + 1)));
    }
    return flow;
}

FlowJob fakeJob(const QString &reportDir, int steps, int lines, std::shared_ptr<std::atomic_int> cleanups = {},
                bool waitForCancel = false)
{
    FlowJob job;
    job.kind = RunReport::Kind::Setup;
    job.makeFlow = [=] { return fakeFlow(steps, lines, cleanups, waitForCancel); };
    job.plan = examplePlan();
    job.secrets.forRole(Role::Primary).password = SecretString(QStringLiteral("s3cret pw"));
    job.reportDir = reportDir;
    return job;
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void welcomeSaysWhatIsNeeded();
    void serversValidation_data();
    void serversValidation();
    void serversKeyboard();
    void credentialsValidation();
    void secondaryCredentials();
    void prefillFromPlan();
    void keychainUnavailableSaysSo();
    void hostKeyProbeFailureBlocksNext();
    void backDoesNotKeepStaleState();
    void summaryAndPlanFile();
    void credentialStoreEncoding();
    void logViewBatchesAndBounds();
    void flowFeedBoundsAndOrder();
    void progressPageRunsFakeFlow();
    void progressPageCancelAsksAndUndoes();
    void wizardCancelDuringRunAsksFirst();
    void resultWords_data();
    void resultWords();
    void noTopLevelLeaks();

private:
    QTemporaryDir m_dir;
    QString m_knownHosts;
};

void TestSetupWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QStandardPaths::setTestModeEnabled(true);
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    qputenv("OEF_KNOWN_HOSTS", m_knownHosts.toUtf8());
    // No keychain here, whatever the machine has (tst_wizardkeychain tests a real one).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    qunsetenv("DISPLAY");
}

void TestSetupWizard::init()
{
    QFile::remove(m_knownHosts);
}

void TestSetupWizard::welcomeSaysWhatIsNeeded()
{
    SetupWizard wizard;
    wizard.show();
    QCOMPARE(wizard.currentId(), int(SetupWizard::WelcomePageId));
    const QString text = child<QLabel>(&wizard, QStringLiteral("welcomeText"))->text();
    for (const char *needle : {"/etc/openelis-global", "5432", "sudo", "SSH", "minutes"})
        QVERIFY2(text.contains(QLatin1String(needle)), needle);
    QVERIFY(canGoForward(wizard));
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(SetupWizard::ServersPageId));
    QCOMPARE(wizard.knownHostsFile(), m_knownHosts);
}

void TestSetupWizard::serversValidation_data()
{
    QTest::addColumn<QString>("primary");
    QTest::addColumn<QString>("primarySsh");
    QTest::addColumn<QString>("primaryDb");
    QTest::addColumn<QString>("secondary");
    QTest::addColumn<QString>("secondarySsh");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("message");

    const QString p22 = QStringLiteral("22");
    const QString db = QStringLiteral("5432");
    QTest::newRow("valid") << "10.77.0.11" << p22 << db << "10.77.0.12" << p22 << true << "";
    QTest::newRow("names") << "oe-main.lab.local" << p22 << db << "oe-standby" << p22 << true << "";
    QTest::newRow("ipv6") << "fd00::11" << p22 << db << "[fd00::12]" << p22 << true << "";
    QTest::newRow("empty primary") << "" << p22 << db << "10.77.0.12" << p22 << false << "";
    QTest::newRow("short IPv4") << "10.77.0" << p22 << db << "10.77.0.12" << p22 << false << "Primary address";
    QTest::newRow("IPv4 out of range") << "10.77.0.300" << p22 << db << "10.77.0.12" << p22 << false
                                       << "Primary address";
    QTest::newRow("space and bang") << "bad host!" << p22 << db << "10.77.0.12" << p22 << false << "Primary address";
    QTest::newRow("option injection") << "-oProxyCommand=x" << p22 << db << "10.77.0.12" << p22 << false
                                      << "Primary address";
    QTest::newRow("secondary malformed") << "10.77.0.11" << p22 << db << "a..b" << p22 << false << "Secondary address";
    QTest::newRow("ssh port 0") << "10.77.0.11"
                                << "0" << db << "10.77.0.12" << p22 << false << "between 1 and 65535";
    QTest::newRow("ssh port 70000") << "10.77.0.11"
                                    << "70000" << db << "10.77.0.12" << p22 << false << "between 1 and 65535";
    QTest::newRow("db port empty") << "10.77.0.11" << p22 << ""
                                   << "10.77.0.12" << p22 << false << "database port";
    QTest::newRow("db port 65536") << "10.77.0.11" << p22 << "65536"
                                   << "10.77.0.12" << p22 << false << "between 1 and 65535";
    QTest::newRow("same server") << "10.77.0.11" << p22 << db << "10.77.0.11" << p22 << false << "same server";
    QTest::newRow("same name other case")
        << "OE-Main.lab" << p22 << db << "oe-main.lab" << p22 << false << "same server";
    QTest::newRow("same IPv6 spelled twice")
        << "fd00::11" << p22 << db << "fd00:0:0:0:0:0:0:11" << p22 << false << "same server";
    QTest::newRow("same host other SSH port") << "10.77.0.11" << p22 << db << "10.77.0.11"
                                              << "2222" << true << "";
}

void TestSetupWizard::serversValidation()
{
    QFETCH(QString, primary);
    QFETCH(QString, primarySsh);
    QFETCH(QString, primaryDb);
    QFETCH(QString, secondary);
    QFETCH(QString, secondarySsh);
    QFETCH(bool, complete);
    QFETCH(QString, message);

    SetupWizard wizard;
    wizard.show();
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(SetupWizard::ServersPageId));
    QVERIFY2(!canGoForward(wizard), "Next must start disabled");
    fillServers(wizard, primary, secondary, primarySsh, primaryDb);
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("secondarySshPort")), secondarySsh);
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("secondaryDbPort")), QStringLiteral("5432"));
    QCOMPARE(canGoForward(wizard), complete);

    QStringList shown;
    for (const char *name : {"primaryProblem", "secondaryProblem", "sameServerProblem"}) {
        auto *label = child<QLabel>(&wizard, QLatin1String(name));
        QVERIFY(label);
        if (label->isVisible())
            shown << label->text();
    }
    if (message.isEmpty()) {
        if (complete)
            QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
    } else {
        QVERIFY2(shown.join(QLatin1Char('\n')).contains(message, Qt::CaseInsensitive),
                 qPrintable(shown.join(QLatin1Char('\n'))));
    }
    if (complete) {
        QVERIFY(goForward(wizard));
        QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));
        const Plan plan = wizard.plan();
        QCOMPARE(plan.server(Role::Primary).sshPort, primarySsh.toInt());
        QVERIFY(!plan.server(Role::Secondary).host.startsWith(QLatin1Char('[')));
    }
}

void TestSetupWizard::serversKeyboard()
{
    SetupWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QTest::keyClick(&wizard, Qt::Key_Return); // Next is the default button
    QCOMPARE(wizard.currentId(), int(SetupWizard::ServersPageId));
    checkBuddies(wizard.currentPage());
    // Tab goes through the six fields in order, starting at the primary's address.
    auto *first = child<QLineEdit>(&wizard, QStringLiteral("primaryHost"));
    QTRY_VERIFY(first->hasFocus());
    QStringList order;
    QWidget *w = first;
    for (int i = 0; i < 6; ++i) {
        order << w->objectName();
        QTest::keyClick(w, Qt::Key_Tab);
        w = QApplication::focusWidget();
    }
    QCOMPARE(order, QStringList({QStringLiteral("primaryHost"), QStringLiteral("primarySshPort"),
                                 QStringLiteral("primaryDbPort"), QStringLiteral("secondaryHost"),
                                 QStringLiteral("secondarySshPort"), QStringLiteral("secondaryDbPort")}));
    // Alt+E (the secondary's "Addr&ess") jumps to the secondary's address.
    QTest::keyClick(&wizard, Qt::Key_E, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("secondaryHost"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10.77.0.12"));
    QTest::keyClick(&wizard, Qt::Key_A, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("primaryHost"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10.77.0.11"));
    QVERIFY(canGoForward(wizard));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));
    checkBuddies(wizard.currentPage());
}

void TestSetupWizard::credentialsValidation()
{
    SetupWizard wizard;
    wizard.show();
    QVERIFY(goForward(wizard));
    fillServers(wizard, QStringLiteral("10.77.0.11"), QStringLiteral("10.77.0.12"));
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));
    QVERIFY(!canGoForward(wizard));
    CredentialsForm *form = wizard.credentialsPage()->form(Role::Primary);
    QVERIFY(form->title().contains(QStringLiteral("10.77.0.11")));

    typeInto(form->userEdit(), QStringLiteral("-root"));
    QVERIFY(!canGoForward(wizard));
    QVERIFY(form->problem().contains(QStringLiteral("User")));
    typeInto(form->userEdit(), QStringLiteral("labadmin"));
    QVERIFY(!canGoForward(wizard)); // no password yet
    typeInto(form->passwordEdit(), QStringLiteral("Hello Remote World! $x; 'q' \"d\" é"));
    QVERIFY(canGoForward(wizard));
    QVERIFY(!form->sudoPasswordEdit()->isVisible()); // sudo uses the login password
    Secrets s = wizard.secrets();
    QCOMPARE(s.forRole(Role::Primary).password.utf8(), QStringLiteral("Hello Remote World! $x; 'q' \"d\" é").toUtf8());
    QVERIFY(s.forRole(Role::Primary).sudoPassword.isEmpty());
    QCOMPARE(s.forRole(Role::Primary).effectiveSudoPassword().utf8(), s.forRole(Role::Primary).password.utf8());
    // The secondary is the same by default.
    QCOMPARE(s.forRole(Role::Secondary).password.utf8(), s.forRole(Role::Primary).password.utf8());
    QCOMPARE(wizard.plan().server(Role::Secondary).user, QStringLiteral("labadmin"));

    // A separate sudo password.
    form->sudoSameCheck()->click();
    QVERIFY(form->sudoPasswordEdit()->isVisible());
    typeInto(form->sudoPasswordEdit(), QStringLiteral("other"));
    QCOMPARE(wizard.secrets().forRole(Role::Primary).sudoPassword.utf8(), QByteArray("other"));

    // Key file: required, and it must exist.
    form->authCombo()->setCurrentIndex(form->authCombo()->findData(int(AuthMethod::Key)));
    QVERIFY(!form->passwordEdit()->isVisible());
    QVERIFY(form->keyFileEdit()->isVisible());
    QVERIFY(!canGoForward(wizard));
    typeInto(form->keyFileEdit(), m_dir.filePath(QStringLiteral("no-such-key")));
    QVERIFY(form->problem().contains(QStringLiteral("does not exist")));
    QVERIFY(!canGoForward(wizard));
    const QString key = m_dir.filePath(QStringLiteral("id_test"));
    {
        QFile f(key);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not really a key\n");
    }
    typeInto(form->keyFileEdit(), key);
    QVERIFY(canGoForward(wizard));
    QCOMPARE(wizard.plan().server(Role::Primary).auth, AuthMethod::Key);
    QCOMPARE(wizard.plan().server(Role::Primary).keyFile, key);
    QVERIFY(wizard.secrets().forRole(Role::Primary).password.isEmpty());

    // Agent: nothing else needed.
    form->authCombo()->setCurrentIndex(form->authCombo()->findData(int(AuthMethod::Agent)));
    QVERIFY(canGoForward(wizard));
    QCOMPARE(wizard.plan().server(Role::Primary).auth, AuthMethod::Agent);
    checkBuddies(wizard.currentPage());
}

void TestSetupWizard::secondaryCredentials()
{
    SetupWizard wizard;
    wizard.show();
    QVERIFY(goForward(wizard));
    fillServers(wizard, QStringLiteral("10.77.0.11"), QStringLiteral("10.77.0.12"));
    QVERIFY(goForward(wizard));
    fillCredentials(wizard, QStringLiteral("labadmin"), QStringLiteral("pw1"));
    QVERIFY(canGoForward(wizard));
    CredentialsPage *page = wizard.credentialsPage();
    CredentialsForm *second = page->form(Role::Secondary);
    QVERIFY(!second->isVisible());
    page->sameCheck()->click();
    QVERIFY(second->isVisible());
    // Untouched copy of the primary's values: still complete.
    QVERIFY(canGoForward(wizard));
    typeInto(second->userEdit(), QStringLiteral("otheradmin"));
    typeInto(second->passwordEdit(), QString());
    QVERIFY(!canGoForward(wizard));
    typeInto(second->passwordEdit(), QStringLiteral("pw2"));
    QVERIFY(canGoForward(wizard));
    QCOMPARE(wizard.plan().server(Role::Secondary).user, QStringLiteral("otheradmin"));
    QCOMPARE(wizard.secrets().forRole(Role::Secondary).password.utf8(), QByteArray("pw2"));
    QCOMPARE(wizard.secrets().forRole(Role::Primary).password.utf8(), QByteArray("pw1"));
    checkBuddies(page);
}

void TestSetupWizard::prefillFromPlan()
{
    SetupWizard wizard;
    wizard.setPlan(examplePlan());
    wizard.show();
    QVERIFY(goForward(wizard));
    QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("primaryHost"))->text(), QStringLiteral("192.0.2.21"));
    QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("secondarySshPort"))->text(), QStringLiteral("2222"));
    QVERIFY(canGoForward(wizard));
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.credentialsPage()->form(Role::Primary)->user(), QStringLiteral("labadmin"));
    QVERIFY(wizard.credentialsPage()->sameAsPrimary());
    QVERIFY(!canGoForward(wizard)); // the password is never in a plan
    const Plan plan = wizard.plan();
    QCOMPARE(plan.installDir, QStringLiteral("/srv/openelis")); // options kept
    QCOMPARE(plan.copyRateLimit, QStringLiteral("20M"));
    PlanError error;
    QVERIFY2(validatePlan(plan, &error), qPrintable(error.message));
}

void TestSetupWizard::keychainUnavailableSaysSo()
{
    // initTestCase pointed the session bus nowhere: there is no keychain in this process.
    SetupWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QVERIFY(goForward(wizard));
    fillServers(wizard, QStringLiteral("10.77.0.11"), QStringLiteral("10.77.0.12"));
    QVERIFY(goForward(wizard));
    CredentialsForm *form = wizard.credentialsPage()->form(Role::Primary);
    typeInto(form->userEdit(), QStringLiteral("labadmin"));
    QTest::keyClick(form->userEdit(), Qt::Key_Tab); // editing finished: keychain lookup
    auto *note = child<QLabel>(&wizard, QStringLiteral("primaryKeychainNote"));
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 20000);
    QVERIFY2(note->text().contains(QStringLiteral("No keychain")), qPrintable(note->text()));
    QVERIFY(!form->rememberCheck()->isEnabled());
    QVERIFY(!wizard.credentialsPage()->keychainAvailable());
}

void TestSetupWizard::hostKeyProbeFailureBlocksNext()
{
    // A port where nothing listens: the probe fails fast with a plain message.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString port = QString::number(server.serverPort());
    server.close();
    SetupWizard wizard;
    wizard.show();
    QVERIFY(goForward(wizard));
    fillServers(wizard, QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), port);
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("secondarySshPort")), port);
    // localhost and 127.0.0.1 are not recognised as the same here (the pre-checks resolve names).
    QVERIFY(goForward(wizard));
    fillCredentials(wizard, QStringLiteral("labadmin"), QStringLiteral("pw"));
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(SetupWizard::HostKeysPageId));
    HostKeyPage *page = wizard.hostKeyPage();
    QVERIFY(page->isBusy());
    QVERIFY(!canGoForward(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    QVERIFY(!canGoForward(wizard));
    const auto state = child<QLabel>(&wizard, QStringLiteral("primaryHostKeyState"));
    QVERIFY2(state->text().contains(QStringLiteral("refused")), qPrintable(state->text()));
    QVERIFY(!page->acceptButton(Role::Primary)->isVisible());
    QVERIFY(page->checkAgainButton()->isEnabled());
    QVERIFY(!QFile::exists(m_knownHosts) || QFile(m_knownHosts).size() == 0);
}

void TestSetupWizard::backDoesNotKeepStaleState()
{
    SetupWizard wizard;
    wizard.show();
    QVERIFY(goForward(wizard));
    fillServers(wizard, QStringLiteral("10.77.0.11"), QStringLiteral("10.77.0.12"));
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::ServersPageId));
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("secondaryHost")), QStringLiteral("10.77.0.13"));
    QVERIFY(goForward(wizard));
    QVERIFY(wizard.credentialsPage()->form(Role::Secondary)->host() == QStringLiteral("10.77.0.13"));
    QCOMPARE(wizard.plan().server(Role::Secondary).host, QStringLiteral("10.77.0.13"));
}

void TestSetupWizard::summaryAndPlanFile()
{
    SetupWizard wizard;
    wizard.setPlan(examplePlan());
    CheckResult restart;
    restart.id = QStringLiteral("primary.restart");
    restart.role = Role::Primary;
    restart.status = CheckResult::Status::Warning;
    restart.message = QStringLiteral("The database on the primary must be restarted once.");
    restart.remedy = QStringLiteral("Choose a quiet moment.");
    wizard.setChecks({restart});
    const QString planPath = m_dir.filePath(QStringLiteral("saved plan.json"));
    QString suggested;
    wizard.setSaveFileChooser([&](QWidget *, const QString &s) {
        suggested = s;
        return planPath;
    });
    wizard.show();
    wizard.summaryPage()->initializePage();
    QVERIFY(wizard.summaryPage()->restartWarning().contains(QStringLiteral("restarted once")));
    const QString changes = wizard.summaryPage()->changesText();
    for (const QString &needle : {QStringLiteral("192.0.2.21"), QStringLiteral("oe-standby.lab.local"),
                                  QStringLiteral("pg_hba.conf"), QStringLiteral("/srv/openelis"),
                                  QStringLiteral("data.before-standby"), QStringLiteral("/etc/openelis-global")})
        QVERIFY2(changes.contains(needle), qPrintable(needle));
    QVERIFY(wizard.summaryPage()->commandLine().contains(QStringLiteral("PLAN.json")));
    QVERIFY(wizard.summaryPage()->commandLine().contains(QStringLiteral("--known-hosts")));
    wizard.summaryPage()->savePlanButton()->click();
    QVERIFY(suggested.endsWith(QStringLiteral("oe-failover-plan-oe-standby.lab.local.json")));
    QCOMPARE(wizard.savedPlanPath(), planPath);
    QCOMPARE(
        wizard.summaryPage()->commandLine(),
        QStringLiteral("oe-failover-cli setup --plan '%1' --secrets - --known-hosts %2").arg(planPath, m_knownHosts));
    PlanError error;
    const std::optional<Plan> loaded = loadPlanFile(planPath, &error);
    QVERIFY2(loaded, qPrintable(error.message));
    QCOMPARE(*loaded, wizard.plan());
    QFile f(planPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
    for (const QString &role : {Role::Primary, Role::Secondary})
        for (const char *secret : {"password", "sudoPassword", "keyPassphrase"})
            QVERIFY(!saved.value(role).toObject().contains(QLatin1String(secret)));
}

void TestSetupWizard::credentialStoreEncoding()
{
    ServerSecrets in;
    in.password = SecretString(QStringLiteral("Hello Remote World!"));
    in.sudoPassword = SecretString(QStringLiteral("sudo 'x' $y; é\nline"));
    QByteArray data = CredentialStore::encode(in);
    ServerSecrets out;
    QVERIFY(CredentialStore::decode(data, &out));
    QVERIFY(data.isEmpty());
    QCOMPARE(out.password.utf8(), in.password.utf8());
    QCOMPARE(out.sudoPassword.utf8(), in.sudoPassword.utf8());
    QVERIFY(out.keyPassphrase.isEmpty());
    QByteArray bad("OEF1\x00\x00\x00\x50", 8);
    QVERIFY(!CredentialStore::decode(bad, &out));
    QVERIFY(out.password.isEmpty());
    QCOMPARE(CredentialStore::keyFor(QStringLiteral("OE-Main"), 22, QStringLiteral("u")), QStringLiteral("u@oe-main"));
    QCOMPARE(CredentialStore::keyFor(QStringLiteral("h"), 2222, QStringLiteral("u")), QStringLiteral("u@h:2222"));
}

void TestSetupWizard::logViewBatchesAndBounds()
{
    LogView view;
    view.setMaximumLines(1000);
    view.resize(600, 300);
    view.show();
    for (int i = 0; i < 300; ++i)
        view.appendLine(i % 2 ? QStringLiteral("10.77.0.11") : QStringLiteral("10.77.0.12"), LogStream::StdOut,
                        QStringLiteral("line %1").arg(i));
    QCOMPARE(view.document()->blockCount(), 1); // nothing shown yet: batched
    QCOMPARE(view.pendingLineCount(), 300);
    QTRY_COMPARE(view.pendingLineCount(), 0);
    QCOMPARE(view.flushCount(), qint64(1)); // one batch for 300 lines
    QCOMPARE(view.document()->blockCount(), 300);
    // Per-server colours.
    const QTextBlock a = view.document()->findBlockByNumber(0);
    const QTextBlock b = view.document()->findBlockByNumber(1);
    QVERIFY(a.begin().fragment().charFormat().foreground().color()
            != b.begin().fragment().charFormat().foreground().color());
    QVERIFY(a.text().startsWith(QStringLiteral("10.77.0.12  line 0")));
    // Bounded.
    for (int i = 0; i < 5000; ++i)
        view.appendLine(QString(), LogStream::Info, QStringLiteral("more %1").arg(i));
    QVERIFY(view.pendingLineCount() <= 1000);
    view.flush();
    QCOMPARE(view.document()->blockCount(), 1000);
    QVERIFY(view.document()->lastBlock().text().endsWith(QStringLiteral("more 4999")));
    QCOMPARE(view.totalLines(), qint64(5300));
    // Read-only but selectable and copyable.
    QVERIFY(view.isReadOnly());
    QVERIFY(view.textInteractionFlags() & Qt::TextSelectableByKeyboard);
    view.copyAll();
    QVERIFY(QApplication::clipboard()->text().endsWith(QStringLiteral("more 4999")));
    view.selectAll();
    view.copy();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("more 4000")));
}

void TestSetupWizard::flowFeedBoundsAndOrder()
{
    FlowFeed feed;
    feed.setMaxPendingLines(1000);
    QList<FlowEvent> got;
    connect(&feed, &FlowFeed::arrived, &feed, [&](const QList<FlowEvent> &batch) { got += batch; });
    auto *runner = new FlowRunner(fakeFlow(2, 20000));
    feed.attach(runner);
    QSignalSpy done(runner, &FlowRunner::finished);
    FlowThread thread(runner);
    thread.start();
    QVERIFY(thread.wait(60000));
    QTRY_VERIFY(!got.isEmpty() && got.last().kind == FlowEvent::Kind::Finished);
    int lines = 0, dropped = 0, started = 0, finishedSteps = 0;
    int lastStepFinishedAt = -1;
    for (int i = 0; i < got.size(); ++i) {
        const FlowEvent &e = got.at(i);
        if (e.kind == FlowEvent::Kind::Log)
            ++lines;
        else if (e.kind == FlowEvent::Kind::Dropped)
            dropped += e.index;
        else if (e.kind == FlowEvent::Kind::StepStarted)
            ++started;
        else if (e.kind == FlowEvent::Kind::StepFinished) {
            ++finishedSteps;
            lastStepFinishedAt = i;
        }
    }
    QCOMPARE(started, 2);
    QCOMPARE(finishedSteps, 2);
    QCOMPARE(lines + dropped, 40000); // every line shown or counted
    QVERIFY(lastStepFinishedAt < got.size() - 1);
    // Step 2's lines come after step 1 finished.
    bool step1Finished = false;
    for (const FlowEvent &e : got) {
        if (e.kind == FlowEvent::Kind::StepFinished && e.index == 0)
            step1Finished = true;
        if (e.kind == FlowEvent::Kind::Log && e.text.endsWith(QStringLiteral("of step 2")))
            QVERIFY(step1Finished);
    }
}

void TestSetupWizard::progressPageRunsFakeFlow()
{
    const QString reportDir = m_dir.filePath(QStringLiteral("report-ok"));
    QWizard wizard;
    auto *page = new ProgressPage;
    wizard.addPage(page);
    page->setJob(fakeJob(reportDir, 3, 50));
    QSignalSpy finished(page, &ProgressPage::runFinished);
    wizard.show(); // initializePage starts the run
    QVERIFY(page->isRunning());
    QVERIFY(!page->isComplete());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toInt(), int(FlowOutcome::Succeeded));
    QVERIFY(page->isComplete());
    QCOMPARE(page->completedSteps(), 3);
    auto *steps = child<QTreeWidget>(page, QStringLiteral("steps"));
    QCOMPARE(steps->topLevelItemCount(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(steps->topLevelItem(i)->text(0), QStringLiteral("Fake step %1").arg(i + 1));
        QVERIFY(!steps->topLevelItem(i)->icon(0).isNull());
        QVERIFY(steps->topLevelItem(i)->text(2).contains(QLatin1Char(':')));
    }
    auto *bar = child<QProgressBar>(page, QStringLiteral("progressBar"));
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(child<QLabel>(page, QStringLiteral("statusMessage"))->text().contains(QStringLiteral("Finished")));
    QTRY_COMPARE(page->logView()->pendingLineCount(), 0); // shown in slices, soon
    const QString log = page->logView()->toPlainText();
    QVERIFY(log.contains(QStringLiteral("10.77.0.11  line 49 of step 3")));
    QVERIFY(log.contains(QStringLiteral("Step 2 of 3: Fake step 2")));
    QCOMPARE(page->reportDir(), reportDir);
    QVERIFY(QFile::exists(reportDir + QStringLiteral("/report.html")));
    QFile json(reportDir + QStringLiteral("/report.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray report = json.readAll();
    QVERIFY(!report.contains("s3cret pw"));
    QCOMPARE(QJsonDocument::fromJson(report).object().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("ok"));
}

void TestSetupWizard::progressPageCancelAsksAndUndoes()
{
    auto cleanups = std::make_shared<std::atomic_int>(0);
    QWizard wizard;
    auto *page = new ProgressPage;
    wizard.addPage(page);
    page->setJob(fakeJob(m_dir.filePath(QStringLiteral("report-cancel")), 4, 10, cleanups, true));
    int asked = 0;
    bool answer = false;
    page->setConfirmCancel([&](QWidget *) {
        ++asked;
        return answer;
    });
    QSignalSpy finished(page, &ProgressPage::runFinished);
    wizard.show();
    QTest::qWait(300);
    QVERIFY(page->isRunning());
    QVERIFY(page->confirmAndCancel() == false); // "Continue"
    QCOMPARE(asked, 1);
    QVERIFY(page->isRunning());
    QVERIFY(!page->isCancelling());
    answer = true;
    QVERIFY(page->confirmAndCancel());
    QVERIFY(page->isCancelling());
    QVERIFY(finished.wait(30000));
    QCOMPARE(page->outcome(), int(FlowOutcome::Cancelled));
    QCOMPARE(cleanups->load(), 2); // steps 1 and 2 undone, in reverse
    QCOMPARE(page->completedSteps(), 1);
    auto *steps = child<QTreeWidget>(page, QStringLiteral("steps"));
    QCOMPARE(steps->topLevelItem(1)->text(1), QStringLiteral("Cancelled"));
    QCOMPARE(steps->topLevelItem(3)->text(1), QStringLiteral("Not run"));
    QTRY_VERIFY(page->logView()->toPlainText().contains(QStringLiteral("undone")));
}

void TestSetupWizard::wizardCancelDuringRunAsksFirst()
{
    SetupWizard wizard;
    wizard.show();
    ProgressPage *page = wizard.progressPage();
    page->setJob(fakeJob(m_dir.filePath(QStringLiteral("report-wizard-cancel")), 3, 5, {}, true));
    page->start();
    QVERIFY(page->isRunning());
    // Escape / Cancel / closing the window: asks, "Continue" keeps it running and open.
    answerNextMessageBox(QMessageBox::RejectRole);
    wizard.reject();
    QVERIFY(wizard.isVisible());
    QVERIFY(page->isRunning());
    QVERIFY(!page->isCancelling());
    // "Stop": cancels; the window stays until the flow has put things back.
    answerNextMessageBox(QMessageBox::DestructiveRole);
    QVERIFY(!wizard.close());
    QVERIFY(wizard.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(page->hasFinished(), 30000);
    QCOMPARE(page->outcome(), int(FlowOutcome::Cancelled));
    QVERIFY(wizard.close()); // over: closes without asking
}

void TestSetupWizard::resultWords_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("firstIncomplete");
    QTest::addColumn<bool>("replaced");
    QTest::addColumn<QString>("primary");
    QTest::addColumn<QString>("secondary");
    QTest::addColumn<QString>("next");
    const int p = ResultPage::primaryStepCount();
    QTest::newRow("ok") << int(FlowOutcome::Succeeded) << 99 << true << "sends every change"
                        << "hot standby"
                        << "Nothing more to do";
    QTest::newRow("failed at step 1") << int(FlowOutcome::Failed) << 0 << false << "Unchanged, or"
                                      << "Unchanged"
                                      << "run the set-up again";
    QTest::newRow("failed on the primary") << int(FlowOutcome::Failed) << p - 1 << false << "Prepared"
                                           << "Unchanged"
                                           << "safe to repeat";
    QTest::newRow("cancelled on the secondary") << int(FlowOutcome::Cancelled) << p + 1 << false << "slot"
                                                << "previous data"
                                                << "docker start";
    QTest::newRow("failed after the swap") << int(FlowOutcome::Failed) << p + 4 << true << "Prepared"
                                           << "Already a standby"
                                           << "safe to repeat";
}

void TestSetupWizard::resultWords()
{
    QFETCH(int, outcome);
    QFETCH(int, firstIncomplete);
    QFETCH(bool, replaced);
    QFETCH(QString, primary);
    QFETCH(QString, secondary);
    QFETCH(QString, next);
    QCOMPARE(ResultPage::primaryStepCount(), 2);
    SetupState state;
    state.slotName = QStringLiteral("oef_10_77_0_12");
    if (replaced)
        state.previousDataDir = QStringLiteral("/var/lib/openelis-global/data.before-standby-x");
    if (outcome == int(FlowOutcome::Succeeded))
        state.verification = QJsonObject{{QStringLiteral("streaming"), true},
                                         {QStringLiteral("roundTripOk"), true},
                                         {QStringLiteral("roundTripMs"), 42}};
    const ResultPage::StateWords w = ResultPage::describe(examplePlan(), state, outcome, firstIncomplete);
    QVERIFY2(w.primary.contains(primary), qPrintable(w.primary));
    QVERIFY2(w.secondary.contains(secondary), qPrintable(w.secondary));
    QVERIFY2(w.next.contains(next), qPrintable(w.next));
    if (!replaced)
        QVERIFY(!w.secondary.contains(QStringLiteral("data.before-standby")));
    if (outcome == int(FlowOutcome::Succeeded))
        QVERIFY2(w.verification.contains(QStringLiteral("42 ms")), qPrintable(w.verification));
    else
        QVERIFY(w.verification.contains(QStringLiteral("not verified"), Qt::CaseInsensitive));
}

void TestSetupWizard::noTopLevelLeaks()
{
    const QWidgetList before = QApplication::topLevelWidgets();
    {
        auto *wizard = new SetupWizard;
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QVERIFY(goForward(*wizard));
        fillServers(*wizard, QStringLiteral("10.77.0.11"), QStringLiteral("10.77.0.12"));
        QVERIFY(goForward(*wizard));
        auto *combo = wizard->credentialsPage()->form(Role::Primary)->authCombo();
        combo->showPopup();
        combo->hidePopup();
        QVERIFY(wizard->close());
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), before.size());
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
