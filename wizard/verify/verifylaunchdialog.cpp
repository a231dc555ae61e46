#include "wizard/verify/verifylaunchdialog.h"

#include "wizard/verify/verifyscreen.h"
#include "wizard/widgets/credentialsform.h"
#include "wizard/widgets/credentialstore.h"
#include "wizard/widgets/uisettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oef::ui {

VerifyLaunchDialog::VerifyLaunchDialog(QWidget *parent, const QString &planPath) : QDialog(parent)
{
    setObjectName(QStringLiteral("verifyLaunchDialog"));
    m_store = new CredentialStore(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_planLabel = new QLabel(this);
    m_planCombo = new QComboBox(this);
    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    m_planCombo->setEditable(true);
    m_planCombo->setInsertPolicy(QComboBox::NoInsert);
    m_planCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planCombo->setMinimumContentsLength(40);
    m_planLabel->setBuddy(m_planCombo);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browsePlanButton"));
    connect(m_browse, &QPushButton::clicked, this, &VerifyLaunchDialog::browse);
    m_planInfo = new QLabel(this);
    m_planInfo->setObjectName(QStringLiteral("planInfo"));
    m_planInfo->setWordWrap(true);
    m_primary = new CredentialsForm(Role::Primary, false, this);
    m_secondary = new CredentialsForm(Role::Secondary, true, this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_planLabel);
    planRow->addWidget(m_planCombo, 1);
    planRow->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(planRow);
    layout->addWidget(m_planInfo);
    layout->addWidget(m_primary);
    layout->addWidget(m_secondary);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (CredentialsForm *form : {m_primary, m_secondary})
        connect(form, &CredentialsForm::changed, this, &VerifyLaunchDialog::updateState);
    connect(m_store, &CredentialStore::loaded, this, [this](const QString &key, const ServerSecrets &stored) {
        for (CredentialsForm *form : {m_primary, m_secondary}) {
            if (form->keychainKey() == key) {
                form->setSecrets(stored);
                form->setRemember(true);
                form->setKeychainNote(tr("Filled in from this computer's keychain."), false);
            }
        }
        updateState();
    });
    connect(m_store, &CredentialStore::unavailable, this, [this](const QString &, const QString &) {
        for (CredentialsForm *form : {m_primary, m_secondary})
            form->setKeychainUsable(false);
    });

    const QStringList recent = UiSettings::recentPlans();
    for (const QString &path : recent)
        m_planCombo->addItem(QDir::toNativeSeparators(path), path);
    connect(m_planCombo, &QComboBox::currentTextChanged, this,
            [this](const QString &text) { loadPlan(QDir::fromNativeSeparators(text.trimmed())); });
    retranslateUi();
    const QString first = !planPath.isEmpty() ? planPath : recent.value(0);
    if (!first.isEmpty()) {
        const int at = m_planCombo->findData(first);
        if (at >= 0)
            m_planCombo->setCurrentIndex(at);
        else
            m_planCombo->setEditText(QDir::toNativeSeparators(first));
        loadPlan(first);
    }
    updateState();
}

VerifyLaunchDialog::~VerifyLaunchDialog()
{
    for (CredentialsForm *form : {m_primary, m_secondary})
        form->clearSecrets();
}

void VerifyLaunchDialog::retranslateUi()
{
    setWindowTitle(tr("Verify replication"));
    m_intro->setText(tr("Choose the plan of the two servers, and how to log in to each. Nothing "
                        "is changed on the servers: the verification only reads, except the "
                        "write test, which writes into its own small database."));
    m_planLabel->setText(tr("&Plan:"));
    m_browse->setText(tr("&Browse…"));
    m_primary->setTitle(tr("Primary (the server in use)"));
    m_secondary->setTitle(tr("Secondary (the standby)"));
    verifyButton()->setText(tr("&Verify"));
    updateState();
}

void VerifyLaunchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QPushButton *VerifyLaunchDialog::verifyButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

CredentialsForm *VerifyLaunchDialog::form(const QString &role) const
{
    return role == Role::Primary ? m_primary : role == Role::Secondary ? m_secondary : nullptr;
}

void VerifyLaunchDialog::browse()
{
    const QString start = m_plan ? QFileInfo(m_planCombo->currentData().toString()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a plan"), start,
                                                      tr("Plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_planCombo->setEditText(QDir::toNativeSeparators(path));
}

bool VerifyLaunchDialog::loadPlan(const QString &path)
{
    m_plan.reset();
    m_planError.clear();
    if (path.isEmpty()) {
        updateState();
        return false;
    }
    PlanError error;
    std::optional<Plan> plan = loadPlanFile(path, &error);
    if (!plan) {
        m_planError = error.message;
    } else if (plan->kind != Plan::Kind::Setup) {
        m_planError = tr("This is a failover plan. Verify with a plan that names the primary "
                         "and its standby (\"primary\" and \"secondary\").");
    } else {
        m_plan = plan;
        for (CredentialsForm *form : {m_primary, m_secondary}) {
            const ServerSpec &server = plan->server(form->role());
            form->setServer(server.host, server.sshPort);
            form->setFromSpec(server);
            if (!form->keychainKey().isEmpty())
                m_store->load(form->keychainKey());
        }
    }
    updateState();
    return m_plan.has_value();
}

void VerifyLaunchDialog::updateState()
{
    if (!m_planInfo)
        return;
    if (m_plan) {
        m_planInfo->setText(tr("Primary %1, standby %2; install directory %3.")
                                .arg(m_plan->server(Role::Primary).displayName(),
                                     m_plan->server(Role::Secondary).displayName(), m_plan->installDir));
    } else {
        m_planInfo->setText(m_planError.isEmpty() ? tr("Choose a plan file.") : m_planError);
    }
    m_primary->setEnabled(m_plan.has_value());
    m_secondary->setEnabled(m_plan.has_value());
    verifyButton()->setEnabled(m_plan && m_primary->problem().isEmpty() && m_secondary->problem().isEmpty());
}

std::optional<Plan> VerifyLaunchDialog::plan() const
{
    if (!m_plan)
        return std::nullopt;
    Plan p = *m_plan;
    for (CredentialsForm *form : {m_primary, m_secondary})
        form->applyTo(p.servers[form->role()]);
    return p;
}

Secrets VerifyLaunchDialog::secrets() const
{
    Secrets s;
    for (CredentialsForm *form : {m_primary, m_secondary})
        s.forRole(form->role()) = form->secrets();
    return s;
}

void VerifyLaunchDialog::accept()
{
    if (!verifyButton()->isEnabled())
        return;
    for (CredentialsForm *form : {m_primary, m_secondary}) {
        if (form->remember() && !form->keychainKey().isEmpty())
            m_store->save(form->keychainKey(), form->secrets());
    }
    RecentPlans::add(m_planCombo->currentData().toString().isEmpty()
                         ? QDir::fromNativeSeparators(m_planCombo->currentText().trimmed())
                         : m_planCombo->currentData().toString());
    QDialog::accept();
}

VerifyScreen *VerifyLaunchDialog::openScreen(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy,
                                             QWidget *parent)
{
    auto *screen = new VerifyScreen(plan, secrets, policy, parent);
    screen->setAttribute(Qt::WA_DeleteOnClose);
    screen->start();
    screen->show();
    return screen;
}

VerifyScreen *VerifyLaunchDialog::openVerification(QWidget *parent, const QString &planPath)
{
    VerifyLaunchDialog dialog(parent, planPath);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    const std::optional<Plan> plan = dialog.plan();
    if (!plan)
        return nullptr;
    Secrets secrets = dialog.secrets();
    HostKeyPolicy policy; // as the set-up wizard: OEF_KNOWN_HOSTS, else ~/.ssh/known_hosts
    policy.knownHostsFile = qEnvironmentVariable("OEF_KNOWN_HOSTS");
    VerifyScreen *screen = openScreen(*plan, secrets, policy, parent);
    secrets.clear();
    return screen;
}

} // namespace oef::ui
