#include "wizard/credentialspage.h"

#include "wizard/credentialsform.h"
#include "wizard/credentialstore.h"
#include "wizard/serverspage.h"
#include "wizard/setupwizard.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace oef::ui {

CredentialsPage::CredentialsPage(SetupWizard *wizard, CredentialStore *store)
    : m_wizard(wizard), m_store(store)
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
    connect(m_primary, &CredentialsForm::userEditingFinished, this,
            [this] { loadFromKeychain(m_primary); });
    connect(m_secondary, &CredentialsForm::userEditingFinished, this,
            [this] { loadFromKeychain(m_secondary); });

    connect(m_store, &CredentialStore::loaded, this,
            [this](const QString &key, const ServerSecrets &secrets) {
                m_stored.insert(key);
                for (CredentialsForm *form : {m_primary, m_secondary}) {
                    if (form->keychainKey() != key || (form == m_secondary && sameAsPrimary()))
                        continue;
                    if (!form->passwordEdit()->text().isEmpty()
                        || !form->passphraseEdit()->text().isEmpty())
                        continue;   // never overwrite what the operator typed
                    form->setSecrets(secrets);
                    form->setRemember(true);
                    form->setKeychainNote(tr("Filled in from this computer's keychain."), false);
                }
                mirror();
                emit completeChanged();
            });
    connect(m_store, &CredentialStore::unavailable, this,
            [this](const QString &, const QString &message) {
                m_keychainAvailable = false;
                m_keychainProblem = message;
                const QString note =
                    tr("No keychain is available on this computer (%1), so the passwords cannot "
                       "be remembered: type them each time. They are never stored in a plain "
                       "file.")
                        .arg(message);
                for (CredentialsForm *form : {m_primary, m_secondary}) {
                    form->setKeychainUsable(false);
                    form->setKeychainNote(note, true);
                }
            });
    connect(m_store, &CredentialStore::saveFailed, this,
            [this](const QString &key, const QString &message) {
                auto *box = new QMessageBox(
                    QMessageBox::Warning, tr("Not remembered"),
                    tr("The passwords for %1 could not be stored in the keychain: %2. They are "
                       "used for this set-up only.")
                        .arg(key, message),
                    QMessageBox::Ok, m_wizard);
                box->setObjectName(QStringLiteral("keychainSaveFailedBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    connect(m_store, &CredentialStore::saved, this, [this](const QString &key) {
        m_stored.insert(key);
    });
    connect(m_store, &CredentialStore::forgotten, this,
            [this](const QString &key) { m_stored.remove(key); });

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
    const CredentialsForm *f = role == Role::Secondary && !sameAsPrimary() ? m_secondary
                                                                           : m_primary;
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

void CredentialsPage::loadFromKeychain(CredentialsForm *form)
{
    const QString key = form->keychainKey();
    if (!m_keychainAvailable || key.isEmpty() || m_asked.contains(key))
        return;
    m_asked.insert(key);
    m_store->load(key);
}

bool CredentialsPage::validatePage()
{
    mirror();
    for (CredentialsForm *f : {m_primary, m_secondary}) {
        const QString key = f->keychainKey();
        if (key.isEmpty() || !m_keychainAvailable)
            continue;
        if (f->remember())
            m_store->save(key, f->secrets());
        else if (m_stored.contains(key))
            m_store->forget(key);
    }
    return true;
}

bool CredentialsPage::isComplete() const
{
    return QWizardPage::isComplete() && m_primary->problem().isEmpty()
           && (sameAsPrimary() || m_secondary->problem().isEmpty());
}

void CredentialsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace oef::ui
