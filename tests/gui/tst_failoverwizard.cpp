// The failover wizard without servers (offscreen): the servers page (validation, the
// switchover and new-standby choices, the plan it makes), credentials, host keys that cannot
// be read, and with probes shown as the worker would deliver them: the verdict, the restart
// offer, the refusals, the data-loss tick, the fencing confirmation, the run against servers
// that do not answer, the result page. French is complete for its pages.
#include "backend/core/runner.h"
#include "backend/failover/failoverflow.h"
#include "backend/workers/guiworker.h"
#include "wizard/common/hostkeypage.h"
#include "wizard/common/progresspage.h"
#include "wizard/failover/failovercredentialspage.h"
#include "wizard/failover/failoverdatalosspage.h"
#include "wizard/failover/failoverfencingpage.h"
#include "wizard/failover/failoverprobepage.h"
#include "wizard/failover/failoverresultpage.h"
#include "wizard/failover/failoverserverspage.h"
#include "wizard/failover/failoverwizard.h"
#include "wizard/widgets/credentialsform.h"
#include "wizard/widgets/language.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace oef;
using namespace oef::ui;
using namespace oef::test;

namespace {

// A port on this computer where nothing listens: every connection is refused at once.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    const int port = server.serverPort();
    server.close();
    return port;
}

Plan failoverPlan(int sshPort)
{
    Plan p;
    p.kind = Plan::Kind::Failover;
    ServerSpec target;
    target.host = QStringLiteral("127.0.0.1");
    target.sshPort = sshPort;
    target.user = QStringLiteral("labadmin");
    ServerSpec old = target;
    old.host = QStringLiteral("localhost");
    p.servers.insert(Role::NewPrimary, target);
    p.servers.insert(Role::OldPrimary, old);
    return p;
}

// The target a healthy standby, the old primary as asked.
FailoverProbe probeWith(bool oldUp, bool oldLogin, bool oldDb)
{
    FailoverProbe p;
    p.targetReachable = true;
    p.targetInRecovery = true;
    p.targetDbAnswers = true;
    p.receiveLsn = QStringLiteral("0/3000100");
    p.replayLsn = QStringLiteral("0/3000100");
    p.lastReplayedTransaction = QDateTime(QDate(2026, 3, 14), QTime(14, 32, 5));
    p.oldSshAnswers = oldUp || oldLogin;
    p.oldLoginWorks = oldLogin;
    p.oldDbAnswersHere = oldDb;
    p.oldDbAnswersFromTarget = oldDb;
    p.oldWebAnswers = oldUp;
    p.oldDbRunning = oldLogin && oldDb;
    p.receiverStreaming = oldUp;
    if (oldDb) {
        p.oldCurrentLsn = QStringLiteral("0/3000400");
        p.byteGap = 0x300;
    }
    return p;
}

} // namespace

class TestFailoverWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serversPageValidatesAndBuildsThePlan();
    void credentialsAndUnreadableHostKeysBlockNext();
    void oldPrimaryUpOffersRestartOrBringDown();
    void refusalsKeepNextDisabled();
    void primaryDownNeedsConfirmationInWords();
    void switchoverSaysNothingIsLost();
    void frenchIsComplete();

private:
    // A wizard pre-filled from the plan, shown at the probe page with `probe` delivered.
    std::unique_ptr<FailoverWizard> atProbe(const FailoverProbe &probe, bool switchover = false);

    QTemporaryDir m_dir;
    int m_port = 1;
};

void TestFailoverWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"); // no keychain here
    qputenv("OEF_KNOWN_HOSTS", m_dir.filePath(QStringLiteral("known_hosts")).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_port = closedPort();
}

