#include "wizard/setup/setupwizard.h"

#include "backend/core/runner.h"
#include "backend/report/runreport.h"
#include "backend/setup/setupflow.h"
#include "backend/workers/guiworker.h"
#include "wizard/common/hostkeypage.h"
#include "wizard/common/hostkeystoppage.h"
#include "wizard/common/progresspage.h"
#include "wizard/setup/checkspage.h"
#include "wizard/setup/credentialspage.h"
#include "wizard/setup/resultpage.h"
#include "wizard/setup/serverspage.h"
#include "wizard/setup/summarypage.h"
#include "wizard/setup/welcomepage.h"
#include "wizard/widgets/credentialstore.h"

#include <QFileDialog>

namespace oef::ui {

SetupWizard::SetupWizard(QWidget *parent) : ServerWizard(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    m_state = std::make_shared<SetupState>();

    m_worker = new GuiWorker(this);
    m_store = new CredentialStore(this);

    m_welcome = new WelcomePage(this);
    m_servers = new ServersPage(this);
    m_credentials = new CredentialsPage(this, m_store);
    m_hostKeys = new HostKeyPage(this);
    m_hostKeyStop = new HostKeyStopPage(this);
    m_checksPage = new ChecksPage(this);
    m_summary = new SummaryPage(this);
    m_progress = new ProgressPage(this);
    m_result = new ResultPage(this);
    setPage(WelcomePageId, m_welcome);
    setPage(ServersPageId, m_servers);
    setPage(CredentialsPageId, m_credentials);
    setPage(HostKeysPageId, m_hostKeys);
    setPage(HostKeyStopPageId, m_hostKeyStop);
    setPage(ChecksPageId, m_checksPage);
    setPage(SummaryPageId, m_summary);
    setPage(ProgressPageId, m_progress);
    setPage(ResultPageId, m_result);
    setStartId(WelcomePageId);

    m_progress->setTitle(tr("Setting up"));
    m_progress->setSubTitle(tr("Keep this window open until the set-up has finished."));

    retranslateUi();
    setMinimumSize(780, 600);
    resize(920, 720);
}

SetupWizard::~SetupWizard()
{
    m_credentials->clearSecrets();
}

void SetupWizard::retranslateUi()
{
    setWindowTitle(tr("Set up failover — OE Failover"));
    retranslateButtons();
    m_progress->setTitle(tr("Setting up"));
    m_progress->setSubTitle(tr("Keep this window open until the set-up has finished. Cancel "
                               "stops at a safe point."));
}

void SetupWizard::setPlan(const Plan &plan)
{
    m_basePlan = plan;
    m_basePlan.kind = Plan::Kind::Setup;
    for (const QString &role : {Role::Primary, Role::Secondary}) {
        if (!plan.has(role))
            continue;
        m_servers->setServer(role, plan.server(role));
        m_credentials->setFromSpec(role, plan.server(role));
    }
    if (plan.has(Role::Primary) && plan.has(Role::Secondary)) {
        const ServerSpec &a = plan.server(Role::Primary);
        const ServerSpec &b = plan.server(Role::Secondary);
        m_credentials->setSameAsPrimary(a.user == b.user && a.auth == b.auth && a.keyFile == b.keyFile);
    }
}

Plan SetupWizard::plan() const
{
    Plan p = m_basePlan;
    p.kind = Plan::Kind::Setup;
    p.servers.clear();
    for (const QString &role : {Role::Primary, Role::Secondary}) {
        ServerSpec spec;
        m_servers->applyTo(role, spec);
        m_credentials->applyTo(role, spec);
        p.servers.insert(role, spec);
    }
    return p;
}

Secrets SetupWizard::secrets() const
{
    return m_credentials->secrets();
}

QStringList SetupWizard::hostKeyRoles() const
{
    return {Role::Primary, Role::Secondary};
}

QList<HostKeyProbe> SetupWizard::hostKeyProbes() const
{
    return m_hostKeys->probes();
}

QString SetupWizard::chooseSaveFile(QWidget *parent, const QString &suggested) const
{
    if (m_chooseSaveFile)
        return m_chooseSaveFile(parent, suggested);
    return QFileDialog::getSaveFileName(parent, tr("Save plan"), suggested, tr("Plan files (*.json);;All files (*)"));
}

void SetupWizard::prepareRun()
{
    m_state = std::make_shared<SetupState>();
    const std::shared_ptr<SetupState> state = m_state;
    const Plan runPlan = plan();
    FlowJob job;
    job.kind = RunReport::Kind::Setup;
    job.makeFlow = [state] { return buildSetupFlow(state); };
    job.plan = runPlan;
    job.secrets = secrets();
    job.hostKeys = hostKeyPolicy();
    job.checks = m_checks;
    ProgressPage *progress = m_progress;
    job.completeReport = [state, runPlan, progress](RunReport &report, int outcome) {
        report.setExtra(state->toJson());
        const ResultPage::StateWords words = ResultPage::describe(runPlan, *state, outcome, progress->completedSteps());
        report.setStateNote(tr("Primary: %1 Secondary: %2").arg(words.primary, words.secondary));
    };
    m_progress->setJob(std::move(job));
}

void SetupWizard::done(int result)
{
    m_credentials->clearSecrets();
    m_worker->cancelAll();
    QWizard::done(result);
}

} // namespace oef::ui
