#pragma once
// Failover wizard, page 6: fencing, settled before anything changes. The tool fences the old
// primary when it can log in; otherwise the operator confirms in words that it is off or
// disconnected. The commit page: its button starts the run.
#include "wizard/widgets/wizardpage.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace oef::ui {

class FailoverWizard;
class IconLabel;

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

} // namespace oef::ui
