#pragma once
// The failover wizard's own pages (the host key pages and the progress page are shared with
// the set-up wizard).
#include "backend/core/check.h"
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/failover/failoverflow.h"
#include "wizard/common/keychaincredentialspage.h"
#include "wizard/common/reportpanel.h"
#include "wizard/widgets/serverfields.h"
#include "wizard/widgets/wizardpage.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace oef::ui {

class CredentialStore;
class CredentialsForm;
class FailoverWizard;
class IconLabel;

// Page 1: where each server is. The target (the current standby) and the old primary; a new
// standby to attach afterwards (optional); the planned switchover choice.
class FailoverServersPage : public WizardPage
{
    Q_OBJECT

public:
    explicit FailoverServersPage(QWidget *parent = nullptr);

    void applyTo(const QString &role, ServerSpec &server) const;
    void setServer(const QString &role, const ServerSpec &server);
    QCheckBox *switchoverCheck() const { return m_switchover; }
    QCheckBox *attachCheck() const { return m_attach; }
    bool isSwitchover() const;
    bool attachesNewSecondary() const;

    QString problemFor(const QString &role) const; // "" when fine
    QString sameServerProblem() const;
    bool isComplete() const override;

private:
    ServerFields *fieldsFor(const QString &role);
    const ServerFields *fieldsFor(const QString &role) const;
    void build(ServerFields &f, const QString &role);
    QString validate(const ServerFields &f, bool forDisplay) const;
    QString roleName(const QString &role) const;
    void revalidate();
    void retranslateUi() override;

    ServerFields m_target, m_old, m_next;
    QLabel *m_intro = nullptr;
    QCheckBox *m_switchover = nullptr;
    QCheckBox *m_attach = nullptr;
    QLabel *m_same = nullptr;
};

// Page 2: how to log in to each server (the set-up's credentials form, one per server), with
// "remember on this computer" through the keychain.
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

// Page 4: the probe (nothing changes): every check, the verdict on the old primary in plain
// words; when it answers, restart OpenELIS there and check again, or bring it down.
class FailoverProbePage : public WizardPage
{
    Q_OBJECT

public:
    explicit FailoverProbePage(FailoverWizard *wizard);

    bool isBusy() const { return m_probing || m_restarting; }
    bool hasProbe() const { return m_haveProbe; }
    QString verdictText() const;
    QString refusalText() const;
    QString restartText() const;
    QTreeWidget *checksTree() const { return m_tree; }
    QPushButton *restartButton() const { return m_restart; }
    QPushButton *againButton() const { return m_again; }
    QCheckBox *bringDownCheck() const { return m_bringDown; }
    // The old primary answers and the tool could restart it: the operator must choose.
    bool offersRestart() const;

    void probe();
    // Shows a probe as if the worker had just delivered it (the worker's answers come here).
    void showProbe(const FailoverProbe &probe, const CheckList &checks);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void onCheck(quint64 request, const CheckResult &check);
    void onProbed(quint64 request, const FailoverProbe &probe, const CheckList &checks, bool cancelled);
    void onRestarted(quint64 request, bool healthy, const QString &message);
    void refresh();
    void retranslateUi() override;

    FailoverWizard *m_wizard;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_refusal = nullptr;
    QGroupBox *m_choice = nullptr;
    QLabel *m_choiceText = nullptr;
    QPushButton *m_restart = nullptr;
    QLabel *m_restartResult = nullptr;
    QCheckBox *m_bringDown = nullptr;
    QPushButton *m_again = nullptr;
    quint64 m_request = 0;
    bool m_probing = false;
    bool m_restarting = false;
    bool m_haveProbe = false;
    QString m_refusalText;
};

// Page 5: what will happen and the possible data loss, in plain words; an explicit tick.
class FailoverDataLossPage : public WizardPage
{
    Q_OBJECT

public:
    explicit FailoverDataLossPage(FailoverWizard *wizard);

    QString statement() const;
    QCheckBox *confirmCheck() const { return m_confirm; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void retranslateUi() override;

    FailoverWizard *m_wizard;
    IconLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_text = nullptr;
    QCheckBox *m_confirm = nullptr;
};

// Page 6: fencing, settled before anything changes. The tool fences the old primary when it
// can log in; otherwise the operator confirms in words that it is off or disconnected.
// The commit page: its button starts the run.
class FailoverFencingPage : public WizardPage
{
    Q_OBJECT

public:
    explicit FailoverFencingPage(FailoverWizard *wizard);

    enum class Mode { Switchover, ByTool, ConfirmDown };
    Mode mode() const;
    // The operator confirmed that the old primary is off or disconnected (ConfirmDown only).
    bool confirmedDown() const;
    QString text() const;
    QCheckBox *confirmCheck() const { return m_confirm; }
    QLineEdit *confirmHostEdit() const { return m_confirmHost; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void retranslateUi() override;

    FailoverWizard *m_wizard;
    IconLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_confirmHostLabel = nullptr;
    QLineEdit *m_confirmHost = nullptr;
    QLabel *m_problem = nullptr;
};

// Last page: how it ended, the address users must now use, health, the certificate, what to
// do next; the report; the verification screen.
class FailoverResultPage : public WizardPage
{
    Q_OBJECT

public:
    explicit FailoverResultPage(FailoverWizard *wizard);

    QString headline() const;
    QString addressText() const;
    QString healthText() const;
    QString certificateText() const;
    QString messageText() const;
    QPushButton *openReportButton() const { return m_panel->openReportButton(); }
    QPushButton *openFolderButton() const { return m_panel->openFolderButton(); }
    QPushButton *verifyButton() const { return m_panel->verifyButton(); }

    void initializePage() override;

private:
    void retranslateUi() override;

    FailoverWizard *m_wizard;
    IconLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_certificate = nullptr;
    QLabel *m_message = nullptr;
    ReportPanel *m_panel = nullptr;
};

} // namespace oef::ui
