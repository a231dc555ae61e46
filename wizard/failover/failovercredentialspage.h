#pragma once
// Failover wizard, page 2: how to log in to each server (the set-up's credentials form, one
// per server), with "remember on this computer" through the keychain.
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "wizard/common/keychaincredentialspage.h"

class QCheckBox;
class QLabel;

namespace oef::ui {

class CredentialStore;
class CredentialsForm;
class FailoverWizard;

class FailoverCredentialsPage : public KeychainCredentialsPage
{
    Q_OBJECT

public:
    FailoverCredentialsPage(FailoverWizard *wizard, CredentialStore *store);

    CredentialsForm *form(const QString &role) const;
    QCheckBox *sameCheck() const { return m_same; }
    void setSameAsTarget(bool same);
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
    QList<CredentialsForm *> activeForms() const;
    void retranslateUi() override;

    FailoverWizard *m_wizard;
    QLabel *m_intro = nullptr;
    CredentialsForm *m_target = nullptr;
    QCheckBox *m_same = nullptr;
    CredentialsForm *m_old = nullptr;
    CredentialsForm *m_next = nullptr;
};

} // namespace oef::ui
