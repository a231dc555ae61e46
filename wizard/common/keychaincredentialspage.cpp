#include "wizard/common/keychaincredentialspage.h"

#include "wizard/widgets/credentialsform.h"
#include "wizard/widgets/credentialstore.h"

#include <QLineEdit>
#include <QMessageBox>

namespace oef::ui {

KeychainCredentialsPage::KeychainCredentialsPage(QWidget *dialogParent, CredentialStore *store)
    : m_dialogParent(dialogParent), m_store(store)
{
    connect(m_store, &CredentialStore::loaded, this, [this](const QString &key, const ServerSecrets &secrets) {
        m_stored.insert(key);
        for (CredentialsForm *form : fillableForms()) {
            if (form->keychainKey() != key)
                continue;
            if (!form->passwordEdit()->text().isEmpty() || !form->passphraseEdit()->text().isEmpty())
                continue; // never overwrite what the operator typed
            form->setSecrets(secrets);
            form->setRemember(true);
            form->setKeychainNote(tr("Filled in from this computer's keychain."), false);
        }
        mirror();
        emit completeChanged();
    });
    connect(m_store, &CredentialStore::unavailable, this, [this](const QString &, const QString &message) {
        m_keychainAvailable = false;
        const QString note = tr("No keychain is available on this computer (%1), so the passwords cannot "
                                "be remembered: type them each time. They are never stored in a plain "
                                "file.")
                                 .arg(message);
        for (CredentialsForm *form : allForms()) {
            form->setKeychainUsable(false);
            form->setKeychainNote(note, true);
        }
    });
    connect(m_store, &CredentialStore::saveFailed, this, [this](const QString &key, const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Not remembered"), notRememberedText(key, message),
                                    QMessageBox::Ok, m_dialogParent);
        box->setObjectName(QStringLiteral("keychainSaveFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_store, &CredentialStore::saved, this, [this](const QString &key) { m_stored.insert(key); });
    connect(m_store, &CredentialStore::forgotten, this, [this](const QString &key) { m_stored.remove(key); });
}

void KeychainCredentialsPage::loadFromKeychain(CredentialsForm *form)
{
    const QString key = form->keychainKey();
    if (!m_keychainAvailable || key.isEmpty() || m_asked.contains(key))
        return;
    m_asked.insert(key);
    m_store->load(key);
}

void KeychainCredentialsPage::saveToKeychain(const QList<CredentialsForm *> &forms)
{
    for (CredentialsForm *f : forms) {
        const QString key = f->keychainKey();
        if (key.isEmpty() || !m_keychainAvailable)
            continue;
        if (f->remember())
            m_store->save(key, f->secrets());
        else if (m_stored.contains(key))
            m_store->forget(key);
    }
}

} // namespace oef::ui
