#pragma once
// Set-up wizard, page 3: how to log in to each server and run sudo there, optionally
// remembered in the system keychain (and filled in from it next time).
#include "backend/core/plan.h"
#include "backend/core/secrets.h"

#include "wizard/common/keychaincredentialspage.h"

class QCheckBox;
class QLabel;

namespace oef::ui {

class CredentialStore;
class CredentialsForm;
class SetupWizard;

class CredentialsPage : public KeychainCredentialsPage
{
    Q_OBJECT

public:
    CredentialsPage(SetupWizard *wizard, CredentialStore *store);

    CredentialsForm *form(const QString &role) const;
    // The secondary uses the primary's user, sign-in and passwords.
    bool sameAsPrimary() const;
    void setSameAsPrimary(bool same);
    QCheckBox *sameCheck() const { return m_same; }

    void applyTo(const QString &role, ServerSpec &server) const;
    void setFromSpec(const QString &role, const ServerSpec &server);
    Secrets secrets() const;
    void clearSecrets();

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

protected:
    QList<CredentialsForm *> allForms() const override;
    QList<CredentialsForm *> fillableForms() const override;
    void mirror() override;
    QString notRememberedText(const QString &key, const QString &message) const override;

private:
    void retranslateUi() override;

    SetupWizard *m_wizard;
    QLabel *m_intro = nullptr;
    CredentialsForm *m_primary = nullptr;
    QCheckBox *m_same = nullptr;
    CredentialsForm *m_secondary = nullptr;
};

} // namespace oef::ui