void TestFailoverWizard::serversPageValidatesAndBuildsThePlan()
{
    FailoverWizard wizard;
    wizard.show();
    QCOMPARE(wizard.currentId(), int(FailoverWizard::ServersPageId));
    QVERIFY(!canGoForward(wizard));
    checkBuddies(wizard.currentPage());
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("newPrimaryHost")), QStringLiteral("10.77.0.12"));
    QVERIFY(!canGoForward(wizard));
    // The same server twice is refused with a plain message.
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("oldPrimaryHost")), QStringLiteral("10.77.0.12"));
    QVERIFY(!canGoForward(wizard));
    QLabel *same = child<QLabel>(&wizard, QStringLiteral("sameServerProblem"));
    QVERIFY(same->isVisible());
    QVERIFY2(same->text().contains(QStringLiteral("same server")), qPrintable(same->text()));
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("oldPrimaryHost")), QStringLiteral("10.77.0.11"));
    QVERIFY2(canGoForward(wizard), qPrintable(visibleProblems(wizard)));
    // A bad port.
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("oldPrimarySshPort")), QStringLiteral("70000"));
    QVERIFY(!canGoForward(wizard));
    QVERIFY(child<QLabel>(&wizard, QStringLiteral("oldPrimaryProblem"))->isVisible());
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("oldPrimarySshPort")), QStringLiteral("22"));
    QVERIFY(canGoForward(wizard));

    // The new standby: its fields appear, and must be valid.
    QGroupBox *nextBox = child<QGroupBox>(&wizard, QStringLiteral("newSecondaryBox"));
    QVERIFY(!nextBox->isVisible());
    wizard.serversPage()->attachCheck()->click();
    QVERIFY(wizard.attachesNewSecondary());
    QVERIFY(nextBox->isVisible());
    QVERIFY(!canGoForward(wizard));
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("newSecondaryHost")), QStringLiteral("10.77.0.13"));
    QVERIFY(canGoForward(wizard));
    QCOMPARE(wizard.plan().roles().size(), 3);
    QCOMPARE(wizard.plan().server(Role::NewSecondary).host, QStringLiteral("10.77.0.13"));

    // A switchover has no third server.
    wizard.serversPage()->switchoverCheck()->setChecked(true);
    QVERIFY(!wizard.attachesNewSecondary());
    QVERIFY(!wizard.serversPage()->attachCheck()->isEnabled());
    QVERIFY(!wizard.plan().has(Role::NewSecondary));
    QVERIFY(wizard.isSwitchover());
    wizard.serversPage()->switchoverCheck()->setChecked(false);

    const Plan plan = wizard.plan();
    QCOMPARE(int(plan.kind), int(Plan::Kind::Failover));
    QCOMPARE(plan.server(Role::NewPrimary).host, QStringLiteral("10.77.0.12"));
    QCOMPARE(plan.server(Role::OldPrimary).host, QStringLiteral("10.77.0.11"));
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(FailoverWizard::CredentialsPageId));
}

void TestFailoverWizard::credentialsAndUnreadableHostKeysBlockNext()
{
    FailoverWizard wizard;
    wizard.setPlan(failoverPlan(m_port));
    wizard.show();
    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(FailoverWizard::CredentialsPageId));
    // The user came from the plan; no password yet.
    QVERIFY(!canGoForward(wizard));
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("newPrimaryPassword")), QStringLiteral("s3cret-é"));
    QVERIFY(canGoForward(wizard));
    checkBuddies(wizard.currentPage());
    // Same login for every server by default; the old primary's own form when unticked.
    QCheckBox *same = wizard.credentialsPage()->sameCheck();
    QVERIFY(same->isChecked());
    QCOMPARE(QString::fromUtf8(wizard.secrets().forRole(Role::OldPrimary).password.utf8()), QStringLiteral("s3cret-é"));
    same->setChecked(false);
    QVERIFY(wizard.credentialsPage()->form(Role::OldPrimary)->isVisible());
    QVERIFY(!wizard.credentialsPage()->form(Role::NewSecondary)->isVisible());
    same->setChecked(true);
    // Passwords never reach the plan.
    QVERIFY(!QJsonDocument(wizard.plan().toJson()).toJson().contains("s3cret"));

    QVERIFY(goForward(wizard));
    QCOMPARE(wizard.currentId(), int(FailoverWizard::HostKeysPageId));
    HostKeyPage *keys = wizard.hostKeyPage();
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isBusy(), 30000);
    QVERIFY(!canGoForward(wizard));
    QCOMPARE(keys->probes().size(), 2); // no row for a new standby that is not wanted
    QVERIFY(!child<QGroupBox>(&wizard, QStringLiteral("newSecondaryHostKey"))->isVisible());
    const QString title = child<QGroupBox>(&wizard, QStringLiteral("newPrimaryHostKey"))->title();
    QVERIFY2(title.startsWith(QStringLiteral("Target")), qPrintable(title));
    QVERIFY2(
        child<QLabel>(&wizard, QStringLiteral("oldPrimaryHostKeyState"))->text().contains(QStringLiteral("refused")),
        qPrintable(child<QLabel>(&wizard, QStringLiteral("oldPrimaryHostKeyState"))->text()));
}

