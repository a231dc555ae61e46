#pragma once
// What the set-up's and the failover's credentials pages share: each server's credentials
// filled in from the system keychain when it has them, remembered there (or forgotten) as the
// operator ticks "remember", and what the forms say when there is no keychain.
#include "wizard/widgets/wizardpage.h"

#include <QList>
#include <QSet>

namespace oef::ui {

class CredentialStore;
class CredentialsForm;

class KeychainCredentialsPage : public WizardPage
{
    Q_OBJECT

public:
    bool keychainAvailable() const { return m_keychainAvailable; }

protected:
    // `dialogParent`: where the "not remembered" message opens (the wizard).
    KeychainCredentialsPage(QWidget *dialogParent, CredentialStore *store);

    // Every form on the page (all are told when there is no keychain).
    virtual QList<CredentialsForm *> allForms() const = 0;
    // The forms the keychain may fill in now (not those that mirror another form).
    virtual QList<CredentialsForm *> fillableForms() const = 0;
    // Copies the first form into those that mirror it.
    virtual void mirror() = 0;
    // The message when a form's passwords could not be stored in the keychain.
    virtual QString notRememberedText(const QString &key, const QString &message) const = 0;

    // Asks the keychain once per server for the form's credentials.
    void loadFromKeychain(CredentialsForm *form);
    // Stores the forms' credentials ticked "remember", forgets those unticked.
    void saveToKeychain(const QList<CredentialsForm *> &forms);

private:
    QWidget *m_dialogParent;
    CredentialStore *m_store;
    bool m_keychainAvailable = true;
    QSet<QString> m_asked;  // keys already looked up in the keychain
    QSet<QString> m_stored; // keys found there (forgotten when "remember" is unticked)
};

} // namespace oef::ui
