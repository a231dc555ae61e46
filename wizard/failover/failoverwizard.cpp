#include "wizard/failover/failoverwizard.h"

#include "backend/core/runner.h"
#include "backend/failover/failoverwords.h"
#include "backend/report/runreport.h"
#include "backend/workers/guiworker.h"
#include "wizard/common/hostkeypage.h"
#include "wizard/common/hostkeystoppage.h"
#include "wizard/common/progresspage.h"
#include "wizard/failover/failovercredentialspage.h"
#include "wizard/failover/failoverdatalosspage.h"
#include "wizard/failover/failoverfencingpage.h"
#include "wizard/failover/failoverprobepage.h"
#include "wizard/failover/failoverresultpage.h"
#include "wizard/failover/failoverserverspage.h"
#include "wizard/verify/verifylaunchdialog.h"
#include "wizard/widgets/credentialstore.h"

#include <QCheckBox>

namespace oef::ui {

FailoverWizard::FailoverWizard(QWidget *parent) : ServerWizard(parent)
{
    setObjectName(QStringLiteral("failoverWizard"));
    m_state = std::make_shared<FailoverState>();
    m_basePlan.kind = Plan::Kind::Failover;

    m_worker = new GuiWorker(this);
    m_store = new CredentialStore(this);

    m_servers = new FailoverServersPage(this);
    m_credentials = new FailoverCredentialsPage(this, m_store);
    m_hostKeys = new HostKeyPage(this);
    m_hostKeyStop = new HostKeyStopPage(this);
    m_probePage = new FailoverProbePage(this);
    m_dataLoss = new FailoverDataLossPage(this);
    m_fencing = new FailoverFencingPage(this);
    m_progress = new ProgressPage(this);
    m_progress->setObjectName(QStringLiteral("failoverProgressPage"));
    m_result = new FailoverResultPage(this);
    setPage(ServersPageId, m_servers);
    setPage(CredentialsPageId, m_credentials);
    setPage(HostKeysPageId, m_hostKeys);
    setPage(HostKeyStopPageId, m_hostKeyStop);
    setPage(ProbePageId, m_probePage);
    setPage(DataLossPageId, m_dataLoss);
    setPage(FencingPageId, m_fencing);
    setPage(ProgressPageId, m_progress);
    setPage(ResultPageId, m_result);
    setStartId(ServersPageId);

    retranslateUi();
    setMinimumSize(780, 600);
    resize(920, 760);
}

FailoverWizard::~FailoverWizard()
{
    m_credentials->clearSecrets();
}

void FailoverWizard::retranslateUi()
{
    setWindowTitle(tr("Execute failover — OE Failover"));
    retranslateButtons();
    if (isSwitchover()) {
        m_progress->setTitle(tr("Switching over"));
        m_progress->setSubTitle(tr("Keep this window open until the switchover has finished. "
                                   "Cancel stops at a safe point."));
    } else {
        m_progress->setTitle(tr("Failing over"));
        m_progress->setSubTitle(tr("Keep this window open until the failover has finished. "
                                   "Cancel stops at a safe point."));
    }
}

void FailoverWizard::setPlan(const Plan &plan)
{
    m_basePlan = plan;
    m_basePlan.kind = Plan::Kind::Failover;
    for (const QString &role : {Role::NewPrimary, Role::OldPrimary, Role::NewSecondary}) {
        if (!plan.has(role))
            continue;
        m_servers->setServer(role, plan.server(role));
        m_credentials->setFromSpec(role, plan.server(role));
    }
    m_servers->attachCheck()->setChecked(plan.has(Role::NewSecondary));
    if (plan.has(Role::NewPrimary) && plan.has(Role::OldPrimary)) {
        const ServerSpec &a = plan.server(Role::NewPrimary);
        bool same = true;
        for (const QString &role : {Role::OldPrimary, Role::NewSecondary}) {
            if (!plan.has(role))
                continue;
            const ServerSpec &b = plan.server(role);
            same = same && a.user == b.user && a.auth == b.auth && a.keyFile == b.keyFile;
        }
        m_credentials->setSameAsTarget(same);
    }
}

Plan FailoverWizard::plan() const
{
    Plan p = m_basePlan;
    p.kind = Plan::Kind::Failover;
    p.servers.clear();
    QStringList roles{Role::OldPrimary, Role::NewPrimary};
    if (attachesNewSecondary())
        roles << Role::NewSecondary;
    for (const QString &role : roles) {
        ServerSpec spec;
        if (m_basePlan.has(role))
            spec = m_basePlan.server(role);
        m_servers->applyTo(role, spec);
        m_credentials->applyTo(role, spec);
        p.servers.insert(role, spec);
    }
    return p;
}

Secrets FailoverWizard::secrets() const
{
    return m_credentials->secrets();
}

bool FailoverWizard::isSwitchover() const
{
    return m_servers && m_servers->isSwitchover();
}

bool FailoverWizard::attachesNewSecondary() const
{
    return m_servers && m_servers->attachesNewSecondary();
}

QStringList FailoverWizard::hostKeyRoles() const
{
    return {Role::NewPrimary, Role::OldPrimary, Role::NewSecondary};
}

QList<HostKeyProbe> FailoverWizard::hostKeyProbes() const
{
    return m_hostKeys->probes();
}

void FailoverWizard::setProbe(const FailoverProbe &probe, const CheckList &checks)
{
    m_probe = probe;
    m_checks = checks;
}

FailoverOptions FailoverWizard::options() const
{
    FailoverOptions o;
    o.switchover = isSwitchover();
    o.attachNewSecondary = attachesNewSecondary();
    o.confirmedDown = m_fencing->confirmedDown();
    return o;
}

QString FailoverWizard::refusal(const FailoverOptions &options) const
{
    if (hasHostKeyError(m_checks))
        return tr("A host key is unknown or has changed. Nothing was changed.");
    QString why;
    const Flow flow = buildFailoverFlow(m_probe, options, std::make_shared<FailoverState>(), &why);
    return flow.steps.empty() ? why : QString();
}

std::optional<Plan> FailoverWizard::pairAfterRun() const
{
    const Plan p = plan();
    QString standby;
    if (isSwitchover())
        standby = Role::OldPrimary;
    else if (attachesNewSecondary() && m_state->attached)
        standby = Role::NewSecondary;
    if (standby.isEmpty())
        return std::nullopt;
    Plan pair = p;
    pair.kind = Plan::Kind::Setup;
    pair.servers.clear();
    pair.servers.insert(Role::Primary, p.server(Role::NewPrimary));
    pair.servers.insert(Role::Secondary, p.server(standby));
    return pair;
}

void FailoverWizard::openVerification() const
{
    const std::optional<Plan> pair = pairAfterRun();
    if (!pair)
        return;
    const QString standby = isSwitchover() ? Role::OldPrimary : Role::NewSecondary;
    const Secrets all = secrets();
    Secrets s;
    s.forRole(Role::Primary) = all.forRole(Role::NewPrimary);
    s.forRole(Role::Secondary) = all.forRole(standby);
    if (m_openVerify)
        m_openVerify(*pair, s);
    else
        VerifyLaunchDialog::openScreen(*pair, s, hostKeyPolicy());
    s.clear();
}

bool FailoverWizard::prepareRun(QString *why)
{
    const FailoverOptions opts = options();
    const QString refused = refusal(opts);
    if (!refused.isEmpty()) {
        *why = refused;
        return false;
    }
    m_state = std::make_shared<FailoverState>();
    const std::shared_ptr<FailoverState> state = m_state;
    const FailoverProbe probe = m_probe;
    FlowJob job;
    job.kind = opts.switchover ? RunReport::Kind::Switchover : RunReport::Kind::Failover;
    job.makeFlow = [probe, opts, state] {
        QString ignored;
        return buildFailoverFlow(probe, opts, state, &ignored);
    };
    job.plan = plan();
    job.secrets = secrets();
    job.hostKeys = hostKeyPolicy();
    job.checks = m_checks;
    job.completeReport = [state, probe](RunReport &report, int) {
        QJsonObject extra = state->toJson();
        extra.insert(QStringLiteral("probe"), probe.toJson());
        report.setExtra(extra);
    };
    retranslateUi();
    m_progress->setJob(std::move(job));
    return true;
}

void FailoverWizard::done(int result)
{
    m_credentials->clearSecrets();
    m_worker->cancelAll();
    QWizard::done(result);
}

} // namespace oef::ui
