#include "wizard/setup/credentialspage.h"

#include "wizard/setup/serverspage.h"
#include "wizard/setup/setupwizard.h"
#include "wizard/widgets/credentialsform.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace oef::ui {

CredentialsPage::CredentialsPage(SetupWizard *wizard, CredentialStore *store)
    : KeychainCredentialsPage(wizard, store), m_wizard(wizard)
{
    setObjectName(QStringLiteral("credentialsPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_primary = new CredentialsForm(Role::Primary, false, this);
    m_same = new QCheckBox(this);
    m_same->setObjectName(QStringLiteral("sameCredentials"));
    m_same->setChecked(true);
    m_secondary = new CredentialsForm(Role::Secondary, true, this);
    m_secondary->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_primary);
    layout->addWidget(m_same);
    layout->addWidget(m_secondary);
    layout->addStretch();

    registerField(QStringLiteral("primaryUser*"), m_primary->userEdit());
    registerField(QStringLiteral("secondaryUser"), m_secondary->userEdit());

    setTabOrder(m_primary->lastFocusWidget(), m_same);
    setTabOrder(m_same, m_secondary->firstFocusWidget());

    connect(m_primary, &CredentialsForm::changed, this, [this] {
        mirror();
        emit completeChanged();
    });
    connect(m_secondary, &CredentialsForm::changed, this, &CredentialsPage::completeChanged);
    connect(m_same, &QCheckBox::toggled, this, [this](bool same) {
        m_secondary->setVisible(!same);
        if (same)
            mirror();
        else
            loadFromKeychain(m_secondary);
        emit completeChanged();
    });
    connect(m_primary, &CredentialsForm::userEditingFinished, this, [this] { loadFromKeychain(m_primary); });
    connect(m_secondary, &CredentialsForm::userEditingFinished, this, [this] { loadFromKeychain(m_secondary); });

    retranslateUi();
}

void CredentialsPage::retranslateUi()
{
    setTitle(tr("Credentials"));
    setSubTitle(tr("How to log in to each server over SSH, and the password sudo asks for."));
    m_intro->setText(tr("The user must be allowed to run commands as root with sudo. Passwords "
                        "stay in memory while the wizard is open; they are never written to a "
                        "file and never appear on a command line."));
    m_same->setText(tr("The secondary uses the same user and &password as the primary"));
}

CredentialsForm *CredentialsPage::form(const QString &role) const
{
    return role == Role::Secondary ? m_secondary : m_primary;
}

bool CredentialsPage::sameAsPrimary() const
{
    return m_same->isChecked();
}

void CredentialsPage::setSameAsPrimary(bool same)
{
    m_same->setChecked(same);
    m_secondary->setVisible(!same);
}

void CredentialsPage::mirror()
{
    if (sameAsPrimary())
        m_secondary->copyFrom(*m_primary);
}

void CredentialsPage::applyTo(const QString &role, ServerSpec &server) const
{
    const CredentialsForm *f = role == Role::Secondary && !sameAsPrimary() ? m_secondary : m_primary;
    f->applyTo(server);
}

void CredentialsPage::setFromSpec(const QString &role, const ServerSpec &server)
{
    form(role)->setFromSpec(server);
}

Secrets CredentialsPage::secrets() const
{
    Secrets s;
    s.forRole(Role::Primary) = m_primary->secrets();
    s.forRole(Role::Secondary) = sameAsPrimary() ? m_primary->secrets() : m_secondary->secrets();
    return s;
}

void CredentialsPage::clearSecrets()
{
    m_primary->clearSecrets();
    m_secondary->clearSecrets();
}

void CredentialsPage::initializePage()
{
    for (CredentialsForm *f : {m_primary, m_secondary}) {
        ServerSpec spec;
        m_wizard->serversPage()->applyTo(f->role(), spec);
        f->setServer(spec.host, spec.sshPort);
    }
    mirror();
    loadFromKeychain(m_primary);
    if (!sameAsPrimary())
        loadFromKeychain(m_secondary);
}

QList<CredentialsForm *> CredentialsPage::allForms() const
{
    return {m_primary, m_secondary};
}

QList<CredentialsForm *> CredentialsPage::fillableForms() const
{
    if (sameAsPrimary())
        return {m_primary};
    return {m_primary, m_secondary};
}

QString CredentialsPage::notRememberedText(const QString &key, const QString &message) const
{
    return tr("The passwords for %1 could not be stored in the keychain: %2. They are used for "
              "this set-up only.")
        .arg(key, message);
}

bool CredentialsPage::validatePage()
{
    mirror();
    saveToKeychain(allForms());
    return true;
}

bool CredentialsPage::isComplete() const
{
    return QWizardPage::isComplete() && m_primary->problem().isEmpty()
           && (sameAsPrimary() || m_secondary->problem().isEmpty());
}

} // namespace oef::ui
