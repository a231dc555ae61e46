#pragma once
// The failover wizard (DESIGN.md section 5): the target (current standby), the old primary and
// optionally a new standby; credentials; host keys; the probe with its verdict (and upstream's
// first remedy, restarting OpenELIS on the old primary); the possible data loss, confirmed;
// fencing, settled; the run; the result with the address users must now use. It never
// promotes while the old primary may accept writes: the backend refuses, and so do the pages.
// All SSH and database work runs on worker threads (GuiWorker, the progress page's thread).
#include "backend/core/check.h"
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/failover/failoverflow.h"
#include "backend/remote/hostkeys.h"
#include "wizard/common/serverwizard.h"

#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace oef::ui {

class CredentialStore;
class FailoverCredentialsPage;
class FailoverDataLossPage;
class FailoverFencingPage;
class FailoverProbePage;
class FailoverResultPage;
class FailoverServersPage;
class HostKeyPage;
class HostKeyStopPage;
class ProgressPage;

class FailoverWizard : public ServerWizard
{
    Q_OBJECT

public:
    enum PageId {
        ServersPageId,
        CredentialsPageId,
        HostKeysPageId,
        HostKeyStopPageId,
        ProbePageId,
        DataLossPageId,
        FencingPageId,
        ProgressPageId,
        ResultPageId,
    };

    explicit FailoverWizard(QWidget *parent = nullptr);
    ~FailoverWizard() override;

    // Pre-fills the pages from a failover plan (roles oldPrimary, newPrimary, newSecondary) and
    // keeps its other options (install directory, containers) for the run.
    void setPlan(const Plan &plan);
    // The failover plan as the pages say now (newSecondary only when it is to be attached).
    Plan plan() const override;
    Secrets secrets() const; // a copy; zeroed when it goes
    bool isSwitchover() const;
    bool attachesNewSecondary() const;

    GuiWorker *worker() const override { return m_worker; }
    QStringList hostKeyRoles() const override;
    QList<HostKeyProbe> hostKeyProbes() const override;
    int pageAfterHostKeys() const override { return ProbePageId; }
    int hostKeyStopPageId() const override { return HostKeyStopPageId; }
    CredentialStore *credentialStore() const { return m_store; }

    // What the probe page found last (set by that page).
    void setProbe(const FailoverProbe &probe, const CheckList &checks);
    const FailoverProbe &probe() const { return m_probe; }
    const CheckList &checks() const { return m_checks; }
    // The options of the run as the pages say now (confirmedDown from the fencing page).
    FailoverOptions options() const;
    // Why the backend would refuse to run with these options ("" when it would run).
    QString refusal(const FailoverOptions &options) const;

    // What the flow found and did (valid after the run).
    std::shared_ptr<FailoverState> failoverState() const { return m_state; }

    // Hooks, so tests need no browser and no live verification screen.
    using VerifyOpener = std::function<void(const Plan &setupPlan, const Secrets &secrets)>;
    void setVerifyOpener(VerifyOpener opener) { m_openVerify = std::move(opener); }
    // The pair after a successful run as a set-up plan (primary: the new primary; secondary:
    // the new standby), when there is one.
    std::optional<Plan> pairAfterRun() const;
    void openVerification() const;

    FailoverServersPage *serversPage() const { return m_servers; }
    FailoverCredentialsPage *credentialsPage() const { return m_credentials; }
    HostKeyPage *hostKeyPage() const { return m_hostKeys; }
    HostKeyStopPage *hostKeyStopPage() const { return m_hostKeyStop; }
    FailoverProbePage *probePage() const { return m_probePage; }
    FailoverDataLossPage *dataLossPage() const { return m_dataLoss; }
    FailoverFencingPage *fencingPage() const { return m_fencing; }
    ProgressPage *progressPage() const override { return m_progress; }
    FailoverResultPage *resultPage() const { return m_result; }

    // Hands the run to the progress page (the fencing page's commit). False, with *why, when
    // the backend refuses.
    bool prepareRun(QString *why);

public slots:
    void done(int result) override;

private:
    void retranslateUi() override;

    Plan m_basePlan;
    FailoverProbe m_probe;
    CheckList m_checks;
    std::shared_ptr<FailoverState> m_state;
    VerifyOpener m_openVerify;

    GuiWorker *m_worker = nullptr;
    CredentialStore *m_store = nullptr;
    FailoverServersPage *m_servers = nullptr;
    FailoverCredentialsPage *m_credentials = nullptr;
    HostKeyPage *m_hostKeys = nullptr;
    HostKeyStopPage *m_hostKeyStop = nullptr;
    FailoverProbePage *m_probePage = nullptr;
    FailoverDataLossPage *m_dataLoss = nullptr;
    FailoverFencingPage *m_fencing = nullptr;
    ProgressPage *m_progress = nullptr;
    FailoverResultPage *m_result = nullptr;
};

} // namespace oef::ui