std::unique_ptr<FailoverWizard> TestFailoverWizard::atProbe(const FailoverProbe &probe, bool switchover)
{
    auto wizard = std::make_unique<FailoverWizard>();
    wizard->setPlan(failoverPlan(m_port));
    wizard->serversPage()->switchoverCheck()->setChecked(switchover);
    typeInto(child<QLineEdit>(wizard.get(), QStringLiteral("newPrimaryPassword")), QStringLiteral("pw"));
    wizard->setStartId(FailoverWizard::ProbePageId);
    wizard->show();
    FailoverProbePage *page = wizard->probePage();
    if (wizard->currentId() != FailoverWizard::ProbePageId)
        return {};
    // The real probe of servers that do not answer ends quickly; then the one under test.
    if (!QTest::qWaitFor([page] { return !page->isBusy(); }, 30000))
        return {};
    if (!page->hasProbe() || page->checksTree()->topLevelItemCount() == 0)
        return {};
    page->showProbe(probe, {});
    return wizard;
}

void TestFailoverWizard::oldPrimaryUpOffersRestartOrBringDown()
{
    // Before the injected probe: the real one found nothing usable, and says so.
    auto wizard = atProbe(probeWith(true, true, true));
    QVERIFY(wizard);
    FailoverProbePage *page = wizard->probePage();
    QVERIFY2(page->verdictText().contains(QStringLiteral("is up")), qPrintable(page->verdictText()));
    QVERIFY(page->refusalText().isEmpty());
    QVERIFY(page->offersRestart());
    QVERIFY(page->restartButton()->isVisible() && page->restartButton()->isEnabled());
    // Next waits for the choice: restart, or bring it down.
    QVERIFY(!canGoForward(*wizard));
    page->bringDownCheck()->setChecked(true);
    QVERIFY(canGoForward(*wizard));
    QVERIFY(goForward(*wizard));

    QCOMPARE(wizard->currentId(), int(FailoverWizard::DataLossPageId));
    FailoverDataLossPage *loss = wizard->dataLossPage();
    const QString statement = loss->statement();
    QVERIFY2(statement.contains(QStringLiteral("may be missing")), qPrintable(statement));
    QVERIFY2(statement.contains(QStringLiteral("768 byte")), qPrintable(statement));
    QVERIFY2(statement.contains(QStringLiteral("will be fenced")), qPrintable(statement));
    QVERIFY(!canGoForward(*wizard));
    loss->confirmCheck()->setChecked(true);
    QVERIFY(canGoForward(*wizard));
    QVERIFY(goForward(*wizard));

    QCOMPARE(wizard->currentId(), int(FailoverWizard::FencingPageId));
    FailoverFencingPage *fencing = wizard->fencingPage();
    QCOMPARE(int(fencing->mode()), int(FailoverFencingPage::Mode::ByTool));
    QVERIFY(!fencing->confirmCheck()->isVisible());
    QVERIFY2(fencing->text().contains(QStringLiteral("fences it")), qPrintable(fencing->text()));
    QVERIFY(canGoForward(*wizard));
    QCOMPARE(forwardButton(*wizard)->text(), QStringLiteral("&Fail over now"));

    // Back to the data-loss page: the tick must be given again.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(FailoverWizard::DataLossPageId));
    loss->initializePage();
    QVERIFY(!canGoForward(*wizard));
}

