#pragma once
// Failover wizard, page 4 (after the host keys): the probe (nothing changes): every check,
// the verdict on the old primary in plain words; when it answers, restart OpenELIS there and
// check again, or bring it down.
#include "backend/core/check.h"
#include "backend/failover/failoverflow.h"
#include "wizard/widgets/wizardpage.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace oef::ui {

class FailoverWizard;

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

} // namespace oef::ui
