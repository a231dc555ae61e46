#pragma once
// The set-up wizard (DESIGN.md sections 2 and 4): welcome, servers, credentials, host keys,
// pre-checks, summary, the run, the result. It fills a Plan (no secrets) and a Secrets value
// (memory only, zeroed when the wizard closes); all SSH and database work runs on worker
// threads (GuiWorker for the probes and checks, FlowThread for the run).
#include "backend/core/check.h"
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/remote/hostkeys.h"
#include "wizard/common/serverwizard.h"

#include <QUrl>

#include <functional>
#include <memory>

namespace oef {
class GuiWorker;
struct SetupState;
} // namespace oef

namespace oef::ui {

class ChecksPage;
class CredentialStore;
class CredentialsPage;
class HostKeyPage;
class HostKeyStopPage;
class ProgressPage;
class ResultPage;
class ServersPage;
class SummaryPage;
class WelcomePage;

class SetupWizard : public ServerWizard
{
    Q_OBJECT

public:
    enum PageId {
        WelcomePageId,
        ServersPageId,
        CredentialsPageId,
        HostKeysPageId,
        HostKeyStopPageId,
        ChecksPageId,
        SummaryPageId,
        ProgressPageId,
        ResultPageId,
    };

    explicit SetupWizard(QWidget *parent = nullptr);
    ~SetupWizard() override;

    // Pre-fills every page from a setup plan (hosts, ports, users, sign-in method, key file)
    // and keeps its other options (install directory, containers, copy settings) for the run.
    void setPlan(const Plan &plan);
    // The plan as the pages say now (servers and users from the fields, options from setPlan).
    Plan plan() const override;
    // The secrets typed on the credentials page (a copy; zeroed when it goes).
    Secrets secrets() const;

    GuiWorker *worker() const override { return m_worker; }
    QStringList hostKeyRoles() const override;
    QList<HostKeyProbe> hostKeyProbes() const override;
    int pageAfterHostKeys() const override { return ChecksPageId; }
    int hostKeyStopPageId() const override { return HostKeyStopPageId; }
    CredentialStore *credentialStore() const { return m_store; }

    // The pre-checks as last run (set by the checks page).
    void setChecks(const CheckList &checks) { m_checks = checks; }
    const CheckList &checks() const { return m_checks; }

    // What the set-up flow found and did (valid after the run).
    std::shared_ptr<SetupState> setupState() const { return m_state; }

    // The plan file saved from the summary page (empty: not saved).
    QString savedPlanPath() const { return m_savedPlanPath; }
    void setSavedPlanPath(const QString &path) { m_savedPlanPath = path; }

    // Hooks, so tests (and screenshots) need no native dialogs or browsers.
    using SaveFileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }
    QString chooseSaveFile(QWidget *parent, const QString &suggested) const;

    WelcomePage *welcomePage() const { return m_welcome; }
    ServersPage *serversPage() const { return m_servers; }
    CredentialsPage *credentialsPage() const { return m_credentials; }
    HostKeyPage *hostKeyPage() const { return m_hostKeys; }
    HostKeyStopPage *hostKeyStopPage() const { return m_hostKeyStop; }
    ChecksPage *checksPage() const { return m_checksPage; }
    SummaryPage *summaryPage() const { return m_summary; }
    ProgressPage *progressPage() const override { return m_progress; }
    ResultPage *resultPage() const { return m_result; }

    // Starts the run with the current plan, secrets and checks (the summary page's commit).
    void prepareRun();

public slots:
    void done(int result) override;

private:
    void retranslateUi() override;

    Plan m_basePlan;
    CheckList m_checks;
    std::shared_ptr<SetupState> m_state;
    QString m_savedPlanPath;
    SaveFileChooser m_chooseSaveFile;

    GuiWorker *m_worker = nullptr;
    CredentialStore *m_store = nullptr;
    WelcomePage *m_welcome = nullptr;
    ServersPage *m_servers = nullptr;
    CredentialsPage *m_credentials = nullptr;
    HostKeyPage *m_hostKeys = nullptr;
    HostKeyStopPage *m_hostKeyStop = nullptr;
    ChecksPage *m_checksPage = nullptr;
    SummaryPage *m_summary = nullptr;
    ProgressPage *m_progress = nullptr;
    ResultPage *m_result = nullptr;
};

} // namespace oef::ui