void TestFailoverWizard::refusalsKeepNextDisabled()
{
    { // The target is not a standby.
        FailoverProbe p = probeWith(true, true, true);
        p.targetInRecovery = false;
        auto wizard = atProbe(p);
        QVERIFY(wizard);
        QVERIFY2(wizard->probePage()->refusalText().contains(QStringLiteral("not a standby")),
                 qPrintable(wizard->probePage()->refusalText()));
        QVERIFY(child<QLabel>(wizard.get(), QStringLiteral("probeRefusal"))->isVisible());
        QVERIFY(!wizard->probePage()->restartButton()->isVisible());
        QVERIFY(!canGoForward(*wizard));
    }
    { // The old primary's database answers, but this computer cannot log in to stop it.
        auto wizard = atProbe(probeWith(false, false, true));
        QVERIFY(wizard);
        QVERIFY2(wizard->probePage()->refusalText().contains(QStringLiteral("still answers")),
                 qPrintable(wizard->probePage()->refusalText()));
        QVERIFY(!canGoForward(*wizard));
        // No confirmation could lift it.
        FailoverOptions o = wizard->options();
        o.confirmedDown = true;
        QVERIFY(!wizard->refusal(o).isEmpty());
        QString why;
        QVERIFY(!wizard->prepareRun(&why));
        QVERIFY(!why.isEmpty());
    }
    { // The target cannot be reached.
        FailoverProbe p = probeWith(false, false, false);
        p.targetReachable = false;
        auto wizard = atProbe(p);
        QVERIFY(wizard);
        QVERIFY(!wizard->probePage()->refusalText().isEmpty());
        QVERIFY(!canGoForward(*wizard));
    }
    { // A switchover needs both healthy.
        auto wizard = atProbe(probeWith(false, false, false), true);
        QVERIFY(wizard);
        QVERIFY2(wizard->probePage()->refusalText().contains(QStringLiteral("switchover")),
                 qPrintable(wizard->probePage()->refusalText()));
        QVERIFY(!canGoForward(*wizard));
    }
}

