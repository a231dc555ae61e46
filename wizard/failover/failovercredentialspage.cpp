#include "wizard/failover/failovercredentialspage.h"

#include "wizard/failover/failoverserverspage.h"
#include "wizard/failover/failoverwizard.h"
#include "wizard/widgets/credentialsform.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace oef::ui {

FailoverCredentialsPage::FailoverCredentialsPage(FailoverWizard *wizard, CredentialStore *store)
    : KeychainCredentialsPage(wizard, store), m_wizard(wizard)
{
    setObjectName(QStringLiteral("failoverCredentialsPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_target = new CredentialsForm(Role::NewPrimary, false, this);
    m_same = new QCheckBox(this);
    m_same->setObjectName(QStringLiteral("sameCredentials"));
    m_same->setChecked(true);
    m_old = new CredentialsForm(Role::OldPrimary, true, this);
    m_next = new CredentialsForm(Role::NewSecondary, true, this);
    m_old->setVisible(false);
    m_next->setVisible(false);

    // Three forms may not fit: the page scrolls.
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addWidget(m_target);
    innerLayout->addWidget(m_same);
    innerLayout->addWidget(m_old);
    innerLayout->addWidget(m_next);
    innerLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);

    setTabOrder(m_target->lastFocusWidget(), m_same);
    setTabOrder(m_same, m_old->firstFocusWidget());
    setTabOrder(m_old->lastFocusWidget(), m_next->firstFocusWidget());

    for (CredentialsForm *form : {m_target, m_old, m_next}) {
        connect(form, &CredentialsForm::changed, this, [this, form] {
            if (form == m_target)
                mirror();
            emit completeChanged();
        });
        connect(form, &CredentialsForm::userEditingFinished, this, [this, form] { loadFromKeychain(form); });
    }
    connect(m_same, &QCheckBox::toggled, this, [this](bool same) {
        const bool next = m_wizard->attachesNewSecondary();
        m_old->setVisible(!same);
        m_next->setVisible(!same && next);
        if (same) {
            mirror();
        } else {
            loadFromKeychain(m_old);
            if (next)
                loadFromKeychain(m_next);
        }
        emit completeChanged();
    });

    retranslateUi();
}

void FailoverCredentialsPage::retranslateUi()
{
    setTitle(tr("Credentials"));
    setSubTitle(tr("How to log in to each server over SSH, and the password sudo asks for."));
    m_intro->setText(tr("The user must be allowed to run commands as root with sudo. Passwords "
                        "stay in memory while the wizard is open; they are never written to a "
                        "file and never appear on a command line. The old primary's login is "
                        "used to stop it safely, when it can still be reached."));
    m_same->setText(tr("The other servers use the same user and &password as the target"));
}

CredentialsForm *FailoverCredentialsPage::form(const QString &role) const
{
    return role == Role::NewPrimary ? m_target : role == Role::OldPrimary ? m_old : m_next;
}

void FailoverCredentialsPage::setSameAsTarget(bool same)
{
    m_same->setChecked(same);
    m_old->setVisible(!same);
    m_next->setVisible(!same && m_wizard->attachesNewSecondary());
}

QList<CredentialsForm *> FailoverCredentialsPage::activeForms() const
{
    QList<CredentialsForm *> out{m_target, m_old};
    if (m_wizard->attachesNewSecondary())
        out << m_next;
    return out;
}

void FailoverCredentialsPage::mirror()
{
    if (!m_same->isChecked())
        return;
    m_old->copyFrom(*m_target);
    m_next->copyFrom(*m_target);
}

void FailoverCredentialsPage::applyTo(const QString &role, ServerSpec &server) const
{
    const CredentialsForm *f = m_same->isChecked() ? m_target : form(role);
    f->applyTo(server);
}

void FailoverCredentialsPage::setFromSpec(const QString &role, const ServerSpec &server)
{
    form(role)->setFromSpec(server);
}

Secrets FailoverCredentialsPage::secrets() const
{
    Secrets s;
    for (const QString &role : {Role::NewPrimary, Role::OldPrimary, Role::NewSecondary})
        s.forRole(role) = m_same->isChecked() ? m_target->secrets() : form(role)->secrets();
    return s;
}

void FailoverCredentialsPage::clearSecrets()
{
    for (CredentialsForm *f : {m_target, m_old, m_next})
        f->clearSecrets();
}

void FailoverCredentialsPage::initializePage()
{
    for (CredentialsForm *f : {m_target, m_old, m_next}) {
        ServerSpec spec;
        m_wizard->serversPage()->applyTo(f->role(), spec);
        f->setServer(spec.host, spec.sshPort);
    }
    setSameAsTarget(m_same->isChecked());
    mirror();
    loadFromKeychain(m_target);
    if (!m_same->isChecked())
        for (CredentialsForm *f : activeForms())
            loadFromKeychain(f);
}

QList<CredentialsForm *> FailoverCredentialsPage::allForms() const
{
    return {m_target, m_old, m_next};
}

QList<CredentialsForm *> FailoverCredentialsPage::fillableForms() const
{
    if (m_same->isChecked())
        return {m_target};
    return activeForms();
}

QString FailoverCredentialsPage::notRememberedText(const QString &key, const QString &message) const
{
    return tr("The passwords for %1 could not be stored in the keychain: %2. They are used for "
              "this failover only.")
        .arg(key, message);
}

bool FailoverCredentialsPage::validatePage()
{
    mirror();
    saveToKeychain(activeForms());
    return true;
}

bool FailoverCredentialsPage::isComplete() const
{
    if (!m_target->problem().isEmpty())
        return false;
    if (m_same->isChecked())
        return true;
    for (CredentialsForm *f : activeForms())
        if (!f->problem().isEmpty())
            return false;
    return true;
}

} // namespace oef::ui
