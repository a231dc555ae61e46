#pragma once
// Set-up wizard, page 5: the pre-checks (they change nothing) as a grid of status, server,
// check, what was found and what to do; details on demand; "Run the checks again". Next only
// when no check failed.
#include "backend/core/check.h"
#include "wizard/widgets/wizardpage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace oef::ui {

class IconLabel;
class SetupWizard;

class ChecksPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ChecksPage(SetupWizard *wizard);

    void runChecks();
    bool isRunning() const { return m_running; }
    const CheckList &checks() const { return m_checks; }
    QTableWidget *table() const { return m_table; }
    QPushButton *againButton() const { return m_again; }
    QPushButton *detailsButton() const { return m_showDetails; }
    QPlainTextEdit *detailsView() const { return m_details; }
    QString summaryText() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void createTable();
    void createButtonsAndDetails();
    void addRow(const CheckResult &check);
    void onFinished(quint64 request, const CheckList &checks, bool cancelled);
    void updateSummary();
    void updateDetails();
    void retranslateUi() override;

    SetupWizard *m_wizard;
    CheckList m_checks;
    quint64 m_request = 0;
    bool m_running = false;
    bool m_cancelled = false;
    IconLabel *m_summaryIcon = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_showDetails = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace oef::ui