void TestFailoverWizard::primaryDownNeedsConfirmationInWords()
{
    auto wizard = atProbe(probeWith(false, false, false));
    QVERIFY(wizard);
    FailoverProbePage *page = wizard->probePage();
    QVERIFY2(page->verdictText().contains(QStringLiteral("is down")), qPrintable(page->verdictText()));
    QVERIFY(!page->offersRestart());
    QVERIFY(!page->restartButton()->isVisible());
    QVERIFY(canGoForward(*wizard));
    QVERIFY(goForward(*wizard));
    FailoverDataLossPage *loss = wizard->dataLossPage();
    QVERIFY2(loss->statement().contains(QStringLiteral("you confirmed")), qPrintable(loss->statement()));
    QVERIFY(!canGoForward(*wizard));
    loss->confirmCheck()->setChecked(true);
    QVERIFY(goForward(*wizard));

    QCOMPARE(wizard->currentId(), int(FailoverWizard::FencingPageId));
    FailoverFencingPage *fencing = wizard->fencingPage();
    QCOMPARE(int(fencing->mode()), int(FailoverFencingPage::Mode::ConfirmDown));
    checkBuddies(fencing);
    QVERIFY(fencing->confirmCheck()->isVisible());
    QVERIFY(!canGoForward(*wizard));
    fencing->confirmCheck()->setChecked(true);
    QVERIFY(!canGoForward(*wizard)); // the address must be typed too
    typeInto(fencing->confirmHostEdit(), QStringLiteral("10.9.9.9"));
    QVERIFY(!canGoForward(*wizard));
    typeInto(fencing->confirmHostEdit(), QStringLiteral("localhost"));
    QVERIFY(canGoForward(*wizard));
    fencing->confirmCheck()->setChecked(false);
    QVERIFY(!canGoForward(*wizard));
    QVERIFY(!wizard->options().confirmedDown);
    fencing->confirmCheck()->setChecked(true);
    QVERIFY(wizard->options().confirmedDown);

    // The run: the target does not answer, so it stops before promoting anything.
    wizard->progressPage()->setConfirmCancel([](QWidget *) { return true; });
    QVERIFY(goForward(*wizard));
    QCOMPARE(wizard->currentId(), int(FailoverWizard::ProgressPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->progressPage()->hasFinished(), 60000);
    QCOMPARE(wizard->progressPage()->outcome(), int(FlowOutcome::Failed));
    QVERIFY(goForward(*wizard));
    QCOMPARE(wizard->currentId(), int(FailoverWizard::ResultPageId));
    FailoverResultPage *result = wizard->resultPage();
    QCOMPARE(result->headline(), QStringLiteral("The failover stopped."));
    QVERIFY2(result->messageText().contains(QStringLiteral("was not promoted")), qPrintable(result->messageText()));
    QVERIFY(result->addressText().isEmpty());
    QVERIFY(result->openReportButton()->isEnabled());
    QVERIFY(!result->verifyButton()->isEnabled());
    // The report exists and holds no password.
    const QString dir = wizard->progressPage()->reportDir();
    QFile json(dir + QStringLiteral("/report.json"));
    QVERIFY2(json.open(QIODevice::ReadOnly), qPrintable(dir));
    const QByteArray text = json.readAll();
    QVERIFY(text.contains("\"probe\""));
    QVERIFY(!text.contains("\"pw\""));
    QUrl opened;
    wizard->setUrlOpener([&](const QUrl &url) {
        opened = url;
        return true;
    });
    QTest::mouseClick(result->openReportButton(), Qt::LeftButton);
    QCOMPARE(opened, QUrl::fromLocalFile(dir + QStringLiteral("/report.html")));
}

void TestFailoverWizard::switchoverSaysNothingIsLost()
{
    FailoverProbe p = probeWith(true, true, true);
    p.byteGap = 0;
    auto wizard = atProbe(p, true);
    QVERIFY(wizard);
    QVERIFY(!wizard->probePage()->offersRestart()); // a planned switchover: no remedy to offer
    QVERIFY(canGoForward(*wizard));
    QVERIFY(goForward(*wizard));
    FailoverDataLossPage *loss = wizard->dataLossPage();
    QVERIFY2(loss->statement().contains(QStringLiteral("loses nothing")), qPrintable(loss->statement()));
    QVERIFY(!canGoForward(*wizard));
    loss->confirmCheck()->setChecked(true);
    QVERIFY(goForward(*wizard));
    QCOMPARE(int(wizard->fencingPage()->mode()), int(FailoverFencingPage::Mode::Switchover));
    QCOMPARE(forwardButton(*wizard)->text(), QStringLiteral("&Switch over now"));
    QVERIFY(canGoForward(*wizard));
}

void TestFailoverWizard::frenchIsComplete()
{
    QTranslator french;
    QVERIFY2(french.load(QStringLiteral(":/i18n/oe-failover_fr.qm")), "the French catalogue is not embedded");
    const QList<std::pair<const char *, const char *>> sources{
        {"oef::ui::FailoverWizard", "Execute failover — OE Failover"},
        {"oef::ui::FailoverServersPage", "&Afterwards, set up a new standby"},
        {"oef::ui::FailoverProbePage", "&Restart OpenELIS on the old primary and check again"},
        {"oef::ui::FailoverDataLossPage", "Possible data loss"},
        {"oef::ui::FailoverFencingPage", "Fencing the old primary"},
        {"oef::ui::FailoverFencingPage", "&Fail over now"},
        {"oef::ui::FailoverResultPage", "The address users must now use:"},
        {"oef::ui::HostKeyPage", "Accept the &old primary's key"},
        {"oef::ui::CredentialsForm", "Old primary: %1"},
    };
    for (const auto &[context, source] : sources) {
        const QString t = french.translate(context, source);
        QVERIFY2(!t.isEmpty() && t != QLatin1String(source), source);
    }

    QVERIFY(applyLanguage(QStringLiteral("fr")));
    {
        auto wizard = atProbe(probeWith(false, false, false));
        QVERIFY(wizard);
        QVERIFY2(wizard->windowTitle().contains(QStringLiteral("basculement")), qPrintable(wizard->windowTitle()));
        QVERIFY2(wizard->probePage()->verdictText().contains(QStringLiteral("hors service")),
                 qPrintable(wizard->probePage()->verdictText()));
        QVERIFY(goForward(*wizard));
        wizard->dataLossPage()->confirmCheck()->setChecked(true);
        QVERIFY(goForward(*wizard));
        const QString text = wizard->fencingPage()->confirmCheck()->text();
        QVERIFY2(text.contains(QStringLiteral("éteint")), qPrintable(text));
    }
    applyLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestFailoverWizard)
#include "tst_failoverwizard.moc"
